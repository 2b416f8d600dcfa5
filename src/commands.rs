//! What each subcommand does, between the parsed command line and the
//! library, one module per command; here, what they share: loading content
//! the way `check` reports it, and printing for people.

mod check;
mod diff;
mod export;
mod healthcheck;
mod import;
mod lock;
mod new_revision;
mod serve;
mod translation;

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use anyhow::{Result, bail};

use crate::content::{self, Report};

pub use check::check;
pub use diff::diff;
pub use export::export;
pub use healthcheck::healthcheck;
pub use import::import;
pub use lock::lock;
pub use new_revision::new_revision;
pub use serve::serve;
pub use translation::translation;

/// Why content is being loaded, which decides what the state of the record
/// may stop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// The site as published (served as of today, or exported): a revision
    /// altered after publication is refused.
    Publish,
    /// A look at the content (a preview, a diff): nothing about the record
    /// stops it; its problems are shown.
    Look,
}

/// Loads content as `serve`, `export` and `diff` do: warnings and the
/// record's problems are printed and the command goes on; errors print the
/// `check` report and stop, and so, when publishing, does a record altered
/// after publication.
fn load_for(dir: &Path, purpose: Purpose) -> Result<content::Loaded> {
    match content::load(dir) {
        Ok(loaded) => {
            if !loaded.report.diagnostics.is_empty() {
                print_report(dir, &loaded.report);
            }
            if !loaded.record.is_clean() {
                print_report(dir, &loaded.record.report);
                if loaded.record.altered && purpose == Purpose::Publish {
                    bail!(
                        "a revision in {} no longer reads as it was published (see above), so it is not published; restore it, or preview with --as-of to look at it",
                        dir.display()
                    );
                }
            }
            Ok(loaded)
        }
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "the content in {} has {} error{}; fix them (kohyo check lists them) and start again",
                dir.display(),
                report.errors(),
                plural(report.errors())
            )
        }
    }
}

/// Writes what a command prints for people; a reader that went away
/// (`kohyo lock | head -1`) is not an error worth a panic.
fn say(text: impl std::fmt::Display) {
    let _ = write!(io::stdout().lock(), "{text}");
}

use crate::english::plural;

fn print_report(dir: &Path, report: &Report) {
    let mut stderr = io::stderr().lock();
    let colour = colour(&stderr);
    // A closed stderr leaves nobody to tell.
    let _ = write!(stderr, "{}", report.display(dir).colour(colour));
}

/// Colour is for a person at a terminal who has not asked for none
/// (`NO_COLOR`); pipes, files and CI logs get plain text.
fn colour(stream: &impl IsTerminal) -> bool {
    stream.is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
