//! `kohyo import`: reads the union's existing notice, and writes the new
//! content folder only when everything was read: the one place the import
//! touches the disk.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::say;
use crate::cli::ImportArgs;
use crate::content::build::placeholder::MARKER;
use crate::english::plural;
use crate::import::{self, Dates};

/// `kohyo import SOURCE --content DIR --effective DATE`.
pub fn import(args: &ImportArgs) -> Result<()> {
    let dir = &args.content;
    let occupied = match std::fs::read_dir(dir) {
        Ok(mut entries) => entries.next().is_some(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => false,
        Err(error) => bail!(
            "cannot use {} as the content folder: {error}",
            dir.display()
        ),
    };
    if occupied {
        bail!(
            "{} is not empty; kohyo import writes a new content folder and never overwrites one: give a new folder with --content",
            dir.display()
        );
    }
    let source = &args.source;
    let bytes =
        std::fs::read(source).with_context(|| format!("cannot read {}", source.display()))?;
    let dates = Dates {
        effective: args.effective,
        announced: args.announced.unwrap_or(args.effective),
    };
    if dates.announced > dates.effective {
        bail!(
            "announced {} is after effective {}; a notice is announced on or before the day it takes effect",
            dates.announced,
            dates.effective
        );
    }
    let name = source
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let imported = import::import(&name, &bytes, dates)
        .map_err(|why| anyhow::anyhow!("cannot import {}: {why}", source.display()))?;
    write_all(dir, &imported.files)?;

    let mut report = String::new();
    for unplaced in &imported.unplaced {
        report.push_str(&format!(
            "not placed: {}:{}: {}\n",
            source.display(),
            unplaced.line,
            unplaced.text
        ));
    }
    if !imported.unplaced.is_empty() {
        report.push_str(&format!(
            "{} line{} of the source {} not placed: copy what belongs in the notice into the files by hand\n\n",
            imported.unplaced.len(),
            plural(imported.unplaced.len()),
            if imported.unplaced.len() == 1 { "was" } else { "were" }
        ));
    }
    let summary = imported.summary;
    let content = dir.display();
    let revision = dir.join("revisions").join(dates.effective.to_string());
    report.push_str(&format!(
        "wrote {content}/: {} categor{}, {} group{}, {} purpose{}, {} section{}\n\
         \n\
         next:\n\
         1. in {content}/site.toml and {}/, write the real value wherever {MARKER} stands (kohyo check lists each one)\n\
         2. compare the files with the source, and add English texts ({{ ja = \"…\", en = \"…\" }}, and .en.md files)\n\
         3. kohyo check --content {content} --as-of {} must report no errors\n\
         4. kohyo serve --watch --as-of {} --content {content} previews the site\n\
         5. kohyo lock --content {content} seals the revision once it reads as it was published\n",
        summary.categories,
        if summary.categories == 1 { "y" } else { "ies" },
        summary.groups,
        plural(summary.groups),
        summary.purposes,
        plural(summary.purposes),
        summary.sections,
        plural(summary.sections),
        revision.display(),
        dates.announced,
        dates.effective,
    ));
    say(report);
    Ok(())
}

/// Writes every file beside the folder first and moves it into place, so
/// that a failure leaves nothing half-written.
fn write_all(dir: &Path, files: &[(std::path::PathBuf, String)]) -> Result<()> {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = dir
        .file_name()
        .map_or("content".into(), |n| n.to_string_lossy().into_owned());
    let scratch = parent.join(format!(".{name}.importing"));
    let result = (|| -> Result<()> {
        for (path, text) in files {
            let path = scratch.join(path);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)
                    .with_context(|| format!("cannot create {}", folder.display()))?;
            }
            std::fs::write(&path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        if dir.exists() {
            // Empty, as checked before.
            std::fs::remove_dir(dir)
                .with_context(|| format!("cannot replace {}", dir.display()))?;
        }
        std::fs::rename(&scratch, dir).with_context(|| format!("cannot create {}", dir.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&scratch);
    }
    result
}
