//! Currencies: symbols (`$`, `£`, `€`), qualified dollars (`US$`, `C$`, `HK$`), ISO codes
//! (`USD 200`, `115USD`), and names (`72 billion euros`, `35 lakh rupees`, `50 cents`), each with
//! its ISO 4217 code. Names and codes come to us through the shared lexicon scan.

use crate::scan::Case;

/// Where a currency word may stand relative to its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// `USD 200` or `200 USD`.
    Both,
    /// `200 euros` only.
    After,
    /// `Rs 1,200` only.
    Before,
}

/// A currency word of the lexicon.
#[derive(Clone, Copy, Debug)]
pub struct CurrencyWord {
    pub pattern: &'static str,
    pub code: &'static str,
    /// The power of ten of one unit in the main unit: `cents` -2, `MUSD` (millions) 6.
    pub exp: i32,
    pub place: Place,
    pub case: Case,
    /// Words that are also common English (`pounds` of weight, `won` the verb, `marks`) count
    /// only after a scale word (`361 million pounds`).
    pub needs_scale: bool,
    /// A plain `dollar(s)`: the same unit as a bare `$`, whatever dollar the text uses.
    pub plain_dollar: bool,
}

const fn w(pattern: &'static str, code: &'static str) -> CurrencyWord {
    CurrencyWord { pattern, code, exp: 0, place: Place::After, case: Case::Insensitive, needs_scale: false, plain_dollar: false }
}

const fn code(pattern: &'static str) -> CurrencyWord {
    CurrencyWord { pattern, code: pattern, exp: 0, place: Place::Both, case: Case::Exact, needs_scale: false, plain_dollar: false }
}

const fn any_case(c: CurrencyWord) -> CurrencyWord {
    CurrencyWord { case: Case::Insensitive, ..c }
}

const fn scaled_only(c: CurrencyWord) -> CurrencyWord {
    CurrencyWord { needs_scale: true, ..c }
}

const fn sub(c: CurrencyWord, exp: i32) -> CurrencyWord {
    CurrencyWord { exp, ..c }
}

const fn before(c: CurrencyWord) -> CurrencyWord {
    CurrencyWord { place: Place::Before, ..c }
}

const fn both(c: CurrencyWord) -> CurrencyWord {
    CurrencyWord { place: Place::Both, ..c }
}

const fn plain(c: CurrencyWord) -> CurrencyWord {
    CurrencyWord { plain_dollar: true, ..c }
}

pub const CURRENCY_WORDS: &[CurrencyWord] = &[
    plain(both(w("dollar", "USD"))),
    plain(w("dollars", "USD")),
    both(w("dlrs", "USD")),
    both(w("dlr", "USD")),
    w("us dollars", "USD"),
    w("us dollar", "USD"),
    w("u.s. dollars", "USD"),
    w("u.s. dollar", "USD"),
    w("american dollars", "USD"),
    w("australian dollars", "AUD"),
    w("australian dollar", "AUD"),
    w("canadian dollars", "CAD"),
    w("canadian dollar", "CAD"),
    w("hong kong dollars", "HKD"),
    w("hong kong dollar", "HKD"),
    w("singapore dollars", "SGD"),
    w("new zealand dollars", "NZD"),
    w("taiwan dollars", "TWD"),
    w("new taiwan dollars", "TWD"),
    w("zimbabwe dollars", "ZWL"),
    w("euros", "EUR"),
    w("euro", "EUR"),
    w("pounds sterling", "GBP"),
    w("sterling", "GBP"),
    both(w("stg", "GBP")),
    scaled_only(w("pounds", "GBP")),
    w("british pounds", "GBP"),
    w("egyptian pounds", "EGP"),
    w("lebanese pounds", "LBP"),
    sub(w("pence", "GBP"), -2),
    sub(w("penny", "GBP"), -2),
    sub(w("cents", "USD"), -2),
    sub(w("cent", "USD"), -2),
    w("yen", "JPY"),
    w("japanese yen", "JPY"),
    w("yuan", "CNY"),
    w("chinese yuan", "CNY"),
    w("renminbi", "CNY"),
    w("kuai", "CNY"),
    w("rupees", "INR"),
    w("rupee", "INR"),
    w("indian rupees", "INR"),
    w("pakistani rupees", "PKR"),
    w("sri lankan rupees", "LKR"),
    w("nepalese rupees", "NPR"),
    CurrencyWord { case: Case::Exact, ..w("ரூ", "LKR") },
    w("taka", "BDT"),
    w("francs", "CHF"),
    w("franc", "CHF"),
    w("swiss francs", "CHF"),
    w("swiss franc", "CHF"),
    w("french francs", "FRF"),
    w("cfa francs", "XOF"),
    w("pesos", "MXN"),
    w("mexican pesos", "MXN"),
    w("argentine pesos", "ARS"),
    w("philippine pesos", "PHP"),
    w("chilean pesos", "CLP"),
    w("colombian pesos", "COP"),
    w("roubles", "RUB"),
    w("rubles", "RUB"),
    w("rouble", "RUB"),
    w("ruble", "RUB"),
    scaled_only(w("won", "KRW")),
    w("south korean won", "KRW"),
    w("rand", "ZAR"),
    w("ringgit", "MYR"),
    w("baht", "THB"),
    w("rupiah", "IDR"),
    w("dirhams", "AED"),
    w("dirham", "AED"),
    w("riyals", "SAR"),
    w("riyal", "SAR"),
    w("saudi riyals", "SAR"),
    w("turkish lira", "TRY"),
    w("lira", "TRY"),
    w("liras", "TRY"),
    w("lire", "ITL"),
    scaled_only(w("dong", "VND")),
    w("naira", "NGN"),
    w("kenyan shillings", "KES"),
    w("shillings", "KES"),
    w("swedish kronor", "SEK"),
    w("kronor", "SEK"),
    w("krona", "SEK"),
    w("norwegian kroner", "NOK"),
    w("danish kroner", "DKK"),
    w("kroner", "NOK"),
    w("zloty", "PLN"),
    w("zlotys", "PLN"),
    w("forint", "HUF"),
    w("reais", "BRL"),
    w("brazilian reais", "BRL"),
    w("shekels", "ILS"),
    w("hryvnia", "UAH"),
    w("hryvnias", "UAH"),
    w("pesetas", "ESP"),
    w("guilders", "NLG"),
    w("dutch guilders", "NLG"),
    w("markka", "FIM"),
    w("finnish markka", "FIM"),
    w("deutsche marks", "DEM"),
    scaled_only(w("marks", "DEM")),
    w("bitcoins", "BTC"),
    w("bitcoin", "BTC"),
    sub(w("satoshis", "BTC"), -8),
    both(w("rs", "INR")),
    before(w("inr", "INR")),
    any_case(code("USD")),
    any_case(code("EUR")),
    any_case(code("GBP")),
    any_case(code("JPY")),
    any_case(code("CNY")),
    any_case(CurrencyWord { code: "CNY", ..code("RMB") }),
    any_case(code("INR")),
    any_case(code("CAD")),
    any_case(code("AUD")),
    any_case(code("NZD")),
    any_case(code("MXN")),
    any_case(code("HKD")),
    any_case(code("CHF")),
    any_case(code("BTC")),
    code("SGD"),
    code("KRW"),
    code("RUB"),
    code("BRL"),
    code("ZAR"),
    code("SEK"),
    code("NOK"),
    code("DKK"),
    code("SAR"),
    code("AED"),
    code("PKR"),
    code("BDT"),
    code("LKR"),
    code("IDR"),
    code("MYR"),
    code("THB"),
    code("PHP"),
    code("VND"),
    code("TWD"),
    code("PLN"),
    code("HUF"),
    code("CZK"),
    code("ILS"),
    code("EGP"),
    code("NGN"),
    code("KES"),
    code("ARS"),
    code("CLP"),
    code("COP"),
    code("TRY"),
    // `30 MUSD`, `120 MEUR`: millions, as in financial reports.
    sub(CurrencyWord { code: "USD", ..code("MUSD") }, 6),
    sub(CurrencyWord { code: "EUR", ..code("MEUR") }, 6),
    sub(CurrencyWord { code: "GBP", ..code("MGBP") }, 6),
    sub(CurrencyWord { code: "AUD", ..code("MAUD") }, 6),
    sub(CurrencyWord { code: "CAD", ..code("MCAD") }, 6),
    sub(CurrencyWord { code: "CHF", ..code("MCHF") }, 6),
];

/// The code of a currency symbol; `$` is a plain dollar, settled per text.
pub fn symbol_code(s: &str) -> Option<&'static str> {
    let mut chars = s.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' | '₨' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₺' => "TRY",
        '₦' => "NGN",
        '₱' => "PHP",
        '₫' => "VND",
        '₪' => "ILS",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₿' => "BTC",
        '฿' => "THB",
        '₴' => "UAH",
        '₸' => "KZT",
        '元' => "CNY",
        _ => return None,
    })
}

/// The dollar named by a qualifier before `$` (`US$`, `C$`, `HK$`, `A$`, `NZ$`, `Mex$`).
/// `spaced`: the qualifier stands apart (`c $ 16.4 million`, tokenized text), where a lone `a`
/// or `s` is only a word.
pub fn dollar_qualifier(word: &str, spaced: bool) -> Option<&'static str> {
    let lower = super::numbers::ascii_lower::<6>(word)?;
    let code = match lower.as_str() {
        "us" | "u.s." | "u.s" | "usd" => "USD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "s" | "sg" | "sgd" => "SGD",
        "nz" | "nzd" => "NZD",
        "nt" | "twd" => "TWD",
        "r" => "BRL",
        "mex" | "mx" | "mxn" => "MXN",
        _ => return None,
    };
    if spaced && matches!(word, "a" | "s" | "r" | "A" | "S" | "R") {
        return None;
    }
    Some(code)
}

/// A currency word or code given as text, as glued to digits (`115USD`, `USD115`).
pub fn lookup(text: &str) -> Option<&'static CurrencyWord> {
    CURRENCY_WORDS.iter().find(|c| match c.case {
        Case::Exact => c.pattern == text,
        Case::Insensitive => c.pattern.eq_ignore_ascii_case(text),
    })
}
