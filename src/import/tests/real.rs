//! Pages shaped like real unions' sites (saved with the browser, with
//! their menus, breadcrumbs, sidebars, footers, layout tables, Shift_JIS,
//! Excel's CSV): each page's truth is written down here, and the import
//! must place every purpose where the page puts it, and no page furniture
//! anywhere in the files it writes.

use std::collections::BTreeMap;

use super::{INTERNAL, PROVISION, fixture};
use crate::import::{Dates, import, read};

/// An area's name and its groups, each a label (`None`: no label) and its
/// purposes, as the page gives them.
type Truth<'a> = &'a [(&'a str, &'a [(Option<&'a str>, &'a [&'a str])])];

/// How well a page was read.
#[derive(Debug, PartialEq, Eq)]
struct Measure {
    /// Purposes of the truth found in their area and group.
    placed: usize,
    total: usize,
    /// Purposes the import made that the page does not have.
    junk: Vec<String>,
    /// Page furniture found in a written file.
    furniture: Vec<String>,
    /// Purposes of the truth reported as not placed.
    unplaced_purposes: Vec<String>,
}

fn measure(name: &str, truth: Truth<'_>, furniture: &[&str]) -> Measure {
    let bytes = fixture(&format!("import/{name}"));
    let mut expected: BTreeMap<(String, Option<String>, String), usize> = BTreeMap::new();
    let mut total = 0;
    for (area, groups) in truth {
        for (label, purposes) in *groups {
            for purpose in *purposes {
                total += 1;
                *expected
                    .entry((
                        area.to_string(),
                        label.map(str::to_owned),
                        purpose.to_string(),
                    ))
                    .or_default() += 1;
            }
        }
    }
    let Ok(notice) = read(name, &bytes) else {
        return Measure {
            placed: 0,
            total,
            junk: vec!["(refused)".into()],
            furniture: Vec::new(),
            unplaced_purposes: Vec::new(),
        };
    };
    let mut placed = 0;
    let mut junk = Vec::new();
    if std::env::var_os("KOHYO_DUMP").is_some() {
        eprintln!("{name}: {:#?}", notice.table.categories);
    }
    for category in &notice.table.categories {
        for group in &category.groups {
            for purpose in &group.purposes {
                let key = (
                    category.name.clone(),
                    group.label.clone(),
                    purpose.text.clone(),
                );
                match expected.get_mut(&key) {
                    Some(left) if *left > 0 => {
                        *left -= 1;
                        placed += 1;
                    }
                    _ => junk.push(format!("{} / {:?} / {}", key.0, key.1, key.2)),
                }
            }
        }
    }
    let dates = Dates {
        effective: jiff::civil::date(2025, 4, 1),
        announced: jiff::civil::date(2025, 4, 1),
    };
    let files = import(name, &bytes, dates).expect("read above");
    let found = furniture
        .iter()
        .filter(|word| files.files.iter().any(|(_, text)| text.contains(*word)))
        .map(|word| word.to_string())
        .collect();
    let unplaced_purposes = files
        .unplaced
        .iter()
        .filter(|u| expected.keys().any(|(_, _, p)| u.text.contains(p.as_str())))
        .map(|u| format!("{}: {}", u.line, u.text))
        .collect();
    Measure {
        placed,
        total,
        junk,
        furniture: found,
        unplaced_purposes,
    }
}

fn assert_read(name: &str, truth: Truth<'_>, furniture: &[&str]) {
    let measure = measure(name, truth, furniture);
    assert_eq!(
        measure,
        Measure {
            placed: measure.total,
            total: measure.total,
            junk: Vec::new(),
            furniture: Vec::new(),
            unplaced_purposes: Vec::new(),
        },
        "{name}"
    );
}

/// What a CMS page carries around every notice.
const CMS_FURNITURE: [&str; 14] = [
    "本文へ",
    "スキップ",
    "文字サイズ",
    "サイト内検索",
    "サイトマップ",
    "HOME",
    "ホーム",
    "トップ",
    "ページの先頭",
    "印刷する",
    "Copyright",
    "©",
    "申請書ダウンロード",
    "組合概要",
];

#[test]
fn a_cms_page_with_menus_breadcrumbs_sidebar_and_footer() {
    assert_read(
        "real-cms.html",
        &[
            (
                "（1）被保険者等に対する保険給付に必要な利用目的",
                &[
                    (
                        Some(INTERNAL),
                        &["保険給付及び付加給付の実施", "限度額適用認定証の発行"],
                    ),
                    (
                        Some(PROVISION),
                        &[
                            "第三者行為に係る損害保険会社等への求償",
                            "健康保険組合連合会の高額医療給付の共同事業",
                        ],
                    ),
                ],
            ),
            (
                "（2）保険料の徴収等に必要な利用目的",
                &[
                    (
                        Some(INTERNAL),
                        &[
                            "被保険者資格の確認並びに標準報酬月額及び標準賞与額の把握",
                            "健康保険料の徴収",
                            "被扶養者の認定",
                        ],
                    ),
                    (Some(PROVISION), &[]),
                ],
            ),
            (
                "（3）保健事業に必要な利用目的",
                &[
                    (
                        Some(INTERNAL),
                        &[
                            "健康の保持・増進のための健診、保健指導及び健康相談",
                            "健康増進施設の運営",
                        ],
                    ),
                    (
                        Some(PROVISION),
                        &["医療機関等への健診の委託", "健診結果の事業所への提供"],
                    ),
                ],
            ),
        ],
        &CMS_FURNITURE,
    );
}

#[test]
fn an_old_shift_jis_page_laid_out_with_tables() {
    assert_read(
        "real-layout.html",
        &[
            (
                "１．被保険者等に対する保険給付に必要な利用目的",
                &[
                    (
                        Some(INTERNAL),
                        &["保険給付及び付加給付の実施", "療養費の支給決定"],
                    ),
                    (Some(PROVISION), &["第三者行為に係る損害保険会社等への求償"]),
                ],
            ),
            (
                "２．保険料の徴収等に必要な利用目的",
                &[
                    (Some(INTERNAL), &["被保険者資格の確認", "健康保険料の徴収"]),
                    (Some(PROVISION), &["被保険者証の印刷の委託"]),
                ],
            ),
            (
                "３．保健事業に必要な利用目的",
                &[
                    (Some(INTERNAL), &["健康診査及び保健指導の実施"]),
                    (
                        Some(PROVISION),
                        &["医療機関等への健診の委託", "健康相談の 外部委託"],
                    ),
                ],
            ),
        ],
        &["トップページ", "給付のご案内", "各種様式", "Copyright"],
    );
}

const INTERNAL_MONO: &str = "健保組合等の内部での利用に係るもの";
const PROVISION_MONO: &str = "他の事業者等への情報提供を伴うもの";

#[test]
fn a_definition_list_with_bulleted_labels_and_bare_purposes() {
    assert_read(
        "real-dl.html",
        &[
            (
                "1.被保険者等に対する保険給付に必要な利用目的",
                &[
                    (Some(INTERNAL_MONO), &["保険給付及び付加給付の実施"]),
                    (
                        Some(PROVISION_MONO),
                        &["高額療養費の自動支払い", "海外療養費に係る翻訳の外部委託"],
                    ),
                ],
            ),
            (
                "2.保険料の徴収等に必要な利用目的",
                &[(
                    Some(INTERNAL_MONO),
                    &["被保険者資格の確認", "健康保険料の徴収", "被扶養者の認定"],
                )],
            ),
            (
                "3.診療報酬の審査・支払に必要な利用目的",
                &[
                    (
                        Some(INTERNAL_MONO),
                        &["診療報酬明細書（レセプト）等の内容点検・審査"],
                    ),
                    (Some(PROVISION_MONO), &["レセプト点検の事業者への委託"]),
                ],
            ),
        ],
        &[
            "トップ",
            "加入者の方へ",
            "関連ページ",
            "個人情報保護方針",
            "©",
            "令和5年4月1日改定",
        ],
    );
}

#[test]
fn a_table_with_merged_area_cells_and_one_row_per_group() {
    assert_read(
        "real-rowspan.html",
        &[
            (
                "１．被保険者等に対する保険給付に必要な利用目的",
                &[
                    (
                        Some(INTERNAL),
                        &["保険給付及び付加給付の実施", "療養費の審査及び支給"],
                    ),
                    (
                        Some(PROVISION),
                        &[
                            "第三者行為に係る損害保険会社等への求償",
                            "海外療養費に係る翻訳の外部委託",
                        ],
                    ),
                ],
            ),
            (
                "２．保険料の徴収等に必要な利用目的",
                &[
                    (Some(INTERNAL), &["被保険者資格の確認", "健康保険料の徴収"]),
                    (Some(PROVISION), &[]),
                ],
            ),
            (
                "３．保健事業に必要な利用目的",
                &[
                    (Some(INTERNAL), &["健診、保健指導及び健康相談の実施"]),
                    (
                        Some(PROVISION),
                        &["医療機関等への健診の委託", "保健指導の事業者への委託"],
                    ),
                ],
            ),
        ],
        &[
            "本文へ移動",
            "様式ダウンロード",
            "ページの先頭",
            "Copyright",
            "令和6年12月2日改定",
        ],
    );
}

#[test]
fn numbered_paragraphs_with_katakana_and_circled_items() {
    let internal = "組合内部での利用に係る事例";
    assert_read(
        "real-paragraphs.html",
        &[
            (
                "（１）被保険者等に対する保険給付に必要な利用目的",
                &[
                    (Some(internal), &["保険給付の実施", "高額療養費の支給"]),
                    (Some(PROVISION), &["第三者行為に係る損害保険会社等への求償"]),
                ],
            ),
            (
                "（２）保険料の徴収等に必要な利用目的",
                &[
                    (
                        Some(internal),
                        &["被保険者資格の確認", "保険料の賦課及び徴収"],
                    ),
                    (Some(PROVISION), &[]),
                ],
            ),
            (
                "（３）保健事業に必要な利用目的",
                &[
                    (
                        Some(internal),
                        &["特定健康診査及び特定保健指導の実施", "健康相談の実施"],
                    ),
                    (Some(PROVISION), &["健診機関への特定健康診査の委託"]),
                ],
            ),
        ],
        &["スキップ", "ホーム", "手続き", "ページの先頭", "Copyright"],
    );
}

#[test]
fn areas_as_headings_over_tables_of_purposes_and_explanations() {
    let internal = "当組合の内部での利用に係る事例";
    assert_read(
        "real-explained.html",
        &[
            (
                "（1）被保険者等に対する保険給付に必要な利用目的",
                &[
                    (
                        Some(internal),
                        &["被保険者資格の確認、被扶養者の認定", "療養費の支給"],
                    ),
                    (Some(PROVISION), &["第三者行為に係る損害保険会社等への求償"]),
                ],
            ),
            (
                "（2）保健事業に必要な利用目的",
                &[
                    (Some(internal), &["特定健康診査及び特定保健指導の実施"]),
                    (
                        Some(PROVISION),
                        &["健診機関への健診の委託", "保健指導の事業者への委託"],
                    ),
                ],
            ),
        ],
        &[
            "本文へ",
            "トップ",
            "加入者の皆さまへ",
            "組合について",
            "ページトップ",
            "©",
        ],
    );
}

#[test]
fn an_excel_csv_with_a_title_row_and_empty_columns() {
    assert_read(
        "real-excel.csv",
        &[
            (
                "1.保険給付に必要な利用目的",
                &[
                    (Some(INTERNAL), &["保険給付の実施", "高額療養費の支給"]),
                    (Some(PROVISION), &["第三者行為に係る損害保険会社等への求償"]),
                ],
            ),
            (
                "2.保険料の徴収等に必要な利用目的",
                &[
                    (Some(INTERNAL), &["被保険者資格の確認", "健康保険料の徴収"]),
                    (Some(PROVISION), &[]),
                ],
            ),
            (
                "3.保健事業に必要な利用目的",
                &[
                    (Some(INTERNAL), &["健康診査の実施"]),
                    (Some(PROVISION), &["健診機関への委託"]),
                ],
            ),
        ],
        &[],
    );
}
