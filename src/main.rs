//! The `kohyo` binary: parse the command line, set up logging, dispatch,
//! and turn any failure into one message and a non-zero exit status.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use kohyo::cli::{Cli, Command, LogFormat};
use kohyo::commands;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Colours for a person at a terminal, plain text for files and collectors.
        .with_ansi(std::io::stderr().is_terminal());
    match cli.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().flatten_event(true).init(),
    }
    let result = match cli.command {
        Some(Command::Check(args)) => return commands::check(&args),
        Some(Command::Serve(args)) => run_server(&args),
        Some(Command::Export(args)) => commands::export(&args),
        Some(Command::Healthcheck(args)) => commands::healthcheck(&args),
        Some(Command::Diff(args)) => commands::diff(&args),
        Some(Command::NewRevision(args)) => commands::new_revision(&args),
        Some(Command::Lock(args)) => commands::lock(&args),
        None => run_server(&cli.serve),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_server(args: &kohyo::cli::ServeArgs) -> anyhow::Result<()> {
    tokio::runtime::Runtime::new()?.block_on(commands::serve(args))
}
