//! article-annotator: marks the people, organisations, places, nationality groups and named
//! events of a news article, its date and time expressions resolved against the article's own
//! dateline, and its percentages, sums of money and tariff figures with their structure.
//!
//! ```
//! use article_annotator::{annotate, Label, Options};
//! let text = "WASHINGTON, Feb 2, 2026 (Reuters) - India said on Monday it would cut tariffs to 10%.";
//! let result = annotate(text, &Options::default());
//! assert_eq!(result.date.map(|d| d.to_string()).as_deref(), Some("2026-02-02"));
//! assert!(result.spans.iter().any(|s| s.label == Label::Gpe && s.text(text) == "India"));
//! ```
//!
//! # Guarantees
//! - Offsets: spans are byte ranges of the given text, on character boundaries, non-empty, sorted
//!   by start then end. [`output`] converts them to code points or UTF-16 code units.
//! - Time: linear in the length of the text. Matching uses `regex` (finite automata, no
//!   backtracking) and one `aho-corasick` pass; no finder looks further than a sentence.
//! - No panics on any input: every `&str` is valid input. The core does no I/O and holds no JS.
//!
//! # Layout
//! `tokens` (one tokenizing pass) and `scan` (one lexicon pass) feed `doc::Doc`; the finders in
//! `find` (entities, dates, figures) read it; `resolve` fixes values and overlaps; `pipeline` runs
//! them in order; `output` shapes records. The bindings (`wasm`, the `annotate` binary) sit at
//! the edge.

pub mod doc;
pub mod find;
pub mod labels;
pub mod output;
pub mod pipeline;
pub mod resolve;
pub mod scan;
pub mod span;
pub mod text;
pub mod tokens;

#[cfg(test)]
mod testing;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use jiff::civil::Date;
pub use labels::{Label, LabelSet, UnknownLabel};
pub use pipeline::annotate;
pub use span::{Attrs, Change, Span, Tariff, Timex, TimexType};
pub use text::{OffsetMap, OffsetUnit};

/// What to annotate and against which date.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The document date that relative expressions resolve against. `None`: the dateline found in
    /// the text, else no date (relative expressions then get values with `X` placeholders).
    pub reference_date: Option<Date>,
    /// Which labels to return (all by default).
    pub labels: LabelSet,
}

/// Where the document date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// From [`Options::reference_date`].
    Given,
    /// From the dateline found at these byte offsets.
    Dateline { start: usize, end: usize },
    /// Neither given nor found.
    None,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Dateline { .. } => "dateline",
            DateSource::None => "none",
        }
    }
}

/// The result of [`annotate`].
#[derive(Clone, Debug, PartialEq)]
pub struct Annotations {
    /// The document date used for resolution.
    pub date: Option<Date>,
    pub date_source: DateSource,
    /// The dateline found in the text, if any, even when a date was given.
    pub dateline: Option<(usize, usize)>,
    pub spans: Vec<Span>,
}

/// A date given as text that is not a calendar date in `YYYY-MM-DD` form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDate(pub String);

impl std::fmt::Display for BadDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid reference date {:?}: expected a calendar date as YYYY-MM-DD, e.g. 2026-02-02", self.0)
    }
}

impl std::error::Error for BadDate {}

/// Parses a reference date strictly as `YYYY-MM-DD` (a real calendar day).
pub fn parse_date(s: &str) -> Result<Date, BadDate> {
    let bad = || BadDate(s.to_string());
    let b = s.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Result<i64, BadDate> {
        let part = &b[r];
        if !part.iter().all(u8::is_ascii_digit) {
            return Err(bad());
        }
        Ok(part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    Date::new(y as i16, m as i8, d as i8).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_dates_parse_strictly() {
        assert_eq!(parse_date("2026-02-02").unwrap().to_string(), "2026-02-02");
        for bad in ["2026-02-30", "2026-2-2", "02/02/2026", "", "2026-13-01", "２０２６-02-02"] {
            assert!(parse_date(bad).is_err(), "{bad:?}");
        }
        assert!(parse_date("yesterday").unwrap_err().to_string().contains("YYYY-MM-DD"));
    }
}
