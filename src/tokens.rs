//! The tokenizer: one pass over the text, every finder works on its tokens.
//!
//! Tokens are words (letters, with digits mixed in: `G20`, `Q3`), numbers (digits with inner
//! separators: `1,194.09`), and single punctuation or symbol characters. Whitespace is not a
//! token; `newlines_before` keeps paragraph breaks visible. Two splits follow news tokenization
//! (CoNLL, OntoNotes): a possessive `'s` is its own token, and dotted initials (`U.S.`, `a.m.`)
//! are one token with their periods.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, marks and inner apostrophes.
    Word,
    /// Digits, possibly with inner `,` or `.` between digits.
    Number,
    /// One punctuation character (`.`, `“`, `-`, `%`, `$`).
    Punct,
    /// Any other single character: emoji, symbols, control characters.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the text, `[start, end)`.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Newlines in the whitespace before this token, capped at 2 (2 = a paragraph break).
    pub newlines_before: u8,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// ASCII letters and digits, as a table (cheaper than the range tests in the hot loops).
pub(crate) const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits that starts at `i`.
#[inline]
fn ascii_run_end(bytes: &[u8], i: usize) -> usize {
    let rest = bytes.get(i..).unwrap_or_default();
    i + rest.iter().position(|&b| !ASCII_ALNUM[usize::from(b)]).unwrap_or(rest.len())
}

fn is_mark(c: char) -> bool {
    // Combining marks and joiners continue the word they follow (`é` as e + U+0301).
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F | 0x200C | 0x200D)
        || (!c.is_alphanumeric() && !c.is_whitespace() && !c.is_ascii() && is_indic_mark(c))
}

fn is_indic_mark(c: char) -> bool {
    // Vowel signs and viramas of Brahmic scripts are marks, not letters.
    matches!(c as u32, 0x0900..=0x0DFF) && !c.is_alphabetic()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens, appending to `out` (cleared first), so a caller can reuse the buffer.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut newlines: u8 = 0;
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        // ASCII fast path for whitespace.
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        if b == b'\n' {
            newlines = newlines.saturating_add(1).min(2);
            i += 1;
            continue;
        }
        if ASCII_ALNUM[usize::from(b)] {
            // A run of ASCII letters and digits ended by whitespace, punctuation other than
            // `,` `.` `'`, or the end of the text is a whole word or number; anything else goes
            // through `scan_word`.
            let run_end = ascii_run_end(bytes, i);
            let (end, kind) = match bytes.get(run_end) {
                Some(&n) if n >= 0x80 || matches!(n, b',' | b'.' | b'\'') => scan_word(text, i),
                _ if bytes[i..run_end].iter().any(u8::is_ascii_alphabetic) => (run_end, TokenKind::Word),
                _ => (run_end, TokenKind::Number),
            };
            out.push(Token { start: i, end, kind, newlines_before: newlines });
            newlines = 0;
            i = end;
            continue;
        }
        // Other printable ASCII but the apostrophe: one punctuation or symbol character (no
        // whitespace, no mark, no possessive).
        if b > b' ' && b < 0x7F && b != b'\'' {
            let kind = if b.is_ascii_punctuation() { TokenKind::Punct } else { TokenKind::Other };
            out.push(Token { start: i, end: i + 1, kind, newlines_before: newlines });
            newlines = 0;
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        if c.is_whitespace() {
            if c == '\u{2028}' || c == '\u{2029}' {
                newlines = 2;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphanumeric() {
            let (end, k) = scan_word(text, i);
            i = end;
            kind = k;
        } else if is_apostrophe(c) && is_possessive_at(text, i) && out.last().is_some_and(|t: &Token| t.end == i && t.kind == TokenKind::Word) {
            i += c.len_utf8() + 1;
            kind = TokenKind::Word;
        } else if is_mark(c) && out.last().is_some_and(|t: &Token| t.end == i && t.kind == TokenKind::Word) {
            // A stray mark right after a word belongs to it.
            let last = out.last_mut().expect("checked");
            last.end = i + c.len_utf8();
            i = last.end;
            continue;
        } else {
            i += c.len_utf8();
            kind = if c.is_ascii_punctuation() || is_unicode_punct(c) { TokenKind::Punct } else { TokenKind::Other };
        }
        out.push(Token { start, end: i, kind, newlines_before: newlines });
        newlines = 0;
    }
}

/// `'s` or `’s` at byte `i`, ending a word (`Jaishankar's visit`).
fn is_possessive_at(text: &str, i: usize) -> bool {
    let mut chars = text[i..].chars();
    chars.next().is_some_and(is_apostrophe)
        && chars.next().is_some_and(|c| c == 's' || c == 'S')
        && !chars.next().is_some_and(|c| c.is_alphanumeric())
}

fn is_unicode_punct(c: char) -> bool {
    matches!(c as u32, 0x00A1..=0x00BF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x20A0..=0x20CF | 0x3000..=0x303F | 0xFF01..=0xFF0F)
}

/// Reads a word or number starting at `start` (an alphanumeric character); returns its end.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    // Everything before `end` is the word so far; the next character starts at `end`.
    let mut end = start;
    let mut has_letter = false;
    let mut prev: Option<char> = None;
    loop {
        // ASCII letters and digits, the common case, a byte at a time.
        let run = end;
        end = ascii_run_end(bytes, end);
        if end > run {
            has_letter = has_letter || bytes[run..end].iter().any(u8::is_ascii_alphabetic);
            prev = Some(char::from(bytes[end - 1]));
        }
        // Any other ASCII character but `,` `.` `'` ends the word (it is no letter, digit, mark,
        // inner separator or apostrophe).
        match bytes.get(end) {
            None => break,
            Some(&b) if b < 0x80 && !matches!(b, b',' | b'.' | b'\'') => break,
            Some(_) => {}
        }
        let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) else { break };
        let pos = end;
        if c.is_alphanumeric() || (is_mark(c) && prev.is_some()) {
            has_letter |= c.is_alphabetic();
            end = pos + c.len_utf8();
            prev = Some(c);
            continue;
        }
        // Inner separators: `1,194.09` (digits on both sides), `O'Brien` (letters on both sides).
        let next = text[pos + c.len_utf8()..].chars().next();
        let p = prev.unwrap_or(' ');
        let digit_sep = (c == ',' || c == '.') && p.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) && !has_letter;
        let apostrophe = is_apostrophe(c) && p.is_alphabetic() && next.is_some_and(|n| n.is_alphabetic());
        if digit_sep {
            end = pos + c.len_utf8();
            prev = Some(c);
            continue;
        }
        if apostrophe {
            // `Jaishankar's`: stop before the possessive, which becomes its own token.
            if is_possessive_at(text, pos) {
                break;
            }
            end = pos + c.len_utf8();
            prev = Some(c);
            continue;
        }
        // Dotted initials: `U.S.`, `U.K.`, `a.m.` (single letters joined by periods).
        if c == '.' && end - start == p.len_utf8() && p.is_alphabetic() {
            if let Some(e) = dotted_initials_end(text, start) {
                return (e, TokenKind::Word);
            }
        }
        break;
    }
    (end, if has_letter { TokenKind::Word } else { TokenKind::Number })
}

/// For `X.Y.` (two or more single letters each followed by a period, the last period optional),
/// the end of the whole, else `None`.
fn dotted_initials_end(text: &str, start: usize) -> Option<usize> {
    let char_at = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    let (mut i, mut count, mut end) = (start, 0, start);
    while let Some(c) = char_at(i).filter(|c| c.is_alphabetic()) {
        let after = i + c.len_utf8();
        if char_at(after) != Some('.') {
            // `U.S` with no final period; the letter stands alone (checked below).
            count += 1;
            end = after;
            break;
        }
        count += 1;
        end = after + 1;
        i = after + 1;
        // The next letter must stand alone: `U.S.A.` yes, `U.Sa` no.
        match char_at(i) {
            Some(n) if n.is_alphabetic() && !char_at(i + n.len_utf8()).is_some_and(|m| m.is_alphanumeric()) => {}
            _ => break,
        }
    }
    (count >= 2).then_some(end)
}

pub fn tokenize(text: &str) -> Vec<Token> {
    // News text averages about 5 bytes a token (CoNLL 5.0, TimeBank 5.2); a quarter avoids
    // regrowing (a copy of the whole vector) on denser text.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_news_text() {
        assert_eq!(words("Jaishankar's visit"), ["Jaishankar", "'s", "visit"]);
        assert_eq!(words("the U.S. and U.K. said"), ["the", "U.S.", "and", "U.K.", "said"]);
        assert_eq!(words("at 2 p.m. ET"), ["at", "2", "p.m.", "ET"]);
        assert_eq!(words("$1,194.09 and 12.53%"), ["$", "1,194.09", "and", "12.53", "%"]);
        assert_eq!(words("three-day G20 O'Brien don't"), ["three", "-", "day", "G20", "O'Brien", "don't"]);
        assert_eq!(words("a “good” deal."), ["a", "“", "good", "”", "deal", "."]);
        assert_eq!(words("2026-02-02"), ["2026", "-", "02", "-", "02"]);
        assert_eq!(words("end. Next"), ["end", ".", "Next"]);
        assert_eq!(words("I. Gandhi"), ["I", ".", "Gandhi"]);
    }

    #[test]
    fn keeps_marks_emoji_and_cjk_whole() {
        assert_eq!(words("café e\u{301}te\u{301} 😀 北京"), ["café", "e\u{301}te\u{301}", "😀", "北京"]);
        let text = "a\n\nb\nc";
        let toks = tokenize(text);
        assert_eq!(toks.iter().map(|t| t.newlines_before).collect::<Vec<_>>(), [0, 2, 1]);
    }
}
