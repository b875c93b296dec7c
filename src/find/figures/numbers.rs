//! Numbers as news writes them: `1,194.09`, `12,34,567.89`, `63.4bn`, `twenty-five`,
//! `a quarter`, `three quarters`, `half a million`, with scale words (`million`, `bn`, `lakh`,
//! `crore`). A number is kept as decimal digits and a power of ten, so that `$63.4 billion` is
//! exactly 63400000000 and not 63399999999.99999.

use crate::doc::Doc;
use crate::tokens::TokenKind;

/// A decimal number `mantissa * 10^exp * factor`; `factor` carries fractions (`a quarter`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num {
    pub mantissa: u128,
    pub exp: i32,
    pub factor: f64,
}

impl Num {
    pub fn int(n: u128) -> Num {
        Num { mantissa: n, exp: 0, factor: 1.0 }
    }

    pub fn value(self) -> f64 {
        let base = if self.exp >= 0 {
            let scaled = 10u128.checked_pow(self.exp as u32).and_then(|p| self.mantissa.checked_mul(p));
            match scaled {
                Some(v) => v as f64,
                None => self.mantissa as f64 * 10f64.powi(self.exp),
            }
        } else {
            // Dividing by an exact power of ten rounds once: 12/10 is the f64 nearest 1.2.
            self.mantissa as f64 / 10f64.powi(-self.exp)
        };
        base * self.factor
    }

    pub fn scaled(self, exp: i32) -> Num {
        Num { exp: self.exp + exp, ..self }
    }

    pub fn times(self, factor: f64) -> Num {
        Num { factor: self.factor * factor, ..self }
    }

    /// A whole number below 100, as in the cents of `3 dollars 50`.
    pub fn small_int(self) -> Option<u32> {
        let v = self.value();
        (v.fract() == 0.0 && (0.0..100.0).contains(&v)).then_some(v as u32)
    }
}

/// Parses digits with `,` grouping and one `.` decimal point (`1,194.09`, `12,34,567.89`).
pub fn parse_digits(s: &str) -> Option<Num> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    if int.is_empty() || frac.contains(['.', ',']) || !int.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = int.bytes().filter(|&b| b != b',').chain(frac.bytes());
    let mut mantissa: u128 = 0;
    let mut count = 0;
    for b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        count += 1;
        if count > 30 {
            return None;
        }
        mantissa = mantissa * 10 + u128::from(b - b'0');
    }
    Some(Num { mantissa, exp: -(frac.len() as i32), factor: 1.0 })
}

/// Splits a token like `63.4bn`, `5pc`, `115USD`, `100元` into its number and the rest.
pub fn split_leading_number(s: &str) -> Option<(Num, &str)> {
    let b = s.as_bytes();
    let mut end = 0;
    while end < b.len() {
        let c = b[end];
        let inner_sep = (c == b',' || c == b'.') && end > 0 && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || inner_sep {
            end += 1;
        } else {
            break;
        }
    }
    if end == 0 || end == b.len() {
        return None;
    }
    Some((parse_digits(&s[..end])?, &s[end..]))
}

/// The power of ten of a scale word or suffix (`million` 6, `bn` 9, `lakh` 5, `crore` 7).
pub fn scale_exp(word: &str) -> Option<i32> {
    let lower = ascii_lower::<12>(word)?;
    Some(match lower.as_str() {
        "thousand" | "thousands" => 3,
        "million" | "millions" | "mln" | "mn" => 6,
        "billion" | "billions" | "bln" | "bn" => 9,
        "trillion" | "trillions" | "tn" | "trn" => 12,
        "lakh" | "lakhs" | "lac" | "lacs" => 5,
        "crore" | "crores" | "cr" => 7,
        _ => return None,
    })
}

/// Scale suffixes glued to digits only (`£2m`, `$50k`, `$5b`); standing alone they are letters.
pub fn glued_scale_exp(suffix: &str) -> Option<i32> {
    match suffix {
        "m" | "M" => Some(6),
        "k" | "K" => Some(3),
        "b" | "B" => Some(9),
        _ => scale_exp(suffix),
    }
}

/// A short ASCII word in lower case, on the stack; `None` if longer than `N` or not ASCII.
pub struct Lower<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Lower<N> {
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

pub fn ascii_lower<const N: usize>(word: &str) -> Option<Lower<N>> {
    if word.len() > N || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; N];
    for (d, s) in buf.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Some(Lower { buf, len: word.len() })
}

fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 0.5,
        "quarter" | "quarters" => 0.25,
        "third" | "thirds" => 1.0 / 3.0,
        _ => return None,
    })
}

/// Whether a word can start a spelled-out number (checked before any parsing, to stay cheap).
pub fn starts_number_word(word: &str) -> bool {
    let Some(l) = ascii_lower::<10>(word) else { return false };
    let w = l.as_str();
    unit_word(w).is_some() || tens_word(w).is_some() || matches!(w, "a" | "an" | "half" | "quarter")
}

/// A parsed number over tokens `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parsed {
    pub num: Num,
    pub end: usize,
    /// Whether a scale word (`million`, `bn`) was read.
    pub scaled: bool,
    /// A unit glued to the digits and left over (`USD` in `115USD`, `pc` in `5pc`), as a byte
    /// range of the text.
    pub glued_rest: Option<(usize, usize)>,
}

/// Whether tokens `a` and `b` (a before b) touch, with no space between.
pub fn touch(doc: &Doc, a: usize, b: usize) -> bool {
    match (doc.tokens.get(a), doc.tokens.get(b)) {
        (Some(x), Some(y)) => x.end == y.start,
        _ => false,
    }
}

fn lower_tok<const N: usize>(doc: &Doc, i: usize) -> Option<Lower<N>> {
    doc.tokens.get(i).and_then(|t| ascii_lower::<N>(t.text(doc.text)))
}

/// Reads a number at token `i` (digits, a digit-led token, or words), then scale words.
pub fn parse_number(doc: &Doc, i: usize) -> Option<Parsed> {
    let tok = doc.tokens.get(i)?;
    let text = tok.text(doc.text);
    let (mut num, mut end, mut scaled, glued_rest) = match tok.kind {
        TokenKind::Number => (parse_digits(text)?, i + 1, false, None),
        TokenKind::Word if text.as_bytes()[0].is_ascii_digit() => {
            let (num, rest) = split_leading_number(text)?;
            let rest_start = tok.end - rest.len();
            match glued_scale_exp(rest) {
                Some(e) => (num.scaled(e), i + 1, true, None),
                None => (num, i + 1, false, Some((rest_start, tok.end))),
            }
        }
        TokenKind::Word => {
            let (num, end) = parse_words(doc, i)?;
            (num, end, false, None)
        }
        _ => return None,
    };
    if glued_rest.is_none() {
        // Scale words: `1.5 million`, `two hundred thousand`, `half a billion`.
        loop {
            let Some(t) = doc.tokens.get(end) else { break };
            if t.kind != TokenKind::Word {
                break;
            }
            let w = t.text(doc.text);
            if let Some(e) = scale_exp(w) {
                num = num.scaled(e);
                scaled = true;
                end += 1;
                continue;
            }
            // `half a million`: a fraction, `a`, a scale word.
            if num.mantissa != 0 && num.factor != 1.0 && matches!(w, "a" | "an") {
                if let Some(e) = doc.tokens.get(end + 1).and_then(|t| scale_exp(t.text(doc.text))) {
                    num = num.scaled(e);
                    scaled = true;
                    end += 2;
                    continue;
                }
            }
            break;
        }
    }
    Some(Parsed { num, end, scaled, glued_rest })
}

/// Spelled-out numbers: `twenty-five`, `one hundred and twenty`, `three thousand`, `a quarter`,
/// `three quarters`, `half`, `minus five`. Returns the number and the token after it.
fn parse_words(doc: &Doc, i: usize) -> Option<(Num, usize)> {
    // Signs (`minus five percent`) are read by the caller.
    let j = i;
    let w0 = lower_tok::<10>(doc, j)?;
    // `a quarter`, `a half`, `a third`, `a million`, `a hundred`.
    if matches!(w0.as_str(), "a" | "an") {
        let next = lower_tok::<10>(doc, j + 1)?;
        if let Some(f) = fraction_word(next.as_str()) {
            return Some((Num::int(1).times(f), j + 2));
        }
        if next.as_str() == "hundred" {
            return Some((Num::int(100), j + 2));
        }
        if scale_exp(next.as_str()).is_some() {
            // The scale word is read by the caller.
            return Some((Num::int(1), j + 1));
        }
        return None;
    }
    if let Some(f) = fraction_word(w0.as_str()) {
        if matches!(w0.as_str(), "half" | "quarter") {
            return Some((Num::int(1).times(f), j + 1));
        }
        return None;
    }
    let mut total: u128 = 0;
    let mut current: u128 = 0;
    let mut any = false;
    let mut k = j;
    loop {
        let Some(w) = lower_tok::<10>(doc, k) else { break };
        let w = w.as_str();
        if let Some(t) = tens_word(w) {
            if current % 100 != 0 && current % 100 >= 10 {
                break;
            }
            current += u128::from(t);
            any = true;
            k += 1;
            // `twenty-five`, `twenty five`.
            let hyphen = doc.tokens.get(k).is_some_and(|t| t.text(doc.text) == "-") && touch(doc, k - 1, k) && touch(doc, k, k + 1);
            let unit_at = if hyphen { k + 1 } else { k };
            if let Some(u) = lower_tok::<10>(doc, unit_at).and_then(|l| unit_word(l.as_str())) {
                if (1..10).contains(&u) {
                    current += u128::from(u);
                    k = unit_at + 1;
                }
            }
            continue;
        }
        if let Some(u) = unit_word(w) {
            if any && current % 100 != 0 {
                break;
            }
            current += u128::from(u);
            any = true;
            k += 1;
            continue;
        }
        if any && w == "hundred" {
            current = current.max(1) * 100;
            k += 1;
            // `one hundred and twenty`.
            if lower_tok::<10>(doc, k).is_some_and(|l| l.as_str() == "and")
                && lower_tok::<10>(doc, k + 1).is_some_and(|l| unit_word(l.as_str()).is_some() || tens_word(l.as_str()).is_some())
            {
                k += 1;
            }
            continue;
        }
        if any && w == "thousand" {
            // `three thousand five hundred`: a thousand inside a spelled number.
            let next_is_number = lower_tok::<10>(doc, k + 1).is_some_and(|l| unit_word(l.as_str()).is_some() || tens_word(l.as_str()).is_some());
            if !next_is_number {
                break;
            }
            total += current.max(1) * 1000;
            current = 0;
            k += 1;
            continue;
        }
        if any {
            if let Some(f) = fraction_word(w) {
                // `three quarters`, `two thirds`.
                let n = total + current;
                return Some((Num::int(n).times(f), k + 1));
            }
        }
        break;
    }
    if !any {
        return None;
    }
    Some((Num::int(total + current), k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, String)> {
        let doc = Doc::new(text);
        let p = parse_number(&doc, 0)?;
        let end = doc.tokens[p.end - 1].end;
        Some((p.num.value(), text[..end].to_string()))
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(read("1,194.09 points"), Some((1194.09, "1,194.09".into())));
        assert_eq!(read("63.4 billion"), Some((63_400_000_000.0, "63.4 billion".into())));
        assert_eq!(read("63.4bn"), Some((63_400_000_000.0, "63.4bn".into())));
        assert_eq!(read("1,200 crore"), Some((12_000_000_000.0, "1,200 crore".into())));
        assert_eq!(read("12,34,567.89"), Some((1_234_567.89, "12,34,567.89".into())));
        assert_eq!(read("twenty-five"), Some((25.0, "twenty-five".into())));
        assert_eq!(read("one hundred and twenty"), Some((120.0, "one hundred and twenty".into())));
        assert_eq!(read("three thousand dollars"), Some((3000.0, "three thousand".into())));
        assert_eq!(read("a quarter million"), Some((250_000.0, "a quarter million".into())));
        assert_eq!(read("three quarters billion"), Some((750_000_000.0, "three quarters billion".into())));
        assert_eq!(read("half a million"), Some((500_000.0, "half a million".into())));
        assert_eq!(read("a million"), Some((1_000_000.0, "a million".into())));
        assert_eq!(read("35 lakh"), Some((3_500_000.0, "35 lakh".into())));
    }

    #[test]
    fn not_numbers() {
        assert_eq!(read("a dog"), None);
        assert_eq!(read("G20"), None);
        assert_eq!(read("anyone"), None);
        assert_eq!(parse_digits("1.2.3"), None);
    }
}
