//! Step 3: document-level consistency. A name labelled with good evidence anywhere in the text
//! labels its other mentions, earlier or later: `Jaishankar` once `S Jaishankar` is a PERSON,
//! `CLINTON` in a headline once `Bill Clinton` is. One pass to collect, one to apply.

use std::collections::HashMap;

use crate::labels::Label;

use super::candidates::Context;
use super::{Evidence, Mention};

pub(crate) fn run(ctx: &Context, mentions: &mut [Mention]) {
    let text_of = |m: &Mention| ctx.doc.text.get(ctx.doc.byte_range(m.first..m.end)).unwrap_or("");
    // Known names, in capitals so headline words find them too.
    let mut known: HashMap<String, Label> = HashMap::new();
    for m in mentions.iter() {
        let Some(label) = m.label else { continue };
        if m.evidence < Evidence::Context {
            continue;
        }
        if label == Label::Person {
            // The surname stands for the person (`Gor`, `Modi`); an initial does not.
            let last = (m.first..m.end).rev().find(|&i| ctx.is_word(i) && !ctx.is_single_capital(i));
            if let Some(last) = last.filter(|&l| l > m.first) {
                known.entry(ctx.tok(last).to_uppercase()).or_insert(Label::Person);
            }
        }
        known.entry(text_of(m).to_uppercase()).or_insert(label);
    }
    if known.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.label.is_some() && m.evidence > Evidence::Guess {
            continue;
        }
        if let Some(&label) = known.get(&text_of(m).to_uppercase()) {
            m.label = Some(label);
            m.evidence = Evidence::Propagated;
        }
    }
}
