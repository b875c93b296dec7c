//! Seed gold: JSON lines `{"id", "text", "doc_date", "spans"}` in the shape of `LABELS.md`
//! (`../shared/data/seed/seed.jsonl`), offsets in code points.
//!
//! Every label is scored. `doc_date` is the reference date. Attributes are every field of a span
//! beside `start`, `end`, `label` and `text` (DATE `type`/`value`/`start_value`/`end_value`,
//! PERCENT `value`, MONEY `amount`/`currency`, each TARIFF attribute), compared on exactly matched
//! spans, DATE on spans matched by overlap; numbers are equal within 1e-9 relative.
//! A gold span whose `text` is not the slice of its offsets is a malformed gold line.

use std::path::PathBuf;

use article_annotator::{parse_date, Label};
use serde_json::Value as Json;

use super::score::{AttrValue, Item, Scheme};
use super::{read_text, GoldDoc, GoldError, GoldSet, Predicted};

pub fn scheme() -> Scheme {
    Scheme {
        labels: Label::ALL.iter().map(|l| l.as_str()).collect(),
        groups: vec![
            ("micro entities", Label::ALL.iter().filter(|l| l.is_entity()).map(|l| l.as_str()).collect()),
            ("micro figures", Label::ALL.iter().filter(|l| l.is_figure()).map(|l| l.as_str()).collect()),
            ("micro all", Label::ALL.iter().map(|l| l.as_str()).collect()),
        ],
        attrs_by_overlap: vec!["DATE"],
    }
}

pub fn load(paths: &[PathBuf]) -> Result<GoldSet, GoldError> {
    let mut docs = Vec::new();
    for path in paths {
        let text = read_text(path)?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut doc = parse_line(line).map_err(|e| GoldError::new(path, Some(n + 1), e))?;
            if doc.name.is_empty() {
                doc.name = format!("{} line {}", path.display(), n + 1);
            }
            docs.push(doc);
        }
    }
    Ok(GoldSet {
        name: names(paths),
        format: super::Format::Seed,
        docs,
        scheme: scheme(),
        predict,
        skipped: None,
        cases: false,
    })
}

pub fn names(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" ")
}

fn parse_line(line: &str) -> Result<GoldDoc, String> {
    let value: Json = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Json::Object(doc) = value else { return Err("not a JSON object".to_string()) };
    let text = doc.get("text").and_then(Json::as_str).ok_or("missing \"text\" string")?.to_string();
    let name = match doc.get("id") {
        Some(Json::String(id)) => id.clone(),
        Some(Json::Number(id)) => id.to_string(),
        _ => String::new(),
    };
    let date = match doc.get("doc_date") {
        None | Some(Json::Null) => None,
        Some(Json::String(d)) => Some(parse_date(d).map_err(|e| format!("\"doc_date\": {e}"))?),
        Some(_) => return Err("\"doc_date\" must be a string YYYY-MM-DD".to_string()),
    };
    let chars: Vec<char> = text.chars().collect();
    let no_spans = Vec::new();
    let spans = match doc.get("spans") {
        None | Some(Json::Null) => &no_spans,
        Some(Json::Array(spans)) => spans,
        Some(_) => return Err("\"spans\" must be an array".to_string()),
    };
    let mut gold = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        gold.push(parse_span(span, &chars).map_err(|e| format!("span {i}: {e}"))?);
    }
    Ok(GoldDoc { name, text, date, gold })
}

fn parse_span(span: &Json, chars: &[char]) -> Result<Item, String> {
    let Json::Object(fields) = span else { return Err("not a JSON object".to_string()) };
    let offset = |key: &str| {
        fields.get(key).and_then(Json::as_u64).map(|n| n as usize).ok_or(format!("missing \"{key}\" offset"))
    };
    let (start, end) = (offset("start")?, offset("end")?);
    if start >= end || end > chars.len() {
        return Err(format!(
            "offsets {start}..{end} are not a non-empty range of the text ({} code points)",
            chars.len()
        ));
    }
    let label: Label =
        fields.get("label").and_then(Json::as_str).ok_or("missing \"label\"")?.parse().map_err(|e| format!("{e}"))?;
    if let Some(text) = fields.get("text") {
        let slice: String = chars[start..end].iter().collect();
        if text.as_str() != Some(slice.as_str()) {
            return Err(format!("\"text\" {text} is not the text at {start}..{end} ({slice:?})"));
        }
    }
    let mut item = Item::new(start, end, label.as_str());
    for (key, value) in fields {
        if !matches!(key.as_str(), "start" | "end" | "label" | "text") {
            let value =
                AttrValue::from_json(value).ok_or(format!("attribute \"{key}\" must be a number or a string"))?;
            item.attrs.insert(key.clone(), value);
        }
    }
    Ok(item)
}

/// Every span with every attribute, as the output has them.
fn predict(pred: &Predicted) -> Vec<Item> {
    pred.spans
        .iter()
        .map(|s| {
            let mut item = Item::new(s.start, s.end, s.label.clone());
            for (key, value) in &s.fields {
                if let Some(v) = AttrValue::from_json(value) {
                    item.attrs.insert(key.clone(), v);
                }
            }
            item
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gold_line_parses_with_its_attributes() {
        let line = r#"{"id":"a","doc_date":"2026-02-02","text":"日本 cut tariffs to 10%","spans":[{"start":0,"end":2,"label":"GPE","text":"日本"},{"start":18,"end":21,"label":"TARIFF","text":"10%","rate":10,"unit":"%"}]}"#;
        let doc = parse_line(line).unwrap();
        assert_eq!(doc.date.unwrap().to_string(), "2026-02-02");
        assert_eq!(doc.gold.len(), 2);
        assert_eq!(doc.gold[1].attrs["rate"], AttrValue::Num(10.0));
        assert_eq!(doc.gold[1].attrs["unit"], AttrValue::Text("%".into()));
    }

    #[test]
    fn malformed_gold_lines_are_errors() {
        for (line, want) in [
            ("{", "not JSON"),
            (r#"{"spans":[]}"#, "missing \"text\""),
            (r#"{"text":"ab","doc_date":"2026-02-30"}"#, "doc_date"),
            (r#"{"text":"ab","spans":[{"start":0,"end":3,"label":"GPE"}]}"#, "span 0: offsets 0..3"),
            (r#"{"text":"ab","spans":[{"start":0,"end":1,"label":"PLACE"}]}"#, "unknown label"),
            (r#"{"text":"ab","spans":[{"start":0,"end":1,"label":"GPE","text":"b"}]}"#, "is not the text"),
        ] {
            let err = parse_line(line).err().unwrap_or_else(|| panic!("{line} parsed"));
            assert!(err.contains(want), "{line}: {err}");
        }
    }
}
