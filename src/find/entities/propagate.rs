//! Step 3: document-level consistency. A name labelled with good evidence anywhere in the text
//! labels its other mentions, earlier or later: `Jaishankar` once `S Jaishankar` is a PERSON,
//! `CLINTON` in a headline once `Bill Clinton` is. One pass to collect, one to apply.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::labels::Label;

use super::candidates::Context;
use super::tables::{Class, Fold, FxHasher};
use super::{Evidence, Mention};

pub(crate) fn run(ctx: &Context, mentions: &mut [Mention]) {
    let text_of = |m: &Mention| ctx.doc.text.get(ctx.doc.byte_range(m.first..m.end)).unwrap_or("");
    // Known names, in capitals so headline words find them too.
    // Only mentions without a good label look names up: with none, there is nothing to do.
    let weak = |m: &Mention| m.label.is_none() || m.evidence <= Evidence::Guess;
    if !mentions.iter().any(weak) {
        return;
    }
    // Not reserved from the number of mentions: a long text repeats its names, and the map
    // stays as small (and as cached) as the distinct names.
    let mut known: HashMap<Fold, Label, BuildHasherDefault<FxHasher>> = HashMap::default();
    for m in mentions.iter() {
        let Some(label) = m.label else { continue };
        if m.evidence < Evidence::Context {
            continue;
        }
        if label == Label::Person {
            // The surname stands for the person (`Gor`, `Modi`); an initial does not.
            let last = (m.first..m.end).rev().find(|&i| ctx.is_word(i) && !ctx.is_single_capital(i));
            if let Some(last) = last.filter(|&l| l > m.first) {
                known.entry(Fold(ctx.tok(last))).or_insert(Label::Person);
            }
        }
        known.entry(Fold(text_of(m))).or_insert(label);
        // `the Commission` after `European Commission`: the head alone names the same body.
        if label == Label::Org && m.end - m.first >= 2 {
            let head = ctx.tok(m.end - 1);
            if ctx.has(m.end - 1, Class::ORG_HEAD) && head.len() > 3 {
                known.entry(Fold(head)).or_insert(Label::Org);
            }
        }
    }
    if known.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if !weak(m) {
            continue;
        }
        if let Some(&label) = known.get(&Fold(text_of(m))) {
            m.label = Some(label);
            m.evidence = Evidence::Propagated;
        }
    }
}

