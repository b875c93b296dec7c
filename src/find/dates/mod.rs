//! DATE: temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) and the dateline.
//!
//! Recognition works on the shared token stream: each token gets the date word the lexicon found
//! on it (month, weekday, unit, ...), and parsers start only at tokens that can begin a date
//! (a date word, a number, `the`/`a`). Each parser family has its file: `calendar` (named and
//! numeric dates, years, decades, quarters, seasons), `relative` (`last year`, `yesterday`, `now`,
//! modifiers), `durations` (periods and sets), `times` (clock times). Refiners then join ranges
//! (`February 2 to 5`) and give yearless months the year of a neighbour, and
//! `crate::resolve::dates` computes the values against the document date as a separate pass.

mod calendar;
mod durations;
pub mod expr;
mod relative;
mod times;
mod words;

use std::ops::Range;

use crate::doc::Doc;
use crate::resolve::dates::{resolve, Context, Tense};
use crate::scan::Entry;
use crate::span::{Attrs, Span};
use crate::tokens::{Token, TokenKind};
use crate::{Date, Label};
use expr::{Count, Expr, Year};
use words::Word;

pub fn lexicon_entries() -> Vec<Entry> {
    words::lexicon_entries()
}

/// The dateline: the date the article gives itself, and where it stands (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
    pub date: Date,
}

/// A recognised expression over tokens `[first, end)`, not yet resolved.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub expr: Expr,
}

/// The token stream seen by the parsers: date words per token, reads bounded by the sentence.
pub(crate) struct Scan<'d, 't> {
    doc: &'d Doc<'t>,
    words: Vec<Option<Word>>,
    /// Parsers read no token at or past this one (the end of the current sentence).
    limit: usize,
    /// Where the current sentence begins.
    floor: usize,
}

impl<'d, 't> Scan<'d, 't> {
    fn new(doc: &'d Doc<'t>) -> Scan<'d, 't> {
        let mut words = vec![None; doc.tokens.len()];
        for hit in doc.hits_of(crate::scan::Owner::Dates) {
            // Date words are single tokens; the first (longest) hit on a token wins.
            if hit.end == hit.first + 1 && words[hit.first].is_none() {
                words[hit.first] = Word::from_payload(hit.payload);
            }
        }
        Scan { doc, words, limit: doc.tokens.len(), floor: 0 }
    }

    #[inline]
    fn ok(&self, i: usize) -> bool {
        // `floor <= i < limit` in one comparison.
        i.wrapping_sub(self.floor) < self.limit.saturating_sub(self.floor)
    }

    #[inline]
    pub fn word(&self, i: usize) -> Option<Word> {
        if self.ok(i) { self.words[i] } else { None }
    }

    #[inline]
    pub fn text(&self, i: usize) -> &'t str {
        if self.ok(i) { self.doc.tok(i) } else { "" }
    }

    /// The token's bytes (empty outside the current sentence).
    #[inline]
    fn bytes(&self, i: usize) -> &'t [u8] {
        if self.ok(i) {
            let t = &self.doc.tokens[i];
            &self.doc.text.as_bytes()[t.start..t.end]
        } else {
            b""
        }
    }

    /// The token's text equals `s`, ignoring ASCII case.
    #[inline]
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.bytes(i).eq_ignore_ascii_case(s.as_bytes())
    }

    #[inline]
    pub fn is_any(&self, i: usize, options: &[&str]) -> bool {
        let t = self.bytes(i);
        let Some(&first) = t.first() else { return false };
        let first = first.to_ascii_lowercase();
        // Length and first byte first: most options fail there.
        options.iter().any(|o| {
            let o = o.as_bytes();
            o.len() == t.len() && o[0].to_ascii_lowercase() == first && t.eq_ignore_ascii_case(o)
        })
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.ok(i).then(|| self.doc.tokens[i].kind)
    }

    /// A number token of plain digits (no separators), with its digit count.
    pub fn digits(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.bytes(i);
        if t.is_empty() || t.len() > 9 || !t.iter().all(u8::is_ascii_digit) {
            return None;
        }
        // At most nine digits: no overflow.
        Some((t.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')), t.len()))
    }

    /// Token `i` starts right where token `i - 1` ends.
    #[inline]
    pub fn touching(&self, i: usize) -> bool {
        i > 0 && self.ok(i) && self.ok(i - 1) && self.doc.tokens[i].start == self.doc.tokens[i - 1].end
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` begins its sentence (ignoring opening quotes and brackets).
    pub fn starts_sentence(&self, i: usize) -> bool {
        let mut j = i;
        while j > self.floor && matches!(self.text(j - 1), "\"" | "“" | "‘" | "'" | "(" | "[") {
            j -= 1;
        }
        j == self.floor
    }

    /// A count at `i`: digits (`150`, `1.5`), number words (`two`, `twenty-four`), `a`/`an`,
    /// or an unsaid count (`several`, `a few`). Returns the end and the count.
    pub fn count(&self, i: usize) -> Option<(usize, Count)> {
        let t = self.text(i);
        if self.kind(i) == Some(TokenKind::Number) {
            let n: f64 = if t.contains(',') { t.replace(',', "").parse().ok()? } else { t.parse().ok()? };
            return Some((i + 1, Count::Exact(n)));
        }
        if self.is(i, "a") || self.is(i, "an") {
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let end = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((end, Count::Some));
            }
            return Some((i + 1, Count::Exact(1.0)));
        }
        match self.word(i)? {
            Word::Number(0) => Some((i + 1, Count::Some)),
            Word::Number(n) => {
                let mut n = u32::from(n);
                let mut end = i + 1;
                // `twenty-four`, `twenty four`
                if n >= 20 && n % 10 == 0 && n < 100 {
                    let j = if self.is(end, "-") && self.touching(end) { end + 1 } else { end };
                    if let Some(Word::Number(k)) = self.word(j) {
                        if (1..10).contains(&k) {
                            n += u32::from(k);
                            end = j + 1;
                        }
                    }
                }
                Some((end, Count::Exact(f64::from(n))))
            }
            _ => None,
        }
    }
}

/// The first full calendar date near the start of the text, in a dateline's forms: a header
/// line (`date 2026-02-02`, `Published: 2 February 2026`) or a date before the agency or dash
/// (`WASHINGTON, Feb 2, 2026 (Reuters) -`).
pub fn find_dateline(doc: &Doc) -> Option<Dateline> {
    const HEAD_BYTES: usize = 400;
    let mut scan = Scan::new(doc);
    let mut line = 0;
    let mut line_start = 0;
    for i in 0..doc.tokens.len() {
        let tok = &doc.tokens[i];
        if tok.start > HEAD_BYTES {
            break;
        }
        if tok.newlines_before > 0 {
            line += 1;
            line_start = i;
            if line > 3 {
                break;
            }
        }
        scan.floor = line_start;
        scan.limit = doc.tokens[i + 1..].iter().position(|t| t.newlines_before > 0).map_or(doc.tokens.len(), |p| i + 1 + p);
        let Some((end, Expr::Calendar { year: Year::Given(y), month: Some(m), day: Some(d) })) = calendar::parse(&scan, i) else {
            continue;
        };
        let line_len = scan.limit - line_start;
        let after = scan.text(end);
        let labelled = i == line_start
            || s_is_label(&scan, i - 1)
            || (scan.text(i - 1) == ":" && i >= 2 && s_is_label(&scan, i - 2));
        let header = line_len <= 12 || labelled || matches!(after, "(" | "-" | "–" | "—" | "|" | "/");
        let date = Date::new(y as i16, m as i8, d as i8).ok()?;
        if header {
            let r = doc.byte_range(i..end);
            return Some(Dateline { start: r.start, end: r.end, date });
        }
    }
    None
}

/// A word that labels a date in a page header: `date`, `Published:`, `Updated`.
fn s_is_label(scan: &Scan, i: usize) -> bool {
    scan.is_any(i, &["date", "dated", "published", "updated", "posted", "dateline", "filed"])
}

/// Temporal expressions, with values resolved against `doc_date`.
pub fn find(doc: &Doc, doc_date: Option<Date>) -> Vec<Span> {
    let mut scan = Scan::new(doc);
    let mut spans = Vec::new();
    let mut quarter: Option<(i32, u8)> = None;
    let mut found = Vec::new();
    let mut tenses = Tenses::default();
    for sentence in &doc.sentences {
        scan.floor = sentence.start;
        scan.limit = sentence.end;
        found.clear();
        recognize(&scan, sentence.clone(), &mut found);
        if found.is_empty() {
            continue;
        }
        join_ranges(&scan, &mut found);
        tenses.prepare(&scan, sentence.clone());
        inherit_years(&mut found, |f| tenses.near(&scan, f.first, f.end));
        take_approximators(&scan, &mut found);
        for f in &found {
            let tense = tenses.near(&scan, f.first, f.end);
            let timex = resolve(&f.expr, &Context { doc_date, tense, quarter });
            if matches!(f.expr, Expr::Quarter { .. }) {
                let v = timex.value.as_bytes();
                if v.len() == 7 && v[5] == b'Q' {
                    quarter = timex.value[..4].parse().ok().map(|y| (y, v[6] - b'0'));
                }
            }
            let r = doc.byte_range(f.first..f.end);
            spans.push(Span::new(r.start, r.end, Label::Date, Attrs::Date(Box::new(timex))));
        }
    }
    spans
}

/// Finds expressions left to right; at each token the first parser that matches takes it.
fn recognize(scan: &Scan, sentence: Range<usize>, found: &mut Vec<Found>) {
    let bytes = scan.doc.text.as_bytes();
    let tokens = &scan.doc.tokens[..];
    let mut i = sentence.start;
    while i < sentence.end {
        let tok = &tokens[i];
        // Most tokens are rejected by their first byte alone.
        let skip = match FIRST_BYTE[usize::from(bytes.get(tok.start).copied().unwrap_or(0))] {
            REJECT => !(tok.kind == TokenKind::Word && scan.words[i].is_some()),
            ACCEPT => false,
            _ => !may_start(bytes, tok, scan.words[i].is_some()),
        };
        if skip {
            i += 1;
            continue;
        }
        match parse_here(scan, i) {
            Some((end, expr)) if end > i => {
                found.push(Found { first: i, end, expr });
                i = end;
            }
            _ => i += 1,
        }
    }
}

/// Whether a parser can start at this token (a cheap test; `parse_at` decides). No parser
/// starts elsewhere: every one needs a number, a date word, `the`/`a`/`an`, or a one-word form
/// that begins with a digit (`13th`, `1990s`, `8am`) or is `Q3`, `H1`, `FY2025`-shaped.
#[inline(always)]
fn may_start(text: &[u8], tok: &Token, date_word: bool) -> bool {
    match tok.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            if date_word {
                return true;
            }
            let b = &text[tok.start..tok.end];
            match b {
                [b'0'..=b'9', ..] => true,
                [b'Q' | b'H', d] => d.is_ascii_digit(),
                [b'F', b'Y', _, _, _, _] => true,
                [t, h, e] => (t | 0x20) == b't' && (h | 0x20) == b'h' && (e | 0x20) == b'e',
                [a] => (a | 0x20) == b'a',
                [a, n] => (a | 0x20) == b'a' && (n | 0x20) == b'n',
                b"Christmas" | b"Thanksgiving" | b"Halloween" | b"Easter" => true,
                _ => false,
            }
        }
        _ => false,
    }
}

const REJECT: u8 = 0;
const ACCEPT: u8 = 1;
const CHECK: u8 = 2;

/// What the first byte of a token says about `may_start`: `REJECT` unless the token is a date
/// word (ASCII punctuation and letters other than `a`, `t`, `Q`, `H`, `F`, `C`, `E`), `ACCEPT` (a digit
/// begins a number or a word like `13th`), or `CHECK` (ask `may_start`).
static FIRST_BYTE: [u8; 256] = {
    let mut t = [REJECT; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => ACCEPT,
            b'a' | b'A' | b't' | b'T' | b'Q' | b'H' | b'F' | b'C' | b'E' => CHECK,
            0x80..=0xFF => CHECK,
            _ => REJECT,
        };
        b += 1;
    }
    t
};

/// The longest expression starting at token `i`, with the compositions that follow it
/// (`Friday morning`, `2 pm Friday`).
pub(crate) fn parse_at(scan: &Scan, i: usize) -> Option<(usize, Expr)> {
    if !(scan.ok(i) && may_start(scan.doc.text.as_bytes(), &scan.doc.tokens[i], scan.words[i].is_some())) {
        return None;
    }
    parse_here(scan, i)
}

/// `parse_at` at a token inside the sentence that passed `may_start`.
fn parse_here(scan: &Scan, i: usize) -> Option<(usize, Expr)> {
    // `the` and `a`/`an` (no date words) start only a modified expression or a period; the
    // other parsers need a number, a date word or a digit.
    let plain = scan.words[i].is_none();
    let (end, expr) = if plain && scan.is(i, "the") {
        relative::parse_modified(scan, i)?
    } else if plain && (scan.is(i, "a") || scan.is(i, "an")) {
        durations::parse(scan, i)?
    } else {
        relative::parse_modified(scan, i)
            .or_else(|| times::parse(scan, i))
            .or_else(|| calendar::parse(scan, i))
            .or_else(|| relative::parse(scan, i))
            .or_else(|| durations::parse(scan, i))?
    };
    Some(times::compose(scan, end, expr))
}

/// `February 2 to March 5`, `from May through July`, `between 2019 and 2021`: two points joined
/// by a range word become one range span.
fn join_ranges(scan: &Scan, found: &mut Vec<Found>) {
    let mut k = 0;
    while k + 1 < found.len() {
        let (a, b) = (&found[k], &found[k + 1]);
        // `from 9 a.m. to 5 p.m.`: two clock times join as two points do.
        let clocks = matches!((&a.expr, &b.expr), (Expr::Clock { day: None, .. }, Expr::Clock { .. }));
        let joined = b.first == a.end + 1 && (clocks || a.expr.is_point() && b.expr.is_point()) && {
            let w = scan.text(a.end);
            matches!(w, "-" | "–" | "—") && !matches!(a.expr, Expr::Offset { .. } | Expr::Shifted { .. })
                || scan.is_any(a.end, &["to", "through", "until", "till", "thru"])
                    && (scan.is(a.first.wrapping_sub(1), "from") || same_kind(&a.expr, &b.expr))
                || scan.is(a.end, "and") && scan.is(a.first.wrapping_sub(1), "between")
        };
        if joined {
            let b = found.remove(k + 1);
            let a = &mut found[k];
            let mut start = a.expr.clone();
            if let Some(y) = b.expr.said_year() {
                start.inherit_year(y);
            }
            a.expr = Expr::Range(Box::new(start), Box::new(b.expr));
            a.end = b.end;
        } else {
            k += 1;
        }
    }
}

/// `nearly four years`, `more than two weeks ago`, `around 7:15 p.m.`: a word that bounds or
/// approximates a period, a point counted back, or a clock time is a modifier inside the span
/// (TimeML's `mod`); the value stays the base one.
fn take_approximators(scan: &Scan, found: &mut [Found]) {
    const ONE: &[&str] = &["nearly", "almost", "about", "around", "roughly", "approximately", "some"];
    const PAIR: &[(&str, &str)] = &[
        ("more", "than"),
        ("less", "than"),
        ("fewer", "than"),
        ("at", "least"),
        ("at", "most"),
        ("up", "to"),
        ("just", "over"),
        ("just", "under"),
    ];
    let mut floor = scan.floor;
    for f in found.iter_mut() {
        let counted = match &f.expr {
            Expr::Duration { count: Count::Exact(_), .. } | Expr::Offset { .. } | Expr::YearBack => true,
            Expr::Clock { day: None, .. } => scan.kind(f.first) == Some(TokenKind::Number),
            _ => false,
        };
        // `some` only before a number (`some 20 years`), never `some time`.
        if counted && !scan.is(f.first, "the") {
            let p = f.first.wrapping_sub(1);
            if p >= floor && PAIR.iter().any(|(a, b)| scan.is(p, b) && p > floor && scan.is(p - 1, a)) {
                f.first = p - 1;
                // `no more than sixty days`
                if f.first > floor && scan.is(f.first - 1, "no") {
                    f.first -= 1;
                }
            } else if p >= floor && scan.is_any(p, ONE) && (!scan.is(p, "some") || scan.kind(f.first) == Some(TokenKind::Number)) {
                f.first = p;
            }
        }
        floor = f.end;
    }
}

fn same_kind(a: &Expr, b: &Expr) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// A month or quarter without a year takes the year of the nearest earlier expression of the
/// sentence that says one (`in March-April last year after a February greenlight`), unless the
/// two sit in clauses of opposite tenses (`invited in July 1997, will join on March 12`).
fn inherit_years(found: &mut [Found], tense_of: impl Fn(&Found) -> Tense) {
    let mut anchor: Option<(Year, Tense)> = None;
    for f in found.iter_mut() {
        if let Some(y) = f.expr.said_year() {
            anchor = Some((y, tense_of(f)));
        } else if let Some((y, t)) = anchor {
            let own = tense_of(f);
            let opposite = matches!((t, own), (Tense::Past, Tense::Future) | (Tense::Future, Tense::Past));
            if !opposite {
                f.expr.inherit_year(y);
            }
        }
    }
}

/// The tense cues of one sentence, read once: for each token the tense it sets (a past
/// participle after an auxiliary takes the auxiliary's tense), and the nearest cue on each side.
#[derive(Default)]
struct Tenses {
    /// Where the sentence begins (token index).
    start: usize,
    /// Per token of the sentence: the tense it sets, after its auxiliary.
    cue: Vec<Option<Tense>>,
    /// Per token of the sentence: the word's own tense cue.
    raw: Vec<Option<Tense>>,
    /// Per token of the sentence: its cue is an intention (`planned to`), which looks ahead only
    /// for what follows it (`On Friday, the government planned to pay` stays in the past).
    intent: Vec<bool>,
    /// Per token of the sentence: how many commas and semicolons come before it (its clause).
    clause: Vec<u16>,
    /// Per token: the nearest cue at or before it (sentence-relative index + 1; 0 = none).
    before: Vec<usize>,
    /// Per token: the nearest cue at or after it (sentence-relative index; `usize::MAX` = none).
    after: Vec<usize>,
}

impl Tenses {
    fn prepare(&mut self, scan: &Scan, sentence: Range<usize>) {
        self.start = sentence.start;
        self.raw.clear();
        // Only words set a tense; numbers and single characters never do.
        self.raw.extend(sentence.map(|i| if scan.doc.tokens[i].kind == TokenKind::Word { tense_cue(scan.text(i)) } else { None }));
        self.cue.clear();
        self.cue.extend_from_slice(&self.raw);
        self.intent.clear();
        self.intent.resize(self.cue.len(), false);
        for r in 0..self.cue.len() {
            // `will be held`, `is expected`: the auxiliary before a participle sets the tense.
            if self.cue[r] == Some(Tense::Past) {
                for k in r.saturating_sub(3)..r {
                    if let Some(aux) = self.raw[k].filter(|&a| a != Tense::Past) {
                        self.cue[r] = Some(aux);
                    }
                }
            }
        }
        // One pass over the bytes: clauses (commas, semicolons, dashes) and intentions
        // (`planned to leave`, `is set to resume`: an intention looks ahead, whatever the tense
        // of the verb that states it).
        self.clause.clear();
        let mut c = 0u16;
        let n = self.cue.len();
        let text = scan.doc.text.as_bytes();
        for r in 0..n {
            let i = self.start + r;
            let t = &scan.doc.tokens[i];
            match &text[t.start..t.end] {
                b"," | b";" | b"--" | [0xE2, 0x80, 0x94] => c = c.saturating_add(1),
                [b't' | b'T', b'o' | b'O']
                    if r >= 1
                        && r + 1 < n
                        && scan.kind(i + 1) == Some(TokenKind::Word)
                        && scan.text(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
                        && scan.is_any(i - 1, INTENT)
                        // `had been due to expire`: a plan that has passed.
                        && !scan.is_any(i.wrapping_sub(2), &["been", "had"]) =>
                {
                    self.cue[r - 1] = Some(Tense::Future);
                    self.intent[r - 1] = true;
                }
                _ => {}
            }
            self.clause.push(c);
        }
        self.before.clear();
        let mut last = 0;
        for r in 0..n {
            if self.cue[r].is_some() {
                last = r + 1;
            }
            self.before.push(last);
        }
        self.after.clear();
        self.after.resize(n, usize::MAX);
        let mut next = usize::MAX;
        for r in (0..n).rev() {
            if self.cue[r].is_some() {
                next = r;
            }
            self.after[r] = next;
        }
    }

    /// The tense of the verb nearest to tokens `[first, end)` within the sentence; at equal
    /// distance the earlier cue wins.
    fn near(&self, scan: &Scan, first: usize, end: usize) -> Tense {
        // Prepositions right before the expression say it outright.
        if scan.is_any(first.wrapping_sub(1), &["since", "ago"]) {
            return Tense::Past;
        }
        // `as soon as Tuesday`, `until Friday`: a limit still to come.
        if scan.is(first.wrapping_sub(1), "as") && scan.is(first.wrapping_sub(2), "soon") {
            return Tense::Future;
        }
        let (f, e) = (first - self.start, end - self.start);
        let left = match f.checked_sub(1).map(|p| self.before[p]) {
            Some(l) if l > 0 => Some((f - (l - 1), l - 1)),
            _ => None,
        };
        let right = match self.after.get(e) {
            Some(&r) if r != usize::MAX => Some((r + 1 - e, r)),
            _ => None,
        };
        // A cue in another clause (past a comma) counts as farther: `talks that are supposed to
        // conclude by May, invited Sinn Fein` reads `May` with `supposed to`.
        let far = |(d, r): (usize, usize)| if self.clause[r] != self.clause[f] { d + 6 } else { d };
        let best = match (left, right) {
            (Some(l), Some(r)) => Some(if far(l) <= far(r) { l } else { r }),
            (l, r) => l.or(r),
        };
        best.and_then(|(_, r)| if self.intent[r] && r >= e { self.raw[r] } else { self.cue[r] }).unwrap_or(Tense::Unknown)
    }
}

/// Words before `to` + verb that state an intention or a schedule (`planned to leave`).
const INTENT: &[&str] = &[
    "supposed", "plan", "plans", "planned", "planning", "set", "due", "expected", "expects", "expect", "scheduled", "going",
    "intends", "intend", "intended", "aims", "aimed", "hopes", "hoped", "wants", "wanted", "agreed", "promised",
    "vowed", "decided", "prepared", "preparing", "poised", "ready", "likely", "slated", "is", "are", "was", "were",
];

/// The tense a word sets, compared in place (no allocation per token).
fn tense_cue(word: &str) -> Option<Tense> {
    let b = word.as_bytes();
    let mut buf = [0u8; 9];
    // The listed words have 2 to 9 letters. Setting bit 0x20 lowers ASCII letters and
    // keeps `'`; no other byte of a word token becomes a letter or `'` by it.
    if matches!(b.len(), 2..=9) {
        let w = &mut buf[..b.len()];
        for (o, &c) in w.iter_mut().zip(b) {
            *o = c | 0x20;
        }
        let t = match &*w {
            b"will" | b"shall" | b"won't" | b"would" | b"might" | b"scheduled" | b"upcoming" | b"tomorrow" => {
                Some(Tense::Future)
            }
            b"said" | b"was" | b"were" | b"had" | b"did" | b"told" | b"ago" | b"last" | b"yesterday" | b"has" | b"have"
            | b"came" | b"went" | b"made" | b"met" | b"began" | b"took" | b"gave" | b"wrote" | b"spoke" | b"rose"
            | b"fell" | b"saw" | b"won" | b"lost" | b"held" | b"left" | b"sold" | b"paid" | b"got" | b"led"
            | b"announced" | b"became" | b"found" | b"sent" | b"kept" | b"struck" | b"brought" | b"thought" | b"bought"
            | b"sought" | b"fought" => Some(Tense::Past),
            b"is" | b"are" | b"am" | b"says" | b"say" => Some(Tense::Present),
            _ => None,
        };
        if t.is_some() {
            return t;
        }
    }
    let ends = |suffix: &[u8]| b.len() >= suffix.len() && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix);
    if ends(b"'ll") || ends("’ll".as_bytes()) {
        return Some(Tense::Future);
    }
    const NOT_PAST: [&str; 6] = ["indeed", "speed", "breed", "proceed", "exceed", "succeed"];
    if b.len() > 4 && ends(b"ed") && word.starts_with(|c: char| c.is_lowercase()) && !NOT_PAST.iter().any(|x| word.eq_ignore_ascii_case(x)) {
        return Some(Tense::Past);
    }
    None
}

#[cfg(test)]
mod tests;
