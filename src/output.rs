//! Output records: the shape of `../shared/spec/LABELS.md` (`{"id", "date", "spans"}`, a span
//! `{"start", "end", "label", "text", ...attributes}`), with offsets in the unit the caller
//! needs. Both bindings serialize these, so the JSON and the JS objects agree field for field.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::span::{Attrs, Span};
use crate::text::{OffsetMap, OffsetUnit};
use crate::{Annotations, DateSource};

/// One document's output.
pub struct DocumentRecord<'a> {
    pub id: Option<&'a str>,
    pub date: Option<String>,
    pub date_source: DateSource,
    /// The dateline's offsets in the output unit, with its text.
    pub dateline: Option<(usize, usize, &'a str)>,
    pub spans: Vec<SpanRecord<'a>>,
}

/// One span with offsets in the output unit.
pub struct SpanRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub span: &'a Span,
    pub text: &'a str,
}

impl<'a> DocumentRecord<'a> {
    pub fn new(id: Option<&'a str>, text: &'a str, result: &'a Annotations, unit: OffsetUnit) -> DocumentRecord<'a> {
        let map = OffsetMap::new(text);
        let spans = result
            .spans
            .iter()
            .map(|span| SpanRecord {
                start: map.convert(span.start, unit),
                end: map.convert(span.end, unit),
                span,
                text: span.text(text),
            })
            .collect();
        DocumentRecord {
            id,
            date: result.date.map(|d| d.to_string()),
            date_source: result.date_source,
            dateline: result.dateline.map(|(s, e)| (map.convert(s, unit), map.convert(e, unit), &text[s..e])),
            spans,
        }
    }
}

struct DatelineRecord<'a>(usize, usize, &'a str);

impl Serialize for DatelineRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("start", &self.0)?;
        map.serialize_entry("end", &self.1)?;
        map.serialize_entry("text", self.2)?;
        map.end()
    }
}

impl Serialize for DocumentRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(id) = self.id {
            map.serialize_entry("id", id)?;
        }
        map.serialize_entry("date", &self.date)?;
        map.serialize_entry("date_source", self.date_source.as_str())?;
        map.serialize_entry("dateline", &self.dateline.map(|(s, e, t)| DatelineRecord(s, e, t)))?;
        map.serialize_entry("spans", &self.spans)?;
        map.end()
    }
}

impl Serialize for SpanRecord<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("label", self.span.label.as_str())?;
        map.serialize_entry("text", self.text)?;
        fn opt<M: SerializeMap, T: Serialize>(map: &mut M, key: &str, value: &Option<T>) -> Result<(), M::Error> {
            match value {
                Some(v) => map.serialize_entry(key, v),
                None => Ok(()),
            }
        }
        match &self.span.attrs {
            Attrs::None => {}
            Attrs::Date(t) => {
                map.serialize_entry("type", t.kind.as_str())?;
                map.serialize_entry("value", &t.value)?;
                opt(&mut map, "start_value", &t.start_value)?;
                opt(&mut map, "end_value", &t.end_value)?;
            }
            Attrs::Percent { value } => map.serialize_entry("value", value)?,
            Attrs::Money { amount, currency } => {
                map.serialize_entry("amount", amount)?;
                map.serialize_entry("currency", currency)?;
            }
            Attrs::Tariff(t) => {
                opt(&mut map, "rate", &t.rate)?;
                opt(&mut map, "low", &t.low)?;
                opt(&mut map, "high", &t.high)?;
                opt(&mut map, "unit", &t.unit)?;
                opt(&mut map, "measure", &t.measure)?;
                opt(&mut map, "imposer", &t.imposer)?;
                opt(&mut map, "target", &t.target)?;
                opt(&mut map, "change", &t.change.map(|c| c.as_str()))?;
                opt(&mut map, "from", &t.from)?;
                opt(&mut map, "per", &t.per)?;
            }
        }
        map.end()
    }
}
