//! The shipped catalogs against the code that uses them.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::*;

/// Every key the code uses: each string literal passed to `message`,
/// `message_with` or `message_key`, in Rust and in the templates.
fn keys_used() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let call =
        regex::Regex::new(r#"(?:\.message(?:_with)?|\bmessage_key)\(\s*"([a-z][a-z0-9-]*)""#)
            .expect("a valid pattern");
    let mut keys = BTreeSet::new();
    for file in files(&root.join("src"))
        .into_iter()
        .chain(files(&root.join("templates")))
    {
        let text = fs::read_to_string(&file).expect("source files are UTF-8");
        keys.extend(call.captures_iter(&text).map(|c| c[1].to_owned()));
    }
    keys
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a listable folder").path();
        if path.is_dir() {
            found.extend(files(&path));
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "html")
        {
            found.push(path);
        }
    }
    found
}

#[test]
fn every_shipped_catalog_parses() {
    for (tag, source) in SHIPPED_SOURCES {
        if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
            panic!("{tag}.ftl: {errors:?}");
        }
    }
    assert!(shipped("ja").is_some() && shipped("en").is_some());
}

#[test]
fn every_shipped_catalog_has_exactly_the_keys_the_code_uses_and_only_their_variables() {
    let used = keys_used();
    assert!(
        used.len() > 100,
        "the key pattern found only {} keys",
        used.len()
    );
    let given = variables_given(shipped("ja").expect("the Japanese catalog"));
    let mut problems = Vec::new();
    for tag in shipped_tags() {
        let catalog = keys(shipped(tag).expect("a shipped tag"));
        let have: BTreeSet<String> = catalog.keys().cloned().collect();
        for missing in used.difference(&have) {
            problems.push(format!("{tag}.ftl lacks {missing}"));
        }
        for unknown in have.difference(&used) {
            problems.push(format!(
                "{tag}.ftl has {unknown}, which the code never uses"
            ));
        }
        for (key, variables) in &catalog {
            if let Some(given) = given.get(key)
                && !variables.is_subset(given)
            {
                problems.push(format!(
                    "{tag}.ftl: {key} uses {variables:?}; the code gives {given:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_message_is_formatted_with_its_variables_and_no_isolation_marks() {
    let en = Messages::shipped("en").expect("English is shipped");
    assert_eq!(
        en.message_with(
            "group-moved-from",
            &[("group", Arg::Text("Use within the society"))]
        ),
        "Moved from “Use within the society”"
    );
    assert_eq!(en.message("label-separator"), ": ");
}

#[test]
fn a_later_catalog_overrides_single_messages() {
    let ja = shipped("ja").expect("Japanese is shipped");
    let local = Arc::new(
        FluentResource::try_new("skip-link = 本文へ\n".to_owned()).expect("a valid catalog"),
    );
    let messages = Messages::new("ja", &[Arc::clone(ja), local]);
    assert_eq!(messages.message("skip-link"), "本文へ");
    assert_eq!(messages.message("contents"), "目次");
}

#[test]
fn keys_lists_the_variables_of_every_variant() {
    let resource = FluentResource::try_new(
        "a = { $count ->\n    [one] one { $thing }\n   *[other] { $count } { $things }\n}\nb = plain\n"
            .to_owned(),
    )
    .expect("a valid catalog");
    let found = keys(&resource);
    assert_eq!(
        found["a"],
        ["count", "thing", "things"].map(str::to_owned).into()
    );
    assert!(found["b"].is_empty());
}
