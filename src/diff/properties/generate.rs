//! The revisions the properties are tried on: generated from small
//! vocabularies of the shapes real notices have, and pairs of revisions
//! either unrelated or one a few edits away from the other.

use proptest::prelude::*;
use proptest::sample::{select, subsequence};

use crate::content::{
    Category, Group, GroupLabel, Multilingual, Prose, Purpose, Revision, Section, Text, markdown,
};
use crate::diff::fixtures::{self, prose, revision};

const IDS: &[&str] = &["eligibility", "premiums", "benefits", "checkups", "notices"];
const NAMES: &[&str] = &[
    "資格情報",
    "資格関係情報",
    "保険料情報",
    "給付情報",
    "健診情報",
];
const NAMES_EN: &[&str] = &["Eligibility", "Eligibility information", "Premiums"];
const PURPOSES: &[&str] = &[
    "資格の確認",
    "健康保険証の発行",
    "資格確認書の発行",
    "マイナンバーカードの利用勧奨",
    "マイナ保険証の利用勧奨",
    "保険料の徴収",
    "保険料の徴収及び還付",
    "保険給付の支給",
    "保険給付及び附加給付の支給",
    "特定健康診査の実施",
    "特定健康診査・特定保健指導の実施",
    "医療費通知の送付",
];
const PURPOSES_EN: &[&str] = &[
    "Checking eligibility",
    "Issuing health insurance certificates",
    "Issuing eligibility certificates",
    "Collecting premiums",
    "Collecting and refunding premiums",
    // An untranslated-looking translation: the same text as a Japanese one.
    "マイナ保険証の利用勧奨",
];
const PARAGRAPHS: &[&str] = &[
    "責任者を置きます。",
    "責任者及び担当者を置きます。",
    "規程を整備します。",
    "マイナンバーカードを確認します。",
    "マイナ保険証を確認します。",
    "We train staff.",
    "We train all staff every year.",
];
const GROUP_IDS: &[&str] = &["internal", "provision", "other"];
const GROUP_NAMES: &[&str] = &[
    "健保組合等の内部での利用に係る事例",
    "他の事業者等への情報提供を伴う事例",
    "内部での利用",
    "その他",
];
const GROUP_NAMES_EN: &[&str] = &["Use within the society", "Provision to others"];
/// Plain paragraphs, so that an explanation's source and its paragraphs
/// change together (`Purposes::differs_from` reads the source).
const EXPLANATIONS: &[&str] = &[
    "様式により確認します。",
    "様式及び帳票により確認します。",
    "請求書を審査します。",
    "We check the form.",
];
const EXPLANATIONS_EN: &[&str] = &["We check the form.", "We check forms and ledgers."];
const SECTION_IDS: &[&str] = &["safety", "requests", "contact"];
const TITLES: &[&str] = &["安全管理措置", "安全管理のための措置", "開示等の請求"];
const TITLES_EN: &[&str] = &["Safety measures", "Requests"];

fn text(ja: &'static [&'static str], en: &'static [&'static str]) -> impl Strategy<Value = Text> {
    (select(ja), proptest::option::of(select(en)))
        .prop_map(|(ja, en)| Multilingual::ja_en(ja.to_owned(), en.map(str::to_owned)))
}

/// An explanation of one or two plain paragraphs, sometimes translated.
fn explanation() -> impl Strategy<Value = Option<Multilingual<Prose>>> {
    proptest::option::of((
        subsequence(EXPLANATIONS, 1..=2),
        proptest::option::of(select(EXPLANATIONS_EN)),
    ))
    .prop_map(|explanation| explanation.map(|(ja, en)| prose(&ja.join("\n\n"), en)))
}

fn explained(pick: usize) -> Option<Multilingual<Prose>> {
    (!pick.is_multiple_of(3)).then(|| prose(EXPLANATIONS[pick % EXPLANATIONS.len()], None))
}

/// A category's purposes: distinct in Japanese, as in any real
/// table (see `Summary::changes_purposes` on duplicates).
fn purposes() -> impl Strategy<Value = Vec<Purpose>> {
    subsequence(PURPOSES, 0..=5)
        .prop_shuffle()
        .prop_flat_map(|ja| {
            let rest = proptest::collection::vec(
                (proptest::option::of(select(PURPOSES_EN)), explanation()),
                ja.len(),
            );
            (Just(ja), rest)
        })
        .prop_map(|(ja, rest)| {
            ja.into_iter()
                .zip(rest)
                .map(|(ja, (en, explanation))| Purpose {
                    text: Multilingual::ja_en(ja.to_owned(), en.map(str::to_owned)),
                    explanation,
                })
                .collect()
        })
}

/// A category's purposes listed directly (one group without a label) or
/// split into labelled groups, some of them empty.
fn groups() -> impl Strategy<Value = Vec<Group>> {
    (
        purposes(),
        proptest::option::of(subsequence(GROUP_IDS, 1..=GROUP_IDS.len()).prop_shuffle()),
        proptest::collection::vec(0usize..6, GROUP_IDS.len()),
        proptest::collection::vec(text(GROUP_NAMES, GROUP_NAMES_EN), GROUP_IDS.len()),
    )
        .prop_map(|(mut purposes, ids, cuts, names)| {
            let Some(ids) = ids else {
                return vec![Group {
                    label: None,
                    purposes,
                }];
            };
            let mut groups: Vec<Group> = ids
                .iter()
                .zip(names)
                .map(|(id, name)| Group {
                    label: Some(GroupLabel {
                        id: (*id).to_owned(),
                        name,
                    }),
                    purposes: Vec::new(),
                })
                .collect();
            // The purposes cut into as many runs as there are groups.
            let count = groups.len();
            for (k, group) in groups.iter_mut().enumerate().rev() {
                let take = if k == 0 {
                    purposes.len()
                } else {
                    cuts[k] % (purposes.len() + 1)
                };
                group.purposes = purposes.split_off(purposes.len() - take);
            }
            debug_assert!(purposes.is_empty() && groups.len() == count);
            groups
        })
}

fn categories() -> impl Strategy<Value = Vec<Category>> {
    subsequence(IDS, 0..=IDS.len())
        .prop_shuffle()
        .prop_flat_map(|ids| {
            let rest = proptest::collection::vec(
                (
                    text(NAMES, NAMES_EN),
                    groups(),
                    proptest::option::of(prose_text()),
                ),
                ids.len(),
            );
            (Just(ids), rest)
        })
        .prop_map(|(ids, rest)| {
            ids.into_iter()
                .zip(rest)
                .map(|(id, (name, groups, description))| Category {
                    id: id.to_owned(),
                    name,
                    description,
                    groups,
                })
                .collect()
        })
}

/// Markdown of paragraphs and list items drawn from a small pool.
fn markdown() -> impl Strategy<Value = String> {
    proptest::collection::vec((select(PARAGRAPHS), any::<bool>()), 0..6).prop_map(|blocks| {
        blocks
            .into_iter()
            .map(|(text, item)| {
                if item {
                    format!("- {text}\n\n")
                } else {
                    format!("{text}\n\n")
                }
            })
            .collect()
    })
}

fn prose_text() -> impl Strategy<Value = Multilingual<Prose>> {
    (markdown(), proptest::option::of(markdown())).prop_map(|(ja, en)| prose(&ja, en.as_deref()))
}

fn sections() -> impl Strategy<Value = Vec<Section>> {
    subsequence(SECTION_IDS, 0..=SECTION_IDS.len())
        .prop_shuffle()
        .prop_flat_map(|ids| {
            let rest =
                proptest::collection::vec((text(TITLES, TITLES_EN), prose_text()), ids.len());
            (Just(ids), rest)
        })
        .prop_map(|(ids, rest)| {
            ids.into_iter()
                .zip(rest)
                .map(|(id, (title, body))| Section {
                    id: id.to_owned(),
                    role: None,
                    title,
                    body,
                })
                .collect()
        })
}

pub(super) fn revisions() -> impl Strategy<Value = Revision> {
    (
        categories(),
        proptest::option::of(prose_text()),
        proptest::option::of(prose_text()),
        sections(),
        text(NAMES, NAMES_EN),
    )
        .prop_map(|(categories, intro, notes, sections, caption)| {
            let mut revision = revision(categories, sections);
            revision.body.purposes.intro = intro;
            revision.body.purposes.notes = notes;
            revision.body.purposes.caption = caption;
            revision
        })
}

/// Small edits of a revision, so that pairs of revisions also differ
/// in one or two ways at a time, as real revisions do.
#[derive(Clone, Debug)]
pub(super) enum Edit {
    Rename,
    RemoveCategory,
    AddCategory,
    MoveCategory,
    AddPurpose,
    RemovePurpose,
    RewordPurpose,
    MovePurpose,
    MovePurposeAcross,
    Translate,
    TranslateName,
    RewriteSection,
    AddGroup,
    RemoveGroup,
    RenameGroup,
    MoveGroup,
    MovePurposeBetweenGroups,
    AddPurposeToGroup,
    Explain,
    Describe,
}

fn edits() -> impl Strategy<Value = Vec<(Edit, usize, usize, usize)>> {
    let edit = select(vec![
        Edit::Rename,
        Edit::RemoveCategory,
        Edit::AddCategory,
        Edit::MoveCategory,
        Edit::AddPurpose,
        Edit::RemovePurpose,
        Edit::RewordPurpose,
        Edit::MovePurpose,
        Edit::MovePurposeAcross,
        Edit::Translate,
        Edit::TranslateName,
        Edit::RewriteSection,
        Edit::AddGroup,
        Edit::RemoveGroup,
        Edit::RenameGroup,
        Edit::MoveGroup,
        Edit::MovePurposeBetweenGroups,
        Edit::AddPurposeToGroup,
        Edit::Explain,
        Edit::Describe,
    ]);
    proptest::collection::vec((edit, 0usize..8, 0usize..8, 0usize..16), 1..4)
}

pub(super) fn edited(mut revision: Revision, edits: Vec<(Edit, usize, usize, usize)>) -> Revision {
    for (edit, a, b, pick) in edits {
        let categories = &mut revision.body.purposes.categories;
        let len = categories.len();
        let has = |c: &Category, ja: &str| c.purposes().any(|p| p.text.ja == ja);
        let purpose = PURPOSES[pick % PURPOSES.len()];
        match edit {
            Edit::RewriteSection => {
                let count = revision.sections.len().max(1);
                if let Some(section) = revision.sections.get_mut(a % count) {
                    // A paragraph added, and one moved to the front.
                    let mut paragraphs = markdown::paragraphs(
                        &section.body.ja.source,
                        crate::lang::Punctuation::FullWidth,
                    );
                    let at = b % (paragraphs.len() + 1);
                    paragraphs.insert(at, PARAGRAPHS[pick % PARAGRAPHS.len()].to_owned());
                    let moved = paragraphs.remove(pick % paragraphs.len());
                    paragraphs.insert(0, moved);
                    section.body.ja.source = paragraphs.join("\n\n");
                }
            }
            Edit::AddCategory => {
                let used: Vec<String> = categories.iter().map(|c| c.id.clone()).collect();
                if let Some(id) = IDS.iter().find(|id| !used.iter().any(|u| u == *id)) {
                    let category = fixtures::category(id, NAMES[pick % NAMES.len()], &[purpose]);
                    categories.insert(b % (len + 1), category);
                }
            }
            _ if len == 0 => {}
            Edit::Rename => categories[a % len].name.ja = NAMES[pick % NAMES.len()].to_owned(),
            Edit::RemoveCategory => {
                categories.remove(a % len);
            }
            Edit::MoveCategory => {
                let category = categories.remove(a % len);
                categories.insert(b % len, category);
            }
            Edit::AddGroup => {
                let groups = &mut categories[a % len].groups;
                let used: Vec<&str> = groups
                    .iter()
                    .filter_map(|g| g.label.as_ref().map(|l| l.id.as_str()))
                    .collect();
                if let Some(id) = GROUP_IDS.iter().find(|id| !used.contains(id)) {
                    let label = GroupLabel {
                        id: (*id).to_owned(),
                        name: fixtures::ja(GROUP_NAMES[pick % GROUP_NAMES.len()]),
                    };
                    if groups.iter().all(|g| g.label.is_none()) {
                        // Its purposes move into their first group.
                        groups[0].label = Some(label);
                    } else {
                        let at = b % (groups.len() + 1);
                        groups.insert(
                            at,
                            Group {
                                label: Some(label),
                                purposes: Vec::new(),
                            },
                        );
                    }
                }
            }
            Edit::RemoveGroup => {
                let groups = &mut categories[a % len].groups;
                if groups.len() > 1 {
                    groups.remove(b % groups.len());
                }
            }
            Edit::RenameGroup => {
                let groups = &mut categories[a % len].groups;
                let count = groups.len();
                if let Some(label) = groups[b % count].label.as_mut() {
                    label.name.ja = GROUP_NAMES[pick % GROUP_NAMES.len()].to_owned();
                }
            }
            Edit::MoveGroup => {
                let groups = &mut categories[a % len].groups;
                let count = groups.len();
                let group = groups.remove(b % count);
                groups.insert(pick % count, group);
            }
            Edit::MovePurposeBetweenGroups => {
                let groups = &mut categories[a % len].groups;
                let count = groups.len();
                let from = &mut groups[b % count].purposes;
                if !from.is_empty() {
                    let moved = from.remove(pick % from.len());
                    let to = &mut groups[(b + 1) % count].purposes;
                    to.insert(pick % (to.len() + 1), moved);
                }
            }
            Edit::AddPurposeToGroup => {
                let category = &mut categories[a % len];
                if !has(category, purpose) {
                    let count = category.groups.len();
                    let to = &mut category.groups[b % count].purposes;
                    let mut added = fixtures::purpose(purpose);
                    added.explanation = explained(pick);
                    to.insert(pick % (to.len() + 1), added);
                }
            }
            Edit::Explain => {
                let category = &mut categories[a % len];
                let count = category.purposes().count();
                if count > 0 {
                    let target = category
                        .groups
                        .iter_mut()
                        .flat_map(|g| &mut g.purposes)
                        .nth(b % count);
                    if let Some(target) = target {
                        target.explanation = explained(pick);
                    }
                }
            }
            Edit::Describe => {
                let description = &mut categories[a % len].description;
                *description = match pick % 3 {
                    0 => None,
                    _ => Some(prose(PARAGRAPHS[pick % PARAGRAPHS.len()], None)),
                };
            }
            Edit::TranslateName => {
                let name = &mut categories[a % len].name;
                let en = name.en_mut();
                *en = en
                    .take()
                    .xor(Some(NAMES_EN[pick % NAMES_EN.len()].to_owned()));
            }
            Edit::AddPurpose => {
                let category = &mut categories[a % len];
                if !has(category, purpose) {
                    let purposes = fixtures::listed(category);
                    let at = b % (purposes.len() + 1);
                    purposes.insert(at, fixtures::purpose(purpose));
                }
            }
            Edit::MovePurposeAcross if len > 1 => {
                let from = &mut categories[a % len];
                let from = fixtures::listed(from);
                if !from.is_empty() {
                    let moved = from.remove(b % from.len());
                    let to = &mut categories[(a + 1) % len];
                    if !has(to, &moved.text.ja) {
                        let to = fixtures::listed(to);
                        to.insert(pick % (to.len() + 1), moved);
                    }
                }
            }
            _ => {
                let category = &mut categories[a % len];
                let unique = !has(category, purpose);
                // One of its groups: the only one of a category without groups.
                let groups = category.groups.len();
                let purposes = &mut category.groups[(a / 2 + pick) % groups].purposes;
                let count = purposes.len();
                if count == 0 {
                    continue;
                }
                match edit {
                    Edit::RemovePurpose => {
                        purposes.remove(b % count);
                    }
                    Edit::RewordPurpose if unique => {
                        purposes[b % count].text.ja = purpose.to_owned()
                    }
                    Edit::MovePurpose => {
                        let moved = purposes.remove(b % count);
                        purposes.insert(pick % count, moved);
                    }
                    Edit::Translate => {
                        let en = purposes[b % count].text.en_mut();
                        *en = en
                            .take()
                            .xor(Some(PURPOSES_EN[pick % PURPOSES_EN.len()].to_owned()));
                    }
                    _ => {}
                }
            }
        }
    }
    revision
}

/// Two revisions: unrelated, or the second an edit of the first.
pub(super) fn pairs() -> impl Strategy<Value = (Revision, Revision)> {
    prop_oneof![
        (revisions(), revisions()),
        (revisions(), edits()).prop_map(|(old, edits)| {
            let new = edited(old.clone(), edits);
            (old, new)
        }),
    ]
}
