//! The date finder's words: what each lexicon entry means, packed into the entry's payload.
//!
//! Month and weekday names match only capitalised (or in capitals) so that `may` the verb and
//! `march` the verb never start a date; every other word matches in any case.

use crate::scan::{Case, Entry, Owner};

/// Calendar and clock units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    const ALL: [Unit; 12] = [
        Unit::Second,
        Unit::Minute,
        Unit::Hour,
        Unit::Day,
        Unit::Week,
        Unit::Weekend,
        Unit::Fortnight,
        Unit::Month,
        Unit::Quarter,
        Unit::Year,
        Unit::Decade,
        Unit::Century,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// `last`, `previous`, `past`.
    Last,
    /// `next`, `coming`, `following`.
    Next,
    /// `this`, `current`.
    This,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Part {
    pub fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night => "NI",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// Vague references to the present, past or future.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ref {
    Past,
    Present,
    Future,
}

impl Ref {
    pub fn value(self) -> &'static str {
        match self {
            Ref::Past => "PAST_REF",
            Ref::Present => "PRESENT_REF",
            Ref::Future => "FUTURE_REF",
        }
    }
}

/// Words that narrow a period without changing its value (TimeML puts them in `mod`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mod {
    /// `early`, `mid`, `late`, `earlier`, `later`.
    Position,
    /// `end`, `beginning`, `start`, `middle`, `close` (followed by `of`).
    PartOf,
}

/// What a date word means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// A month name, 1 = January.
    Month(u8),
    /// A month abbreviation (`Jan`, `Sept`): a date only with a period or a number after it.
    MonthAbbr(u8),
    /// 1 = Monday.
    Weekday(u8),
    Unit(Unit),
    /// A plural unit (`days`).
    Units(Unit),
    /// A number word (`two`, `twenty`); 0 means "some" (`several`, `few`).
    Number(u8),
    /// `first` .. `fourth` (for quarters and halves), `last`-free.
    Ordinal(u8),
    Shift(Shift),
    /// `today` 0, `yesterday` -1, `tomorrow` 1.
    Day(i8),
    Tonight,
    Part(Part),
    Season(Season),
    Mod(Mod),
    Ref(Ref),
    /// `ago`.
    Ago,
    /// `earlier`, `before` after a duration (`a year earlier`).
    Earlier,
    /// `later`, `after` after a duration.
    Later,
    /// `every`, `each`, `per`.
    Every,
    /// `daily`, `weekly`, `annual`.
    Frequency(Unit),
    Noon,
    Midnight,
    /// `a.m.` (false) or `p.m.` (true).
    Meridiem(bool),
    Fiscal,
    Half,
}

impl Word {
    pub fn payload(self) -> u32 {
        let (kind, value): (u32, u32) = match self {
            Word::Month(m) => (1, m.into()),
            Word::MonthAbbr(m) => (2, m.into()),
            Word::Weekday(d) => (3, d.into()),
            Word::Unit(u) => (4, unit_index(u)),
            Word::Units(u) => (5, unit_index(u)),
            Word::Number(n) => (6, n.into()),
            Word::Ordinal(n) => (7, n.into()),
            Word::Shift(s) => (8, s as u32),
            Word::Day(d) => (9, (d + 8) as u32),
            Word::Tonight => (10, 0),
            Word::Part(p) => (11, p as u32),
            Word::Season(s) => (12, s as u32),
            Word::Mod(m) => (13, m as u32),
            Word::Ref(r) => (14, r as u32),
            Word::Ago => (15, 0),
            Word::Earlier => (16, 0),
            Word::Later => (17, 0),
            Word::Every => (18, 0),
            Word::Frequency(u) => (19, unit_index(u)),
            Word::Noon => (20, 0),
            Word::Midnight => (21, 0),
            Word::Meridiem(pm) => (22, pm.into()),
            Word::Fiscal => (23, 0),
            Word::Half => (24, 0),
        };
        kind << 8 | value
    }

    pub fn from_payload(payload: u32) -> Option<Word> {
        let value = payload & 0xFF;
        let small = value as u8;
        let unit = || Unit::ALL.get(value as usize).copied();
        Some(match payload >> 8 {
            1 => Word::Month(small),
            2 => Word::MonthAbbr(small),
            3 => Word::Weekday(small),
            4 => Word::Unit(unit()?),
            5 => Word::Units(unit()?),
            6 => Word::Number(small),
            7 => Word::Ordinal(small),
            8 => Word::Shift([Shift::Last, Shift::Next, Shift::This].get(value as usize).copied()?),
            9 => Word::Day(small as i8 - 8),
            10 => Word::Tonight,
            11 => Word::Part([Part::Morning, Part::Afternoon, Part::Evening, Part::Night].get(value as usize).copied()?),
            12 => Word::Season([Season::Spring, Season::Summer, Season::Fall, Season::Winter].get(value as usize).copied()?),
            13 => Word::Mod([Mod::Position, Mod::PartOf].get(value as usize).copied()?),
            14 => Word::Ref([Ref::Past, Ref::Present, Ref::Future].get(value as usize).copied()?),
            15 => Word::Ago,
            16 => Word::Earlier,
            17 => Word::Later,
            18 => Word::Every,
            19 => Word::Frequency(unit()?),
            20 => Word::Noon,
            21 => Word::Midnight,
            22 => Word::Meridiem(value == 1),
            23 => Word::Fiscal,
            24 => Word::Half,
            _ => return None,
        })
    }
}

fn unit_index(u: Unit) -> u32 {
    Unit::ALL.iter().position(|&x| x == u).unwrap_or(0) as u32
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_ABBRS: [(&str, u8); 12] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words matched in any case.
fn insensitive_words() -> Vec<(&'static str, Word)> {
    use Unit::*;
    let mut w: Vec<(&'static str, Word)> = vec![
        ("seconds", Word::Units(Second)),
        ("minute", Word::Unit(Minute)),
        ("minutes", Word::Units(Minute)),
        ("hour", Word::Unit(Hour)),
        ("hours", Word::Units(Hour)),
        ("day", Word::Unit(Day)),
        ("days", Word::Units(Day)),
        ("week", Word::Unit(Week)),
        ("weeks", Word::Units(Week)),
        ("weekend", Word::Unit(Weekend)),
        ("weekends", Word::Units(Weekend)),
        ("fortnight", Word::Unit(Fortnight)),
        ("month", Word::Unit(Month)),
        ("months", Word::Units(Month)),
        ("quarter", Word::Unit(Quarter)),
        ("quarters", Word::Units(Quarter)),
        ("year", Word::Unit(Year)),
        ("years", Word::Units(Year)),
        ("decade", Word::Unit(Decade)),
        ("decades", Word::Units(Decade)),
        ("century", Word::Unit(Century)),
        ("centuries", Word::Units(Century)),
        ("several", Word::Number(0)),
        ("few", Word::Number(0)),
        ("many", Word::Number(0)),
        ("first", Word::Ordinal(1)),
        ("second", Word::Ordinal(2)),
        ("third", Word::Ordinal(3)),
        ("fourth", Word::Ordinal(4)),
        ("last", Word::Shift(Shift::Last)),
        ("previous", Word::Shift(Shift::Last)),
        ("past", Word::Shift(Shift::Last)),
        ("next", Word::Shift(Shift::Next)),
        ("coming", Word::Shift(Shift::Next)),
        ("following", Word::Shift(Shift::Next)),
        ("this", Word::Shift(Shift::This)),
        ("current", Word::Shift(Shift::This)),
        ("today", Word::Day(0)),
        ("yesterday", Word::Day(-1)),
        ("tomorrow", Word::Day(1)),
        ("tonight", Word::Tonight),
        ("morning", Word::Part(Part::Morning)),
        ("afternoon", Word::Part(Part::Afternoon)),
        ("evening", Word::Part(Part::Evening)),
        ("night", Word::Part(Part::Night)),
        ("spring", Word::Season(Season::Spring)),
        ("summer", Word::Season(Season::Summer)),
        ("autumn", Word::Season(Season::Fall)),
        ("fall", Word::Season(Season::Fall)),
        ("winter", Word::Season(Season::Winter)),
        ("early", Word::Mod(Mod::Position)),
        ("mid", Word::Mod(Mod::Position)),
        ("late", Word::Mod(Mod::Position)),
        ("end", Word::Mod(Mod::PartOf)),
        ("beginning", Word::Mod(Mod::PartOf)),
        ("start", Word::Mod(Mod::PartOf)),
        ("middle", Word::Mod(Mod::PartOf)),
        ("now", Word::Ref(Ref::Present)),
        ("currently", Word::Ref(Ref::Present)),
        ("nowadays", Word::Ref(Ref::Present)),
        ("recently", Word::Ref(Ref::Past)),
        ("lately", Word::Ref(Ref::Past)),
        ("recent", Word::Ref(Ref::Past)),
        ("soon", Word::Ref(Ref::Future)),
        ("future", Word::Ref(Ref::Future)),
        ("ago", Word::Ago),
        ("earlier", Word::Earlier),
        ("before", Word::Earlier),
        ("later", Word::Later),
        ("every", Word::Every),
        ("each", Word::Every),
        ("per", Word::Every),
        ("daily", Word::Frequency(Day)),
        ("nightly", Word::Frequency(Day)),
        ("weekly", Word::Frequency(Week)),
        ("monthly", Word::Frequency(Month)),
        ("annual", Word::Frequency(Year)),
        ("annually", Word::Frequency(Year)),
        ("yearly", Word::Frequency(Year)),
        ("noon", Word::Noon),
        ("midday", Word::Noon),
        ("midnight", Word::Midnight),
        ("a.m.", Word::Meridiem(false)),
        ("am", Word::Meridiem(false)),
        ("a.m", Word::Meridiem(false)),
        ("p.m.", Word::Meridiem(true)),
        ("pm", Word::Meridiem(true)),
        ("p.m", Word::Meridiem(true)),
        ("fiscal", Word::Fiscal),
        ("half", Word::Half),
    ];
    const NUMBERS: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    for (n, name) in NUMBERS.iter().enumerate().skip(1) {
        w.push((name, Word::Number(n as u8)));
    }
    for (n, name) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].iter().enumerate() {
        w.push((name, Word::Number(20 + 10 * n as u8)));
    }
    w.push(("hundred", Word::Number(100)));
    w.push(("dozen", Word::Number(12)));
    w
}

pub fn lexicon_entries() -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut push = |pattern: String, word: Word, case: Case| {
        entries.push(Entry { pattern, owner: Owner::Dates, payload: word.payload(), case });
    };
    for (i, name) in MONTHS.iter().enumerate() {
        let word = Word::Month(i as u8 + 1);
        push(name.to_string(), word, Case::Exact);
        push(name.to_uppercase(), word, Case::Exact);
    }
    for (name, m) in MONTH_ABBRS {
        push(name.to_string(), Word::MonthAbbr(m), Case::Exact);
        push(name.to_uppercase(), Word::MonthAbbr(m), Case::Exact);
    }
    for (i, name) in WEEKDAYS.iter().enumerate() {
        let word = Word::Weekday(i as u8 + 1);
        push(name.to_string(), word, Case::Exact);
        push(name.to_uppercase(), word, Case::Exact);
        push(name.to_lowercase(), word, Case::Exact);
    }
    for (pattern, word) in insensitive_words() {
        push(pattern.to_string(), word, Case::Insensitive);
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip() {
        for (_, word) in insensitive_words() {
            assert_eq!(Word::from_payload(word.payload()), Some(word));
        }
        for word in [Word::Month(12), Word::MonthAbbr(9), Word::Weekday(7), Word::Day(-1), Word::Meridiem(true)] {
            assert_eq!(Word::from_payload(word.payload()), Some(word));
        }
    }
}
