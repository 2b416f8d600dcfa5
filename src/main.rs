//! The `kohyo` binary: parse the command line, set up logging, dispatch,
//! and turn any failure into one message and a non-zero exit status.

use std::process::ExitCode;

use clap::Parser;
use kohyo::cli::{Cli, Command};
use kohyo::commands;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Some(Command::Check(args)) => return commands::check(&args),
        Some(Command::Serve(args)) => run_server(&args),
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
