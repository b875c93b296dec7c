//! `cargo bench`: throughput of the tokenizer, the lexicon pass and the whole pipeline, in MB/s,
//! at several input sizes (a linear pipeline shows the same MB/s at every size).
//!
//! The corpus is made from the project's test data: the reference article and, when present,
//! the CoNLL-2003 dev text and TimeML texts of `../shared/data` (read here, never copied).
//! No timing is asserted; this prints numbers.

use std::hint::black_box;
use std::time::{Duration, Instant};

use article_annotator::doc::Doc;
use article_annotator::find::{dates, entities, figures};
use article_annotator::tokens::tokenize;
use article_annotator::{annotate, Options};

fn shared(path: &str) -> Option<String> {
    std::fs::read_to_string(format!("{}/../shared/data/{path}", env!("CARGO_MANIFEST_DIR"))).ok()
}

/// Mixed news text: the reference article, CoNLL dev sentences as text, and TimeML bodies.
fn corpus() -> String {
    let mut parts = vec![shared("seed/article.txt").expect("the reference article ../shared/data/seed/article.txt")];
    if let Some(conll) = shared("conll2003/dev.txt") {
        let mut text = String::new();
        for line in conll.lines().take(20_000) {
            match line.split_whitespace().next() {
                None => text.push('\n'),
                Some("-DOCSTART-") => {}
                Some(word) => {
                    text.push_str(word);
                    text.push(' ');
                }
            }
        }
        parts.push(text);
    }
    if let Ok(dir) = std::fs::read_dir(format!("{}/../shared/data/timeml/TimeBank", env!("CARGO_MANIFEST_DIR"))) {
        for entry in dir.flatten().take(40) {
            if let Ok(tml) = std::fs::read_to_string(entry.path()) {
                let mut body = String::new();
                let mut in_tag = false;
                for c in tml.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        _ if !in_tag => body.push(c),
                        _ => {}
                    }
                }
                parts.push(body);
            }
        }
    }
    parts.join("\n\n")
}

fn sized(corpus: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + corpus.len());
    while text.len() < size {
        text.push_str(corpus);
        text.push_str("\n\n");
    }
    let mut cut = size.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// Runs `f` until at least `budget` has passed (and at least 3 times); returns MB/s of the median run.
fn measure(bytes: usize, budget: Duration, mut f: impl FnMut()) -> f64 {
    let mut runs = Vec::new();
    let started = Instant::now();
    while runs.len() < 3 || started.elapsed() < budget {
        let t = Instant::now();
        f();
        runs.push(t.elapsed().as_secs_f64());
        if runs.len() >= 200 {
            break;
        }
    }
    runs.sort_by(f64::total_cmp);
    bytes as f64 / 1e6 / runs[runs.len() / 2]
}

fn main() {
    // `cargo bench -- <filter>` passes arguments; this bench takes none and ignores them.
    let corpus = corpus();
    let options = Options::default();
    // Warm up the lexicon (built once per process) so it is not counted in the first size.
    black_box(annotate("warm up", &options));
    println!(
        "{:>10}  {:>9}  {:>9}  {:>9}  {:>9}  {:>9}  {:>9}   (MB/s; finders on a prepared Doc)",
        "size", "tokenize", "doc+lex", "entities", "dates", "figures", "annotate"
    );
    for size in [10_000, 100_000, 1_000_000, 10_000_000] {
        let text = sized(&corpus, size);
        let budget = Duration::from_millis(if size >= 10_000_000 { 3000 } else { 1000 });
        let n = text.len();
        let tok = measure(n, budget, || {
            black_box(tokenize(black_box(&text)));
        });
        let prep = measure(n, budget, || {
            black_box(Doc::new(black_box(&text)));
        });
        let doc = Doc::new(&text);
        let ents = measure(n, budget, || {
            black_box(entities::find(black_box(&doc)));
        });
        let found = entities::find(&doc);
        let date = options.reference_date;
        let dats = measure(n, budget, || {
            black_box(dates::find(black_box(&doc), date));
        });
        let figs = measure(n, budget, || {
            black_box(figures::find(black_box(&doc), &found));
        });
        let all = measure(n, budget, || {
            black_box(annotate(black_box(&text), &options));
        });
        println!(
            "{:>8}KB  {tok:>9.1}  {prep:>9.1}  {ents:>9.1}  {dats:>9.1}  {figs:>9.1}  {all:>9.1}",
            size / 1000
        );
    }
}
