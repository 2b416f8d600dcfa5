//! The texts of one revision as a translator gets them, and their
//! translations placed back into the revision's files: what `kohyo
//! translation export` and `import` work on. Pure, like the rest of
//! `content`: a [`SourceTree`] in, texts or new file texts out; the command
//! reads and writes the disk.
//!
//! Each text has an id that says where it lives, the file and the place in
//! it, and is the same whatever language is asked for:
//!
//! - `site.toml:operator.name`, `revision.toml:note`, `purposes.toml:heading`:
//!   a key of a table, dotted;
//! - `purposes.toml:categories.eligibility.name`: an element of a list of
//!   tables by its `id` (`[[category]]` is `categories`, `[[category.group]]`
//!   `groups`, as the model names them; `[[arrangement]]` and `[[entry]]`
//!   likewise);
//! - `purposes.toml:categories.eligibility.purposes.2`: an element without
//!   an id by its place, counted from 1;
//!   `….purposes.2.explanation` is its explanation;
//! - `10-safety-measures.md:title` and `10-safety-measures.md:body`: a
//!   section's title and its whole Markdown body, one text each.
//!
//! The ids use only letters, digits and `.`, `-`, `_`, `:`, so that each is
//! an XML name token, as XLIFF's unit ids must be.

mod sections;
mod toml_texts;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::build::NOTE_TO_WRITE;
use super::layout::{self, DOCUMENTS_DIR, SITE_FILE};
use super::source::{RevisionSource, SourceTree};
use toml_texts::TomlText;

/// Which revision: the notice's, or a document's, by its folder's name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scope<'a> {
    /// The document's id (its folder under `documents/`); `None` for the
    /// notice, whose texts include `site.toml`'s.
    pub(crate) document: Option<&'a str>,
    /// The revision's folder, `2025-04-01`.
    pub(crate) folder: &'a str,
}

impl Scope<'_> {
    /// The revision's folder, relative to the content folder.
    pub(crate) fn dir(&self) -> PathBuf {
        let record = match self.document {
            Some(id) => Path::new(DOCUMENTS_DIR).join(id),
            None => PathBuf::new(),
        };
        record.join(layout::REVISIONS_DIR).join(self.folder)
    }

    fn revision<'t>(&self, tree: &'t SourceTree) -> Option<&'t RevisionSource> {
        let record = match self.document {
            Some(id) => &tree.documents.iter().find(|d| d.id == id)?.record,
            None => tree,
        };
        record.revisions.iter().find(|r| r.folder == self.folder)
    }

    fn revision_mut<'t>(&self, tree: &'t mut SourceTree) -> Option<&'t mut RevisionSource> {
        let record = match self.document {
            Some(id) => &mut tree.documents.iter_mut().find(|d| d.id == id)?.record,
            None => tree,
        };
        record
            .revisions
            .iter_mut()
            .find(|r| r.folder == self.folder)
    }

    fn sealed(&self, name: &str) -> bool {
        match self.document {
            Some(_) => layout::is_sealed_in_document(name),
            None => layout::is_sealed(name),
        }
    }
}

/// One text to translate.
#[derive(Clone, Debug)]
pub(crate) struct Text {
    /// Where it lives: `purposes.toml:categories.eligibility.name`.
    pub(crate) id: String,
    /// The file of the Japanese text, relative to the content folder.
    pub(crate) file: PathBuf,
    /// The line of the Japanese text in it.
    pub(crate) line: usize,
    /// The Japanese, as the pages show it (without the blank space around).
    pub(crate) japanese: String,
    /// The translation into the language asked for, when there is one
    /// (an empty one, or a change note still to be written, is none).
    pub(crate) translation: Option<String>,
    place: Place,
}

#[derive(Clone, Debug)]
enum Place {
    /// A text of a TOML file: `site.toml`, or a file of the revision.
    Toml { file: TomlFile, text: TomlText },
    /// A section's title or body: `stem` is `10-safety-measures`.
    Section { stem: String, part: Part },
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum TomlFile {
    Site,
    Revision(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Title,
    Body,
}

/// Every text of the revision `scope` (and for the notice, of `site.toml`)
/// with its translation into `tag`: the revision's TOML files first, then
/// its sections in order, then `site.toml`. `None` when there is no such
/// revision.
pub(crate) fn texts(tree: &SourceTree, scope: Scope<'_>, tag: &str) -> Option<Vec<Text>> {
    let revision = scope.revision(tree)?;
    let dir = scope.dir();
    let mut found = Vec::new();
    let (toml_files, markdown): (Vec<_>, Vec<_>) = revision
        .files
        .iter()
        .filter(|(name, _)| scope.sealed(name))
        .partition(|(name, _)| name.ends_with(".toml"));
    // revision.toml first: the title and the change note.
    let mut toml_files = toml_files;
    toml_files.sort_by_key(|(name, _)| *name != layout::REVISION_FILE);
    for (name, text) in toml_files {
        let file = TomlFile::Revision(name.clone());
        found.extend(toml_file(text, name, &dir.join(name), &file, tag));
    }
    for (name, text) in markdown {
        let Some(stem) = name.strip_suffix(".ja.md") else {
            continue;
        };
        let Some(japanese) = sections::read(text) else {
            continue;
        };
        let translated = revision
            .files
            .get(&format!("{stem}.{tag}.md"))
            .and_then(|text| sections::read(text));
        let path = dir.join(name);
        for (part, japanese_text, line, translation) in [
            (
                Part::Title,
                &japanese.title,
                japanese.title_line,
                translated.as_ref().map(|t| &t.title),
            ),
            (
                Part::Body,
                &japanese.body,
                japanese.body_line,
                translated.as_ref().map(|t| &t.body),
            ),
        ] {
            found.push(Text {
                id: format!(
                    "{stem}.md:{}",
                    if part == Part::Title { "title" } else { "body" }
                ),
                file: path.clone(),
                line,
                japanese: japanese_text.clone(),
                translation: translation.filter(|t| !t.is_empty()).cloned(),
                place: Place::Section {
                    stem: stem.to_owned(),
                    part,
                },
            });
        }
    }
    if scope.document.is_none()
        && let Some(site) = &tree.site
    {
        found.extend(toml_file(
            site,
            SITE_FILE,
            Path::new(SITE_FILE),
            &TomlFile::Site,
            tag,
        ));
    }
    Some(found)
}

fn toml_file(text: &str, name: &str, path: &Path, file: &TomlFile, tag: &str) -> Vec<Text> {
    toml_texts::texts(text)
        .unwrap_or_default()
        .into_iter()
        .map(|found| Text {
            id: format!("{name}:{}", found.path),
            file: path.to_owned(),
            line: found.line,
            japanese: found.japanese.trim().to_owned(),
            translation: found
                .translation(tag)
                .map(str::trim)
                .filter(|t| !t.is_empty() && !NOTE_TO_WRITE.iter().any(|m| t.contains(m)))
                .map(str::to_owned),
            place: Place::Toml {
                file: file.clone(),
                text: found,
            },
        })
        .collect()
}

/// The translations placed into the files.
#[derive(Debug)]
pub(crate) struct Placed {
    /// Each file to write, relative to the content folder, with its text.
    pub(crate) files: Vec<(PathBuf, String)>,
    /// The tree as it reads once they are written, to check before.
    pub(crate) tree: SourceTree,
    /// Sections whose file could not be written, and why.
    pub(crate) left: Vec<String>,
}

/// Places `translations` (texts of [`texts`] for the same `scope` and
/// `tag`, each with its new translation) into the files. A TOML file gets
/// `tag = "…"` in each text's table, added or replaced, and keeps every
/// other byte; a section gets its file `NN-name.<tag>.md`, made from the
/// Japanese file (or the translation's file where there is one already).
pub(crate) fn place(
    tree: &SourceTree,
    scope: Scope<'_>,
    tag: &str,
    translations: &[(&Text, String)],
) -> Placed {
    let mut toml_splices: BTreeMap<&TomlFile, Vec<_>> = BTreeMap::new();
    let mut section_parts: BTreeMap<&str, (Option<&str>, Option<&str>)> = BTreeMap::new();
    for (text, translation) in translations {
        match &text.place {
            Place::Toml { file, text } => toml_splices
                .entry(file)
                .or_default()
                .push(text.splice(tag, translation)),
            Place::Section { stem, part } => {
                let parts = section_parts.entry(stem).or_default();
                match part {
                    Part::Title => parts.0 = Some(translation),
                    Part::Body => parts.1 = Some(translation),
                }
            }
        }
    }
    let mut placed = Placed {
        files: Vec::new(),
        tree: tree.clone(),
        left: Vec::new(),
    };
    let dir = scope.dir();
    let Some(revision) = scope.revision(tree) else {
        return placed;
    };
    let mut revision_files: Vec<(String, String)> = Vec::new();
    for (file, splices) in toml_splices {
        match file {
            TomlFile::Site => {
                let site = tree.site.as_deref().unwrap_or_default();
                let text = toml_texts::apply(site, splices);
                placed.files.push((PathBuf::from(SITE_FILE), text.clone()));
                placed.tree.site = Some(text);
            }
            TomlFile::Revision(name) => {
                let text = toml_texts::apply(&revision.files[name], splices);
                revision_files.push((name.clone(), text));
            }
        }
    }
    for (stem, (title, body)) in section_parts {
        let name = format!("{stem}.{tag}.md");
        let existing = revision.files.get(&name);
        let base = match existing {
            Some(existing) => existing,
            None if title.is_some() && body.is_some() => &revision.files[&format!("{stem}.ja.md")],
            None => {
                let missing = if title.is_none() { "title" } else { "body" };
                placed.left.push(format!(
                    "{} was not written: its {missing} is not translated yet, and the file needs both",
                    dir.join(&name).display()
                ));
                continue;
            }
        };
        match sections::write(base, title, body) {
            Some(text) => revision_files.push((name, text)),
            None => placed.left.push(format!(
                "{} was not written: its front matter cannot be read (kohyo check says why)",
                dir.join(&name).display()
            )),
        }
    }
    if let Some(revision) = scope.revision_mut(&mut placed.tree) {
        for (name, text) in revision_files {
            placed.files.push((dir.join(&name), text.clone()));
            revision.files.insert(name, text);
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> SourceTree {
        let mut files = BTreeMap::new();
        files.insert(
            "revision.toml".to_owned(),
            "effective = 2025-04-01\nannounced = 2025-03-01\nchanges_purposes = false\ntitle = { ja = \"公表事項\", en = \"Notice\" }\nnote = { ja = \"改定\", en = \"[Write here what this revision changes]\" }\n".to_owned(),
        );
        files.insert(
            "purposes.toml".to_owned(),
            "heading = { ja = \"目的\", vi = \"Mục đích\" }\n".to_owned(),
        );
        files.insert(
            "10-safety-measures.ja.md".to_owned(),
            "+++\ntitle = \"安全\"\nrole = \"safety-measures\"\n+++\n\n本文\n".to_owned(),
        );
        files.insert("notes.txt".to_owned(), "ignored".to_owned());
        SourceTree {
            site: Some("[operator]\nname = { ja = \"組合\" }\n".to_owned()),
            revisions: vec![RevisionSource {
                folder: "2025-04-01".to_owned(),
                files,
            }],
            opened: true,
            ..SourceTree::default()
        }
    }

    const SCOPE: Scope<'static> = Scope {
        document: None,
        folder: "2025-04-01",
    };

    #[test]
    fn every_text_of_the_revision_with_its_translation() {
        let found = texts(&tree(), SCOPE, "en").unwrap();
        let ids: Vec<(&str, String, usize, Option<&str>)> = found
            .iter()
            .map(|t| {
                (
                    t.id.as_str(),
                    t.file.display().to_string(),
                    t.line,
                    t.translation.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            ids,
            [
                (
                    "revision.toml:title",
                    "revisions/2025-04-01/revision.toml".into(),
                    4,
                    Some("Notice")
                ),
                // A change note still to be written is not a translation.
                (
                    "revision.toml:note",
                    "revisions/2025-04-01/revision.toml".into(),
                    5,
                    None
                ),
                (
                    "purposes.toml:heading",
                    "revisions/2025-04-01/purposes.toml".into(),
                    1,
                    None
                ),
                (
                    "10-safety-measures.md:title",
                    "revisions/2025-04-01/10-safety-measures.ja.md".into(),
                    2,
                    None
                ),
                (
                    "10-safety-measures.md:body",
                    "revisions/2025-04-01/10-safety-measures.ja.md".into(),
                    6,
                    None
                ),
                ("site.toml:operator.name", "site.toml".into(), 2, None),
            ]
        );
        assert_eq!(found[4].japanese, "本文");
        let vi = texts(&tree(), SCOPE, "vi").unwrap();
        assert_eq!(vi[2].translation.as_deref(), Some("Mục đích"));
        assert!(
            texts(
                &tree(),
                Scope {
                    folder: "2024-01-01",
                    ..SCOPE
                },
                "vi"
            )
            .is_none()
        );
    }

    #[test]
    fn translations_are_placed_in_their_files() {
        let tree = tree();
        let found = texts(&tree, SCOPE, "vi").unwrap();
        let by_id = |id: &str| found.iter().find(|t| t.id == id).unwrap();
        let placed = place(
            &tree,
            SCOPE,
            "vi",
            &[
                (by_id("purposes.toml:heading"), "Mục đích mới".to_owned()),
                (by_id("site.toml:operator.name"), "Hiệp hội".to_owned()),
                (by_id("10-safety-measures.md:title"), "An toàn".to_owned()),
                (by_id("10-safety-measures.md:body"), "Nội dung".to_owned()),
            ],
        );
        assert!(placed.left.is_empty(), "{:?}", placed.left);
        let files: BTreeMap<String, &str> = placed
            .files
            .iter()
            .map(|(path, text)| (path.display().to_string(), text.as_str()))
            .collect();
        assert_eq!(
            files,
            BTreeMap::from([
                (
                    "site.toml".to_owned(),
                    "[operator]\nname = { ja = \"組合\", vi = \"Hiệp hội\" }\n"
                ),
                (
                    "revisions/2025-04-01/purposes.toml".to_owned(),
                    "heading = { ja = \"目的\", vi = \"Mục đích mới\" }\n"
                ),
                (
                    "revisions/2025-04-01/10-safety-measures.vi.md".to_owned(),
                    "+++\ntitle = \"An toàn\"\nrole = \"safety-measures\"\n+++\n\nNội dung\n"
                ),
            ])
        );
        let again = texts(&placed.tree, SCOPE, "vi").unwrap();
        assert_eq!(again[4].translation.as_deref(), Some("Nội dung"));

        // A section's title alone cannot make its file.
        let placed = place(
            &tree,
            SCOPE,
            "vi",
            &[(by_id("10-safety-measures.md:title"), "An toàn".to_owned())],
        );
        assert!(placed.files.is_empty());
        assert_eq!(
            placed.left,
            [
                "revisions/2025-04-01/10-safety-measures.vi.md was not written: its body is not translated yet, and the file needs both"
            ]
        );
    }
}
