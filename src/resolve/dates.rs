//! TIMEX3 values for found temporal expressions, against the document date: a pass of its own,
//! after recognition (HeidelTime's order). Missing years and weekdays without a direction follow
//! the sentence's tense; with no document date, unknown parts become `X` placeholders.

use jiff::civil::{Date, Weekday};
use jiff::Span as Delta;

use crate::find::dates::expr::{Count, Direction, Expr, Unit, Year};
use crate::span::{Timex, TimexType};

/// The grammatical time of the sentence around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

#[derive(Clone, Copy, Debug)]
pub struct Context {
    pub doc_date: Option<Date>,
    pub tense: Tense,
    /// The last quarter the text named (year, quarter), for `the quarter` and `a year earlier`.
    pub quarter: Option<(i32, u8)>,
}

/// The TIMEX3 type and value of `expr`.
pub fn resolve(expr: &Expr, ctx: &Context) -> Timex {
    match expr {
        Expr::Range(a, b) => {
            let mut t = Timex::range(value(a, ctx), value(b, ctx));
            match (&**a, &**b) {
                (Expr::Clock { .. }, Expr::Clock { .. }) => t.kind = TimexType::Time,
                (Expr::Duration { .. }, Expr::Duration { .. }) => t.kind = TimexType::Duration,
                _ => {}
            }
            t
        }
        _ => Timex::new(kind(expr), value(expr, ctx)),
    }
}

pub fn kind(expr: &Expr) -> TimexType {
    match expr {
        Expr::Clock { .. } | Expr::PartOfDay { .. } => TimexType::Time,
        Expr::Duration { .. } => TimexType::Duration,
        Expr::Every { .. } | Expr::EveryWeekday(_) => TimexType::Set,
        _ => TimexType::Date,
    }
}

fn value(expr: &Expr, ctx: &Context) -> String {
    let doc = ctx.doc_date;
    match *expr {
        Expr::Calendar { year, month, day } => calendar(year, month, day, ctx),
        Expr::Weekday { day, direction } => match doc {
            Some(d) => ymd(weekday_date(d, day, direction, ctx.tense)),
            None => format!("XXXX-WXX-{day}"),
        },
        Expr::Month { month, direction } => match doc {
            Some(d) => {
                let (dy, dm) = (i32::from(d.year()), d.month() as u8);
                let year = match direction {
                    Direction::Back => if month < dm { dy } else { dy - 1 },
                    Direction::Ahead => if month > dm { dy } else { dy + 1 },
                    Direction::Same => dy,
                    Direction::Tense => infer_year(d, month, None, ctx.tense),
                };
                format!("{}-{month:02}", year4(year))
            }
            None => format!("XXXX-{month:02}"),
        },
        // `the weekend` in a report is the one just gone, unless the sentence looks ahead.
        Expr::Shifted { unit: Unit::Weekend, by: 0 } if ctx.tense != Tense::Future && doc.is_some_and(|d| d.weekday().to_monday_one_offset() < 6) => {
            shifted(Unit::Weekend, -1, doc)
        }
        Expr::Shifted { unit, by } => shifted(unit, by, doc),
        Expr::Offset { unit, count, sign } => match (count, doc) {
            (Count::Exact(n), Some(d)) if n.fract() == 0.0 => {
                let n = n as i64 * i64::from(sign);
                match unit {
                    Unit::Decade => year4(i32::from(d.year()) + 10 * n as i32),
                    Unit::Century => year4(i32::from(d.year()) + 100 * n as i32),
                    Unit::Fortnight => shifted(Unit::Week, 2 * n as i32, doc),
                    Unit::Second | Unit::Minute | Unit::Hour => ymd(d),
                    _ => shifted(unit, n as i32, doc),
                }
            }
            _ => if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
        },
        Expr::Quarter { quarter, year } => {
            let y = part_year(year, quarter, 4, ctx);
            format!("{}-Q{quarter}", y.map_or("XXXX".into(), year4))
        }
        Expr::Half { half, year } => {
            let y = part_year(year, half, 2, ctx);
            format!("{}-H{half}", y.map_or("XXXX".into(), year4))
        }
        Expr::Season { season, year, direction } => {
            let index = season as u8 + 1; // spring 1 .. winter 4, roughly the quarters after Q1
            let y = match (year, direction, doc) {
                (Year::Unsaid, Direction::Back, Some(d)) => {
                    let now = season_index(d);
                    Some(if index < now { i32::from(d.year()) } else { i32::from(d.year()) - 1 })
                }
                (Year::Unsaid, Direction::Ahead, Some(d)) => {
                    let now = season_index(d);
                    Some(if index > now { i32::from(d.year()) } else { i32::from(d.year()) + 1 })
                }
                (Year::Unsaid, Direction::Same, Some(d)) => Some(i32::from(d.year())),
                _ => part_year(year, index, 4, ctx),
            };
            format!("{}-{}", y.map_or("XXXX".into(), year4), season.code())
        }
        Expr::Decade(d) => format!("{d:03}"),
        Expr::Century(c) => format!("{c:02}"),
        Expr::PartOfDay { ref day, part } => format!("{}T{}", day_value(day, ctx), part.code()),
        Expr::Clock { ref day, hour, minute } => {
            let day = match day {
                Some(day) => day_value(day, ctx),
                None => doc.map_or_else(|| "XXXX-XX-XX".to_string(), ymd),
            };
            format!("{day}T{hour:02}:{minute:02}")
        }
        Expr::Vague(r) => r.value().to_string(),
        Expr::Duration { count, unit } | Expr::Every { count, unit } => period(count, unit),
        Expr::EveryWeekday(day) => format!("XXXX-WXX-{day}"),
        Expr::Range(ref a, ref b) => format!("{}/{}", value(a, ctx), value(b, ctx)),
        Expr::Holiday { holiday, year } => holiday_value(holiday, year, ctx),
        Expr::YearBack => match ctx.quarter {
            Some((y, q)) => format!("{}-Q{q}", year4(y - 1)),
            None => shifted(Unit::Year, -1, doc),
        },
        Expr::ThisQuarter => match ctx.quarter {
            Some((y, q)) => format!("{}-Q{q}", year4(y)),
            None => shifted(Unit::Quarter, -1, doc),
        },
    }
}

/// A holiday's date: its year said, shifted or (by the tense) nearest; its day fixed or, for
/// Thanksgiving and Easter, computed for that year.
fn holiday_value(holiday: u8, year: Year, ctx: &Context) -> String {
    let (month, day) = match holiday {
        1 => (12, 25),
        2 => (12, 24),
        3 => (11, 25),
        4 => (10, 31),
        _ => (4, 5),
    };
    let y = match (year, ctx.doc_date) {
        (Year::Given(y), _) => Some(y),
        (Year::Shifted(by), Some(d)) => Some(i32::from(d.year()) + by),
        (Year::Unsaid, Some(d)) => Some(infer_year(d, month, Some(day), ctx.tense)),
        _ => None,
    };
    let Some(y) = y else {
        return match holiday {
            3 | 5 => format!("XXXX-{month:02}-XX"),
            _ => format!("XXXX-{month:02}-{day:02}"),
        };
    };
    let (month, day) = match holiday {
        // The fourth Thursday of November.
        3 => {
            let first = Date::new(y as i16, 11, 1).map_or(4, |d| d.weekday().to_monday_one_offset());
            (11, 1 + (4 - first).rem_euclid(7) + 21)
        }
        5 => easter(y),
        _ => (month, day as i8),
    };
    format!("{}-{month:02}-{day:02}", year4(y))
}

/// Easter Sunday of a Gregorian year (the anonymous computus): (month, day).
fn easter(y: i32) -> (u8, i8) {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    ((n / 31) as u8, (n % 31 + 1) as i8)
}

/// A day's value for a clock time or a part of day: the day itself, or the document date.
fn day_value(day: &Expr, ctx: &Context) -> String {
    value(day, ctx)
}

fn ymd(d: Date) -> String {
    let mut out = String::with_capacity(10);
    push_year4(&mut out, i32::from(d.year()));
    push_two(&mut out, i32::from(d.month()));
    push_two(&mut out, i32::from(d.day()));
    out
}

fn year4(y: i32) -> String {
    let mut out = String::with_capacity(4);
    push_year4(&mut out, y);
    out
}

/// Appends `n` in decimal, zero-padded to `width` digits, as `{n:0width$}` does for `n >= 0`.
fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut buf = [0u8; 10];
    let mut k = buf.len();
    let mut n = n;
    loop {
        k -= 1;
        buf[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in buf.len() - k..width {
        out.push('0');
    }
    out.extend(buf[k..].iter().map(|&d| char::from(d)));
}

/// The year as four digits (`XXXX` outside 0..=9999), as `year4`.
fn push_year4(out: &mut String, y: i32) {
    match u32::try_from(y) {
        Ok(y) if y <= 9999 => push_padded(out, y, 4),
        _ => out.push_str("XXXX"),
    }
}

/// `-` and a two-digit month or day, as `-{n:02}`.
fn push_two(out: &mut String, n: i32) {
    out.push('-');
    match u32::try_from(n) {
        Ok(n) => push_padded(out, n, 2),
        Err(_) => out.push_str(&format!("{n:02}")),
    }
}

fn calendar(year: Year, month: Option<u8>, day: Option<u8>, ctx: &Context) -> String {
    let y = match (year, ctx.doc_date) {
        (Year::Given(y), _) => Some(y),
        (Year::Shifted(by), Some(d)) => Some(i32::from(d.year()) + by),
        (Year::Unsaid, Some(d)) => month.map(|m| infer_year(d, m, day, ctx.tense)),
        _ => None,
    };
    let mut out = String::with_capacity(10);
    match y {
        Some(y) => push_year4(&mut out, y),
        None => out.push_str("XXXX"),
    }
    if let Some(m) = month {
        push_two(&mut out, i32::from(m));
        if let Some(d) = day {
            push_two(&mut out, i32::from(d));
        }
    }
    out
}

/// The year of a month (and day) that the text gives without one: the nearest (within half a
/// year of the document date), unless the sentence's tense puts it more than a month (a day: two) on the
/// other side (`said in March`, written in February, is last March).
fn infer_year(doc: Date, month: u8, day: Option<u8>, tense: Tense) -> i32 {
    let dy = i32::from(doc.year());
    // Months from the document date to the middle of the named month (or to the named day).
    let doc_pos = f64::from(doc.month() as u8) + f64::from(doc.day() as u8 - 1) / 31.0;
    let pos = f64::from(month) + day.map_or(0.5, |d| f64::from(d.saturating_sub(1)) / 31.0);
    let diff = pos - doc_pos;
    let (mut year, mut ahead) = if diff > 6.0 {
        (dy - 1, diff - 12.0)
    } else if diff < -6.0 {
        (dy + 1, diff + 12.0)
    } else {
        (dy, diff)
    };
    // A named day is often a scheduled event reported in the past tense; allow it more room.
    let slack = if day.is_some() { 2.0 } else { 1.0 };
    match tense {
        Tense::Past if ahead > slack => {
            year -= 1;
            ahead -= 12.0;
        }
        Tense::Future if ahead < -slack => {
            year += 1;
            ahead += 12.0;
        }
        _ => {}
    }
    let _ = ahead;
    year
}

/// The year of the `index`-th of `parts` parts of a year (quarter, half, season) said without one.
fn part_year(year: Year, index: u8, parts: u8, ctx: &Context) -> Option<i32> {
    let d = match (year, ctx.doc_date) {
        (Year::Given(y), _) => return Some(y),
        (_, None) => return None,
        (Year::Shifted(by), Some(d)) => return Some(i32::from(d.year()) + by),
        (Year::Unsaid, Some(d)) => d,
    };
    let dy = i32::from(d.year());
    let now = ((d.month() as u8 - 1) * parts / 12) + 1;
    // Reports mostly look back: a later part of the year in the past tense is last year's;
    // otherwise the part is this year's.
    Some(if ctx.tense == Tense::Past && index > now { dy - 1 } else { dy })
}

fn season_index(d: Date) -> u8 {
    match d.month() {
        3..=5 => 1,
        6..=8 => 2,
        9..=11 => 3,
        _ => 4,
    }
}

fn weekday_date(doc: Date, day: u8, direction: Direction, tense: Tense) -> Date {
    let today = doc.weekday().to_monday_one_offset();
    let target = Weekday::from_monday_one_offset(day as i8).map_or(today, |w| w.to_monday_one_offset());
    let back = i64::from((today - target).rem_euclid(7));
    let ahead = i64::from((target - today).rem_euclid(7));
    let days = match direction {
        Direction::Back => -(if back == 0 { 7 } else { back }),
        Direction::Ahead => if ahead == 0 { 7 } else { ahead },
        // `this Friday`: in the document's week (Monday first).
        Direction::Same => i64::from(target - today),
        Direction::Tense => match tense {
            Tense::Future => ahead,
            Tense::Present if back == 0 => 0,
            // News mostly reports what happened: a weekday with no tense is the one just gone.
            _ => -back,
        },
    };
    doc.checked_add(Delta::new().days(days)).unwrap_or(doc)
}

/// The value of the `unit` holding the document date, moved by `by` units.
fn shifted(unit: Unit, by: i32, doc: Option<Date>) -> String {
    let Some(d) = doc else {
        return match unit {
            Unit::Day => "XXXX-XX-XX",
            Unit::Week | Unit::Fortnight => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            Unit::Second | Unit::Minute | Unit::Hour => "PRESENT_REF",
            Unit::Year => "XXXX",
        }
        .to_string();
    };
    let by64 = i64::from(by);
    let add = |delta: Delta| d.checked_add(delta).unwrap_or(d);
    match unit {
        Unit::Day => ymd(add(Delta::new().days(by64))),
        Unit::Week | Unit::Fortnight | Unit::Weekend => {
            let w = add(Delta::new().weeks(by64)).iso_week_date();
            let week = format!("{}-W{:02}", year4(i32::from(w.year())), w.week());
            if unit == Unit::Weekend { format!("{week}-WE") } else { week }
        }
        Unit::Month => {
            let m = add(Delta::new().months(by64));
            format!("{}-{:02}", year4(i32::from(m.year())), m.month())
        }
        Unit::Quarter => {
            let m = add(Delta::new().months(3 * by64));
            format!("{}-Q{}", year4(i32::from(m.year())), (m.month() - 1) / 3 + 1)
        }
        Unit::Year => year4(i32::from(d.year()) + by),
        Unit::Decade => format!("{:03}", i32::from(d.year()) / 10 + by),
        Unit::Century => format!("{:02}", i32::from(d.year()) / 100 + by),
        Unit::Second | Unit::Minute | Unit::Hour => "PRESENT_REF".to_string(),
    }
}

/// A TIMEX3 period: `P3D`, `PT2H`, `P10Y` for a decade, `PXY` for an unsaid count.
fn period(count: Count, unit: Unit) -> String {
    let (scale, code, time) = match unit {
        Unit::Second => (1.0, "S", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Hour => (1.0, "H", true),
        Unit::Day => (1.0, "D", false),
        Unit::Weekend => (2.0, "D", false),
        Unit::Week => (1.0, "W", false),
        Unit::Fortnight => (2.0, "W", false),
        Unit::Month => (1.0, "M", false),
        Unit::Quarter => (3.0, "M", false),
        Unit::Year => (1.0, "Y", false),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
    };
    let t = if time { "T" } else { "" };
    match count {
        Count::Exact(n) => {
            let n = n * scale;
            if n.fract() == 0.0 && (0.0..1e9).contains(&n) {
                // The common case, written out without `format!`: `P3D`, `PT12H`.
                let mut out = String::with_capacity(8);
                out.push('P');
                out.push_str(t);
                push_padded(&mut out, n as u32, 0);
                out.push_str(code);
                out
            } else if n.fract() == 0.0 && n.abs() < 1e9 {
                format!("P{t}{}{code}", n as i64)
            } else {
                format!("P{t}{n}{code}")
            }
        }
        Count::Some => {
            let code = match unit {
                Unit::Decade => "DE",
                Unit::Century => "CE",
                _ => code,
            };
            format!("P{t}X{code}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find::dates::expr::Ref;

    fn at(date: &str, tense: Tense) -> Context {
        Context { doc_date: Some(crate::parse_date(date).unwrap()), tense, quarter: None }
    }

    #[test]
    fn weekdays_follow_the_tense() {
        let fri = Expr::Weekday { day: 5, direction: Direction::Tense };
        assert_eq!(resolve(&fri, &at("2026-02-02", Tense::Past)).value, "2026-01-30");
        assert_eq!(resolve(&fri, &at("2026-02-02", Tense::Future)).value, "2026-02-06");
        let mon = Expr::Weekday { day: 1, direction: Direction::Tense };
        assert_eq!(resolve(&mon, &at("2026-02-02", Tense::Future)).value, "2026-02-02");
        assert_eq!(resolve(&mon, &at("2026-02-02", Tense::Past)).value, "2026-02-02");
        let none = Context { doc_date: None, tense: Tense::Past, quarter: None };
        assert_eq!(resolve(&fri, &none).value, "XXXX-WXX-5");
    }

    #[test]
    fn months_without_a_year_take_the_nearest_on_the_tense_side() {
        let march = Expr::Calendar { year: Year::Unsaid, month: Some(3), day: None };
        assert_eq!(resolve(&march, &at("2026-02-02", Tense::Past)).value, "2025-03");
        assert_eq!(resolve(&march, &at("2026-02-02", Tense::Future)).value, "2026-03");
        let jan13 = Expr::Calendar { year: Year::Unsaid, month: Some(1), day: Some(13) };
        assert_eq!(resolve(&jan13, &Context { doc_date: None, tense: Tense::Past, quarter: None }).value, "XXXX-01-13");
    }

    #[test]
    fn shifted_units_and_periods() {
        let ctx = at("2026-02-02", Tense::Unknown);
        let cases = [
            (Expr::Shifted { unit: Unit::Year, by: -1 }, "2025"),
            (Expr::Shifted { unit: Unit::Month, by: 1 }, "2026-03"),
            (Expr::Shifted { unit: Unit::Week, by: -1 }, "2026-W05"),
            (Expr::Shifted { unit: Unit::Quarter, by: -1 }, "2025-Q4"),
            (Expr::Shifted { unit: Unit::Day, by: -1 }, "2026-02-01"),
            (Expr::Offset { unit: Unit::Week, count: Count::Exact(2.0), sign: -1 }, "2026-W04"),
            (Expr::Duration { count: Count::Exact(3.0), unit: Unit::Day }, "P3D"),
            (Expr::Duration { count: Count::Exact(1.0), unit: Unit::Decade }, "P10Y"),
            (Expr::Duration { count: Count::Some, unit: Unit::Year }, "PXY"),
            (Expr::Duration { count: Count::Exact(12.0), unit: Unit::Hour }, "PT12H"),
            (Expr::Vague(Ref::Past), "PAST_REF"),
            (Expr::Decade(199), "199"),
        ];
        for (expr, want) in cases {
            assert_eq!(resolve(&expr, &ctx).value, want, "{expr:?}");
        }
    }
}
