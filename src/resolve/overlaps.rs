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
    spans.sort_unstable_by_key(|s| (s.start, s.end));
    // Overlaps only happen inside a cluster of spans that chain by overlapping; nearly every
    // cluster is one span, so the sweep is linear after the sort.
    let mut keep = vec![true; spans.len()];
    let mut i = 0;
    while i < spans.len() {
        let (mut j, mut end) = (i + 1, spans[i].end);
        while j < spans.len() && spans[j].start < end {
            end = end.max(spans[j].end);
            j += 1;
        }
        if j - i > 1 {
            settle_cluster(&spans[i..j], &mut keep[i..j]);
        }
        i = j;
    }
    let mut flags = keep.into_iter();
    spans.retain(|_| flags.next().unwrap_or(false));
}

/// Within one cluster of overlapping spans, keeps the strongest first and every span that
/// overlaps nothing kept.
fn settle_cluster(cluster: &[Span], keep: &mut [bool]) {
    let mut order: Vec<usize> = (0..cluster.len()).collect();
    order.sort_unstable_by_key(|&i| (std::cmp::Reverse(cluster[i].len()), rank(cluster[i].label), cluster[i].start));
    // Kept spans by start (disjoint, so starts are unique): each candidate meets two neighbours.
    let mut kept: BTreeMap<usize, usize> = BTreeMap::new();
    for i in order {
        let s = &cluster[i];
        let before = kept.range(..s.start).next_back().is_some_and(|(_, &end)| end > s.start);
        let after = kept.range(s.start..).next().is_some_and(|(&start, _)| start < s.end);
        keep[i] = !before && !after;
        if keep[i] {
            kept.insert(s.start, s.end);
        }
    }
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

    #[test]
    fn a_chain_of_overlaps_keeps_what_the_strongest_leave_free() {
        // A overlaps B, B overlaps C, A and C are disjoint: B loses to A, and C then stands.
        let mut spans = vec![
            Span::new(14, 20, Label::Date, Attrs::None),
            Span::new(0, 10, Label::Org, Attrs::None),
            Span::new(8, 15, Label::Money, Attrs::None),
        ];
        resolve(&mut spans);
        let got: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(got, [(0, 10), (14, 20)]);
    }
}
