//! Content files → the immutable `Site` model. `source` reads the folder;
//! everything else is pure: `files` gives the files' shapes, `markdown`
//! renders prose safely, `build` validates and assembles, `seal` seals each
//! revision, `lock` holds the published ones to `revisions.lock`, and
//! every problem is reported as a `diagnostic`. `phone` and `email` check
//! the contact desk's numbers and address; `invisible` finds hidden
//! characters in every file; `citations` finds article numbers of the
//! APPI that were renumbered before a revision took effect.
//!
//! The modules form layers, each using only those below it: `layout` (the
//! names of files and folders) and `hidden` (the hidden characters) at the
//! bottom; then `diagnostic`; `source`; `seal`; `model`; `files`, `phone`,
//! `email`, `markdown`; `lock`, `invisible` and `citations`; `build`; and this
//! module, which ties them together.

pub(crate) mod build;
mod citations;
pub(crate) mod diagnostic;
mod email;
pub(crate) mod files;
mod hidden;
mod invisible;
pub(crate) mod layout;
pub(crate) mod lock;
pub(crate) mod markdown;
pub(crate) mod model;
mod phone;
pub(crate) mod seal;
pub mod source;

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;

pub use diagnostic::{Diagnostic, Position, Report, Severity};
use lock::{OnDisk, Relocked};
pub use model::{
    Arrangement, Bilingual, Body, Category, Contact, Document, EntryKind, Group, GroupLabel,
    JointUse, Kind, Notice, Operator, Prose, PublicationEntry, Publications, Purpose, Purposes,
    Responsible, Revision, Role, Section, Shown, Site, SiteConfig, Text,
};
use seal::Seal;
use source::SourceTree;

/// What loading a content folder found.
#[derive(Debug)]
pub struct Loaded {
    pub site: Site,
    /// What `check` says of the content besides errors: warnings, and notes
    /// about revisions already published.
    pub report: Report,
    /// How the revisions stand against `revisions.lock`.
    pub record: Record,
}

/// The state of the public record: each revision against what
/// `revisions.lock` recorded. A problem of the record is reported (by
/// `check`, on previews, in `/healthz`) but never stops kohyo from showing
/// or comparing content: staff must be able to see what they are about to
/// lock. Only publishing (the served site of today and the export) refuses
/// a record that was altered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub report: Report,
    /// A published revision no longer reads as it was published, or the
    /// lock itself was damaged or edited.
    pub altered: bool,
}

impl Record {
    pub fn is_clean(&self) -> bool {
        self.report.diagnostics.is_empty()
    }
}

/// Reads, builds and verifies the content in `dir` as of today in Japan.
pub fn load(dir: &Path) -> Result<Loaded, Report> {
    load_on(dir, crate::japan_time::today())
}

/// [`load`] on a given day, which decides which revisions are published
/// and so may no longer change. On failure the report holds every problem
/// found, the record's included, so that one `check` shows them all.
pub fn load_on(dir: &Path, today: Date) -> Result<Loaded, Report> {
    build_tree(&source::read_tree(dir), today)
}

/// [`load_on`] for a content folder already read into memory.
pub fn build_tree(tree: &SourceTree, today: Date) -> Result<Loaded, Report> {
    // The chain only needs the files, so the record is verified even when
    // the content has errors: a published revision broken by an edit is
    // reported as changed, with everything else.
    let seals = seal::seal_chain(&tree.revisions);
    let (record, published) = {
        let seal_refs: Vec<&Seal> = seals.iter().collect();
        let on_disk = on_disk(tree, &seal_refs);
        let verified = lock::verify(tree.lock.as_deref(), &on_disk, today);
        let record = Record {
            report: Report::new(verified.diagnostics),
            altered: verified.altered,
        };
        let published = lock::published_on(tree.lock.as_deref(), &on_disk, today);
        (record, published)
    };
    let built = build::build(tree, seals);
    match built {
        Ok((site, report)) => Ok(Loaded {
            site,
            report: notes_for_published(report, &published),
            record,
        }),
        Err(report) => {
            // The record's errors are there from the start; its reminders
            // ("run kohyo lock") wait, since `kohyo lock` takes only content
            // without errors and a warning must be one that can be acted on.
            let report = notes_for_published(report, &published);
            let record_errors = record
                .report
                .diagnostics
                .into_iter()
                .filter(Diagnostic::is_error);
            Err(Report::new(
                report
                    .diagnostics
                    .into_iter()
                    .chain(record_errors)
                    .collect(),
            ))
        }
    }
}

/// Warnings about a file of a revision already published become notes:
/// the file can no longer change, so the usual hint ("add en = …") would
/// only lead to an altered record. What it asks for goes into the next
/// revision instead. Files outside the seal stay warnings: they can go.
fn notes_for_published(report: Report, published: &BTreeMap<String, Date>) -> Report {
    let diagnostics = report
        .diagnostics
        .into_iter()
        .map(|mut diagnostic| {
            if diagnostic.severity != Severity::Warning {
                return diagnostic;
            }
            let Some((folder, announced)) = published_file(&diagnostic.file, published) else {
                return diagnostic;
            };
            diagnostic.severity = Severity::Note;
            let published = format!(
                "the revision of {folder} was published on {announced} and can no longer change"
            );
            diagnostic.hint = Some(match diagnostic.hint.take() {
                Some(hint) => {
                    format!("{published}; in the next revision (kohyo new-revision): {hint}")
                }
                None => {
                    format!("{published}; make this good in the next revision (kohyo new-revision)")
                }
            });
            diagnostic
        })
        .collect();
    Report::new(diagnostics)
}

/// The revision folder and announcement of `file`, when it is a sealed
/// file of a published revision.
fn published_file<'a>(
    file: &Path,
    published: &'a BTreeMap<String, Date>,
) -> Option<(&'a str, Date)> {
    let mut parts = file.components().map(|c| c.as_os_str().to_str());
    let (Some(Some(layout::REVISIONS_DIR)), Some(Some(folder)), Some(Some(name)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if !layout::is_sealed(name) {
        return None;
    }
    published
        .get_key_value(folder)
        .map(|(folder, announced)| (folder.as_str(), *announced))
}

/// What `kohyo lock` writes: the content must pass `check` apart from
/// revisions not yet locked; a published revision that changed is refused.
pub fn relock(dir: &Path, today: Date) -> Result<Relocked, Report> {
    let tree = source::read_tree(dir);
    let (site, _) = build::build(&tree, seal::seal_chain(&tree.revisions))?;
    let seals: Vec<&Seal> = site.revisions.iter().map(|r| &r.seal).collect();
    lock::relock(tree.lock.as_deref(), &on_disk(&tree, &seals), today).map_err(Report::new)
}

/// Each revision folder with its seal and its announcement date, as far as
/// its `revision.toml` can be read (even when the content has errors).
fn on_disk<'a>(tree: &'a SourceTree, seals: &[&'a Seal]) -> Vec<OnDisk<'a>> {
    tree.revisions
        .iter()
        .zip(seals)
        .map(|(source, seal)| OnDisk {
            source,
            seal,
            effective: build::parse_folder_date(&source.folder),
            announced: source
                .files
                .get(layout::REVISION_FILE)
                .and_then(|text| build::announced_date(text)),
        })
        .collect()
}
