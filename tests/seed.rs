//! The reference article (`../shared/data/seed/`) must come out exactly as its gold: every span,
//! its label, its offsets (code points) and its attributes, and nothing else.

use std::collections::BTreeSet;

use article_annotator::output::DocumentRecord;
use article_annotator::{annotate, OffsetUnit, Options};
use serde_json::Value;

fn shared(path: &str) -> String {
    let full = format!("{}/../shared/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"))
}

fn gold() -> Value {
    serde_json::from_str(shared("data/seed/seed.jsonl").lines().next().expect("one document")).expect("gold is JSON")
}

fn spans_of(doc: &Value) -> BTreeSet<String> {
    doc["spans"].as_array().expect("spans").iter().map(|s| s.to_string()).collect()
}

#[test]
fn reference_article_matches_its_gold() {
    let gold = gold();
    let text = gold["text"].as_str().expect("text");
    let result = annotate(text, &Options::default());
    let record = serde_json::to_value(DocumentRecord::new(None, text, &result, OffsetUnit::CodePoint)).unwrap();
    assert_eq!(record["date"], gold["doc_date"], "the document date comes from the dateline");
    assert_eq!(record["date_source"], "dateline");

    // Offsets are code points: the slice of the text is the span's text.
    let chars: Vec<char> = text.chars().collect();
    for span in record["spans"].as_array().unwrap() {
        let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), span["text"].as_str().unwrap(), "{span}");
    }

    let (want, got) = (spans_of(&gold), spans_of(&record));
    let missing: Vec<&String> = want.difference(&got).collect();
    let extra: Vec<&String> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{} of {} gold spans missing:\n  {}\n{} spans not in gold:\n  {}",
        missing.len(),
        want.len(),
        missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "),
        extra.len(),
        extra.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
    );
}

#[test]
fn a_given_date_wins_over_the_dateline() {
    let gold = gold();
    let text = gold["text"].as_str().unwrap();
    let options = Options { reference_date: Some(article_annotator::parse_date("2030-06-01").unwrap()), ..Options::default() };
    let result = annotate(text, &options);
    assert_eq!(result.date.unwrap().to_string(), "2030-06-01");
    assert_eq!(result.date_source, article_annotator::DateSource::Given);
    assert!(result.dateline.is_some(), "the dateline is still reported");
}
