//! Step 3: document-level consistency. A name labelled with good evidence anywhere in the text
//! labels its other mentions, earlier or later: `Jaishankar` once `S Jaishankar` is a PERSON,
//! `CLINTON` in a headline once `Bill Clinton` is. One pass to collect, one to apply.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::labels::Label;

use super::candidates::Context;
use super::tables::{Class, FxHasher};
use super::{Evidence, Mention};

pub(crate) fn run(ctx: &Context, mentions: &mut [Mention]) {
    let text_of = |m: &Mention| ctx.doc.text.get(ctx.doc.byte_range(m.first..m.end)).unwrap_or("");
    // Known names, in capitals so headline words find them too.
    let mut known: HashMap<Folded, Label, BuildHasherDefault<FxHasher>> = HashMap::default();
    for m in mentions.iter() {
        let Some(label) = m.label else { continue };
        if m.evidence < Evidence::Context {
            continue;
        }
        if label == Label::Person {
            // The surname stands for the person (`Gor`, `Modi`); an initial does not.
            let last = (m.first..m.end).rev().find(|&i| ctx.is_word(i) && !ctx.is_single_capital(i));
            if let Some(last) = last.filter(|&l| l > m.first) {
                known.entry(Folded(ctx.tok(last))).or_insert(Label::Person);
            }
        }
        known.entry(Folded(text_of(m))).or_insert(label);
        // `the Commission` after `European Commission`: the head alone names the same body.
        if label == Label::Org && m.end - m.first >= 2 {
            let head = ctx.tok(m.end - 1);
            if ctx.has(m.end - 1, Class::ORG_HEAD) && head.len() > 3 {
                known.entry(Folded(head)).or_insert(Label::Org);
            }
        }
    }
    if known.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.label.is_some() && m.evidence > Evidence::Guess {
            continue;
        }
        if let Some(&label) = known.get(&Folded(text_of(m))) {
            m.label = Some(label);
            m.evidence = Evidence::Propagated;
        }
    }
}

/// A name compared without regard to ASCII case, so that headline capitals (`CLINTON`) meet
/// the running text (`Clinton`) without building upper-case copies.
#[derive(Clone, Copy, Debug)]
struct Folded<'t>(&'t str);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_uppercase());
        }
    }
}
