//! `kohyo check`: the whole report, for people or for tools, and what the
//! site shows on the day it is checked for.

use std::io::{self, Write};
use std::process::ExitCode;

use super::{plural, print_report};
use crate::cli::{CheckArgs, CheckFormat};
use crate::content::{self, Report, Site};
use crate::japan_time;
use crate::timeline::Timeline;

/// `kohyo check`: every problem at once; exit status 1 if any is an error
/// (with `--strict`, any warning too). People get the report on stderr;
/// with `--format json`, tools get it as one document on stdout, so that
/// `> report.json` keeps it, and stderr stays empty.
pub fn check(args: &CheckArgs) -> ExitCode {
    let dir = &args.content.content;
    let today = args.as_of.unwrap_or_else(japan_time::today);
    let (site, report) = match content::load_on(dir, today) {
        Ok(loaded) => {
            let everything = loaded
                .report
                .diagnostics
                .into_iter()
                .chain(loaded.record.report.diagnostics)
                .collect();
            (Some(loaded.site), Report::new(everything))
        }
        Err(report) => (None, report),
    };
    let report = if args.strict { report.strict() } else { report };
    let ready = site.filter(|_| !report.has_errors());
    match args.format {
        CheckFormat::Human => {
            print_report(dir, &report);
            if let Some(site) = &ready {
                eprintln!("{}: {}, ready to publish", dir.display(), counted(site));
                if let Some(day) = on_the_day(site, today) {
                    eprintln!("{day}");
                }
            }
        }
        CheckFormat::Json => {
            if let Err(error) = writeln!(io::stdout().lock(), "{}", report.to_json(dir)) {
                eprintln!("error: cannot write the report: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    if ready.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The revisions `check` found ready: the notice's, as it always said,
/// and the other documents' after them when there are any.
pub(super) fn counted(site: &Site) -> String {
    let revisions = site.revisions.len();
    let notice = format!("{revisions} revision{}", plural(revisions));
    if site.documents.is_empty() {
        return notice;
    }
    let documents = site.documents.len();
    let theirs: usize = site.documents.iter().map(|d| d.revisions.len()).sum();
    format!(
        "{notice} of the notice and {theirs} of {documents} other document{}",
        plural(documents)
    )
}

/// What `check` adds when the site on `today` is not simply "the notice in
/// effect": nothing published yet, or a first notice announced but not in
/// effect. `serve` and `export` say the same on that day.
fn on_the_day(site: &Site, today: jiff::civil::Date) -> Option<String> {
    match Timeline::new(&site.revisions, today) {
        Err(nothing) => Some(format!(
            "note: {nothing}; until then serve and export have nothing to publish"
        )),
        Ok(timeline) if timeline.current().is_none() => {
            let first = timeline.shown().revision;
            Some(format!(
                "note: on {today} the first revision is published as upcoming: it was announced on {} and takes effect on {}",
                first.announced, first.effective
            ))
        }
        Ok(_) => None,
    }
}
