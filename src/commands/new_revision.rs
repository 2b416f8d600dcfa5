//! `kohyo new-revision`: starts the next revision of the notice, or with
//! `--document ID` of another document, as a copy of its latest, and tells
//! staff the steps that follow.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use jiff::civil::Date;

use super::{print_report, say};
use crate::cli::NewRevisionArgs;
use crate::content::build::NOTE_TO_WRITE;
use crate::content::files::toml_string;
use crate::content::layout::{DOCUMENTS_DIR, LOCK_FILE, REVISION_FILE, REVISIONS_DIR};
use crate::content::model::{Kind, Text};
use crate::content::{self, Site};
use crate::japan_time;

/// The record a new revision is added to: the notice's, or a document's.
struct Record {
    /// The folder that holds `revisions/` (the content folder for the notice).
    dir: PathBuf,
    /// `None` for the notice.
    kind: Option<Kind>,
    effective: Date,
    announced: Date,
    title: Text,
}

impl Record {
    /// The latest revision of the notice, or of the document `id`.
    fn latest(site: &Site, dir: &std::path::Path, id: Option<&str>) -> Result<Record> {
        let Some(id) = id else {
            let latest = site.revisions.last().expect("a loaded site has a revision");
            return Ok(Record {
                dir: dir.to_owned(),
                kind: None,
                effective: latest.effective,
                announced: latest.announced,
                title: latest.title.clone(),
            });
        };
        let Some(document) = site.documents.iter().find(|d| d.id == id) else {
            let ids: Vec<&str> = site.documents.iter().map(|d| d.id.as_str()).collect();
            if ids.is_empty() {
                bail!(
                    "{} has no document \"{id}\", nor any other: a document is a folder {}/<id>/ with its document.toml and first revision (see the staff guide)",
                    dir.display(),
                    dir.join(DOCUMENTS_DIR).display()
                );
            }
            bail!(
                "{} has no document \"{id}\"; its documents are {}",
                dir.display(),
                ids.join(", ")
            );
        };
        let latest = document
            .revisions
            .last()
            .expect("a loaded document has a revision");
        Ok(Record {
            dir: dir.join(DOCUMENTS_DIR).join(id),
            kind: Some(document.kind),
            effective: latest.effective,
            announced: latest.announced,
            title: latest.title.clone(),
        })
    }
}

/// `kohyo new-revision`: a new revision folder, a copy of the latest with
/// its dates set and its change note marked to be written.
pub fn new_revision(args: &NewRevisionArgs) -> Result<()> {
    let dir = &args.content.content;
    let effective = args.effective;
    let site = match content::load(dir) {
        Ok(loaded) => loaded.site,
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "fix the errors above first: a new revision starts as a copy of the latest, which must be sound"
            );
        }
    };
    let latest = Record::latest(&site, dir, args.document.as_deref())?;
    let target = latest.dir.join(REVISIONS_DIR).join(effective.to_string());
    if target.exists() {
        bail!(
            "{} already exists; kohyo never overwrites a revision",
            target.display()
        );
    }
    if effective <= latest.effective {
        bail!(
            "the latest revision takes effect on {}; a new one must take effect after it (history is not rewritten)",
            latest.effective
        );
    }
    let today = japan_time::today();
    let announced = args.announced.unwrap_or(today);
    // A joint use's responsible person may change name, address or
    // representative before the union learns of it: that revision is
    // announced after it takes effect (APPI Art. 27(6): 遅滞なく), and
    // `check` tells it from the changes that must come first.
    if announced > effective && latest.kind != Some(Kind::JointUse) {
        bail!(
            "announced {announced} is after effective {effective}; give --announced with the date the change is announced"
        );
    }
    if announced < latest.announced {
        bail!(
            "announced {announced} is before the latest revision's announcement ({}); revisions are announced in order",
            latest.announced
        );
    }
    let source = latest
        .dir
        .join(REVISIONS_DIR)
        .join(latest.effective.to_string());
    std::fs::create_dir_all(&target)
        .with_context(|| format!("cannot create {}", target.display()))?;
    let mut copied = Vec::new();
    for entry in std::fs::read_dir(&source)? {
        let path = entry?.path();
        let name = path.file_name().expect("a directory entry has a name");
        if path.is_file() && name != REVISION_FILE {
            std::fs::copy(&path, target.join(name))
                .with_context(|| format!("cannot copy {}", path.display()))?;
            copied.push(name.to_string_lossy().into_owned());
        }
    }
    copied.sort();
    let title = &latest.title;
    let en_title: String = title
        .translations()
        .map(|(lang, text)| {
            let tag = &site.config.languages.get(lang).tag;
            // A language tag is a bare key of TOML: letters, digits and hyphens.
            format!(", {tag} = {}", toml_string(text))
        })
        .collect();
    // No comments: revision.toml is published verbatim with the revision,
    // so what staff need to know goes in the next steps printed below. Only
    // the notice has a purposes table to declare changes of.
    let changes_purposes = if latest.kind.is_none() {
        "changes_purposes = false\n"
    } else {
        ""
    };
    let meta = format!(
        "effective = {effective}\n\
         announced = {announced}\n\
         {changes_purposes}\
         title = {{ ja = {}{en_title} }}\n\
         note = {{ ja = \"{}\", en = \"{}\" }}\n",
        toml_string(&title.ja),
        NOTE_TO_WRITE[0],
        NOTE_TO_WRITE[1],
    );
    std::fs::write(target.join(REVISION_FILE), meta)?;
    let shown = target.display();
    let content = dir.display();
    let what = if latest.kind.is_some() {
        "the document"
    } else {
        "the notice"
    };
    let lock_file = match latest.kind {
        None => "revisions.lock".to_owned(),
        Some(_) => latest.dir.join(LOCK_FILE).display().to_string(),
    };
    // An announcement in the past (a revision brought in from the union's
    // earlier notices) is published already: it must be final, and locked,
    // before anything else happens to it.
    let (lock_step, publish_step) = if announced < today {
        eprintln!(
            "warning: --announced {announced} is in the past: from the day after it the revision counts as published, so check requires it to be locked, and once locked it can no longer change"
        );
        (
            format!(
                "kohyo lock --content {content} records the final revision in {lock_file}: do it as soon as the revision reads as it was announced on {announced}, and edit nothing after that"
            ),
            format!(
                "publish at once: the site shows the revision as announced on {announced}{}",
                if effective <= today {
                    format!(" and in effect since {effective}")
                } else {
                    format!(", taking effect on {effective}")
                }
            ),
        )
    } else {
        (
            format!(
                "kohyo lock --content {content} records the final revision in {lock_file}, at the latest on {announced}"
            ),
            if announced > effective {
                format!(
                    "publish on {announced}: from then {what} shows the revision, in effect since {effective}"
                )
            } else {
                format!(
                    "publish: from {announced} {what} announces the revision, and on {effective} it takes effect"
                )
            },
        )
    };
    let copy = format!(
        "created {shown}/ as a copy of the revision of {} ({} files and a new {REVISION_FILE})",
        latest.effective,
        copied.len(),
    );
    let Some(kind) = latest.kind else {
        say(format_args!(
            "{copy}\n\
             \n\
             next:\n\
             1. edit the files in {shown}/: purposes.toml for the purposes of use, the .md files for the other sections\n\
             2. in {shown}/{REVISION_FILE}, write the change note in Japanese and English, and set\n   \
                changes_purposes = true if the purposes of use change\n\
             3. kohyo diff --content {content} shows what members will see; kohyo check --content {content} must report no errors\n\
             4. kohyo serve --watch --as-of {effective} --content {content} previews the site on the day it takes effect\n\
             5. {lock_step}\n\
             6. {publish_step}\n",
        ));
        return Ok(());
    };
    let edit = match kind {
        Kind::Policy => {
            format!("edit the files in {shown}/: the .md files are the document's sections")
        }
        Kind::JointUse => format!(
            "edit the files in {shown}/: joint-use.toml for the arrangements, the .md files for the other sections"
        ),
        Kind::Publications => format!(
            "add the new entries at the end of {shown}/publications.toml, and change none of the entries already there"
        ),
    };
    let (day, when) = if announced > effective {
        (announced, "it is announced")
    } else {
        (effective, "it takes effect")
    };
    say(format_args!(
        "{copy}\n\
         \n\
         next:\n\
         1. {edit}\n\
         2. in {shown}/{REVISION_FILE}, write the change note in Japanese and English\n\
         3. kohyo check --content {content} must report no errors\n\
         4. kohyo serve --watch --as-of {day} --content {content} previews the site on the day {when}\n\
         5. {lock_step}\n\
         6. {publish_step}\n",
    ));
    Ok(())
}
