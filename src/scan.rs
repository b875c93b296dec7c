//! One automaton finds every gazetteer name and trigger word of every finder.
//!
//! Each finder contributes its entries (`lexicon_entries`); the automaton is built once per
//! process. A match counts only where it starts and ends on token boundaries, and, for entries
//! that ask for it, only in the exact case of the pattern (`US` the country, not `us`).
//!
//! Since a match must start at a token start, the automaton is not run over every byte: from
//! each token start it walks anchored (no failure transitions) until it dies, which takes a few
//! steps per token. The hits are exactly those of an overlapping ASCII-case-insensitive search
//! kept on token boundaries.

use std::sync::OnceLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use crate::tokens::{Token, ASCII_ALNUM};

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
    /// The patterns in ASCII lower case, matched case-sensitively against the text's bytes folded
    /// to ASCII lower case: the same matches as an ASCII-case-insensitive automaton, built about
    /// three times faster (half the transitions). Searched anchored at token starts only.
    automaton: NFA,
    /// The state after each first byte of an anchored search (dead: no pattern starts so).
    after_first: [StateID; 256],
    /// The bytes that occur in patterns (after folding) numbered from 1; 0 for all others.
    class: [u8; 256],
    /// How many classes there are (the others' number plus one).
    classes: usize,
    /// The state after each first two bytes, at `pair(a, b)`.
    after_two: Vec<StateID>,
    entries: Vec<Entry>,
}

/// ASCII lower case of every byte (other bytes unchanged).
const FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).to_ascii_lowercase();
        i += 1;
    }
    t
};

impl Lexicon {
    pub fn new(entries: Vec<Entry>) -> Lexicon {
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            // Searches here are anchored walks; a prefilter would never be used.
            .prefilter(false)
            // The first two bytes go through our own tables; dense states below that only cost
            // memory (1.1 MB instead of 2.4 MB) and build time, and walk no faster.
            .dense_depth(2)
            .build(entries.iter().map(|e| e.pattern.to_ascii_lowercase()))
            .expect("the lexicon's patterns build an automaton");
        let start = automaton.start_state(Anchored::Yes).expect("an NFA supports anchored searches");
        let after_first: [StateID; 256] = std::array::from_fn(|b| automaton.next_state(Anchored::Yes, start, FOLD[b]));
        // Bytes that occur in no pattern all lead to the dead state, so one class serves them.
        let mut class = [0u8; 256];
        let mut representative = vec![0u8];
        for e in &entries {
            for &b in e.pattern.as_bytes() {
                let f = FOLD[usize::from(b)];
                if class[usize::from(f)] == 0 {
                    representative.push(f);
                    class[usize::from(f)] = (representative.len() - 1) as u8;
                }
            }
        }
        // Upper case letters fall in the class of their lower case.
        for b in 0..256 {
            class[b] = class[usize::from(FOLD[b])];
        }
        let classes = representative.len();
        // Class 0 has bytes only if some byte starts no pattern, so this finds the dead state
        // whenever an entry of class 0 can be read.
        let dead = after_first.iter().copied().find(|&sid| automaton.is_dead(sid)).unwrap_or(start);
        let mut after_two = vec![dead; classes * classes];
        for (a, &ra) in representative.iter().enumerate().skip(1) {
            let one = after_first[usize::from(ra)];
            if automaton.is_dead(one) {
                continue;
            }
            for (b, &rb) in representative.iter().enumerate().skip(1) {
                after_two[a * classes + b] = automaton.next_state(Anchored::Yes, one, rb);
            }
        }
        Lexicon { automaton, after_first, class, classes, after_two, entries }
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

    /// Every match on token boundaries, sorted by first token, longest first (matches of the same
    /// tokens in pattern order).
    ///
    /// A match must start where a token starts, so instead of searching every byte the automaton
    /// walks anchored from each token start until it dies; a match must also end where a token
    /// ends, which a cursor over the following tokens checks.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for first in 0..tokens.len() {
            self.scan_at(text, tokens, first, &mut hits);
        }
        hits
    }

    /// Appends the hits that start at token `first`, longest first (so calling it for every
    /// token in order gives what `scan` gives).
    #[inline]
    pub fn scan_at(&self, text: &str, tokens: &[Token], first: usize, hits: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let aut = &self.automaton;
        let Some(token) = tokens.get(first) else { return };
        let s = token.start;
        let Some(rest) = bytes.get(s..) else { return };
        let Some(&b0) = rest.first() else { return };
        // Most tokens start no pattern at all (`,` `.` `17`): one table look-up decides.
        let mut sid = self.after_first[usize::from(b0)];
        if aut.is_dead(sid) {
            return;
        }
        // A match whose first byte is alphanumeric cannot follow an alphanumeric byte.
        if ASCII_ALNUM[usize::from(b0)] && s > 0 && ASCII_ALNUM[usize::from(bytes[s - 1])] {
            return;
        }
        let group = hits.len();
        let mut last = first;
        // The first two bytes through tables, the rest through the automaton.
        let mut len = 1;
        if !aut.is_match(sid) || self.collect(rest, len, sid, tokens, first, &mut last, hits) {
            if let Some(&b1) = rest.get(1) {
                sid = self.after_two[self.pair(b0, b1)];
                len = 2;
                while !aut.is_dead(sid) {
                    if aut.is_match(sid) && !self.collect(rest, len, sid, tokens, first, &mut last, hits) {
                        break;
                    }
                    let Some(&b) = rest.get(len) else { break };
                    sid = aut.next_state(Anchored::Yes, sid, FOLD[usize::from(b)]);
                    len += 1;
                }
            }
        }
        // Longest first; a stable sort keeps pattern order among equal ends.
        if hits.len() - group > 1 {
            hits[group..].sort_by_key(|h| std::cmp::Reverse(h.end));
        }
    }

    /// The index in `after_two` of the bytes `a` `b`.
    #[inline]
    fn pair(&self, a: u8, b: u8) -> usize {
        usize::from(self.class[usize::from(a)]) * self.classes + usize::from(self.class[usize::from(b)])
    }

    /// Adds the hits of match state `sid`, reached after the first `len` bytes of `rest` (which
    /// starts at token `first`); `last` is a cursor on the token that may end the match. Returns
    /// false when no later match can end on a token end.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn collect(&self, rest: &[u8], len: usize, sid: StateID, tokens: &[Token], first: usize, last: &mut usize, hits: &mut Vec<Hit>) -> bool {
        let aut = &self.automaton;
        // A match whose last byte is alphanumeric cannot precede an alphanumeric byte.
        if ASCII_ALNUM[usize::from(rest[len - 1])] && rest.get(len).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
            return true;
        }
        let start = tokens[first].start;
        let end = start + len;
        while *last < tokens.len() && tokens[*last].end < end {
            *last += 1;
        }
        let Some(t) = tokens.get(*last) else { return false };
        if t.end != end {
            return true;
        }
        for k in 0..aut.match_len(sid) {
            let pid = aut.match_pattern(sid, k);
            // The state also holds the patterns that are proper suffixes of its path; they start
            // after the token.
            if aut.pattern_len(pid) != len {
                continue;
            }
            let entry = &self.entries[pid.as_usize()];
            if entry.case == Case::Exact && &rest[..len] != entry.pattern.as_bytes() {
                continue;
            }
            hits.push(Hit { first, end: *last + 1, owner: entry.owner, payload: entry.payload, entry: pid.as_u32() });
        }
        true
    }
}
