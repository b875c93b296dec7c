//! `annotate`: the command line tool. Natively only (the wasm package never carries it).
//!
//! - `annotate [FILE] [--date YYYY-MM-DD]`: one document (a file, or stdin) to one JSON object.
//! - `annotate --jsonl [FILE]`: JSON lines `{"id","text","date"?}` to `{"id","date","spans"}`, in
//!   order, one output line per input line, on all cores. A bad line gets an `{"id","error"}`
//!   line in its place and a message on stderr, and the exit code is 1 at the end.
//! - `annotate eval ...`: scores the annotator against gold files (see `eval`).
//!
//! Offsets in the output are Unicode code points.

#[cfg(not(target_arch = "wasm32"))]
mod eval;
#[cfg(not(target_arch = "wasm32"))]
mod jsonl;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::path::PathBuf;
    use std::process::ExitCode;

    use article_annotator::output::DocumentRecord;
    use article_annotator::{annotate, parse_date, Date, Label, LabelSet, OffsetUnit, Options};
    use clap::{Args, Parser, Subcommand};

    #[derive(Parser)]
    #[command(name = "annotate", version, about = "Marks entities, dates and tariff figures in news text", args_conflicts_with_subcommands = true)]
    struct Cli {
        #[command(subcommand)]
        command: Option<Command>,
        #[command(flatten)]
        run: RunArgs,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Score the annotator against gold files and print precision, recall and F1 per label.
        Eval(crate::eval::EvalArgs),
    }

    #[derive(Args)]
    struct RunArgs {
        /// The input file; standard input when absent or `-`.
        file: Option<PathBuf>,
        /// The document date to resolve relative dates against (default: the dateline found).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
        date: Option<Date>,
        /// Read JSON lines {"id","text","date"?} and write one JSON line per input line.
        #[arg(long)]
        jsonl: bool,
        /// Only these labels, comma-separated (PERSON,ORG,GPE,LOC,NORP,EVENT,DATE,PERCENT,MONEY,TARIFF).
        #[arg(long, value_delimiter = ',', value_parser = parse_labels_arg)]
        labels: Option<Vec<Label>>,
        /// Indent the JSON of a single document.
        #[arg(long, conflicts_with = "jsonl")]
        pretty: bool,
    }

    fn parse_date_arg(s: &str) -> Result<Date, String> {
        parse_date(s).map_err(|e| e.to_string())
    }

    fn parse_labels_arg(s: &str) -> Result<Label, String> {
        s.parse().map_err(|e: article_annotator::UnknownLabel| e.to_string())
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match cli.command {
            Some(Command::Eval(args)) => crate::eval::run(args),
            None => run(cli.run),
        }
    }

    fn fail(message: impl std::fmt::Display) -> ExitCode {
        eprintln!("annotate: {message}");
        ExitCode::from(2)
    }

    fn run(args: RunArgs) -> ExitCode {
        let labels = args.labels.map_or(LabelSet::ALL, LabelSet::from_iter);
        let options = Options { reference_date: args.date, labels };
        let mut input: Box<dyn Read> = match &args.file {
            None => Box::new(std::io::stdin().lock()),
            Some(p) if p.as_os_str() == "-" => Box::new(std::io::stdin().lock()),
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => Box::new(f),
                Err(e) => return fail(format!("cannot read {}: {e}", p.display())),
            },
        };
        let name = args.file.as_ref().map_or("standard input".to_string(), |p| p.display().to_string());
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        if args.jsonl {
            let code = crate::jsonl::run(&mut input, &mut out, &options);
            if let Err(e) = out.flush() {
                return fail(format!("cannot write output: {e}"));
            }
            return code;
        }
        let mut bytes = Vec::new();
        if let Err(e) = input.read_to_end(&mut bytes) {
            return fail(format!("cannot read {name}: {e}"));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => return fail(format!("{name} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())),
        };
        let result = annotate(&text, &options);
        let record = DocumentRecord::new(None, &text, &result, OffsetUnit::CodePoint);
        let written = if args.pretty { serde_json::to_writer_pretty(&mut out, &record) } else { serde_json::to_writer(&mut out, &record) };
        if let Err(e) = written.map_err(std::io::Error::from).and_then(|_| writeln!(out)).and_then(|_| out.flush()) {
            return fail(format!("cannot write output: {e}"));
        }
        ExitCode::SUCCESS
    }
}
