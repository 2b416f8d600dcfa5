//! `kohyo new-revision`: starts the next revision as a copy of the latest,
//! and tells staff the steps that follow.

use anyhow::{Context, Result, bail};

use super::{print_report, say};
use crate::cli::NewRevisionArgs;
use crate::content::build::NOTE_TO_WRITE;
use crate::content::files::toml_string;
use crate::content::layout::REVISION_FILE;
use crate::{content, japan_time};

/// `kohyo new-revision`: a new revision folder, a copy of the latest with
/// its dates set and its change note marked to be written.
pub fn new_revision(args: &NewRevisionArgs) -> Result<()> {
    let dir = &args.content.content;
    let effective = args.effective;
    let target = dir.join("revisions").join(effective.to_string());
    if target.exists() {
        bail!(
            "{} already exists; kohyo never overwrites a revision",
            target.display()
        );
    }
    let site = match content::load(dir) {
        Ok(loaded) => loaded.site,
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "fix the errors above first: a new revision starts as a copy of the latest, which must be sound"
            );
        }
    };
    let latest = site.revisions.last().expect("a loaded site has a revision");
    if effective <= latest.effective {
        bail!(
            "the latest revision takes effect on {}; a new one must take effect after it (history is not rewritten)",
            latest.effective
        );
    }
    let today = japan_time::today();
    let announced = args.announced.unwrap_or(today);
    if announced > effective {
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
    let source = dir.join("revisions").join(latest.effective.to_string());
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
    let en_title = title
        .en
        .as_deref()
        .map_or(String::new(), |en| format!(", en = {}", toml_string(en)));
    // No comments: revision.toml is published verbatim with the revision,
    // so what staff need to know goes in the next steps printed below.
    let meta = format!(
        "effective = {effective}\n\
         announced = {announced}\n\
         changes_purposes = false\n\
         title = {{ ja = {}{en_title} }}\n\
         note = {{ ja = \"{}\", en = \"{}\" }}\n",
        toml_string(&title.ja),
        NOTE_TO_WRITE[0],
        NOTE_TO_WRITE[1],
    );
    std::fs::write(target.join(REVISION_FILE), meta)?;
    let shown = target.display();
    let content = dir.display();
    // An announcement in the past (a revision brought in from the union's
    // earlier notices) is published already: it must be final, and locked,
    // before anything else happens to it.
    let (lock_step, publish_step) = if announced < today {
        eprintln!(
            "warning: --announced {announced} is in the past: from the day after it the revision counts as published, so check requires it to be locked, and once locked it can no longer change"
        );
        (
            format!(
                "kohyo lock --content {content} records the final revision in revisions.lock: do it as soon as the revision reads as it was announced on {announced}, and edit nothing after that"
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
                "kohyo lock --content {content} records the final revision in revisions.lock, at the latest on {announced}"
            ),
            format!(
                "publish: from {announced} the notice announces the revision, and on {effective} it takes effect"
            ),
        )
    };
    say(format_args!(
        "created {shown}/ as a copy of the revision of {} ({} files and a new {REVISION_FILE})\n\
         \n\
         next:\n\
         1. edit the files in {shown}/: purposes.toml for the purposes of use, the .md files for the other sections\n\
         2. in {shown}/{REVISION_FILE}, write the change note in Japanese and English, and set\n   \
            changes_purposes = true if the purposes of use change\n\
         3. kohyo diff --content {content} shows what members will see; kohyo check --content {content} must report no errors\n\
         4. kohyo serve --watch --as-of {effective} --content {content} previews the site on the day it takes effect\n\
         5. {lock_step}\n\
         6. {publish_step}\n",
        latest.effective,
        copied.len(),
    ));
    Ok(())
}
