//! `annotate --jsonl`: JSON lines in, JSON lines out, in order, one output line per input line.
//!
//! Input is read in batches of lines; each batch is annotated on all cores (rayon) and written
//! in input order before the next is read, so memory stays bounded on any input size.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::ExitCode;

use article_annotator::output::DocumentRecord;
use article_annotator::{annotate, parse_date, OffsetUnit, Options};
use rayon::prelude::*;
use serde_json::Value;

/// Lines per batch: enough to keep every core busy, few enough to bound memory.
const BATCH: usize = 512;

/// What one input line became: an output line, or an error (with the id, when one was read).
type LineResult = Result<String, (Option<String>, String)>;

pub fn run(input: &mut dyn Read, out: &mut dyn Write, options: &Options) -> ExitCode {
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut line_no = 0usize;
    let mut failures = 0usize;
    loop {
        let mut batch: Vec<Vec<u8>> = Vec::with_capacity(BATCH);
        let mut eof = false;
        while batch.len() < BATCH {
            let mut line = Vec::new();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(_) => {
                    if line.last() == Some(&b'\n') {
                        line.pop();
                        if line.last() == Some(&b'\r') {
                            line.pop();
                        }
                    }
                    // A byte-order mark (some Windows editors write one) is not part of the JSON.
                    if line_no == 0 && batch.is_empty() && line.starts_with(b"\xEF\xBB\xBF") {
                        line.drain(..3);
                    }
                    batch.push(line);
                }
                Err(e) => {
                    eprintln!("annotate: cannot read input after line {}: {e}", line_no + batch.len());
                    return ExitCode::from(2);
                }
            }
        }
        let results: Vec<LineResult> = batch.par_iter().map(|line| annotate_line(line, options)).collect();
        for result in results {
            line_no += 1;
            let written = match result {
                Ok(json) => writeln!(out, "{json}"),
                Err((id, message)) => {
                    failures += 1;
                    let who = id.as_deref().map_or(String::new(), |id| format!(" (id {id:?})"));
                    eprintln!("annotate: line {line_no}{who}: {message}");
                    let record = serde_json::json!({ "id": id, "line": line_no, "error": message });
                    writeln!(out, "{record}")
                }
            };
            if let Err(e) = written {
                eprintln!("annotate: cannot write output: {e}");
                return ExitCode::from(2);
            }
        }
        if eof {
            break;
        }
    }
    if failures > 0 {
        eprintln!("annotate: {failures} of {line_no} lines failed");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn annotate_line(line: &[u8], options: &Options) -> LineResult {
    let line = std::str::from_utf8(line)
        .map_err(|e| (None, format!("not UTF-8 (invalid byte at offset {})", e.valid_up_to())))?;
    if line.trim().is_empty() {
        return Err((None, "blank line (expected a JSON object)".to_string()));
    }
    let value: Value = serde_json::from_str(line).map_err(|e| (None, format!("not a JSON object: {e}")))?;
    let Value::Object(object) = value else { return Err((None, "not a JSON object".to_string())) };
    let id = match object.get("id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Null) | None => None,
        Some(_) => return Err((None, "\"id\" must be a string or a number".to_string())),
    };
    let fail = |message: String| (id.clone(), message);
    let text = match object.get("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err(fail("\"text\" must be a string".to_string())),
        None => return Err(fail("missing \"text\" field".to_string())),
    };
    let mut options = options.clone();
    match object.get("date") {
        Some(Value::String(d)) => options.reference_date = Some(parse_date(d).map_err(|e| fail(e.to_string()))?),
        Some(Value::Null) | None => {}
        Some(_) => return Err(fail("\"date\" must be a string YYYY-MM-DD".to_string())),
    }
    let result = annotate(text, &options);
    let record = DocumentRecord::new(id.as_deref(), text, &result, OffsetUnit::CodePoint);
    serde_json::to_string(&record).map_err(|e| fail(format!("cannot serialize: {e}")))
}
