//! `kohyo translation export` and `import`: the texts of the revision being
//! prepared go to a translator as an XLIFF 2 or PO file, and come back
//! into the revision's files, every translation or none. The content is
//! read through `content::source` and checked as `check` does; this is the
//! one place the translation touches the disk.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use jiff::civil::Date;

use super::check::counted;
use super::{plural, print_report, say};
use crate::cli::{
    RevisionArg, TranslationArgs, TranslationCommand, TranslationExportArgs, TranslationFormat,
    TranslationImportArgs,
};
use crate::content;
use crate::content::build;
use crate::content::layout::{DOCUMENTS_DIR, SITE_FILE};
use crate::content::source::{self, SourceTree};
use crate::content::translatable::{self, Scope, Text};
use crate::japan_time;
use crate::lang::{Language, Languages};
use crate::translation::{self, Exchange, Format, Unit};

/// `kohyo translation export` or `import`.
pub fn translation(args: &TranslationArgs) -> Result<()> {
    match &args.command {
        TranslationCommand::Export(args) => export(args),
        TranslationCommand::Import(args) => import(args),
    }
}

/// The content as read, its languages, and the revision asked for.
struct Prepared {
    tree: SourceTree,
    languages: Languages,
    document: Option<String>,
    folder: String,
}

impl Prepared {
    fn scope(&self) -> Scope<'_> {
        Scope {
            document: self.document.as_deref(),
            folder: &self.folder,
        }
    }

    /// The language of `tag`, which must be a translation of the site.
    fn language(&self, tag: &str) -> Result<&Language> {
        let declared: Vec<&str> = self.languages.iter().map(|l| l.tag.as_str()).collect();
        match self.languages.by_tag(tag) {
            Some(language) if language.is_authoritative() => bail!(
                "\"{tag}\" is Japanese, the original: translations are into the site's other languages, {}",
                declared[1..].join(", ")
            ),
            Some(language) => Ok(language),
            None => bail!(
                "\"{tag}\" is not a language of this site; its languages are {} (languages in site.toml)",
                declared.join(", ")
            ),
        }
    }
}

/// Reads the content and finds the revision: the latest of the notice or
/// of the document, or the one taking effect on `--revision`. The content
/// may have errors (a revision being prepared often has, its change note
/// not written yet), but not in the languages `site.toml` declares.
fn prepare(dir: &Path, which: &RevisionArg) -> Result<Prepared> {
    let tree = source::read_tree(dir);
    if !tree.opened {
        print_report(dir, &content::Report::new(tree.problems.clone()));
        bail!("cannot read the content folder {}", dir.display());
    }
    let (languages, report) = build::site_languages(&tree);
    if report.has_errors() {
        print_report(dir, &report);
        bail!(
            "fix the site's languages in {} first (see above)",
            dir.join(SITE_FILE).display()
        );
    }
    let document = which.document.clone();
    let record = match &document {
        None => &tree,
        Some(id) => match tree.documents.iter().find(|d| &d.id == id) {
            Some(found) => &found.record,
            None => {
                let ids: Vec<&str> = tree.documents.iter().map(|d| d.id.as_str()).collect();
                if ids.is_empty() {
                    bail!(
                        "{} has no document \"{id}\", nor any other: a document is a folder {}/<id>/",
                        dir.display(),
                        dir.join(DOCUMENTS_DIR).display()
                    );
                }
                bail!(
                    "{} has no document \"{id}\"; its documents are {}",
                    dir.display(),
                    ids.join(", ")
                );
            }
        },
    };
    let folders: Vec<&str> = record.revisions.iter().map(|r| r.folder.as_str()).collect();
    let what = match &document {
        Some(id) => format!("the document {id}"),
        None => "the notice".to_owned(),
    };
    let folder = match which.revision {
        None => match folders.last() {
            Some(last) => (*last).to_owned(),
            None => bail!("{what} has no revision in {}", dir.display()),
        },
        Some(date) if folders.contains(&date.to_string().as_str()) => date.to_string(),
        Some(date) => bail!(
            "{what} has no revision taking effect on {date}; its revisions are {}",
            folders.join(", ")
        ),
    };
    Ok(Prepared {
        tree,
        languages,
        document,
        folder,
    })
}

/// The day the revision was or will be announced.
fn announced(prepared: &Prepared) -> Option<Date> {
    content::announcements(&prepared.tree)
        .get(&prepared.scope().dir())
        .copied()
}

fn export(args: &TranslationExportArgs) -> Result<()> {
    let dir = &args.content.content;
    let today = japan_time::today();
    let prepared = prepare(dir, &args.revision)?;
    let language = prepared.language(&args.lang)?;
    let scope = prepared.scope();
    let texts = translatable::texts(&prepared.tree, scope, &language.tag)
        .expect("the revision was found in the content just read");
    let total = texts.len();
    let units: Vec<Unit> = texts
        .into_iter()
        .filter(|text| args.all || text.translation.is_none())
        .map(|text| Unit {
            target: text.translation.clone().unwrap_or_default(),
            id: text.id,
            source: text.japanese,
            file: text.file.to_string_lossy().replace('\\', "/"),
            line: text.line,
        })
        .collect();
    let revision = scope.dir();
    if let Some(day) = announced(&prepared).filter(|day| *day <= today) {
        eprintln!(
            "warning: the revision of {} was announced on {day} and can no longer change, so this translation cannot be imported into it; start the next revision with kohyo new-revision and export from that",
            prepared.folder
        );
    }
    if units.is_empty() {
        eprintln!(
            "{}: the revision of {} lacks no text in {} ({total} text{}); nothing was written (--all writes every text)",
            dir.join(&revision).display(),
            prepared.folder,
            language.tag,
            plural(total)
        );
        return Ok(());
    }
    let exchange = Exchange {
        source_lang: prepared.languages.japanese().tag.clone(),
        target_lang: language.tag.clone(),
        units,
    };
    let format = match args.format {
        TranslationFormat::Xliff => Format::Xliff,
        TranslationFormat::Po => Format::Po,
    };
    let written = format.write(&exchange);
    let count = exchange.units.len();
    let what = if args.all {
        format!("{count} text{}", plural(count))
    } else {
        format!(
            "{count} text{} of {total} that {} lacks",
            plural(count),
            language.tag
        )
    };
    match &args.out {
        Some(out) => {
            std::fs::write(out, written)
                .with_context(|| format!("cannot write {}", out.display()))?;
            eprintln!(
                "wrote {}: {what} in the revision of {} ({})",
                out.display(),
                prepared.folder,
                dir.join(&revision).display()
            );
        }
        None => say(written),
    }
    Ok(())
}

fn import(args: &TranslationImportArgs) -> Result<()> {
    let dir = &args.content.content;
    let file = &args.file;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let exchange = translation::read(&text)
        .map_err(|why| anyhow::anyhow!("cannot read {}: {why}", file.display()))?;
    let today = japan_time::today();
    let prepared = prepare(dir, &args.revision)?;
    if exchange.source_lang != prepared.languages.japanese().tag {
        bail!(
            "{} translates from \"{}\"; kohyo's translations are from Japanese (ja), the original",
            file.display(),
            exchange.source_lang
        );
    }
    let language = prepared.language(&exchange.target_lang)?;
    let tag = language.tag.clone();
    if let Some(day) = announced(&prepared).filter(|day| *day <= today) {
        bail!(
            "the revision of {} was announced on {day} and is published: its files are the public record and are never rewritten; nothing was imported. Start the next revision (kohyo new-revision), then export and import its translation",
            prepared.folder
        );
    }
    let scope = prepared.scope();
    let texts = translatable::texts(&prepared.tree, scope, &tag)
        .expect("the revision was found in the content just read");
    let mut problems = Vec::new();
    let mut translations: Vec<(&Text, String)> = Vec::new();
    let mut unchanged = 0;
    for unit in &exchange.units {
        let target = unit.target.trim();
        if target.is_empty() {
            continue;
        }
        let Some(text) = texts.iter().find(|text| text.id == unit.id) else {
            problems.push(format!(
                "the unit {} is no text of the revision of {} any more: its file or its place changed since the export",
                unit.id, prepared.folder
            ));
            continue;
        };
        if unit.source.trim() != text.japanese {
            problems.push(format!(
                "the unit {} was translated from Japanese that has changed since the export ({}:{}):\n  translated: {}\n  now:        {}",
                unit.id,
                text.file.display(),
                text.line,
                unit.source.trim(),
                text.japanese
            ));
            continue;
        }
        if text.translation.as_deref() == Some(target) {
            unchanged += 1;
            continue;
        }
        translations.push((text, target.to_owned()));
    }
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("error: {problem}");
        }
        bail!(
            "{} was not imported: {} unit{} cannot be placed (see above), and no file was changed; export the revision again and have the new texts translated",
            file.display(),
            problems.len(),
            plural(problems.len())
        );
    }
    let placed = translatable::place(&prepared.tree, scope, &tag, &translations);
    for left in &placed.left {
        eprintln!("warning: {left}");
    }
    // What the translations would bring: no error that was not there.
    let errors = |tree: &SourceTree| match content::build_tree(tree, today) {
        Ok(_) => (0, None),
        Err(report) => (report.errors(), Some(report)),
    };
    let (before, _) = errors(&prepared.tree);
    if let (after, Some(report)) = errors(&placed.tree)
        && after > before
    {
        print_report(dir, &report);
        bail!(
            "{} was not imported: its translations would bring errors into the content (see above), and no file was changed",
            file.display()
        );
    }
    write_all(dir, &placed.files)?;
    let mut said = format!(
        "imported {} translation{} into {tag} from {}",
        translations.len(),
        plural(translations.len()),
        file.display()
    );
    if unchanged > 0 {
        said.push_str(&format!(" ({unchanged} already as translated)"));
    }
    said.push('\n');
    for (path, _) in &placed.files {
        said.push_str(&format!("  wrote {}\n", dir.join(path).display()));
    }
    say(said);
    // What check says of the content now on disk, in one line: `kohyo
    // check` lists every problem.
    let (report, site) = match content::load_on(dir, today) {
        Ok(loaded) => {
            let everything = loaded
                .report
                .diagnostics
                .into_iter()
                .chain(loaded.record.report.diagnostics)
                .collect();
            (content::Report::new(everything), Some(loaded.site))
        }
        Err(report) => (report, None),
    };
    let counts = format!(
        "{} error{}, {} warning{}",
        report.errors(),
        plural(report.errors()),
        report.warnings(),
        plural(report.warnings())
    );
    match site.filter(|_| !report.has_errors()) {
        Some(site) => eprintln!(
            "check: {counts}; {}: {}, ready to publish",
            dir.display(),
            counted(&site)
        ),
        // Errors the revision being prepared had before the import (its
        // change note still to be written, say) are still there.
        None => eprintln!(
            "check: {counts}; fix the errors before the revision is published (kohyo check --content {} lists them)",
            dir.display()
        ),
    }
    Ok(())
}

/// Writes every file beside itself first and then moves each into place,
/// so that a file is never left half-written.
fn write_all(dir: &Path, files: &[(PathBuf, String)]) -> Result<()> {
    let mut staged = Vec::new();
    for (path, text) in files {
        let path = dir.join(path);
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let scratch = path.with_file_name(format!(".{name}.translating"));
        if let Err(error) = std::fs::write(&scratch, text) {
            for (scratch, _) in &staged {
                let _ = std::fs::remove_file(scratch);
            }
            let _ = std::fs::remove_file(&scratch);
            return Err(error).with_context(|| format!("cannot write {}", path.display()));
        }
        staged.push((scratch, path));
    }
    for (scratch, path) in staged {
        std::fs::rename(&scratch, &path)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
