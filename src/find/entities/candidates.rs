//! Step 1: what could be a name. Per-token shape flags, the gazetteer hits accepted by case
//! (the best one per starting token), and the capitalised runs (`chunks`) of a sentence.

use std::ops::Range;

use crate::doc::Doc;
use crate::labels::Label;
use crate::scan::Owner;
use crate::tokens::TokenKind;

use super::tables::{self, Class, Kind, Payload};

/// A gazetteer name accepted at tokens `[first, end)`.
#[derive(Clone, Copy, Debug)]
pub struct GazHit {
    pub end: usize,
    pub payload: Payload,
}

pub struct Context<'d, 't> {
    pub doc: &'d Doc<'t>,
    /// The best accepted hit starting at each token (longest, then most trusted source).
    pub hits: Vec<Option<GazHit>>,
    /// Per sentence: mostly capitals (a headline, a dateline), where case says nothing.
    pub caps_sentence: Vec<bool>,
}

impl<'d, 't> Context<'d, 't> {
    pub fn new(doc: &'d Doc<'t>) -> Context<'d, 't> {
        let caps_sentence: Vec<bool> = doc.sentences.iter().map(|s| is_caps_run(doc, s.clone())).collect();
        let mut hits: Vec<Option<GazHit>> = vec![None; doc.tokens.len()];
        let lexicon = crate::scan::Lexicon::shared();
        for hit in doc.hits_of(Owner::Entities) {
            let Some(range) = doc.tokens.get(hit.first).zip(doc.tokens.get(hit.end.wrapping_sub(1))) else { continue };
            let text = doc.text.get(range.0.start..range.1.end).unwrap_or("");
            let pattern = lexicon.entry(hit).pattern.as_str();
            // A dateline opens the text or a paragraph in capitals: `WASHINGTON, Feb 2 (Reuters)`.
            let dateline = (hit.first == 0 || range.0.newlines_before > 0)
                && doc.tokens.get(hit.end).is_some_and(|t| matches!(t.text(doc.text), "," | "(" | "-" | "—"));
            let caps = dateline || caps_sentence.get(doc.sentence_of(hit.first)).copied().unwrap_or(false);
            if !case_accepts(text, pattern, caps) {
                continue;
            }
            let payload = Payload::unpack(hit.payload);
            let better = match hits[hit.first] {
                None => true,
                Some(old) => hit.end > old.end || (hit.end == old.end && payload.source > old.payload.source),
            };
            if better {
                hits[hit.first] = Some(GazHit { end: hit.end, payload });
            }
        }
        Context { doc, hits, caps_sentence }
    }

    pub fn tok(&self, i: usize) -> &'t str {
        self.doc.tokens.get(i).map_or("", |t| t.text(self.doc.text))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// No space between tokens `i` and `i + 1`.
    pub fn joined(&self, i: usize) -> bool {
        match (self.doc.tokens.get(i), self.doc.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// A word that starts with a capital letter and is not a stop word.
    pub fn is_name_token(&self, i: usize) -> bool {
        let w = self.tok(i);
        self.is_word(i) && w.chars().next().is_some_and(|c| c.is_uppercase()) && !tables::is_in(Class::STOP, w)
    }

    /// A word that starts with a capital letter, stop word or not.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.tok(i).chars().next().is_some_and(|c| c.is_uppercase())
    }

    pub fn is_single_capital(&self, i: usize) -> bool {
        let w = self.tok(i);
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_uppercase()) && chars.next().is_none()
    }

    /// The first word of its sentence, or the first after an opening quote or bracket, where a
    /// capital says nothing about a name.
    pub fn is_initial(&self, i: usize, sentence: &Range<usize>) -> bool {
        let mut j = i;
        while j > sentence.start {
            j -= 1;
            match self.tok(j) {
                "\"" | "“" | "‘" | "'" | "(" | "[" | "-" | "—" | "–" | ":" | "..." => {
                    if j == sentence.start || matches!(self.tok(j), ":" | "—" | "–" | "-") {
                        return true;
                    }
                }
                _ => return false,
            }
        }
        true
    }

    /// `word` written in lower case is a common word of news text.
    pub fn is_common(&self, i: usize) -> bool {
        let w = self.tok(i);
        if w.is_ascii() {
            let mut buf = [0u8; 32];
            if w.len() <= buf.len() {
                for (b, c) in buf.iter_mut().zip(w.bytes()) {
                    *b = c.to_ascii_lowercase();
                }
                return std::str::from_utf8(&buf[..w.len()]).is_ok_and(tables::is_common_word);
            }
        }
        tables::is_common_word(&w.to_lowercase())
    }

    pub fn hit(&self, i: usize) -> Option<GazHit> {
        self.hits.get(i).copied().flatten()
    }
}

/// A hit counts in the table's own case, or in capitals where the sentence is in capitals.
/// A platform named by one letter (`X`) needs its context, checked by the rules.
fn case_accepts(text: &str, pattern: &str, caps_context: bool) -> bool {
    text == pattern || (caps_context && text.len() >= 3 && text.eq_ignore_ascii_case(pattern) && !text.chars().any(char::is_lowercase))
}

/// Most words in capitals (a headline such as `SOCCER - JAPAN GET LUCKY WIN`, a dateline).
fn is_caps_run(doc: &Doc, range: Range<usize>) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in doc.tokens.get(range).unwrap_or(&[]) {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = t.text(doc.text);
        words += 1;
        if w.len() >= 2 && w.chars().nth(1).is_some() && !w.chars().any(char::is_lowercase) {
            caps += 1;
        }
    }
    words > 0 && caps * 2 > words && (words >= 2 || caps == words)
}

/// Is a hit's label one that a single kind of name fixes (a country is GPE whatever follows)?
pub fn is_place(p: Payload) -> bool {
    matches!(p.label, Label::Gpe | Label::Loc)
}

pub fn is_country_or_state(p: Payload) -> bool {
    matches!(p.kind, Kind::Country | Kind::State) || (p.kind == Kind::Place && p.label == Label::Gpe)
}

pub fn is_particle(w: &str) -> bool {
    tables::is_in(Class::PARTICLE, w)
}

/// The capitalised runs of a sentence, as token ranges. A run takes capitalised words,
/// initials with their period (`S. Jaishankar`), inner hyphens (`India-US`), `&`, name
/// particles, `of` after a head (`Bank of England`, `Secretary of State`), and whatever a
/// gazetteer hit inside it spans (`Trinidad and Tobago`).
pub fn chunks(ctx: &Context, sentence: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut i = sentence.start;
    while i < sentence.end {
        let starts = ctx.is_name_token(i) || ctx.hit(i).is_some_and(|h| h.end > i);
        if !starts {
            i += 1;
            continue;
        }
        let a = i;
        let mut j = i + 1;
        let mut reach = ctx.hit(i).map_or(j, |h| h.end);
        loop {
            if j < reach {
                j += 1;
                continue;
            }
            if j >= sentence.end {
                break;
            }
            let w = ctx.tok(j);
            let prev = ctx.tok(j - 1);
            let next_is_name = j + 1 < sentence.end && ctx.is_name_token(j + 1);
            // Connectors that join two names: `India-US`, `AT&T`, `bin`, `Bank of England`,
            // `Trade Expansion Act of 1962` (the year belongs to the title).
            let number_next = ctx.doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number);
            let joins_two = (w == "-" && ctx.joined(j - 1) && ctx.joined(j) && next_is_name)
                || (w == "&" && next_is_name)
                || (tables::is_in(Class::PARTICLE, w) && next_is_name && j > a)
                || ((w == "of" || w == "for") && next_is_name && tables::is_in(Class::OF_HEAD, prev))
                || (w == "of" && tables::is_in(Class::LAW_HEAD, prev) && number_next);
            // `S. Jaishankar`, `Inc.`: the period is part of the name.
            let period = w == "." && ctx.joined(j - 1)
                && ((ctx.is_single_capital(j - 1) && next_is_name) || tables::is_in(Class::DOTTED, prev));
            // `Theresa May`: a month after a first name is a surname, not a date.
            let surname_month = matches!(w, "May" | "June" | "April" | "August")
                && tables::is_first_name(prev)
                && !ctx.doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number);
            let step = if ctx.is_name_token(j) || period || surname_month {
                1
            } else if joins_two {
                2
            } else {
                0
            };
            if step == 0 {
                break;
            }
            for k in j..(j + step).min(sentence.end) {
                if let Some(h) = ctx.hit(k) {
                    reach = reach.max(h.end);
                }
            }
            j += step;
        }
        let j = j.min(sentence.end);
        out.push(a..j);
        i = j;
    }
}
