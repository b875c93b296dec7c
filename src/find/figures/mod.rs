//! PERCENT, MONEY, TARIFF.
//!
//! One pass over the tokens reads every figure where one can start (a number, a digit-led word,
//! a number word, a currency symbol or a currency word from the lexicon): `scan` below, with
//! `numbers` and `money`. Then `tariffs` decides, sentence by sentence and only where a tariff
//! word was found, which figures state a tariff, and fills in their structure. A refiner settles
//! what a bare `$` means for the whole text.

pub mod money;
pub mod numbers;
pub mod tariffs;

use crate::doc::Doc;
use crate::labels::Label;
use crate::scan::{Entry, Hit, Owner};
use crate::span::{Attrs, Span};
use crate::tokens::TokenKind;

use money::{CurrencyWord, Place, CURRENCY_WORDS};
use numbers::{parse_number, touch, Num, Parsed};

/// Payload kinds of our lexicon entries (the high byte); the low bits index a table.
pub(crate) const KIND_CURRENCY: u32 = 1 << 24;
pub(crate) const KIND_TRIGGER: u32 = 2 << 24;
pub(crate) const KIND_VERB: u32 = 3 << 24;
const KIND_MASK: u32 = 0xFF << 24;

pub fn lexicon_entries() -> Vec<Entry> {
    let mut entries: Vec<Entry> = CURRENCY_WORDS
        .iter()
        .enumerate()
        .map(|(i, c)| Entry { pattern: c.pattern.to_string(), owner: Owner::Figures, payload: KIND_CURRENCY | i as u32, case: c.case })
        .collect();
    entries.extend(tariffs::lexicon_entries());
    entries
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    Percent,
    /// `plain`: a `$`, `dollars` or `¥` whose currency the text settles (see `settle_plain_symbols`).
    Money { code: &'static str, plain: bool },
}

/// A figure found in the text, before it is told to be a tariff or not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Tokens `[first, end)`.
    pub first: usize,
    pub end: usize,
    pub unit: Unit,
    /// The value, or the high end of a range.
    pub value: f64,
    /// The low end of a range (`10` in `10 to 15 percent`).
    pub low: Option<f64>,
    /// Read with a scale word (`$63.4 billion`): a total, never a per-unit rate.
    pub scaled: bool,
}

/// Figures; `entities` are the entity spans of the whole text, sorted, for tariff attributes.
pub fn find(doc: &Doc, entities: &[Span]) -> Vec<Span> {
    let hits: Vec<Hit> = doc.hits_of(Owner::Figures).copied().collect();
    let mut figures = scan(doc, &hits);
    settle_plain_symbols(&hits, &mut figures);
    tariffs::spans(doc, &hits, entities, &figures)
}

/// The figure's span when it is not a tariff.
fn plain_span(doc: &Doc, f: &Figure) -> Span {
    let (start, end) = (doc.tokens[f.first].start, doc.tokens[f.end - 1].end);
    match f.unit {
        // A range keeps its low end as the value (`10 to 15 percent` is 10).
        Unit::Percent => Span::new(start, end, Label::Percent, Attrs::Percent { value: f.low.unwrap_or(f.value) }),
        Unit::Money { code, .. } => {
            Span::new(start, end, Label::Money, Attrs::Money { amount: f.low.unwrap_or(f.value), currency: code.to_string() })
        }
    }
}

/// Our lexicon hits that start at token `i` (longest first).
fn hits_at(hits: &[Hit], i: usize) -> &[Hit] {
    let lo = hits.partition_point(|h| h.first < i);
    let hi = lo + hits[lo..].iter().take_while(|h| h.first == i).count();
    &hits[lo..hi]
}

fn currency_hit(hits: &[Hit], i: usize, place: Place) -> Option<(&'static CurrencyWord, usize)> {
    hits_at(hits, i).iter().find_map(|h| {
        if h.payload & KIND_MASK != KIND_CURRENCY {
            return None;
        }
        let c = CURRENCY_WORDS.get((h.payload & !KIND_MASK) as usize)?;
        (c.place == Place::Both || c.place == place).then_some((c, h.end))
    })
}

fn tok<'t>(doc: &Doc<'t>, i: usize) -> &'t str {
    doc.tokens.get(i).map_or("", |t| t.text(doc.text))
}

fn is_word(doc: &Doc, i: usize, words: &[&str]) -> bool {
    let t = tok(doc, i);
    words.iter().any(|w| w.eq_ignore_ascii_case(t))
}

/// Reads every figure, left to right, without overlaps.
pub fn scan(doc: &Doc, hits: &[Hit]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut cursor = 0;
    while i < doc.tokens.len() {
        while cursor < hits.len() && hits[cursor].first < i {
            cursor += 1;
        }
        // Only currency words start figures (`Rs 500`, `USD 200`); tariff words and verbs do not.
        let has_hit = hits[cursor.min(hits.len())..].iter().take_while(|h| h.first == i).any(|h| h.payload & KIND_MASK == KIND_CURRENCY);
        if could_start(doc, i, has_hit) {
            if let Some(figs) = figure_at(doc, hits, i) {
                let end = figs.iter().map(|f| f.end).max().unwrap_or(i + 1);
                out.extend(figs);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A cheap test that a figure may start at token `i`.
fn could_start(doc: &Doc, i: usize, has_hit: bool) -> bool {
    let t = &doc.tokens[i];
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct | TokenKind::Other => money::symbol_code(t.text(doc.text)).is_some(),
        TokenKind::Word => {
            let s = t.text(doc.text);
            let b = s.as_bytes();
            if has_hit || b[0].is_ascii_digit() || (b.len() <= 16 && b[b.len() - 1].is_ascii_digit()) {
                return true;
            }
            // `US$`, `c $`: a qualifier only counts before a dollar sign.
            if doc.tokens.get(i + 1).is_some_and(|n| n.text(doc.text) == "$") {
                return true;
            }
            s.len() <= 9
                && b"aAoOtTfFsSeEnNhHqQzZmMpP".contains(&b[0])
                && (numbers::starts_number_word(s) || is_sign(s) || is_percent_word(s))
        }
    }
}

fn is_sign(s: &str) -> bool {
    s.eq_ignore_ascii_case("minus") || s.eq_ignore_ascii_case("negative")
}

fn is_percent_word(s: &str) -> bool {
    ["percent", "percents", "per"].iter().any(|w| w.eq_ignore_ascii_case(s))
}

/// A URL or code around a number (`q=30%25`, `%2020%`): no figure there.
fn glued_to_code(doc: &Doc, first: usize) -> bool {
    if first == 0 || !touch(doc, first - 1, first) {
        return false;
    }
    let prev = tok(doc, first - 1);
    matches!(prev, "%" | "=" | "/" | "&" | "#" | "_" | "+") || doc.tokens[first - 1].kind == TokenKind::Word
}

/// The end of a percent unit starting at token `k` (`%`, `percent`, `per cent`, `pc`,
/// `percentage points`), if one is there.
///
/// `percentage points` is PERCENT, as OntoNotes tags `5 percentage points`: the span takes the
/// whole unit and the value is the number of points.
fn percent_unit_end(doc: &Doc, k: usize) -> Option<usize> {
    let t = tok(doc, k);
    if t == "%" || t == "％" {
        // `%2D` in a URL is an escape, not a percent.
        let next_glued = doc.tokens.get(k + 1).is_some_and(|n| n.start == doc.tokens[k].end && n.kind != TokenKind::Punct);
        return (!next_glued).then_some(k + 1);
    }
    let lower = numbers::ascii_lower::<12>(t)?;
    let points = |j: usize| if is_word(doc, j, &["points", "point", "pts"]) { j + 1 } else { j };
    match lower.as_str() {
        "percent" | "percents" | "pct" | "pc" | "per-cent" => Some(points(k + 1)),
        "percentage" => Some(points(k + 1)),
        "per" if is_word(doc, k + 1, &["cent", "cents"]) => Some(points(k + 2)),
        "per" if tok(doc, k + 1) == "-" && is_word(doc, k + 2, &["cent"]) && touch(doc, k, k + 1) => Some(points(k + 3)),
        _ => None,
    }
}

/// A figure with its unit read after the number (`25%`, `72 billion euros`, `10 $`), or a
/// bare number when no unit follows.
struct Tail {
    end: usize,
    unit: Option<Unit>,
    value: f64,
    scaled: bool,
}

fn glued_unit(doc: &Doc, p: &Parsed) -> Option<Tail> {
    let (s, e) = p.glued_rest?;
    let rest = doc.text.get(s..e)?;
    if ["pc", "pct", "percent"].iter().any(|w| w.eq_ignore_ascii_case(rest)) {
        return Some(Tail { end: p.end, unit: Some(Unit::Percent), value: p.num.value(), scaled: p.scaled });
    }
    let (c, exp) = match money::lookup(rest) {
        Some(c) if c.place != Place::Before && !c.needs_scale => (c.code, c.exp),
        _ => (money::symbol_code(rest)?, 0),
    };
    Some(Tail { end: p.end, unit: Some(Unit::Money { code: c, plain: false }), value: p.num.scaled(exp).value(), scaled: p.scaled })
}

/// The unit after a number that ends at token `k`.
fn unit_after(doc: &Doc, hits: &[Hit], p: &Parsed) -> Tail {
    let k = p.end;
    if p.glued_rest.is_some() {
        return glued_unit(doc, p).unwrap_or(Tail { end: k, unit: None, value: p.num.value(), scaled: p.scaled });
    }
    if let Some(end) = percent_unit_end(doc, k) {
        return Tail { end, unit: Some(Unit::Percent), value: p.num.value(), scaled: p.scaled };
    }
    // `half a percentage point`, `a quarter of a percentage point`.
    if p.num.factor != 1.0 {
        let skip = if is_word(doc, k, &["a"]) { 1 } else if is_word(doc, k, &["of"]) && is_word(doc, k + 1, &["a"]) { 2 } else { 0 };
        if skip > 0 {
            if let Some(end) = percent_unit_end(doc, k + skip) {
                return Tail { end, unit: Some(Unit::Percent), value: p.num.value(), scaled: p.scaled };
            }
        }
    }
    // `a 25-percent tariff`, `a 25-per-cent stake`.
    if tok(doc, k) == "-" && touch(doc, k - 1, k) && touch(doc, k, k + 1) && tok(doc, k + 1) != "%" {
        if let Some(end) = percent_unit_end(doc, k + 1) {
            return Tail { end, unit: Some(Unit::Percent), value: p.num.value(), scaled: p.scaled };
        }
    }
    // `12-cent`, `one-yen`: a hyphen glued on both sides.
    let (word_at, hyphenated) = if tok(doc, k) == "-" && touch(doc, k - 1, k) && touch(doc, k, k + 1) { (k + 1, true) } else { (k, false) };
    if let Some((c, end)) = currency_hit(hits, word_at, Place::After) {
        if !c.needs_scale || p.scaled {
            let mut num = p.num.scaled(c.exp);
            let mut end = end;
            let mut scaled = p.scaled;
            // `75 USD million`.
            if !hyphenated {
                if let Some(e) = doc.tokens.get(end).and_then(|t| numbers::scale_exp(t.text(doc.text))) {
                    num = num.scaled(e);
                    end += 1;
                    scaled = true;
                }
            }
            let unit = Unit::Money { code: c.code, plain: c.plain_dollar };
            let mut tail = Tail { end, unit: Some(unit), value: num.value(), scaled };
            if !scaled && c.exp == 0 {
                add_minor_units(doc, hits, &mut tail, true);
            }
            return tail;
        }
    }
    // `10 €`, `10 $`: when no number follows the symbol, which would make it a prefix (`1 $ 10
    // dollars`), unless that number has its own symbol or cents after it (`10 $ 30 $`).
    if let Some(code) = money::symbol_code(tok(doc, k)) {
        let number_next = doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number);
        let own_unit_next = tok(doc, k + 2) == tok(doc, k) || is_word(doc, k + 2, &["cent", "cents"]);
        if !number_next || own_unit_next {
            let unit = Unit::Money { code, plain: matches!(tok(doc, k), "$" | "¥") };
            let mut tail = Tail { end: k + 1, unit: Some(unit), value: p.num.value(), scaled: p.scaled };
            if !p.scaled {
                add_minor_units(doc, hits, &mut tail, false);
            }
            return tail;
        }
    }
    Tail { end: k, unit: None, value: p.num.value(), scaled: p.scaled }
}

/// `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars 50`, `10 $ 30
/// cent`: cents after a whole amount. Without the word `cents`, only after a currency word and
/// only where no noun follows the number (`$4.25 and 32 is the quantity` stays $4.25).
fn add_minor_units(doc: &Doc, hits: &[Hit], tail: &mut Tail, after_word: bool) {
    if tail.value.fract() != 0.0 {
        return;
    }
    let mut j = tail.end;
    let and = is_word(doc, j, &["and"]);
    if and {
        j += 1;
    }
    if tok(doc, j) == "," || doc.tokens.get(j).is_none_or(|t| t.kind == TokenKind::Punct) {
        return;
    }
    let Some(p) = parse_number(doc, j) else { return };
    let Some(cents) = p.num.small_int() else { return };
    if p.scaled || p.glued_rest.is_some() {
        return;
    }
    let cents_word = currency_hit(hits, p.end, Place::After).is_some_and(|(c, _)| c.exp == -2);
    if cents_word {
        tail.value += f64::from(cents) / 100.0;
        tail.end = currency_hit(hits, p.end, Place::After).map_or(p.end, |(_, e)| e);
        return;
    }
    let next = doc.tokens.get(p.end);
    let ends_here = next.is_none_or(|t| t.kind != TokenKind::Word) || is_word(doc, p.end, &["and", "or", "more", "less"]);
    if ends_here && (after_word || and) {
        tail.value += f64::from(cents) / 100.0;
        tail.end = p.end;
    }
}

/// A figure that starts with its currency (`$63.4 billion`, `US$4.7 billion`, `Rs 1,200
/// crore`, `USD 200`, `USD115`): the currency's code and the token where the number starts.
fn currency_before(doc: &Doc, hits: &[Hit], i: usize) -> Option<(Unit, i32, usize)> {
    let t = tok(doc, i);
    if let Some(code) = money::symbol_code(t) {
        return Some((Unit::Money { code, plain: matches!(t, "$" | "¥") }, 0, i + 1));
    }
    // `US$`, `C$`, `c $`, `HK$`.
    if tok(doc, i + 1) == "$" {
        if let Some(code) = money::dollar_qualifier(t, !touch(doc, i, i + 1), !touch(doc, i + 1, i + 2)) {
            return Some((Unit::Money { code, plain: false }, 0, i + 2));
        }
    }
    if let Some((c, mut j)) = currency_hit(hits, i, Place::Before) {
        // `Rs.`, `usd$`, `mxn$`.
        if tok(doc, j) == "." && touch(doc, j - 1, j) {
            j += 1;
        }
        if tok(doc, j) == "$" && touch(doc, j - 1, j) {
            j += 1;
        }
        return Some((Unit::Money { code: c.code, plain: c.plain_dollar }, c.exp, j));
    }
    None
}

/// `USD115`, `usd50`: a code glued before digits, in one token.
fn glued_code_number(doc: &Doc, i: usize) -> Option<Figure> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let s = t.text(doc.text);
    let digit = s.find(|c: char| c.is_ascii_digit())?;
    let (code_text, digits) = s.split_at(digit);
    let c = money::lookup(code_text).filter(|c| c.place != Place::After && c.code.len() == 3 && c.pattern.len() == 3)?;
    let mut num = numbers::parse_digits(digits)?;
    let mut end = i + 1;
    let mut scaled = false;
    // `USD115.5`, `EUR1.2bn`: the tokenizer stops the word at the period.
    let decimals = doc.tokens.get(end + 1).filter(|n| n.kind == TokenKind::Number || n.kind == TokenKind::Word && n.text(doc.text).as_bytes()[0].is_ascii_digit());
    if tok(doc, end) == "." && touch(doc, i, end) && decimals.is_some() && touch(doc, end, end + 1) {
        let next = tok(doc, end + 1);
        let (fraction, scale) = match numbers::split_leading_number(next) {
            Some((_, rest)) => (&next[..next.len() - rest.len()], Some(numbers::glued_scale_exp(rest)?)),
            None => (next, None),
        };
        num = numbers::parse_digits(&format!("{digits}.{fraction}"))?;
        if let Some(e) = scale {
            num = num.scaled(e);
            scaled = true;
        }
        end += 2;
    }
    Some(Figure { first: i, end, unit: Unit::Money { code: c.code, plain: false }, value: num.value(), low: None, scaled })
}

/// The figures that start at token `i` (two for `from 10 to 25%`), if any.
fn figure_at(doc: &Doc, hits: &[Hit], i: usize) -> Option<Vec<Figure>> {
    if let Some((unit, exp, j)) = currency_before(doc, hits, i) {
        if let Some(f) = money_after_currency(doc, hits, i, unit, exp, j) {
            return Some(vec![f]);
        }
    }
    if let Some(f) = glued_code_number(doc, i) {
        return Some(vec![f]);
    }
    if let Some(f) = reversed_percent(doc, i) {
        return Some(vec![f]);
    }
    number_first(doc, hits, i)
}

/// Money after its currency: `$ 75 million`, `$5-10 billion`, `$ 10 dollars`, `c $ 100 and fifty`.
fn money_after_currency(doc: &Doc, hits: &[Hit], i: usize, unit: Unit, exp: i32, j: usize) -> Option<Figure> {
    let p = parse_number(doc, j)?;
    if p.glued_rest.is_some() {
        return None;
    }
    // `dollar 1.5%` is a percentage after a word, and `dollar : 143.80 yen` is yen.
    if percent_unit_end(doc, p.end).is_some() {
        return None;
    }
    let Unit::Money { code, .. } = unit else { return None };
    let symbol_led = money::symbol_code(tok(doc, i)).is_some() || tok(doc, i + 1) == "$" || tok(doc, j - 1) == "$";
    let code_led = tok(doc, i).len() == 3 && tok(doc, i).bytes().all(|b| b.is_ascii_alphabetic());
    if !symbol_led && !code_led && currency_hit(hits, p.end, Place::After).is_some_and(|(c, _)| c.code != code) {
        return None;
    }
    // `dollar 22.5 million` leads with the word, but `the dollar 10 years ago` is no sum.
    if is_word(doc, i, &["dollar", "dollars"]) && !p.scaled && tok(doc, j).bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut f = Figure { first: i, end: p.end, unit, value: p.num.scaled(exp).value(), low: None, scaled: p.scaled };
    // A range: `$5-10 billion`, `$5 billion to $10 billion`, `$5-$10`.
    let joiner = tok(doc, f.end);
    // `from $10 to $25` is two figures, an old and a new amount.
    let from = i > 0 && is_word(doc, i - 1, &["from"]);
    if matches!(joiner, "-" | "–") || (joiner == "to" && !from) {
        let mut k = f.end + 1;
        if tok(doc, k) == tok(doc, j - 1) && money::symbol_code(tok(doc, k)).is_some() {
            k += 1;
        }
        let number_starts = doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number || t.kind == TokenKind::Word && t.text(doc.text).as_bytes()[0].is_ascii_digit());
        if let Some(q) = parse_number(doc, k).filter(|q| q.glued_rest.is_none() && number_starts) {
            let low = if q.scaled && !p.scaled { scale_like(p.num.scaled(exp), doc, p.end, q.end) } else { p.num.scaled(exp) };
            f.low = Some(low.value());
            f.value = q.num.scaled(exp).value();
            f.end = q.end;
            f.scaled = q.scaled || p.scaled;
        }
    }
    // `$ 10 dollars`: the same currency named again; `$10 dollars` stays `$10` (the glued
    // symbol already closed the figure, as Recognizers-Text reads it).
    let glued_symbol = money::symbol_code(tok(doc, j - 1)).is_some() && touch(doc, j - 1, j);
    if let Some((c, end)) = currency_hit(hits, f.end, Place::After).filter(|_| !glued_symbol) {
        if c.code == code || c.plain_dollar {
            f.end = end;
        }
    }
    if !f.scaled && f.low.is_none() {
        let mut tail = Tail { end: f.end, unit: Some(unit), value: f.value, scaled: false };
        add_minor_units(doc, hits, &mut tail, false);
        f.value = tail.value;
        f.end = tail.end;
    }
    Some(f)
}

/// Applies to `low` the scale words that follow the high end (`$5-10 billion`).
fn scale_like(low: Num, doc: &Doc, low_end: usize, high_end: usize) -> Num {
    let mut num = low;
    for k in low_end..high_end {
        if let Some(e) = numbers::scale_exp(tok(doc, k)) {
            num = num.scaled(e);
        }
        if let Some((_, rest)) = numbers::split_leading_number(tok(doc, k)) {
            if let Some(e) = numbers::glued_scale_exp(rest) {
                num = num.scaled(e);
            }
        }
    }
    num
}

/// `percent of 10`, `per cent of twenty-two`: the unit first (Recognizers-Text style), only
/// where the number ends the clause.
fn reversed_percent(doc: &Doc, i: usize) -> Option<Figure> {
    let t = tok(doc, i);
    let after_unit = if ["percent", "percents"].iter().any(|w| w.eq_ignore_ascii_case(t)) {
        i + 1
    } else if t.eq_ignore_ascii_case("per") && is_word(doc, i + 1, &["cent"]) {
        i + 2
    } else {
        return None;
    };
    if i > 0 && parse_number(doc, i - 1).is_some_and(|p| p.end == i) {
        return None;
    }
    if !is_word(doc, after_unit, &["of"]) {
        return None;
    }
    let p = parse_number(doc, after_unit + 1)?;
    if p.glued_rest.is_some() || p.scaled || doc.tokens.get(p.end).is_some_and(|t| t.kind != TokenKind::Punct) {
        return None;
    }
    Some(Figure { first: i, end: p.end, unit: Unit::Percent, value: p.num.value(), low: None, scaled: false })
}

/// A figure that starts with its number: `25%`, `10 to 15 percent`, `72 billion euros`,
/// `minus five percent`, and `from 10 to 25%` (two figures).
fn number_first(doc: &Doc, hits: &[Hit], i: usize) -> Option<Vec<Figure>> {
    let (negative, n) = if is_sign(tok(doc, i)) { (true, i + 1) } else { (false, i) };
    if glued_to_code(doc, n) {
        return None;
    }
    let p = parse_number(doc, n)?;
    let sign = if negative { -1.0 } else { 1.0 };
    let tail = unit_after(doc, hits, &p);
    if let Some(unit) = tail.unit {
        if negative && unit != Unit::Percent {
            return None;
        }
        let mut f = Figure { first: i, end: tail.end, unit, value: sign * tail.value, low: None, scaled: tail.scaled };
        // `10%-15%`, `10% to 41%`, `between 18% and 28%`: a range with the unit on both ends
        // (but `from 10% to 25%` is an old and a new rate, two figures).
        let joiner = tok(doc, f.end);
        let from = i > 0 && is_word(doc, i - 1, &["from"]);
        let between = i > 0 && is_word(doc, i - 1, &["between"]);
        // `by 20 percentage points to 27.5 per cent`: the change, then the new rate.
        // (`boost value by 5% to 10%` stays a range.)
        let by = i > 0
            && is_word(doc, i - 1, &["by"])
            && joiner.eq_ignore_ascii_case("to")
            && (f.first..f.end).any(|k| is_word(doc, k, &["point", "points", "pp", "ppt", "ppts"]));
        let ranged = (matches!(joiner, "-" | "–" | "to") && !from && !by) || (between && joiner.eq_ignore_ascii_case("and"));
        if unit == Unit::Percent && ranged {
            if let Some(q) = parse_number(doc, f.end + 1).filter(|q| q.glued_rest.is_none()) {
                if let Some(end) = percent_unit_end(doc, q.end) {
                    f.low = Some(f.value);
                    f.value = q.num.value();
                    f.end = end;
                }
            }
        }
        // `to five percent from six`: the old rate, a bare number, takes the unit.
        if unit == Unit::Percent && f.low.is_none() && is_word(doc, f.end, &["from"]) {
            if let Some(old) = bare_old_rate(doc, f.end + 1) {
                return Some(vec![f, Figure { first: f.end + 1, end: old.end, unit, value: old.num.value(), low: None, scaled: false }]);
            }
        }
        return Some(vec![f]);
    }
    if negative {
        return None;
    }
    // No unit yet: a range or a `from X to Y` whose unit comes at the end, or `to 8.0 from
    // 10.0 percent` (two figures, the new rate with the unit of the old).
    let joiner = tok(doc, p.end);
    if joiner.eq_ignore_ascii_case("from") && i > 0 && is_word(doc, i - 1, &["to", "at"]) && !p.scaled {
        let q = parse_number(doc, p.end + 1)?;
        let old = unit_after(doc, hits, &q);
        if old.unit == Some(Unit::Percent) {
            let new = Figure { first: i, end: p.end, unit: Unit::Percent, value: p.num.value(), low: None, scaled: false };
            let old = Figure { first: p.end + 1, end: old.end, unit: Unit::Percent, value: old.value, low: None, scaled: false };
            return Some(vec![new, old]);
        }
        return None;
    }
    let between = i > 0 && is_word(doc, i - 1, &["between"]);
    let is_joiner = matches!(joiner, "-" | "–" | "to") || (between && joiner.eq_ignore_ascii_case("and"));
    if !is_joiner {
        return None;
    }
    let q = parse_number(doc, p.end + 1)?;
    let high = unit_after(doc, hits, &q);
    let unit = high.unit?;
    let low_value = match unit {
        Unit::Money { .. } if high.scaled && !p.scaled => scale_like(p.num, doc, q.end - 1, q.end).value(),
        _ => p.num.value(),
    };
    let low_value = match (unit, &high) {
        (Unit::Money { .. }, h) if h.value != q.num.value() && !p.scaled && !high.scaled => {
            // Minor units: `10 to 15 cents`.
            low_value * (h.value / q.num.value())
        }
        _ => low_value,
    };
    let from = i > 0 && is_word(doc, i - 1, &["from"]) && joiner.eq_ignore_ascii_case("to");
    if from {
        // `from 10 to 25%`: two figures, the old rate with the unit of the new.
        let old = Figure { first: i, end: p.end, unit, value: low_value, low: None, scaled: p.scaled };
        let new = Figure { first: p.end + 1, end: high.end, unit, value: high.value, low: None, scaled: high.scaled };
        return Some(vec![old, new]);
    }
    Some(vec![Figure { first: i, end: high.end, unit, value: high.value, low: Some(low_value), scaled: high.scaled }])
}

/// A plain number at `k` that can be an old percentage (`from six`, `from 3.8`): below 100 and
/// closing its clause, so `5% from 2019` (a year) and `from 10 stores` are not.
fn bare_old_rate(doc: &Doc, k: usize) -> Option<Parsed> {
    let p = parse_number(doc, k).filter(|p| p.glued_rest.is_none() && !p.scaled)?;
    let v = p.num.value();
    let ends = doc.tokens.get(p.end).is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text(doc.text), "%" | "-" | "/" | "$"))
        || is_word(doc, p.end, &["a", "in", "last", "earlier", "previously", "before", "the", "and"]);
    ((0.0..100.0).contains(&v) && ends && percent_unit_end(doc, p.end).is_none()).then_some(p)
}

/// A bare `$` is the US dollar unless the text writes sums in one other dollar and never in the
/// US one (an Australian report that writes `A$` once and `$` after); a bare `¥` is the yen
/// unless the text speaks of yuan and never of yen. A dollar named without a sum (`the Canadian
/// dollar fell 0.4%`) is market news about that currency and settles nothing.
fn settle_plain_symbols(hits: &[Hit], figures: &mut [Figure]) {
    const DOLLARS: [&str; 7] = ["AUD", "CAD", "HKD", "SGD", "NZD", "TWD", "ZWL"];
    let named = figures
        .iter()
        .filter_map(|f| match f.unit {
            Unit::Money { code, plain: false } => Some((code, code == "USD")),
            _ => None,
        })
        .chain(hits.iter().filter(|h| h.payload & KIND_MASK == KIND_CURRENCY).filter_map(|h| {
            let c = CURRENCY_WORDS.get((h.payload & !KIND_MASK) as usize)?;
            // Yuan and yen named without a sum still tell which `¥` the text means, and a US
            // dollar named anywhere keeps a bare `$` American.
            let counts = matches!(c.code, "CNY" | "JPY") || (c.code == "USD" && c.pattern.contains("dollar"));
            (!c.plain_dollar && counts).then_some((c.code, c.code == "USD"))
        }));
    let (mut other_dollars, mut us, mut yuan, mut yen) = (Vec::new(), false, false, false);
    for (code, us_dollar) in named {
        us |= us_dollar || code == "USD";
        yuan |= code == "CNY";
        yen |= code == "JPY";
        if DOLLARS.contains(&code) && !other_dollars.contains(&code) {
            other_dollars.push(code);
        }
    }
    let dollar = match (other_dollars.as_slice(), us) {
        ([one], false) => Some(*one),
        _ => None,
    };
    for f in figures.iter_mut() {
        if let Unit::Money { code, plain: true } = f.unit {
            let settled = match code {
                "USD" => dollar,
                "JPY" if yuan && !yen => Some("CNY"),
                _ => None,
            };
            if let Some(code) = settled {
                f.unit = Unit::Money { code, plain: false };
            }
        }
    }
}

#[cfg(test)]
mod tests;
