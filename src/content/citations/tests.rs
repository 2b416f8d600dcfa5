//! Every entry of the table, in a sentence, on either side of its
//! renumbering; the ways a notice writes a citation; and the numbers that
//! are right in both numberings and must stay unflagged.

use std::collections::BTreeMap;

use jiff::civil::{Date, date};

use super::table::{Number, shipped};
use super::*;

/// The warnings (message, hint) for one Markdown section with `text`.
fn warnings_on(effective: Date, text: &str) -> Vec<(String, String)> {
    let source = RevisionSource {
        folder: effective.to_string(),
        files: BTreeMap::from([("20-requests.ja.md".to_string(), text.to_string())]),
    };
    check(&source, effective)
        .into_iter()
        .map(|d| (d.message, d.hint.unwrap_or_default()))
        .collect()
}

fn messages(effective: Date, text: &str) -> Vec<String> {
    warnings_on(effective, text)
        .into_iter()
        .map(|(message, _)| message)
        .collect()
}

const RENUMBERED: Date = date(2022, 4, 1);
const BEFORE: Date = date(2022, 3, 31);

#[test]
fn every_entry_is_flagged_from_its_renumbering_on_and_not_before() {
    let table = shipped();
    let mut tried = 0;
    for provision in &table.provisions {
        for then in 0..table.epochs.len() - 1 {
            let Some(Number::Known(old)) = provision.numbers[then] else {
                continue;
            };
            let next = then + 1;
            if provision.numbers[next] == Some(Number::Known(old)) {
                continue;
            }
            let Some(new) = provision.numbers[next] else {
                continue;
            };
            // A sentence with the provision's own words.
            let sentence = format!(
                "個人情報保護法{old}（{}）に基づきます。",
                provision.cue.join("・")
            );
            let from = table.epochs[next].from;
            let day_before = from.yesterday().unwrap();
            let on = warnings_on(from, &sentence);
            assert_eq!(on.len(), 1, "{sentence} on {from}: {on:?}");
            assert_eq!(
                on[0].0,
                format!("個人情報保護法{old} is an article number from before {from}")
            );
            match new {
                Number::Known(new) if then + 1 == table.epochs.len() - 1 => {
                    assert!(
                        on[0].1.contains(&format!("is {new}; write {new}")),
                        "{:?}",
                        on[0]
                    );
                }
                Number::Unsettled => {
                    assert!(on[0].1.contains("do not settle"), "{:?}", on[0]);
                }
                Number::Known(_) => {}
            }
            assert!(on[0].1.contains(&provision.subject), "{:?}", on[0]);
            // The day before, it was right: nothing from this renumbering.
            let before = messages(day_before, &sentence);
            assert!(
                before.iter().all(|m| !m.ends_with(&from.to_string())),
                "{sentence} on {day_before}: {before:?}"
            );
            tried += 1;
        }
    }
    assert!(tried >= 30, "{tried}");
}

#[test]
fn the_examples_of_the_issue_name_the_current_number() {
    let hints = |text: &str| -> Vec<String> {
        warnings_on(RENUMBERED, text)
            .into_iter()
            .map(|(_, hint)| hint)
            .collect()
    };
    assert_eq!(
        hints(
            "個人情報保護法第16条第3項各号に該当する場合を除き、本人の同意なく目的外に利用しません。"
        ),
        [
            "since 2022-04-01 (the 2022 amendment (令和2年法律第44号, 令和3年法律第37号 第50条)) the provision on 利用目的による制限の例外 is 第18条第3項; write 第18条第3項"
        ]
    );
    assert_eq!(
        hints("個人情報の保護に関する法律第18条第4項各号に該当する場合は通知しません。")[0],
        "since 2022-04-01 (the 2022 amendment (令和2年法律第44号, 令和3年法律第37号 第50条)) the provision on 利用目的の通知・公表をしないことができる場合 is 第21条第4項; write 第21条第4項"
    );
    let joint = "個人情報の保護に関する法律第23条第5項第3号に基づき共同利用します。";
    assert!(hints(joint)[0].contains("is 第27条第5項第3号; write 第27条第5項第3号"));
    // The day before the amendment took effect, the same text was right.
    assert_eq!(messages(BEFORE, joint), Vec::<String>::new());
}

#[test]
fn a_number_right_in_the_new_numbering_is_not_flagged() {
    for text in [
        // The shipped content's own sentence.
        "※個人情報保護法第21条第4項各号に定める次の場合は、利用目的の通知・公表を行わないことがあります。",
        "個人情報保護法第18条第3項各号に該当する場合を除き、目的外に利用しません。",
        "個人情報保護法第27条第5項第3号に基づき、次のとおり共同利用します。",
        "個人情報保護法第32条に基づき、保有個人データに関する事項を公表します。",
        // New 第16条 is the definitions: 第16条第3項 defines 個人データ.
        "個人データ（個人情報保護法第16条第3項）とは、個人情報データベース等を構成する個人情報をいいます。",
        "個人情報保護法第17条に基づき、利用目的をできる限り特定します。",
        "個人情報保護法第28条の規定により、外国にある第三者へは提供しません。",
    ] {
        assert_eq!(messages(RENUMBERED, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn the_words_around_a_number_decide_when_it_exists_in_both() {
    // 第27条: 公表 before 2022, 第三者提供 since.
    assert_eq!(
        messages(
            RENUMBERED,
            "個人情報保護法第27条第1項に基づき、保有個人データに関する事項を公表します。"
        ),
        ["個人情報保護法第27条第1項 is an article number from before 2022-04-01"]
    );
    assert_eq!(
        messages(
            RENUMBERED,
            "個人情報保護法第27条第1項各号に該当する場合を除き、第三者に提供しません。"
        ),
        Vec::<String>::new()
    );
    // A paragraph the article does not have now needs no words.
    assert_eq!(
        messages(RENUMBERED, "個人情報保護法第18条第4項による。"),
        ["個人情報保護法第18条第4項 is an article number from before 2022-04-01"]
    );
    // Words matching neither: no evidence, no warning.
    assert_eq!(
        messages(RENUMBERED, "個人情報保護法第27条をご覧ください。"),
        Vec::<String>::new()
    );
}

#[test]
fn the_2017_renumbering_is_found_too() {
    let text = "個人情報保護法第24条第1項に基づき、保有個人データに関する事項を公表します。";
    assert_eq!(
        warnings_on(date(2020, 4, 1), text),
        [(
            "個人情報保護法第24条第1項 is an article number from before 2017-05-30".to_string(),
            "since 2017-05-30 (the 2017 amendment (平成27年法律第65号)) the provision on 保有個人データに関する事項の公表等 is 第27条第1項; write 第27条第1項".to_string()
        )]
    );
    assert!(
        warnings_on(date(2024, 4, 1), text)[0]
            .1
            .contains("is 第32条第1項")
    );
    assert_eq!(messages(date(2016, 4, 1), text), Vec::<String>::new());
}

#[test]
fn ho_counts_where_the_revision_defines_it() {
    let definition =
        "個人情報の保護に関する法律（平成15年法律第57号。以下「法」という。）を遵守します。\n";
    let citation = "法第23条第5項第3号に基づき共同利用します。\n";
    assert_eq!(messages(RENUMBERED, citation), Vec::<String>::new());
    assert_eq!(
        messages(RENUMBERED, &format!("{definition}{citation}")),
        ["法第23条第5項第3号 is an article number from before 2022-04-01"]
    );
    // Another law's 法 is not the Act, defined or not.
    assert_eq!(
        messages(
            RENUMBERED,
            &format!("{definition}健康保険法第23条第5項第3号により共同利用します。")
        ),
        Vec::<String>::new()
    );
    // The definition in another file of the revision counts.
    let source = RevisionSource {
        folder: "2022-04-01".into(),
        files: BTreeMap::from([
            ("10-intro.ja.md".to_string(), definition.to_string()),
            ("20-requests.ja.md".to_string(), citation.to_string()),
        ]),
    };
    assert_eq!(check(&source, RENUMBERED).len(), 1);
}

#[test]
fn digits_in_every_width_and_kanji_and_a_parenthesis_after_the_name() {
    for text in [
        "個人情報保護法第１６条第３項に該当する場合を除き、同意なく目的外に利用しません。",
        "個人情報保護法第十六条第三項に該当する場合を除き、同意なく目的外に利用しません。",
        "個人情報の保護に関する法律（平成15年法律第57号）第16条第3項に該当する場合を除き、同意なく目的外に利用しません。",
    ] {
        let found = warnings_on(RENUMBERED, text);
        assert_eq!(found.len(), 1, "{text}");
        assert!(found[0].1.contains("write 第18条第3項"), "{found:?}");
    }
}

#[test]
fn citations_joined_in_a_list_are_each_read() {
    let found = messages(
        RENUMBERED,
        "個人情報保護法第18条第4項及び第23条第5項第3号により、共同利用の場合も通知・公表しません。",
    );
    assert_eq!(
        found,
        [
            "個人情報保護法第18条第4項 is an article number from before 2022-04-01",
            "第23条第5項第3号 is an article number from before 2022-04-01",
        ]
    );
}

#[test]
fn the_change_note_and_toml_comments_are_left_alone() {
    let note = "note = { ja = \"個人情報保護法第16条第3項を第18条第3項に改めました。\" }\n";
    let purposes = "# 個人情報保護法第16条第3項（目的外利用の例外）は旧条番号\nintro = \"x\"\n";
    let source = RevisionSource {
        folder: "2022-04-01".into(),
        files: BTreeMap::from([
            (REVISION_FILE.to_string(), note.to_string()),
            ("purposes.toml".to_string(), purposes.to_string()),
        ]),
    };
    assert_eq!(check(&source, RENUMBERED), Vec::new());
}

#[test]
fn an_unsettled_number_is_not_named() {
    let found = warnings_on(
        RENUMBERED,
        "個人情報保護法第30条第5項により、利用停止等を行わない旨を通知します。",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("do not settle its number"), "{found:?}");
    assert!(found[0].1.contains(ACT_IN_FORCE), "{found:?}");
}
