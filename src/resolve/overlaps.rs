//! Settles spans that overlap, after all finders ran.
//!
//! Spans of the same finder never overlap (each finder settles its own). Across finders the
//! longer span wins (`March on Washington` the EVENT over `March` the DATE); on equal length the
//! earlier label in this order: entities, figures, dates.

use std::collections::BTreeMap;

use crate::labels::Label;
use crate::span::Span;

fn rank(label: Label) -> u8 {
    if label.is_entity() {
        0
    } else if label.is_figure() {
        1
    } else {
        2
    }
}

/// Removes every span that overlaps a stronger one, and sorts the rest by start, then end.
pub fn resolve(spans: &mut Vec<Span>) {
    spans.retain(|s| !s.is_empty());
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(spans[i].len()), rank(spans[i].label), spans[i].start));
    // Kept spans by start (disjoint, so starts are unique): each candidate meets two neighbours.
    let mut kept: BTreeMap<usize, Span> = BTreeMap::new();
    for i in order {
        let s = &spans[i];
        let before = kept.range(..s.start).next_back().is_some_and(|(_, k)| k.overlaps(s));
        let after = kept.range(s.start..).next().is_some_and(|(_, k)| k.overlaps(s));
        if !before && !after {
            kept.insert(s.start, s.clone());
        }
    }
    let kept: Vec<Span> = kept.into_values().collect();
    *spans = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Attrs;

    #[test]
    fn longer_spans_win_and_entities_beat_dates_on_ties() {
        let mut spans = vec![
            Span::new(0, 5, Label::Date, Attrs::None),
            Span::new(0, 19, Label::Event, Attrs::None),
            Span::new(20, 25, Label::Date, Attrs::None),
            Span::new(20, 25, Label::Gpe, Attrs::None),
            Span::new(30, 32, Label::Percent, Attrs::None),
        ];
        resolve(&mut spans);
        let got: Vec<(usize, Label)> = spans.iter().map(|s| (s.start, s.label)).collect();
        assert_eq!(got, [(0, Label::Event), (20, Label::Gpe), (30, Label::Percent)]);
    }
}
