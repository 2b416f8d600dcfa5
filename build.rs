//! Embeds the message catalogs kohyo ships (`locales/<tag>.ftl`) in the
//! binary, so that a catalog added to that folder is shipped without a
//! line of code naming it.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    // Read when the script runs, not when it is compiled: a build script
    // cargo compiled for one checkout may run for another.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut tags: Vec<String> = fs::read_dir(&dir)
        .expect("the locales folder is part of the source")
        .map(|entry| entry.expect("the locales folder can be listed").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| {
            let tag = path.file_stem().expect("a catalog has a name");
            tag.to_str()
                .expect("a catalog's name is its language tag")
                .to_owned()
        })
        .collect();
    tags.sort();
    let mut table = String::from("&[\n");
    for tag in &tags {
        let path = dir.join(format!("{tag}.ftl"));
        println!("cargo::rerun-if-changed={}", path.display());
        writeln!(
            table,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a string cannot fail");
    }
    table.push(']');
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogs.rs");
    fs::write(out, table).expect("OUT_DIR is writable");
}
