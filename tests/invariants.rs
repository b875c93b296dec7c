//! Whatever the text, every span is inside it, on character boundaries, non-empty, trimmed,
//! sorted and disjoint; code-point and UTF-16 offsets describe the same slice; and a text
//! annotated on its own or after a paragraph of other text gives the same spans, shifted.
//! Inputs are news fragments cut and joined at random (a fixed seed, so a failure repeats),
//! with emoji, combining marks, CJK, curly quotes, NUL and right-to-left text mixed in.

use article_annotator::output::DocumentRecord;
use article_annotator::{annotate, parse_date, OffsetMap, OffsetUnit, Options};

const FRAGMENTS: &[&str] = &[
    " date 2026-02-02 ", "External Affairs Minister S Jaishankar", " on Monday ", "three-day visit to the US",
    "from February 2 to 5", "“good” trade deal", "Trump doubled tariffs on Indian goods to 50 per cent",
    "$63.4 billion", "12.53%", "May I", "March-April last year", "😀", "👩‍👩‍👧", "e\u{301}", "北京", "\u{0}",
    "مرحبا", "\u{202E}", "U.S.", "Jan. 13", "10 to 15 percent", "’s", "\n\n", "-", "...", "1/13/26", "2 pm",
    "WASHINGTON, Feb 2 (Reuters) -", "Rs 1,200 crore", "'", "\u{FEFF}", " ", "Prime Minister Narendra Modi",
];

/// xorshift: a small deterministic generator, so a failing input is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn random_text(rng: &mut Rng) -> String {
    let n = 1 + rng.next() % 24;
    (0..n).map(|_| FRAGMENTS[(rng.next() % FRAGMENTS.len() as u64) as usize]).collect()
}

fn check(text: &str, options: &Options) {
    let result = annotate(text, options);
    let mut previous_end = 0;
    for span in &result.spans {
        assert!(span.start < span.end && span.end <= text.len(), "{span:?} in {text:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?} in {text:?}");
        assert!(span.start >= previous_end, "spans overlap or are unsorted at {span:?} in {text:?}");
        previous_end = span.end;
        let covered = span.text(text);
        assert_eq!(covered.trim(), covered, "untrimmed {span:?} in {text:?}");
    }
    let map = OffsetMap::new(text);
    let by_points = DocumentRecord::new(None, text, &result, OffsetUnit::CodePoint);
    let by_units = DocumentRecord::new(None, text, &result, OffsetUnit::Utf16);
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    for (p, u) in by_points.spans.iter().zip(&by_units.spans) {
        assert_eq!(chars[p.start..p.end].iter().collect::<String>(), p.text);
        assert_eq!(String::from_utf16(&units[u.start..u.end]).unwrap(), u.text);
        assert_eq!(map.to_byte(p.start, OffsetUnit::CodePoint), Some(p.span.start));
        assert_eq!(map.to_byte(u.start, OffsetUnit::Utf16), Some(u.span.start));
    }
}

#[test]
fn spans_keep_their_invariants_on_mixed_hostile_text() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let options = Options { reference_date: Some(parse_date("2026-02-02").unwrap()), ..Options::default() };
    for _ in 0..3000 {
        let text = random_text(&mut rng);
        check(&text, &options);
        check(&text, &Options::default());
    }
}

#[test]
fn a_text_after_a_paragraph_gives_the_same_spans_shifted() {
    let article = std::fs::read_to_string(format!("{}/../shared/data/seed/article.txt", env!("CARGO_MANIFEST_DIR")))
        .expect("the reference article");
    let options = Options { reference_date: Some(parse_date("2026-02-02").unwrap()), ..Options::default() };
    let prefix = "Unrelated note, written by nobody in particular.\n\n";
    let alone = annotate(&article, &options);
    let shifted = annotate(&format!("{prefix}{article}"), &options);
    let moved: Vec<_> = shifted
        .spans
        .iter()
        .map(|s| (s.start - prefix.len(), s.end - prefix.len(), s.label, s.attrs.clone()))
        .collect();
    let original: Vec<_> = alone.spans.iter().map(|s| (s.start, s.end, s.label, s.attrs.clone())).collect();
    assert_eq!(moved, original);
}
