//! The import of whole sources, each kind and shape: the files written
//! load with `check` (errors only from the markers), and the purposes
//! table says what the source says.

use std::collections::BTreeMap;

use super::*;
use crate::content::build::placeholder::MARKER;
use crate::content::source::{RevisionSource, SourceTree};

fn dates() -> Dates {
    Dates {
        effective: jiff::civil::date(2025, 4, 1),
        announced: jiff::civil::date(2025, 3, 1),
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(path).unwrap()
}

fn tree(imported: &Imported, fill_markers: bool) -> SourceTree {
    let fill = |text: &str| {
        if !fill_markers {
            return text.to_owned();
        }
        text.replace(&format!("{MARKER}https://"), "https://kenpo.example.jp/")
            .replace(&format!("{MARKER}電話番号"), "03-0000-0000")
            .replace(MARKER, "")
    };
    let mut files = BTreeMap::new();
    let mut site = None;
    for (path, text) in &imported.files {
        if path == std::path::Path::new("site.toml") {
            site = Some(fill(text));
        } else {
            files.insert(
                path.file_name().unwrap().to_string_lossy().into_owned(),
                fill(text),
            );
        }
    }
    SourceTree {
        site,
        revisions: vec![RevisionSource {
            folder: "2025-04-01".into(),
            files,
        }],
        opened: true,
        has_revisions_dir: true,
        ..SourceTree::default()
    }
}

type Shape = Vec<(String, Vec<(Option<String>, Vec<String>)>)>;

/// Imports a source; checks that only the markers are errors; returns the
/// purposes table as loaded once they are filled in.
fn imported(name: &str, bytes: &[u8]) -> (Imported, crate::content::Purposes) {
    let imported = import(name, bytes, dates()).unwrap();
    let today = jiff::civil::date(2025, 1, 1);
    let report = crate::content::build_tree(&tree(&imported, false), today)
        .expect_err("the markers are errors");
    let others: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && !d.message.contains("is still here"))
        .map(|d| format!("{}: {}", d.file.display(), d.message))
        .collect();
    assert!(others.is_empty(), "{name}: {others:#?}");
    let loaded = crate::content::build_tree(&tree(&imported, true), today)
        .unwrap_or_else(|report| panic!("{name}: {report:#?}"));
    let purposes = loaded.site.revisions[0].body.purposes.clone();
    (imported, purposes)
}

fn shape(purposes: &crate::content::Purposes) -> Shape {
    purposes
        .categories
        .iter()
        .map(|category| {
            let groups = category
                .groups
                .iter()
                .map(|group| {
                    (
                        group.label.as_ref().map(|l| l.name.ja.clone()),
                        group.purposes.iter().map(|p| p.text.ja.clone()).collect(),
                    )
                })
                .collect();
            (category.name.ja.clone(), groups)
        })
        .collect()
}

fn direct(rows: &[(&str, &[&str])]) -> Shape {
    rows.iter()
        .map(|(name, purposes)| {
            (
                name.to_string(),
                vec![(None, purposes.iter().map(|p| p.to_string()).collect())],
            )
        })
        .collect()
}

/// An area's name and its groups, each a label and its purposes.
type Area<'a> = (&'a str, &'a [(&'a str, &'a [&'a str])]);

fn grouped(rows: &[Area<'_>]) -> Shape {
    rows.iter()
        .map(|(name, groups)| {
            let groups = groups
                .iter()
                .map(|(label, purposes)| {
                    (
                        Some(label.to_string()),
                        purposes.iter().map(|p| p.to_string()).collect(),
                    )
                })
                .collect();
            (name.to_string(), groups)
        })
        .collect()
}

const INTERNAL: &str = "健保組合等の内部での利用に係る事例";
const PROVISION: &str = "他の事業者等への情報提供を伴う事例";

#[test]
fn the_seed_text_gives_the_shipped_table() {
    let (_, purposes) = imported("seed.txt", &fixture("import/seed.txt"));
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content/revisions/2024-12-02/purposes.toml"),
    )
    .unwrap();
    let shipped: toml::Table = toml::from_str(&shipped).unwrap();
    let expected: Shape = shipped["category"]
        .as_array()
        .unwrap()
        .iter()
        .map(|category| {
            let purposes = category["purposes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["ja"].as_str().unwrap().to_owned())
                .collect();
            (
                category["name"]["ja"].as_str().unwrap().to_owned(),
                vec![(None, purposes)],
            )
        })
        .collect();
    assert_eq!(shape(&purposes), expected);
    assert_eq!(purposes.heading.ja, "個人情報の利用目的");
    assert_eq!(purposes.category_header.ja, "個人情報の類型");
    assert!(
        purposes
            .notes
            .unwrap()
            .ja
            .source
            .contains("- (4) 取得の状況からみて")
    );
}

#[test]
fn a_two_column_table_page() {
    let (imported, purposes) = imported("table.html", &fixture("import/table.html"));
    assert_eq!(
        shape(&purposes),
        direct(&[
            (
                "資格に関する情報",
                &["加入者の管理", "保険料の徴収", "各種証の発行管理"]
            ),
            (
                "レセプトに関する情報",
                &["保険給付の審査・支払", "医療費通知の発行", "医療費分析"]
            ),
            (
                "健康診査に関する情報",
                &["医療機関への委託", "未受診者への受診勧奨"]
            ),
            ("当組合の従業員に関する情報", &["雇用の管理", "研修の実施"]),
        ])
    );
    assert_eq!(purposes.caption.ja, "個人情報の類型と利用目的");
    let site = &imported.files[0].1;
    for found in [
        "name = { ja = \"見本健康保険組合\" }",
        "representative = { ja = \"理事長 試験 花子\" }",
        "phone = \"03-1234-5678\"",
        "email = \"privacy@mihon-kenpo.example.jp\"",
        "desk = { ja = \"総務課 個人情報相談窓口\" }",
    ] {
        assert!(site.contains(found), "{found} in {site}");
    }
    let names: Vec<String> = imported
        .files
        .iter()
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert!(
        names.contains(&"revisions/2025-04-01/20-safety-measures.ja.md".to_owned()),
        "{names:?}"
    );
    assert!(
        names.contains(&"revisions/2025-04-01/30-requests.ja.md".to_owned()),
        "{names:?}"
    );
    assert_eq!(imported.unplaced.len(), 1, "{:?}", imported.unplaced);
    assert_eq!(imported.unplaced[0].text, "Copyright 見本健康保険組合");
}

#[test]
fn numbered_areas_with_every_label_and_marker() {
    let (_, purposes) = imported("areas.html", &fixture("import/areas.html"));
    assert_eq!(
        shape(&purposes),
        grouped(&[
            (
                "1.被保険者等に対する保険給付に必要な利用目的",
                &[
                    (INTERNAL, &["保険給付の実施", "高額療養費の支給"]),
                    (PROVISION, &["審査支払機関への委託"])
                ]
            ),
            (
                "２．保険料の徴収等に必要な利用目的",
                &[
                    (INTERNAL, &["保険料の徴収", "標準報酬月額の把握"]),
                    (PROVISION, &[])
                ]
            ),
            (
                "(3) 保健事業に必要な利用目的",
                &[(INTERNAL, &["健康診査の実施", "保健指導の実施"])]
            ),
            (
                "④ 健康保険事業の運営に必要な利用目的",
                &[
                    (INTERNAL, &["組合会の運営"]),
                    (PROVISION, &["健康保険組合連合会への報告"])
                ]
            ),
            (
                "5.その他の利用目的",
                &[(INTERNAL, &["職員の研修", "選挙の実施"])]
            ),
        ])
    );
    let first = &purposes.categories[0].groups[0].purposes;
    assert_eq!(
        first[0].explanation.as_ref().unwrap().ja.source,
        "- 療養費支給申請書により審査します"
    );
    assert_eq!(
        first[1].explanation.as_ref().unwrap().ja.source,
        "限度額を超えた分を支給します"
    );
}

#[test]
fn bare_paragraphs_under_heading_labels() {
    let (_, purposes) = imported("bare.html", &fixture("import/bare.html"));
    assert_eq!(
        shape(&purposes),
        grouped(&[
            (
                "1. 保険給付に必要な利用目的",
                &[
                    (
                        "内部での利用に係る事例",
                        &["保険給付の実施", "第三者行為に係る求償"]
                    ),
                    ("他の事業者等への情報提供を伴う事例", &[]),
                ]
            ),
            (
                "2. 保健事業に必要な利用目的",
                &[("内部での利用に係る事例", &["健康診査の実施"])]
            ),
        ])
    );
}

#[test]
fn a_table_with_explanation_and_description_columns() {
    let (_, purposes) = imported("columns.html", &fixture("import/columns.html"));
    assert_eq!(
        shape(&purposes),
        direct(&[
            ("保険給付", &["療養費の支給", "出産育児一時金の支給"]),
            ("保健事業", &["健康診査の実施"]),
        ])
    );
    assert_eq!(
        purposes.description_header.unwrap().ja,
        "保有する情報の内容"
    );
    let benefits = &purposes.categories[0];
    assert_eq!(
        benefits.description.as_ref().unwrap().ja.source.trim(),
        "氏名、生年月日、\n\n診療内容"
    );
    let explanation = |i: usize| {
        benefits.groups[0].purposes[i]
            .explanation
            .as_ref()
            .unwrap()
            .ja
            .source
            .clone()
    };
    assert_eq!(explanation(0), "申請書により審査し支給します");
    assert_eq!(explanation(1), "出生を確認します");
    assert!(
        purposes.categories[1].groups[0].purposes[0]
            .explanation
            .is_none()
    );
}

fn csv_shape() -> Shape {
    grouped(&[
        (
            "1.保険給付に必要な利用目的",
            &[
                (INTERNAL, &["保険給付の実施", "高額療養費の支給"]),
                (PROVISION, &["審査支払機関への委託"]),
            ],
        ),
        (
            "2.保険料の徴収等に必要な利用目的",
            &[
                (INTERNAL, &["保険料の徴収", "標準報酬月額の把握"]),
                (PROVISION, &[]),
            ],
        ),
    ])
}

#[test]
fn spreadsheet_exports_in_utf8_and_cp932() {
    let utf8 = fixture("import/purposes.csv");
    let (_, purposes) = imported("purposes.csv", &utf8);
    assert_eq!(shape(&purposes), csv_shape());
    let explanation = &purposes.categories[0].groups[0].purposes[0].explanation;
    assert_eq!(
        explanation.as_ref().unwrap().ja.source,
        "申請書により\n\n審査します"
    );
    // As Excel writes it in Japan: CP932, no BOM, CRLF.
    let text = String::from_utf8(utf8[3..].to_vec())
        .unwrap()
        .replace('\n', "\r\n");
    let (cp932, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable);
    let (_, purposes) = imported("目的.CSV", &cp932);
    assert_eq!(shape(&purposes), csv_shape());
}

#[test]
fn a_tsv_export_with_merged_category_cells() {
    let (_, purposes) = imported("purposes.tsv", &fixture("import/purposes.tsv"));
    assert_eq!(
        shape(&purposes),
        direct(&[
            (
                "資格に関する情報",
                &["加入者の管理", "保険料の徴収", "各種証の発行管理"]
            ),
            ("レセプトに関する情報", &["医療費通知の発行"]),
        ])
    );
}

#[test]
fn a_shift_jis_page() {
    let page = String::from_utf8(fixture("import/table.html"))
        .unwrap()
        .replace("charset=\"UTF-8\"", "charset=\"Shift_JIS\"");
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&page);
    assert!(!unmappable);
    let (_, purposes) = imported("notice.htm", &bytes);
    assert_eq!(
        shape(&purposes)[0].1[0].1,
        ["加入者の管理", "保険料の徴収", "各種証の発行管理"]
    );
}

#[test]
fn the_same_source_gives_the_same_files() {
    let one = import("areas.html", &fixture("import/areas.html"), dates()).unwrap();
    let two = import("areas.html", &fixture("import/areas.html"), dates()).unwrap();
    assert_eq!(one.files, two.files);
}

#[test]
fn bad_sources_are_refused_with_a_reason() {
    assert_eq!(
        import("a.txt", b"  \n", dates()).unwrap_err(),
        "it is empty"
    );
    assert!(
        import("a.pdf", b"%PDF-1.7 ...", dates())
            .unwrap_err()
            .contains("not text")
    );
    assert!(
        import("a.txt", "こんにちは\n".as_bytes(), dates())
            .unwrap_err()
            .contains("no purposes-of-use table")
    );
}

mod real;
