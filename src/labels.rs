//! The label set of `../shared/spec/LABELS.md` and a small set type for choosing which to return.

use std::fmt;
use std::str::FromStr;

/// What a span is. The order is the order of the legend on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Event,
    Date,
    Percent,
    Money,
    Tariff,
}

impl Label {
    pub const ALL: [Label; 10] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Norp,
        Label::Event,
        Label::Date,
        Label::Percent,
        Label::Money,
        Label::Tariff,
    ];

    /// The name used in gold files and in output (`PERSON`, `GPE`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Event => "EVENT",
            Label::Date => "DATE",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Tariff => "TARIFF",
        }
    }

    pub fn is_entity(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Gpe | Label::Loc | Label::Norp | Label::Event)
    }

    pub fn is_figure(self) -> bool {
        matches!(self, Label::Percent | Label::Money | Label::Tariff)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown label name; its message lists the known ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLabel(pub String);

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        write!(f, "unknown label {:?}; the labels are {}", self.0, known.join(", "))
    }
}

impl std::error::Error for UnknownLabel {}

impl FromStr for Label {
    type Err = UnknownLabel;
    /// Accepts the names in any case (`person`, `GPE`).
    fn from_str(name: &str) -> Result<Label, UnknownLabel> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| UnknownLabel(name.to_string()))
    }
}

/// A set of labels, as a bit set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelSet(u16);

impl LabelSet {
    pub const ALL: LabelSet = LabelSet((1 << Label::ALL.len()) - 1);
    pub const EMPTY: LabelSet = LabelSet(0);

    pub fn contains(self, label: Label) -> bool {
        self.0 & (1 << label as u16) != 0
    }

    pub fn insert(&mut self, label: Label) {
        self.0 |= 1 << label as u16;
    }

    pub fn any_entity(self) -> bool {
        Label::ALL.iter().any(|&l| l.is_entity() && self.contains(l))
    }

    pub fn any_figure(self) -> bool {
        Label::ALL.iter().any(|&l| l.is_figure() && self.contains(l))
    }

    /// Parses label names; an unknown one is an error, never silently dropped.
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<LabelSet, UnknownLabel> {
        let mut set = LabelSet::EMPTY;
        for name in names {
            set.insert(name.parse()?);
        }
        Ok(set)
    }
}

impl Default for LabelSet {
    fn default() -> Self {
        LabelSet::ALL
    }
}

impl FromIterator<Label> for LabelSet {
    fn from_iter<I: IntoIterator<Item = Label>>(iter: I) -> Self {
        let mut set = LabelSet::EMPTY;
        for label in iter {
            set.insert(label);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_are_errors() {
        for label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>(), Ok(label));
        }
        assert_eq!("gpe".parse::<Label>(), Ok(Label::Gpe));
        let err = "PLACE".parse::<Label>().unwrap_err();
        assert!(err.to_string().contains("unknown label \"PLACE\""), "{err}");
        let set = LabelSet::parse(["DATE", "money"]).unwrap();
        assert!(set.contains(Label::Date) && set.contains(Label::Money) && !set.contains(Label::Person));
        assert!(!set.any_entity() && set.any_figure());
    }
}
