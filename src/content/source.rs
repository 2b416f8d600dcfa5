//! Reads a content directory into memory, and nothing else. Everything after
//! this is pure: parsing and validation work on the texts collected here, so
//! they can be tested without touching the file system and a reload can
//! never see a half-written tree twice.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use super::layout::{
    DOCUMENT_FILE, DOCUMENTS_DIR, LOCK_FILE, MESSAGES_DIR, REVISIONS_DIR, SITE_FILE,
};

/// The texts of one content directory.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceTree {
    /// `site.toml`, if it exists and could be read.
    pub site: Option<String>,
    /// `revisions.lock`, if it exists and could be read.
    pub lock: Option<String>,
    /// One entry per folder under `revisions/`, ordered by folder name.
    pub revisions: Vec<RevisionSource>,
    /// Whether the content folder itself could be opened; when it could not,
    /// that is the only problem worth reporting.
    pub opened: bool,
    /// Whether a `revisions/` folder exists at all.
    pub has_revisions_dir: bool,
    /// Files that exist but could not be read, and similar problems.
    pub problems: Vec<Diagnostic>,
    /// The folders under `documents/`, ordered by name.
    pub documents: Vec<DocumentSource>,
    /// The files under `messages/`, by name (`th.ftl`), ordered by name.
    pub messages: Vec<(String, String)>,
}

/// One folder under `documents/`: a document besides the notice. Its
/// record (`revisions/`, `revisions.lock`) is read exactly as the notice's
/// is at the content folder's root, so every path inside `record` is
/// relative to the document's folder ([`DocumentSource::dir`]), and what
/// is said of them is placed under it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentSource {
    /// The folder's name, which is the document's id.
    pub id: String,
    /// `document.toml`, if it exists and could be read.
    pub document: Option<String>,
    /// Its lock and revisions; `site` and `documents` stay empty.
    pub record: SourceTree,
}

impl DocumentSource {
    /// Its folder, relative to the content folder.
    pub fn dir(&self) -> PathBuf {
        Path::new(DOCUMENTS_DIR).join(&self.id)
    }
}

impl SourceTree {
    /// Every text staff write (`site.toml`, each revision's `.toml` and
    /// `.md` files), with the path a report names it by: what the checks
    /// that read every file at once go through.
    pub(crate) fn written_files(&self) -> impl Iterator<Item = (PathBuf, &str)> {
        let site = self
            .site
            .as_deref()
            .map(|site| (PathBuf::from(SITE_FILE), site));
        let revisions = self.revisions.iter().flat_map(|revision| {
            revision
                .files
                .iter()
                .filter(|(name, _)| name.ends_with(".toml") || name.ends_with(".md"))
                .map(|(name, text)| (revision.path(name), text.as_str()))
        });
        let documents = self.documents.iter().flat_map(|document| {
            let dir = document.dir();
            let settings = document
                .document
                .as_deref()
                .map(|text| (dir.join(DOCUMENT_FILE), text));
            let files: Vec<(PathBuf, &str)> = document
                .record
                .written_files()
                .map(|(path, text)| (dir.join(path), text))
                .collect();
            settings.into_iter().chain(files)
        });
        site.into_iter().chain(revisions).chain(documents)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RevisionSource {
    /// The folder name, e.g. `2024-12-02`.
    pub folder: String,
    /// File name → text, for every readable file in the folder.
    pub files: BTreeMap<String, String>,
}

impl RevisionSource {
    /// The path of one of its files, relative to the content directory.
    pub fn path(&self, file: &str) -> PathBuf {
        Path::new(REVISIONS_DIR).join(&self.folder).join(file)
    }

    pub fn dir(&self) -> PathBuf {
        Path::new(REVISIONS_DIR).join(&self.folder)
    }
}

/// Reads everything kohyo needs from `root`. Never fails: what cannot be
/// read becomes a diagnostic, so `check` can report it with everything else.
pub fn read_tree(root: &Path) -> SourceTree {
    let mut tree = SourceTree::default();
    match fs::metadata(root) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            tree.problems.push(
                Diagnostic::error("", "the content path is a file, not a folder")
                    .hint("pass the folder that holds site.toml and revisions/ with --content"),
            );
            return tree;
        }
        Err(err) => {
            tree.problems.push(
                Diagnostic::error("", format!("cannot open the content folder: {err}"))
                    .hint("pass the folder that holds site.toml and revisions/ with --content"),
            );
            return tree;
        }
    }

    tree.opened = true;
    let site_path = root.join(SITE_FILE);
    if site_path.exists() {
        tree.site = read_text(&site_path, Path::new(SITE_FILE), &mut tree.problems);
    }

    read_record(root, Path::new(""), &mut tree);
    read_documents(root, &mut tree);
    read_messages(root, &mut tree);
    tree
}

/// Reads the content's own catalogs under `messages/`; what else is there
/// is reported and ignored.
fn read_messages(root: &Path, tree: &mut SourceTree) {
    let dir = root.join(MESSAGES_DIR);
    if !dir.is_dir() {
        return;
    }
    let entries = match sorted_entries(&dir) {
        Ok(entries) => entries,
        Err(err) => {
            tree.problems.push(
                Diagnostic::error(MESSAGES_DIR, format!("cannot list the folder: {err}"))
                    .hint("check the folder's permissions"),
            );
            return;
        }
    };
    for (name, path) in entries {
        let shown = Path::new(MESSAGES_DIR).join(&name);
        if !path.is_file() || !name.ends_with(".ftl") {
            tree.problems.push(
                Diagnostic::warning(&shown, "this is not a catalog and is ignored")
                    .hint("messages/ holds one catalog of kohyo's words per language, named by its tag: messages/th.ftl"),
            );
            continue;
        }
        if let Some(text) = read_text(&path, &shown, &mut tree.problems) {
            tree.messages.push((name, text));
        }
    }
}

/// Reads a record (`revisions.lock` and `revisions/`) at `root`, naming
/// what cannot be read by its path under `shown` (the record's folder as a
/// report names it).
fn read_record(root: &Path, shown: &Path, tree: &mut SourceTree) {
    let lock_path = root.join(LOCK_FILE);
    if lock_path.exists() {
        tree.lock = read_text(&lock_path, &shown.join(LOCK_FILE), &mut tree.problems);
    }

    let revisions_root = root.join(REVISIONS_DIR);
    if !revisions_root.is_dir() {
        return;
    }
    tree.has_revisions_dir = true;
    let entries = match sorted_entries(&revisions_root) {
        Ok(entries) => entries,
        Err(err) => {
            tree.problems.push(
                Diagnostic::error(
                    shown.join(REVISIONS_DIR),
                    format!("cannot list the folder: {err}"),
                )
                .hint("check the folder's permissions"),
            );
            return;
        }
    };
    for (name, path) in entries {
        if !path.is_dir() {
            tree.problems.push(
                Diagnostic::warning(
                    shown.join(REVISIONS_DIR).join(&name),
                    "this file is not in a revision folder and is ignored",
                )
                .hint("each revision is a folder named by its effective date, e.g. revisions/2025-04-01/"),
            );
            continue;
        }
        let mut revision = RevisionSource {
            folder: name,
            files: BTreeMap::new(),
        };
        match sorted_entries(&path) {
            Ok(files) => {
                for (file_name, file_path) in files {
                    let relative = shown.join(revision.path(&file_name));
                    if file_path.is_dir() {
                        tree.problems.push(
                            Diagnostic::warning(relative, "folders inside a revision are ignored")
                                .hint("keep every file of a revision directly in its folder"),
                        );
                        continue;
                    }
                    if let Some(text) = read_text(&file_path, &relative, &mut tree.problems) {
                        revision.files.insert(file_name, text);
                    }
                }
            }
            Err(err) => tree.problems.push(
                Diagnostic::error(
                    shown.join(revision.dir()),
                    format!("cannot list the folder: {err}"),
                )
                .hint("check the folder's permissions"),
            ),
        }
        tree.revisions.push(revision);
    }
}

/// Reads every folder under `documents/`; a file there is reported and
/// ignored.
fn read_documents(root: &Path, tree: &mut SourceTree) {
    let documents_root = root.join(DOCUMENTS_DIR);
    if !documents_root.is_dir() {
        return;
    }
    let entries = match sorted_entries(&documents_root) {
        Ok(entries) => entries,
        Err(err) => {
            tree.problems.push(
                Diagnostic::error(DOCUMENTS_DIR, format!("cannot list the folder: {err}"))
                    .hint("check the folder's permissions"),
            );
            return;
        }
    };
    for (name, path) in entries {
        let shown = Path::new(DOCUMENTS_DIR).join(&name);
        if !path.is_dir() {
            tree.problems.push(
                Diagnostic::warning(&shown, "this file is not in a document's folder and is ignored")
                    .hint("each document is a folder under documents/, e.g. documents/privacy-policy/, holding document.toml and revisions/"),
            );
            continue;
        }
        let mut record = SourceTree {
            opened: true,
            ..SourceTree::default()
        };
        let settings_path = path.join(DOCUMENT_FILE);
        let document = settings_path
            .exists()
            .then(|| {
                read_text(
                    &settings_path,
                    &shown.join(DOCUMENT_FILE),
                    &mut tree.problems,
                )
            })
            .flatten();
        read_record(&path, &shown, &mut record);
        // What could not be read is reported with its whole path already.
        tree.problems.append(&mut record.problems);
        tree.documents.push(DocumentSource {
            id: name,
            document,
            record,
        });
    }
}

/// The visible entries of a folder, sorted by name; hidden files (editor
/// backups, `.DS_Store`) are skipped.
fn sorted_entries(dir: &Path) -> io::Result<Vec<(String, PathBuf)>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        entries.push((name, entry.path()));
    }
    entries.sort();
    Ok(entries)
}

fn read_text(path: &Path, relative: &Path, problems: &mut Vec<Diagnostic>) -> Option<String> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(
                Diagnostic::error(relative, format!("cannot read the file: {err}"))
                    .hint("check that the file exists and that kohyo may read it"),
            );
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(
            text.strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text),
        ),
        Err(err) => {
            // Up to the first bad byte the text is as written; from there
            // on, each bad sequence shows as one �, the first underlined.
            let valid = err.utf8_error().valid_up_to();
            let readable = String::from_utf8_lossy(err.as_bytes());
            let bad = valid..valid + char::REPLACEMENT_CHARACTER.len_utf8();
            problems.push(
                Diagnostic::error(relative, "the file is not UTF-8 text")
                    .at_span(&readable, bad)
                    .hint("save the file with the UTF-8 encoding (not Shift_JIS); most editors offer it under \"Save with encoding\""),
            );
            None
        }
    }
}
