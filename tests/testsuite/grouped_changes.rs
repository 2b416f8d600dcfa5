//! What a revision of a purposes table in groups changed, everywhere it is
//! said: `kohyo diff`, the changes pages in both languages and the feeds.
//! The fixture changes one of everything: a group added, one removed, one
//! renamed, a purpose moved between groups into a group that was empty, an
//! explanation and a description changed.

use crate::support::Lang;
use feed_rs::model::Feed;
use scraper::ElementRef;
use snapbox::{IntoData, assert_data_eq, str};

use crate::support::{Kohyo, app, date, get, select, select_in, text};

const GROUPED: &str = "tests/fixtures/purposes-grouped-changes";

fn diff(lang: &str) -> String {
    let (code, out, err) = Kohyo::new(["diff", "--content", GROUPED, "--lang", lang]).run();
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn kohyo_diff_names_the_group_of_each_change() {
    assert_data_eq!(
        diff("ja"),
        str![[r#"
2025年4月1日の改定内容
比較対象：2024年12月2日施行の版
グループ：1件追加、1件削除、1件名称変更／利用目的：2件追加、1件削除、1件説明を変更、1件グループ間で移動／その他の記載を変更。

個人情報の利用目的
  ~ 1.被保険者等に対する保険給付に必要な利用目的
      説明
          ~ レセプト、{+療養費及び高額+}療養費の申請書
      ~ [-健保-]{+当+}組合[-等-]の内部での利用に係る事例（名称変更）
          ~ 保険給付の実施（説明を変更）
              ~ 療養費の申請書{+及び領収書+}により支給額を決定します。
          - レセプトの点検（〔他の事業者等への情報提供を伴う事例〕へ移動）
      ~ 他の事業者等への情報提供を伴う事例
          + レセプトの点検（〔健保組合等の内部での利用に係る事例〕から移動）
          + 審査支払機関への審査の委託
      - その他の事例
          - 第三者行為による損害の求償
  ~ 2.保険料の徴収等に必要な利用目的
      + 他の事業者等への情報提供を伴う事例
          + 市区町村への所得の照会

"#]]
        .raw()
    );
    assert_data_eq!(
        diff("en"),
        str![[r#"
Changes of 1 April 2025
Compared with: Version in effect from 2 December 2024
1 group added, 1 removed, 1 renamed; 2 purposes of use added, 1 removed, 1 explanation changed, 1 moved to another group; other text changed.

Purposes of Use of Personal Information
  ~ 1. Purposes needed to pay insurance benefits
      Description
          ~ Medical claims and applications for medical {+and high-cost medical +}expenses
      ~ Use within [-the-]{+our+} society (Renamed)
          ~ Paying insurance benefits (Explanation changed)
              ~ We set the amount from the application{+ and the receipts+}.
          - Checking medical claims (Moved to “Cases involving provision to others”)
      ~ Cases involving provision to others
          + Checking medical claims (Moved from “Use within the society”)
          + Entrusting claim reviews to the review and payment bodies
      - Other cases
          - Claiming damages caused by third parties
  ~ 2. Purposes needed to collect premiums
      + Cases involving provision to others
          + Asking municipalities about income

"#]]
        .raw()
    );
}

/// The text as it now reads (`skip` = "del") or as it read ("ins"),
/// without the words only screen readers hear and the tags.
fn reads(element: ElementRef<'_>, skip: &str) -> String {
    let mut out = String::new();
    for node in element.descendants() {
        if let Some(text) = node.value().as_text() {
            let hidden = node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    e.name() == skip || e.classes().any(|c| c == "visually-hidden" || c == "tag")
                })
            });
            if !hidden {
                out.push_str(text);
            }
        }
    }
    out.trim().to_owned()
}

/// A text as it read and as it reads, once if the same.
fn both(element: ElementRef<'_>) -> String {
    let (old, new) = (reads(element, "ins"), reads(element, "del"));
    if old == new {
        new
    } else {
        format!("{old} → {new}")
    }
}

fn tags(element: ElementRef<'_>) -> String {
    let tags: Vec<String> = select_in(element, ".tag").into_iter().map(text).collect();
    tags.join(", ")
}

/// Each group of a row, one line for its name and one per purpose with
/// its tags, and per paragraph of its explanation.
fn groups(html: &scraper::Html, row: &str) -> Vec<String> {
    let names = select(html, &format!("#category-{row} td > p.changes__group"));
    let lists = select(html, &format!("#category-{row} td > ul"));
    assert_eq!(names.len(), lists.len(), "one list per group");
    let mut lines = Vec::new();
    for (name, list) in names.into_iter().zip(lists) {
        lines.push(format!("{} [{}]", both(name), tags(name)));
        for li in select_in(list, ":scope > li") {
            let purpose = select_in(li, ":scope > span")[0];
            let tags: Vec<String> = select_in(li, ":scope > .tag")
                .into_iter()
                .map(text)
                .collect();
            lines.push(format!("  {} [{}]", both(purpose), tags.join(", ")));
            for paragraph in select_in(li, ".changes__explanation > .changed-paragraph") {
                lines.push(format!("    {}", both(paragraph)));
            }
        }
    }
    lines
}

#[tokio::test]
async fn the_changes_page_shows_groups_moves_and_explanations() {
    let app = app(GROUPED, date("2025-06-01"));
    let html = get(&app, "/ja/history/2025-04-01/changes/").await.html();
    assert_eq!(
        text(select(&html, ".changes__summary")[0]),
        "グループ：1件追加、1件削除、1件名称変更／利用目的：2件追加、1件削除、1件説明を変更、1件グループ間で移動／その他の記載を変更。"
    );
    assert_eq!(
        groups(&html, "benefits"),
        [
            "健保組合等の内部での利用に係る事例 → 当組合の内部での利用に係る事例 [名称変更]",
            "  保険給付の実施 [説明を変更]",
            "    療養費の申請書により支給額を決定します。 → 療養費の申請書及び領収書により支給額を決定します。",
            "  レセプトの点検 [〔他の事業者等への情報提供を伴う事例〕へ移動]",
            "他の事業者等への情報提供を伴う事例 []",
            "  レセプトの点検 [〔健保組合等の内部での利用に係る事例〕から移動]",
            "   → 審査支払機関への審査の委託 []",
            "その他の事例 →  [削除]",
            "  第三者行為による損害の求償 →  []",
        ]
    );
    assert_eq!(
        groups(&html, "premiums"),
        [
            "健保組合等の内部での利用に係る事例 []",
            "  保険料の徴収 []",
            " → 他の事業者等への情報提供を伴う事例 [追加]",
            "   → 市区町村への所得の照会 []",
        ]
    );
    // Added and removed text is said in words, not only shown by colour.
    let added = select(&html, "#category-premiums ins");
    assert_eq!(text(added[0]), "追加：他の事業者等への情報提供を伴う事例");
    let description = select(&html, "#category-benefits .changes__description")[0];
    assert_eq!(
        text(select_in(description, ".changes__label")[0]),
        "保有する情報の内容"
    );
    let paragraph = select_in(description, ".changed-paragraph")[0];
    assert_eq!(
        both(paragraph),
        "レセプト、療養費の申請書 → レセプト、療養費及び高額療養費の申請書"
    );

    let html = get(&app, "/en/history/2025-04-01/changes/").await.html();
    assert_eq!(
        text(select(&html, ".changes__summary")[0]),
        "1 group added, 1 removed, 1 renamed; 2 purposes of use added, 1 removed, 1 explanation changed, 1 moved to another group; other text changed."
    );
    assert_eq!(
        groups(&html, "benefits"),
        [
            "Use within the society → Use within our society [Renamed]",
            "  Paying insurance benefits [Explanation changed]",
            "    We set the amount from the application. → We set the amount from the application and the receipts.",
            "  Checking medical claims [Moved to “Cases involving provision to others”]",
            "Cases involving provision to others []",
            "  Checking medical claims [Moved from “Use within the society”]",
            "   → Entrusting claim reviews to the review and payment bodies []",
            "Other cases →  [Removed]",
            "  Claiming damages caused by third parties →  []",
        ]
    );
    let description = select(&html, "#category-benefits .changes__description")[0];
    assert_eq!(
        text(select_in(description, ".changes__label")[0]),
        "Information held"
    );
}

async fn entry(lang: Lang) -> String {
    let app = app(GROUPED, date("2025-06-01"));
    let reply = get(&app, &format!("/{lang}/feed.atom")).await;
    let feed: Feed = feed_rs::parser::parse(reply.body.as_bytes()).expect("the feed parses");
    feed.entries[0]
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .expect("the entry has content")
}

#[tokio::test]
async fn the_feeds_name_the_group_of_each_change() {
    let ja = entry(Lang::Ja).await;
    for expected in [
        "<p>グループ：1件追加、1件削除、1件名称変更／利用目的：2件追加、1件削除、1件説明を変更、1件グループ間で移動／その他の記載を変更。</p>",
        "<p><strong>1.被保険者等に対する保険給付に必要な利用目的</strong></p>\n\
         <p><span>当組合の内部での利用に係る事例</span> (名称変更)</p>\n\
         <ul>\n<li>保険給付の実施 (説明を変更)</li>\n</ul>\n\
         <p><span>他の事業者等への情報提供を伴う事例</span></p>\n\
         <ul>\n<li>レセプトの点検 (〔健保組合等の内部での利用に係る事例〕から移動)</li>\n\
         <li>追加：<ins>審査支払機関への審査の委託</ins></li>\n</ul>\n\
         <p><span>その他の事例</span> (削除)</p>\n\
         <ul>\n<li>削除：<del>第三者行為による損害の求償</del></li>\n</ul>",
        "<p><span>他の事業者等への情報提供を伴う事例</span> (追加)</p>\n\
         <ul>\n<li>追加：<ins>市区町村への所得の照会</ins></li>\n</ul>",
    ] {
        assert!(ja.contains(expected), "{expected}\nin\n{ja}");
    }
    let en = entry(Lang::En).await;
    for expected in [
        "<p><span>Use within our society</span> (Renamed)</p>",
        "<li>Paying insurance benefits (Explanation changed)</li>",
        "<li>Checking medical claims (Moved from “Use within the society”)</li>",
        "<p><span>Other cases</span> (Removed)</p>",
    ] {
        assert!(en.contains(expected), "{expected}\nin\n{en}");
    }
}
