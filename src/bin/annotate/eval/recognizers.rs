//! Microsoft Recognizers-Text spec cases (`../shared/data/recognizers/*Model.json`): a JSON array
//! of `{Input, Context?: {ReferenceDateTime}, NotSupported?, NotSupportedByDesign?, Results:
//! [{Text, TypeName, Resolution, Start, End}]}`, `Start`/`End` inclusive character indices. The
//! model (DateTime, Percent, Currency) comes from the file name; each file is its own set.
//!
//! Each case is one document, annotated with the date part of `ReferenceDateTime` as reference.
//! Expected results become gold spans (DATE, PERCENT or MONEY) with a value:
//! - DateTime: the resolution's TIMEX, a range `(a,b,P..)` written as ours, `a/b`. Where past and
//!   future values are listed (same timex) the first, past, resolved value is accepted too
//!   (`2016-10-02` for `XXXX-10-02`); where the values have different timexes (am/pm), any.
//!   Equal values in other TIMEX spellings are accepted: `T13` as `T13:00`, and a range of whole
//!   days with an exclusive end that is exactly one calendar unit as that unit
//!   (`(2019-07-01,2019-10-01,P3M)` as `2019-Q3`; also a day, ISO week, month, year, decade).
//! - Percent: the number (`-5` for `-5%`); a `null` value accepts any.
//! - Currency: the amount and the ISO code (`isoCurrency`, else the unit name mapped: Dollar→USD,
//!   Euro→EUR, Pound→GBP, ...); sub-units become their parent's amount (`50` Cent → `0.5`, Pence →
//!   GBP); a unit naming no single currency (Franc, Rupee, Cent, Sen) accepts any code.
//!
//! Ours: DATE spans and their `value`; PERCENT `value`, or a TARIFF in `%` as its rate; MONEY
//! `amount`/`currency`, or a TARIFF in a currency. A case is right when our spans of the model's
//! label are exactly the expected ones with values right (an extra span makes it wrong, so cases
//! that expect nothing count too); "all expected found" forgives extra spans. Cases marked
//! NotSupported or NotSupportedByDesign for `dotnet`, the reference implementation, are skipped:
//! the reference fails them itself. Cases not supported only by other ports are scored.
//! Span-level P/R/F1 (exact and relaxed) are over all scored cases; DATE value accuracy is over
//! expected spans matched by overlap, figures' over exact matches.

use std::path::Path;

use article_annotator::parse_date;
use serde_json::Value as Json;

use super::score::{AttrValue, Item, Scheme};
use super::{read_text, GoldDoc, GoldError, GoldSet, Predicted};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Model {
    DateTime,
    Percent,
    Currency,
}

impl Model {
    fn of(path: &Path) -> Option<Model> {
        let name = path.file_name()?.to_str()?;
        [("DateTime", Model::DateTime), ("Percent", Model::Percent), ("Currency", Model::Currency)]
            .into_iter()
            .find(|(prefix, _)| name.starts_with(prefix))
            .map(|(_, m)| m)
    }

    fn label(self) -> &'static str {
        match self {
            Model::DateTime => "DATE",
            Model::Percent => "PERCENT",
            Model::Currency => "MONEY",
        }
    }
}

pub fn load(path: &Path) -> Result<GoldSet, GoldError> {
    let model = Model::of(path).ok_or_else(|| {
        GoldError::new(
            path,
            None,
            "cannot tell the model from the file name (DateTimeModel, PercentModel or CurrencyModel .json)",
        )
    })?;
    let text = read_text(path)?;
    let line_of = |at: usize| text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1;
    let cases = split_array(&text).map_err(|(at, e)| GoldError::new(path, Some(line_of(at)), e))?;
    let mut docs = Vec::new();
    let mut skipped = 0;
    for (n, (at, case)) in cases.into_iter().enumerate() {
        match parse_case(&case, model).map_err(|e| GoldError::new(path, Some(line_of(at)), e))? {
            Some(mut doc) => {
                doc.name = format!("case {} (line {})", n + 1, line_of(at));
                docs.push(doc)
            }
            None => skipped += 1,
        }
    }
    let predict = match model {
        Model::DateTime => predict_dates,
        Model::Percent => predict_percents,
        Model::Currency => predict_money,
    };
    Ok(GoldSet {
        name: path.display().to_string(),
        format: super::Format::Recognizers,
        docs,
        // DATE values are compared on overlapping spans too, as in the other formats; a case is
        // right only with exact spans either way.
        scheme: Scheme {
            labels: vec![model.label()],
            groups: vec![],
            attrs_by_overlap: if model == Model::DateTime { vec!["DATE"] } else { vec![] },
        },
        predict,
        skipped: Some((skipped, "NotSupported by dotnet, the reference implementation")),
        cases: true,
    })
}

/// The elements of a top-level JSON array with the byte offset each starts at.
fn split_array(text: &str) -> Result<Vec<(usize, Json)>, (usize, String)> {
    let skip_ws = |mut i: usize| {
        while text.as_bytes().get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        i
    };
    let mut i = skip_ws(0);
    if text.as_bytes().get(i) != Some(&b'[') {
        return Err((i, "expected a JSON array of cases".to_string()));
    }
    i = skip_ws(i + 1);
    let mut out = Vec::new();
    if text.as_bytes().get(i) == Some(&b']') {
        return Ok(out);
    }
    loop {
        let mut stream = serde_json::Deserializer::from_str(&text[i..]).into_iter::<Json>();
        match stream.next() {
            Some(Ok(value)) => out.push((i, value)),
            Some(Err(e)) => return Err((i, format!("not JSON: {e}"))),
            None => return Err((i, "the array is not closed".to_string())),
        }
        i = skip_ws(i + stream.byte_offset());
        match text.as_bytes().get(i) {
            Some(b',') => i = skip_ws(i + 1),
            Some(b']') => break,
            _ => return Err((i, "expected ',' or ']' after a case".to_string())),
        }
    }
    if skip_ws(i + 1) != text.len() {
        return Err((i + 1, "text after the array".to_string()));
    }
    Ok(out)
}

/// Whether a `NotSupported` list of platforms names the reference, .NET.
fn not_supported_by_reference(case: &serde_json::Map<String, Json>) -> bool {
    ["NotSupported", "NotSupportedByDesign"]
        .iter()
        .filter_map(|k| case.get(*k).and_then(Json::as_str))
        .any(|platforms| platforms.split(',').any(|p| p.trim().eq_ignore_ascii_case("dotnet")))
}

/// One case as a document, or `None` when skipped.
fn parse_case(case: &Json, model: Model) -> Result<Option<GoldDoc>, String> {
    let Json::Object(case) = case else { return Err("a case is not a JSON object".to_string()) };
    let input = case.get("Input").and_then(Json::as_str).ok_or("a case without an \"Input\" string")?;
    let describe = |e: String| format!("case {input:?}: {e}");
    if not_supported_by_reference(case) {
        return Ok(None);
    }
    let date = match case.get("Context").and_then(|c| c.get("ReferenceDateTime")) {
        None | Some(Json::Null) => None,
        Some(Json::String(d)) => Some(
            d.get(..10)
                .and_then(|d| parse_date(d).ok())
                .ok_or_else(|| describe(format!("ReferenceDateTime {d:?} is not a date")))?,
        ),
        Some(_) => return Err(describe("ReferenceDateTime must be a string".to_string())),
    };
    let chars = input.chars().count();
    let results = match case.get("Results") {
        None | Some(Json::Null) => &[][..],
        Some(Json::Array(r)) => &r[..],
        Some(_) => return Err(describe("\"Results\" must be an array".to_string())),
    };
    let mut gold = Vec::with_capacity(results.len());
    for result in results {
        let index = |key: &str| result.get(key).and_then(Json::as_u64).map(|n| n as usize);
        let (Some(start), Some(end)) = (index("Start"), index("End")) else {
            return Err(describe("a result without Start and End indices".to_string()));
        };
        if start > end || end >= chars {
            return Err(describe(format!(
                "Start..End {start}..{end} (inclusive) is outside the input ({chars} characters)"
            )));
        }
        let resolution = result.get("Resolution").unwrap_or(&Json::Null);
        let item = Item::new(start, end + 1, model.label());
        let item = match model {
            Model::DateTime => item.with("value", date_value(resolution, date)),
            Model::Percent => item.with("value", percent_value(resolution)),
            Model::Currency => {
                let (amount, currency) = money_value(resolution);
                item.with("amount", amount).with("currency", currency)
            }
        };
        gold.push(item);
    }
    Ok(Some(GoldDoc { name: String::new(), text: input.to_string(), date, gold }))
}

/// `(a,b,P3D)` → `a/b`; other timexes as they are.
fn timex_as_ours(timex: &str) -> String {
    match timex.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => {
            let parts: Vec<&str> = inner.split(',').collect();
            if parts.len() >= 2 {
                format!("{}/{}", parts[0], parts[1])
            } else {
                timex.to_string()
            }
        }
        None => timex.to_string(),
    }
}

/// A resolved `2016-11-07 00:00:00` as TIMEX (`2016-11-07T00:00:00`), plus it without `:00`
/// seconds; `None` unless it is a date or date-time.
fn resolved_as_timex(value: &str) -> Vec<String> {
    let b = value.as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return Vec::new();
    }
    let full = value.replacen(' ', "T", 1);
    let mut out = vec![full.clone()];
    if let Some(short) = full.strip_suffix(":00").filter(|s| s.len() > 10) {
        out.push(short.to_string());
    }
    out
}

/// The same value in the other TIMEX spellings ours may use: an hour alone with `:00`, and a
/// range of whole days `a/b` (exclusive end) that is one calendar unit as that unit.
fn other_spellings(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `...T13` → `...T13:00`, in each part of a range.
    let with_minutes: Vec<String> = value
        .split('/')
        .map(|part| match part.rsplit_once('T') {
            Some((_, hour)) if hour.len() == 2 && hour.bytes().all(|b| b.is_ascii_digit()) => format!("{part}:00"),
            _ => part.to_string(),
        })
        .collect();
    let with_minutes = with_minutes.join("/");
    if with_minutes != value {
        out.push(with_minutes);
    }
    if let Some((a, b)) = value.split_once('/') {
        if let (Ok(a), Ok(b)) = (parse_date(a), parse_date(b)) {
            out.extend(calendar_unit(a, b));
        }
    }
    out
}

/// The TIMEX of the calendar unit that `[start, end)` covers exactly, if it is one.
fn calendar_unit(start: article_annotator::Date, end: article_annotator::Date) -> Option<String> {
    use jiff::ToSpan;
    let plus = |span: jiff::Span| start.checked_add(span).ok();
    let (y, m, d) = (start.year(), start.month(), start.day());
    if plus(1.day()) == Some(end) {
        return Some(start.to_string());
    }
    if plus(1.week()) == Some(end) && start.weekday() == jiff::civil::Weekday::Monday {
        let week = start.iso_week_date();
        return Some(format!("{:04}-W{:02}", week.year(), week.week()));
    }
    if d != 1 {
        return None;
    }
    if plus(1.month()) == Some(end) {
        return Some(format!("{y:04}-{m:02}"));
    }
    if plus(3.months()) == Some(end) && (m - 1) % 3 == 0 {
        return Some(format!("{y:04}-Q{}", (m - 1) / 3 + 1));
    }
    if m == 1 && plus(1.year()) == Some(end) {
        return Some(format!("{y:04}"));
    }
    if m == 1 && y % 10 == 0 && plus(10.years()) == Some(end) {
        return Some(format!("{:03}", y / 10));
    }
    None
}

fn date_value(resolution: &Json, date: Option<article_annotator::Date>) -> AttrValue {
    let values = resolution.get("values").and_then(Json::as_array).map(Vec::as_slice).unwrap_or(&[]);
    let mut options: Vec<String> = Vec::new();
    for v in values {
        if let Some(timex) = v.get("timex").and_then(Json::as_str) {
            let ours = timex_as_ours(timex);
            // A time of day with no date: ours carries the reference date.
            if let (Some(d), true) = (date, ours.starts_with('T')) {
                options.push(format!("{d}{ours}"));
            }
            options.push(ours);
        }
    }
    if let Some(first) = values.first() {
        let kind = first.get("type").and_then(Json::as_str).unwrap_or("");
        if matches!(kind, "date" | "datetime" | "daterange" | "datetimerange") {
            let field = |k: &str| first.get(k).and_then(Json::as_str).map(resolved_as_timex).unwrap_or_default();
            options.extend(field("value"));
            for (s, e) in field("start").iter().zip(field("end").iter()) {
                options.push(format!("{s}/{e}"));
            }
        }
    }
    let spelled: Vec<String> = options.iter().flat_map(|o| other_spellings(o)).collect();
    options.extend(spelled);
    options.sort();
    options.dedup();
    if options.is_empty() {
        AttrValue::Any
    } else {
        AttrValue::AnyOf(options.into_iter().map(AttrValue::Text).collect())
    }
}

fn percent_value(resolution: &Json) -> AttrValue {
    resolution
        .get("value")
        .and_then(Json::as_str)
        .and_then(|v| v.trim().trim_end_matches('%').trim().parse::<f64>().ok())
        .map_or(AttrValue::Any, AttrValue::Num)
}

/// A Recognizers unit name as an ISO code (`None`: names no single currency) and how many of it
/// make one of that currency.
fn unit_to_iso(unit: &str) -> (Option<&'static [&'static str]>, f64) {
    let iso: &'static [&'static str] = match unit {
        "Dollar" | "United States dollar" => &["USD"],
        "Euro" => &["EUR"],
        "Pound" | "British pound" => &["GBP"],
        "Pence" | "Penny" => return (Some(&["GBP"]), 100.0),
        "Cent" | "Sen" => return (None, 100.0),
        "Satoshi" => return (Some(&["BTC", "XBT"]), 1e8),
        "Bitcoin" => &["BTC", "XBT"],
        "Chinese yuan" => &["CNY"],
        "Canadian dollar" => &["CAD"],
        "Japanese yen" => &["JPY"],
        "Australian dollar" => &["AUD"],
        "New Zealand dollar" => &["NZD"],
        "Hong Kong dollar" => &["HKD"],
        "Swiss franc" => &["CHF"],
        "Turkish lira" => &["TRY"],
        "Mexican peso" => &["MXN"],
        "Sri Lankan rupee" => &["LKR"],
        "Costa Rican colón" => &["CRC"],
        "Georgian lari" => &["GEL"],
        "Lao kip" => &["LAK"],
        "Finnish markka" => &["FIM"],
        "Netherlands guilder" => &["NLG"],
        "Peseta" => &["ESP"],
        _ => return (None, 1.0),
    };
    (Some(iso), 1.0)
}

fn money_value(resolution: &Json) -> (AttrValue, AttrValue) {
    let unit = resolution.get("unit").and_then(Json::as_str).unwrap_or("");
    let (mapped, per) = unit_to_iso(unit);
    let amount = resolution.get("value").and_then(Json::as_str).and_then(|v| v.parse::<f64>().ok());
    let amount = amount.map_or(AttrValue::Any, |a| AttrValue::Num(a / per));
    let currency = match (resolution.get("isoCurrency").and_then(Json::as_str), mapped) {
        (Some(iso), _) => AttrValue::Text(iso.to_string()),
        (None, Some(codes)) => AttrValue::AnyOf(codes.iter().map(|c| AttrValue::Text(c.to_string())).collect()),
        (None, None) => AttrValue::Any,
    };
    (amount, currency)
}

fn field(s: &super::PredictedSpan, key: &str) -> Option<AttrValue> {
    s.fields.get(key).and_then(AttrValue::from_json)
}

fn predict_dates(pred: &Predicted) -> Vec<Item> {
    let spans = pred.spans.iter().filter(|s| s.label == "DATE");
    spans.map(|s| with_opt(Item::new(s.start, s.end, "DATE"), "value", field(s, "value"))).collect()
}

fn with_opt(item: Item, key: &str, value: Option<AttrValue>) -> Item {
    match value {
        Some(v) => item.with(key, v),
        None => item,
    }
}

fn is_percent_tariff(s: &super::PredictedSpan) -> bool {
    s.label == "TARIFF" && s.fields.get("unit").and_then(Json::as_str) == Some("%")
}

fn predict_percents(pred: &Predicted) -> Vec<Item> {
    pred.spans
        .iter()
        .filter_map(|s| {
            let value = match s.label.as_str() {
                "PERCENT" => field(s, "value"),
                _ if is_percent_tariff(s) => field(s, "rate"),
                _ => return None,
            };
            Some(with_opt(Item::new(s.start, s.end, "PERCENT"), "value", value))
        })
        .collect()
}

fn predict_money(pred: &Predicted) -> Vec<Item> {
    pred.spans
        .iter()
        .filter_map(|s| {
            let (amount, currency) = match s.label.as_str() {
                "MONEY" => (field(s, "amount"), field(s, "currency")),
                "TARIFF" if !is_percent_tariff(s) && s.fields.contains_key("unit") => {
                    (field(s, "rate"), field(s, "unit"))
                }
                _ => return None,
            };
            Some(with_opt(with_opt(Item::new(s.start, s.end, "MONEY"), "amount", amount), "currency", currency))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn arrays_split_with_offsets_and_faults_located() {
        let text = "\n[ {\"a\": 1},\n {\"b\": [2, 3]} ]\n";
        let cases = split_array(text).unwrap();
        assert_eq!(cases.iter().map(|(at, _)| *at).collect::<Vec<_>>(), vec![3, 14]);
        assert_eq!(cases[1].1, json!({"b": [2, 3]}));
        assert_eq!(split_array("[{\"a\": 1} {\"b\": 2}]").unwrap_err().0, 10);
        assert!(split_array("{}").unwrap_err().1.contains("array"));
        assert!(split_array("[{\"a\": }]").unwrap_err().1.contains("not JSON"));
        assert!(split_array("[]").unwrap().is_empty());
    }

    #[test]
    fn date_values_accept_the_timex_and_the_past_resolution() {
        let res = json!({"values": [
            {"timex": "XXXX-10-02", "type": "date", "value": "2016-10-02"},
            {"timex": "XXXX-10-02", "type": "date", "value": "2017-10-02"}]});
        let v = date_value(&res, None);
        for ok in ["XXXX-10-02", "2016-10-02"] {
            assert!(v.accepts(&AttrValue::Text(ok.into())), "{ok}");
        }
        assert!(!v.accepts(&AttrValue::Text("2017-10-02".into())), "the future value does not count");
        let range = json!({"values": [{"timex": "(2016-11-07T05,2016-11-07T07,PT2H)", "type": "datetimerange", "start": "2016-11-07 05:00:00", "end": "2016-11-07 07:00:00"}]});
        assert!(date_value(&range, None).accepts(&AttrValue::Text("2016-11-07T05/2016-11-07T07".into())));
        let time = json!({"values": [{"timex": "T19:56:30", "type": "time", "value": "19:56:30"}]});
        assert!(
            date_value(&time, parse_date("2016-11-07").ok()).accepts(&AttrValue::Text("2016-11-07T19:56:30".into()))
        );
    }

    #[test]
    fn equal_values_in_other_spellings_are_accepted() {
        let accepts = |timex: &str, ours: &str| {
            let res = json!({"values": [{"timex": timex, "type": "daterange"}]});
            date_value(&res, None).accepts(&AttrValue::Text(ours.into()))
        };
        assert!(accepts("(2019-07-01,2019-10-01,P3M)", "2019-Q3"));
        assert!(accepts("(2017-11-01,2017-12-01,P1M)", "2017-11"));
        assert!(accepts("(2016-01-01,2017-01-01,P1Y)", "2016"));
        assert!(accepts("(1990-01-01,2000-01-01,P10Y)", "199"));
        assert!(accepts("(2016-11-07,2016-11-14,P1W)", "2016-W45"));
        assert!(accepts("(2016-11-07,2016-11-08,P1D)", "2016-11-07"));
        assert!(accepts("2017-12-04T13", "2017-12-04T13:00"));
        assert!(accepts("(2016-11-07T05,2016-11-07T07,PT2H)", "2016-11-07T05:00/2016-11-07T07:00"));
        assert!(!accepts("(2019-08-01,2019-11-01,P3M)", "2019-Q3"), "not a quarter");
        assert!(!accepts("(2016-11-08,2016-11-15,P1W)", "2016-W45"), "not from a Monday");
        assert!(!accepts("(2014-01-01,2018-01-01,P4Y)", "2014/2018"));
    }

    #[test]
    fn percent_and_money_values() {
        assert_eq!(percent_value(&json!({"value": "-5%"})), AttrValue::Num(-5.0));
        assert_eq!(percent_value(&json!({"value": "null"})), AttrValue::Any);
        let (a, c) = money_value(&json!({"value": "75000000", "unit": "Dollar"}));
        assert!(
            a.accepts(&AttrValue::Num(75e6))
                && c.accepts(&AttrValue::Text("USD".into()))
                && !c.accepts(&AttrValue::Text("CAD".into()))
        );
        let (a, c) = money_value(&json!({"value": "470", "unit": "Pence"}));
        assert!(a.accepts(&AttrValue::Num(4.7)) && c.accepts(&AttrValue::Text("GBP".into())));
        let (_, c) = money_value(&json!({"value": "16400000", "unit": "Canadian dollar", "isoCurrency": "CAD"}));
        assert_eq!(c, AttrValue::Text("CAD".into()));
        assert_eq!(money_value(&json!({"value": "3", "unit": "Franc"})).1, AttrValue::Any);
    }

    #[test]
    fn cases_parse_skip_and_fail_clearly() {
        let case = json!({"Input": "I'll go back 04th Jan 2019.", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
            "Results": [{"Text": "04th jan 2019", "Start": 13, "End": 25, "TypeName": "datetimeV2.date", "Resolution": {"values": [{"timex": "2019-01-04", "type": "date", "value": "2019-01-04"}]}}]});
        let doc = parse_case(&case, Model::DateTime).unwrap().unwrap();
        assert_eq!(doc.date.unwrap().to_string(), "2016-11-07");
        assert_eq!((doc.gold[0].start, doc.gold[0].end), (13, 26), "End is inclusive");
        let skipped = json!({"Input": "x", "NotSupported": "javascript, dotnet", "Results": []});
        assert!(parse_case(&skipped, Model::DateTime).unwrap().is_none());
        let other_port = json!({"Input": "x", "NotSupported": "javascript, python", "Results": []});
        assert!(parse_case(&other_port, Model::DateTime).unwrap().is_some());
        let bad = json!({"Input": "abc", "Results": [{"Start": 1, "End": 3}]});
        assert!(parse_case(&bad, Model::Percent).unwrap_err().contains("outside the input"));
    }
}
