//! Clock times (`2 pm`, `12:01 a.m.`, `14:30`, `noon`, `9 o'clock`) and the compositions that
//! put a time or part of day on a day (`2 pm Friday`, `Friday morning`, `yesterday afternoon`).
//! A time zone after a time (`ET`) stays outside the span.

use super::expr::{Expr, Unit};
use super::words::Word;
use super::Scan;
use crate::tokens::TokenKind;

pub(super) fn parse(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    match s.word(i) {
        Some(Word::Noon) => return Some((i + 1, Expr::Clock { day: None, hour: 12, minute: 0 })),
        Some(Word::Midnight) => return Some((i + 1, Expr::Clock { day: None, hour: 0, minute: 0 })),
        _ => {}
    }
    if let Some(r) = bare_hour_range(s, i) {
        return Some(r);
    }
    // A number is a time only before `:`, `a.m.`/`pm` or `o'clock`.
    if s.kind(i) == Some(TokenKind::Number)
        && !(s.text(i + 1) == ":" || matches!(s.word(i + 1), Some(Word::Meridiem(_))) || s.is(i + 1, "o'clock") || s.is(i + 1, "o’clock"))
    {
        return None;
    }
    if let Some(r) = glued(s, i) {
        return Some(r);
    }
    if s.kind(i) != Some(TokenKind::Number) || (s.touching(i) && matches!(s.text(i - 1), "$" | "-" | "/" | ":" | "." | "€" | "£")) {
        return None;
    }
    let t = s.text(i);
    // `12.01 pm` arrives as one number token.
    let (h, dotted_minute) = match t.split_once('.') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u8>().ok()?, Some(m.parse::<u8>().ok()?)),
        Some(_) => return None,
        None if t.len() <= 2 => (t.parse::<u8>().ok()?, None),
        None => return None,
    };
    let mut j = i + 1;
    let mut minute = dotted_minute;
    if minute.is_none() && s.text(j) == ":" && s.touching(j) && s.touching(j + 1) {
        if let Some((m, 2)) = s.digits(j + 1) {
            minute = Some(m as u8);
            j += 2;
            // `10:35:12`: seconds are kept out of the value but inside the span.
            if s.text(j) == ":" && s.touching(j) && s.digits(j + 1).is_some_and(|(_, n)| n == 2) {
                j += 2;
            }
        }
    }
    let minute_ok = minute.is_none_or(|m| m < 60);
    match s.word(j) {
        Some(Word::Meridiem(pm)) if (1..=12).contains(&h) && minute_ok && !(s.is(j, "am") && s.is_capitalized(j)) => {
            let hour = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            Some((j + 1, Expr::Clock { day: None, hour, minute: minute.unwrap_or(0) }))
        }
        _ if s.is(j, "o'clock") || s.is(j, "o’clock") => (1..=12).contains(&h).then(|| (j + 1, Expr::Clock { day: None, hour: h, minute: 0 })),
        // `14:30`: a 24-hour clock needs its minutes and no decimal reading.
        _ if minute.is_some() && dotted_minute.is_none() && h < 24 && minute_ok => Some((j, Expr::Clock { day: None, hour: h, minute: minute.unwrap_or(0) })),
        _ => None,
    }
}

/// `5 to 6 pm`, `3-5 p.m.`, `between 2 and 4pm`: a bare hour before a range word takes the
/// meridiem of the hour that ends the range (`11 to 1 pm` starts in the morning).
fn bare_hour_range(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let (h, 1..=2) = s.digits(i)? else { return None };
    if !(1..=12).contains(&h) || s.touching(i) && matches!(s.text(i - 1), "$" | "-" | "/" | ":" | "." | "€" | "£") {
        return None;
    }
    let sep = i + 1;
    let ranged = s.is_any(sep, &["to", "until", "till"])
        || matches!(s.text(sep), "-" | "–")
        || s.is(sep, "and") && s.is(i.wrapping_sub(1), "between");
    if !ranged {
        return None;
    }
    let j = sep + 1;
    let (end, second) = match (s.digits(j), s.word(j + 1)) {
        (Some((h2, 1..=2)), Some(Word::Meridiem(pm))) if (1..=12).contains(&h2) => {
            let hour = match (h2 as u8, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            (j + 2, Expr::Clock { day: None, hour, minute: 0 })
        }
        _ if s.kind(j) == Some(TokenKind::Word) => glued(s, j)?,
        _ => return None,
    };
    let Expr::Clock { hour: h2, .. } = second else { return None };
    let h = h as u8;
    let hour = if h2 >= 12 {
        let pm = if h == 12 { 12 } else { h + 12 };
        if pm <= h2 { pm } else { h % 12 }
    } else if h == 12 {
        0
    } else {
        h
    };
    Some((end, Expr::Range(Box::new(Expr::Clock { day: None, hour, minute: 0 }), Box::new(second))))
}

/// A time written as one word, `8am`, `11pm`, or with minutes, `8:30pm` (`8`, `:`, `30pm`).
fn glued(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let split = |t: &str| -> Option<(u8, bool)> {
        let b = t.as_bytes();
        let tail = b.len().checked_sub(2).map(|k| &b[k..]);
        let (digits, pm) = match tail {
            Some(x) if x.eq_ignore_ascii_case(b"am") => (&t[..t.len() - 2], false),
            Some(x) if x.eq_ignore_ascii_case(b"pm") => (&t[..t.len() - 2], true),
            _ => return None,
        };
        (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| (digits.parse().unwrap_or(99), pm))
    };
    let hour24 = |h: u8, pm: bool| match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    if s.kind(i) == Some(TokenKind::Word) {
        let (h, pm) = split(s.text(i))?;
        return (1..=12).contains(&h).then(|| (i + 1, Expr::Clock { day: None, hour: hour24(h, pm), minute: 0 }));
    }
    let (h, 1..=2) = s.digits(i)? else { return None };
    if s.text(i + 1) != ":" || !s.touching(i + 1) || !s.touching(i + 2) || s.kind(i + 2) != Some(TokenKind::Word) {
        return None;
    }
    let (m, pm) = split(s.text(i + 2))?;
    ((1..=12).contains(&h) && m < 60 && s.text(i + 2).len() == 4).then(|| (i + 3, Expr::Clock { day: None, hour: hour24(h as u8, pm), minute: m }))
}

/// Puts a clock time on the day right after it, and a part of day on the day before it.
pub(super) fn compose(s: &Scan, end: usize, expr: Expr) -> (usize, Expr) {
    match expr {
        Expr::Clock { day: None, hour, minute } => {
            if let Some((e, day)) = day_at(s, end) {
                return (e, Expr::Clock { day: Some(Box::new(day)), hour, minute });
            }
            (end, expr)
        }
        Expr::Weekday { .. } | Expr::Shifted { unit: Unit::Day, .. } | Expr::Calendar { day: Some(_), .. } => {
            if let Some(Word::Part(part)) = s.word(end) {
                return (end + 1, Expr::PartOfDay { day: Box::new(expr), part });
            }
            (end, expr)
        }
        _ => (end, expr),
    }
}

/// A day named right after a time: `Friday`, `today`, `Feb. 2`.
fn day_at(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    match s.word(i)? {
        Word::Weekday(_) | Word::Day(_) | Word::Month(_) | Word::MonthAbbr(_) => {}
        _ => return None,
    }
    let (end, e) = super::calendar::parse(s, i).or_else(|| super::relative::parse(s, i))?;
    matches!(e, Expr::Weekday { .. } | Expr::Shifted { unit: Unit::Day, .. } | Expr::Calendar { day: Some(_), .. }).then_some((end, e))
}
