//! Periods and recurrences: `three-day`, `150 days`, `a decade`, `two and a half years`, `years`
//! (after `for`/`in`), `two weeks ago` (a point), `every Monday`, `every two years`, `weekly`.

use super::expr::{Count, Expr};
use super::words::{Unit, Word};
use super::Scan;

/// Words allowed between a count and its unit (`two more weeks`).
const BETWEEN: &[&str] = &["more", "additional", "straight", "consecutive", "full", "successive", "long"];

pub(super) fn parse(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    match s.word(i) {
        Some(Word::Every) => return every(s, i),
        Some(Word::Frequency(unit)) => return Some((i + 1, Expr::Every { count: Count::Exact(1.0), unit })),
        Some(Word::Half) if s.is_any(i + 1, &["a", "an"]) => {
            let unit = singular_unit(s, i + 2)?;
            return Some((i + 3, Expr::Duration { count: Count::Exact(0.5), unit }));
        }
        Some(Word::Units(unit)) if bare_plural_ok(s, i, unit) => {
            return Some((i + 1, Expr::Duration { count: Count::Some, unit }));
        }
        _ => {}
    }
    // After a number, one of these must follow for a period (read before the number is).
    if s.kind(i) == Some(crate::tokens::TokenKind::Number) {
        let j = i + 1;
        let unit_next = matches!(s.word(j), Some(Word::Unit(_) | Word::Units(_)));
        // `1/2 hour`: the `2` of a fraction counts nothing.
        if s.touching(i) && s.text(i - 1) == "/" {
            return None;
        }
        let fraction = matches!(s.text(j), "½" | "1/2" | "1");
        if !(unit_next || fraction || s.is_any(j, &["and", "to", "or"]) || s.text(j) == "-" || s.is(j, "second") || s.is_any(j, BETWEEN)) {
            return None;
        }
    }
    let (mut j, mut count) = s.count(i)?;
    let article = s.is_any(i, &["a", "an"]);
    // `two to three weeks`, `10-15 days`, `12 to 18 months`: one span from the lower period to
    // the upper one.
    if let (Count::Exact(low), false) = (count, article) {
        let dash = matches!(s.text(j), "-" | "–") && s.touching(j) && s.touching(j + 1);
        if dash || s.is_any(j, &["to", "or"]) {
            if let Some((k, Count::Exact(high))) = s.count(j + 1).filter(|_| !s.is_any(j + 1, &["a", "an"])) {
                if high > low {
                    if let Some(Word::Units(unit)) = s.word(k) {
                        if !s.is_any(k + 1, &["old", "ago", "earlier", "later"]) {
                            let span = |n| Box::new(Expr::Duration { count: Count::Exact(n), unit });
                            return Some((k + 1, Expr::Range(span(low), span(high))));
                        }
                    }
                }
            }
        }
    }
    // `two and a half years`
    if let Count::Exact(n) = count {
        if s.is(j, "and") && s.is(j + 1, "a") && s.word(j + 2) == Some(Word::Half) {
            count = Count::Exact(n + 0.5);
            j += 3;
        }
    }
    // `5 1/2 hours`, `2 ½ years`
    if let (Count::Exact(n), true) = (count, s.kind(i) == Some(crate::tokens::TokenKind::Number)) {
        if s.text(j) == "½" {
            count = Count::Exact(n + 0.5);
            j += 1;
        } else if s.text(j) == "1/2" || s.text(j) == "1" && s.text(j + 1) == "/" && s.text(j + 2) == "2" && s.touching(j + 1) && s.touching(j + 2) {
            count = Count::Exact(n + 0.5);
            j += if s.text(j) == "1" { 3 } else { 1 };
        }
    }
    // `three-day`, `24-hour`: a compound adjective takes the singular.
    if s.text(j) == "-" && s.touching(j) && s.touching(j + 1) && !article {
        let unit = singular_unit(s, j + 1)?;
        // `a 6-year-old`: an age, not a period.
        if s.text(j + 2) == "-" && s.is(j + 3, "old") {
            return None;
        }
        return Some((j + 2, Expr::Duration { count, unit }));
    }
    while s.is_any(j, BETWEEN) {
        j += 1;
    }
    let one = matches!(count, Count::Exact(n) if n == 1.0);
    let unit = match s.word(j) {
        Some(Word::Units(u)) if !one || !article => u,
        Some(Word::Unit(u)) if one => u,
        // `second` is an ordinal unless counted: `30 seconds`, `one second`.
        _ if s.is(j, "second") && one && !article => Unit::Second,
        _ => return None,
    };
    let end = j + 1;
    // `52 years old`: an age; `a quarter of the market`: a share.
    if s.is(end, "old") || unit == Unit::Quarter && article && s.is(end, "of") {
        return None;
    }
    let rate = article && (s.is_any(i.wrapping_sub(1), &["once", "twice", "times", "thrice"]) || s.kind(i.wrapping_sub(1)) == Some(crate::tokens::TokenKind::Number));
    let year_back = unit == Unit::Year && count == Count::Exact(1.0);
    match s.word(end) {
        Some(Word::Ago) | Some(Word::Earlier) if year_back && (s.is(end, "ago") || s.is(end, "earlier")) => Some((end + 1, Expr::YearBack)),
        Some(Word::Ago) => Some((end + 1, Expr::Offset { unit, count, sign: -1 })),
        Some(Word::Earlier) if s.is(end, "earlier") => Some((end + 1, Expr::Offset { unit, count, sign: -1 })),
        Some(Word::Later) => Some((end + 1, Expr::Offset { unit, count, sign: 1 })),
        _ if s.is(end, "from") && s.is(end + 1, "now") => Some((end + 2, Expr::Offset { unit, count, sign: 1 })),
        // `twice a year`, `$5 a month`: a rate, not a period.
        _ if rate => Some((end, Expr::Every { count: Count::Exact(1.0), unit })),
        _ => Some((end, Expr::Duration { count, unit })),
    }
}

fn singular_unit(s: &Scan, i: usize) -> Option<Unit> {
    match s.word(i) {
        Some(Word::Unit(u)) => Some(u),
        _ if s.is(i, "second") => Some(Unit::Second),
        _ => None,
    }
}

/// `for years`, `in months`, `over decades`: a bare plural after a period preposition.
fn bare_plural_ok(s: &Scan, i: usize, unit: Unit) -> bool {
    !matches!(unit, Unit::Second | Unit::Quarter)
        && s.is_any(i.wrapping_sub(1), &["for", "in", "over", "within", "after", "took", "take", "takes", "lasted", "last"])
        && !s.is(i + 1, "of")
        && !s.is(i + 1, "old")
}

/// `every Monday`, `every day`, `each year`, `every two weeks`, `every other month`, `per year`.
fn every(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let j = i + 1;
    if let Some(Word::Weekday(d)) = s.word(j) {
        return (!s.is(i, "per")).then_some((j + 1, Expr::EveryWeekday(d)));
    }
    if let Some(Word::Unit(unit)) = s.word(j) {
        return Some((j + 1, Expr::Every { count: Count::Exact(1.0), unit }));
    }
    if s.is(j, "other") {
        if let Some(Word::Unit(unit)) = s.word(j + 1) {
            return Some((j + 2, Expr::Every { count: Count::Exact(2.0), unit }));
        }
    }
    if s.is(i, "per") {
        return None;
    }
    let (k, count) = s.count(j)?;
    if let Some(Word::Units(unit)) = s.word(k) {
        return Some((k + 1, Expr::Every { count, unit }));
    }
    None
}
