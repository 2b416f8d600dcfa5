//! What changed, decided on the Japanese: labels compared as texts,
//! categories and sections followed by id, purposes and paragraphs merged
//! by text (see `sequence.rs`).

use super::changes::{
    CategoryDiff, GroupDiff, Item, Label, LabelDiff, PurposesDiff, SectionDiff, Status,
};
use super::groups;
use super::inline::Mark;
use super::sequence::prose;
use super::sequence::{self, Place};
use super::text::{Inline, Side, ja};
use super::text::{paragraph_sides, paragraphs};
use crate::content::{Category, Purposes, Revision, Section, Text};

/// The five labels with their old and new texts, in `Label` order.
pub(super) fn label_texts<'a>(
    old: &'a Revision,
    new: &'a Revision,
) -> [(Label, &'a Text, &'a Text); 5] {
    let (o, n) = (&old.body.purposes, &new.body.purposes);
    [
        (Label::Title, &old.title, &new.title),
        (Label::PurposesHeading, &o.heading, &n.heading),
        (Label::Caption, &o.caption, &n.caption),
        (
            Label::CategoryHeader,
            &o.category_header,
            &n.category_header,
        ),
        (
            Label::PurposesHeader,
            &o.purposes_header,
            &n.purposes_header,
        ),
    ]
}

pub(super) fn labels(old: &Revision, new: &Revision) -> Vec<LabelDiff> {
    label_texts(old, new)
        .into_iter()
        .filter_map(|(label, old, new)| {
            let (old, new) = (ja(old), ja(new));
            (old.text != new.text).then(|| LabelDiff {
                label,
                text: Inline::compare(old, new),
            })
        })
        .collect()
}

pub(super) fn purposes(old: &Purposes, new: &Purposes) -> PurposesDiff {
    PurposesDiff {
        categories: categories(&old.categories, &new.categories),
        intro: prose(old.intro.as_ref(), new.intro.as_ref()),
        notes: prose(old.notes.as_ref(), new.notes.as_ref()),
    }
}

fn categories(old: &[Category], new: &[Category]) -> Vec<CategoryDiff> {
    let old_ids: Vec<&str> = old.iter().map(|c| c.id.as_str()).collect();
    let new_ids: Vec<&str> = new.iter().map(|c| c.id.as_str()).collect();
    sequence::by_key(&old_ids, &new_ids)
        .into_iter()
        .map(|place| match place {
            Place::Removed(i) => whole_category(&old[i], Status::Removed, i),
            Place::Added(j) => whole_category(&new[j], Status::Added, j),
            Place::Both {
                old: i,
                new: j,
                moved,
            } => category(&old[i], i, &new[j], j, moved),
        })
        .collect()
}

fn category(
    old: &Category,
    old_index: usize,
    new: &Category,
    new_index: usize,
    moved: bool,
) -> CategoryDiff {
    let name = Inline::compare(ja(&old.name), ja(&new.name));
    let renamed = name.is_changed();
    let description = prose(old.description.as_ref(), new.description.as_ref());
    let groups = groups::groups(Some(old), Some(new));
    let changed = renamed
        || moved
        || description.iter().any(Item::is_changed)
        || groups.iter().any(GroupDiff::is_changed);
    CategoryDiff {
        id: new.id.clone(),
        status: if changed {
            Status::Changed
        } else {
            Status::Same
        },
        old_index: Some(old_index),
        new_index: Some(new_index),
        name,
        renamed,
        moved,
        description,
        groups,
    }
}

/// A category that is on one side only: `status` is `Added` or `Removed`.
fn whole_category(category: &Category, status: Status, index: usize) -> CategoryDiff {
    let mark = whole_mark(status);
    let (old_index, new_index) = indices(status, index);
    CategoryDiff {
        id: category.id.clone(),
        status,
        old_index,
        new_index,
        name: Inline::whole(mark, ja(&category.name)),
        renamed: false,
        moved: false,
        description: match status {
            Status::Removed => prose(category.description.as_ref(), None),
            _ => prose(None, category.description.as_ref()),
        },
        groups: match status {
            Status::Removed => groups::groups(Some(category), None),
            _ => groups::groups(None, Some(category)),
        },
    }
}

fn whole_mark(status: Status) -> Mark {
    match status {
        Status::Removed => Mark::Removed,
        Status::Added => Mark::Added,
        Status::Same | Status::Changed => Mark::Same,
    }
}

/// A text on one side only, at `index` in its list.
fn whole_item(status: Status, side: Side<'_>, index: usize) -> Item {
    let (old_index, new_index) = indices(status, index);
    Item {
        status,
        moved: false,
        old_index,
        new_index,
        text: Inline::whole(whole_mark(status), side),
    }
}

pub(super) fn sections(old: &[Section], new: &[Section]) -> Vec<SectionDiff> {
    let old_ids: Vec<&str> = old.iter().map(|s| s.id.as_str()).collect();
    let new_ids: Vec<&str> = new.iter().map(|s| s.id.as_str()).collect();
    sequence::by_key(&old_ids, &new_ids)
        .into_iter()
        .map(|place| match place {
            Place::Removed(i) => whole_section(&old[i], Status::Removed, i),
            Place::Added(j) => whole_section(&new[j], Status::Added, j),
            Place::Both {
                old: i,
                new: j,
                moved,
            } => section(&old[i], i, &new[j], j, moved),
        })
        .collect()
}

fn section(
    old: &Section,
    old_index: usize,
    new: &Section,
    new_index: usize,
    moved: bool,
) -> SectionDiff {
    let title = Inline::compare(ja(&old.title), ja(&new.title));
    let blocks = prose(Some(&old.body), Some(&new.body));
    let changed = moved || title.is_changed() || blocks.iter().any(Item::is_changed);
    SectionDiff {
        id: new.id.clone(),
        status: if changed {
            Status::Changed
        } else {
            Status::Same
        },
        old_index: Some(old_index),
        new_index: Some(new_index),
        moved,
        title,
        blocks,
    }
}

/// A section that is on one side only: `status` is `Added` or `Removed`.
fn whole_section(section: &Section, status: Status, index: usize) -> SectionDiff {
    let paragraphs = paragraphs(Some(&section.body));
    let (old_index, new_index) = indices(status, index);
    SectionDiff {
        id: section.id.clone(),
        status,
        old_index,
        new_index,
        moved: false,
        title: Inline::whole(whole_mark(status), ja(&section.title)),
        blocks: paragraph_sides(&paragraphs)
            .into_iter()
            .enumerate()
            .map(|(k, side)| whole_item(status, side, k))
            .collect(),
    }
}

/// The old and new index of an entry on one side only.
fn indices(status: Status, index: usize) -> (Option<usize>, Option<usize>) {
    match status {
        Status::Removed => (Some(index), None),
        _ => (None, Some(index)),
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::fixtures::{
        bi, category, ids, ja, lines, marked, prose, purpose_lines, revision, sample, section,
    };
    use crate::diff::*;
    use crate::lang::Lang;
    use crate::lang::testing::{english as in_english, japanese as in_japanese};

    #[test]
    fn identical_revisions_have_nothing_to_show() {
        let mut revision = sample();
        revision.body.purposes.intro =
            Some(prose("次の目的で利用します。", Some("We use it for:")));
        for lang in crate::lang::testing::LANGUAGES.iter() {
            let diff = diff(&revision, &revision, lang);
            assert!(diff.is_empty(), "{lang}");
            assert_eq!(diff.summary(), Summary::default());
            assert!(!diff.summary().changes_purposes());
            assert_eq!(diff.purposes.categories.len(), 3);
            assert_eq!(diff.sections.len(), 2);
            assert_eq!(lines(&diff.purposes.intro).len(), 1);
        }
    }

    #[test]
    fn an_added_category_counts_with_its_purposes() {
        let old = sample();
        let mut new = sample();
        new.body.purposes.categories.insert(
            1,
            category(
                "notices",
                "通知情報",
                &["医療費通知の送付", "後発医薬品の案内"],
            ),
        );
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            ids(&diff),
            vec![
                ("eligibility", Status::Same),
                ("notices", Status::Added),
                ("premiums", Status::Same),
                ("checkups", Status::Same),
            ]
        );
        let added = &diff.purposes.categories[1];
        assert_eq!((added.old_index, added.new_index), (None, Some(1)));
        assert_eq!(marked(&added.name), "{+通知情報+}");
        assert!(!added.renamed && !added.moved);
        assert_eq!(
            purpose_lines(added),
            ["+ {+医療費通知の送付+}", "+ {+後発医薬品の案内+}"]
        );
        // Inserting before them does not move the others.
        assert!(diff.purposes.categories.iter().all(|c| !c.moved));
        let summary = diff.summary();
        assert_eq!(
            summary,
            Summary {
                categories_added: 1,
                purposes_added: 2,
                ..Summary::default()
            }
        );
        assert!(summary.changes_purposes());
        assert!(!diff.is_empty());
    }

    #[test]
    fn a_removed_category_stays_after_its_old_predecessor() {
        let old = sample();
        let mut new = sample();
        new.body.purposes.categories.remove(1);
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            ids(&diff),
            vec![
                ("eligibility", Status::Same),
                ("premiums", Status::Removed),
                ("checkups", Status::Same),
            ]
        );
        let removed = &diff.purposes.categories[1];
        assert_eq!((removed.old_index, removed.new_index), (Some(1), None));
        assert_eq!(marked(&removed.name), "[-保険料情報-]");
        assert_eq!(purpose_lines(removed), ["- [-保険料の徴収-]"]);
        assert_eq!(
            diff.summary(),
            Summary {
                categories_removed: 1,
                purposes_removed: 1,
                ..Summary::default()
            }
        );

        // The first category has no predecessor: it stays first.
        let mut new = sample();
        new.body.purposes.categories.remove(0);
        let diff = crate::diff::diff(&old, &new, in_japanese());
        assert_eq!(
            ids(&diff),
            vec![
                ("eligibility", Status::Removed),
                ("premiums", Status::Same),
                ("checkups", Status::Same),
            ]
        );
    }

    #[test]
    fn a_renamed_category_keeps_its_id_and_marks_the_new_words() {
        let old = sample();
        let mut new = sample();
        new.body.purposes.categories[0].name = ja("資格関係情報");
        let diff = diff(&old, &new, in_japanese());
        let renamed = &diff.purposes.categories[0];
        assert_eq!(renamed.id, "eligibility");
        assert_eq!(renamed.status, Status::Changed);
        assert!(renamed.renamed && !renamed.moved);
        assert_eq!(marked(&renamed.name), "資格{+関係+}情報");
        assert_eq!(renamed.name.old_text(), "資格情報");
        assert_eq!(renamed.name.new_text(), "資格関係情報");
        assert_eq!(
            purpose_lines(renamed),
            ["  資格の確認", "  健康保険証の発行"]
        );
        let summary = diff.summary();
        assert_eq!(summary.categories_renamed, 1);
        assert!(summary.changes_purposes());
    }

    #[test]
    fn a_category_moved_is_a_change_but_not_of_purposes() {
        let old = sample();
        let mut new = sample();
        new.body.purposes.categories.rotate_left(1);
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            ids(&diff),
            vec![
                ("premiums", Status::Same),
                ("checkups", Status::Same),
                ("eligibility", Status::Changed),
            ]
        );
        let moved = &diff.purposes.categories[2];
        assert!(moved.moved && !moved.renamed);
        assert_eq!((moved.old_index, moved.new_index), (Some(0), Some(2)));
        assert_eq!(
            diff.summary(),
            Summary {
                categories_moved: 1,
                ..Summary::default()
            }
        );
        assert!(!diff.summary().changes_purposes());
        assert!(!diff.is_empty());
    }

    #[test]
    fn purposes_are_added_removed_reworded_and_moved() {
        let old = revision(
            vec![category(
                "eligibility",
                "資格情報",
                &[
                    "資格の確認",
                    "健康保険証の発行",
                    "保険料の徴収",
                    "特定健康診査の実施",
                    "被扶養者の認定",
                ],
            )],
            vec![],
        );
        let new = revision(
            vec![category(
                "eligibility",
                "資格情報",
                &[
                    "資格の確認",
                    "資格確認書の発行",
                    "特定健康診査の実施",
                    "保険料の徴収",
                    "医療費通知の送付",
                ],
            )],
            vec![],
        );
        let diff = diff(&old, &new, in_japanese());
        let category = &diff.purposes.categories[0];
        assert_eq!(category.status, Status::Changed);
        assert_eq!(
            purpose_lines(category),
            [
                "  資格の確認",
                "~ [-健康保険証-]{+資格確認書+}の発行",
                "+↕ {+特定健康診査の実施+}",
                "  保険料の徴収",
                "-↕ [-特定健康診査の実施-]",
                "- [-被扶養者の認定-]",
                "+ {+医療費通知の送付+}",
            ]
        );
        assert_eq!(
            diff.summary(),
            Summary {
                purposes_added: 1,
                purposes_removed: 1,
                purposes_changed: 1,
                purposes_moved: 1,
                ..Summary::default()
            }
        );
    }

    #[test]
    fn purposes_only_reordered_do_not_change_purposes() {
        let old = sample();
        let mut new = sample();
        fixtures::listed(&mut new.body.purposes.categories[2]).reverse();
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            purpose_lines(&diff.purposes.categories[2]),
            [
                "+↕ {+特定保健指導の実施+}",
                "  特定健康診査の実施",
                "-↕ [-特定保健指導の実施-]"
            ]
        );
        let summary = diff.summary();
        assert_eq!(summary.purposes_moved, 1);
        assert!(!summary.changes_purposes());
        assert!(!old.body.purposes.differs_from(&new.body.purposes));
    }

    #[test]
    fn a_duplicate_purpose_is_seen_though_the_purposes_as_a_set_stay() {
        // The one case where the diff and `Purposes::differs_from` part:
        // a reader sees a line go, while the set of purposes is the same.
        // `check` rejects a purpose listed twice, so no built site has it.
        let old = revision(
            vec![category("a", "資格情報", &["資格の確認", "資格の確認"])],
            vec![],
        );
        let new = revision(vec![category("a", "資格情報", &["資格の確認"])], vec![]);
        let summary = diff(&old, &new, in_japanese()).summary();
        assert_eq!(summary.purposes_removed, 1);
        assert!(summary.changes_purposes());
        assert!(!old.body.purposes.differs_from(&new.body.purposes));
    }

    #[test]
    fn an_english_rewording_that_moves_words_is_one_purpose_reworded() {
        let old = revision(
            vec![category(
                "a",
                "資格情報",
                &["Issuing notices of medical expenses"],
            )],
            vec![],
        );
        let new = revision(
            vec![category(
                "a",
                "資格情報",
                &["Issuing medical expense notices"],
            )],
            vec![],
        );
        let summary = diff(&old, &new, in_japanese()).summary();
        assert_eq!((summary.purposes_changed, summary.purposes_added), (1, 0));
    }

    #[test]
    fn unrelated_purposes_in_one_place_are_not_paired() {
        let old = revision(vec![category("a", "資格情報", &["保険料の徴収"])], vec![]);
        let new = revision(vec![category("a", "資格情報", &["保険給付の支給"])], vec![]);
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            purpose_lines(&diff.purposes.categories[0]),
            ["- [-保険料の徴収-]", "+ {+保険給付の支給+}"]
        );
    }

    #[test]
    fn sections_are_added_removed_and_changed_by_paragraph() {
        let old = sample();
        let mut new = sample();
        new.sections[0].body = prose(
            "## 組織的安全管理措置\n\n責任者及び担当者を置きます。\n\n- 規程の整備\n- 研修の実施\n- 監査の実施\n",
            None,
        );
        new.sections.remove(1);
        new.sections.push(section(
            "contact",
            "お問い合わせ",
            "電話でどうぞ。\n\n平日のみ。",
        ));
        let diff = diff(&old, &new, in_japanese());
        let shown: Vec<_> = diff
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.status, marked(&s.title), lines(&s.blocks)))
            .collect();
        assert_eq!(
            shown,
            vec![
                (
                    "safety",
                    Status::Changed,
                    "安全管理措置".to_owned(),
                    vec![
                        "  組織的安全管理措置".to_owned(),
                        "~ 責任者{+及び担当者+}を置きます。".to_owned(),
                        "  規程の整備".to_owned(),
                        "  研修の実施".to_owned(),
                        "+ {+監査の実施+}".to_owned(),
                    ]
                ),
                (
                    "requests",
                    Status::Removed,
                    "[-開示等の請求-]".to_owned(),
                    vec!["- [-窓口で受け付けます。-]".to_owned()]
                ),
                (
                    "contact",
                    Status::Added,
                    "{+お問い合わせ+}".to_owned(),
                    vec![
                        "+ {+電話でどうぞ。+}".to_owned(),
                        "+ {+平日のみ。+}".to_owned()
                    ]
                ),
            ]
        );
        assert_eq!(
            diff.summary(),
            Summary {
                sections_added: 1,
                sections_removed: 1,
                sections_changed: 1,
                paragraphs_changed: 5,
                ..Summary::default()
            }
        );
        assert!(!diff.summary().changes_purposes());
    }

    #[test]
    fn a_renumbered_section_has_moved() {
        let old = sample();
        let mut new = sample();
        new.sections.reverse();
        let diff = diff(&old, &new, in_japanese());
        let places: Vec<_> = diff
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.status, s.old_index, s.new_index, s.moved))
            .collect();
        assert_eq!(
            places,
            vec![
                ("requests", Status::Changed, Some(1), Some(0), true),
                ("safety", Status::Same, Some(0), Some(1), false),
            ]
        );
        assert_eq!(diff.summary().sections_changed, 1);
        assert_eq!(diff.summary().paragraphs_changed, 0);
    }

    #[test]
    fn a_retitled_section_is_changed() {
        let old = sample();
        let mut new = sample();
        new.sections[1].title = ja("開示等の請求の手続");
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(diff.sections[1].status, Status::Changed);
        assert_eq!(marked(&diff.sections[1].title), "開示等の請求{+の手続+}");
        assert_eq!(diff.summary().sections_changed, 1);
        assert_eq!(diff.summary().paragraphs_changed, 0);
    }

    #[test]
    fn intro_and_notes_are_compared_by_paragraph() {
        let old = sample();
        let mut new = sample();
        new.body.purposes.intro = Some(prose("当組合は、次の目的で個人情報を利用します。", None));
        let mut with_notes = sample();
        with_notes.body.purposes.notes = Some(prose(
            "注：目的外には利用しません。\n\n- 法令に基づく場合を除く\n",
            None,
        ));
        new.body.purposes.notes = Some(prose(
            "注：目的外には利用しません。\n\n- 法令に基づく場合及び本人の同意がある場合を除く\n",
            None,
        ));
        let diff = diff(&with_notes, &new, in_japanese());
        assert_eq!(
            lines(&diff.purposes.intro),
            ["+ {+当組合は、次の目的で個人情報を利用します。+}"]
        );
        assert_eq!(
            lines(&diff.purposes.notes),
            [
                "  注：目的外には利用しません。",
                "~ 法令に基づく{+場合及び本人の同意がある+}場合を除く"
            ]
        );
        assert_eq!(diff.summary().paragraphs_changed, 2);
        assert!(!diff.summary().changes_purposes());
        assert!(
            crate::diff::diff(&old, &old, in_japanese())
                .purposes
                .intro
                .is_empty()
        );
    }

    #[test]
    fn labels_that_differ_are_listed() {
        let old = sample();
        let mut new = sample();
        new.body.purposes.caption = bi("個人情報の利用目的一覧", "List of purposes of use");
        new.title = ja("個人情報の取扱いについて");
        let diff_ja = diff(&old, &new, in_japanese());
        assert_eq!(diff_ja.labels.len(), 1);
        assert_eq!(diff_ja.labels[0].label, Label::Caption);
        assert_eq!(
            marked(&diff_ja.labels[0].text),
            "個人情報の利用目的{+一覧+}"
        );
        assert!(!diff_ja.summary().changes_purposes());
        assert!(!diff_ja.is_empty(), "a label change is seen");

        let diff_en = diff(&old, &new, in_english());
        let labels: Vec<_> = diff_en
            .labels
            .iter()
            .map(|l| {
                let text = &l.text;
                (
                    l.label,
                    text.old_lang,
                    text.lang,
                    text.translation,
                    marked(text),
                )
            })
            .collect();
        assert_eq!(
            labels,
            vec![
                // The Japanese title stayed; only its translation went.
                (
                    Label::Title,
                    Lang::JA,
                    Lang::JA,
                    Translation::Updated,
                    "個人情報の取扱いについて".to_owned()
                ),
                (
                    Label::Caption,
                    Lang::TEST_EN,
                    Lang::TEST_EN,
                    Translation::InStep,
                    "[-Purposes of use of personal information-]{+List of purposes of use+}"
                        .to_owned()
                ),
            ]
        );
        assert!(!diff_en.is_empty(), "the caption changed");
        assert_eq!(diff_en.summary().translation.updated, 1);
    }

    #[test]
    fn a_huge_paragraph_is_still_diffed_correctly() {
        let sentence = "加入者の資格を確認し、保険給付を支給します。";
        let old_body = sentence.repeat(inline::WORD_TOKEN_CAP / 4);
        let new_body = format!(
            "{}追記します。{old_body}",
            old_body.replacen("支給", "還付", 1)
        );
        let old = revision(vec![], vec![section("s", "題", &old_body)]);
        let new = revision(vec![], vec![section("s", "題", &new_body)]);
        let diff = diff(&old, &new, in_japanese());
        let blocks = &diff.sections[0].blocks;
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].status, Status::Changed);
        assert_eq!(blocks[0].text.old_text(), old_body);
        assert_eq!(blocks[0].text.new_text(), new_body);
    }
}
