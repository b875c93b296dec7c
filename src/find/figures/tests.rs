//! The figure corpora of `testdata/figures/`: each case is a sentence, with entity names marked
//! `[India|GPE]` (the entity finder's part, given by hand here), followed by indented lines, one
//! per expected figure: `LABEL text | key=value | ...`; `text#2` is the second occurrence. A
//! case with no expected lines must give no figure at all.

use super::*;
use crate::labels::Label;
use crate::span::Attrs;
use crate::tokens::TokenKind;

struct Case {
    file: &'static str,
    line: usize,
    text: String,
    entities: Vec<Span>,
    expected: Vec<String>,
}

fn parse_sentence(marked: &str) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut entities = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else { break };
        let inner = &rest[open + 1..close];
        let Some((name, label)) = inner.rsplit_once('|') else { break };
        text.push_str(&rest[..open]);
        let start = text.len();
        text.push_str(name);
        let label: Label = label.parse().expect("entity label");
        entities.push(Span::new(start, text.len(), label, Attrs::None));
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    (text, entities)
}

fn number(v: f64) -> String {
    format!("{v}")
}

/// `LABEL@start text | k=v ...` with keys in a fixed order.
fn describe(text: &str, s: &Span) -> String {
    let mut out = format!("{}@{} {}", s.label, s.start, s.text(text));
    let mut kv = |k: &str, v: String| out.push_str(&format!(" | {k}={v}"));
    match &s.attrs {
        Attrs::Percent { value } => kv("value", number(*value)),
        Attrs::Money { amount, currency } => {
            kv("amount", number(*amount));
            kv("currency", currency.clone());
        }
        Attrs::Tariff(t) => {
            let fields: [(&str, Option<String>); 10] = [
                ("rate", t.rate.map(number)),
                ("low", t.low.map(number)),
                ("high", t.high.map(number)),
                ("unit", t.unit.clone()),
                ("measure", t.measure.clone()),
                ("imposer", t.imposer.clone()),
                ("target", t.target.clone()),
                ("change", t.change.map(|c| c.as_str().to_string())),
                ("from", t.from.map(number)),
                ("per", t.per.clone()),
            ];
            for (k, v) in fields {
                if let Some(v) = v {
                    kv(k, v);
                }
            }
        }
        _ => {}
    }
    out
}

const KEY_ORDER: [&str; 12] = ["value", "amount", "currency", "rate", "low", "high", "unit", "measure", "imposer", "target", "change", "from"];

fn canonical_expected(text: &str, line: &str) -> Result<String, String> {
    let mut parts = line.split(" | ");
    let head = parts.next().unwrap_or("").trim();
    let (label, span_text) = head.split_once(' ').ok_or_else(|| format!("no span text in {line:?}"))?;
    let label: Label = label.parse().map_err(|e| format!("{e}"))?;
    let (span_text, nth) = match span_text.rsplit_once('#') {
        Some((t, n)) if n.parse::<usize>().is_ok() => (t, n.parse::<usize>().unwrap()),
        _ => (span_text, 1),
    };
    let start = text.match_indices(span_text).nth(nth - 1).map(|(i, _)| i).ok_or_else(|| format!("{span_text:?} not in the sentence"))?;
    let mut fields: Vec<(String, String)> = Vec::new();
    for p in parts {
        let (k, v) = p.split_once('=').ok_or_else(|| format!("bad field {p:?}"))?;
        let (k, v) = (k.trim(), v.trim());
        let v = match k {
            "value" | "amount" | "rate" | "low" | "high" | "from" => number(v.parse::<f64>().map_err(|_| format!("bad number {v:?}"))?),
            _ => v.to_string(),
        };
        fields.push((k.to_string(), v));
    }
    let rank = |k: &str| KEY_ORDER.iter().position(|x| *x == k).unwrap_or(KEY_ORDER.len());
    fields.sort_by_key(|(k, _)| rank(k));
    let mut out = format!("{label}@{start} {span_text}");
    for (k, v) in fields {
        out.push_str(&format!(" | {k}={v}"));
    }
    Ok(out)
}

fn load(file: &'static str, content: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with(' ') || line.starts_with('\t') {
            let case = cases.last_mut().unwrap_or_else(|| panic!("{file}:{}: an expectation before any sentence", n + 1));
            match canonical_expected(&case.text, line.trim()) {
                Ok(e) => case.expected.push(e),
                Err(e) => panic!("{file}:{}: {e}", n + 1),
            }
        } else {
            let (text, entities) = parse_sentence(line);
            cases.push(Case { file, line: n + 1, text, entities, expected: Vec::new() });
        }
    }
    cases
}

fn corpus() -> Vec<Case> {
    let mut cases = load("tariffs.txt", include_str!("../../../testdata/figures/tariffs.txt"));
    cases.extend(load("negatives.txt", include_str!("../../../testdata/figures/negatives.txt")));
    cases.extend(load("money.txt", include_str!("../../../testdata/figures/money.txt")));
    cases.extend(load("percent.txt", include_str!("../../../testdata/figures/percent.txt")));
    cases
}

#[test]
fn corpus_cases_give_exactly_their_figures() {
    let cases = corpus();
    assert!(cases.len() >= 60, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let doc = Doc::new(&case.text);
        let got: Vec<String> = find(&doc, &case.entities).iter().map(|s| describe(&case.text, s)).collect();
        let mut want = case.expected.clone();
        want.sort();
        let mut got_sorted = got.clone();
        got_sorted.sort();
        if want != got_sorted {
            failures.push(format!("{}:{}: {}\n  want: {:#?}\n  got:  {:#?}", case.file, case.line, case.text, want, got_sorted));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn spans_are_clean_on_odd_input() {
    for text in ["$", "$$", "% %", "1,", "US$", "from 10 to", "Rs.", "a quarter", "between 5 and", "—5%—", "₹", "१०%", "10 per", "tariffs of $", "5‐10%", "12,34,56,78,90,12,34,56,78,90,12,34,56,78 rupees", "99999999999999999999999999999999999999999 dollars", "$1 million million million million million million million million million million million", "$1-million-million-million-million-million-million-million-million-million"] {
        let doc = Doc::new(text);
        for s in find(&doc, &[]) {
            assert!(s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?}: {s:?}");
            let t = s.text(text);
            assert_eq!(t.trim(), t, "{text:?}");
            if let Attrs::Money { amount, .. } = s.attrs {
                assert!(amount.is_finite(), "{text:?}: {s:?}");
            }
        }
    }
}


/// Random sequences of figure parts (a fixed-seed generator): no panic, and every span is
/// non-empty, on character boundaries, trimmed, and disjoint from the others.
#[test]
fn random_figure_soup_never_breaks_spans() {
    const PARTS: &[&str] = &[
        "$", "US", "$5", "5", "1,194.09", "%", "per", "cent", "percent", "to", "from", "-", "–", "and", "between", "tariffs",
        "duty", "on", "Indian", "goods", "a", "quarter", "half", "million", "bn", "crore", "Rs", ".", ",", "€", "£", "¥",
        "twenty", "-", "five", "cents", "dollars", "USD", "115USD", "USD115", "per", "tonne", "/", "kg", "1/4", "6", "raised",
        "doubled", "by", "the", "US", "'s", "₹", "元", "ரூ", "é", "😀", "\n", "minus", "of", "reciprocal", "levy", "was", "imposed",
    ];
    let mut rng = crate::testing::Rng::new();
    let mut next = || rng.next();
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(next() % 24) {
            text.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
            if next() % 3 != 0 {
                text.push(' ');
            }
        }
        // Entities on some word starts, as the entity finder would give them.
        let doc = Doc::new(&text);
        let entities: Vec<Span> = doc
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && next() % 4 == 0)
            .map(|t| Span::new(t.start, t.end, Label::Gpe, Attrs::None))
            .collect();
        let spans = find(&doc, &entities);
        let mut last_end = 0;
        for s in &spans {
            assert!(s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?}: {s:?}");
            let t = s.text(&text);
            assert_eq!(t.trim(), t, "{text:?}: {s:?}");
            assert!(s.start >= last_end, "{text:?}: overlapping spans {spans:?}");
            last_end = s.end;
        }
    }
}

/// One endless `sentence` of tariff figures (a table with no full stop) stays linear: it is read
/// in windows, and every figure still comes out.
#[test]
fn an_endless_sentence_of_figures_is_read_in_windows() {
    let text = "tariffs of 25% on steel, 10% on aluminium, ".repeat(20_000);
    let t0 = std::time::Instant::now();
    let doc = Doc::new(&text);
    let t = std::time::Instant::now();
    let spans = find(&doc, &[]);
    eprintln!("prep {:?}, figures {:?}", t.duration_since(t0), t.elapsed());
    assert_eq!(spans.len(), 40_000);
    assert!(spans.iter().all(|s| s.label == Label::Tariff), "{:?}", spans.iter().find(|s| s.label != Label::Tariff));
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
}
