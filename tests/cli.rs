//! The `annotate` binary end to end: input from a file and from stdin, `--date`, `--labels`,
//! `--jsonl` (one output line per input line, in order, bad lines reported), code-point offsets,
//! and `annotate eval` on the fixtures of `testdata/eval/`.
//!
//! Eval numbers are checked against an independent count made here with the library, so these
//! tests hold whatever the finders find. The offsets and dateline tests need the finders.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use article_annotator::output::DocumentRecord;
use article_annotator::{annotate, parse_date, OffsetUnit, Options};
use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the annotate binary runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Written from a thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Run {
        code: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

const ARTICLE: &str = "WASHINGTON, Feb 2, 2026 (Reuters) - India said on Monday the United States would cut tariffs on Indian goods to 18% from 50%.\n";

/// Every span's offsets are code points: the slice of the text is the span's `text`.
fn assert_code_point_offsets(text: &str, record: &Value) {
    let chars: Vec<char> = text.chars().collect();
    for span in record["spans"].as_array().expect("spans") {
        let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= chars.len(), "{span}");
        assert_eq!(chars[s..e].iter().collect::<String>(), span["text"].as_str().unwrap(), "{span}");
    }
}

#[test]
fn a_file_and_stdin_give_the_same_record() {
    let path = temp_file("article.txt", ARTICLE.as_bytes());
    let from_file = run(&[path.to_str().unwrap()], b"");
    let from_stdin = run(&[], ARTICLE.as_bytes());
    let from_dash = run(&["-"], ARTICLE.as_bytes());
    for r in [&from_file, &from_stdin, &from_dash] {
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout.lines().count(), 1, "one line of JSON");
    }
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_file.stdout, from_dash.stdout);
    let record = json(&from_file.stdout);
    assert!(
        record["spans"].is_array() && record.get("date").is_some() && record.get("date_source").is_some(),
        "{record}"
    );
    assert_code_point_offsets(ARTICLE, &record);

    let pretty = run(&["--pretty", path.to_str().unwrap()], b"");
    assert_eq!(pretty.code, 0);
    assert!(pretty.stdout.lines().count() > 1);
    assert_eq!(json(&pretty.stdout), record);
}

#[test]
fn unreadable_input_is_exit_2_with_a_message() {
    let r = run(&["no/such/file.txt"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cannot read no/such/file.txt"), "{}", r.stderr);
    assert!(r.stdout.is_empty());

    let latin1 = temp_file("latin1.txt", b"caf\xe9 in Paris\n");
    let r = run(&[latin1.to_str().unwrap()], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not UTF-8") && r.stderr.contains("offset 3"), "{}", r.stderr);
}

#[test]
fn a_given_date_is_used_and_a_bad_one_is_refused() {
    let r = run(&["--date", "2026-03-01"], ARTICLE.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = json(&r.stdout);
    assert_eq!(record["date"], "2026-03-01");
    assert_eq!(record["date_source"], "given");

    for bad in ["2026-02-30", "yesterday", "2026-2-3"] {
        let r = run(&["--date", bad], ARTICLE.as_bytes());
        assert_eq!(r.code, 2, "{bad}");
        assert!(r.stderr.contains(bad) && r.stderr.contains("YYYY-MM-DD"), "{bad}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn labels_choose_the_spans_and_unknown_ones_are_refused() {
    let r = run(&["--labels", "DATE,gpe", "--labels", "TARIFF"], ARTICLE.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = json(&r.stdout);
    for span in record["spans"].as_array().unwrap() {
        assert!(["DATE", "GPE", "TARIFF"].contains(&span["label"].as_str().unwrap()), "{span}");
    }

    let r = run(&["--labels", "GPE,PLACE"], ARTICLE.as_bytes());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown label \"PLACE\"") && r.stderr.contains("PERSON, ORG, GPE"), "{}", r.stderr);
}

#[test]
fn jsonl_gives_one_line_per_input_line_and_reports_the_bad_ones() {
    let mut input: Vec<u8> = Vec::new();
    for line in [
        &br#"{"id":"a","text":"India and the US."}"#[..],
        br#"{"id":"b","text":"unterminated}"#,
        br#"{"id":"c"}"#,
        b"{\"id\":\"d\",\"text\":\"caf\xff\"}",
        br#"{"id":"e","text":"x","date":"2026-13-01"}"#,
        b"",
        br#"{"id":7,"text":"Trump spoke.","date":"2026-02-02"}"#,
        b"[1,2]",
        br#"{"id":"g","text":5}"#,
        b"{\"id\":\"h\",\"text\":\"ok\"}\r",
    ] {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    input.extend_from_slice(br#"{"id":"last","text":"no newline at the end"}"#);
    let r = run(&["--jsonl", "--date", "2026-01-15"], &input);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), 11, "{}", r.stdout);

    // (line, id, error fragment); `None` for a good line.
    let want: [(usize, Value, Option<&str>); 11] = [
        (1, "a".into(), None),
        (2, Value::Null, Some("not a JSON object")),
        (3, "c".into(), Some("missing \"text\"")),
        (4, Value::Null, Some("not UTF-8")),
        (5, "e".into(), Some("YYYY-MM-DD")),
        (6, Value::Null, Some("blank line")),
        (7, "7".into(), None),
        (8, Value::Null, Some("not a JSON object")),
        (9, "g".into(), Some("\"text\" must be a string")),
        (10, "h".into(), None),
        (11, "last".into(), None),
    ];
    for ((n, id, error), got) in want.iter().zip(&lines) {
        assert_eq!(&got["id"], id, "line {n}: {got}");
        match error {
            Some(fragment) => {
                assert_eq!(got["line"], *n, "{got}");
                assert!(got["error"].as_str().unwrap().contains(fragment), "line {n}: {got}");
                assert!(got.get("spans").is_none());
                let named = r.stderr.contains(&format!("annotate: line {n}:"))
                    || r.stderr.contains(&format!("annotate: line {n} ("));
                assert!(named, "stderr names line {n}: {}", r.stderr);
            }
            None => {
                assert!(got.get("error").is_none() && got["spans"].is_array(), "line {n}: {got}");
                let named = r.stderr.contains(&format!("annotate: line {n}:"))
                    || r.stderr.contains(&format!("annotate: line {n} ("));
                assert!(!named, "a good line is not reported: {}", r.stderr);
            }
        }
    }
    // The date of a line wins over --date, which is the default.
    assert_eq!((&lines[0]["date"], &lines[0]["date_source"]), (&Value::from("2026-01-15"), &Value::from("given")));
    assert_eq!(lines[6]["date"], "2026-02-02");
    assert!(r.stderr.contains("7 of 11 lines failed"), "{}", r.stderr);
}

#[test]
fn jsonl_with_good_lines_only_exits_0() {
    let input = "{\"id\":\"1\",\"text\":\"Modi met Trump.\"}\n{\"id\":\"2\",\"text\":\"東京 🙂 Tokyo\"}\n";
    let r = run(&["--jsonl"], input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let ids: Vec<Value> = r.stdout.lines().map(|l| json(l)["id"].clone()).collect();
    assert_eq!(ids, vec![Value::from("1"), Value::from("2")]);
    // A byte-order mark before the first line is not an error.
    let r = run(&["--jsonl"], format!("\u{feff}{input}").as_bytes());
    assert_eq!((r.code, r.stdout.lines().count()), (0, 2), "{}", r.stderr);
    // An empty input is no lines and no error.
    let r = run(&["--jsonl"], b"");
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn a_large_jsonl_input_keeps_its_order() {
    const N: usize = 3000;
    let mut input = String::new();
    for i in 0..N {
        if i % 500 == 499 {
            input.push_str("{not json\n");
        } else {
            input.push_str(&format!("{{\"id\":\"d{i}\",\"text\":\"On Monday {i} people in India met Trump.\"}}\n"));
        }
    }
    let r = run(&["--jsonl", "--date", "2026-02-02"], input.as_bytes());
    assert_eq!(r.code, 1);
    let lines: Vec<Value> = r.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), N);
    for (i, line) in lines.iter().enumerate() {
        if i % 500 == 499 {
            assert_eq!(line["line"], i + 1, "{line}");
        } else {
            assert_eq!(line["id"], format!("d{i}"), "output line {}", i + 1);
        }
    }
    assert!(r.stderr.contains(&format!("6 of {N} lines failed")), "{}", r.stderr);
}

#[test]
fn code_point_offsets_hold_on_emoji_and_cjk_text() {
    let text = "🙂🙂 東京 — India's Prime Minister Narendra Modi met US President Donald Trump in Washington on Monday. 👍🏽 Ça va: 北京 and Paris.";
    let line = serde_json::json!({ "id": "wide", "text": text, "date": "2026-02-02" }).to_string();
    let r = run(&["--jsonl"], format!("{line}\n").as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = json(&r.stdout);
    assert_code_point_offsets(text, &record);
    let texts: Vec<&str> = record["spans"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    // Spans after astral-plane emoji (2 UTF-16 units, 4 bytes, 1 code point), CJK and an emoji
    // with a skin-tone modifier (2 code points).
    for want in ["India", "Washington", "Monday", "Paris"] {
        assert!(texts.contains(&want), "{want} in {texts:?}");
    }
    let paris = record["spans"].as_array().unwrap().iter().find(|s| s["text"] == "Paris").unwrap();
    assert_eq!(paris["start"], text.chars().count() - "Paris.".len());
    // The single-document form agrees.
    let single = run(&["--date", "2026-02-02"], text.as_bytes());
    assert_eq!(json(&single.stdout)["spans"], record["spans"]);
}

#[test]
fn the_dateline_sets_the_document_date() {
    let r = run(&[], ARTICLE.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = json(&r.stdout);
    assert_eq!(record["date"], "2026-02-02");
    assert_eq!(record["date_source"], "dateline");
    assert_eq!(record["dateline"], serde_json::json!({ "start": 12, "end": 23, "text": "Feb 2, 2026" }));
    let monday = record["spans"].as_array().unwrap().iter().find(|s| s["text"] == "Monday").expect("Monday is a DATE");
    assert_eq!((&monday["label"], &monday["value"]), (&Value::from("DATE"), &Value::from("2026-02-02")));
}

// ---- annotate eval ----

/// Our spans of `text` as (start, end, label) in code points, with their attributes.
fn predicted(text: &str, date: Option<&str>) -> Vec<Value> {
    let options = Options { reference_date: date.map(|d| parse_date(d).unwrap()), ..Options::default() };
    let result = annotate(text, &options);
    let record = serde_json::to_value(DocumentRecord::new(None, text, &result, OffsetUnit::CodePoint)).unwrap();
    record["spans"].as_array().unwrap().clone()
}

/// Per label: gold count, predicted count, exactly matched count (multiset intersection).
fn expected_counts(
    gold: &[(usize, usize, String)],
    pred: &[(usize, usize, String)],
) -> BTreeMap<String, (usize, usize, usize)> {
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut unmatched = pred.to_vec();
    for g in gold {
        counts.entry(g.2.clone()).or_default().0 += 1;
        if let Some(i) = unmatched.iter().position(|p| p == g) {
            unmatched.remove(i);
            counts.get_mut(&g.2).unwrap().2 += 1;
        }
    }
    for p in pred {
        counts.entry(p.2.clone()).or_default().1 += 1;
    }
    counts
}

fn eval_json(args: &[&str]) -> Value {
    let mut all = vec!["eval", "--json"];
    all.extend_from_slice(args);
    let r = run(&all, b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r.stdout)
}

fn assert_label_counts(set: &Value, label: &str, (gold, pred, exact): (usize, usize, usize)) {
    let row = &set["labels"][label];
    assert_eq!(
        (&row["gold"], &row["pred"], &row["exact"]["tp"]),
        (&gold.into(), &pred.into(), &exact.into()),
        "{label}: {row}"
    );
    let (tp, relaxed) = (exact as f64, row["relaxed"]["tp"].as_u64().unwrap() as usize);
    assert!(relaxed >= exact && relaxed <= gold.min(pred), "{label}: {row}");
    if gold + pred > 0 {
        let p = if pred == 0 { 0.0 } else { tp / pred as f64 };
        let r = if gold == 0 { 0.0 } else { tp / gold as f64 };
        assert!((row["exact"]["precision"].as_f64().unwrap() - p).abs() < 1e-9, "{label}: {row}");
        assert!((row["exact"]["recall"].as_f64().unwrap() - r).abs() < 1e-9, "{label}: {row}");
    } else {
        assert!(row["exact"]["f1"].is_null(), "{label}: {row}");
    }
}

/// Runs `annotate eval` on seed gold at `path` and checks its counts against the library's spans
/// (per document: (document, start, end, label) keys), returning the set's JSON.
fn check_seed_counts(path: &str) -> Value {
    let out = eval_json(&[path]);
    let set = out["sets"][0].clone();
    let gold_file = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    for (n, doc) in gold_file.lines().filter(|l| !l.is_empty()).map(json).enumerate() {
        let key = |s: &Value| {
            let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            // The document number rides in the offsets so that documents never match each other.
            (n * 1_000_000 + start, n * 1_000_000 + end, s["label"].as_str().unwrap().to_string())
        };
        gold.extend(doc["spans"].as_array().unwrap().iter().map(key));
        pred.extend(predicted(doc["text"].as_str().unwrap(), doc["doc_date"].as_str()).iter().map(key));
    }
    let counts = expected_counts(&gold, &pred);
    for label in ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "PERCENT", "MONEY", "TARIFF"] {
        assert_label_counts(&set, label, counts.get(label).copied().unwrap_or_default());
    }
    let exact_all: usize = counts.values().map(|c| c.2).sum();
    assert_eq!(set["micro"]["micro all"]["exact"]["tp"], exact_all);
    assert_eq!(set["micro"]["micro all"]["gold"], gold.len());
    set
}

#[test]
fn eval_on_the_seed_fixture_counts_what_the_annotator_finds() {
    let set = check_seed_counts("testdata/eval/seed.jsonl");
    assert_eq!((&set["format"], &set["documents"], &set["gold_spans"]), (&"seed".into(), &2.into(), &14.into()));
    assert_eq!(set["labels"]["GPE"]["gold"], 4);
    assert_eq!(set["labels"]["TARIFF"]["gold"], 2);
}

#[test]
fn eval_on_the_reference_article_counts_what_the_annotator_finds() {
    let set = check_seed_counts("../shared/data/seed/seed.jsonl");
    assert_eq!((&set["documents"], &set["gold_spans"]), (&1.into(), &66.into()));
}

#[test]
fn eval_on_the_conll_fixture_maps_labels_and_rebuilds_the_text() {
    let out = eval_json(&["testdata/eval/conll.txt"]);
    let set = &out["sets"][0];
    assert_eq!((&set["format"], &set["documents"], &set["gold_spans"]), (&"conll".into(), &2.into(), &7.into()));
    // The texts as the scorer rebuilds them, and their gold.
    let docs = [
        (
            "EU rejects German call to boycott British lamb .\nPeter Blackburn",
            vec![("EU", "ORG"), ("German", "MISC"), ("British", "MISC"), ("Peter Blackburn", "PER")],
        ),
        (
            "BRUSSELS 1996-08-22\nThe European Commission said on Thursday it disagreed with German advice .",
            vec![("BRUSSELS", "LOC"), ("European Commission", "ORG"), ("German", "MISC")],
        ),
    ];
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    for (text, spans) in docs {
        let cp = |byte: usize| text[..byte].chars().count();
        for (fragment, label) in spans {
            let at = text.find(fragment).unwrap();
            gold.push((cp(at), cp(at + fragment.len()), label.to_string()));
        }
        for s in predicted(text, None) {
            let label = match s["label"].as_str().unwrap() {
                "PERSON" => "PER",
                "ORG" => "ORG",
                "GPE" | "LOC" => "LOC",
                "NORP" | "EVENT" => "MISC",
                _ => continue,
            };
            pred.push((s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize, label.to_string()));
        }
    }
    let counts = expected_counts(&gold, &pred);
    for label in ["PER", "ORG", "LOC", "MISC"] {
        assert_label_counts(set, label, counts.get(label).copied().unwrap_or_default());
    }
    assert_eq!(set["micro"]["micro PER+ORG+LOC"]["gold"], 4);
    assert_eq!(set["micro"]["micro all four"]["gold"], 7);
}

#[test]
fn eval_on_the_timeml_fixture_reads_folders_recursively() {
    let out = eval_json(&["testdata/eval/timeml"]);
    let set = &out["sets"][0];
    assert_eq!((&set["format"], &set["documents"], &set["gold_spans"]), (&"timeml".into(), &2.into(), &5.into()));
    let docs = [
        (
            "\nAT&T shares fell yesterday, after a week of losses.\n",
            "1998-01-08",
            vec![("yesterday", "1998-01-07"), ("week", "P1W")],
        ),
        (
            "\nTalks began in March last year and resume next Monday at 2 pm.\n",
            "2026-02-02",
            vec![("March last year", "2025-03"), ("next Monday", "2026-02-09"), ("2 pm", "2026-02-09T14:00")],
        ),
    ];
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    let mut exact_values = 0;
    for (text, date, spans) in docs {
        let ours = predicted(text, Some(date));
        for (fragment, value) in spans {
            let at = text.find(fragment).unwrap();
            let key = (at, at + fragment.len(), "DATE".to_string()); // ASCII: bytes are code points
            exact_values += usize::from(ours.iter().any(|s| {
                (s["start"].as_u64(), s["end"].as_u64(), s["value"].as_str())
                    == (Some(key.0 as u64), Some(key.1 as u64), Some(value))
            }));
            gold.push(key);
        }
        pred.extend(
            ours.iter().filter(|s| s["label"] == "DATE").map(|s| {
                (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize, "DATE".to_string())
            }),
        );
    }
    assert_label_counts(set, "DATE", expected_counts(&gold, &pred).get("DATE").copied().unwrap_or((5, 0, 0)));
    // Value accuracy is over gold matched by overlap, so at least the exact right ones count.
    let right = set["attributes"]["DATE"]["value"]["right"].as_u64().unwrap_or(0) as usize;
    assert!(right >= exact_values, "{set}");
}

#[test]
fn eval_on_the_recognizers_fixture_counts_cases() {
    let out = eval_json(&["testdata/eval/recognizers/PercentModel.json"]);
    let set = &out["sets"][0];
    assert_eq!((&set["format"], &set["gold_spans"]), (&"recognizers".into(), &3.into()));
    let cases = &set["cases"];
    assert_eq!((&cases["total"], &cases["skipped"]), (&4.into(), &1.into()), "{cases}");
    // Expected per case: (input, [(start, end exclusive, value or None for any)]).
    type Expected = (u64, u64, Option<f64>);
    let fixture: [(&str, Vec<Expected>); 4] = [
        ("Prices rose 100% in a year", vec![(12, 16, Some(100.0))]),
        ("just need minus five percent", vec![(10, 28, Some(-5.0))]),
        ("no figure here", vec![]),
        ("Only a small percent attain the top ranks", vec![(13, 20, None)]),
    ];
    let (mut right, mut found) = (0, 0);
    for (input, want) in fixture {
        let ours: Vec<Expected> = predicted(input, None)
            .iter()
            .filter_map(|s| match s["label"].as_str().unwrap() {
                "PERCENT" => Some((s["start"].as_u64()?, s["end"].as_u64()?, s["value"].as_f64())),
                "TARIFF" if s["unit"] == "%" => Some((s["start"].as_u64()?, s["end"].as_u64()?, s["rate"].as_f64())),
                _ => None,
            })
            .collect();
        let hit = |w: &Expected| ours.iter().any(|o| (o.0, o.1) == (w.0, w.1) && (w.2.is_none() || o.2 == w.2));
        let all = want.iter().all(hit);
        found += usize::from(all);
        right += usize::from(all && ours.len() == want.len());
    }
    assert_eq!((&cases["right"], &cases["all_expected_found"]), (&right.into(), &found.into()), "{cases}");
}

#[test]
fn eval_prints_a_table_for_each_set() {
    let r = run(
        &[
            "eval",
            "testdata/eval/seed.jsonl",
            "testdata/eval/conll.txt",
            "testdata/eval/timeml",
            "testdata/eval/recognizers/PercentModel.json",
        ],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for want in [
        "testdata/eval/seed.jsonl (seed): 2 documents, 14 gold spans",
        "testdata/eval/conll.txt (conll): 2 documents, 7 gold spans",
        "testdata/eval/timeml (timeml): 2 documents, 5 gold spans",
        "testdata/eval/recognizers/PercentModel.json (recognizers): 4 cases, 3 gold spans",
        "micro PER+ORG+LOC",
        "cases skipped: 1",
    ] {
        assert!(r.stdout.contains(want), "{want:?} in\n{}", r.stdout);
    }
    let gpe = r.stdout.lines().find(|l| l.starts_with("GPE ")).expect("a GPE row");
    assert_eq!(gpe.split_whitespace().nth(1), Some("4"), "{gpe}");
    // Two paths of one format are one set; --format overrides the file name.
    let out = eval_json(&["--format", "timeml", "testdata/eval/timeml/a.tml", "testdata/eval/timeml/nested/b.tml"]);
    assert_eq!(out["sets"].as_array().unwrap().len(), 1);
    assert_eq!(out["sets"][0]["gold_spans"], 5);
}

#[test]
fn eval_on_bad_gold_is_exit_2_naming_file_and_line() {
    for (path, want) in [
        (
            "testdata/eval/bad/seed.jsonl",
            "testdata/eval/bad/seed.jsonl:2: span 0: \"text\" \"India\" is not the text at 1..5",
        ),
        ("testdata/eval/bad/conll.txt", "testdata/eval/bad/conll.txt:3: \"X-MISC\" is not an IOB tag"),
        ("testdata/eval/bad/broken.tml", "testdata/eval/bad/broken.tml:4: unknown entity &euro;"),
        ("testdata/eval/bad/PercentModel.json", "testdata/eval/bad/PercentModel.json:3: case \"abc\": Start..End 0..7"),
        ("testdata/eval/missing.jsonl", "testdata/eval/missing.jsonl: cannot read"),
        ("Cargo.toml", "Cargo.toml: cannot tell the gold format"),
        ("--format=conll testdata/eval/seed.jsonl", "testdata/eval/seed.jsonl:1: "),
    ] {
        let mut args = vec!["eval"];
        args.extend(path.split(' '));
        let r = run(&args, b"");
        assert_eq!(r.code, 2, "{path}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{path}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{path}: nothing is scored");
    }
    let r = run(&["eval"], b"");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("PATH"), "{}", r.stderr);
}

#[test]
fn eval_errors_list_every_miss_and_extra() {
    let out = eval_json(&["--errors", "testdata/eval/seed.jsonl"]);
    let set = &out["sets"][0];
    let errors = set["errors"].as_array().cloned().unwrap_or_default();
    for (label, row) in set["labels"].as_object().unwrap() {
        let count = |kind: &str| errors.iter().filter(|e| e["label"] == *label && e["kind"] == kind).count() as u64;
        let (gold, pred) = (row["gold"].as_u64().unwrap(), row["pred"].as_u64().unwrap());
        let (exact, relaxed) = (row["exact"]["tp"].as_u64().unwrap(), row["relaxed"]["tp"].as_u64().unwrap());
        assert_eq!(count("missed"), gold - relaxed, "{label}");
        assert_eq!(count("boundary"), relaxed - exact, "{label}");
        assert_eq!(count("extra"), pred - relaxed, "{label}");
    }
    for e in &errors {
        assert!(e["document"] == "tariffs" || e["document"] == "emoji", "named by id: {e}");
    }
    let r = run(&["eval", "--errors", "testdata/eval/seed.jsonl"], b"");
    assert_eq!(r.code, 0);
    if !errors.is_empty() {
        assert!(r.stdout.contains(&format!("differences ({}), by document:", errors.len())), "{}", r.stdout);
    }
}
