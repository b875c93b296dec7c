//! Runs the cases of `testdata/entities/` (see its README): each line's entities, exactly.

use crate::doc::Doc;
use crate::labels::Label;

const POSITIVE: &str = include_str!("../../../testdata/entities/positive.txt");
const NEGATIVE: &str = include_str!("../../../testdata/entities/negative.txt");

/// `{LABEL text}` markup to the plain text and its expected `(start, end, label)` byte spans.
fn parse_case(line: &str) -> (String, Vec<(usize, usize, Label)>) {
    let mut text = String::new();
    let mut want = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find('}').map(|c| open + c).expect("a closing brace");
        let inner = &rest[open + 1..close];
        let (label, name) = inner.split_once(' ').expect("{LABEL text}");
        let label: Label = label.parse().expect("a known label");
        want.push((text.len(), text.len() + name.len(), label));
        text.push_str(name);
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    (text, want)
}

fn run_corpus(corpus: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for line in corpus.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let (text, want) = parse_case(line);
        let doc = Doc::new(&text);
        let got: Vec<(usize, usize, Label)> = super::find(&doc).iter().map(|s| (s.start, s.end, s.label)).collect();
        if got != want {
            let show = |v: &[(usize, usize, Label)]| v.iter().map(|&(s, e, l)| format!("{l} {:?}", &text[s..e])).collect::<Vec<_>>().join(", ");
            failures.push(format!("{text}\n    want: {}\n    got:  {}", show(&want), show(&got)));
        }
    }
    failures
}

#[test]
fn positive_cases_find_exactly_their_names() {
    let failures = run_corpus(POSITIVE);
    assert!(failures.is_empty(), "{} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_cases_mark_nothing_else() {
    let failures = run_corpus(NEGATIVE);
    assert!(failures.is_empty(), "{} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_markup_parser_reads_labels_and_offsets() {
    let (text, want) = parse_case("{GPE US} and {PERSON Gor}.");
    assert_eq!(text, "US and Gor.");
    assert_eq!(want, [(0, 2, Label::Gpe), (7, 10, Label::Person)]);
}

#[test]
fn odd_input_never_panics_and_spans_sit_on_char_boundaries() {
    for text in ["", " ", "{", "É", "S.", "U.S.", "X", "on X", "-", "A-", "-B", "Mr.", "Minister", "the external affairs ministry",
        "Secretary of", "Bank of", "Act of 1962", "北京 Minister S", "G20 summit", "Ministry-", "“Trump”’s"] {
        let doc = Doc::new(text);
        for s in super::find(&doc) {
            assert!(s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?} {s:?}");
            let t = &text[s.start..s.end];
            assert_eq!(t.trim(), t, "{text:?}");
        }
    }
}

#[test]
fn random_fragments_never_panic_and_spans_are_well_formed() {
    // A fixed-seed generator over pieces that exercise every rule's edges.
    const PIECES: &[&str] = &[
        "US", "U.S.", "-", "–", "'s", "’s", ".", ",", "\"", "“", "(", ")", " ", "\n\n", "of", "the", "on", "X", "S",
        "Minister", "Secretary", "Prime", "State", "Marco", "Rubio", "India", "Indian", "ministry", "external",
        "affairs", "summit", "G20", "Act", "1962", "Inc", "Bank", "Forum", "World", "Economic", "said", "É", "Ünal",
        "北京", "😀", "\u{301}", "bin", "General", "Motors", "TRUMP", "Trump", "Gulf", "Mexico", "River", "Road",
    ];
    let mut rng = crate::testing::Rng::new();
    let mut next = || rng.next();
    for _ in 0..3000 {
        let n = (next() % 14) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() % 3 != 0 {
                text.push(' ');
            }
        }
        let doc = Doc::new(&text);
        let spans = super::find(&doc);
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start, "{text:?}: overlapping {w:?}");
        }
        for s in &spans {
            assert!(s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?} {s:?}");
            let t = &text[s.start..s.end];
            assert_eq!(t.trim(), t, "{text:?}");
            assert!(!t.starts_with(|c: char| c.is_ascii_punctuation()), "{text:?}: {t:?}");
        }
    }
}
