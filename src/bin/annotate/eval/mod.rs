//! `annotate eval`: runs the annotator on gold documents and scores it.
//!
//! Formats (each module says what it scores and how): `seed` (JSON lines in the shape of
//! `LABELS.md`), `conll` (CoNLL-2003 IOB2), `timeml` (TimeBank/AQUAINT `.tml`), `recognizers`
//! (Microsoft Recognizers-Text spec cases). The format is inferred from each path unless given.
//! Paths of one format make one gold set, except recognizers files, each its own set (each
//! scores a different label). Documents are annotated in parallel (rayon). The table goes to
//! stdout, or with `--json` one JSON object `{"sets": [...]}`. Exit 0 when scored, 2 when a gold
//! file cannot be read or is malformed (stderr names the file and line).

mod conll;
mod recognizers;
mod score;
mod seed;
mod timeml;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use article_annotator::output::DocumentRecord;
use article_annotator::{annotate, Annotations, Date, OffsetUnit, Options};
use rayon::prelude::*;
use serde_json::{json, Value as Json};

use score::{Item, Scheme, Score};

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The gold format; inferred from each path when absent (`.jsonl` seed, `.txt` with IOB
    /// lines conll, a folder or `.tml` timeml, `*Model.json` recognizers).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Print the numbers as one JSON object instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Also list, per document, the gold spans missed, the spans not in gold and the wrong
    /// attributes (after the table; with --json, as "errors").
    #[arg(long)]
    pub errors: bool,
    /// Gold files or folders.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Seed,
    Conll,
    Timeml,
    Recognizers,
}

impl Format {
    fn as_str(self) -> &'static str {
        match self {
            Format::Seed => "seed",
            Format::Conll => "conll",
            Format::Timeml => "timeml",
            Format::Recognizers => "recognizers",
        }
    }
}

/// A gold file that cannot be read or is malformed: the file, the line when known, the fault.
#[derive(Debug)]
pub struct GoldError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl GoldError {
    pub fn new(path: &Path, line: Option<usize>, message: impl Into<String>) -> GoldError {
        GoldError { path: path.to_path_buf(), line, message: message.into() }
    }
}

impl std::fmt::Display for GoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// One gold document: its text, its reference date, its gold spans (code points).
#[derive(Debug)]
pub struct GoldDoc {
    /// How `--errors` names it: its id, file, or line.
    pub name: String,
    pub text: String,
    pub date: Option<Date>,
    pub gold: Vec<Item>,
}

/// Gold documents of one set with how to score them.
pub struct GoldSet {
    pub name: String,
    pub format: Format,
    pub docs: Vec<GoldDoc>,
    pub scheme: Scheme,
    /// Our spans as the set's items (its labels, the attributes it compares).
    pub predict: fn(&Predicted) -> Vec<Item>,
    /// Cases left out, with why (recognizers).
    pub skipped: Option<(usize, &'static str)>,
    /// Whether documents are cases (recognizers), so cases right are reported.
    pub cases: bool,
}

/// One predicted span as the JSON output has it: code-point offsets, label, and the attributes.
pub struct PredictedSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub fields: serde_json::Map<String, Json>,
}

pub struct Predicted {
    pub spans: Vec<PredictedSpan>,
}

impl Predicted {
    /// Reads spans back from the output record, so scoring sees exactly what users get.
    fn new(text: &str, result: &Annotations) -> Predicted {
        let record =
            serde_json::to_value(DocumentRecord::new(None, text, result, OffsetUnit::CodePoint)).unwrap_or(Json::Null);
        let spans = record["spans"]
            .as_array()
            .map(|spans| {
                spans
                    .iter()
                    .filter_map(|s| {
                        let mut fields = s.as_object()?.clone();
                        let start = fields.remove("start")?.as_u64()? as usize;
                        let end = fields.remove("end")?.as_u64()? as usize;
                        let label = fields.remove("label")?.as_str()?.to_string();
                        fields.remove("text");
                        Some(PredictedSpan { start, end, label, fields })
                    })
                    .collect()
            })
            .unwrap_or_default();
        Predicted { spans }
    }
}

/// Reads a gold file as UTF-8 text (a byte-order mark dropped); a bad byte is named by line.
pub fn read_text(path: &Path) -> Result<String, GoldError> {
    let bytes = std::fs::read(path).map_err(|e| GoldError::new(path, None, format!("cannot read: {e}")))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(GoldError::new(path, Some(line), "not UTF-8 text"))
        }
    }
}

/// The format of a path by its name (and, for `.txt`, its first lines).
fn infer_format(path: &Path) -> Result<Format, GoldError> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if path.is_dir() || name.ends_with(".tml") {
        Ok(Format::Timeml)
    } else if name.ends_with(".jsonl") {
        Ok(Format::Seed)
    } else if name.ends_with("Model.json") {
        Ok(Format::Recognizers)
    } else if name.ends_with(".txt") && conll::looks_like_conll(path) {
        Ok(Format::Conll)
    } else if !path.exists() {
        Err(GoldError::new(path, None, "no such file or folder"))
    } else {
        Err(GoldError::new(
            path,
            None,
            "cannot tell the gold format from the name; give --format seed|conll|timeml|recognizers",
        ))
    }
}

/// Groups the paths into gold sets and loads them, each with how long loading took.
fn load_sets(args: &EvalArgs) -> Result<Vec<(GoldSet, f64)>, GoldError> {
    let mut groups: Vec<(Format, Vec<PathBuf>)> = Vec::new();
    for path in &args.paths {
        let format = match args.format {
            Some(f) => f,
            None => infer_format(path)?,
        };
        match groups.iter_mut().find(|(f, _)| *f == format && format != Format::Recognizers) {
            Some((_, paths)) => paths.push(path.clone()),
            None => groups.push((format, vec![path.clone()])),
        }
    }
    groups
        .into_iter()
        .map(|(format, paths)| {
            let started = Instant::now();
            let set = match format {
                Format::Seed => seed::load(&paths),
                Format::Conll => conll::load(&paths),
                Format::Timeml => timeml::load(&paths),
                Format::Recognizers => recognizers::load(&paths[0]),
            }?;
            Ok((set, started.elapsed().as_secs_f64()))
        })
        .collect()
}

/// A set's score, how long loading and annotating with scoring took, and the differences found
/// (document name and what differs) when asked for.
struct Report {
    score: Score,
    load_seconds: f64,
    seconds: f64,
    errors: Vec<(String, score::Difference)>,
}

fn score_set(set: &GoldSet, load_seconds: f64, list_errors: bool) -> Report {
    let started = Instant::now();
    let per_doc: Vec<(Score, Vec<score::Difference>)> = set
        .docs
        .par_iter()
        .map(|doc| {
            let options = Options { reference_date: doc.date, ..Options::default() };
            let result = annotate(&doc.text, &options);
            let pred = (set.predict)(&Predicted::new(&doc.text, &result));
            let errors =
                if list_errors { score::differences(&doc.text, &doc.gold, &pred, &set.scheme) } else { Vec::new() };
            (score::score_document(&doc.gold, &pred, &set.scheme), errors)
        })
        .collect();
    let mut score = Score::default();
    let mut errors = Vec::new();
    for (doc, (doc_score, doc_errors)) in set.docs.iter().zip(per_doc) {
        score = score.merge(doc_score);
        errors.extend(doc_errors.into_iter().map(|e| (doc.name.clone(), e)));
    }
    Report { score, load_seconds, seconds: started.elapsed().as_secs_f64(), errors }
}

pub fn run(args: EvalArgs) -> ExitCode {
    let sets = match load_sets(&args) {
        Ok(sets) => sets,
        Err(e) => {
            eprintln!("annotate eval: {e}");
            return ExitCode::from(2);
        }
    };
    let reports: Vec<Report> = sets.iter().map(|(set, load)| score_set(set, *load, args.errors)).collect();
    let sets: Vec<GoldSet> = sets.into_iter().map(|(set, _)| set).collect();
    let out = if args.json {
        let sets: Vec<Json> = sets.iter().zip(&reports).map(|(s, r)| set_json(s, r)).collect();
        format!("{}\n", json!({ "sets": sets }))
    } else {
        sets.iter().zip(&reports).map(|(s, r)| table(s, r)).collect::<Vec<_>>().join("\n")
    };
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()) {
        eprintln!("annotate eval: cannot write output: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

fn gold_spans(set: &GoldSet) -> usize {
    set.docs.iter().map(|d| d.gold.len()).sum()
}

fn set_json(set: &GoldSet, report: &Report) -> Json {
    let mut j = report.score.to_json(&set.scheme);
    j["name"] = json!(set.name);
    j["format"] = json!(set.format.as_str());
    j["gold_spans"] = json!(gold_spans(set));
    j["seconds"] = json!(report.seconds);
    j["load_seconds"] = json!(report.load_seconds);
    if !report.errors.is_empty() {
        j["errors"] = report.errors.iter().map(|(doc, e)| e.to_json(doc)).collect();
    }
    if set.cases {
        let s = &report.score;
        j["cases"] = json!({
            "total": s.documents,
            "right": s.all_right,
            "all_expected_found": s.all_found,
            "skipped": set.skipped.map_or(0, |(n, _)| n),
            "skipped_why": set.skipped.map(|(_, why)| why),
        });
    }
    j
}

fn fmt_ratio(x: Option<f64>) -> String {
    x.map_or_else(|| "    -".to_string(), |x| format!("{x:.3}"))
}

fn table(set: &GoldSet, report: &Report) -> String {
    let s = &report.score;
    let mut t = String::new();
    let unit = match (set.cases, s.documents) {
        (true, 1) => "case",
        (true, _) => "cases",
        (false, 1) => "document",
        (false, _) => "documents",
    };
    let _ = writeln!(
        t,
        "{} ({}): {} {unit}, {} gold spans; loaded in {:.2} s, annotated and scored in {:.2} s",
        set.name,
        set.format.as_str(),
        s.documents,
        gold_spans(set),
        report.load_seconds,
        report.seconds
    );
    let _ = writeln!(
        t,
        "{:<18} {:>6} {:>6} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5}",
        "label", "gold", "pred", "P", "R", "F1", "rP", "rR", "rF1"
    );
    let mut row = |name: &str, c: &score::Counts| {
        let cells = |tp: usize| match c.prf(tp) {
            Some((p, r, f)) => format!("{} {} {}", fmt_ratio(Some(p)), fmt_ratio(Some(r)), fmt_ratio(Some(f))),
            None => format!("{0} {0} {0}", fmt_ratio(None)),
        };
        let _ = writeln!(t, "{name:<18} {:>6} {:>6} | {} | {}", c.gold, c.pred, cells(c.exact), cells(c.relaxed));
    };
    for label in &set.scheme.labels {
        row(label, &s.counts(label));
    }
    for (name, members) in &set.scheme.groups {
        row(name, &s.group(members));
    }
    if !s.attrs.is_empty() {
        let by_overlap = match set.scheme.attrs_by_overlap.as_slice() {
            [] => String::new(),
            labels => format!("; {} over overlapping pairs", labels.join(", ")),
        };
        let _ = writeln!(t, "attributes (right/total over exact pairs{by_overlap}):");
        for (label, names) in &s.attrs {
            // With one attribute, "all attributes" says the same again.
            for (name, tally) in names.iter().filter(|(n, _)| names.len() > 2 || *n != "*") {
                let name = if name == "*" { "all attributes" } else { name.as_str() };
                let _ = writeln!(
                    t,
                    "  {label}.{name:<16} {:>6}/{:<6} {}",
                    tally.right,
                    tally.total,
                    fmt_ratio(tally.accuracy())
                );
            }
        }
    }
    if set.cases {
        let ratio = |n: usize| fmt_ratio((s.documents > 0).then(|| n as f64 / s.documents as f64));
        let _ = writeln!(
            t,
            "cases right (exactly the expected spans, values right): {}/{} {}",
            s.all_right,
            s.documents,
            ratio(s.all_right)
        );
        let _ = writeln!(
            t,
            "cases with every expected span found, values right:    {}/{} {}",
            s.all_found,
            s.documents,
            ratio(s.all_found)
        );
        if let Some((n, why)) = set.skipped {
            let _ = writeln!(t, "cases skipped: {n} ({why})");
        }
    }
    if !report.errors.is_empty() {
        let _ = writeln!(t, "differences ({}), by document:", report.errors.len());
        for (doc, e) in &report.errors {
            let _ = writeln!(t, "  {doc}: {e}");
        }
    }
    t
}
