//! Content files → the immutable `Site` model. `source` reads the folder;
//! everything else is pure: `files` gives the files' shapes, `markdown`
//! renders prose safely, `build` validates and assembles, `seal` seals each
//! revision, `lock` holds the published ones to `revisions.lock`, and
//! every problem is reported as a `diagnostic`. `phone` and `email` check
//! the contact desk's numbers and address; `ruby` reads furigana marks
//! (`{漢字|かんじ}`) for the languages written with them; `invisible` finds hidden
//! characters in every file; `citations` finds article numbers of the
//! APPI that were renumbered before a revision took effect.
//!
//! The modules form layers, each using only those below it: `layout` (the
//! names of files and folders), `hidden` (the hidden characters) and `ruby`
//! at the bottom; then `diagnostic`; `source`; `seal`; `model`; `files`, `phone`,
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
pub(crate) mod ruby;
pub(crate) mod seal;
pub mod source;
pub(crate) mod translatable;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

pub use diagnostic::{Diagnostic, Position, Report, Severity};
use lock::{OnDisk, Relocked};
pub use model::{
    Arrangement, Body, Category, ChangeBasis, Contact, Document, EntryEvent, EntryKind, Group,
    GroupLabel, JointUse, Kind, Multilingual, Notice, Operator, Prose, PublicationEntry,
    Publications, Purpose, Purposes, Responsible, Revision, Role, Section, Shown, Site, SiteConfig,
    Text,
};
use seal::Seal;
use source::{RevisionSource, SourceTree};

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
    // The chains only need the files, so each record is verified even when
    // the content has errors: a published revision broken by an edit is
    // reported as changed, with everything else.
    let records = records(tree);
    let mut record = Record::default();
    let mut published = Published::new();
    let mut seals = Vec::new();
    for at in &records {
        let chain = (at.chain)(&at.tree.revisions);
        let seal_refs: Vec<&Seal> = chain.iter().collect();
        let on_disk = on_disk(at.tree, &seal_refs);
        let verified = lock::verify(at.tree.lock.as_deref(), &on_disk, today);
        record
            .report
            .diagnostics
            .extend(verified.diagnostics.into_iter().map(|d| d.under(&at.dir)));
        record.altered |= verified.altered;
        for (folder, announced) in lock::published_on(at.tree.lock.as_deref(), &on_disk, today) {
            let dir = at.dir.join(layout::REVISIONS_DIR).join(&folder);
            published.insert(dir, (folder, announced, at.sealed));
        }
        seals.push(chain);
    }
    record.report = Report::new(record.report.diagnostics);
    let mut seals = seals.into_iter();
    let notice_seals = seals.next().unwrap_or_default();
    let built = build::build(tree, notice_seals, seals.collect());
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

/// One record in a content folder: the notice's at its root, or a
/// document's in its folder. Each is sealed, locked and checked alike.
struct RecordAt<'a> {
    /// The record's folder, relative to the content folder (empty for the
    /// notice): where its `revisions.lock` is, and what the reports about
    /// it are placed under.
    dir: PathBuf,
    tree: &'a SourceTree,
    chain: fn(&[RevisionSource]) -> Vec<Seal>,
    sealed: fn(&str) -> bool,
}

/// The notice's record first, then each document's in folder order.
fn records(tree: &SourceTree) -> Vec<RecordAt<'_>> {
    let notice = RecordAt {
        dir: PathBuf::new(),
        tree,
        chain: seal::seal_chain,
        sealed: layout::is_sealed,
    };
    let documents = tree.documents.iter().map(|document| RecordAt {
        dir: document.dir(),
        tree: &document.record,
        chain: seal::document_seal_chain,
        sealed: layout::is_sealed_in_document,
    });
    std::iter::once(notice).chain(documents).collect()
}

/// The revisions already published, by their folder's path in the content
/// folder: the folder's name, the day it was announced, and which of its
/// files are sealed.
type Published = BTreeMap<PathBuf, (String, Date, fn(&str) -> bool)>;

/// Warnings about a file of a revision already published become notes:
/// the file can no longer change, so the usual hint ("add en = …") would
/// only lead to an altered record. What it asks for goes into the next
/// revision instead. Files outside the seal stay warnings: they can go.
fn notes_for_published(report: Report, published: &Published) -> Report {
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

/// The day each revision was or will be announced, by its folder's path
/// in the content folder: the day `revisions.lock` recorded, else its
/// `revision.toml`'s, as [`load_on`] decides which revisions are published.
pub(crate) fn announcements(tree: &SourceTree) -> BTreeMap<PathBuf, Date> {
    let mut days = BTreeMap::new();
    for at in records(tree) {
        let chain = (at.chain)(&at.tree.revisions);
        let seals: Vec<&Seal> = chain.iter().collect();
        for (folder, day) in
            lock::announced_days(at.tree.lock.as_deref(), &on_disk(at.tree, &seals))
        {
            days.insert(at.dir.join(layout::REVISIONS_DIR).join(folder), day);
        }
    }
    days
}

/// The revision folder and announcement of `file`, when it is a sealed
/// file of a published revision.
fn published_file<'a>(file: &Path, published: &'a Published) -> Option<(&'a str, Date)> {
    let name = file.file_name()?.to_str()?;
    let (folder, announced, sealed) = published.get(file.parent()?)?;
    sealed(name).then_some((folder.as_str(), *announced))
}

/// What `kohyo lock` writes, for the notice and for each document: the
/// content must pass `check` apart from revisions not yet locked; a
/// published revision that changed is refused. Each lock comes with its
/// path relative to the content folder.
pub fn relock(dir: &Path, today: Date) -> Result<Vec<(PathBuf, Relocked)>, Report> {
    let tree = source::read_tree(dir);
    let records = records(&tree);
    let mut chains = records.iter().map(|at| (at.chain)(&at.tree.revisions));
    let notice_seals = chains.next().unwrap_or_default();
    let (site, _) = build::build(&tree, notice_seals, chains.collect())?;
    let mut relocked = Vec::new();
    let mut refused = Vec::new();
    for at in &records {
        // The site lists documents in its own order; the records are in
        // folder order.
        let seals: Vec<&Seal> = match site
            .documents
            .iter()
            .find(|document| Path::new(layout::DOCUMENTS_DIR).join(&document.id) == at.dir)
        {
            Some(document) => document.revisions.iter().map(|r| &r.seal).collect(),
            None => site.revisions.iter().map(|r| &r.seal).collect(),
        };
        let of = if at.dir.as_os_str().is_empty() {
            lock::LockOf::Notice
        } else {
            lock::LockOf::Document
        };
        match lock::relock(
            of,
            at.tree.lock.as_deref(),
            &on_disk(at.tree, &seals),
            today,
        ) {
            Ok(lock) => relocked.push((at.dir.join(layout::LOCK_FILE), lock)),
            Err(diagnostics) => refused.extend(diagnostics.into_iter().map(|d| d.under(&at.dir))),
        }
    }
    if refused.is_empty() {
        Ok(relocked)
    } else {
        Err(Report::new(refused))
    }
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
