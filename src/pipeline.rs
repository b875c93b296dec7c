//! The ordered passes, in one place: prepare the text, find the dateline, run the finders,
//! settle overlaps, keep the labels asked for.

use crate::doc::Doc;
use crate::find::{dates, entities, figures};
use crate::resolve::overlaps;
use crate::{Annotations, DateSource, Options};

/// Annotates `text`. Never panics; linear in the length of the text.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    let doc = Doc::new(text);
    let dateline = dates::find_dateline(&doc);
    let (date, date_source) = match (options.reference_date, dateline) {
        (Some(given), _) => (Some(given), DateSource::Given),
        (None, Some(d)) => (Some(d.date), DateSource::Dateline { start: d.start, end: d.end }),
        (None, None) => (None, DateSource::None),
    };
    // Every finder runs whatever labels were asked for, so that choosing labels never changes
    // the spans of the others (a DATE inside an EVENT stays hidden either way).
    // Figures read the entities of their sentence (who levies a tariff, on whom).
    let mut spans = entities::find(&doc);
    let figures = figures::find(&doc, &spans);
    spans.extend(dates::find(&doc, date));
    spans.extend(figures);
    overlaps::resolve(&mut spans);
    spans.retain(|s| options.labels.contains(s.label));
    Annotations { date, date_source, dateline: dateline.map(|d| (d.start, d.end)), spans }
}
