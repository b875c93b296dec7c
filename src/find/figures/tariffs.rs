//! TARIFF: which figures state a tariff, duty or levy rate, and its structure.
//!
//! A figure is a tariff when a tariff word (`tariffs`, `duty`, `levy`, `reciprocal`...) of the
//! lexicon sits close to it in its sentence, in one of two shapes:
//! - the figure before the word, with modifiers between: `a 25 per cent additional duties`,
//!   `a 25% US tariff`, `a 25 per cent increase in duties`;
//! - the word before the figure, with nothing between that names another quantity:
//!   `tariffs on Indian goods to a whopping 50 per cent`, `a levy of $50 per tonne`, but not
//!   `tariffs pushed inflation to 3%` nor `tariffs on goods that make up 40% of imports`.
//!
//! A sum of money is a tariff only as a rate: not read with a scale word (`€93 billion` is a
//! package, `$200 billion` the goods covered), and per unit (`$50 per tonne`) or right beside the
//! word (`a $100 levy`, `a levy of $5`).
//!
//! The attributes come from the same sentence: the levying verb gives `change` and its subject
//! the `imposer`; `on X` gives the `target`; `from X to Y` gives `from`. A tariff figure that names
//! no imposer or target of its own shares those of the sentence's other tariff figures.

use std::ops::Range;

use crate::doc::Doc;
use crate::labels::Label;
use crate::scan::{Case, Entry, Hit, Owner};
use crate::span::{Attrs, Change, Span, Tariff};
use crate::tokens::TokenKind;

use super::{is_word, plain_span, tok, Figure, Unit, KIND_MASK, KIND_TRIGGER, KIND_VERB};

/// Words that make a figure a tariff. Those marked `true` are modifiers that also stand alone
/// (`a 10% retaliatory`, `the reciprocal rate of 26%`).
const TRIGGERS: &[(&str, bool)] = &[
    ("tariff", false),
    ("tariffs", false),
    ("duty", false),
    ("duties", false),
    ("levy", false),
    ("levies", false),
    ("surcharge", false),
    ("surcharges", false),
    ("import tax", false),
    ("import taxes", false),
    ("import tariff", false),
    ("reciprocal", true),
    ("retaliatory", true),
    ("anti-dumping", true),
    ("antidumping", true),
    ("countervailing", true),
    ("safeguard", true),
    ("customs", true),
];

/// Words that belong to the measure when they stand right before the tariff word
/// (`additional duties`, `reciprocal tariff`, `anti-dumping duty`).
const MODIFIERS: &[&str] = &[
    "additional", "extra", "punitive", "retaliatory", "reciprocal", "secondary", "baseline", "blanket", "universal",
    "sectoral", "import", "export", "customs", "penalty", "countervailing", "safeguard", "anti-dumping", "antidumping",
    "ad", "valorem", "basic", "specific", "protective", "emergency", "tit-for-tat", "counter",
];

/// Words that may stand between a figure and its tariff word without being in the measure.
const FILLERS: &[&str] = &["new", "higher", "lower", "flat", "steep", "hefty", "minimum", "maximum", "global", "-", "across", "the", "board", "overall", "average", "total", "combined", "effective", "current", "existing", "proposed", "planned"];

/// Nouns of a change in a tariff: `a 25 per cent increase in duties`.
const CHANGE_NOUNS: &[(&str, Change)] = &[
    ("increase", Change::Raise),
    ("hike", Change::Raise),
    ("rise", Change::Raise),
    ("jump", Change::Raise),
    ("cut", Change::Cut),
    ("reduction", Change::Cut),
    ("decrease", Change::Cut),
];

/// Levying verbs: `None` names no change (`announced`, `set`).
const VERBS: &[(&str, Option<Change>)] = &[
    ("raise", Some(Change::Raise)),
    ("raises", Some(Change::Raise)),
    ("raised", Some(Change::Raise)),
    ("raising", Some(Change::Raise)),
    ("hike", Some(Change::Raise)),
    ("hikes", Some(Change::Raise)),
    ("hiked", Some(Change::Raise)),
    ("hiking", Some(Change::Raise)),
    ("increase", Some(Change::Raise)),
    ("increases", Some(Change::Raise)),
    ("increased", Some(Change::Raise)),
    ("increasing", Some(Change::Raise)),
    ("boost", Some(Change::Raise)),
    ("boosted", Some(Change::Raise)),
    ("tripled", Some(Change::Raise)),
    ("ramped up", Some(Change::Raise)),
    ("jacked up", Some(Change::Raise)),
    ("bumped up", Some(Change::Raise)),
    ("cut", Some(Change::Cut)),
    ("cuts", Some(Change::Cut)),
    ("cutting", Some(Change::Cut)),
    ("slash", Some(Change::Cut)),
    ("slashed", Some(Change::Cut)),
    ("slashes", Some(Change::Cut)),
    ("slashing", Some(Change::Cut)),
    ("lower", Some(Change::Cut)),
    ("lowered", Some(Change::Cut)),
    ("lowers", Some(Change::Cut)),
    ("lowering", Some(Change::Cut)),
    ("reduce", Some(Change::Cut)),
    ("reduced", Some(Change::Cut)),
    ("reduces", Some(Change::Cut)),
    ("reducing", Some(Change::Cut)),
    ("trimmed", Some(Change::Cut)),
    ("halved", Some(Change::Cut)),
    ("eased", Some(Change::Cut)),
    ("impose", Some(Change::Impose)),
    ("imposed", Some(Change::Impose)),
    ("imposes", Some(Change::Impose)),
    ("imposing", Some(Change::Impose)),
    ("slap", Some(Change::Impose)),
    ("slapped", Some(Change::Impose)),
    ("slaps", Some(Change::Impose)),
    ("slapping", Some(Change::Impose)),
    ("levied", Some(Change::Impose)),
    ("levying", Some(Change::Impose)),
    ("introduced", Some(Change::Impose)),
    ("introduce", Some(Change::Impose)),
    ("enacted", Some(Change::Impose)),
    ("threaten", Some(Change::Threaten)),
    ("threatened", Some(Change::Threaten)),
    ("threatens", Some(Change::Threaten)),
    ("threatening", Some(Change::Threaten)),
    ("pause", Some(Change::Pause)),
    ("paused", Some(Change::Pause)),
    ("pauses", Some(Change::Pause)),
    ("pausing", Some(Change::Pause)),
    ("suspend", Some(Change::Pause)),
    ("suspended", Some(Change::Pause)),
    ("suspends", Some(Change::Pause)),
    ("delayed", Some(Change::Pause)),
    ("postponed", Some(Change::Pause)),
    ("double", Some(Change::Double)),
    ("doubled", Some(Change::Double)),
    ("doubles", Some(Change::Double)),
    ("doubling", Some(Change::Double)),
    ("announced", None),
    ("announces", None),
    ("set", None),
    ("sets", None),
    ("unveiled", None),
    ("ordered", None),
    ("applied", None),
    ("applies", None),
    ("charges", None),
    ("charged", None),
    ("placed", None),
    ("put", None),
    ("proposed", None),
    ("kept", None),
    ("maintained", None),
];

pub fn lexicon_entries() -> Vec<Entry> {
    let triggers = TRIGGERS.iter().enumerate().map(|(i, (p, _))| (p, KIND_TRIGGER | i as u32));
    let verbs = VERBS.iter().enumerate().map(|(i, (p, _))| (p, KIND_VERB | i as u32));
    triggers
        .chain(verbs)
        .map(|(p, payload)| Entry { pattern: p.to_string(), owner: Owner::Figures, payload, case: Case::Insensitive })
        .collect()
}

/// A tariff word in the text, with its modifiers: `additional duties` is `measure`, `duties`
/// the word.
#[derive(Clone, Copy, Debug)]
struct Trigger {
    measure_first: usize,
    end: usize,
}

struct Sentence<'a> {
    range: Range<usize>,
    triggers: Vec<Trigger>,
    verbs: Vec<(usize, usize, Option<Change>)>,
    /// Entity spans of the sentence, with their token ranges.
    entities: Vec<(Range<usize>, &'a Span)>,
}

/// Spans for all figures: tariffs where the sentence says so, PERCENT and MONEY otherwise.
pub fn spans(doc: &Doc, hits: &[Hit], entities: &[Span], figures: &[Figure]) -> Vec<Span> {
    let mut out = Vec::with_capacity(figures.len());
    let mut k = 0;
    while k < figures.len() {
        let s = doc.sentence_of(figures[k].first);
        let mut e = k + 1;
        while e < figures.len() && doc.sentence_of(figures[e].first) == s {
            e += 1;
        }
        let group = &figures[k..e];
        let range = doc.sentences.get(s).cloned().unwrap_or(0..doc.tokens.len());
        let sentence = sentence_facts(doc, hits, entities, range);
        if sentence.triggers.is_empty() {
            out.extend(group.iter().map(|f| plain_span(doc, f)));
        } else {
            out.extend(sentence_spans(doc, &sentence, group));
        }
        k = e;
    }
    out
}

fn sentence_facts<'a>(doc: &Doc, hits: &[Hit], entities: &'a [Span], range: Range<usize>) -> Sentence<'a> {
    let lo = hits.partition_point(|h| h.first < range.start);
    let mut triggers: Vec<Trigger> = Vec::new();
    let mut verbs = Vec::new();
    for h in hits[lo..].iter().take_while(|h| h.first < range.end) {
        if h.end > range.end {
            continue;
        }
        let index = (h.payload & !KIND_MASK) as usize;
        match h.payload & KIND_MASK {
            KIND_TRIGGER => {
                // Longest first: skip a shorter hit inside the last one (`import tax` / `tax`).
                if triggers.last().is_some_and(|t| t.end >= h.end && h.first >= t.measure_first) {
                    continue;
                }
                // A modifier right before another tariff word is part of that one's measure.
                let standalone_modifier = TRIGGERS.get(index).is_some_and(|t| t.1);
                if standalone_modifier && next_is_trigger_or_modifier(doc, hits, h.end) {
                    continue;
                }
                let mut first = h.first;
                while first > range.start && is_modifier(doc, first - 1) {
                    first -= 1;
                }
                triggers.push(Trigger { measure_first: first, end: h.end });
            }
            KIND_VERB => {
                if verbs.last().is_some_and(|&(f, e, _): &(usize, usize, Option<Change>)| f == h.first || e > h.first) {
                    continue;
                }
                verbs.push((h.first, h.end, VERBS.get(index).and_then(|v| v.1)));
            }
            _ => {}
        }
    }
    let (start, end) = (doc.tokens[range.start].start, doc.tokens[range.end - 1].end);
    let first_entity = entities.partition_point(|e| e.end <= start);
    let ents = entities[first_entity..]
        .iter()
        .take_while(|e| e.start < end)
        .filter_map(|e| {
            let a = doc.tokens.partition_point(|t| t.start < e.start);
            let b = doc.tokens.partition_point(|t| t.end <= e.end);
            (a < b).then_some((a..b, e))
        })
        .collect();
    Sentence { range, triggers, verbs, entities: ents }
}

fn is_modifier(doc: &Doc, i: usize) -> bool {
    is_word(doc, i, MODIFIERS) || (tok(doc, i) == "-" && i > 0 && is_word(doc, i - 1, &["anti", "tit", "for"]))
        || (is_word(doc, i, &["anti", "tit", "for"]) && tok(doc, i + 1) == "-")
}

fn next_is_trigger_or_modifier(doc: &Doc, hits: &[Hit], i: usize) -> bool {
    let at = super::hits_at(hits, i);
    at.iter().any(|h| h.payload & KIND_MASK == KIND_TRIGGER) || is_modifier(doc, i)
}

/// Nouns and words that say a percentage is about something other than a tariff.
const OTHER_QUANTITIES: &[&str] = &[
    "inflation", "growth", "gdp", "economy", "economic", "prices", "stocks", "stock", "shares", "index", "market",
    "markets", "sales", "output", "profit", "profits", "revenue", "revenues", "earnings", "unemployment", "poll",
    "polls", "vote", "votes", "voters", "approval", "rating", "margin", "interest", "yield", "yields", "bond", "bonds",
    "which", "while", "but", "whereas", "although", "though", "because", "when", "whose", "who", "than", "share",
    "stake", "population", "respondents", "turnout", "chance", "probability", "odds", "majority", "lead", "wages",
    "demand", "spending", "deficit", "surplus", "trade-weighted", "exports", "imports", "valuation", "value", "volume",
];

/// Words right after a figure that make it some other quantity: `25% of imports`, `a 2% rise`.
const AFTER_FIGURE: &[&str] = &[
    "of", "growth", "inflation", "stake", "share", "rise", "drop", "fall", "decline", "gain", "jump", "increase",
    "hike", "cut", "discount", "interest", "majority", "margin", "lead", "chance", "probability", "return", "yield",
    "owned", "ownership", "turnout", "unemployment", "rate", "more", "less", "higher", "lower", "up", "down", "year-on-year",
    "annually", "annual", "a", "per",
];

fn sentence_spans(doc: &Doc, s: &Sentence, group: &[Figure]) -> Vec<Span> {
    let mut tariffs: Vec<Option<(Tariff, usize)>> = group.iter().map(|f| tariff_of(doc, s, group, f)).collect();
    // `from 10 to 25%`: if one of the pair is a tariff, both are; the new rate carries `from`.
    for k in 0..group.len().saturating_sub(1) {
        let (old, new) = (&group[k], &group[k + 1]);
        if !(new.first == old.end + 1 && is_word(doc, old.end, &["to"]) && old.first > 0 && is_word(doc, old.first - 1, &["from"])) {
            continue;
        }
        if tariffs[k].is_none() && tariffs[k + 1].is_none() {
            continue;
        }
        let template = tariffs[k].clone().or_else(|| tariffs[k + 1].clone()).map(|t| t.0).unwrap_or_default();
        let base = Tariff { rate: None, low: None, high: None, change: None, from: None, per: None, ..template };
        if tariffs[k].is_none() {
            tariffs[k] = Some((rate_of(old, base.clone()), old.end));
        }
        if tariffs[k + 1].is_none() {
            tariffs[k + 1] = Some((rate_of(new, base), new.end));
        }
        let new_t = &mut tariffs[k + 1].as_mut().expect("set above").0;
        new_t.from = Some(old.low.unwrap_or(old.value));
        if new_t.change.is_none() {
            new_t.change = if new.value > old.value { Some(Change::Raise) } else if new.value < old.value { Some(Change::Cut) } else { None };
        }
        // The old rate is what was, not what changed.
        if let Some((t, _)) = tariffs[k].as_mut() {
            t.change = None;
        }
    }
    // Share the sentence's imposer and target with tariff figures that name none.
    let imposer = tariffs.iter().flatten().find_map(|(t, _)| t.imposer.clone());
    let target = tariffs.iter().flatten().find_map(|(t, _)| t.target.clone());
    group
        .iter()
        .zip(tariffs)
        .map(|(f, t)| match t {
            Some((mut t, end_tok)) => {
                if t.imposer.is_none() {
                    t.imposer = imposer.clone();
                }
                if t.target.is_none() {
                    t.target = target.clone();
                }
                let (start, end) = (doc.tokens[f.first].start, doc.tokens[end_tok - 1].end);
                Span::new(start, end, Label::Tariff, Attrs::Tariff(t))
            }
            None => plain_span(doc, f),
        })
        .collect()
}

fn rate_of(f: &Figure, base: Tariff) -> Tariff {
    let unit = match f.unit {
        Unit::Percent => "%".to_string(),
        Unit::Money { code, .. } => code.to_string(),
    };
    match f.low {
        Some(low) => Tariff { low: Some(low), high: Some(f.value), unit: Some(unit), ..base },
        None => Tariff { rate: Some(f.value), unit: Some(unit), ..base },
    }
}

/// The per-unit phrase after a sum (`per tonne`, `a kg`, `per 100 kg`, `/kg`): its text and the
/// token after it.
fn per_unit(doc: &Doc, k: usize) -> Option<(String, usize)> {
    let joiner = tok(doc, k);
    if !(joiner.eq_ignore_ascii_case("per") || joiner == "a" || joiner == "an" || joiner == "/") {
        return None;
    }
    let mut j = k + 1;
    let first = j;
    if doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number) {
        j += 1;
    }
    const UNITS: &[&str] = &[
        "tonne", "tonnes", "ton", "tons", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "unit", "units",
        "piece", "pieces", "pair", "pairs", "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels",
        "head", "vehicle", "vehicles", "car", "cars", "bushel", "bushels", "pound", "pounds", "lb", "lbs", "metre",
        "metres", "meter", "meters", "dozen", "container", "containers", "bag", "bags", "bottle", "bottles", "item",
        "items", "box", "boxes", "ounce", "ounces", "oz", "parcel", "parcels", "package", "packages", "shipment",
        "shipments", "mwh", "kwh", "sq", "square", "cubic", "quintal", "quintals", "carton", "cartons", "truck", "trucks",
        "phone", "phones", "device", "devices", "film", "films", "movie", "movies", "chip", "chips",
    ];
    if !is_word(doc, j, UNITS) {
        return None;
    }
    if is_word(doc, j, &["sq", "square", "cubic"]) && doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word) {
        j += 1;
    }
    let text = doc.text.get(doc.tokens[first].start..doc.tokens[j].end)?.to_string();
    Some((text, j + 1))
}

fn trigger_at<'a>(s: &'a Sentence, i: usize) -> Option<&'a Trigger> {
    s.triggers.iter().find(|t| t.measure_first == i)
}

fn filler(doc: &Doc, i: usize) -> bool {
    is_word(doc, i, FILLERS)
}

fn entity_at<'a>(s: &'a Sentence<'a>, i: usize) -> Option<&'a (Range<usize>, &'a Span)> {
    s.entities.iter().find(|(r, _)| r.contains(&i))
}

fn measure_text(doc: &Doc, t: &Trigger) -> String {
    doc.text[doc.tokens[t.measure_first].start..doc.tokens[t.end - 1].end].to_string()
}

/// How a figure is tied to its tariff word.
enum Tie {
    /// The word follows: `25% tariffs`; with the change noun if any (`25% increase in duties`).
    After(Trigger, Option<Change>),
    /// The word comes first: `tariffs ... to 50%`.
    Before(Trigger),
}

fn tie_of(doc: &Doc, s: &Sentence, f: &Figure, end: usize) -> Option<Tie> {
    // The word after the figure, past fillers and entity names (`a 25% US tariff`).
    let mut j = end;
    let mut steps = 0;
    while j < s.range.end && steps < 5 {
        if let Some(t) = trigger_at(s, j) {
            return Some(Tie::After(*t, None));
        }
        if let Some(&(_, c)) = CHANGE_NOUNS.iter().find(|(w, _)| is_word(doc, j, &[w])) {
            // `a 25 per cent increase in duties`, `a 10% hike on tariffs`.
            let mut k = j + 1;
            if is_word(doc, k, &["in", "on", "of"]) {
                k += 1;
                while is_word(doc, k, &["the", "its", "their", "existing"]) {
                    k += 1;
                }
                if let Some(t) = trigger_at(s, k) {
                    return Some(Tie::After(*t, Some(c)));
                }
            }
            break;
        }
        if let Some((r, _)) = entity_at(s, j) {
            j = r.end;
        } else if filler(doc, j) || tok(doc, j) == "'s" {
            j += 1;
        } else {
            break;
        }
        steps += 1;
    }
    // A word after the figure that makes it another quantity.
    if is_word(doc, end, AFTER_FIGURE) && !(is_word(doc, end, &["per", "a"]) && matches!(f.unit, Unit::Money { .. })) {
        return None;
    }
    // The nearest tariff word before the figure, with nothing between that names another
    // quantity or starts another clause.
    let t = s.triggers.iter().rev().find(|t| t.end <= f.first)?;
    if f.first - t.end > 12 {
        return None;
    }
    for k in t.end..f.first {
        let w = tok(doc, k);
        if w == ";" || is_word(doc, k, OTHER_QUANTITIES) {
            return None;
        }
        // `up 3%` is a market move; `up to 25%` is a tariff.
        if is_word(doc, k, &["up", "down"]) && !is_word(doc, k + 1, &["to"]) {
            return None;
        }
    }
    Some(Tie::Before(*t))
}

fn tariff_of(doc: &Doc, s: &Sentence, group: &[Figure], f: &Figure) -> Option<(Tariff, usize)> {
    let per = match f.unit {
        Unit::Money { .. } => per_unit(doc, f.end),
        Unit::Percent => None,
    };
    let end = per.as_ref().map_or(f.end, |p| p.1);
    let tie = tie_of(doc, s, f, end)?;
    if let Unit::Money { .. } = f.unit {
        // A sum is a tariff only as a rate.
        if f.scaled || is_word(doc, end, &["of", "worth", "in"]) {
            return None;
        }
        let beside = match &tie {
            Tie::After(t, _) => t.measure_first <= end + 2,
            Tie::Before(t) => f.first <= t.end + 2,
        };
        if per.is_none() && !beside {
            return None;
        }
    }
    let (trigger, noun_change) = match &tie {
        Tie::After(t, c) => (*t, *c),
        Tie::Before(t) => (*t, None),
    };
    let mut t = rate_of(f, Tariff::default());
    t.measure = Some(measure_text(doc, &trigger));
    t.per = per.map(|p| p.0);
    let verb = governing_verb(doc, s, group, f, &trigger);
    t.change = noun_change.or(verb.and_then(|v| v.2));
    t.imposer = imposer(doc, s, f, &trigger, verb);
    t.target = target(doc, s, f, end, &trigger);
    Some((t, end))
}

/// The levying verb of the figure: the nearest before it in its clause (not past another
/// figure), with a threat or a pause before it winning (`threatened to impose`); else a
/// passive after it (`a 25% tariff was imposed`).
fn governing_verb(doc: &Doc, s: &Sentence, group: &[Figure], f: &Figure, trigger: &Trigger) -> Option<(usize, usize, Option<Change>)> {
    let barrier = group
        .iter()
        .filter(|g| g.end <= f.first && !is_pair(doc, g, f))
        .map(|g| g.end)
        .max()
        .unwrap_or(s.range.start);
    let mut clause_start = barrier.max(f.first.saturating_sub(15));
    for k in (clause_start..f.first).rev() {
        if tok(doc, k) == ";" || is_word(doc, k, &["including", "includes", "while", "which", "but", "whereas"]) {
            clause_start = k + 1;
            break;
        }
    }
    let before: Vec<_> = s.verbs.iter().filter(|v| v.0 >= clause_start && v.1 <= f.first).collect();
    if let Some(&&nearest) = before.last() {
        let chain = before.iter().rev().find(|v| {
            matches!(v.2, Some(Change::Threaten | Change::Pause)) && nearest.0.saturating_sub(v.1) <= 3
        });
        return Some(chain.map_or(nearest, |v| **v));
    }
    // Passive: `was imposed`, `will be raised`, after the figure or its tariff word.
    let from = f.end.max(trigger.end);
    s.verbs
        .iter()
        .find(|v| v.0 >= from && v.0 <= from + 4 && v.0 > 0 && is_word(doc, v.0 - 1, &["was", "were", "is", "are", "be", "been", "being"]))
        .copied()
}

fn is_pair(doc: &Doc, old: &Figure, new: &Figure) -> bool {
    new.first == old.end + 1 && is_word(doc, old.end, &["to"])
}

fn is_actor(span: &Span) -> bool {
    matches!(span.label, Label::Person | Label::Org | Label::Gpe)
}

/// Who levies the tariff: `by X` after it; the subject of its verb (the nearest name before the
/// verb); a name right before the measure (`US tariffs`, `India's 10% duty`).
fn imposer(doc: &Doc, s: &Sentence, f: &Figure, trigger: &Trigger, verb: Option<(usize, usize, Option<Change>)>) -> Option<String> {
    let name = |e: &Span| e.text(doc.text).to_string();
    // `imposed by Washington`.
    let after = f.end.max(trigger.end);
    for k in after..(after + 5).min(s.range.end) {
        if is_word(doc, k, &["by"]) {
            let mut j = k + 1;
            while is_word(doc, j, &["the"]) {
                j += 1;
            }
            if let Some((_, e)) = s.entities.iter().find(|(r, e)| r.start == j && is_actor(e)) {
                return Some(name(e));
            }
            break;
        }
    }
    if let Some((vf, _, _)) = verb {
        let lo = vf.saturating_sub(12).max(s.range.start);
        if let Some((r, e)) = s.entities.iter().rev().find(|(r, e)| r.end <= vf && r.start >= lo && is_actor(e)) {
            // Not the object of a preposition (`talks with India, ... raised`).
            let governed = r.start > 0 && is_word(doc, r.start - 1, &["on", "against", "with", "to", "from", "for", "of", "in"]);
            if !governed {
                return Some(name(e));
            }
        }
    }
    // `US tariffs`, `India's 10% duty`, `the EU's new 25% levy`, `Chinese tariffs`.
    for anchor in [trigger.measure_first, f.first] {
        let mut j = anchor;
        while j > s.range.start && (filler(doc, j - 1) || is_word(doc, j - 1, &["a", "an"])) {
            j -= 1;
        }
        if j > s.range.start && tok(doc, j - 1) == "'s" {
            j -= 1;
        }
        if let Some((_, e)) = s.entities.iter().find(|(r, e)| r.end == j && (is_actor(e) || e.label == Label::Norp)) {
            return Some(name(e));
        }
    }
    None
}

/// On whom or what: the noun phrase after `on` or `against`, next to the tariff word or the
/// figure (`tariffs on Indian goods`, `25% on steel imports`).
fn target(doc: &Doc, s: &Sentence, f: &Figure, end: usize, trigger: &Trigger) -> Option<String> {
    for anchor in [trigger.end, end] {
        for o in [anchor, anchor + 1] {
            if o >= s.range.end {
                break;
            }
            if is_word(doc, o, &["on", "against"]) {
                if let Some(np) = noun_phrase(doc, s, o + 1) {
                    return Some(np);
                }
            }
            // Only a participle may stand between: `tariffs imposed on India`.
            if o == anchor && !doc.tokens.get(o).is_some_and(|t| t.kind == TokenKind::Word && tok(doc, o).ends_with("ed")) {
                break;
            }
        }
    }
    let _ = f;
    None
}

const DETERMINERS: &[&str] = &["the", "a", "an", "all", "its", "their", "his", "her", "some", "most", "many", "certain", "any", "those", "these", "our", "other"];

/// Words that end a target phrase.
const PHRASE_ENDS: &[&str] = &[
    "to", "at", "by", "for", "in", "with", "until", "starting", "effective", "including", "which", "that", "who", "as",
    "after", "before", "since", "over", "under", "because", "due", "while", "and", "or", "from", "of", "if", "unless",
    "when", "into", "worth", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "has", "have",
    "had", "be", "been", "took", "take", "takes", "said", "says", "say", "this", "next", "last", "on", "beginning",
    "amid", "despite", "than", "but", "plus", "up", "down", "through", "rather", "among",
];

/// Not targets: `on hold`, `on Monday`, `on average`.
const NOT_TARGETS: &[&str] = &[
    "hold", "top", "average", "time", "track", "paper", "schedule", "record", "board", "balance", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "condition", "behalf", "course", "purpose", "day", "friday's", "tuesday's",
];

fn noun_phrase(doc: &Doc, s: &Sentence, start: usize) -> Option<String> {
    let mut j = start;
    while j < s.range.end && is_word(doc, j, DETERMINERS) {
        j += 1;
    }
    let first = j;
    if is_word(doc, first, NOT_TARGETS) {
        return None;
    }
    let mut last = None;
    let mut words = 0;
    while j < s.range.end && words < 6 {
        if let Some((r, _)) = s.entities.iter().find(|(r, _)| r.start == j) {
            last = Some(r.end - 1);
            j = r.end;
            words += 1;
            continue;
        }
        let t = &doc.tokens[j];
        let w = tok(doc, j);
        let joined = w == "-" && j > first && super::numbers::touch(doc, j - 1, j) && super::numbers::touch(doc, j, j + 1);
        if joined || (w == "'s" && last.is_some()) {
            j += 1;
            continue;
        }
        // `Canada and Mexico`, `goods from China`.
        if is_word(doc, j, &["and", "from"]) && last.is_some() && s.entities.iter().any(|(r, _)| r.start == j + 1) {
            j += 1;
            continue;
        }
        if t.kind != TokenKind::Word || is_word(doc, j, PHRASE_ENDS) {
            break;
        }
        if s.verbs.iter().any(|v| v.0 == j) {
            break;
        }
        last = Some(j);
        j += 1;
        words += 1;
    }
    let last = last?;
    if last < first {
        return None;
    }
    doc.text.get(doc.tokens[first].start..doc.tokens[last].end).map(str::to_string)
}
