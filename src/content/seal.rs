//! The seal of each revision: a SHA-256 digest over its files in a fixed
//! order, chained with the digest of the revision before it, so that
//! changing any past revision changes every digest after it. The digests
//! are published (pages, feeds, JSON) together with the files themselves,
//! and anyone can recompute them with `sha256sum`. Pure and below
//! everything that reads revisions: the model carries each revision's seal,
//! and `integrity` holds the seals to `revisions.lock`.
//!
//! The digest of a revision is the SHA-256, in lowercase hexadecimal, of
//! this text (UTF-8, every line ending in `\n`):
//!
//! ```text
//! kohyo revision digest v1
//! previous <digest of the revision before, or "none" for the first>
//! <sha256 of file>  <file name>      (one line per file, as sha256sum prints)
//! ```
//!
//! The files are the revision's `revision.toml`, `purposes.toml` and
//! Markdown sections, in byte order of their names.

use std::fmt::{self, Write as _};

use sha2::{Digest as _, Sha256};

use super::layout::is_sealed;
use super::source::RevisionSource;

const MANIFEST_HEADER: &str = "kohyo revision digest v1";

/// A SHA-256 digest, shown as 64 lowercase hexadecimal digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest([u8; 32]);

impl Digest {
    pub fn of(bytes: &[u8]) -> Digest {
        Digest(Sha256::digest(bytes).into())
    }

    /// Parses 64 hexadecimal digits (either case).
    pub fn parse(hex: &str) -> Option<Digest> {
        if hex.len() != 64 || !hex.is_ascii() {
            return None;
        }
        let mut bytes = [0; 32];
        for (byte, pair) in bytes.iter_mut().zip(hex.as_bytes().chunks(2)) {
            *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        }
        Some(Digest(bytes))
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|byte| write!(f, "{byte:02x}"))
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

/// One file of a revision, as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedFile {
    pub name: String,
    pub text: String,
    pub sha256: Digest,
}

/// A revision's files and its place in the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seal {
    /// In byte order of their names, as the digest takes them.
    pub files: Vec<SealedFile>,
    /// The digest of the revision before, `None` for the first.
    pub previous: Option<Digest>,
    pub digest: Digest,
}

#[cfg(test)]
impl Seal {
    /// The seal of a revision without files, for models built by hand.
    pub fn of_nothing() -> Seal {
        seal_chain(&[RevisionSource::default()]).remove(0)
    }
}

/// The text whose SHA-256 is a revision's digest (see the module docs).
pub fn manifest<'a>(
    previous: Option<&Digest>,
    files: impl IntoIterator<Item = (&'a str, &'a Digest)>,
) -> String {
    let mut text = format!("{MANIFEST_HEADER}\n");
    match previous {
        Some(previous) => writeln!(text, "previous {previous}"),
        None => writeln!(text, "previous none"),
    }
    .expect("writing to a String");
    for (name, sha256) in files {
        writeln!(text, "{sha256}  {name}").expect("writing to a String");
    }
    text
}

/// Seals `revisions` in the order given (oldest first), each chained to the
/// one before it.
pub fn seal_chain(revisions: &[RevisionSource]) -> Vec<Seal> {
    let mut previous = None;
    revisions
        .iter()
        .map(|source| {
            let files: Vec<SealedFile> = source
                .files
                .iter()
                .filter(|(name, _)| is_sealed(name))
                .map(|(name, text)| SealedFile {
                    name: name.clone(),
                    text: text.clone(),
                    sha256: Digest::of(text.as_bytes()),
                })
                .collect();
            let listed = files.iter().map(|file| (file.name.as_str(), &file.sha256));
            let digest = Digest::of(manifest(previous.as_ref(), listed).as_bytes());
            let seal = Seal {
                files,
                previous,
                digest,
            };
            previous = Some(digest);
            seal
        })
        .collect()
}
