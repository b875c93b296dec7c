//! One automaton pass over the text finds every gazetteer name and trigger word of every finder.
//!
//! Each finder contributes its entries (`lexicon_entries`); the automaton is built once per
//! process. A match counts only where it starts and ends on token boundaries, and, for entries
//! that ask for it, only in the exact case of the pattern (`US` the country, not `us`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::tokens::Token;

/// Which finder an entry belongs to; its `payload` means something only to that finder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Entities,
    Dates,
    Figures,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Matches only as written.
    Exact,
    /// Matches in any ASCII case.
    Insensitive,
}

/// One pattern of the shared lexicon.
#[derive(Clone, Debug)]
pub struct Entry {
    pub pattern: String,
    pub owner: Owner,
    pub payload: u32,
    pub case: Case,
}

/// A lexicon match on token boundaries: tokens `[first, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub first: usize,
    pub end: usize,
    pub owner: Owner,
    /// The entry's payload, for its owner.
    pub payload: u32,
    /// The index of the entry in the lexicon.
    pub entry: u32,
}

pub struct Lexicon {
    automaton: AhoCorasick,
    entries: Vec<Entry>,
}

impl Lexicon {
    pub fn new(entries: Vec<Entry>) -> Lexicon {
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(entries.iter().map(|e| e.pattern.as_str()))
            .expect("the lexicon's patterns build an automaton");
        Lexicon { automaton, entries }
    }

    /// The lexicon of all finders, built on first use.
    pub fn shared() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            let mut entries = crate::find::entities::lexicon_entries();
            entries.extend(crate::find::dates::lexicon_entries());
            entries.extend(crate::find::figures::lexicon_entries());
            Lexicon::new(entries)
        })
    }

    pub fn entry(&self, hit: &Hit) -> &Entry {
        &self.entries[hit.entry as usize]
    }

    /// Every match on token boundaries, sorted by first token, longest first.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        if tokens.is_empty() {
            return hits;
        }
        for m in self.automaton.find_overlapping_iter(text) {
            let entry = &self.entries[m.pattern().as_usize()];
            // Cheap rejections first: a match inside a word (`us` in `because`) cannot start or
            // end on a token boundary, so skip the search for its tokens.
            let bytes = text.as_bytes();
            let inside = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
            let (first_byte, last_byte) = (entry.pattern.as_bytes().first(), entry.pattern.as_bytes().last());
            if (first_byte.is_some_and(u8::is_ascii_alphanumeric) && m.start() > 0 && inside(m.start() - 1))
                || (last_byte.is_some_and(u8::is_ascii_alphanumeric) && inside(m.end()))
            {
                continue;
            }
            let Ok(first) = tokens.binary_search_by_key(&m.start(), |t| t.start) else { continue };
            // The match must end where a token ends.
            let Some(last) = tokens[first..].iter().position(|t| t.end >= m.end()).map(|p| first + p) else { continue };
            if tokens[last].end != m.end() {
                continue;
            }
            if entry.case == Case::Exact && &text[m.start()..m.end()] != entry.pattern {
                continue;
            }
            hits.push(Hit { first, end: last + 1, owner: entry.owner, payload: entry.payload, entry: m.pattern().as_u32() });
        }
        hits.sort_by_key(|h| (h.first, std::cmp::Reverse(h.end)));
        hits
    }
}

