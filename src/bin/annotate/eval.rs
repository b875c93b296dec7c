//! `annotate eval`: scores against gold files.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold files or folders.
    pub paths: Vec<std::path::PathBuf>,
}

pub fn run(_args: EvalArgs) -> ExitCode {
    eprintln!("annotate eval: not built yet");
    ExitCode::from(2)
}
