//! Expressions relative to the document date: `last year`, `next month`, `this week`,
//! `yesterday`, `tonight`, `the previous day`, `year-earlier`, vague `now`/`recently`, and the
//! modifiers that narrow a date without changing its value (`early March`, `mid-2025`,
//! `late last year`, `the end of the year`, `earlier this month`).

use super::expr::{Count, Direction, Expr, Part, Ref};
use super::words::{Mod, Shift, Unit, Word};
use super::{calendar, durations, Scan};

fn by(shift: Shift) -> i32 {
    match shift {
        Shift::Last => -1,
        Shift::Next => 1,
        Shift::This => 0,
    }
}

fn direction(shift: Shift) -> Direction {
    match shift {
        Shift::Last => Direction::Back,
        Shift::Next => Direction::Ahead,
        Shift::This => Direction::Same,
    }
}

/// A point a modifier can narrow: a calendar date, month, year, decade, or shifted period.
fn point(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    calendar::parse(s, i).or_else(|| parse(s, i)).filter(|(_, e)| e.is_point())
}

/// Expressions that begin with `the` or a modifier; the modifier is inside the span.
pub(super) fn parse_modified(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    if s.is(i, "the") {
        return the(s, i);
    }
    match s.word(i)? {
        // `end of March`, `beginning of next year`
        Word::Mod(Mod::PartOf) if s.is(i + 1, "of") => of_point(s, i + 2),
        // `early March`, `mid-2025`, `late last year`
        Word::Mod(Mod::Position) => {
            let j = if s.text(i + 1) == "-" && s.touching(i + 1) { i + 2 } else { i + 1 };
            point(s, j)
        }
        // `earlier this month`, `later this year`
        Word::Earlier | Word::Later => match parse(s, i + 1)? {
            (end, e @ Expr::Shifted { .. }) => Some((end, e)),
            _ => None,
        },
        _ => None,
    }
}

/// The point after `end of`: `the year` and `the month` mean the current ones here.
fn of_point(s: &Scan, j: usize) -> Option<(usize, Expr)> {
    if s.is(j, "the") {
        if let Some(Word::Unit(unit @ (Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Decade | Unit::Century | Unit::Day))) = s.word(j + 1) {
            return Some((j + 2, Expr::Shifted { unit, by: 0 }));
        }
    }
    point(s, j)
}

fn the(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    let j = i + 1;
    match s.word(j) {
        Some(Word::Mod(Mod::PartOf)) if s.is(j + 1, "of") => return of_point(s, j + 2),
        Some(Word::Shift(Shift::Last)) if s.is(j, "past") && s.word(j + 1).is_none() && s.count(j + 1).is_none() => {
            return Some((j + 1, Expr::Vague(Ref::Past)));
        }
        Some(Word::Ref(Ref::Future)) if s.is(j, "future") => return Some((j + 1, Expr::Vague(Ref::Future))),
        // `the first nine months`, `the past two years`
        Some(Word::Ordinal(1) | Word::Shift(Shift::Last | Shift::Next)) => {
            if let Some((end, e @ (Expr::Duration { .. } | Expr::Range(..)))) = durations::parse(s, j + 1) {
                return Some((end, e));
            }
        }
        _ => {}
    }
    if s.is(j, "near") && s.is(j + 1, "future") {
        return Some((j + 2, Expr::Vague(Ref::Future)));
    }
    // `the quarter`, `the latest quarter`: in news, the last reported (completed) quarter.
    let k = if s.is_any(j, &["latest", "recent"]) { j + 1 } else if s.is(j, "most") && s.is(j + 1, "recent") { j + 2 } else { j };
    if s.word(k) == Some(Word::Unit(Unit::Quarter)) && !s.is(k + 1, "of") {
        return Some((k + 1, Expr::ThisQuarter));
    }
    // `for the year`, `the full year`, `the fiscal year`, `during the week`: in a report, the
    // year (month, week) of the document date. Not `the year before`, `the week of March 6`.
    let k = if s.is_any(j, &["full", "calendar"]) || s.word(j) == Some(Word::Fiscal) { j + 1 } else { j };
    if let Some(Word::Unit(unit @ (Unit::Year | Unit::Month | Unit::Week))) = s.word(k) {
        let after = k + 1;
        let unit_before = matches!(s.word(i.wrapping_sub(2)), Some(Word::Unit(_) | Word::Units(_)));
        let lead = (k > j && unit == Unit::Year)
            || s.is_any(i.wrapping_sub(1), &["for", "in", "during", "throughout"])
            || s.is(i.wrapping_sub(1), "of") && unit_before;
        let free = !s.is_any(after, &["-", "before", "after", "earlier", "later", "ago", "since", "when", "that", "of", "in", "which", "he", "she", "they", "we", "it", "i"])
            && s.kind(after) != Some(crate::tokens::TokenKind::Number)
            && s.word(after).is_none();
        if lead && free {
            // `for the year ended March 31`: a twelve-month period, not a calendar year.
            if s.is_any(after, &["ended", "ending"]) {
                return Some((after, Expr::Duration { count: Count::Exact(1.0), unit }));
            }
            return Some((after, Expr::Shifted { unit, by: 0 }));
        }
    }
    if s.word(j) == Some(Word::Unit(Unit::Weekend)) {
        return Some((j + 1, Expr::Shifted { unit: Unit::Weekend, by: 0 }));
    }
    if s.is(j, "the") {
        return None;
    }
    let (end, e) = super::parse_at(s, j)?;
    // `the third-quarter loss`: the article belongs to the noun, not to the date.
    if s.text(j + 1) == "-" && matches!(e, Expr::Quarter { .. } | Expr::Half { .. }) {
        return None;
    }
    // `the year-earlier period`, `the year-ago quarter`: the period is the date.
    if e == Expr::YearBack && s.text(j + 1) == "-" {
        return s.is_any(end, &["period", "quarter", "level", "levels"]).then_some((end + 1, e));
    }
    match e {
        Expr::Quarter { .. } | Expr::Half { .. } | Expr::Decade(_) | Expr::Century(_) | Expr::Duration { .. } => Some((end, e)),
        Expr::Shifted { unit: Unit::Day, .. } if s.word(j).is_some_and(|w| matches!(w, Word::Shift(_))) => Some((end, e)),
        Expr::Shifted { .. } | Expr::PartOfDay { .. } if matches!(s.word(j), Some(Word::Shift(Shift::Next | Shift::Last))) && s.is_any(j, &["following", "previous", "next"]) => Some((end, e)),
        // `the past year`, `the last decade`, `the previous Friday`: the article is part of the
        // phrase (as in `the past two months`); `the last night` is no date.
        Expr::Shifted { unit, .. } if unit != Unit::Weekend && matches!(s.word(j), Some(Word::Shift(Shift::Next | Shift::Last))) => Some((end, e)),
        Expr::Weekday { .. } | Expr::Month { .. } if matches!(s.word(j), Some(Word::Shift(Shift::Next | Shift::Last))) && !s.is(j, "this") => Some((end, e)),
        _ => None,
    }
}

pub(super) fn parse(s: &Scan, i: usize) -> Option<(usize, Expr)> {
    match s.word(i)? {
        Word::Shift(shift) => shifted(s, i, shift),
        Word::Day(d) => Some((i + 1, Expr::Shifted { unit: Unit::Day, by: i32::from(d) })),
        Word::Tonight => Some((i + 1, Expr::PartOfDay { day: Box::new(Expr::Shifted { unit: Unit::Day, by: 0 }), part: Part::Night })),
        Word::Ref(r) => vague(s, i, r),
        // `year-earlier`, `year-ago` (results): the previous year.
        Word::Unit(Unit::Year) if s.text(i + 1) == "-" && s.touching(i + 1) && matches!(s.word(i + 2), Some(Word::Earlier | Word::Ago)) && s.touching(i + 2) => {
            Some((i + 3, Expr::YearBack))
        }
        _ => None,
    }
}

fn vague(s: &Scan, i: usize, r: Ref) -> Option<(usize, Expr)> {
    let t = s.text(i);
    match () {
        // `recent years`: the recent past.
        _ if t.eq_ignore_ascii_case("recent") => matches!(s.word(i + 1), Some(Word::Units(_))).then(|| (i + 2, Expr::Vague(Ref::Past))),
        _ if t.eq_ignore_ascii_case("future") => None,
        // `as soon as` is a conjunction.
        _ if t.eq_ignore_ascii_case("soon") && (s.is(i.wrapping_sub(1), "as") || s.is(i + 1, "as")) => None,
        // `now that`, `just now`, `by now` still refer to the present.
        _ => Some((i + 1, Expr::Vague(r))),
    }
}

fn shifted(s: &Scan, i: usize, shift: Shift) -> Option<(usize, Expr)> {
    let j = i + 1;
    // `will last two years`: the verb, before a period that stands alone.
    if s.is(i, "last") && s.is_any(i.wrapping_sub(1), &["will", "to", "would", "could", "may", "might", "can", "should", "must", "won't"]) {
        return None;
    }
    // `last two years`, `next 10 days`: a period, not a point.
    if shift != Shift::This {
        if let Some((end, e @ (Expr::Duration { count: Count::Exact(_), .. } | Expr::Range(..)))) = durations::parse(s, j) {
            if !s.is_any(j, &["a", "an"]) {
                return Some((end, e));
            }
        }
    }
    let w = s.word(j)?;
    let e = match w {
        Word::Unit(unit) => {
            // `the next day`, `the previous day` are anchored on another day; read them from the document date.
            if unit == Unit::Day && !s.is(i.wrapping_sub(1), "the") {
                return None;
            }
            if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                return None;
            }
            Expr::Shifted { unit, by: by(shift) }
        }
        Word::Month(month) => Expr::Month { month, direction: direction(shift) },
        Word::Weekday(day) => Expr::Weekday { day, direction: direction(shift) },
        Word::Season(season) => Expr::Season { season, year: super::expr::Year::Unsaid, direction: direction(shift) },
        Word::Part(part) => {
            let day = match (shift, part) {
                (Shift::Last, Part::Night) => -1,
                (Shift::This, _) => 0,
                _ => return None,
            };
            Expr::PartOfDay { day: Box::new(Expr::Shifted { unit: Unit::Day, by: day }), part }
        }
        _ => return None,
    };
    Some((j + 1, e))
}
