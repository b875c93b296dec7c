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
    ("surtax", false),
    ("surtaxes", false),
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

/// Words that name a tariff only in a sentence that names one plainly too: `a 50 per cent
/// tariff, including a 25 per cent penalty`, but not `a 5% penalty on late payments`.
/// `rate` too, where something owns or sizes it (`Canada's rate raised to 35%`, `a 15% rate`,
/// `the reciprocal rate`), and no statistic names it (`interest rate`); plural `rates` are
/// mostly interest rates and never count.
const WEAK_TRIGGERS: &[&str] = &["penalty", "penalties", "rate"];

/// Words before `rate` that make it some other rate.
const OTHER_RATES: &[&str] = &[
    "exchange", "jobless", "mortgage", "policy", "repo", "savings", "participation", "tax", "bank", "discount", "birth",
    "death", "crime", "poverty", "vacancy", "occupancy", "success", "response", "conversion", "literacy", "hit", "win",
    "growth", "interest", "inflation", "unemployment", "approval", "turnout", "lending", "deposit", "fed", "funds",
    "benchmark", "key", "base", "prime", "overnight", "cash", "reverse", "bond", "yield", "fertility", "mortality",
];

/// Words that belong to the measure when they stand right before the tariff word
/// (`additional duties`, `reciprocal tariff`, `anti-dumping duty`).
const MODIFIERS: &[&str] = &[
    "additional", "extra", "punitive", "retaliatory", "reciprocal", "secondary", "baseline", "blanket", "universal",
    "sectoral", "import", "export", "customs", "penalty", "countervailing", "safeguard", "anti-dumping", "antidumping",
    "ad", "valorem", "basic", "dumping", "applied", "bound", "MFN", "specific", "protective", "emergency", "tit-for-tat", "counter", "provisional", "preliminary", "temporary", "interim", "definitive",
];

/// Words that may stand between a figure and its tariff word without being in the measure.
const FILLERS: &[&str] = &["all", "in", "new", "higher", "lower", "flat", "steep", "hefty", "minimum", "maximum", "global", "-", "across", "the", "board", "overall", "average", "total", "combined", "effective", "current", "existing", "proposed", "planned"];

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
    ("removed", Some(Change::Cut)),
    ("scrapped", Some(Change::Cut)),
    ("eliminated", Some(Change::Cut)),
    ("waived", Some(Change::Cut)),
    ("lifted", Some(Change::Cut)),
    ("rolled back", Some(Change::Cut)),
    ("withdrew", Some(Change::Cut)),
    ("eased", Some(Change::Cut)),
    ("drop", Some(Change::Cut)),
    ("drops", Some(Change::Cut)),
    ("dropping", Some(Change::Cut)),
    ("remove", Some(Change::Cut)),
    ("removes", Some(Change::Cut)),
    ("removing", Some(Change::Cut)),
    ("scrap", Some(Change::Cut)),
    ("scraps", Some(Change::Cut)),
    ("scrapping", Some(Change::Cut)),
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
    ("charge", None),
    ("charging", None),
    ("charged", None),
    ("placed", None),
    ("put", None),
    ("proposed", None),
    ("kept", None),
    ("levies", None),
    ("levy", Some(Change::Impose)),
    ("hit", Some(Change::Impose)),
    ("wants", None),
    ("wanted", None),
    ("plans", None),
    ("planned", None),
    ("seeks", None),
    ("sought", None),
    ("proposes", None),
    ("demanded", None),
    ("signed", None),
    ("approved", None),
    ("adopted", None),
    ("decided", None),
    ("retaliated", None),
    ("added", None),
    ("adds", None),
    ("retaliate", None),
    ("respond", None),
    ("pushed", None),
    ("pushes", None),
    ("extend", None),
    ("extends", None),
    ("extended", None),
    ("extending", None),
    ("retained", None),
    ("retains", None),
    ("exempt", None),
    ("exempts", None),
    ("weighing", None),
    ("weighs", None),
    ("considering", None),
    ("considers", None),
    ("mulling", None),
    ("mulls", None),
    ("responds", None),
    ("responded", None),
    ("responding", None),
    ("hits", Some(Change::Impose)),
    ("retaliates", None),
    ("has", None),
    ("have", None),
    ("maintains", None),
    ("keeps", None),
    ("maintained", None),
];

pub fn lexicon_entries() -> Vec<Entry> {
    let triggers = TRIGGERS.iter().map(|(p, _)| p).chain(WEAK_TRIGGERS).enumerate().map(|(i, p)| (p, KIND_TRIGGER | i as u32));
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
        let range = clause_window(doc, figures[k].first);
        let mut e = k + 1;
        while e < figures.len() && figures[e].first < range.end {
            e += 1;
        }
        let group = &figures[k..e];
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

/// Longest stretch read as one sentence: a table or a list with no full stop is cut into windows,
/// so that the work per figure stays bounded (the attributes come from a few tokens around).
const MAX_SENTENCE_TOKENS: usize = 300;

/// The sentence that holds token `i`, or the window of it when the sentence is very long.
fn clause_window(doc: &Doc, i: usize) -> Range<usize> {
    let sentence = doc.sentences.get(doc.sentence_of(i)).cloned().unwrap_or(0..doc.tokens.len());
    if sentence.len() <= MAX_SENTENCE_TOKENS {
        return sentence;
    }
    let start = sentence.start + (i - sentence.start) / MAX_SENTENCE_TOKENS * MAX_SENTENCE_TOKENS;
    start..(start + MAX_SENTENCE_TOKENS).min(sentence.end)
}

fn sentence_facts<'a>(doc: &Doc, hits: &[Hit], entities: &'a [Span], range: Range<usize>) -> Sentence<'a> {
    let lo = hits.partition_point(|h| h.first < range.start);
    let mut triggers: Vec<Trigger> = Vec::new();
    let mut weak = Vec::new();
    let mut verbs = Vec::new();
    for h in hits[lo..].iter().take_while(|h| h.first < range.end) {
        if h.end > range.end {
            continue;
        }
        let index = (h.payload & !KIND_MASK) as usize;
        match h.payload & KIND_MASK {
            KIND_TRIGGER => {
                // `duty-free`, `tariff-free`, `off-duty`: no rate there.
                let free = tok(doc, h.end) == "-" && is_word(doc, h.end + 1, &["free", "exempt"]);
                let off = h.first >= 2 && tok(doc, h.first - 1) == "-" && is_word(doc, h.first - 2, &["off"]);
                if free || off {
                    continue;
                }
                // Longest first: skip a shorter hit inside the last one (`import tax` / `tax`).
                if triggers.last().is_some_and(|t| t.end >= h.end && h.first >= t.measure_first) {
                    continue;
                }
                // A modifier right before another tariff word is part of that one's measure.
                let standalone_modifier = TRIGGERS.get(index).is_some_and(|t| t.1);
                // (`"reciprocal" tariff`: past a closing quote too.)
                let next = h.end + usize::from(is_quote(doc, h.end));
                if standalone_modifier && next_is_trigger_or_modifier(doc, hits, next) {
                    continue;
                }
                let mut first = h.first;
                loop {
                    if first > range.start && is_modifier(doc, first - 1) {
                        first -= 1;
                    } else if first > range.start + 1 && is_quote(doc, first - 1) && is_modifier(doc, first - 2) {
                        // The opening quote stays out of the measure.
                        first -= 2;
                    } else {
                        break;
                    }
                }
                if index >= TRIGGERS.len() {
                    if is_word(doc, h.first, &["rate"]) && !tariff_rate(doc, &triggers, h.first, first, range.start) {
                        continue;
                    }
                    // With a plain modifier (`reciprocal rate`) the word is plain.
                    if first == h.first {
                        weak.push(triggers.len());
                    }
                }
                // `anti-dumping deposits`: the noun the modifier stands for.
                let end = if standalone_modifier && is_word(doc, h.end, &["deposit", "deposits"]) { h.end + 1 } else { h.end };
                triggers.push(Trigger { measure_first: first, end });
            }
            KIND_VERB => {
                // `will levy` (a verb) but `the levy` (the tariff word); `hit Brazil with`.
                let word = VERBS.get(index).map_or("", |v| v.0);
                if word == "levy" && !(h.first > 0 && is_word(doc, h.first - 1, &["will", "would", "to", "could", "may", "might", "can", "shall", "not"])) {
                    continue;
                }
                // `India levies a duty` (a verb) but `raised levies`, `its levies`, `Levies on`
                // (the tariff word).
                if word == "levies" {
                    let p = h.first;
                    let noun = p == range.start
                        || verbs.last().is_some_and(|&(_, e, _): &(usize, usize, Option<Change>)| e == p)
                        || in_list(doc, p - 1, DETERMINERS)
                        || is_modifier(doc, p - 1)
                        || filler(doc, p - 1)
                        || is_word(doc, p - 1, &["on", "of", "in", "with", "and", "to", "such", "new", "these", "its"]);
                    if noun {
                        continue;
                    }
                }
                // `lower tariffs` (a verb) but `lower than`; `has a 2.5% tariff` but `has secured`.
                if word == "lower" && !(h.first > 0 && is_word(doc, h.first - 1, &["to", "will", "would", "could", "may", "might", "can", "shall", "not", "and"])) {
                    continue;
                }
                if matches!(word, "has" | "have") && (tok(doc, h.end).ends_with("ed") || is_word(doc, h.end, &["been", "got", "gotten", "won", "struck", "set", "put", "made", "taken", "seen", "not", "also", "already", "now", "long", "to", "no", "little", "begun", "grown", "risen", "fallen"])) {
                    continue;
                }
                // `Trump has said tariffs of 25%` but `Traders have said the reserve could ...`.
                if matches!(word, "has" | "have") && is_word(doc, h.end, &["said", "told"]) {
                    let tariff_next = (h.end + 1..(h.end + 4).min(range.end)).any(|k| super::hits_at(hits, k).iter().any(|x| x.payload & KIND_MASK == KIND_TRIGGER));
                    if !tariff_next {
                        continue;
                    }
                }
                if matches!(word, "hit" | "hits") && !(h.end..(h.end + 4).min(range.end)).any(|k| is_word(doc, k, &["with"])) {
                    continue;
                }
                if verbs.last().is_some_and(|&(f, e, _): &(usize, usize, Option<Change>)| f == h.first || e > h.first) {
                    continue;
                }
                verbs.push((h.first, h.end, VERBS.get(index).and_then(|v| v.1)));
            }
            _ => {}
        }
    }
    // Weak tariff words count only beside a plain one.
    if weak.len() == triggers.len() {
        triggers.clear();
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

/// Whether `rate` at token `k` (its measure from `first`) is a tariff rate: owned (`Canada's
/// rate`, `India rate`), sized (`a 15% rate`) or modified (`reciprocal rate`), not a statistic
/// (`interest rate`) and not the tail of a tariff word (`tariff rate`, part of that measure).
fn tariff_rate(doc: &Doc, triggers: &[Trigger], k: usize, first: usize, sentence_start: usize) -> bool {
    if triggers.last().is_some_and(|t| t.end == k) || k == sentence_start {
        return false;
    }
    let prev = k - 1;
    if in_list(doc, prev, OTHER_RATES) || in_list(doc, prev, OTHER_QUANTITIES) {
        return false;
    }
    first < k || tok(doc, prev) == "'s" || tok(doc, prev) == "%" || is_word(doc, prev, &["cent", "percent", "pc", "pct"])
}

/// Whether token `k` is a word of one of the long word lists above, in any case: one hash
/// lookup instead of a comparison per word of the list.
fn in_list(doc: &Doc, k: usize, list: &'static [&'static str]) -> bool {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    const LISTS: [&[&str]; 12] = [
        OTHER_QUANTITIES, PHRASE_ENDS, NOT_TARGETS, DETERMINERS, AFTER_FIGURE, CLAUSE_WORDS, FILLERS, MODIFIERS, MOVES,
        NOT_NAMES, OTHER_CHARGES, OTHER_RATES,
    ];
    static WORDS: OnceLock<HashMap<String, u16>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut map: HashMap<String, u16> = HashMap::new();
        for (bit, l) in LISTS.iter().enumerate() {
            for w in l.iter() {
                *map.entry(w.to_ascii_lowercase()).or_default() |= 1 << bit;
            }
        }
        map
    });
    let Some(bit) = LISTS.iter().position(|l| std::ptr::eq(*l, list)) else { return is_word(doc, k, list) };
    let Some(lower) = doc.tokens.get(k).and_then(|t| super::numbers::ascii_lower::<16>(t.text(doc.text))) else { return false };
    words.get(lower.as_str()).is_some_and(|b| b & (1 << bit) != 0)
}

fn is_modifier(doc: &Doc, i: usize) -> bool {
    in_list(doc, i, MODIFIERS) || (tok(doc, i) == "-" && i > 0 && is_word(doc, i - 1, &["anti", "tit", "for", "counter"]))
        || (is_word(doc, i, &["anti", "tit", "for", "counter"]) && tok(doc, i + 1) == "-")
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
    "share",
    "stake", "population", "respondents", "turnout", "chance", "probability", "odds", "majority", "lead", "wages",
    "demand", "spending", "deficit", "surplus", "trade-weighted", "valuation", "volume", "price",
    "collections", "collection", "receipts",
];

/// Charges that are not tariffs, as the head noun after a figure (`a 17% value-added tax`).
const OTHER_CHARGES: &[&str] = &[
    "tax", "taxes", "vat", "gst", "fee", "fees", "commission", "royalty", "royalties", "dividend", "premium", "markup",
    "wage", "wages", "salary", "pension", "discount", "tip", "cess",
];

/// Verbs of a market or statistic moving.
const MOVES: &[&str] = &[
    "rose", "fell", "lost", "gained", "jumped", "dropped", "climbed", "slid", "slipped", "plunged", "tumbled", "surged",
    "soared", "sank", "declined", "grew", "shrank", "added", "shed", "rallied", "slumped", "advanced", "retreated",
    "rises", "falls", "loses", "gains", "jumps", "drops", "climbs", "slides", "grows", "expanded", "contracted",
];

/// Verbs of what tariffs do to something else: `tariffs could shave 0.4 points` (off growth).
const EFFECTS: &[&str] = &["shave", "shaves", "shaved", "shaving", "knock", "knocks", "knocked", "lop", "lopped", "wipe", "wiped", "dent", "dented", "drag", "dragged", "subtract", "subtracted", "shrink", "erode", "eroded", "trim"];

/// Words that start another clause between a tariff word and a figure.
const CLAUSE_WORDS: &[&str] = &["although", "though", "because", "when"];

/// Words right after a figure that make it some other quantity: `25% of imports`, `a 2% rise`.
const AFTER_FIGURE: &[&str] = &[
    "of", "growth", "inflation", "stake", "share", "rise", "drop", "fall", "decline", "gain", "jump", "increase",
    "hike", "cut", "discount", "interest", "majority", "margin", "lead", "chance", "probability", "return", "yield",
    "owned", "ownership", "turnout", "unemployment", "more", "less", "higher", "lower", "up", "down", "year-on-year",
    "costlier", "cheaper", "dearer", "expensive", "likely", "probability", "chance",
    "annually", "annual", "a", "per",
];

fn sentence_spans(doc: &Doc, s: &Sentence, group: &[Figure]) -> Vec<Span> {
    let mut tariffs: Vec<Option<(Tariff, usize)>> = group.iter().map(|f| tariff_of(doc, s, group, f)).collect();
    for k in 0..group.len().saturating_sub(1) {
        let (a, b) = (&group[k], &group[k + 1]);
        if b.first == 0 || !is_word(doc, b.first - 1, &["from"]) && !is_pair(doc, a, b) {
            continue;
        }
        if is_pair(doc, a, b) && a.first > 0 && is_word(doc, a.first - 1, &["from"]) {
            // `from 10 to 25%`: if one of the pair is a tariff, both are; the new rate carries
            // `from`, unless the pair spans rates (`ranging from 10% to 50%`).
            let ranging = a.first >= 2 && is_word(doc, a.first - 2, &["ranging", "range", "ranges", "ranged", "varying", "vary", "varies"]);
            link_old_rate(&mut tariffs, group, k + 1, k, None, !ranging);
        } else if is_word(doc, b.first - 1, &["from"]) && b.first <= a.end + 8 {
            // `a 15% tariff ..., down from 27.5%`, `to 15% from 25%`: the old rate follows.
            let direction = match tok(doc, b.first.saturating_sub(2)).to_ascii_lowercase().as_str() {
                "down" => Some(Change::Cut),
                "up" => Some(Change::Raise),
                _ if b.first == a.end + 1 => None,
                _ => continue,
            };
            if tariffs[k].is_some() {
                link_old_rate(&mut tariffs, group, k, k + 1, direction, true);
            }
        }
    }
    // Share the clause's imposer and target with tariff figures that name none.
    let mut clause = Vec::with_capacity(group.len());
    let (mut k, mut n) = (s.range.start, 0usize);
    for f in group {
        while k < f.first {
            n += usize::from(clause_break(doc, s, k));
            k += 1;
        }
        clause.push(n);
    }
    let shared = |c: usize, get: fn(&Tariff) -> Option<String>| tariffs.iter().zip(&clause).filter(|(_, &d)| d == c).find_map(|(t, _)| t.as_ref().and_then(|(t, _)| get(t)));
    let imposers: Vec<Option<String>> = clause.iter().map(|&c| shared(c, |t| t.imposer.clone())).collect();
    // The target only from a figure of the same imposer (`the U.S. imposed 25% on steel, and
    // Canada responded with a 25% surtax`: not on steel).
    let targets: Vec<Option<String>> = clause
        .iter()
        .zip(&tariffs)
        .map(|(&c, own)| {
            let own_imposer = own.as_ref().and_then(|(t, _)| t.imposer.as_deref());
            tariffs.iter().zip(&clause).filter(|(_, &d)| d == c).find_map(|(t, _)| {
                let (t, _) = t.as_ref()?;
                let same = match (own_imposer, t.imposer.as_deref()) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                t.target.clone().filter(|_| same)
            })
        })
        .collect();
    group
        .iter()
        .zip(tariffs)
        .enumerate()
        .map(|(i, (f, t))| match t {
            Some((mut t, end_tok)) => {
                if t.imposer.is_none() {
                    t.imposer = imposers[i].clone();
                }
                if t.target.is_none() {
                    t.target = targets[i].clone();
                }
                let (start, end) = (doc.tokens[f.first].start, doc.tokens[end_tok - 1].end);
                Span::new(start, end, Label::Tariff, Attrs::Tariff(Box::new(t)))
            }
            None => plain_span(doc, f),
        })
        .collect()
}

/// Makes the old rate (`group[old]`) and the new (`group[new]`) both tariffs when either is one,
/// and, with `link`, gives the new its `from` and, where no verb said it, a `change`: the
/// `direction` given (`down from`), else up or down as the numbers go.
fn link_old_rate(tariffs: &mut [Option<(Tariff, usize)>], group: &[Figure], new: usize, old: usize, direction: Option<Change>, link: bool) {
    let Some((template, _)) = tariffs[new].clone().or_else(|| tariffs[old].clone()) else { return };
    // Already linked (`from 10 to 25%`, then `... from` again).
    if [new, old].iter().any(|&i| tariffs[i].as_ref().is_some_and(|t| t.0.from.is_some())) {
        return;
    }
    let base = Tariff { rate: None, low: None, high: None, change: None, from: None, per: None, ..template };
    for i in [new, old] {
        match tariffs[i].as_mut() {
            None => tariffs[i] = Some((rate_of(&group[i], base.clone()), group[i].end)),
            // The pair is one tariff at two moments: who levies it, on what, and under which
            // name, are the same for both (`raised duties on steel to 25% from 10%`).
            Some((t, _)) => {
                t.imposer = t.imposer.take().or_else(|| base.imposer.clone());
                t.target = t.target.take().or_else(|| base.target.clone());
                t.measure = t.measure.take().or_else(|| base.measure.clone());
            }
        }
    }
    if !link {
        return;
    }
    let (old_f, new_f) = (&group[old], &group[new]);
    if let Some((t, _)) = tariffs[new].as_mut() {
        t.from = Some(old_f.low.unwrap_or(old_f.value));
        if t.change.is_none() {
            let by_numbers = match new_f.value.partial_cmp(&old_f.value) {
                Some(std::cmp::Ordering::Greater) => Some(Change::Raise),
                Some(std::cmp::Ordering::Less) => Some(Change::Cut),
                _ => None,
            };
            t.change = direction.or(by_numbers);
        }
    }
    // The old rate is what was, not what changed.
    if let Some((t, _)) = tariffs[old].as_mut() {
        t.change = None;
    }
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
    in_list(doc, i, FILLERS)
}

fn entity_at<'a>(s: &'a Sentence<'a>, i: usize) -> Option<&'a (Range<usize>, &'a Span)> {
    s.entities.iter().find(|(r, _)| r.contains(&i))
}

fn measure_text(doc: &Doc, t: &Trigger) -> String {
    if (t.measure_first..t.end).any(|k| is_quote(doc, k)) {
        return (t.measure_first..t.end).filter(|&k| !is_quote(doc, k)).map(|k| tok(doc, k)).collect::<Vec<_>>().join(" ");
    }
    doc.text[doc.tokens[t.measure_first].start..doc.tokens[t.end - 1].end].to_string()
}

fn is_quote(doc: &Doc, k: usize) -> bool {
    matches!(tok(doc, k), "\"" | "\u{201c}" | "\u{201d}")
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
        } else if filler(doc, j) || tok(doc, j) == "'s" || is_quote(doc, j) {
            j += 1;
        } else {
            break;
        }
        steps += 1;
    }
    // A word after the figure that makes it another quantity.
    if in_list(doc, end, AFTER_FIGURE) && !(is_word(doc, end, &["per", "a"]) && matches!(f.unit, Unit::Money { .. })) {
        return None;
    }
    // The nearest tariff word before the figure, with nothing between that names another
    // quantity or starts another clause.
    let t = s.triggers.iter().rev().find(|t| t.end <= f.first)?;
    if f.first - t.end > 12 {
        return None;
    }
    let mut after_comma = false;
    for k in t.end..f.first {
        let w = tok(doc, k);
        if w == ";" || in_list(doc, k, OTHER_QUANTITIES) || in_list(doc, k, CLAUSE_WORDS) || is_word(doc, k, EFFECTS) {
            return None;
        }
        // `After the tariffs, Apple lost 5%`: a market move in the next clause. (`Tariffs on
        // steel rose to 25%` stays a tariff: no comma between.)
        after_comma |= w == ",";
        if after_comma && in_list(doc, k, MOVES) {
            return None;
        }
        // `up 3%` is a market move; `up to 25%` is a tariff.
        if is_word(doc, k, &["up", "down"]) && !is_word(doc, k + 1, &["to"]) {
            return None;
        }
    }
    // `shave 0.6 percentage points off growth`: the quantity named just after; `17 percent
    // value-added tax`: the figure sizes some other charge.
    for k in end..(end + 4).min(s.range.end) {
        if doc.tokens[k].kind == TokenKind::Punct && tok(doc, k) != "-" {
            break;
        }
        if in_list(doc, k, OTHER_QUANTITIES) || in_list(doc, k, OTHER_CHARGES) {
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
    let crosses = trigger.end <= f.first && (trigger.end..f.first).any(|k| clause_break(doc, s, k));
    t.target = target(doc, s, group, end, &trigger, crosses)
        .or_else(|| verb.filter(|v| passive_with(doc, v.0, v.1)).and_then(|v| passive_subject(doc, s, v.0)))
        .or_else(|| verb.and_then(|v| object_with(doc, s, v.1)));
    Some((t, end))
}

/// The levying verb of the figure: the nearest before it in its clause (not past another
/// figure), with a threat or a pause before it winning (`threatened to impose`); else a
/// passive after it (`a 25% tariff was imposed`).
fn governing_verb(doc: &Doc, s: &Sentence, group: &[Figure], f: &Figure, trigger: &Trigger) -> Option<(usize, usize, Option<Change>)> {
    // The nearest figure before that is neither the old rate of this one nor joined to it by
    // `and` (looking back only within the verb's reach, so the work stays small).
    // A chain of such figures (`17.4% on BYD, 19.9% on Geely and 37.6% on SAIC`) shares one
    // verb, within reach of the chain's first figure.
    let mut head = f;
    let mut barrier = s.range.start;
    for g in group.iter().rev().filter(|g| g.end <= f.first) {
        if g.end < head.first.saturating_sub(15) {
            break;
        }
        let joined = g.end + 1 == head.first && is_word(doc, g.end, &["to"]);
        if joined || coordinated(doc, s, g, head) {
            head = g;
            continue;
        }
        barrier = g.end;
        break;
    }
    let mut clause_start = barrier.max(head.first.saturating_sub(15));
    for k in (clause_start..f.first).rev() {
        // `including` starts a part of a figure before it (`50%, including a 25% penalty`), not
        // of a list (`proposed countermeasures including tariffs of 25%`).
        let part = is_word(doc, k, &["including", "includes"]) && group.iter().any(|g| g.end <= k);
        if tok(doc, k) == ";" || part || is_word(doc, k, &["while", "which", "but", "whereas"]) {
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
    // A figure after the verb is its new rate, not this one (`a 10% duty was doubled to 20%`).
    s.verbs
        .iter()
        .find(|v| {
            let passive = v.0 > 0 && is_word(doc, v.0 - 1, &["was", "were", "is", "are", "be", "been", "being"]);
            // `the 25 per cent tariff imposed by the US`: a participle right after.
            let participle = v.0 == from && tok(doc, v.0).ends_with("ed");
            v.0 >= from && v.0 <= from + 8 && (passive || participle)
        })
        .filter(|v| !(from..v.0).any(|k| matches!(tok(doc, k), "," | ";" | ":")))
        .filter(|v| !group.iter().any(|g| g.first >= v.1 && g.first <= v.1 + 3))
        .copied()
}

/// `Brazil was hit with a 50% tariff`, `India was slapped with`: the subject is the target.
fn passive_with(doc: &Doc, vf: usize, ve: usize) -> bool {
    vf > 0 && is_word(doc, vf - 1, &["was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"]) && is_word(doc, ve, &["with"])
}

/// The object of `hit Canada with`, `slapped India with`.
fn object_with(doc: &Doc, s: &Sentence, ve: usize) -> Option<String> {
    let (r, e) = s.entities.iter().find(|(r, _)| r.start == ve)?;
    (is_word(doc, r.end, &["with"]) && (is_actor(e) || e.label == Label::Norp)).then(|| e.text(doc.text).to_string())
}

/// The subject right before a passive `hit with`: `Brazil was hit with`.
fn passive_subject(doc: &Doc, s: &Sentence, vf: usize) -> Option<String> {
    let mut j = vf - 1;
    while j > s.range.start && is_word(doc, j - 1, &["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "also", "now", "already"]) {
        j -= 1;
    }
    s.entities.iter().find(|(r, e)| r.end == j && (is_actor(e) || e.label == Label::Norp)).map(|(_, e)| e.text(doc.text).to_string())
}

/// `a 100% surtax on X and a 25% surcharge on Y`: one verb for both.
/// `duties of 17.4% on BYD, 19.9% on Geely and 37.6% on SAIC`: a list, one verb for all.
fn coordinated(doc: &Doc, s: &Sentence, a: &Figure, b: &Figure) -> bool {
    let between = a.end..b.first;
    let plain = between.clone().any(|k| is_word(doc, k, &["and", "or"])) && !between.clone().any(|k| tok(doc, k) == "," || is_word(doc, k, &["including"]));
    let listed = is_word(doc, a.end, &["on", "for"])
        && is_word(doc, b.end, &["on", "for"])
        && b.first <= a.end + 8
        && between.clone().all(|k| tok(doc, k) == "," || doc.tokens[k].kind == TokenKind::Word && !is_word(doc, k, &["including", "while", "but", "whereas"]))
        && !s.verbs.iter().any(|v| between.contains(&v.0));
    plain || listed
}

fn is_pair(doc: &Doc, old: &Figure, new: &Figure) -> bool {
    new.first == old.end + 1 && is_word(doc, old.end, &["to"]) && !(old.first > 0 && is_word(doc, old.first - 1, &["by"]))
}

fn is_actor(span: &Span) -> bool {
    matches!(span.label, Label::Person | Label::Org | Label::Gpe)
}

/// Who levies the tariff: `by X` after it; the subject of its verb (the nearest name before the
/// verb); a name right before the measure (`US tariffs`, `India's 10% duty`).
fn imposer(doc: &Doc, s: &Sentence, f: &Figure, trigger: &Trigger, verb: Option<(usize, usize, Option<Change>)>) -> Option<String> {
    let name = |e: &Span| e.text(doc.text).to_string();
    let entity_at = |j: usize| s.entities.iter().find(|(r, e)| r.start == j && is_actor(e)).map(|(_, e)| name(e));
    // `imposed by Washington`, `by the Trump administration`.
    let after = f.end.max(trigger.end);
    for k in after..(after + 5).min(s.range.end) {
        if is_word(doc, k, &["by"]) {
            let mut j = k + 1;
            while is_word(doc, j, &["the"]) {
                j += 1;
            }
            if let Some(e) = entity_at(j) {
                return Some(e);
            }
            // `by the Trump administration`: the name, up to three capitalized words.
            let mut end = j;
            while end < s.range.end && end < j + 3 && capitalized_run(doc, s, end..end + 1).is_some() {
                end += 1;
            }
            if end > j {
                return Some(text_of(doc, j..end));
            }
            // `by 90 days`, `by 10 points`: no agent here.
            break;
        }
    }
    // `Brazil was hit with`, `Smartphones were exempted from`: the subject is no imposer.
    let passive = |v: &(usize, usize, Option<Change>)| v.0 > 0 && is_word(doc, v.0 - 1, &["was", "were", "is", "are", "be", "been", "being"]) && !tok(doc, v.1 - 1).ends_with("ing");
    if let Some((vf, _, _)) = verb.filter(|v| !passive_with(doc, v.0, v.1) && !passive(v)) {
        // The subject: a name close before the verb in the same clause (`Trump doubled`,
        // `China said it would impose`), not one before `after` (`India-US ties ... after X
        // doubled`) nor the object of a preposition (`talks with India`).
        let lo = vf.saturating_sub(7).max(s.range.start);
        let mut clause_start = lo;
        for k in (lo..vf).rev() {
            if matches!(tok(doc, k), "," | ";" | ":" | "(" | ")") || is_word(doc, k, &["after", "before", "when", "as", "since", "because", "while", "if", "and", "but"]) {
                clause_start = k + 1;
                break;
            }
        }
        if let Some((r, e)) = s.entities.iter().rev().find(|(r, e)| r.end <= vf && r.start >= clause_start && is_actor(e)) {
            let governed = r.start > 0 && is_word(doc, r.start - 1, &["on", "against", "with", "to", "from", "for", "of", "in"]);
            if !governed {
                return Some(name(e));
            }
        }
        // `Trump imposed tariffs on steel and threatened duties`: the verb after `and` shares
        // the first verb's subject, a name at the start of that clause right before it.
        if clause_start == vf && clause_start > s.range.start && is_word(doc, vf - 1, &["and"]) {
            if let Some(&(first_vf, _, _)) = s.verbs.iter().rev().find(|v| v.1 < vf && v.0 + 12 >= vf) {
                let subject = s.entities.iter().find(|(r, e)| r.end == first_vf && is_actor(e) && !(r.start > 0 && is_word(doc, r.start - 1, &["on", "against", "with", "to", "from", "for", "of", "in"])));
                if let Some((_, e)) = subject {
                    return Some(name(e));
                }
            }
        }
        // `Trump said on Truth Social that he would impose`: the pronoun's name earlier on.
        let mut p = vf;
        while p > s.range.start && is_word(doc, p - 1, &["has", "had", "have", "will", "would", "could", "may", "might", "also", "now", "then", "is", "was"]) {
            p -= 1;
        }
        if p > s.range.start && is_word(doc, p - 1, &["he", "she", "it"]) {
            let person = is_word(doc, p - 1, &["he", "she"]);
            let found = s.entities.iter().rev().find(|(r, e)| {
                r.end < p
                    && (if person { e.label == Label::Person } else { matches!(e.label, Label::Gpe | Label::Org) })
                    && !(r.start > 0 && is_word(doc, r.start - 1, &["on", "against", "with", "to", "from", "for", "of", "in", "at", "by"]))
            });
            if let Some((_, e)) = found {
                return Some(name(e));
            }
        }
        // `Trump's tariffs have raised the rate`: the owner of the subject.
        // (`Canada's rate raised to 35%` is the rate Canada pays.)
        if p >= s.range.start + 3 && s.triggers.iter().any(|t| t.end == p) && tok(doc, p - 2) == "'s" && !is_word(doc, p - 1, &["rate", "rates"]) {
            if let Some((_, e)) = s.entities.iter().find(|(r, e)| r.end == p - 2 && is_actor(e)) {
                return Some(name(e));
            }
            if let Some(run) = capitalized_run(doc, s, p - 3..p - 2) {
                return Some(text_of(doc, run));
            }
        }
        // A capitalized name the entity finder did not give (`The Centre hiked`).
        let mut j = vf;
        loop {
            if j > clause_start && is_word(doc, j - 1, &["has", "had", "have", "will", "would", "could", "may", "might", "also", "now", "then"]) {
                j -= 1;
            } else if j > clause_start + 1 && in_list(doc, j - 1, NOT_TARGETS) && is_word(doc, j - 2, &["on", "in", "last", "this"]) {
                // `Trump on Monday threatened`.
                j -= 2;
            } else {
                break;
            }
        }
        if let Some(run) = capitalized_run(doc, s, j.saturating_sub(1)..j) {
            if run.start >= clause_start {
                return Some(text_of(doc, run));
            }
        }
    }
    // `US tariffs`, `India's 10% duty`, `the EU's new 25% levy`, `Chinese tariffs`; but
    // `Canada's rate` is the rate Canada pays (see `rate_owner`).
    if is_word(doc, trigger.end - 1, &["rate"]) {
        return None;
    }
    for anchor in [trigger.measure_first, f.first] {
        let mut j = anchor;
        while j > s.range.start && (filler(doc, j - 1) || is_modifier(doc, j - 1) || is_word(doc, j - 1, &["a", "an"])) {
            j -= 1;
        }
        // `Trump's Section 232 tariffs`.
        if j >= s.range.start + 2 && doc.tokens[j - 1].kind == TokenKind::Number && is_word(doc, j - 2, &["Section", "Article"]) {
            j -= 2;
        }
        let possessive = j > s.range.start && tok(doc, j - 1) == "'s";
        if possessive {
            j -= 1;
        }
        // Before a figure only as an owner (`India's 10% duty`, not `Bangladesh 20 per cent`).
        let owner_slot = possessive || anchor == trigger.measure_first;
        if let Some((_, e)) = s.entities.iter().find(|(r, e)| r.end == j && owner_slot && (is_actor(e) || e.label == Label::Norp)) {
            return Some(name(e));
        }
        // `Trump's 39% tariff`, with no entity given.
        if possessive {
            if let Some(run) = capitalized_run(doc, s, j.saturating_sub(1)..j) {
                return Some(text_of(doc, run));
            }
        }
    }
    None
}

/// Common words that start a sentence in capitals and name nobody.
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "its", "their", "his",
    "her", "but", "and", "or", "in", "on", "at", "for", "after", "before", "officials", "tariffs", "tariff", "duties",
    "duty", "president", "minister", "government", "administration", "there", "who", "which", "what", "if", "when",
    "our", "my", "your", "some", "many", "most", "all", "both", "each", "such", "new", "us",
];

/// The run of capitalized words (at most three) that ends at `seed.end` and covers `seed`, when
/// it looks like a name: `The Centre` gives `Centre`, `Donald Trump` stays whole.
fn capitalized_run(doc: &Doc, s: &Sentence, seed: Range<usize>) -> Option<Range<usize>> {
    let capital = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.text(doc.text).chars().next().is_some_and(char::is_uppercase))
            && !in_list(doc, k, NOT_NAMES)
            && !in_list(doc, k, NOT_TARGETS)
    };
    if seed.is_empty() || seed.start < s.range.start || !(seed.start..seed.end).all(capital) {
        return None;
    }
    let mut start = seed.start;
    while start > s.range.start && seed.end - start < 3 && capital(start - 1) {
        start -= 1;
    }
    Some(start..seed.end)
}

fn text_of(doc: &Doc, r: Range<usize>) -> String {
    doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end].to_string()
}

/// On whom or what: the noun phrase after `on` or `against`, next to the tariff word or the
/// figure (`tariffs on Indian goods`, `25% on steel imports`).
fn target(doc: &Doc, s: &Sentence, group: &[Figure], end: usize, trigger: &Trigger, own_only: bool) -> Option<String> {
    target_after_on(doc, s, group, end, trigger, own_only).or_else(|| rate_owner(doc, s, trigger))
}

/// Words that start another clause whose figures name their own tariff's imposer and target:
/// `The tariff on steel is 50%, while aluminium faces 25%`.
fn clause_break(doc: &Doc, s: &Sentence, k: usize) -> bool {
    // `but later lowered to 20%`: the same subject goes on.
    let same_subject = is_word(doc, k + 1, &["later", "then", "also", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "still", "now", "subsequently", "eventually", "soon"])
        || s.verbs.iter().any(|v| v.0 == k + 1);
    tok(doc, k) == ";" || (is_word(doc, k, &["while", "whereas", "but"]) && !same_subject)
}

/// `Canada's rate`, `India's 26% rate`: whom a rate is charged to.
fn rate_owner(doc: &Doc, s: &Sentence, trigger: &Trigger) -> Option<String> {
    if !is_word(doc, trigger.end - 1, &["rate"]) {
        return None;
    }
    let mut j = trigger.measure_first;
    while j > s.range.start && (filler(doc, j - 1) || doc.tokens[j - 1].kind == TokenKind::Number || tok(doc, j - 1) == "%") {
        j -= 1;
    }
    if j <= s.range.start || tok(doc, j - 1) != "'s" {
        return None;
    }
    s.entities.iter().find(|(r, _)| r.end == j - 1).map(|(_, e)| e.text(doc.text).to_string())
}

fn target_after_on(doc: &Doc, s: &Sentence, group: &[Figure], end: usize, trigger: &Trigger, own_only: bool) -> Option<String> {
    // `a 15% levy on coal, and 10% on crude oil`: the figure's own `on` first.
    let anchors = if own_only {
        [end, end]
    } else if is_word(doc, end, &["on", "against"]) {
        [end, trigger.end]
    } else {
        [trigger.end, end]
    };
    for anchor in anchors {
        // Only auxiliaries, participles and `rate` may stand between: `tariffs imposed on
        // India`, `a levy ... was imposed on wheat`, `the tariff rate on Swiss goods`.
        let mut o = anchor;
        while o < (anchor + 9).min(s.range.end) {
            if is_word(doc, o, &["on", "against"]) {
                if let Some(np) = noun_phrase(doc, s, group, o + 1) {
                    return Some(np);
                }
                break;
            }
            let w = tok(doc, o);
            // `imposed by the Trump administration on ...`.
            if let Some((r, _)) = s.entities.iter().find(|(r, _)| r.start == o).filter(|_| o > anchor && is_word(doc, o - 1, &["by", "the"])) {
                o = r.end;
                continue;
            }
            let capitalized_after_by = o > anchor && is_word(doc, o - 1, &["by", "the"]) && capitalized_run(doc, s, o..o + 1).is_some();
            let passable = capitalized_after_by || is_word(doc, o, &["was", "were", "is", "are", "be", "been", "being", "will", "would", "rate", "rates", "now", "also", "by", "the", "administration", "government", "apply", "applies", "levy"])
                || (doc.tokens[o].kind == TokenKind::Word && w.len() > 4 && w.ends_with("ed"));
            if !passable {
                break;
            }
            o += 1;
        }
    }
    None
}

const DETERMINERS: &[&str] = &["the", "a", "an", "all", "its", "their", "his", "her", "some", "most", "many", "certain", "any", "those", "these", "our", "other"];

/// Words that end a target phrase.
const PHRASE_ENDS: &[&str] = &[
    "to", "at", "by", "for", "in", "with", "until", "starting", "effective", "including", "which", "that", "who", "as",
    "after", "before", "since", "over", "under", "because", "due", "while", "and", "or", "from", "of", "if", "unless",
    "when", "into", "worth", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "has", "have",
    "had", "be", "been", "took", "take", "takes", "said", "says", "say", "this", "next", "last", "on", "beginning",
    "amid", "despite", "than", "but", "plus", "up", "down", "through", "rather", "among", "rose", "fell", "hurt",
    "hit", "came", "went", "jumped", "remain", "remained", "remains", "began", "begin", "started", "ended", "face",
    "faced", "faces", "cost", "costs", "made", "kicked", "climbed", "dropped", "surged", "slumped", "soared", "grew",
    "weighed", "dented", "rise", "fall", "go", "goes", "come", "apply", "applies", "kick", "start", "starts", "now",
    "also", "already", "more", "less", "only", "then", "there", "here", "since", "per", "it", "they", "we", "he", "she",
];

/// Not targets: `on hold`, `on Monday`, `on average`.
const NOT_TARGETS: &[&str] = &[
    "hold", "top", "average", "time", "track", "paper", "schedule", "record", "board", "balance", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "condition", "behalf", "course", "purpose", "day", "friday's", "tuesday's",
];

/// A lower-case noun after `and` that continues a target (`steel and aluminum`).
fn coordinated_noun(doc: &Doc, s: &Sentence, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k).filter(|t| t.kind == TokenKind::Word && k < s.range.end) else { return false };
    let w = t.text(doc.text);
    // `-ed` only as an adjective before a noun (`coal and liquefied natural gas`).
    let adjective = |k: usize| {
        doc.tokens.get(k).is_some_and(|n| n.kind == TokenKind::Word && n.text(doc.text).chars().next().is_some_and(char::is_lowercase))
            && !in_list(doc, k, PHRASE_ENDS)
            && !in_list(doc, k, DETERMINERS)
            && !s.verbs.iter().any(|v| v.0 == k)
    };
    w.chars().next().is_some_and(char::is_lowercase)
        && (!w.ends_with("ed") || (k + 1 < s.range.end && adjective(k + 1)))
        && !in_list(doc, k, PHRASE_ENDS)
        && !in_list(doc, k, DETERMINERS)
        && !s.verbs.iter().any(|v| v.0 == k)
}

/// After the comma at `comma`, the rest of a list of goods or names: `, bourbon and jeans`,
/// `, South Korea and Taiwan`; items of one or two words, the last after `and`, and then the
/// phrase ends. Gives the list's last token.
fn listed_items(doc: &Doc, s: &Sentence, comma: usize) -> Option<usize> {
    let mut j = comma + 1;
    let mut seen_and = false;
    let end = (comma + 12).min(s.range.end);
    loop {
        // One item: an entity, or one or two lower-case nouns.
        let item_end = if let Some((r, _)) = s.entities.iter().find(|(r, _)| r.start == j) {
            r.end
        } else {
            let mut k = j;
            while k < end && k < j + 2 && coordinated_noun(doc, s, k) && !tok(doc, k).ends_with("ed") {
                k += 1;
            }
            k
        };
        if item_end == j || item_end > end {
            return None;
        }
        j = item_end;
        if seen_and {
            // The phrase must end here.
            let ends = j >= s.range.end || doc.tokens[j].kind == TokenKind::Punct || in_list(doc, j, PHRASE_ENDS);
            return (ends && !is_word(doc, j, &["and", "or"])).then_some(j - 1);
        }
        if tok(doc, j) == "," && is_word(doc, j + 1, &["and", "or"]) {
            j += 2;
            seen_and = true;
        } else if is_word(doc, j, &["and", "or"]) {
            j += 1;
            seen_and = true;
        } else if tok(doc, j) == "," {
            j += 1;
        } else {
            return None;
        }
        if j >= end {
            return None;
        }
    }
}

fn noun_phrase(doc: &Doc, s: &Sentence, group: &[Figure], start: usize) -> Option<String> {
    let mut j = start;
    // `on about C$30 billion worth of`.
    if is_word(doc, j, &["about", "nearly", "roughly", "around", "almost", "some", "over", "another"]) && group.iter().any(|f| f.first == j + 1) {
        j += 1;
    }
    // `on C$30 billion of American goods`, `on $200 billion worth of goods`: the goods.
    if let Some(f) = group.iter().find(|f| f.first == j) {
        j = f.end;
        if is_word(doc, j, &["worth"]) {
            j += 1;
        }
        if !is_word(doc, j, &["of", "in"]) {
            return None;
        }
        j += 1;
    }
    while j < s.range.end && in_list(doc, j, DETERMINERS) {
        j += 1;
    }
    let first = j;
    if in_list(doc, first, NOT_TARGETS) {
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
        // `Canada and Mexico`, `goods from China`, `steel and aluminum imports`.
        let the = usize::from(is_word(doc, j, &["from", "and"]) && is_word(doc, j + 1, &["the"]));
        if is_word(doc, j, &["and", "from"]) && last.is_some() && s.entities.iter().any(|(r, _)| r.start == j + 1 + the) {
            j += 1;
            continue;
        }
        // `American motorcycles, bourbon and jeans`, `Japan, South Korea and Taiwan`: a list.
        if w == "," && last.is_some() {
            if let Some(list_end) = listed_items(doc, s, j) {
                last = Some(list_end);
                break;
            }
        }
        // `imports of certain steel products from China`: the goods the flow is of.
        let flow = last.is_some_and(|l| l + 1 == j && is_word(doc, l, &["imports", "exports", "shipments", "purchases"]));
        let det = usize::from(in_list(doc, j + 1, DETERMINERS));
        if flow && is_word(doc, j, &["of"]) && (coordinated_noun(doc, s, j + 1 + det) || s.entities.iter().any(|(r, _)| r.start == j + 1 + det)) {
            j += 1;
            continue;
        }
        if is_word(doc, j, &["and", "&"]) && words <= 3 && coordinated_noun(doc, s, j + 1) {
            j += 1;
            continue;
        }
        let after_hyphen = j > first && tok(doc, j - 1) == "-" && super::numbers::touch(doc, j - 1, j);
        if t.kind != TokenKind::Word || (!after_hyphen && in_list(doc, j, PHRASE_ENDS)) {
            break;
        }
        if s.verbs.iter().any(|v| v.0 == j) {
            break;
        }
        // A participle after the head noun is a verb (`textiles priced`), before it an adjective.
        let coordinated_adjective = is_word(doc, j - 1, &["and", "&"]) && coordinated_noun(doc, s, j);
        if last.is_some() && w.len() > 4 && w.ends_with("ed") && !super::numbers::touch(doc, j - 1, j) && !coordinated_adjective {
            break;
        }
        last = Some(j);
        j += 1;
        words += 1;
        // A plural head noun ends the phrase (`American motorcycles drew ...`).
        let plural = w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
        if plural && doc.tokens.get(j).is_some_and(|n| n.kind == TokenKind::Word && n.text(doc.text).chars().next().is_some_and(char::is_lowercase)) && !is_word(doc, j, &["and", "from", "of"]) {
            break;
        }
    }
    let last = last?;
    if last < first {
        return None;
    }
    doc.text.get(doc.tokens[first].start..doc.tokens[last].end).map(str::to_string)
}
