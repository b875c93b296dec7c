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
    /// Per token: 1 + the index in `gazetteer` of the best accepted hit starting there (longest,
    /// then most trusted source), or 0. Four bytes a token; hits are few.
    hit_at: Vec<u32>,
    gazetteer: Vec<GazHit>,
    /// Per sentence: mostly capitals (a headline, a dateline), where case says nothing.
    pub caps_sentence: Vec<bool>,
    /// Per token: its `Shape` bits, computed once so the rules never decode a token twice.
    shapes: Vec<u8>,
    /// Per capitalised token: its word classes (`tables::Class` bits), from one lookup.
    classes: Vec<u32>,
}

/// What a token looks like, as bits.
struct Shape;

impl Shape {
    const WORD: u8 = 1;
    /// Starts with a capital letter.
    const CAPITAL: u8 = 1 << 1;
    /// Two or more characters, none lower case (`JAPAN`, `US`).
    const CAPS: u8 = 1 << 2;
    /// Capitalised and not a stop word: a name can start here.
    const NAME: u8 = 1 << 3;
}

/// A token's shape and, for a capitalised word, its word classes.
fn shape_of(text: &str, kind: TokenKind) -> (u8, u32) {
    if kind != TokenKind::Word {
        return (0, 0);
    }
    let mut chars = text.chars();
    let first = chars.next().unwrap_or(' ');
    let mut shape = Shape::WORD;
    // ASCII lower case is most words: settle it without any table.
    if first.is_ascii_lowercase() {
        return (shape, 0);
    }
    let mut classes = 0;
    if first.is_uppercase() {
        shape |= Shape::CAPITAL;
        classes = tables::class_bits(text);
        if classes & Class::STOP.bits() == 0 {
            shape |= Shape::NAME;
        }
    }
    if chars.clone().next().is_some() && !first.is_lowercase() && !chars.any(char::is_lowercase) {
        shape |= Shape::CAPS;
    }
    (shape, classes)
}

impl<'d, 't> Context<'d, 't> {
    pub fn new(doc: &'d Doc<'t>) -> Context<'d, 't> {
        let (shapes, classes): (Vec<u8>, Vec<u32>) = doc.tokens.iter().map(|t| shape_of(t.text(doc.text), t.kind)).unzip();
        let caps_sentence: Vec<bool> =
            doc.sentences.iter().map(|s| is_caps_run(&shapes, s.clone()) || is_title_case_run(doc, &shapes, s.clone())).collect();
        let mut hit_at: Vec<u32> = vec![0; doc.tokens.len()];
        let mut gazetteer: Vec<GazHit> = Vec::new();
        // Hits come sorted by first token: the sentence index only moves forward.
        let mut sentence = 0;
        let lexicon = crate::scan::Lexicon::shared();
        for hit in doc.hits_of(Owner::Entities) {
            let Some(range) = doc.tokens.get(hit.first).zip(doc.tokens.get(hit.end.wrapping_sub(1))) else { continue };
            let text = doc.text.get(range.0.start..range.1.end).unwrap_or("");
            let pattern = lexicon.entry(hit).pattern.as_str();
            // A dateline opens the text or a paragraph in capitals: `WASHINGTON, Feb 2 (Reuters)`.
            let dateline = opens_paragraph(doc, &shapes, hit.first)
                && doc.tokens.get(hit.end).is_some_and(|t| matches!(t.text(doc.text), "," | "(" | "-" | "—" | "/"));
            while doc.sentences.get(sentence).is_some_and(|r| r.end <= hit.first) {
                sentence += 1;
            }
            let caps = dateline || caps_sentence.get(sentence).copied().unwrap_or(false);
            if !case_accepts(text, pattern, caps) {
                continue;
            }
            let payload = Payload::unpack(hit.payload);
            let new = GazHit { end: hit.end, payload };
            match hit_at.get(hit.first).copied() {
                Some(0) => {
                    gazetteer.push(new);
                    hit_at[hit.first] = gazetteer.len() as u32;
                }
                Some(k) => {
                    let old = &mut gazetteer[k as usize - 1];
                    if hit.end > old.end || (hit.end == old.end && payload.source > old.payload.source) {
                        *old = new;
                    }
                }
                None => {}
            }
        }
        Context { doc, hit_at, gazetteer, caps_sentence, shapes, classes }
    }

    pub fn tok(&self, i: usize) -> &'t str {
        self.doc.tokens.get(i).map_or("", |t| t.text(self.doc.text))
    }

    fn shape(&self, i: usize) -> u8 {
        self.shapes.get(i).copied().unwrap_or(0)
    }

    /// Is token `i` in the word class? Capitalised tokens answer from the cache.
    pub fn has(&self, i: usize, class: Class) -> bool {
        if self.is_capitalised(i) {
            self.classes.get(i).is_some_and(|c| c & class.bits() != 0)
        } else {
            tables::is_in(class, self.tok(i))
        }
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.shape(i) & Shape::WORD != 0
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
        self.shape(i) & Shape::NAME != 0
    }

    /// A word that starts with a capital letter, stop word or not.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.shape(i) & Shape::CAPITAL != 0
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
        let k = self.hit_at.get(i).copied().unwrap_or(0) as usize;
        k.checked_sub(1).and_then(|k| self.gazetteer.get(k)).copied()
    }
}

/// A hit counts in the table's own case, or in capitals where the sentence is in capitals.
/// A platform named by one letter (`X`) needs its context, checked by the rules.
fn case_accepts(text: &str, pattern: &str, caps_context: bool) -> bool {
    text == pattern || (caps_context && text.len() >= 3 && text.eq_ignore_ascii_case(pattern) && !text.chars().any(char::is_lowercase))
}

/// A headline in title case (`India Says Talks With US Are On Track`): nearly every word
/// capitalised, small words too, so capitals say nothing about names.
fn is_title_case_run(doc: &Doc, shapes: &[u8], range: Range<usize>) -> bool {
    let (mut words, mut capitalised, mut small) = (0usize, 0usize, 0usize);
    for i in range.clone() {
        let shape = shapes.get(i).copied().unwrap_or(0);
        if shape & Shape::WORD == 0 {
            continue;
        }
        words += 1;
        if shape & Shape::CAPITAL != 0 {
            capitalised += 1;
            let w = doc.tokens.get(i).map_or("", |t| t.text(doc.text));
            if i > range.start && matches!(w, "On" | "To" | "With" | "Are" | "As" | "In" | "Of" | "For" | "The" | "And" | "At" | "By" | "Is" | "Over" | "After" | "From") {
                small += 1;
            }
        }
    }
    words >= 4 && small >= 1 && capitalised * 10 >= words * 8
}

/// Token `i` opens its paragraph, or follows only capitals and slashes there
/// (`BEIJING/WASHINGTON, April 9`).
fn opens_paragraph(doc: &Doc, shapes: &[u8], i: usize) -> bool {
    let mut j = i;
    loop {
        let Some(t) = doc.tokens.get(j) else { return false };
        if j == 0 || t.newlines_before > 0 {
            return true;
        }
        j -= 1;
        let caps = shapes.get(j).is_some_and(|s| s & Shape::CAPS != 0);
        if !(caps || doc.tokens.get(j).is_some_and(|t| t.text(doc.text) == "/")) || i - j > 6 {
            return false;
        }
    }
}

/// Most words in capitals (a headline such as `SOCCER - JAPAN GET LUCKY WIN`, a dateline).
fn is_caps_run(shapes: &[u8], range: Range<usize>) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for &shape in shapes.get(range).unwrap_or(&[]) {
        words += usize::from(shape & Shape::WORD != 0);
        caps += usize::from(shape & Shape::CAPS != 0);
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
            // `Commerce and Industry Ministry`: two fields of one office.
            let fields = (w == "and" || w == "&") && ctx.has(j - 1, Class::TITLE_MODIFIER) && ctx.has(j + 1, Class::TITLE_MODIFIER);
            let joins_two = fields
                || (w == "-" && ctx.joined(j - 1) && ctx.joined(j) && next_is_name)
                || (w == "&" && next_is_name)
                || (ctx.has(j, Class::PARTICLE) && next_is_name && j > a)
                || (ctx.has(j, Class::PARTICLE) && ctx.has(j + 1, Class::PARTICLE) && j + 2 < sentence.end && ctx.is_name_token(j + 2) && j > a)
                || ((w == "of" || w == "for") && next_is_name && ctx.has(j - 1, Class::OF_HEAD))
                || (w == "of" && next_is_name && prev == "General" && j >= 2 && ctx.has(j - 2, Class::ORG_HEAD))
                || (w == "of" && ctx.has(j - 1, Class::LAW_HEAD) && number_next);
            // `S. Jaishankar`, `Inc.`: the period is part of the name.
            let period = w == "." && ctx.joined(j - 1)
                && ((ctx.is_single_capital(j - 1) && next_is_name) || ctx.has(j - 1, Class::DOTTED));
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
