//! The `revisions.lock` file: its shape, read with a place for every
//! problem, and written the same way every time, so that re-locking
//! unchanged content changes nothing in version control.

use std::fmt::Write as _;
use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::content::diagnostic::Diagnostic;
use crate::content::files::{parse_toml, toml_string};
use crate::content::layout::LOCK_FILE;
use crate::content::seal::Digest;

const LOCK_VERSION: u32 = 1;

/// Whose revisions a lock records, which its header says: the notice's
/// lock is at the top of the content folder, each other document's in
/// its own folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockOf {
    Notice,
    Document,
}

/// `revisions.lock`: what `kohyo lock` recorded, oldest revision first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lock {
    pub revisions: Vec<LockedRevision>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedRevision {
    /// The folder name, the revision's effective date.
    pub effective: Date,
    /// When it was (or will be) announced: after this day it may not change.
    pub announced: Date,
    pub digest: Digest,
    pub files: Vec<LockedFile>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedFile {
    pub name: String,
    pub sha256: Digest,
    pub lines: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockSource {
    version: Spanned<u32>,
    #[serde(default, rename = "revision")]
    revisions: Vec<LockRevisionSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockRevisionSource {
    effective: Spanned<Datetime>,
    announced: Spanned<Datetime>,
    digest: Spanned<String>,
    #[serde(default, rename = "file")]
    files: Vec<LockFileSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFileSource {
    name: Spanned<String>,
    sha256: Spanned<String>,
    lines: Spanned<String>,
}

pub(super) const LOCK_HINT: &str = "revisions.lock is written by kohyo lock and is not edited by hand: restore it from version control or a backup";

impl Lock {
    /// Reads the lock file's text; a damaged lock is an error with a place.
    pub fn parse(text: &str) -> Result<Lock, Box<Diagnostic>> {
        let file = Path::new(LOCK_FILE);
        let source: LockSource =
            parse_toml(file, text, 0..text.len()).map_err(|d| Box::new(d.hint(LOCK_HINT)))?;
        let invalid = |span: std::ops::Range<usize>, message: String| {
            Box::new(
                Diagnostic::error(file, message)
                    .at_span(text, span)
                    .hint(LOCK_HINT),
            )
        };
        if *source.version.get_ref() != LOCK_VERSION {
            return Err(invalid(
                source.version.span(),
                format!(
                    "this revisions.lock has version {}, but this kohyo reads version {LOCK_VERSION}",
                    source.version.get_ref()
                ),
            ));
        }
        let date = |raw: &Spanned<Datetime>| {
            let value = raw.get_ref();
            match (value.date, value.time, value.offset) {
                (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8).ok(),
                _ => None,
            }
            .ok_or_else(|| invalid(raw.span(), format!("{value} is not a plain date")))
        };
        let digest = |raw: &Spanned<String>| {
            Digest::parse(raw.get_ref())
                .ok_or_else(|| invalid(raw.span(), "a digest is 64 hexadecimal digits".to_owned()))
        };
        let mut revisions = Vec::with_capacity(source.revisions.len());
        for revision in &source.revisions {
            let mut files = Vec::with_capacity(revision.files.len());
            for file in &revision.files {
                let lines = file
                    .lines
                    .get_ref()
                    .split_ascii_whitespace()
                    .map(|line| {
                        u32::from_str_radix(line, 16)
                            .ok()
                            .filter(|_| line.len() == 8)
                    })
                    .collect::<Option<Vec<u32>>>()
                    .ok_or_else(|| {
                        invalid(
                            file.lines.span(),
                            "line fingerprints are groups of 8 hexadecimal digits".to_owned(),
                        )
                    })?;
                files.push(LockedFile {
                    name: file.name.get_ref().clone(),
                    sha256: digest(&file.sha256)?,
                    lines,
                });
            }
            revisions.push(LockedRevision {
                effective: date(&revision.effective)?,
                announced: date(&revision.announced)?,
                digest: digest(&revision.digest)?,
                files,
            });
        }
        Ok(Lock { revisions })
    }

    /// The lock file's text: stable, so that re-locking unchanged content
    /// changes nothing in version control. Written here rather than by the
    /// toml serializer, whose layout is not promised to stay the same
    /// across its versions and which has no header comment.
    pub fn to_toml(&self, of: LockOf) -> String {
        let whose = match of {
            LockOf::Notice => "the notice's",
            LockOf::Document => "this document's",
        };
        let mut text = format!(
            "# The digests of {whose} revisions, recorded by `kohyo lock`.\n\
             # `kohyo check` compares every revision with them: a revision that has\n\
             # been announced must stay exactly as it was published. Do not edit this\n\
             # file by hand; content/README.md explains it.\n",
        );
        writeln!(text, "version = {LOCK_VERSION}").expect("writing to a String");
        for revision in &self.revisions {
            write!(
                text,
                "\n[[revision]]\neffective = {}\nannounced = {}\ndigest = \"{}\"\n",
                revision.effective, revision.announced, revision.digest
            )
            .expect("writing to a String");
            for file in &revision.files {
                let lines: Vec<String> = file.lines.iter().map(|l| format!("{l:08x}")).collect();
                write!(
                    text,
                    "\n[[revision.file]]\nname = {}\nsha256 = \"{}\"\nlines = \"{}\"\n",
                    toml_string(&file.name),
                    file.sha256,
                    lines.join(" ")
                )
                .expect("writing to a String");
            }
        }
        text
    }

    pub(super) fn find(&self, effective: Date) -> Option<&LockedRevision> {
        self.revisions.iter().find(|r| r.effective == effective)
    }
}
