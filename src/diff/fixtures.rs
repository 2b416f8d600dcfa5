//! Revisions to compare, and diffs written compactly, for the tests of
//! every part of the diff.

use jiff::civil::date;

use super::changes::{CategoryDiff, Item, RevisionDiff, Status};
use super::text::Inline;
use crate::content::{
    Category, Group, Multilingual, Notice, Prose, Purpose, Purposes, Revision, Section, Text,
};

pub(super) fn ja(text: &str) -> Text {
    Multilingual::ja_en(text.to_owned(), None)
}

pub(super) fn bi(ja: &str, en: &str) -> Text {
    Multilingual::ja_en(ja.to_owned(), Some(en.to_owned()))
}

pub(super) fn prose(ja: &str, en: Option<&str>) -> Multilingual<Prose> {
    let prose = |source: &str| Prose {
        source: source.to_owned(),
        html: String::new(),
    };
    Multilingual::ja_en(prose(ja), en.map(prose))
}

/// A Japanese-only purpose.
pub(super) fn purpose(text: &str) -> Purpose {
    Purpose {
        text: ja(text),
        explanation: None,
    }
}

/// A Japanese-only category.
pub(super) fn category(id: &str, name: &str, purposes: &[&str]) -> Category {
    Category {
        id: id.to_owned(),
        name: ja(name),
        description: None,
        groups: listing(purposes.iter().map(|p| ja(p)).collect()),
    }
}

/// The one unlabelled group of a category that lists `purposes` directly.
pub(super) fn listing(purposes: Vec<Text>) -> Vec<Group> {
    vec![Group {
        label: None,
        purposes: purposes
            .into_iter()
            .map(|text| Purpose {
                text,
                explanation: None,
            })
            .collect(),
    }]
}

/// The purposes of a category that lists them directly, to edit.
pub(super) fn listed(category: &mut Category) -> &mut Vec<Purpose> {
    &mut category.groups[0].purposes
}

pub(super) fn section(id: &str, title: &str, body: &str) -> Section {
    Section {
        id: id.to_owned(),
        role: None,
        title: ja(title),
        body: prose(body, None),
    }
}

pub(super) fn revision(categories: Vec<Category>, sections: Vec<Section>) -> Revision {
    Revision {
        effective: date(2025, 4, 1),
        announced: date(2025, 3, 1),
        title: bi(
            "個人情報の取扱いについて",
            "Handling of personal information",
        ),
        note: ja("公表しました。"),
        body: Notice {
            changes_purposes: false,
            purposes: Purposes {
                heading: bi("利用目的", "Purposes of use"),
                intro: None,
                caption: bi(
                    "個人情報の利用目的",
                    "Purposes of use of personal information",
                ),
                category_header: bi("個人情報の類型", "Category"),
                purposes_header: bi("利用目的", "Purposes"),
                description_header: None,
                categories,
                notes: None,
            },
        },
        sections,
        seal: crate::content::seal::Seal::of_nothing(),
    }
}

pub(super) fn sample() -> Revision {
    revision(
        vec![
            category(
                "eligibility",
                "資格情報",
                &["資格の確認", "健康保険証の発行"],
            ),
            category("premiums", "保険料情報", &["保険料の徴収"]),
            category(
                "checkups",
                "健診情報",
                &["特定健康診査の実施", "特定保健指導の実施"],
            ),
        ],
        vec![
            section(
                "safety",
                "安全管理措置",
                "## 組織的安全管理措置\n\n責任者を置きます。\n\n- 規程の整備\n- 研修の実施\n",
            ),
            section("requests", "開示等の請求", "窓口で受け付けます。\n"),
        ],
    )
}

/// An inline diff in a compact notation: [-removed-]{+added+}.
pub(super) fn marked(inline: &Inline) -> String {
    super::inline::tests::notation(&inline.fragments)
}

/// Merged items, one line each: "  same", "+ added", "- removed",
/// "~ changed", and "+↕"/"-↕" for a move.
pub(super) fn lines(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            let sign = match item.status {
                Status::Same => " ",
                Status::Added => "+",
                Status::Removed => "-",
                Status::Changed => "~",
            };
            let moved = if item.moved { "↕" } else { "" };
            format!("{sign}{moved} {}", marked(&item.text))
        })
        .collect()
}

/// The purposes of every group of a category, one line each (see [`lines`]).
pub(super) fn purpose_lines(category: &CategoryDiff) -> Vec<String> {
    let items: Vec<Item> = category.purposes().map(|p| p.item.clone()).collect();
    lines(&items)
}

pub(super) fn ids(diff: &RevisionDiff) -> Vec<(&str, Status)> {
    diff.purposes
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.status))
        .collect()
}
