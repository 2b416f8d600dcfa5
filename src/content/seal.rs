//! The seal of each revision: a SHA-256 digest over its files in a fixed
//! order, chained with the digest of the revision before it, so that
//! changing any past revision changes every digest after it. The digests
//! are published (pages, feeds, JSON) together with the files themselves,
//! and anyone can recompute them with `sha256sum`. Pure and below
//! everything that reads revisions: the model carries each revision's seal,
//! and `lock` holds the seals to `revisions.lock`.
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
//! Markdown sections, in byte order of their names; for the other
//! documents, `revision.toml`, the body's file (`joint-use.toml`,
//! `publications.toml`) and the sections. Each document has its own chain.

use std::fmt::{self, Write as _};

use sha2::{Digest as _, Sha256};

use super::layout::{is_sealed, is_sealed_in_document};
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
        let mut bytes = [0; 32];
        hex::decode_to_slice(hex, &mut bytes).ok()?;
        Some(Digest(bytes))
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
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
pub(crate) fn manifest<'a>(
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

/// Seals the notice's `revisions` in the order given (oldest first), each
/// chained to the one before it.
pub(crate) fn seal_chain(revisions: &[RevisionSource]) -> Vec<Seal> {
    seal_chain_of(revisions, is_sealed)
}

/// [`seal_chain`] for another document's revisions: one chain per
/// document, over the files `is_sealed_in_document` names.
pub(crate) fn document_seal_chain(revisions: &[RevisionSource]) -> Vec<Seal> {
    seal_chain_of(revisions, is_sealed_in_document)
}

fn seal_chain_of(revisions: &[RevisionSource], sealed: fn(&str) -> bool) -> Vec<Seal> {
    let mut previous = None;
    revisions
        .iter()
        .map(|source| {
            let files: Vec<SealedFile> = source
                .files
                .iter()
                .filter(|(name, _)| sealed(name))
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

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// A revision folder made in memory (also for the lock's tests).
    pub(crate) fn revision(folder: &str, files: &[(&str, &str)]) -> RevisionSource {
        RevisionSource {
            folder: folder.to_owned(),
            files: files
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    pub(crate) fn two_revisions() -> Vec<RevisionSource> {
        vec![
            revision(
                "2022-04-01",
                &[
                    ("revision.toml", "effective = 2022-04-01\n"),
                    ("purposes.toml", "a\nb\nc\n"),
                    ("notes.txt", "not part of the revision"),
                ],
            ),
            revision(
                "2023-04-01",
                &[
                    ("revision.toml", "effective = 2023-04-01\n"),
                    ("purposes.toml", "a\nb\nc\nd\n"),
                    ("10-safety.ja.md", "本文\n"),
                ],
            ),
        ]
    }

    #[test]
    fn the_digest_is_the_sha256_of_the_manifest_sha256sum_style() {
        let seals = seal_chain(&two_revisions());
        let first = &seals[0];
        assert_eq!(
            first
                .files
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>(),
            ["purposes.toml", "revision.toml"],
            "only the revision's own files, in byte order"
        );
        let manifest = format!(
            "kohyo revision digest v1\nprevious none\n{}  purposes.toml\n{}  revision.toml\n",
            Digest::of(b"a\nb\nc\n"),
            Digest::of(b"effective = 2022-04-01\n"),
        );
        assert_eq!(first.digest, Digest::of(manifest.as_bytes()));
        assert_eq!(seals[1].previous, Some(first.digest));
        let second = manifest_of(&seals[1]);
        assert!(second.starts_with(&format!(
            "kohyo revision digest v1\nprevious {}\n",
            first.digest
        )));
        // A well-known value pins the hexadecimal form.
        assert_eq!(
            Digest::of(b"abc").to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    fn manifest_of(seal: &Seal) -> String {
        manifest(
            seal.previous.as_ref(),
            seal.files.iter().map(|f| (f.name.as_str(), &f.sha256)),
        )
    }

    #[test]
    fn changing_a_revision_changes_every_digest_after_it() {
        let original = seal_chain(&two_revisions());
        let mut edited = two_revisions();
        edited[0]
            .files
            .insert("purposes.toml".into(), "a\nB\nc\n".into());
        let after_first = seal_chain(&edited);
        assert_ne!(original[0].digest, after_first[0].digest);
        assert_ne!(original[1].digest, after_first[1].digest);

        let mut edited = two_revisions();
        edited[1]
            .files
            .insert("purposes.toml".into(), "a\nb\nc\nD\n".into());
        let after_second = seal_chain(&edited);
        assert_eq!(original[0].digest, after_second[0].digest);
        assert_ne!(original[1].digest, after_second[1].digest);

        let mut ignored = two_revisions();
        ignored[0]
            .files
            .insert("notes.txt".into(), "changed".into());
        assert_eq!(
            seal_chain(&ignored),
            original,
            "files outside the revision do not count"
        );
    }

    #[test]
    fn digests_read_back_as_written() {
        let digest = Digest::of(b"x");
        assert_eq!(Digest::parse(&digest.to_string()), Some(digest));
        assert_eq!(
            Digest::parse(&digest.to_string().to_uppercase()),
            Some(digest)
        );
        for bad in ["", "00", &"g".repeat(64), &"0".repeat(63), &"é".repeat(32)] {
            assert_eq!(Digest::parse(bad), None, "{bad}");
        }
    }
}
