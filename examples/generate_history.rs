//! Writes a content folder with a long history, for benchmarks: the shipped
//! example's latest revision, revised weekly, each revision replacing one
//! test purpose of use in the eligibility category with the next, so every
//! revision has a real diff, pages keep the example's size, and `kohyo
//! check` accepts the folder.
//!
//!     cargo run --release --example generate_history -- 1000 /tmp/history-1000

use std::fs;
use std::path::{Path, PathBuf};

use jiff::ToSpan;
use jiff::civil::Date;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(count), Some(out)) = (args.next(), args.next()) else {
        eprintln!("usage: generate_history REVISIONS OUT_DIR");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("REVISIONS is a number");
    let out = PathBuf::from(out);
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let template = example.join("revisions/2024-12-02");

    fs::create_dir_all(out.join("revisions"))?;
    fs::copy(example.join("site.toml"), out.join("site.toml"))?;
    let purposes = fs::read_to_string(template.join("purposes.toml"))?;
    let anchor = "  { ja = \"加入者の管理\", en = \"Managing the records of members\" },\n";
    assert!(purposes.contains(anchor), "the example's purposes changed");

    let first = Date::constant(2000, 1, 3);
    for index in 0..count {
        let effective = first.checked_add((7 * index as i64).days()).unwrap();
        let announced = effective.checked_sub(3.days()).unwrap();
        let dir = out.join("revisions").join(effective.to_string());
        fs::create_dir_all(&dir)?;
        for entry in fs::read_dir(&template)? {
            let path = entry?.path();
            let name = path.file_name().unwrap();
            if name != "purposes.toml" && name != "revision.toml" {
                fs::copy(&path, dir.join(name))?;
            }
        }
        let added = if index == 0 {
            String::new()
        } else {
            format!(
                "  {{ ja = \"試験用の利用目的その{index}\", en = \"Test purpose number {index}\" }},\n"
            )
        };
        fs::write(
            dir.join("purposes.toml"),
            purposes.replace(anchor, &format!("{anchor}{added}")),
        )?;
        let note = if index == 0 {
            "{ ja = \"公表しました。\", en = \"First published.\" }".to_owned()
        } else {
            format!(
                "{{ ja = \"試験用の利用目的をその{index}に替えました。\", en = \"Replaced the test purpose with number {index}.\" }}"
            )
        };
        fs::write(
            dir.join("revision.toml"),
            format!(
                "effective = {effective}\nannounced = {announced}\nchanges_purposes = true\n\
                 title = {{ ja = \"個人情報保護法に基づく公表事項\", en = \"Public Notice under the Act on the Protection of Personal Information\" }}\n\
                 note = {note}\n"
            ),
        )?;
    }
    eprintln!("wrote {count} revisions to {}", out.display());
    Ok(())
}
