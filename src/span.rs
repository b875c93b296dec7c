//! A found span and its attributes, in byte offsets. `output` turns them into records.

use crate::labels::Label;

/// A span `[start, end)` in byte offsets of the annotated text, with its label's attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub attrs: Attrs,
}

impl Span {
    pub fn new(start: usize, end: usize, label: Label, attrs: Attrs) -> Span {
        Span { start, end, label, attrs }
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The attributes that sit beside a span's label. The large ones are boxed so that a span stays
/// small (56 bytes): the pipeline moves and sorts tens of thousands of them per megabyte.
#[derive(Clone, Debug, PartialEq)]
pub enum Attrs {
    /// Entities carry none yet (mention ids will go here).
    None,
    Date(Box<Timex>),
    Percent { value: f64 },
    Money { amount: f64, currency: String },
    Tariff(Box<Tariff>),
}

/// TIMEX3 `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A temporal expression's TIMEX3 type and value (`2026-02-02`, `P3D`, `XXXX-WXX-1`,
/// `PAST_REF`); a range has `start_value` and `end_value`, and `value` is `start/end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub kind: TimexType,
    pub value: String,
    pub start_value: Option<String>,
    pub end_value: Option<String>,
}

impl Timex {
    pub fn new(kind: TimexType, value: impl Into<String>) -> Timex {
        Timex { kind, value: value.into(), start_value: None, end_value: None }
    }

    pub fn range(start: impl Into<String>, end: impl Into<String>) -> Timex {
        let (start, end) = (start.into(), end.into());
        Timex { kind: TimexType::Date, value: format!("{start}/{end}"), start_value: Some(start), end_value: Some(end) }
    }
}

/// How a tariff changes, as the sentence says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Raise,
    Cut,
    Impose,
    Threaten,
    Pause,
    Double,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Raise => "raise",
            Change::Cut => "cut",
            Change::Impose => "impose",
            Change::Threaten => "threaten",
            Change::Pause => "pause",
            Change::Double => "double",
        }
    }
}

/// A tariff figure's structure; each field is filled only where the text says it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tariff {
    pub rate: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// `%` or an ISO currency code.
    pub unit: Option<String>,
    pub measure: Option<String>,
    pub imposer: Option<String>,
    pub target: Option<String>,
    pub change: Option<Change>,
    pub from: Option<f64>,
    pub per: Option<String>,
}
