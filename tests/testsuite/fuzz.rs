//! The content parser against damaged files: whatever office staff (or a
//! bad copy, or a disk) do to a content folder, loading it reports problems
//! and never panics, so `check`, `serve` and a reload always say what is
//! wrong. cargo-fuzz needs a nightly compiler, which these machines do not
//! have; proptest mutates a valid folder instead, file by file, in memory:
//! the folder is read once and each case damages a copy of its texts.

use std::sync::LazyLock;

use kohyo::content::source::{SourceTree, read_tree};
use proptest::prelude::*;

use crate::support::repo_path;

/// The valid folder every case damages, as `kohyo::content` reads it.
static VALID: LazyLock<SourceTree> =
    LazyLock::new(|| read_tree(&repo_path("tests/fixtures/check-valid")));

/// The text a case damages: `site.toml`, `revisions.lock`, or a file of a
/// revision (by folder index and file name).
fn victims(tree: &SourceTree) -> Vec<(Option<usize>, String)> {
    let mut victims = vec![
        (None, "site.toml".to_owned()),
        (None, "revisions.lock".to_owned()),
    ];
    for (index, revision) in tree.revisions.iter().enumerate() {
        victims.extend(
            revision
                .files
                .keys()
                .map(|name| (Some(index), name.clone())),
        );
    }
    victims
}

fn text_of<'t>(tree: &'t mut SourceTree, victim: &(Option<usize>, String)) -> &'t mut String {
    match victim {
        (None, name) if name == "site.toml" => tree.site.get_or_insert_default(),
        (None, _) => tree.lock.get_or_insert_default(),
        (Some(index), name) => tree.revisions[*index]
            .files
            .get_mut(name)
            .expect("a file of the revision"),
    }
}

/// One way of damaging a file's bytes.
#[derive(Debug, Clone)]
enum Damage {
    Insert { at: usize, bytes: Vec<u8> },
    Delete { at: usize, len: usize },
    Replace { bytes: Vec<u8> },
    Truncate { at: usize },
}

fn damage() -> impl Strategy<Value = Damage> {
    // Bytes that matter to TOML, Markdown and front matter, and any byte.
    let telling = prop::sample::select(
        b"\"'=[]{}\n\r+#*-_`<>\\:,.0123456789\t \x00\xff\xe3\x81\x82".to_vec(),
    );
    let bytes = prop::collection::vec(prop_oneof![telling, any::<u8>()], 0..40);
    prop_oneof![
        (any::<usize>(), bytes.clone()).prop_map(|(at, bytes)| Damage::Insert { at, bytes }),
        (any::<usize>(), 0usize..200).prop_map(|(at, len)| Damage::Delete { at, len }),
        prop::collection::vec(any::<u8>(), 0..400).prop_map(|bytes| Damage::Replace { bytes }),
        any::<usize>().prop_map(|at| Damage::Truncate { at }),
    ]
}

fn apply(mut text: Vec<u8>, damage: &Damage) -> Vec<u8> {
    let at = |at: usize, text: &Vec<u8>| {
        if text.is_empty() {
            0
        } else {
            at % (text.len() + 1)
        }
    };
    match damage {
        Damage::Insert { at: i, bytes } => {
            let i = at(*i, &text);
            text.splice(i..i, bytes.iter().copied());
        }
        Damage::Delete { at: i, len } => {
            let i = at(*i, &text);
            let end = (i + len).min(text.len());
            text.drain(i..end);
        }
        Damage::Replace { bytes } => text.clone_from(bytes),
        Damage::Truncate { at: i } => {
            let i = at(*i, &text);
            text.truncate(i);
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn damaged_content_is_reported_never_a_panic(
        which in any::<prop::sample::Index>(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let mut tree = VALID.clone();
        let victims = victims(&tree);
        let victim = which.get(&victims);
        let text = text_of(&mut tree, victim);
        let mut bytes = std::mem::take(text).into_bytes();
        for damage in &damages {
            bytes = apply(bytes, damage);
        }
        // Bytes that are not UTF-8 are reported when the folder is read
        // (see the check-not-utf8 fixture); past that, texts are strings.
        *text = String::from_utf8_lossy(&bytes).into_owned();

        // A damaged lock is an error with a place, never a panic: it is
        // read as of a day after every revision's announcement.
        match kohyo::content::build_tree(&tree, jiff::civil::date(2100, 1, 1)) {
            Ok(kohyo::content::Loaded { site, .. }) => {
                // Whatever still builds must also render.
                let archive = kohyo::archive::Archive::new(site);
                let first = archive.site.first().effective;
                prop_assert!(kohyo::render::render(&archive, first).is_ok());
            }
            Err(report) => {
                prop_assert!(report.has_errors());
                let text = report.display(&repo_path("tests/fixtures/check-valid")).to_string();
                prop_assert!(text.contains(" error"), "{}", text);
            }
        }
    }
}
