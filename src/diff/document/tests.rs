//! The diff of a document besides the notice: each kind, each item of a
//! joint use, the English following the Japanese.

use crate::lang::Lang;
use jiff::civil::date;

use super::*;
use crate::content::{Arrangement, Body, EntryKind, PublicationEntry, Revision};
use crate::content::{JointUse, Publications, Responsible, Section};
use crate::diff::changes::{Label, Status};
use crate::diff::fixtures::{bi, ja, lines, marked, prose, section};
use crate::diff::text::Translation;
use crate::lang::testing::{english as in_english, japanese as in_japanese};

fn document(body: Body, sections: Vec<Section>) -> Revision<Body> {
    Revision {
        effective: date(2025, 4, 1),
        announced: date(2025, 3, 1),
        title: bi("個人データの共同利用について", "Joint Use of Personal Data"),
        note: ja("公表しました。"),
        body,
        sections,
        seal: crate::content::seal::Seal::of_nothing(),
    }
}

fn arrangement(id: &str) -> Arrangement {
    Arrangement {
        id: id.to_owned(),
        name: bi("高額医療交付金交付事業", "High-cost medical care grants"),
        items: prose(
            "被保険者等の記号・番号\n",
            Some("Insured person's number\n"),
        ),
        users: prose("健康保険組合連合会及び健康保険組合\n", None),
        purposes: prose("交付金の交付のため\n", Some("To pay the grants\n")),
        responsible: Responsible {
            id: "kenporen".to_owned(),
            name: bi("健康保険組合連合会", "National Federation"),
            address: bi("東京都港区南青山一丁目", "Minami-Aoyama, Minato, Tokyo"),
            representative: Some(bi("会長　見本太郎", "Taro Mihon, Chair")),
        },
        notes: None,
        change: None,
    }
}

fn joint_use(arrangements: Vec<Arrangement>) -> Revision<Body> {
    document(Body::JointUse(JointUse { arrangements }), vec![])
}

fn arrangements(diff: &DocumentDiff) -> &[ArrangementDiff] {
    match &diff.body {
        BodyDiff::JointUse(arrangements) => arrangements,
        other => panic!("not a joint use: {other:?}"),
    }
}

fn entries(diff: &DocumentDiff) -> &[EntryDiff] {
    match &diff.body {
        BodyDiff::Publications(entries) => entries,
        other => panic!("not publications: {other:?}"),
    }
}

fn field(arrangement: &ArrangementDiff, item: JointUseItem) -> Vec<String> {
    let field = arrangement
        .fields
        .iter()
        .find(|field| field.field == item)
        .expect("every item has a field");
    lines(&field.paragraphs)
}

#[test]
fn identical_revisions_have_nothing_to_show() {
    let revision = joint_use(vec![arrangement("grants")]);
    for lang in crate::lang::testing::LANGUAGES.iter() {
        let diff = document_diff(&revision, &revision, lang);
        assert!(diff.is_empty(), "{lang}");
        assert_eq!(diff.summary(), DocumentSummary::default());
        assert_eq!(arrangements(&diff)[0].status, Status::Same);
    }
}

#[test]
fn a_representative_changed_is_named_and_diffed_by_word() {
    let old = joint_use(vec![arrangement("grants")]);
    let mut new = old.clone();
    let Body::JointUse(body) = &mut new.body else {
        unreachable!()
    };
    body.arrangements[0].responsible.representative =
        Some(bi("会長　見本花子", "Hanako Mihon, Chair"));
    let diff = document_diff(&old, &new, in_japanese());
    let changed = &arrangements(&diff)[0];
    assert_eq!(changed.status, Status::Changed);
    assert!(!changed.replaced && !changed.renamed);
    assert_eq!(
        changed.changed_items(),
        [JointUseItem::ResponsibleRepresentative]
    );
    assert_eq!(
        field(changed, JointUseItem::ResponsibleRepresentative),
        ["~ 会長　見本[-太郎-]{+花子+}"]
    );
    assert_eq!(
        field(changed, JointUseItem::ResponsibleName),
        ["  健康保険組合連合会"]
    );
    assert_eq!(
        diff.summary(),
        DocumentSummary {
            arrangements_changed: 1,
            joint_use_items: vec![JointUseItem::ResponsibleRepresentative],
            ..DocumentSummary::default()
        }
    );

    // The English shows the same change in its words.
    let english = document_diff(&old, &new, in_english());
    let changed = &arrangements(&english)[0];
    assert_eq!(
        field(changed, JointUseItem::ResponsibleRepresentative),
        ["~ [-Taro-]{+Hanako+} Mihon, Chair"]
    );
    assert_eq!(
        english.summary().joint_use_items,
        diff.summary().joint_use_items
    );
}

#[test]
fn the_declared_basis_goes_with_a_change_of_the_items_or_users_only() {
    use crate::content::ChangeBasis;
    let old = joint_use(vec![arrangement("grants")]);
    let declared = |edit: fn(&mut Arrangement)| {
        let mut new = old.clone();
        let Body::JointUse(body) = &mut new.body else {
            unreachable!()
        };
        edit(&mut body.arrangements[0]);
        body.arrangements[0].change = Some(ChangeBasis::Rename);
        new
    };
    let renamed_user = declared(|a| a.users = prose("健康保険組合連合会及び見本組合\n", None));
    for lang in crate::lang::testing::LANGUAGES.iter() {
        let diff = document_diff(&old, &renamed_user, lang);
        assert_eq!(
            arrangements(&diff)[0].basis,
            Some(ChangeBasis::Rename),
            "{lang}"
        );
    }
    // Left over from the revision copied: the purposes changed, not the
    // items or users, and nothing was changed on that basis.
    let purposes = declared(|a| a.purposes = prose("交付金の申請のため\n", None));
    let diff = document_diff(&old, &purposes, in_japanese());
    assert_eq!(arrangements(&diff)[0].basis, None);
    // A new arrangement has nothing before it to change from.
    let added = joint_use(vec![arrangement("grants"), {
        let mut new = arrangement("checkups");
        new.change = Some(ChangeBasis::Consent);
        new
    }]);
    let diff = document_diff(&old, &added, in_japanese());
    assert_eq!(arrangements(&diff)[1].status, Status::Added);
    assert_eq!(arrangements(&diff)[1].basis, None);
}

#[test]
fn each_item_of_the_law_is_named_when_it_changes() {
    type Edit = fn(&mut Arrangement);
    let cases: [(Edit, JointUseItem); 8] = [
        (
            |a| a.name = ja("高額医療交付金交付事業における共同利用"),
            JointUseItem::Name,
        ),
        (
            |a| a.items = prose("被保険者等の記号・番号\n\n診療報酬明細書\n", None),
            JointUseItem::Items,
        ),
        (
            |a| a.users = prose("健康保険組合連合会及び全国の健康保険組合\n", None),
            JointUseItem::Users,
        ),
        (
            |a| a.purposes = prose("交付金の交付及び審査のため\n", None),
            JointUseItem::Purposes,
        ),
        (
            |a| a.responsible.name = ja("一般社団法人健康保険組合連合会"),
            JointUseItem::ResponsibleName,
        ),
        (
            |a| a.responsible.address = ja("東京都港区南青山二丁目"),
            JointUseItem::ResponsibleAddress,
        ),
        (
            |a| a.responsible.representative = None,
            JointUseItem::ResponsibleRepresentative,
        ),
        (
            |a| a.notes = Some(prose("電子媒体で提出します。\n", None)),
            JointUseItem::Notes,
        ),
    ];
    for (edit, item) in cases {
        let old = arrangement("grants");
        let mut new = old.clone();
        edit(&mut new);
        let diff = document_diff(&joint_use(vec![old]), &joint_use(vec![new]), in_japanese());
        assert_eq!(arrangements(&diff)[0].changed_items(), [item], "{item:?}");
        assert_eq!(diff.summary().arrangements_changed, 1, "{item:?}");
    }
}

#[test]
fn a_responsible_person_replaced_is_not_one_renamed() {
    let old = arrangement("grants");
    let mut renamed = old.clone();
    renamed.responsible.name = ja("見本健康保険組合連合会");
    let mut replaced = renamed.clone();
    replaced.responsible.id = "mihon-federation".to_owned();

    let diff = document_diff(
        &joint_use(vec![old.clone()]),
        &joint_use(vec![renamed]),
        in_japanese(),
    );
    let same_person = &arrangements(&diff)[0];
    assert!(!same_person.replaced);
    assert_eq!(same_person.changed_items(), [JointUseItem::ResponsibleName]);

    let diff = document_diff(
        &joint_use(vec![old]),
        &joint_use(vec![replaced]),
        in_japanese(),
    );
    let other_person = &arrangements(&diff)[0];
    assert!(other_person.replaced);
    // Said once, as the person replaced; its name's change is still shown.
    assert_eq!(other_person.changed_items(), [JointUseItem::Responsible]);
    assert_eq!(
        field(other_person, JointUseItem::ResponsibleName),
        ["~ {+見本+}健康保険組合連合会"]
    );
    // Replaced with every word the same is still a change.
    let old = arrangement("grants");
    let mut same_words = old.clone();
    same_words.responsible.id = "another".to_owned();
    let diff = document_diff(
        &joint_use(vec![old]),
        &joint_use(vec![same_words]),
        in_japanese(),
    );
    assert_eq!(arrangements(&diff)[0].status, Status::Changed);
    assert_eq!(diff.summary().joint_use_items, [JointUseItem::Responsible]);
}

#[test]
fn arrangements_are_matched_by_id() {
    let old = joint_use(vec![arrangement("grants"), arrangement("checkups")]);
    let mut added = arrangement("claims");
    added.name = bi("レセプト点検", "Claims review");
    let new = joint_use(vec![arrangement("grants"), added]);
    let diff = document_diff(&old, &new, in_japanese());
    let shown: Vec<_> = arrangements(&diff)
        .iter()
        .map(|a| (a.id.as_str(), a.status, marked(&a.name)))
        .collect();
    assert_eq!(
        shown,
        [
            ("grants", Status::Same, "高額医療交付金交付事業".to_owned()),
            (
                "checkups",
                Status::Removed,
                "[-高額医療交付金交付事業-]".to_owned()
            ),
            ("claims", Status::Added, "{+レセプト点検+}".to_owned()),
        ]
    );
    let added = &arrangements(&diff)[2];
    assert!(
        added.changed_items().is_empty(),
        "a whole arrangement is added"
    );
    assert_eq!(
        field(added, JointUseItem::Purposes),
        ["+ {+交付金の交付のため+}"]
    );
    let summary = diff.summary();
    assert_eq!(
        (
            summary.arrangements_added,
            summary.arrangements_removed,
            summary.arrangements_changed
        ),
        (1, 1, 0)
    );
    // In English, the added arrangement's name is its translation.
    let english = document_diff(&old, &new, in_english());
    assert_eq!(marked(&arrangements(&english)[2].name), "{+Claims review+}");
}

#[test]
fn a_translation_alone_updated_is_no_change() {
    let old = arrangement("grants");
    let mut new = old.clone();
    new.users = prose(
        "健康保険組合連合会及び健康保険組合\n",
        Some("The federation and the societies\n"),
    );
    let (old, new) = (joint_use(vec![old]), joint_use(vec![new]));
    let english = document_diff(&old, &new, in_english());
    assert!(english.is_empty());
    assert_eq!(english.summary().translation.updated, 1);
    assert!(document_diff(&old, &new, in_japanese()).is_empty());
}

#[test]
fn a_japanese_change_the_translation_did_not_follow_is_lagging() {
    let old = arrangement("grants");
    let mut new = old.clone();
    new.purposes = prose("交付金の交付及び審査のため\n", Some("To pay the grants\n"));
    let english = document_diff(&joint_use(vec![old]), &joint_use(vec![new]), in_english());
    let changed = &arrangements(&english)[0];
    let purposes = &changed.fields[2];
    assert_eq!(purposes.field, JointUseItem::Purposes);
    assert_eq!(
        purposes.paragraphs[0].text.translation,
        Translation::Lagging
    );
    assert_eq!(purposes.paragraphs[0].text.lang, Lang::JA);
    assert_eq!(english.summary().translation.lagging, 1);
    assert_eq!(changed.changed_items(), [JointUseItem::Purposes]);
}

fn entry(id: &str, day: i8) -> PublicationEntry {
    PublicationEntry {
        id: id.to_owned(),
        date: date(2024, 6, day),
        kind: EntryKind::AnonymisedCreated,
        event: None,
        title: bi("健診データの匿名加工情報", "Anonymised checkup data"),
        items: Some(prose("性別\n\n年齢\n", Some("Sex\n\nAge\n"))),
        purposes: None,
        method: None,
        recipients: None,
        notes: None,
    }
}

fn publications(entries: Vec<PublicationEntry>) -> Revision<Body> {
    document(Body::Publications(Publications { entries }), vec![])
}

#[test]
fn publications_list_entries_added_and_say_honestly_what_else_changed() {
    let old = publications(vec![entry("first", 3)]);
    let mut provided = entry("second", 20);
    provided.kind = EntryKind::AnonymisedProvided;
    provided.method = Some(prose("暗号化した電子媒体で提供します。\n", None));
    let new = publications(vec![entry("first", 3), provided]);
    let diff = document_diff(&old, &new, in_japanese());
    let listed: Vec<_> = entries(&diff)
        .iter()
        .map(|e| (e.id.as_str(), e.status, e.date, e.kind))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "first",
                Status::Same,
                date(2024, 6, 3),
                EntryKind::AnonymisedCreated
            ),
            (
                "second",
                Status::Added,
                date(2024, 6, 20),
                EntryKind::AnonymisedProvided
            ),
        ]
    );
    let method = &entries(&diff)[1].fields[2];
    assert_eq!(method.field, EntryField::Method);
    assert_eq!(
        lines(&method.paragraphs),
        ["+ {+暗号化した電子媒体で提供します。+}"]
    );
    assert_eq!(
        diff.summary(),
        DocumentSummary {
            entries_added: 1,
            ..DocumentSummary::default()
        }
    );

    // `check` refuses these; the diff still says what it sees.
    let mut changed = entry("first", 4);
    changed.items = Some(prose("性別\n\n年齢階級\n", None));
    let diff = document_diff(&new, &publications(vec![changed]), in_japanese());
    let first = &entries(&diff)[0];
    assert_eq!(first.status, Status::Changed);
    assert_eq!(first.old_date, Some(date(2024, 6, 3)));
    assert_eq!(
        first.changed_fields(),
        [EntryField::Date, EntryField::Items]
    );
    assert_eq!(entries(&diff)[1].status, Status::Removed);
    let summary = diff.summary();
    assert_eq!((summary.entries_changed, summary.entries_removed), (1, 1));
}

#[test]
fn a_policy_changes_by_section_and_its_title_is_a_label() {
    let old = document(
        Body::Policy,
        vec![
            section("basic", "基本方針", "法令を遵守します。\n"),
            section("review", "見直し", "毎年見直します。\n"),
        ],
    );
    let mut new = old.clone();
    new.title = bi("個人情報保護方針", "Privacy Policy");
    new.sections[0].body = prose("法令及び指針を遵守します。\n", None);
    let diff = document_diff(&old, &new, in_japanese());
    assert_eq!(diff.body, BodyDiff::Policy);
    let title = diff.title.as_ref().expect("the title changed");
    assert_eq!(title.label, Label::Title);
    assert_eq!(
        marked(&title.text),
        "個人[-データの共同利用について-]{+情報保護方針+}"
    );
    assert_eq!(
        lines(&diff.sections[0].blocks),
        ["~ 法令{+及び指針+}を遵守します。"]
    );
    assert_eq!(
        diff.summary(),
        DocumentSummary {
            title_changed: true,
            sections_changed: 1,
            paragraphs_changed: 1,
            ..DocumentSummary::default()
        }
    );
    let english = document_diff(&old, &new, in_english());
    assert_eq!(
        marked(&english.title.as_ref().expect("changed").text),
        "[-Joint Use of Personal Data-]{+Privacy Policy+}"
    );
    assert_eq!(english.summary().sections_changed, 1);
}
