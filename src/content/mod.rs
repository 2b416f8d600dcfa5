//! Content files → the immutable `Site` model. `source` reads the folder;
//! everything else is pure: `files` gives the files' shapes, `markdown`
//! renders prose safely, `build` validates and assembles, `integrity` seals
//! each revision and holds the published ones to `revisions.lock`, and every
//! problem is reported as a `diagnostic`. `phone` and `email` check the
//! contact desk's numbers and address; `invisible` finds hidden characters
//! in every file.

pub mod build;
pub mod diagnostic;
mod email;
pub mod files;
pub mod integrity;
mod invisible;
pub mod markdown;
pub mod model;
mod phone;
pub mod source;

use std::path::Path;

use jiff::civil::Date;

pub use diagnostic::{Diagnostic, Position, Report, Severity};
use integrity::{Current, Relocked, Seal};
pub use model::{
    Bilingual, Category, Contact, Operator, Prose, Purposes, Revision, Role, Section, Shown, Site,
    SiteConfig, Text,
};
use source::SourceTree;

/// Reads, builds and verifies the content in `dir` as of today in Japan.
/// On success the report carries the warnings; on failure it carries every
/// error and warning.
pub fn load(dir: &Path) -> Result<(Site, Report), Report> {
    load_on(dir, crate::japan_time::today())
}

/// [`load`] on a given day, which decides which revisions are published
/// and so may no longer change.
pub fn load_on(dir: &Path, today: Date) -> Result<(Site, Report), Report> {
    let tree = source::read_tree(dir);
    let built = build::build(&tree);
    let found = match &built {
        Ok((site, _)) => {
            let seals: Vec<&Seal> = site.revisions.iter().map(|r| &r.seal).collect();
            integrity::verify(
                tree.lock.as_deref(),
                &current(&tree, &seals, Some(site)),
                today,
            )
        }
        Err(_) => {
            // The chain only needs the files, so a published revision broken
            // by an edit is still reported as changed. Reminders to lock wait:
            // `kohyo lock` takes only content that passes the other checks.
            let computed = integrity::seal_chain(&tree.revisions);
            let seals: Vec<&Seal> = computed.iter().collect();
            let current = current(&tree, &seals, None);
            let mut found = integrity::verify(tree.lock.as_deref(), &current, today);
            found.retain(Diagnostic::is_error);
            found
        }
    };
    let with_found =
        |report: Report| Report::new(report.diagnostics.into_iter().chain(found).collect());
    match built {
        Ok((site, warnings)) => {
            let report = with_found(warnings);
            if report.has_errors() {
                Err(report)
            } else {
                Ok((site, report))
            }
        }
        Err(report) => Err(with_found(report)),
    }
}

/// What `kohyo lock` writes: the content must pass `check` apart from
/// revisions not yet locked; a published revision that changed is refused.
pub fn relock(dir: &Path, today: Date) -> Result<Relocked, Report> {
    let tree = source::read_tree(dir);
    let (site, _) = build::build(&tree)?;
    let seals: Vec<&Seal> = site.revisions.iter().map(|r| &r.seal).collect();
    integrity::relock(
        tree.lock.as_deref(),
        &current(&tree, &seals, Some(&site)),
        today,
    )
    .map_err(Report::new)
}

/// Each revision folder with its seal and, when the content built, its
/// announcement date.
fn current<'a>(tree: &'a SourceTree, seals: &[&'a Seal], site: Option<&Site>) -> Vec<Current<'a>> {
    tree.revisions
        .iter()
        .zip(seals)
        .map(|(source, seal)| {
            let effective = build::parse_folder_date(&source.folder);
            let announced = site.and_then(|site| {
                let revision = site
                    .revisions
                    .iter()
                    .find(|r| Some(r.effective) == effective)?;
                Some(revision.announced)
            });
            Current {
                source,
                seal,
                effective,
                announced,
            }
        })
        .collect()
}
