//! The JavaScript binding: `annotate(text, options?)`, `labels()`, `version()`.
//!
//! Thin on purpose: it checks what JavaScript hands over, calls the core, and returns the same
//! record the CLI prints (`output::DocumentRecord`) as plain JS objects, with offsets in UTF-16
//! code units so that `text.slice(span.start, span.end) === span.text` in JavaScript. Bad input
//! throws a JS `Error` (`TypeError` for a wrong type, `RangeError` for a bad value) whose message
//! says what was wrong; nothing panics, so the module stays usable after an error.

use js_sys::{Array, Object, RangeError, Reflect, TypeError};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::output::DocumentRecord;
use crate::{parse_date, Label, LabelSet, OffsetUnit, Options};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A label of ../shared/spec/LABELS.md. */
export type Label = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "EVENT" | "DATE" | "PERCENT" | "MONEY" | "TARIFF";

export interface AnnotateOptions {
  /** The document date as YYYY-MM-DD; by default the dateline found in the text. */
  date?: string;
  /** The labels to return (any case); by default all. */
  labels?: string[];
}

/** A span [start, end) in UTF-16 code units: text.slice(start, end) === span.text. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  text: string;
  /** DATE: the TIMEX3 type. */
  type?: "DATE" | "TIME" | "DURATION" | "SET";
  /** DATE: the TIMEX3 value (a string); PERCENT: the number. */
  value?: string | number;
  /** DATE ranges. */
  start_value?: string;
  end_value?: string;
  /** MONEY. */
  amount?: number;
  currency?: string;
  /** TARIFF: each only where the text says it. */
  rate?: number;
  low?: number;
  high?: number;
  unit?: string;
  measure?: string;
  imposer?: string;
  target?: string;
  change?: "raise" | "cut" | "impose" | "threaten" | "pause" | "double";
  from?: number;
  per?: string;
}

export interface Annotations {
  /** The document date used, YYYY-MM-DD, or null when none was given or found. */
  date: string | null;
  date_source: "given" | "dateline" | "none";
  /** The dateline found in the text (even when a date was given), in UTF-16 code units. */
  dateline: { start: number; end: number; text: string } | null;
  spans: Span[];
}
"#;

#[wasm_bindgen(start, private)]
fn start() {
    // A panic would otherwise surface as a bare "unreachable" trap with no message.
    console_error_panic_hook::set_once();
}

/// Annotates `text`. Throws a `TypeError` or `RangeError` with a message on bad input.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotations")]
pub fn annotate_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnnotateOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    // A JS string may hold lone surrogates; they become U+FFFD, one UTF-16 unit each, so
    // offsets still index the caller's string.
    let text = text.as_string().ok_or_else(|| type_error(format!("annotate: text must be a string, not {}", js_type(&text))))?;
    let options = read_options(options)?;
    let result = crate::annotate(&text, &options);
    let record = DocumentRecord::new(None, &text, &result, OffsetUnit::Utf16);
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    record.serialize(&serializer).map_err(|e| JsValue::from(js_sys::Error::new(&format!("annotate: cannot return the result: {e}"))))
}

/// The label names, in legend order.
#[wasm_bindgen(unchecked_return_type = "Label[]")]
pub fn labels() -> Vec<String> {
    Label::ALL.iter().map(|l| l.as_str().to_string()).collect()
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

const OPTION_NAMES: [&str; 2] = ["date", "labels"];

fn read_options(options: Option<JsValue>) -> Result<Options, JsValue> {
    let mut parsed = Options::default();
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else { return Ok(parsed) };
    if !options.is_object() || Array::is_array(&options) || options.is_function() {
        return Err(type_error(format!("annotate: options must be an object like {{date: \"2026-02-02\", labels: [\"GPE\"]}}, not {}", js_type(&options))));
    }
    // A misspelt option silently ignored would look like a wrong result.
    for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&key.as_str()) {
            return Err(type_error(format!("annotate: unknown option {key:?}; the options are {}", OPTION_NAMES.join(", "))));
        }
    }
    let date = field(&options, "date")?;
    if !date.is_undefined() && !date.is_null() {
        let date = date.as_string().ok_or_else(|| type_error(format!("annotate: options.date must be a string YYYY-MM-DD, not {}", js_type(&date))))?;
        parsed.reference_date = Some(parse_date(&date).map_err(|e| range_error(format!("annotate: {e}")))?);
    }
    let labels = field(&options, "labels")?;
    if !labels.is_undefined() && !labels.is_null() {
        if !Array::is_array(&labels) {
            return Err(type_error(format!("annotate: options.labels must be an array of label names, not {}", js_type(&labels))));
        }
        let mut names = Vec::new();
        for (i, name) in labels.unchecked_into::<Array>().iter().enumerate() {
            names.push(name.as_string().ok_or_else(|| type_error(format!("annotate: options.labels[{i}] must be a string, not {}", js_type(&name))))?);
        }
        parsed.labels = LabelSet::parse(names.iter().map(String::as_str)).map_err(|e| range_error(format!("annotate: {e}")))?;
    }
    Ok(parsed)
}

/// Reads `object[name]`; a throwing getter becomes the error.
fn field(object: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(object, &JsValue::from_str(name))
}

fn js_type(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "an unknown value".into())
    }
}

fn type_error(message: String) -> JsValue {
    TypeError::new(&message).into()
}

fn range_error(message: String) -> JsValue {
    RangeError::new(&message).into()
}
