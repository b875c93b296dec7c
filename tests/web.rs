//! The JavaScript API in a real browser: `wasm-pack test --headless --chrome`.
//! Offsets must index the JS string (UTF-16 code units), results must be plain JS objects, and
//! bad input must throw a JS `Error` with a message and leave the module usable.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{annotate_js, labels, version};
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Emoji (a surrogate pair, a ZWJ sequence of surrogate pairs), curly quotes and CJK before the
/// names, so that code points, UTF-16 units and bytes all differ.
const TRICKY: &str = "😀👩\u{200d}👩\u{200d}👧 “India” said on Monday that 北京 and Washington would cut tariffs to 10%.";

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or_else(|_| panic!("cannot read {key}"))
}

fn string(object: &JsValue, key: &str) -> String {
    get(object, key).as_string().unwrap_or_else(|| panic!("{key} is not a string: {:?}", get(object, key)))
}

fn number(object: &JsValue, key: &str) -> u32 {
    get(object, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn options(json: &str) -> Option<JsValue> {
    Some(JSON::parse(json).expect("test options are JSON"))
}

fn spans(result: &JsValue) -> Vec<JsValue> {
    let spans = get(result, "spans");
    assert!(Array::is_array(&spans), "spans is an array");
    spans.unchecked_into::<Array>().iter().collect()
}

fn annotate_ok(text: &JsValue, opts: Option<JsValue>) -> JsValue {
    annotate_js(text.clone(), opts).unwrap_or_else(|e| panic!("annotate threw {e:?}"))
}

/// Every span's `text` is the JS slice `[start, end)` of the string that was passed in.
fn assert_offsets_index_the_js_string(text: &JsString, result: &JsValue) {
    for span in spans(result) {
        let (start, end) = (number(&span, "start"), number(&span, "end"));
        assert!(start < end && end <= text.length(), "span [{start}, {end}) out of range");
        assert_eq!(String::from(text.slice(start, end)), string(&span, "text"), "span at [{start}, {end})");
    }
}

/// The span with this label and text; its start must be where JavaScript finds the text.
fn find_span(text: &JsString, result: &JsValue, label: &str, covered: &str) -> JsValue {
    let found = spans(result).into_iter().find(|s| string(s, "label") == label && string(s, "text") == covered);
    let span = found.unwrap_or_else(|| panic!("no {label} span {covered:?} in {}", String::from(JSON::stringify(result).unwrap())));
    assert_eq!(number(&span, "start") as i32, text.index_of(covered, 0), "start of {covered:?} in UTF-16 units");
    assert_eq!(number(&span, "end") as usize, number(&span, "start") as usize + covered.encode_utf16().count());
    span
}

#[wasm_bindgen_test]
fn results_are_plain_objects_with_the_given_date() {
    let result = annotate_ok(&TRICKY.into(), options(r#"{"date": "2026-02-02"}"#));
    assert_eq!(Object::get_prototype_of(&result), Object::get_prototype_of(&Object::new()), "a plain object, not a Map");
    assert_eq!(string(&result, "date"), "2026-02-02");
    assert_eq!(string(&result, "date_source"), "given");
    assert_offsets_index_the_js_string(&JsString::from(TRICKY), &result);
    // It survives JSON, so the page and the CLI can share one shape.
    let json = String::from(JSON::stringify(&result).unwrap());
    assert!(json.starts_with(r#"{"date":"2026-02-02","date_source":"given","dateline":"#), "{json}");
}

#[wasm_bindgen_test]
fn no_date_is_null_not_undefined() {
    let result = annotate_ok(&"No date here.".into(), None);
    assert!(get(&result, "date").is_null(), "date is null");
    assert_eq!(string(&result, "date_source"), "none");
    assert!(get(&result, "dateline").is_null(), "dateline is null");
    assert!(spans(&result).is_empty());
    // An explicit undefined or null means no options.
    annotate_ok(&"x".into(), Some(JsValue::UNDEFINED));
    annotate_ok(&"x".into(), Some(JsValue::NULL));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_units_after_emoji_and_curly_quotes() {
    let text = JsString::from(TRICKY);
    let result = annotate_ok(&text.clone().into(), options(r#"{"date": "2026-02-02"}"#));
    assert_offsets_index_the_js_string(&text, &result);
    // These need the real finders (merged from main).
    find_span(&text, &result, "GPE", "India");
    find_span(&text, &result, "GPE", "Washington");
    let monday = find_span(&text, &result, "DATE", "Monday");
    assert_eq!(string(&monday, "value"), "2026-02-02");
    let tariff = find_span(&text, &result, "TARIFF", "10%");
    assert_eq!(get(&tariff, "rate").as_f64(), Some(10.0));
}

#[wasm_bindgen_test]
fn a_lone_surrogate_keeps_the_offsets_of_the_js_string() {
    // Not valid UTF-16: it reaches Rust as U+FFFD, one unit, so later offsets do not move.
    let text = JsString::from_char_code1(0xD800).concat(&" India said on Monday.".into());
    let result = annotate_ok(&text.clone().into(), options(r#"{"date": "2026-02-02"}"#));
    assert_eq!(text.length(), 23);
    for span in spans(&result) {
        let (start, end) = (number(&span, "start"), number(&span, "end"));
        assert_eq!(String::from(text.slice(start, end)), string(&span, "text"));
    }
    find_span(&text, &result, "GPE", "India");
}

#[wasm_bindgen_test]
fn the_dateline_sets_the_date() {
    let text = "WASHINGTON, Feb 2, 2026 (Reuters) - India said on Monday it would cut tariffs.";
    let result = annotate_ok(&text.into(), None);
    assert_eq!(get(&result, "date").as_string().as_deref(), Some("2026-02-02"), "needs the dates finder");
    assert_eq!(string(&result, "date_source"), "dateline");
    let dateline = get(&result, "dateline");
    assert_eq!(string(&dateline, "text"), "Feb 2, 2026");
    assert_eq!(number(&dateline, "start"), 12);
}

#[wasm_bindgen_test]
fn labels_choose_what_comes_back() {
    let all = annotate_ok(&TRICKY.into(), options(r#"{"date": "2026-02-02"}"#));
    let dates = annotate_ok(&TRICKY.into(), options(r#"{"date": "2026-02-02", "labels": ["date"]}"#));
    let want: Vec<String> = spans(&all)
        .iter()
        .filter(|s| string(s, "label") == "DATE")
        .map(|s| String::from(JSON::stringify(s).unwrap()))
        .collect();
    let got: Vec<String> = spans(&dates).iter().map(|s| String::from(JSON::stringify(s).unwrap())).collect();
    assert_eq!(got, want, "the DATE spans, the same as without the filter");
    assert!(spans(&annotate_ok(&TRICKY.into(), options(r#"{"labels": []}"#))).is_empty());
    assert!(!got.is_empty(), "needs the dates finder");
}

/// Calls annotate with bad input and returns the thrown error's class and message.
fn thrown(text: JsValue, opts: Option<JsValue>) -> (String, String) {
    let error = annotate_js(text, opts).expect_err("bad input must throw");
    let error: js_sys::Error = error.dyn_into().expect("a JS Error, not a bare value");
    (String::from(error.name()), String::from(error.message()))
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_messages_and_the_module_still_works() {
    let cases: [(JsValue, Option<JsValue>, &str, &str); 9] = [
        (42.into(), None, "TypeError", "text must be a string, not number"),
        (JsValue::NULL, None, "TypeError", "text must be a string, not null"),
        ("x".into(), Some("2026-02-02".into()), "TypeError", "options must be an object"),
        ("x".into(), Some(Array::new().into()), "TypeError", "options must be an object"),
        ("x".into(), options(r#"{"date": "2026-13-01"}"#), "RangeError", "invalid reference date \"2026-13-01\": expected a calendar date as YYYY-MM-DD"),
        ("x".into(), options(r#"{"date": 20260202}"#), "TypeError", "options.date must be a string"),
        ("x".into(), options(r#"{"labels": ["GPE", "PLACE"]}"#), "RangeError", "unknown label \"PLACE\"; the labels are PERSON, ORG"),
        ("x".into(), options(r#"{"labels": "GPE"}"#), "TypeError", "options.labels must be an array"),
        ("x".into(), options(r#"{"lables": ["GPE"]}"#), "TypeError", "unknown option \"lables\"; the options are date, labels"),
    ];
    for (text, opts, name, message) in cases {
        let (got_name, got_message) = thrown(text, opts);
        assert_eq!(got_name, name, "{got_message}");
        assert!(got_message.contains(message), "{got_message:?} should say {message:?}");
        assert!(got_message.starts_with("annotate: "), "{got_message}");
        // Still usable: a good call right after gives a full result.
        let result = annotate_ok(&"ok".into(), options(r#"{"date": "2026-02-02"}"#));
        assert_eq!(string(&result, "date"), "2026-02-02");
    }
}

#[wasm_bindgen_test]
fn labels_and_version() {
    assert_eq!(labels(), ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "PERCENT", "MONEY", "TARIFF"]);
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

/// Marks built from the spans with DOM text nodes only (as the page does) give back the pasted
/// text exactly, with an HTML payload showing as text and creating no element.
#[wasm_bindgen_test]
fn spans_drawn_as_dom_text_nodes_keep_the_text_and_run_nothing() {
    let text = "😀 <img src=x onerror=alert(1)> “India” said on Monday that Washington would cut tariffs to 10%.";
    let js_text = JsString::from(text);
    let result = annotate_ok(&js_text.clone().into(), options(r#"{"date": "2026-02-02"}"#));
    let document = web_sys::window().expect("a window").document().expect("a document");
    let article = document.create_element("article").expect("an element");
    let mut at = 0;
    let mut marks = 0;
    for span in spans(&result) {
        let (start, end) = (number(&span, "start"), number(&span, "end"));
        let gap = document.create_text_node(&String::from(js_text.slice(at, start)));
        article.append_child(&gap).expect("append a gap");
        let mark = document.create_element("mark").expect("a mark");
        mark.set_attribute("data-label", &string(&span, "label")).expect("an attribute");
        mark.set_text_content(Some(&String::from(js_text.slice(start, end))));
        article.append_child(&mark).expect("append a mark");
        at = end;
        marks += 1;
    }
    article.append_child(&document.create_text_node(&String::from(js_text.slice(at, js_text.length())))).expect("the tail");
    assert!(marks >= 3, "India, Monday, Washington, 10% are marked: {}", JSON::stringify(&result).unwrap());
    assert_eq!(article.text_content().as_deref(), Some(text), "the drawn article is the text, every character of it");
    assert_eq!(article.query_selector("img").expect("a selector"), None, "the payload made no element");
    assert_eq!(article.query_selector_all("mark").expect("a selector").length(), marks);
}
