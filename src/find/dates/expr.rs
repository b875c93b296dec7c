//! Unresolved temporal expressions: what the text says, before the document date is applied.
//! `crate::resolve::dates` turns them into TIMEX3 values.

pub use super::words::{Part, Ref, Season, Unit};

/// Which year a partial date belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    /// Written out: `2026`.
    Given(i32),
    /// Relative to the document year: `last year` is -1.
    Shifted(i32),
    /// Not said: take it from a nearby date or from the sentence's tense.
    Unsaid,
}

/// A quantity of units: a number, or unspecified (`several`, `years`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Count {
    Exact(f64),
    Some,
}

/// Which way an unanchored weekday or month points: from the tense, or said (`last`, `next`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Back,
    Ahead,
    /// `this Friday`, `this May`: the one in the current week/year.
    Same,
    /// Not said: the sentence's tense decides.
    Tense,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A calendar date, month or year, possibly without its year (`January 13`, `May`, `2019`).
    Calendar { year: Year, month: Option<u8>, day: Option<u8> },
    /// A weekday, 1 = Monday.
    Weekday { day: u8, direction: Direction },
    /// A month without a day, pointed by `last`/`next`/`this` (`last May`).
    Month { month: u8, direction: Direction },
    /// The unit containing the document date, shifted: `last year` (Year, -1), `today` (Day, 0).
    Shifted { unit: Unit, by: i32 },
    /// A count of units before (negative) or after the document date: `two weeks ago`.
    Offset { unit: Unit, count: Count, sign: i32 },
    Quarter { quarter: u8, year: Year },
    Half { half: u8, year: Year },
    Season { season: Season, year: Year, direction: Direction },
    /// The first three digits of the decade's years: `199` for the 1990s.
    Decade(i32),
    /// `19` for the twentieth century (the 1900s).
    Century(i32),
    /// A part of a day: `Friday morning`, `tonight`.
    PartOfDay { day: Box<Expr>, part: Part },
    /// A clock time, on a day (the document date when none is said).
    Clock { day: Option<Box<Expr>>, hour: u8, minute: u8 },
    Vague(Ref),
    Duration { count: Count, unit: Unit },
    /// A recurrence: every `count` units (`weekly`, `every two years`).
    Every { count: Count, unit: Unit },
    /// Every such weekday: `every Monday`.
    EveryWeekday(u8),
    /// `a year ago`, `year-earlier`: the year before, or in a text about a quarter, the same
    /// quarter a year before.
    YearBack,
    /// `the quarter`, `the latest quarter`: the quarter the text is about, else the last one.
    ThisQuarter,
    /// A holiday: 1 Christmas (Day), 2 Christmas Eve, 3 Thanksgiving (US, fourth Thursday of
    /// November), 4 Halloween, 5 Easter (Sunday).
    Holiday { holiday: u8, year: Year },
    /// From one date to another; both ends resolve on their own.
    Range(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// A year alone.
    pub fn year(y: i32) -> Expr {
        Expr::Calendar { year: Year::Given(y), month: None, day: None }
    }

    /// Whether this names a calendar point (a range end, a day for a clock time).
    pub fn is_point(&self) -> bool {
        matches!(
            self,
            Expr::Calendar { .. }
                | Expr::Weekday { .. }
                | Expr::Month { .. }
                | Expr::Shifted { .. }
                | Expr::Offset { .. }
                | Expr::Quarter { .. }
                | Expr::Half { .. }
                | Expr::Season { .. }
                | Expr::Decade(_)
                | Expr::YearBack
                | Expr::ThisQuarter
                | Expr::Holiday { .. }
        )
    }

    /// The year, where the expression says one (for neighbours that do not).
    pub fn said_year(&self) -> Option<Year> {
        match self {
            Expr::Calendar { year, .. } | Expr::Quarter { year, .. } | Expr::Half { year, .. } | Expr::Holiday { year, .. }
                if *year != Year::Unsaid =>
            {
                Some(*year)
            }
            Expr::Shifted { unit: Unit::Year, by } => Some(Year::Shifted(*by)),
            Expr::Range(a, b) => a.said_year().or_else(|| b.said_year()),
            _ => None,
        }
    }

    /// Gives a month or day without a year the year of a neighbour.
    pub fn inherit_year(&mut self, from: Year) {
        match self {
            Expr::Calendar { year, month: Some(_), .. } if *year == Year::Unsaid => *year = from,
            Expr::Quarter { year, .. } | Expr::Half { year, .. } | Expr::Holiday { year, .. } if *year == Year::Unsaid => *year = from,
            Expr::Season { year, direction: Direction::Tense, .. } if *year == Year::Unsaid => *year = from,
            Expr::Range(a, b) => {
                a.inherit_year(from);
                b.inherit_year(from);
            }
            _ => {}
        }
    }
}
