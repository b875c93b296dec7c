//! PERSON, ORG, GPE, LOC, NORP, EVENT.
//!
//! Three steps, each its own file, so that a trained tagger can later replace the middle one:
//! 1. `candidates`: gazetteer hits from the shared lexicon pass (accepted by case), and runs of
//!    capitalised tokens (`chunks`) in each sentence;
//! 2. `rules`: each chunk is split and labelled (titles are context, heads make ORG/EVENT,
//!    first names and person words make PERSON), plus a few lower-case patterns
//!    (`the external affairs ministry`, `G20 summit`, `on X`);
//! 3. `propagate`: once a name is known in the document, its other mentions (earlier or later,
//!    `Jaishankar` after `S Jaishankar`) get the same label, in one extra linear pass.
//!
//! Steps 1 to 3 run sentence by sentence (the context prepared just ahead of the rules), so a
//! long text is read while it is in the cache; only the weak mentions' look-ups wait for the end.
//!
//! Work is spent only where a name can start: capitalised tokens and lexicon hits.

mod candidates;
mod propagate;
mod rules;
mod tables;

use crate::doc::Doc;
use crate::labels::Label;
use crate::scan::{Case, Entry, Owner};
use crate::span::{Attrs, Span};

/// How a mention got its label; propagation trusts strong evidence only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// No label yet: a capitalised run that no rule claimed.
    Unknown,
    /// A guess from the shape of the name alone.
    Guess,
    /// From context words (`said`, `, Switzerland`).
    Context,
    /// From a corpus-derived table.
    Table,
    /// From a rule on the name itself (a title before it, a head word, a first name).
    Rule,
    /// From a curated or GeoNames table.
    Gazetteer,
}

/// A name found in the text: tokens `[first, end)`, its label if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first: usize,
    pub end: usize,
    pub label: Option<Label>,
    pub evidence: Evidence,
}

pub fn lexicon_entries() -> Vec<Entry> {
    // Insensitive so that headlines (`JAPAN`) reach us; `candidates` accepts a hit only in the
    // table's own case or, in an all-capitals context, in capitals.
    tables::names()
        .map(|(name, payload)| Entry {
            pattern: name.to_string(),
            owner: Owner::Entities,
            payload: payload.pack() | if name.starts_with(|c: char| c.is_ascii_lowercase()) { tables::LOWER_CASE_NAME } else { 0 },
            case: Case::Insensitive,
        })
        .collect()
}

/// A mention as the last pass needs it: its bytes, its label, and whether the document may
/// still relabel it.
struct Found {
    start: usize,
    end: usize,
    label: Option<Label>,
    weak: bool,
}

pub fn find(doc: &Doc) -> Vec<Span> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    // Sentence by sentence: the context just ahead, the rules, the names learnt. Each sentence
    // is read while it is in the cache, however long the text.
    let mut ctx = candidates::Context::new(doc);
    let mut known = propagate::Known::default();
    let mut mentions = Vec::new();
    let mut chunks = Vec::new();
    let mut found: Vec<Found> = Vec::with_capacity(doc.tokens.len() / 8 + 16);
    for index in 0..doc.sentences.len() {
        ctx.prepare_for(index);
        mentions.clear();
        rules::label_sentence(&ctx, index, &mut chunks, &mut mentions);
        known.learn(&ctx, &mentions);
        found.extend(mentions.iter().map(|m| {
            let range = doc.byte_range(m.first..m.end);
            Found { start: range.start, end: range.end, label: m.label, weak: propagate::is_weak(m) }
        }));
    }
    // Names known anywhere label the weak mentions, earlier or later.
    let mut spans = Vec::with_capacity(found.len());
    for f in &found {
        let label = if f.weak { known.label_of(doc.text.get(f.start..f.end).unwrap_or("")).or(f.label) } else { f.label };
        if let Some(label) = label.filter(|_| f.start < f.end) {
            spans.push(Span::new(f.start, f.end, label, Attrs::None));
        }
    }
    spans
}

#[cfg(test)]
mod tests;
