//! Step 3: document-level consistency. A name labelled with good evidence anywhere in the text
//! labels its other mentions, earlier or later: `Jaishankar` once `S Jaishankar` is a PERSON,
//! `CLINTON` in a headline once `Bill Clinton` is. Names are learnt sentence by sentence, as the
//! rules find them; the weak mentions look them up in one pass at the end.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::labels::Label;

use super::candidates::Context;
use super::tables::{Class, Fold, FxHasher};
use super::{Evidence, Mention};

/// Known names, compared without regard to ASCII case so headline words find them too; the
/// first label learnt for a name stays.
#[derive(Default)]
pub(crate) struct Known<'t> {
    names: HashMap<Fold<'t>, Label, BuildHasherDefault<FxHasher>>,
}

impl<'t> Known<'t> {
    /// Learns the names of `mentions` (in text order) that have good evidence.
    pub(crate) fn learn(&mut self, ctx: &Context<'_, 't>, mentions: &[Mention]) {
        let known = &mut self.names;
        for m in mentions {
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
            known.entry(Fold(ctx.text_of(m.first..m.end))).or_insert(label);
            // `the Commission` after `European Commission`: the head alone names the same body.
            if label == Label::Org && m.end - m.first >= 2 {
                let head = ctx.tok(m.end - 1);
                if ctx.has(m.end - 1, Class::ORG_HEAD) && head.len() > 3 {
                    known.entry(Fold(head)).or_insert(Label::Org);
                }
            }
        }
    }

    /// The label that a mention without good evidence (`weak`) takes from the document.
    pub(crate) fn label_of(&self, text: &str) -> Option<Label> {
        if self.names.is_empty() {
            return None;
        }
        self.names.get(&Fold(text)).copied()
    }
}

/// A mention without a good label, which a name known elsewhere in the text can relabel.
pub(crate) fn is_weak(m: &Mention) -> bool {
    m.label.is_none() || m.evidence <= Evidence::Guess
}
