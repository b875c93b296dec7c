//! Named and numeric calendar dates: `January 13, 2026`, `13 January`, `Jan. 13`, `2026-01-13`,
//! `1/13/26` (US month/day order), months (`in May`, `May last year`), years (`in 2019`),
//! decades (`the 1990s`), quarters and halves (`Q3`, `the third quarter`), seasons, weekdays.

use super::expr::{Direction, Expr, Year};
use super::words::{Shift, Unit, Word};
use super::Scan;
use crate::tokens::TokenKind;

pub(super) fn parse(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    match s.kind(i)? {
        TokenKind::Number => numeric(s, i),
        TokenKind::Word => match s.word(i) {
            Some(Word::Month(m)) => month(s, i, m, false),
            Some(Word::MonthAbbr(m)) => month(s, i, m, true),
            Some(Word::Weekday(d)) => weekday(s, i, d),
            Some(Word::Ordinal(n)) => ordinal_part(s, i, n),
            Some(Word::Season(season)) => {
                // `fall` is mostly the verb: alone it needs `the`/`in` before it.
                let cue = s.is_any(i.wrapping_sub(1), &["in", "the", "since", "during", "until", "by", "early", "late", "mid", "over", "through", "throughout", "of"]);
                if let Some((end, year)) = year_after(s, i + 1) {
                    return Some((end, Expr::Season { season, year, direction: Direction::Tense }));
                }
                if !cue {
                    return None;
                }
                Some((i + 1, Expr::Season { season, year: Year::Unsaid, direction: Direction::Tense }))
            }
            Some(Word::Fiscal) => fiscal(s, i),
            // Holidays are read from the token text, which leaves the shared lexicon (walked for
            // every finder) as it was.
            None if holiday_at(s, i).is_some() => holiday(s, i, holiday_at(s, i)?),
            // `13th January`, `04th Jan 2019`
            _ if day_at(s, i).is_some() => numeric_day_month(s, i),
            _ => word_forms(s, i),
        },
        _ => None,
    }
}

/// The holiday a token names: 1 Christmas, 3 Thanksgiving, 4 Halloween, 5 Easter.
pub(super) fn holiday_at(s: &Scan, i: usize) -> Option<u8> {
    match s.text(i) {
        "Christmas" => Some(1),
        "Thanksgiving" => Some(3),
        "Halloween" => Some(4),
        "Easter" => Some(5),
        _ => None,
    }
}

/// `Christmas`, `Christmas Eve`, `Thanksgiving Day`, `Easter Sunday`, `Christmas 2025`; not a
/// name that begins with one (`Christmas Island`).
fn holiday(s: &Scan, i: usize, h: u8) -> Option<(usize, Expr)> {
    let mut end = i + 1;
    let mut h = h;
    if s.is(end, "Day") && h != 5 || s.is(end, "Sunday") && h == 5 {
        end += 1;
    } else if h == 1 && s.is(end, "Eve") {
        h = 2;
        end += 1;
    } else if s.is_capitalized(end) {
        return None;
    }
    let (end, year) = year_after(s, end).unwrap_or((end, Year::Unsaid));
    Some((end, Expr::Holiday { holiday: h, year }))
}

/// A day of the month: `13`, `13th`, `1st`.
fn day_at(s: &Scan, i: usize) -> Option<u8> {
    // One or two digits, then nothing or an ordinal suffix.
    let t = s.text(i).as_bytes();
    let n = t.iter().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 || n > 2 {
        return None;
    }
    let suffix = &t[n..];
    if !(suffix.is_empty() || [b"st", b"nd", b"rd", b"th"].iter().any(|x| suffix.eq_ignore_ascii_case(*x))) {
        return None;
    }
    let d = t[..n].iter().fold(0u8, |d, b| d * 10 + (b - b'0'));
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year at `i`, plain (`2026`), in a plausible range.
fn year_at(s: &Scan, i: usize) -> Option<i32> {
    match s.digits(i)? {
        (y, 4) if (1000..=2199).contains(&y) => Some(y as i32),
        _ => None,
    }
}

/// A year said after a month or period: `, 2026`, `2026`, `of 2026`, `last year`, `of last year`.
pub(super) fn year_after(s: &Scan, i: usize) -> Option<(usize, Year)> {
    let j = if s.is_any(i, &[",", "of"]) { i + 1 } else { i };
    if let Some(y) = year_at(s, j) {
        // `May 2026 levels` is fine, but not `March 2,000 people`; numbers with separators never reach here.
        return Some((j + 1, Year::Given(y)));
    }
    if s.text(i) == "," {
        return None;
    }
    if let (Some(Word::Shift(shift)), Some(Word::Unit(Unit::Year))) = (s.word(j), s.word(j + 1)) {
        let by = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            Shift::This => 0,
        };
        return Some((j + 2, Year::Shifted(by)));
    }
    None
}

fn month(s: &Scan, i: usize, m: u8, abbreviated: bool) -> Option<(usize, Expr)> {
    let mut j = i + 1;
    let mut dotted = false;
    if abbreviated && s.text(j) == "." && s.touching(j) {
        j += 1;
        dotted = true;
    }
    // `January 13`, `Jan. 13, 2026`, `January 13th`
    if let Some(day) = day_at(s, j) {
        // Not a day when `%`, `:` or `, 123` (a number that is no year) follows.
        // A colon counts only as a clock's (`26:00`), not ending a phrase (`on Monday, Oct. 26:`).
        let clock = s.text(j + 1) == ":" && s.touching(j + 1) && s.touching(j + 2) && s.kind(j + 2) == Some(TokenKind::Number);
        let not_a_day = s.text(j + 1) == "%" || clock || s.text(j + 1) == "," && s.digits(j + 2).is_some_and(|(_, n)| n != 4);
        if s.kind(j + 1) != Some(TokenKind::Punct) || !not_a_day {
            let mut end = j + 1;
            let mut year = Year::Unsaid;
            if let Some((e, y)) = year_after(s, end) {
                end = e;
                year = y;
            }
            let start = Expr::Calendar { year, month: Some(m), day: Some(day) };
            // `February 2 to 5`, `Feb 2-5`: a second day of the same month.
            if year == Year::Unsaid && (s.is_any(end, &["to", "through", "until", "-", "–"])) {
                if let Some(day2) = day_at(s, end + 1) {
                    let blocked = matches!(
                        s.word(end + 2),
                        Some(Word::Month(_) | Word::MonthAbbr(_) | Word::Meridiem(_) | Word::Unit(_) | Word::Units(_))
                    ) || matches!(s.text(end + 2), "%" | ":");
                    if day2 > day && !blocked {
                        let mut stop = end + 2;
                        let mut year2 = Year::Unsaid;
                        if let Some((e, y)) = year_after(s, stop) {
                            stop = e;
                            year2 = y;
                        }
                        let a = Expr::Calendar { year: year2, month: Some(m), day: Some(day) };
                        let b = Expr::Calendar { year: year2, month: Some(m), day: Some(day2) };
                        return Some((stop, Expr::Range(Box::new(a), Box::new(b))));
                    }
                }
            }
            return Some((end, start));
        }
    }
    // `January 2026`, `May last year`, `May of 2025`
    if let Some((end, year)) = year_after(s, j) {
        return Some((end, Expr::Calendar { year, month: Some(m), day: None }));
    }
    if abbreviated && !dotted {
        return None;
    }
    let cue = month_cue(s, i) || dotted;
    cue.then_some((j, Expr::Calendar { year: Year::Unsaid, month: Some(m), day: None }))
}

/// A bare month name is a date only where a date fits: after `in`, `since`, `early`, before a
/// range dash to another month, and so on. `May I`, `March on Washington`, `April Ryan` fail.
fn month_cue(s: &Scan, i: usize) -> bool {
    const BEFORE: &[&str] = &[
        "in", "of", "since", "by", "until", "till", "from", "through", "to", "during", "before", "after", "early", "late",
        "mid", "last", "next", "this", "each", "every", "between", "around", "throughout", "end", "beginning", "and", "or",
        "on", "for", "as", "-", "–", "into", "starting", "late-", "mid-",
    ];
    let before = i.checked_sub(1).is_some_and(|p| s.is_any(p, BEFORE));
    let next = s.text(i + 1);
    let next_month = matches!(s.text(i + 1), "-" | "–" | "/") && matches!(s.word(i + 2), Some(Word::Month(_) | Word::MonthAbbr(_)));
    // `a February greenlight`, `the March meeting`: a determiner, then a lowercase noun.
    let attributive = s.is_any(i.wrapping_sub(1), &["a", "an", "the", "its", "their"])
        && s.kind(i + 1) == Some(TokenKind::Word)
        && next.chars().next().is_some_and(char::is_lowercase)
        && !s.is_any(i + 1, &["on", "of", "for", "to", "and", "or"]);
    let said = s.text(i) != "May" && s.text(i) != "March";
    // After a month, a capitalised word is a name (`April Ryan`), a pronoun a modal (`May I`).
    let free = !s.is_capitalized(i + 1) && !s.starts_sentence(i) && matches!(next, "," | "." | ";" | ")" | "" | "'s" | "’s");
    (before && !(s.text(i) == "May" && s.is_any(i + 1, &["I", "we", "you", "he", "she", "they", "it", "be", "have", "not"]))) || next_month || attributive || (said && free)
}

fn weekday(s: &Scan, i: usize, d: u8) -> Option<(usize, Expr)> {
    // `Monday, Feb. 2`, `Monday Feb 2 2026`: the calendar date says more.
    let j = if s.text(i + 1) == "," { i + 2 } else { i + 1 };
    if let Some(Word::Month(m) | Word::MonthAbbr(m)) = s.word(j) {
        let abbreviated = matches!(s.word(j), Some(Word::MonthAbbr(_)));
        if let Some((end, e @ Expr::Calendar { day: Some(_), .. })) = month(s, j, m, abbreviated) {
            return Some((end, e));
        }
    }
    if let Some(day) = day_at(s, j).filter(|_| matches!(s.word(j + 1), Some(Word::Month(_) | Word::MonthAbbr(_)))) {
        let _ = day;
        if let Some((end, e)) = numeric_day_month(s, j) {
            return Some((end, e));
        }
    }
    Some((i + 1, Expr::Weekday { day: d, direction: Direction::Tense }))
}

/// Number-led dates: ISO `2026-01-13`, `1/13/26`, `13 January 2026`, years, year ranges.
fn numeric(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    // A digit run glued to a preceding number or sign is part of something else (`555-1234`, `$2019`).
    let after_mod = || s.text(i.wrapping_sub(1)) == "-" && matches!(s.word(i.wrapping_sub(2)), Some(Word::Mod(_)));
    if s.touching(i) && matches!(s.text(i - 1), "-" | "/" | "$" | "€" | "£" | "#" | "." | "," | ":" | "+") && !after_mod() {
        return None;
    }
    if let Some(r) = iso(s, i).or_else(|| slashed(s, i)) {
        return Some(r);
    }
    if let Some(r) = numeric_day_month(s, i) {
        return Some(r);
    }
    year(s, i)
}

fn iso(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let y = year_at(s, i)?;
    let sep = s.text(i + 1);
    if !matches!(sep, "-" | "/" | ".") || s.text(i + 3) != sep || !(1..=4).all(|k| s.touching(i + k)) {
        return None;
    }
    let (m, 2) = s.digits(i + 2)? else { return None };
    let (d, 2) = s.digits(i + 4)? else { return None };
    if s.text(i + 5) == sep && s.touching(i + 5) {
        return None;
    }
    valid(y, m, d).then(|| (i + 5, Expr::Calendar { year: Year::Given(y), month: Some(m as u8), day: Some(d as u8) }))
}

/// `1/13/26`, `01/13/2026` in US order (month first); day first only when the month cannot be.
fn slashed(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    if s.text(i + 1) != "/" || s.text(i + 3) != "/" || !(1..=4).all(|k| s.touching(i + k)) {
        return None;
    }
    let (a, la) = s.digits(i)?;
    let (b, lb) = s.digits(i + 2)?;
    let (y, ly) = s.digits(i + 4)?;
    if la > 2 || lb > 2 || !(ly == 2 || ly == 4) || (s.text(i + 5) == "/" && s.touching(i + 5)) {
        return None;
    }
    let y = if ly == 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y } as i32;
    let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
    valid(y, m, d).then(|| (i + 5, Expr::Calendar { year: Year::Given(y), month: Some(m as u8), day: Some(d as u8) }))
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    jiff::civil::Date::new(y as i16, m as i8, d as i8).is_ok() && (1..=12).contains(&m)
}

/// `13 January 2026`, `2 Feb`, `13th of January`.
fn numeric_day_month(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let day = day_at(s, i)?;
    let j = if s.is(i + 1, "of") { i + 2 } else { i + 1 };
    let (Some(Word::Month(m)) | Some(Word::MonthAbbr(m))) = s.word(j) else { return None };
    let mut end = j + 1;
    if matches!(s.word(j), Some(Word::MonthAbbr(_))) && s.text(end) == "." && s.touching(end) {
        end += 1;
    }
    let mut year = Year::Unsaid;
    if let Some((e, y)) = year_after(s, end) {
        end = e;
        year = y;
    }
    Some((end, Expr::Calendar { year, month: Some(m), day: Some(day) }))
}

/// Words that make a four-digit number a quantity or a label, not a year.
const NOT_YEAR_AFTER: &[&str] = &[
    "%", "percent", "per", "people", "units", "shares", "tons", "tonnes", "barrels", "km", "miles", "points", "feet",
    "metres", "meters", "troops", "jobs", "votes", "cars", "workers", "employees", "kg", "mw", "hours", "pounds", "dollars",
    "crore", "lakh", "acres", "yards", "words", "pages", "am", "pm", "a.m.", "p.m.", "gmt", "hrs",
];
const NOT_YEAR_BEFORE: &[&str] =
    &["no", "nos", "section", "rule", "form", "flight", "route", "room", "chapter", "article", "resolution", "model", "number", "code", "page", "pages", "rs", "inr", "usd", "us$", "dow", "nifty", "sensex", "index"];
const LAW_WORDS: &[&str] = &["Act", "Law", "Bill", "Code", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Amendment", "Amendments", "Statute"];

fn year(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let y = year_at(s, i)?;
    let prev = i.checked_sub(1);
    if prev.is_some_and(|p| s.is_any(p, NOT_YEAR_BEFORE)) || s.is_any(i + 1, NOT_YEAR_AFTER) {
        return None;
    }
    if s.kind(i + 1) == Some(TokenKind::Number) || (s.text(i + 1) == "." && s.kind(i + 2) == Some(TokenKind::Number) && s.touching(i + 2)) {
        return None;
    }
    // Inside a law's title nothing is marked: `Trade Expansion Act of 1962`, `the 1974 Trade Act`.
    if s.is(i.wrapping_sub(1), "of") && LAW_WORDS.contains(&s.text(i.wrapping_sub(2))) {
        return None;
    }
    let mut k = i + 1;
    while s.is_capitalized(k) && k < i + 5 {
        if LAW_WORDS.contains(&s.text(k)) {
            return None;
        }
        k += 1;
    }
    let cue = prev.is_some_and(|p| s.is_any(p, &["in", "since", "by", "until", "till", "from", "to", "through", "during", "before", "after", "of", "early", "late", "mid", "-", "year", "fiscal", "and", "or", "the", "for", "between", "around", "circa", "as", "summer", "spring", "autumn", "winter", "fall"]));
    if !cue && !(1900..=2099).contains(&y) {
        return None;
    }
    // `2019-20`, `2019-2021`: a span of years.
    if matches!(s.text(i + 1), "-" | "–") && s.touching(i + 1) && s.touching(i + 2) {
        if let Some((y2, n)) = s.digits(i + 2) {
            let y2 = if n == 2 { (y / 100) * 100 + y2 as i32 } else if n == 4 { y2 as i32 } else { 0 };
            if y2 > y && y2 - y < 100 && !s.is_any(i + 3, NOT_YEAR_AFTER) {
                return Some((i + 3, Expr::Range(Box::new(Expr::year(y)), Box::new(Expr::year(y2)))));
            }
        }
        return None;
    }
    // `the 1988 third quarter`
    if let Some(Word::Ordinal(n)) = s.word(i + 1) {
        if let Some((end, Expr::Quarter { quarter, year: Year::Unsaid })) = ordinal_part(s, i + 1, n) {
            return Some((end, Expr::Quarter { quarter, year: Year::Given(y) }));
        }
    }
    Some((i + 1, Expr::year(y)))
}

/// `the third quarter`, `third-quarter`, `the first half of 2025`.
fn ordinal_part(s: &Scan, i: usize, n: u8) -> Option<(usize, Expr)> {
    let mut j = i + 1;
    if s.text(j) == "-" && s.touching(j) {
        j += 1;
    }
    if s.word(j) == Some(Word::Fiscal) {
        j += 1;
    }
    let is_quarter = s.word(j) == Some(Word::Unit(Unit::Quarter));
    let is_half = s.word(j) == Some(Word::Half);
    if !(is_quarter && (1..=4).contains(&n) || is_half && (1..=2).contains(&n)) {
        return None;
    }
    let mut end = j + 1;
    let mut year = Year::Unsaid;
    if let Some((e, y)) = year_after(s, end) {
        end = e;
        year = y;
    }
    Some((end, if is_quarter { Expr::Quarter { quarter: n, year } } else { Expr::Half { half: n, year } }))
}

/// `fiscal 2025`, `fiscal year 2025`.
fn fiscal(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let j = if s.word(i + 1) == Some(Word::Unit(Unit::Year)) { i + 2 } else { i + 1 };
    let y = year_at(s, j)?;
    Some((j + 1, Expr::year(y)))
}

/// Forms that are one word token: `1990s`, `Q3`, `H1`, `FY2025`, `2Q`.
fn word_forms(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let t = s.text(i);
    let b = t.as_bytes();
    if !b.first().is_some_and(|c| c.is_ascii_digit() || matches!(c, b'Q' | b'H' | b'F')) {
        return None;
    }
    // Decades: `1990s`, `90s` (after an apostrophe).
    if b.len() == 5 && b[4] == b's' && b[..4].iter().all(u8::is_ascii_digit) && b[3] == b'0' {
        let y: i32 = t[..3].parse().ok()?;
        if (100..=219).contains(&y) {
            return Some((i + 1, Expr::Decade(y)));
        }
    }
    if b.len() == 3 && b[2] == b's' && b[..2].iter().all(u8::is_ascii_digit) && b[1] == b'0' && matches!(s.text(i.wrapping_sub(1)), "'" | "’") {
        let d: i32 = t[..1].parse().ok()?;
        return Some((i + 1, Expr::Decade(190 + d)));
    }
    // `Q3`, `H1`, optionally with a year: `Q3 2025`, `Q3 FY25` is left alone.
    if b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit() {
        let n = b[1] - b'0';
        let quarter = b[0] == b'Q';
        if !(1..=if quarter { 4 } else { 2 }).contains(&n) {
            return None;
        }
        let (end, year) = year_after(s, i + 1).unwrap_or((i + 1, Year::Unsaid));
        return Some((end, if quarter { Expr::Quarter { quarter: n, year } } else { Expr::Half { half: n, year } }));
    }
    if b.len() == 6 && t.starts_with("FY") && b[2..].iter().all(u8::is_ascii_digit) {
        let y: i32 = t[2..].parse().ok()?;
        return Some((i + 1, Expr::year(y)));
    }
    None
}
