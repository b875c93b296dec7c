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
    /// The tokens that can head a lower-case ministry (`Shape::MINISTRY`), in order: few.
    ministry_heads: Vec<usize>,
    /// Sentences and tokens prepared so far (`prepare_for`), the next lexicon hit to read, and
    /// the furthest end of a hit taken.
    prepared_sentences: usize,
    prepared_tokens: usize,
    next_hit: usize,
    hit_reach: usize,
    /// Per token: its `Shape` bits in the low byte and, when `Shape::KNOWN`, its word classes
    /// (`tables::Class` bits) above them, computed once so the rules never look a token up twice.
    info: Vec<u32>,
}

/// What a token looks like, as bits.
struct Shape;

impl Shape {
    const WORD: u32 = 1;
    /// Starts with a capital letter.
    const CAPITAL: u32 = 1 << 1;
    /// Two or more characters, none lower case (`JAPAN`, `US`).
    const CAPS: u32 = 1 << 2;
    /// Capitalised and not a stop word: a name can start here.
    const NAME: u32 = 1 << 3;
    /// The class bits are the word's classes (every word that does not start with an ASCII
    /// lower-case letter); for other tokens they are the classes of any word with the same
    /// first byte and length (`tables::Words::classes_by_first_byte`), and such a token is
    /// looked up only when those say it may be in the class asked about.
    const KNOWN: u32 = 1 << 4;
    /// `ministry`, `ministries`, `department`: the heads of a lower-case ministry.
    const MINISTRY: u32 = 1 << 5;
    /// An accepted gazetteer hit starts here.
    const HIT: u32 = 1 << 6;
    /// `COMMON` tells whether the word's lower case is a common word (an ASCII word that
    /// `KNOWN` looked up); else `is_common` looks it up when asked.
    const COMMON_KNOWN: u32 = 1 << 7;
    const COMMON: u32 = 1 << 8;
    /// The classes start at this bit.
    const CLASS_SHIFT: u32 = 10;
}

// The classes fit above the shape bits.
const _: () = assert!(tables::CLASS_COUNT + Shape::CLASS_SHIFT <= 32);

/// The shape of a word that does not start with an ASCII lower-case letter, and its classes.
fn shape_of_word(words: &tables::Words, text: &str) -> u32 {
    let mut chars = text.chars();
    let first = chars.next().unwrap_or(' ');
    let found = words.lookup(text);
    let classes = found.classes;
    let mut shape = Shape::WORD | Shape::KNOWN | classes << Shape::CLASS_SHIFT;
    let rest = chars.as_str();
    // One pass over the bytes after the first character: all ASCII, any ASCII lower case.
    let (ascii_rest, lower_rest) = rest.bytes().fold((true, false), |(a, l), b| (a && b.is_ascii(), l || b.is_ascii_lowercase()));
    if first.is_ascii() && ascii_rest {
        shape |= Shape::COMMON_KNOWN | if found.common { Shape::COMMON } else { 0 };
    }
    if classes & Class::MINISTRY_HEAD.bits() != 0 {
        shape |= Shape::MINISTRY;
    }
    if first.is_uppercase() {
        shape |= Shape::CAPITAL;
        if classes & Class::STOP.bits() == 0 {
            shape |= Shape::NAME;
        }
    }
    let rest_lower = if ascii_rest { lower_rest } else { rest.chars().any(char::is_lowercase) };
    if !rest.is_empty() && !first.is_lowercase() && !rest_lower {
        shape |= Shape::CAPS;
    }
    shape
}

/// The shape bits and classes (see `Shape`) of tokens `range` into `out`, and the ministry heads
/// among them: one lookup per word that does not start with an ASCII lower-case letter, none
/// for the others.
fn shapes(doc: &Doc, range: Range<usize>, out: &mut [u32], ministry_heads: &mut Vec<usize>) {
    let words = tables::words();
    let bytes = doc.text.as_bytes();
    let ministry = Class::MINISTRY_HEAD.bits() << Shape::CLASS_SHIFT;
    let tokens = doc.tokens.get(range.clone()).unwrap_or(&[]);
    for ((shape, t), i) in out.iter_mut().zip(tokens).zip(range) {
        *shape = {
            let first = bytes.get(t.start).copied().unwrap_or(0);
            let maybe = words.classes_by_first_byte(first, t.end - t.start) << Shape::CLASS_SHIFT;
            if t.kind != TokenKind::Word {
                maybe
            } else if first.is_ascii_lowercase() {
                // ASCII lower case is most words: settled without any lookup.
                let head = maybe & ministry != 0 && tables::MINISTRY_HEADS.contains(&t.text(doc.text));
                Shape::WORD | maybe | if head { Shape::MINISTRY } else { 0 }
            } else {
                shape_of_word(words, t.text(doc.text))
            }
        };
        if *shape & Shape::MINISTRY != 0 {
            ministry_heads.push(i);
        }
    }
}

/// How far past a sentence the rules may look (`, Switzerland` after `Davos`, `summit` after
/// `G20`): the context is prepared at least this many tokens ahead.
const LOOKAHEAD: usize = 8;

impl<'d, 't> Context<'d, 't> {
    /// An empty context; `prepare_for` fills it sentence by sentence, just ahead of the rules,
    /// so that a long text is read while it is in the cache rather than in separate passes.
    pub fn new(doc: &'d Doc<'t>) -> Context<'d, 't> {
        let n = doc.tokens.len();
        let first_hit = doc.hits.iter().position(|h| h.owner == Owner::Entities).unwrap_or(doc.hits.len());
        Context {
            doc,
            hit_at: vec![0; n],
            gazetteer: Vec::new(),
            caps_sentence: vec![false; doc.sentences.len()],
            info: vec![0; n],
            ministry_heads: Vec::new(),
            prepared_sentences: 0,
            prepared_tokens: 0,
            next_hit: first_hit,
            hit_reach: 0,
        }
    }

    /// Prepares what the rules read for sentence `index`: its tokens, the tokens just after it,
    /// and the whole of any hit that starts there.
    pub fn prepare_for(&mut self, index: usize) {
        let end = self.doc.sentences.get(index).map_or(self.doc.tokens.len(), |s| s.end);
        self.prepare_through(end + LOOKAHEAD);
        self.prepare_through(self.hit_reach + LOOKAHEAD);
    }

    /// Prepares whole sentences until tokens `[0, upto)` are (or all are).
    fn prepare_through(&mut self, upto: usize) {
        while self.prepared_tokens < upto.min(self.doc.tokens.len()) {
            self.prepare_next();
        }
    }

    /// Prepares the next sentence (or, after the last, the tokens that no sentence holds): the
    /// shapes of its tokens, whether it is in capitals, and the hits that start in it.
    fn prepare_next(&mut self) {
        let doc = self.doc;
        let sentence = self.prepared_sentences;
        let end = doc.sentences.get(sentence).map_or(doc.tokens.len(), |s| s.end.min(doc.tokens.len()));
        let start = self.prepared_tokens;
        if end > start {
            shapes(doc, start..end, &mut self.info[start..end], &mut self.ministry_heads);
        }
        self.prepared_tokens = self.prepared_tokens.max(end);
        if let Some(range) = doc.sentences.get(sentence) {
            self.caps_sentence[sentence] = is_caps_sentence(&self.info, range.clone());
        }
        self.prepared_sentences += 1;
        // Hits come sorted by first token: those before the end belong to this sentence.
        let caps_here = self.caps_sentence.get(sentence).copied().unwrap_or(false);
        let last = doc.sentences.len() <= sentence;
        let lexicon = crate::scan::Lexicon::shared();
        while let Some(hit) = doc.hits.get(self.next_hit) {
            if hit.first >= end && !last {
                break;
            }
            self.next_hit += 1;
            if hit.owner != Owner::Entities {
                continue;
            }
            self.accept(lexicon, hit, caps_here);
        }
    }

    /// Takes a hit if its case fits, keeping the best one per first token.
    fn accept(&mut self, lexicon: &crate::scan::Lexicon, hit: &crate::scan::Hit, caps_sentence: bool) {
        let doc = self.doc;
        let Some(range) = doc.tokens.get(hit.first).zip(doc.tokens.get(hit.end.wrapping_sub(1))) else { return };
        let text = doc.text.get(range.0.start..range.1.end).unwrap_or("");
        // Most hits are lower-case words (`us`, `may`): neither written as a name that starts
        // with a capital nor in capitals, so the lexicon entry need not be read.
        if text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && hit.payload & tables::LOWER_CASE_NAME == 0 {
            return;
        }
        let pattern = lexicon.entry(hit).pattern.as_str();
        // As written, or in capitals where case says nothing: a dateline opens the text or a
        // paragraph in capitals (`WASHINGTON, Feb 2 (Reuters)`), or a sentence in capitals.
        // The context is asked only when the capitals fit (`case_accepts`, cheapest test first).
        let accepted = text == pattern || {
            case_accepts(text, pattern, true)
                && (caps_sentence
                    || opens_paragraph(doc, &self.info, hit.first)
                        && doc.tokens.get(hit.end).is_some_and(|t| matches!(t.text(doc.text), "," | "(" | "-" | "—" | "/")))
        };
        if !accepted {
            return;
        }
        let payload = Payload::unpack(hit.payload);
        let new = GazHit { end: hit.end, payload };
        match self.hit_at.get(hit.first).copied() {
            Some(0) => {
                self.gazetteer.push(new);
                self.hit_at[hit.first] = self.gazetteer.len() as u32;
                self.info[hit.first] |= Shape::HIT;
            }
            Some(k) => {
                let old = &mut self.gazetteer[k as usize - 1];
                if hit.end > old.end || (hit.end == old.end && payload.source > old.payload.source) {
                    *old = new;
                }
            }
            None => return,
        }
        self.hit_reach = self.hit_reach.max(hit.end);
    }

    /// The text of tokens `range` (non-empty), from the first token's start to the last's end.
    pub fn text_of(&self, range: Range<usize>) -> &'t str {
        self.doc.text.get(self.doc.byte_range(range)).unwrap_or("")
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.doc.tokens.get(i).map_or("", |t| t.text(self.doc.text))
    }

    #[inline]
    fn shape(&self, i: usize) -> u32 {
        self.info.get(i).copied().unwrap_or(0)
    }

    /// Is token `i` in the word class? From the cache, else (rarely) one lookup.
    #[inline]
    pub fn has(&self, i: usize, class: Class) -> bool {
        let info = self.shape(i);
        if info >> Shape::CLASS_SHIFT & class.bits() == 0 {
            false
        } else {
            info & Shape::KNOWN != 0 || self.looked_up(i, class)
        }
    }

    #[inline(never)]
    fn looked_up(&self, i: usize, class: Class) -> bool {
        tables::class_bits(self.tok(i)) & class.bits() != 0
    }

    /// The bytes of token `i` (none past the end).
    #[inline]
    pub fn bytes(&self, i: usize) -> &'t [u8] {
        self.doc.tokens.get(i).and_then(|t| self.doc.text.as_bytes().get(t.start..t.end)).unwrap_or(&[])
    }

    /// Token `i` is `word` (`ctx.tok(i) == word`, comparing bytes only).
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| self.doc.text.as_bytes().get(t.start..t.end) == Some(word.as_bytes()))
    }

    /// Token `i` is a first name, as written.
    #[inline]
    pub fn is_first_name(&self, i: usize) -> bool {
        self.has(i, Class::FIRST_NAME)
    }

    /// Token `i` is a name particle (`bin`, `van`); all are short lower-case words.
    #[inline]
    pub fn is_particle(&self, i: usize) -> bool {
        self.tok(i).len() <= 3 && self.has(i, Class::PARTICLE)
    }

    /// The tokens in `range` that are `ministry`, `ministries` or `department`, in order.
    pub fn ministry_heads(&self, range: Range<usize>) -> &[usize] {
        let from = self.ministry_heads.partition_point(|&i| i < range.start);
        let to = self.ministry_heads.partition_point(|&i| i < range.end);
        self.ministry_heads.get(from..to).unwrap_or(&[])
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.shape(i) & Shape::WORD != 0
    }

    /// No space between tokens `i` and `i + 1`.
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        match (self.doc.tokens.get(i), self.doc.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// A word that starts with a capital letter and is not a stop word.
    #[inline]
    pub fn is_name_token(&self, i: usize) -> bool {
        self.shape(i) & Shape::NAME != 0
    }

    /// A name token, or an accepted gazetteer hit starts here.
    #[inline]
    pub fn can_start(&self, i: usize) -> bool {
        self.shape(i) & (Shape::NAME | Shape::HIT) != 0
    }

    /// A word that starts with a capital letter, stop word or not.
    #[inline]
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
        let shape = self.shape(i);
        if shape & Shape::COMMON_KNOWN != 0 {
            return shape & Shape::COMMON != 0;
        }
        let w = self.tok(i);
        if w.is_ascii() {
            // The lookup folds ASCII case itself.
            return tables::lookup(w).common;
        }
        let mut buf = [0u8; 64];
        match lower_case_into(w, &mut buf) {
            Some(lower) => tables::is_common_word(lower),
            None => tables::is_common_word(&w.to_lowercase()),
        }
    }

    #[inline]
    pub fn hit(&self, i: usize) -> Option<GazHit> {
        if self.shape(i) & Shape::HIT == 0 {
            return None;
        }
        let k = self.hit_at.get(i).copied().unwrap_or(0) as usize;
        k.checked_sub(1).and_then(|k| self.gazetteer.get(k)).copied()
    }
}

/// `w.to_lowercase()` written into `buf`, or `None` if it does not fit.
fn lower_case_into<'b>(w: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    if w.contains('Σ') {
        return None; // a final sigma lower-cases by its context: leave it to `str::to_lowercase`
    }
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        c.encode_utf8(buf.get_mut(n..n + len)?);
        n += len;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// A hit counts in the table's own case, or in capitals where the sentence is in capitals.
/// A platform named by one letter (`X`) needs its context, checked by the rules.
fn case_accepts(text: &str, pattern: &str, caps_context: bool) -> bool {
    text == pattern || (caps_context && text.len() >= 3 && text.eq_ignore_ascii_case(pattern) && !text.chars().any(char::is_lowercase))
}

/// A sentence where case says nothing about names: most words in capitals (a headline such as
/// `SOCCER - JAPAN GET LUCKY WIN`, a dateline), or a headline in title case (`India Says Talks
/// With US Are On Track`: nearly every word capitalised, small words too). One pass.
fn is_caps_sentence(shapes: &[u32], range: Range<usize>) -> bool {
    let (mut words, mut caps, mut capitalised, mut small) = (0usize, 0usize, 0usize, 0usize);
    let small_word = Class::SMALL.bits() << Shape::CLASS_SHIFT;
    for (k, &shape) in shapes.get(range).unwrap_or(&[]).iter().enumerate() {
        if shape & Shape::WORD == 0 {
            continue;
        }
        words += 1;
        caps += usize::from(shape & Shape::CAPS != 0);
        if shape & Shape::CAPITAL != 0 {
            capitalised += 1;
            // A capitalised word's classes are cached.
            small += usize::from(k > 0 && shape & small_word != 0);
        }
    }
    let caps_run = words > 0 && caps * 2 > words && (words >= 2 || caps == words);
    let title_case = words >= 4 && small >= 1 && capitalised * 10 >= words * 8;
    caps_run || title_case
}

/// Token `i` opens its paragraph, or follows only capitals and slashes there
/// (`BEIJING/WASHINGTON, April 9`).
fn opens_paragraph(doc: &Doc, shapes: &[u32], i: usize) -> bool {
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

/// Is a hit's label one that a single kind of name fixes (a country is GPE whatever follows)?
pub fn is_place(p: Payload) -> bool {
    matches!(p.label, Label::Gpe | Label::Loc)
}

pub fn is_country_or_state(p: Payload) -> bool {
    matches!(p.kind, Kind::Country | Kind::State) || (p.kind == Kind::Place && p.label == Label::Gpe)
}

/// How many tokens a run that reached token `j` (not a name token) takes next: 1 for a
/// period or month that belongs to the name, 2 for a connector and the name after it, 0 to end.
fn link_step(ctx: &Context, a: usize, j: usize, end: usize) -> usize {
    let bytes = ctx.bytes(j);
    if bytes.len() > 6 {
        return 0; // every word that can link is shorter (`August` is the longest)
    }
    let w = |word: &str| bytes == word.as_bytes();
    let next_is_name = j + 1 < end && ctx.is_name_token(j + 1);
    // `S. Jaishankar`, `Inc.`: the period is part of the name.
    let period = || {
        w(".") && ctx.joined(j - 1) && ((ctx.is_single_capital(j - 1) && next_is_name) || ctx.has(j - 1, Class::DOTTED))
    };
    // `Theresa May`: a month after a first name is a surname, not a date.
    let surname_month = || {
        (w("May") || w("June") || w("April") || w("August"))
            && ctx.is_first_name(j - 1)
            && !ctx.doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number)
    };
    if period() || surname_month() {
        return 1;
    }
    // Connectors that join two names: `India-US`, `AT&T`, `bin`, `Bank of England`,
    // `Trade Expansion Act of 1962` (the year belongs to the title).
    let number_next = || ctx.doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number);
    // `Commerce and Industry Ministry`: two fields of one office.
    let fields = (w("and") || w("&")) && ctx.has(j - 1, Class::TITLE_MODIFIER) && ctx.has(j + 1, Class::TITLE_MODIFIER);
    let joins_two = fields
        || (w("-") && ctx.joined(j - 1) && ctx.joined(j) && next_is_name)
        || (w("&") && next_is_name)
        || (ctx.is_particle(j) && next_is_name && j > a)
        || (ctx.is_particle(j) && ctx.is_particle(j + 1) && j + 2 < end && ctx.is_name_token(j + 2) && j > a)
        || ((w("of") || w("for")) && next_is_name && ctx.has(j - 1, Class::OF_HEAD))
        || (w("of") && next_is_name && ctx.is(j - 1, "General") && j >= 2 && ctx.has(j - 2, Class::ORG_HEAD))
        || (w("of") && ctx.has(j - 1, Class::LAW_HEAD) && number_next());
    // `Organisation of the Islamic Conference`, `House of the People`: an organisation's head
    // reaches over `of the` to the name it is of.
    let of_the = w("of")
        && ctx.is(j + 1, "the")
        && j + 2 < end
        && ctx.is_name_token(j + 2)
        && (ctx.has(j - 1, Class::ORG_HEAD) || ctx.is(j - 1, "House"))
        && !ctx.has(j - 1, Class::TITLE_HEAD);
    // `Department of Health and Human Services`: two common fields after an organisation's
    // `of` (but `Bank of England and Barclays` are two names).
    let of_fields = || {
        w("and")
            && next_is_name
            && ctx.is_common(j - 1)
            && ctx.is_common(j + 1)
            && ctx.hit(j + 1).is_none()
            && ctx.hit(j - 1).is_none()
            && (a + 1..j).any(|k| ctx.is(k, "of") && ctx.has(k - 1, Class::ORG_HEAD))
    };
    if of_the {
        3
    } else if joins_two || of_fields() {
        2
    } else {
        0
    }
}

/// The capitalised runs of a sentence, as token ranges. A run takes capitalised words,
/// initials with their period (`S. Jaishankar`), inner hyphens (`India-US`), `&`, name
/// particles, `of` after a head (`Bank of England`, `Secretary of State`), and whatever a
/// gazetteer hit inside it spans (`Trinidad and Tobago`).
pub fn chunks(ctx: &Context, sentence: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut i = sentence.start;
    while i < sentence.end {
        // A name token or an accepted hit (whose end is always past its first token).
        if !ctx.can_start(i) {
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
            let step = if ctx.is_name_token(j) {
                1
            } else {
                link_step(ctx, a, j, sentence.end)
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
