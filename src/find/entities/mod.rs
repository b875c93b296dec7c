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
    /// From the document: the same name labelled elsewhere.
    Propagated,
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
            payload: payload.pack(),
            case: Case::Insensitive,
        })
        .collect()
}

pub fn find(doc: &Doc) -> Vec<Span> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let ctx = candidates::Context::new(doc);
    // About one mention per name start; reserved once rather than grown by copying.
    let mut mentions = Vec::with_capacity(ctx.starts() + 16);
    let mut chunks = Vec::new();
    for index in 0..doc.sentences.len() {
        rules::label_sentence(&ctx, index, &mut chunks, &mut mentions);
    }
    propagate::run(&ctx, &mut mentions);
    let mut spans = Vec::with_capacity(mentions.iter().filter(|m| m.label.is_some()).count());
    for m in &mentions {
        let Some(label) = m.label else { continue };
        let range = doc.byte_range(m.first..m.end);
        if range.start < range.end {
            spans.push(Span::new(range.start, range.end, label, Attrs::None));
        }
    }
    spans
}

#[cfg(test)]
mod tests;
