//! The corpora of `testdata/dates/`: every positive line must give exactly its DATE spans with
//! their types and values; every negative line must give none.

use super::*;
use crate::span::Timex;

const POSITIVE: &str = include_str!("../../../testdata/dates/positive.tsv");
const NEGATIVE: &str = include_str!("../../../testdata/dates/negative.tsv");

fn lines(corpus: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    corpus
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.split('\t').collect()))
}

fn date_of(field: &str) -> Option<Date> {
    (field != "-").then(|| crate::parse_date(field).expect("a YYYY-MM-DD date or -"))
}

fn dates(text: &str, date: Option<Date>) -> Vec<(String, &'static str, String)> {
    let doc = Doc::new(text);
    find(&doc, date)
        .into_iter()
        .map(|s| {
            let Attrs::Date(timex) = &s.attrs else { panic!("a DATE span without a timex") };
            let Timex { kind, value, .. } = &**timex;
            (s.text(text).to_string(), kind.as_str(), value.clone())
        })
        .collect()
}

#[test]
fn positive_corpus() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, fields) in lines(POSITIVE) {
        assert!(fields.len() >= 5 && (fields.len() - 2) % 3 == 0, "positive.tsv:{n}: date, text, then span/type/value triples");
        let (date, text) = (date_of(fields[0]), fields[1]);
        let want: Vec<(String, &str, String)> =
            fields[2..].chunks(3).map(|c| (c[0].to_string(), c[1], c[2].to_string())).collect();
        let got = dates(text, date);
        count += 1;
        if got != want {
            failures.push(format!("positive.tsv:{n}: {text:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(count > 50, "the corpus is loaded");
    assert!(failures.is_empty(), "{} of {count} lines fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_corpus() {
    let mut failures = Vec::new();
    for (n, fields) in lines(NEGATIVE) {
        let (date, text) = (date_of(fields[0]), fields[1]);
        let got = dates(text, date);
        if !got.is_empty() {
            failures.push(format!("negative.tsv:{n}: {text:?} gave {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn datelines_in_news_forms() {
    let cases = [
        (" date 2026-02-02 External Affairs Minister S Jaishankar on Monday embarked", Some("2026-02-02"), "2026-02-02"),
        ("WASHINGTON, Feb 2, 2026 (Reuters) - India said on Monday it would cut tariffs.", Some("2026-02-02"), "Feb 2, 2026"),
        ("Published: 2 February 2026\n\nThe minister said on Monday.", Some("2026-02-02"), "2 February 2026"),
        ("New Delhi, Apr 21, 2025 (PTI) The government said.", Some("2025-04-21"), "Apr 21, 2025"),
        ("2025-11-30\nMarkets fell.", Some("2025-11-30"), "2025-11-30"),
        ("Markets fell sharply on Monday after the central bank said it expected growth to slow in the months ahead, and analysts said that on Jan. 5, 2025, the rate was cut.", None, ""),
        ("WASHINGTON, Feb 2 (Reuters) - India said.", None, ""),
    ];
    for (text, date, span) in cases {
        let doc = Doc::new(text);
        let got = find_dateline(&doc);
        assert_eq!(got.map(|d| d.date.to_string()).as_deref(), date, "{text:?}");
        if let Some(d) = got {
            assert_eq!(&text[d.start..d.end], span);
        }
    }
}

#[test]
fn never_panics_on_odd_input() {
    for text in ["", "-", "the the the", "May", "12:", "1/", "2026-", "Jan.", "mid-", "every", "the end of", "Q", "a", "9 a", "é 2 pm", "31/12/", "\u{2028}May 5"] {
        let doc = Doc::new(text);
        for s in find(&doc, None).into_iter().chain(find(&doc, crate::parse_date("2026-02-02").ok())) {
            assert!(s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?}");
        }
    }
}
