//! The `kohyo` binary: parse the command line, set up logging, dispatch,
//! and turn any failure into one message and a non-zero exit status.

use std::process::ExitCode;

use clap::Parser;
use kohyo::cli::{Cli, Command};
use kohyo::{commands, logging};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Kept to the end: dropping it writes out the log lines still queued.
    let logs = logging::init(cli.log_format);
    let result = match cli.command {
        Some(Command::Check(args)) => return commands::check(&args),
        Some(Command::Serve(args)) => run_server(&args),
        Some(Command::Export(args)) => commands::export(&args),
        Some(Command::Healthcheck(args)) => commands::healthcheck(&args),
        Some(Command::Diff(args)) => commands::diff(&args),
        Some(Command::NewRevision(args)) => commands::new_revision(&args),
        Some(Command::Lock(args)) => commands::lock(&args),
        Some(Command::Import(args)) => commands::import(&args),
        Some(Command::Translation(args)) => commands::translation(&args),
        None => run_server(&cli.serve),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // The log first, so that the error is the last line.
            drop(logs);
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_server(args: &kohyo::cli::ServeArgs) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Runtime::new()?;
    let result = runtime.block_on(commands::serve(args));
    // Once the server has stopped nothing is left worth waiting for, not
    // even a reload still reading the content.
    runtime.shutdown_background();
    result
}
