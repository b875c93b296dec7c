//! DATE: temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) and the dateline.

use crate::doc::Doc;
use crate::scan::Entry;
use crate::span::Span;
use crate::Date;

pub fn lexicon_entries() -> Vec<Entry> {
    Vec::new()
}

/// The dateline: the date the article gives itself, and where it stands (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
    pub date: Date,
}

pub fn find_dateline(_doc: &Doc) -> Option<Dateline> {
    None
}

/// Temporal expressions, with values resolved against `doc_date`.
pub fn find(_doc: &Doc, _doc_date: Option<Date>) -> Vec<Span> {
    Vec::new()
}
