//! The content parser against damaged files: whatever office staff (or a
//! bad copy, or a disk) do to a content folder, loading it reports problems
//! and never panics, so `check`, `serve` and a reload always say what is
//! wrong. cargo-fuzz needs a nightly compiler, which these machines do not
//! have; proptest mutates a valid folder instead, file by file.

use proptest::prelude::*;

use crate::support::{copy_dir, files_under, repo_path};

const VALID: &str = "tests/fixtures/check-valid";

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
        let files = files_under(&repo_path(VALID));
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo_path(VALID), dir.path());
        let victim = dir.path().join(which.get(&files));
        let mut text = std::fs::read(&victim).unwrap();
        for damage in &damages {
            text = apply(text, damage);
        }
        std::fs::write(&victim, &text).unwrap();

        match kohyo::content::load(dir.path()) {
            Ok(loaded) => {
                // Whatever still loads must also render.
                let archive = kohyo::archive::Archive::new(loaded.site);
                let first = archive.site.first().effective;
                prop_assert!(kohyo::render::render(&archive, first).is_ok());
            }
            Err(report) => {
                prop_assert!(report.has_errors());
                let text = report.display(dir.path()).to_string();
                prop_assert!(text.contains(" error"), "{}", text);
            }
        }
    }
}
