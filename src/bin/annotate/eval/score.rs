//! Span scoring shared by every gold format.
//!
//! Gold and predicted spans are [`Item`]s: code-point offsets, a label name (ours or the gold
//! set's, e.g. CoNLL `PER`) and attributes. Per label, a gold span and a predicted span are paired
//! one to one: first the exact pairs (same start and end), then, for relaxed scoring, each
//! remaining gold span takes the unpaired prediction of its label that overlaps it most.
//! Exact precision/recall count exact pairs; relaxed ones count all pairs. Attributes are
//! compared on exact pairs, or on all pairs for the labels of [`Scheme::attrs_by_overlap`]
//! (DATE: value and type accuracy over gold matched by overlap). An attribute is counted when
//! either side has it, so a missing or an invented attribute is wrong.

use std::collections::BTreeMap;

use serde_json::{json, Value as Json};

/// One attribute value. Gold may accept several (`AnyOf`) or anything (`Any`, where the gold
/// does not say, e.g. a currency unit that names no single ISO code).
#[derive(Clone, Debug, PartialEq)]
pub enum AttrValue {
    Num(f64),
    Text(String),
    AnyOf(Vec<AttrValue>),
    Any,
}

impl AttrValue {
    /// Whether a predicted value `pred` satisfies this gold value.
    pub fn accepts(&self, pred: &AttrValue) -> bool {
        match (self, pred) {
            (AttrValue::Any, _) => true,
            (AttrValue::AnyOf(options), p) => options.iter().any(|o| o.accepts(p)),
            (AttrValue::Num(a), AttrValue::Num(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
            (AttrValue::Text(a), AttrValue::Text(b)) => a == b,
            _ => false,
        }
    }

    /// Reads a JSON scalar: numbers and strings; anything else is not an attribute value.
    pub fn from_json(value: &Json) -> Option<AttrValue> {
        match value {
            Json::Number(n) => n.as_f64().map(AttrValue::Num),
            Json::String(s) => Some(AttrValue::Text(s.clone())),
            _ => None,
        }
    }
}

/// A span with code-point offsets `[start, end)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub attrs: BTreeMap<String, AttrValue>,
}

impl Item {
    pub fn new(start: usize, end: usize, label: impl Into<String>) -> Item {
        Item { start, end, label: label.into(), attrs: BTreeMap::new() }
    }

    pub fn with(mut self, key: &str, value: AttrValue) -> Item {
        self.attrs.insert(key.to_string(), value);
        self
    }

    fn overlap(&self, other: &Item) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }
}

/// What a gold set reports: its labels in order, micro-average groups, and the labels whose
/// attributes are compared on overlapping (not only exact) pairs.
#[derive(Clone, Debug)]
pub struct Scheme {
    pub labels: Vec<&'static str>,
    pub groups: Vec<(&'static str, Vec<&'static str>)>,
    pub attrs_by_overlap: Vec<&'static str>,
}

/// Counts for one label (or one group).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub pred: usize,
    pub exact: usize,
    pub relaxed: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.pred += other.pred;
        self.exact += other.exact;
        self.relaxed += other.relaxed;
    }

    /// Precision, recall and F1 for `tp` matches; `None` when there is nothing to score (no gold,
    /// no prediction). With predictions but no gold, recall is 0, and so on.
    pub fn prf(&self, tp: usize) -> Option<(f64, f64, f64)> {
        if self.gold == 0 && self.pred == 0 {
            return None;
        }
        let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
        let (p, r) = (ratio(tp, self.pred), ratio(tp, self.gold));
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Some((p, r, f))
    }
}

/// Right and total for one attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    fn count(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    fn add(&mut self, other: &Tally) {
        self.right += other.right;
        self.total += other.total;
    }

    pub fn accuracy(&self) -> Option<f64> {
        (self.total > 0).then(|| self.right as f64 / self.total as f64)
    }
}

/// The score of one document or, merged, of a whole gold set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    pub documents: usize,
    pub labels: BTreeMap<String, Counts>,
    /// Per label, per attribute name; the name `*` tallies pairs with every attribute right.
    pub attrs: BTreeMap<String, BTreeMap<String, Tally>>,
    /// Documents where every gold span is exactly matched with all attributes right.
    pub all_found: usize,
    /// ... and where, besides, nothing else was predicted.
    pub all_right: usize,
}

impl Score {
    pub fn merge(mut self, other: Score) -> Score {
        self.documents += other.documents;
        for (label, counts) in other.labels {
            self.labels.entry(label).or_default().add(&counts);
        }
        for (label, attrs) in other.attrs {
            let mine = self.attrs.entry(label).or_default();
            for (name, tally) in attrs {
                mine.entry(name).or_default().add(&tally);
            }
        }
        self.all_found += other.all_found;
        self.all_right += other.all_right;
        self
    }

    pub fn counts(&self, label: &str) -> Counts {
        self.labels.get(label).copied().unwrap_or_default()
    }

    pub fn group(&self, labels: &[&str]) -> Counts {
        let mut sum = Counts::default();
        for label in labels {
            sum.add(&self.counts(label));
        }
        sum
    }

    pub fn to_json(&self, scheme: &Scheme) -> Json {
        let prf = |c: &Counts, tp: usize| match c.prf(tp) {
            Some((p, r, f)) => json!({ "tp": tp, "precision": p, "recall": r, "f1": f }),
            None => json!({ "tp": tp, "precision": null, "recall": null, "f1": null }),
        };
        let row = |c: &Counts| json!({ "gold": c.gold, "pred": c.pred, "exact": prf(c, c.exact), "relaxed": prf(c, c.relaxed) });
        let labels: serde_json::Map<String, Json> =
            scheme.labels.iter().map(|l| (l.to_string(), row(&self.counts(l)))).collect();
        let groups: serde_json::Map<String, Json> =
            scheme.groups.iter().map(|(name, members)| (name.to_string(), row(&self.group(members)))).collect();
        let attrs: serde_json::Map<String, Json> = self
            .attrs
            .iter()
            .map(|(label, names)| {
                let names: serde_json::Map<String, Json> = names
                    .iter()
                    .map(|(n, t)| (n.clone(), json!({ "right": t.right, "total": t.total, "accuracy": t.accuracy() })))
                    .collect();
                (label.clone(), Json::Object(names))
            })
            .collect();
        json!({ "documents": self.documents, "labels": labels, "micro": groups, "attributes": attrs })
    }
}

/// Scores one document: `gold` against `pred`; predictions with labels outside the scheme are
/// ignored.
pub fn score_document(gold: &[Item], pred: &[Item], scheme: &Scheme) -> Score {
    let mut score = Score { documents: 1, ..Score::default() };
    let mut found_all = true;
    let mut extra = false;
    for &label in &scheme.labels {
        let g: Vec<&Item> = gold.iter().filter(|i| i.label == label).collect();
        let p: Vec<&Item> = pred.iter().filter(|i| i.label == label).collect();
        let (pairs, exact) = pair(&g, &p);
        score.labels.insert(label.to_string(), Counts { gold: g.len(), pred: p.len(), exact, relaxed: pairs.len() });
        let by_overlap = scheme.attrs_by_overlap.contains(&label);
        let mut matched_exactly_right = 0;
        for (n, &(gi, pi)) in pairs.iter().enumerate() {
            let is_exact = n < exact;
            let all = compare_attrs(
                g[gi],
                p[pi],
                (is_exact || by_overlap).then(|| score.attrs.entry(label.to_string()).or_default()),
            );
            if is_exact && all {
                matched_exactly_right += 1;
            }
        }
        found_all &= matched_exactly_right == g.len();
        extra |= p.len() > exact;
    }
    score.attrs.retain(|_, names| !names.is_empty());
    score.all_found = usize::from(found_all);
    score.all_right = usize::from(found_all && !extra);
    score
}

/// One way a document's prediction differs from its gold (for `--errors`).
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    /// A gold span with no prediction of its label overlapping it.
    Missed { label: String, gold: (usize, usize, String) },
    /// A prediction overlapping no gold span of its label.
    Extra { label: String, ours: (usize, usize, String) },
    /// An overlapping pair with other boundaries.
    Boundary { label: String, gold: (usize, usize, String), ours: (usize, usize, String) },
    /// A compared attribute that differs (`None`: that side does not have it).
    Attribute { label: String, gold: (usize, usize, String), name: String, want: Option<String>, got: Option<String> },
}

impl AttrValue {
    fn show(&self) -> String {
        match self {
            AttrValue::Num(n) => n.to_string(),
            AttrValue::Text(t) => format!("{t:?}"),
            AttrValue::AnyOf(options) => options.iter().map(AttrValue::show).collect::<Vec<_>>().join(" | "),
            AttrValue::Any => "anything".to_string(),
        }
    }
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let span = |(s, e, t): &(usize, usize, String)| format!("{s}..{e} {t:?}");
        match self {
            Difference::Missed { label, gold } => write!(f, "missed {label} {}", span(gold)),
            Difference::Extra { label, ours } => write!(f, "extra  {label} {}", span(ours)),
            Difference::Boundary { label, gold, ours } => {
                write!(f, "bounds {label} gold {} ours {}", span(gold), span(ours))
            }
            Difference::Attribute { label, gold, name, want, got } => {
                let side = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_string());
                write!(f, "attr   {label} {} {name}: gold {} ours {}", span(gold), side(want), side(got))
            }
        }
    }
}

impl Difference {
    pub fn to_json(&self, document: &str) -> Json {
        let span = |(s, e, t): &(usize, usize, String)| json!({ "start": s, "end": e, "text": t });
        match self {
            Difference::Missed { label, gold } => {
                json!({ "document": document, "kind": "missed", "label": label, "gold": span(gold) })
            }
            Difference::Extra { label, ours } => {
                json!({ "document": document, "kind": "extra", "label": label, "ours": span(ours) })
            }
            Difference::Boundary { label, gold, ours } => json!({
                "document": document, "kind": "boundary", "label": label, "gold": span(gold), "ours": span(ours)
            }),
            Difference::Attribute { label, gold, name, want, got } => json!({
                "document": document, "kind": "attribute", "label": label, "gold": span(gold),
                "name": name, "want": want, "got": got
            }),
        }
    }
}

/// What differs between `gold` and `pred` in a document of `text`, in text order per label:
/// missed and extra spans, boundaries of relaxed pairs, and attributes where they are compared.
pub fn differences(text: &str, gold: &[Item], pred: &[Item], scheme: &Scheme) -> Vec<Difference> {
    let chars: Vec<char> = text.chars().collect();
    let show = |i: &Item| {
        (i.start, i.end, chars.get(i.start..i.end.min(chars.len())).unwrap_or(&[]).iter().collect::<String>())
    };
    let mut out = Vec::new();
    for &label in &scheme.labels {
        let g: Vec<&Item> = gold.iter().filter(|i| i.label == label).collect();
        let p: Vec<&Item> = pred.iter().filter(|i| i.label == label).collect();
        let (pairs, exact) = pair(&g, &p);
        let mut found = vec![false; g.len()];
        let mut used = vec![false; p.len()];
        let mut here: Vec<(usize, Difference)> = Vec::new();
        for (n, &(gi, pi)) in pairs.iter().enumerate() {
            found[gi] = true;
            used[pi] = true;
            if n >= exact {
                here.push((
                    g[gi].start,
                    Difference::Boundary { label: label.into(), gold: show(g[gi]), ours: show(p[pi]) },
                ));
            }
            if n < exact || scheme.attrs_by_overlap.contains(&label) {
                let mut names: Vec<&String> = g[gi].attrs.keys().chain(p[pi].attrs.keys()).collect();
                names.sort();
                names.dedup();
                for name in names {
                    let (want, got) = (g[gi].attrs.get(name), p[pi].attrs.get(name));
                    let right = match (want, got) {
                        (Some(w), Some(o)) => w.accepts(o),
                        (Some(AttrValue::Any), None) => true,
                        _ => false,
                    };
                    if !right {
                        here.push((
                            g[gi].start,
                            Difference::Attribute {
                                label: label.into(),
                                gold: show(g[gi]),
                                name: name.clone(),
                                want: want.map(AttrValue::show),
                                got: got.map(AttrValue::show),
                            },
                        ));
                    }
                }
            }
        }
        for (_, item) in g.iter().enumerate().filter(|(gi, _)| !found[*gi]) {
            here.push((item.start, Difference::Missed { label: label.into(), gold: show(item) }));
        }
        for (_, item) in p.iter().enumerate().filter(|(pi, _)| !used[*pi]) {
            here.push((item.start, Difference::Extra { label: label.into(), ours: show(item) }));
        }
        here.sort_by_key(|(start, _)| *start);
        out.extend(here.into_iter().map(|(_, d)| d));
    }
    out
}

/// Whether every attribute of the pair agrees; tallies them into `tallies` when given.
fn compare_attrs(gold: &Item, pred: &Item, tallies: Option<&mut BTreeMap<String, Tally>>) -> bool {
    let mut names: Vec<&String> = gold.attrs.keys().chain(pred.attrs.keys()).collect();
    names.sort();
    names.dedup();
    let mut all = true;
    let mut results = Vec::with_capacity(names.len());
    for name in names {
        let right = match (gold.attrs.get(name), pred.attrs.get(name)) {
            (Some(g), Some(p)) => g.accepts(p),
            (Some(AttrValue::Any), None) => true,
            _ => false,
        };
        all &= right;
        results.push((name, right));
    }
    if let Some(tallies) = tallies {
        if !results.is_empty() {
            for (name, right) in results {
                tallies.entry(name.clone()).or_default().count(right);
            }
            tallies.entry("*".to_string()).or_default().count(all);
        }
    }
    all
}

/// Pairs gold and predicted spans of one label one to one: the exact pairs first (their number
/// is returned too), then overlapping ones, each gold span taking the unpaired prediction that
/// overlaps it most (the earliest on a tie). Returns indices into `gold` and `pred`.
fn pair(gold: &[&Item], pred: &[&Item]) -> (Vec<(usize, usize)>, usize) {
    let mut pred_used = vec![false; pred.len()];
    let mut gold_used = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pi) =
            (0..pred.len()).find(|&pi| !pred_used[pi] && pred[pi].start == g.start && pred[pi].end == g.end)
        {
            pred_used[pi] = true;
            gold_used[gi] = true;
            pairs.push((gi, pi));
        }
    }
    let exact = pairs.len();
    for (gi, g) in gold.iter().enumerate() {
        if gold_used[gi] {
            continue;
        }
        let best = (0..pred.len())
            .filter(|&pi| !pred_used[pi] && g.overlap(pred[pi]) > 0)
            .max_by(|&a, &b| g.overlap(pred[a]).cmp(&g.overlap(pred[b])).then(b.cmp(&a)));
        if let Some(pi) = best {
            pred_used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    (pairs, exact)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scheme() -> Scheme {
        Scheme {
            labels: vec!["PERSON", "GPE", "DATE", "TARIFF"],
            groups: vec![("all", vec!["PERSON", "GPE", "DATE", "TARIFF"])],
            attrs_by_overlap: vec!["DATE"],
        }
    }

    fn date(start: usize, end: usize, value: &str) -> Item {
        Item::new(start, end, "DATE")
            .with("type", AttrValue::Text("DATE".into()))
            .with("value", AttrValue::Text(value.into()))
    }

    fn gold() -> Vec<Item> {
        vec![
            Item::new(0, 5, "PERSON"),
            Item::new(10, 12, "GPE"),
            date(20, 30, "2026-02-02"),
            Item::new(40, 43, "TARIFF").with("rate", AttrValue::Num(50.0)).with("unit", AttrValue::Text("%".into())),
        ]
    }

    #[test]
    fn a_perfect_prediction_scores_one() {
        let s = score_document(&gold(), &gold(), &scheme());
        for label in ["PERSON", "GPE", "DATE", "TARIFF"] {
            let c = s.counts(label);
            assert_eq!(c.prf(c.exact), Some((1.0, 1.0, 1.0)), "{label}");
            assert_eq!(c.prf(c.relaxed), Some((1.0, 1.0, 1.0)), "{label}");
        }
        assert_eq!(s.attrs["DATE"]["value"], Tally { right: 1, total: 1 });
        assert_eq!(s.attrs["TARIFF"]["*"], Tally { right: 1, total: 1 });
        assert_eq!((s.all_found, s.all_right), (1, 1));
    }

    #[test]
    fn a_missing_span_lowers_recall_only() {
        let mut pred = gold();
        pred.remove(1);
        let s = score_document(&gold(), &pred, &scheme());
        let all = s.group(&["PERSON", "GPE", "DATE", "TARIFF"]);
        assert_eq!(all, Counts { gold: 4, pred: 3, exact: 3, relaxed: 3 });
        let (p, r, f) = all.prf(all.exact).unwrap();
        assert_eq!((p, r), (1.0, 0.75));
        assert!((f - 6.0 / 7.0).abs() < 1e-12);
        assert_eq!(s.counts("GPE").prf(0), Some((0.0, 0.0, 0.0)));
        assert_eq!((s.all_found, s.all_right), (0, 0));
    }

    #[test]
    fn an_overlapping_span_counts_only_when_relaxed() {
        let mut pred = gold();
        pred[0] = Item::new(0, 3, "PERSON");
        let s = score_document(&gold(), &pred, &scheme());
        assert_eq!(s.counts("PERSON"), Counts { gold: 1, pred: 1, exact: 0, relaxed: 1 });
        // Same label only: an overlapping span of another label is no match at all.
        pred[0] = Item::new(0, 5, "GPE");
        let s = score_document(&gold(), &pred, &scheme());
        assert_eq!(s.counts("PERSON"), Counts { gold: 1, pred: 0, exact: 0, relaxed: 0 });
        assert_eq!(s.counts("GPE"), Counts { gold: 1, pred: 2, exact: 1, relaxed: 1 });
        assert_eq!((s.all_found, s.all_right), (0, 0));
    }

    #[test]
    fn pairs_are_one_to_one() {
        // Two predictions inside one gold span: one pair, the larger overlap.
        let g = vec![Item::new(0, 10, "GPE")];
        let p = vec![Item::new(0, 2, "GPE"), Item::new(3, 10, "GPE")];
        let s = score_document(&g, &p, &scheme());
        assert_eq!(s.counts("GPE"), Counts { gold: 1, pred: 2, exact: 0, relaxed: 1 });
        // An exact pair is never stolen by an earlier overlapping gold span.
        let g = vec![Item::new(0, 10, "GPE"), Item::new(5, 10, "GPE")];
        let p = vec![Item::new(5, 10, "GPE")];
        assert_eq!(score_document(&g, &p, &scheme()).counts("GPE"), Counts { gold: 2, pred: 1, exact: 1, relaxed: 1 });
    }

    #[test]
    fn date_values_are_compared_on_overlap_and_figures_only_on_exact_pairs() {
        let mut pred = gold();
        pred[2] = date(20, 25, "2026-02-03");
        pred[3] = Item::new(40, 42, "TARIFF").with("rate", AttrValue::Num(50.0));
        let s = score_document(&gold(), &pred, &scheme());
        assert_eq!(s.attrs["DATE"]["value"], Tally { right: 0, total: 1 });
        assert_eq!(s.attrs["DATE"]["type"], Tally { right: 1, total: 1 });
        assert!(!s.attrs.contains_key("TARIFF"), "a relaxed tariff pair is not compared");
        // An exact tariff pair with a missing unit and an invented `from`: both wrong.
        pred[3] =
            Item::new(40, 43, "TARIFF").with("rate", AttrValue::Num(50.0 + 1e-12)).with("from", AttrValue::Num(10.0));
        let s = score_document(&gold(), &pred, &scheme());
        let t = &s.attrs["TARIFF"];
        assert_eq!(
            (t["rate"], t["unit"], t["from"], t["*"]),
            (
                Tally { right: 1, total: 1 },
                Tally { right: 0, total: 1 },
                Tally { right: 0, total: 1 },
                Tally { right: 0, total: 1 }
            )
        );
    }

    #[test]
    fn differences_name_each_miss_extra_boundary_and_attribute() {
        let text = "Modi met Trump on Feb 2 in Davos, 2026.";
        let gold = vec![Item::new(0, 4, "PERSON"), Item::new(9, 14, "PERSON"), date(18, 23, "2026-02-02")];
        let pred = vec![Item::new(0, 4, "PERSON"), date(21, 23, "2026-02-03"), Item::new(27, 32, "GPE")];
        let shown: Vec<String> = differences(text, &gold, &pred, &scheme()).iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            vec![
                "missed PERSON 9..14 \"Trump\"",
                "extra  GPE 27..32 \"Davos\"",
                "bounds DATE gold 18..23 \"Feb 2\" ours 21..23 \" 2\"",
                "attr   DATE 18..23 \"Feb 2\" value: gold \"2026-02-02\" ours \"2026-02-03\"",
            ]
        );
        assert!(differences(text, &gold, &gold, &scheme()).is_empty());
    }

    #[test]
    fn gold_alternatives_and_wildcards() {
        let any_of = AttrValue::AnyOf(vec![AttrValue::Text("XXXX-10-02".into()), AttrValue::Text("2016-10-02".into())]);
        assert!(any_of.accepts(&AttrValue::Text("2016-10-02".into())));
        assert!(!any_of.accepts(&AttrValue::Text("2017-10-02".into())));
        assert!(AttrValue::Any.accepts(&AttrValue::Text("CHF".into())));
        assert!(!AttrValue::Num(1.0).accepts(&AttrValue::Text("1".into())));
    }

    #[test]
    fn merged_scores_add_up_and_empty_labels_have_no_ratio() {
        let a = score_document(&gold(), &gold(), &scheme());
        let b = score_document(&gold(), &[], &scheme());
        let s = a.merge(b);
        assert_eq!(s.documents, 2);
        assert_eq!(s.counts("PERSON"), Counts { gold: 2, pred: 1, exact: 1, relaxed: 1 });
        assert_eq!((s.all_found, s.all_right), (1, 1));
        assert_eq!(s.counts("NORP").prf(0), None);
        let j = s.to_json(&scheme());
        assert_eq!(j["labels"]["PERSON"]["exact"]["recall"], 0.5);
        assert_eq!(j["micro"]["all"]["gold"], 8);
    }
}
