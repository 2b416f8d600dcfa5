//! `kohyo diff`: the changes page's diff in the terminal, pinned exactly as
//! staff see it when the output is not a terminal (no colours).

use crate::support::Kohyo;
use snapbox::{IntoData, assert_data_eq, str};

fn diff(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    Kohyo::new(&all).run()
}

#[test]
fn by_default_the_latest_revision_against_the_one_before() {
    let (code, out, _) = diff(&[]);
    assert_eq!(code, 0);
    assert_data_eq!(
        &out,
        str![[r#"
2024年12月2日の改定内容
比較対象：2023年4月1日施行の版
類型：1件追加／利用目的：3件追加。

個人情報の利用目的
  + マイナ保険証の紐づけ状況
      + 資格確認書および各種証の発行管理
      + マイナ保険証の利用勧奨
      + 電子証明書の再交付勧奨

"#]]
        .raw()
    );
}

#[test]
fn two_dates_in_english_with_reworded_and_added_text() {
    let (code, out, _) = diff(&["2022-04-01", "2023-04-01", "--lang", "en"]);
    assert_eq!(code, 0);
    assert_data_eq!(
        &out,
        str![[r#"
Changes of 1 April 2023
Compared with: Version in effect from 1 April 2022
1 purpose of use added, 1 reworded; other text changed.

Purposes of Use of Personal Information
  ~ Information on medical claims (receipts)
      ~ Issuing [-notices of medical expenses-]{+medical expense notices+}
  ~ Information on health checkups
      + Providing information to the Online Eligibility Confirmation System

~ Safety Management Measures
  ~ In addition to setting out confidentiality obligations concerning personal data in our work rules, we regularly train staff on the points to observe when handling personal data{+, verify how effective the training is, and put the results to use in our measures for protecting personal information+}.

"#]].raw()
    );
}

#[test]
fn renames_moves_and_prose_only_changes_are_named() {
    let (_, renamed, _) = diff(&["--content", "tests/fixtures/history-renamed-category"]);
    assert!(
        renamed.ends_with(
            "個人情報の利用目的\n  ~ 健[-康診査-]{+診・検診+}に関する情報（名称変更、掲載順の変更）\n"
        ),
        "{renamed}"
    );
    let (_, prose, _) = diff(&["--content", "tests/fixtures/history-prose-only"]);
    assert_data_eq!(
        &prose,
        str![[r#"
2025年4月1日の改定内容
比較対象：2024年12月2日施行の版
その他の記載を変更。
この改定では利用目的を変更していません。

~ 安全管理措置の内容
  ~ 個人データを取り扱う職員の範囲を明確にし{+、定期的に研修を実施し+}ています。

"#]]
        .raw()
    );
}

#[test]
fn unknown_dates_and_wrong_orders_are_one_line_errors() {
    for (args, message) in [
        (
            vec!["2020-01-01"],
            "error: no revision takes effect on 2020-01-01; the revisions are 2022-04-01, 2023-04-01, 2024-12-02\n",
        ),
        (
            vec!["2024-12-02", "2023-04-01"],
            "error: 2024-12-02 does not take effect before 2023-04-01: give the earlier revision first\n",
        ),
        (
            vec!["--content", "tests/fixtures/history-single"],
            "error: there is only one revision (2024-12-02), so there is nothing to compare it with\n",
        ),
    ] {
        let (code, out, err) = diff(&args);
        assert_eq!(code, 1, "{args:?}");
        assert!(out.is_empty());
        assert_eq!(err, message);
    }
    // The site's languages are known once its content is read.
    let (code, _, err) = diff(&["--lang", "fr"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: \"fr\" is not a language of this site; its languages are ja, en (languages in site.toml)\n"
    );
}

const ENGLISH_LATER: &str = "tests/fixtures/history-english-later";

#[test]
fn in_english_the_changes_are_those_of_the_japanese() {
    let (code, out, _) = diff(&[
        "--content",
        ENGLISH_LATER,
        "2024-10-01",
        "2025-04-01",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    assert_data_eq!(
        &out,
        str![[r#"
Changes of 1 April 2025
Compared with: Version in effect from 1 October 2024
1 category removed, 1 renamed; 3 purposes of use removed, 1 reworded; other text changed. English translation not yet updated: 3 texts (shown in Japanese).

Purposes of Use of Personal Information
  ~ Information on eligibility
      ~ 加入者の{+資格の+}管理 (English not yet updated: shown in Japanese)
  ~ Information on benefits
      - Sending notices of medical expenses
  ~ 健診{+・保健指導+}に関する情報 (Renamed, English not yet updated: shown in Japanese)
      - Encouraging members to have a checkup
  - Information on health insurance cards
      - Issuing health insurance cards

~ Safety Management Measures
  ~ 個人データを取り扱う職員の範囲を明確にし{+、定期的に研修を実施し+}ています。 (English not yet updated: shown in Japanese)

"#]].raw()
    );
    let (_, ja, _) = diff(&["--content", ENGLISH_LATER, "2024-10-01", "2025-04-01"]);
    assert!(
        ja.contains(
            "類型：1件削除、1件名称変更／利用目的：3件削除、1件変更／その他の記載を変更。\n"
        ),
        "{ja}"
    );
}

#[test]
fn a_translation_filled_in_later_is_listed_apart_and_changes_nothing() {
    let (code, out, _) = diff(&[
        "--content",
        ENGLISH_LATER,
        "2024-04-01",
        "2024-10-01",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    assert_data_eq!(
        &out,
        str![[r#"
Changes of 1 October 2024
Compared with: Version in effect from 1 April 2024
English translation updated: 4 texts.
This revision does not change the purposes of use.

Translation updated
  Information on eligibility: Managing the records of members
  Name of a category: Information on benefits
  Information on benefits: Paying insurance benefits
  Information on benefits: Sending notices of medical expenses

"#]]
        .raw()
    );
    let (_, ja, _) = diff(&["--content", ENGLISH_LATER, "2024-04-01", "2024-10-01"]);
    assert_data_eq!(
        &ja,
        str![[r#"
2024年10月1日の改定内容
比較対象：2024年4月1日施行の版
この改定では利用目的を変更していません。

"#]]
        .raw()
    );
}
