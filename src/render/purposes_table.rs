//! The rows of a notice page's purposes table, in every shape the content
//! allows: a category's purposes directly (the seed's shape) or in named
//! groups (the guidance's shape), a purpose's explanation under it, and a
//! category's description in an extra column. Kept apart from `notice`
//! because the walk through groups and the languages of nested texts are
//! the only tricky part of that page.

use super::view::Localized;
use crate::content::{Category, Multilingual, Prose, Purpose, Purposes};
use crate::lang::Lang;
use crate::render::locale::Locale;

/// One row: a category (a business area, in the guidance's shape).
pub(crate) struct RowView<'a> {
    pub id: &'a str,
    pub name: Localized<'a>,
    /// Its cell of the description column, when the table has one; `None`
    /// leaves that cell empty.
    pub description: Option<Localized<'a>>,
    pub groups: Vec<GroupView<'a>>,
}

/// A group of purposes in a category's cell: a named list, or the one
/// unnamed list of a category in the seed's shape.
pub(crate) struct GroupView<'a> {
    pub label: Option<LabelView<'a>>,
    /// Empty only in a named group, which then says there are none.
    pub purposes: Vec<PurposeView<'a>>,
}

pub(crate) struct LabelView<'a> {
    /// The label's element id, which names the group's list for screen
    /// readers: `category-{category}--{group}`. Ids are words joined by
    /// single hyphens, so the double hyphen cannot make two groups' anchors
    /// alike.
    pub anchor: String,
    pub name: Localized<'a>,
}

pub(crate) struct PurposeView<'a> {
    pub text: Localized<'a>,
    /// Sanitised HTML; its `lang` is set when it differs from the language
    /// of the list item around it (not from the page's), since it inherits
    /// the item's.
    pub explanation: Option<Localized<'a>>,
}

/// Whether a row can run long (groups, explanations): a printout may then
/// break inside it rather than leave most of a sheet blank.
pub(crate) fn has_long_rows(purposes: &Purposes) -> bool {
    purposes.categories.iter().any(|category| {
        category.is_grouped() || category.purposes().any(|p| p.explanation.is_some())
    })
}

pub(crate) fn rows<'a>(purposes: &'a Purposes, lang: &'a Locale<'a>) -> Vec<RowView<'a>> {
    purposes
        .categories
        .iter()
        .map(|category| row(category, lang))
        .collect()
}

fn row<'a>(category: &'a Category, lang: &'a Locale<'a>) -> RowView<'a> {
    RowView {
        id: &category.id,
        name: Localized::of(category.name.get(lang), lang),
        description: category
            .description
            .as_ref()
            .map(|description| Localized::prose(description, lang)),
        groups: category
            .groups
            .iter()
            .map(|group| GroupView {
                label: group.label.as_ref().map(|label| LabelView {
                    anchor: format!("category-{}--{}", category.id, label.id),
                    name: Localized::of(label.name.get(lang), lang),
                }),
                purposes: group
                    .purposes
                    .iter()
                    .map(|purpose| purpose_view(purpose, lang))
                    .collect(),
            })
            .collect(),
    }
}

fn purpose_view<'a>(purpose: &'a Purpose, lang: &'a Locale<'a>) -> PurposeView<'a> {
    let shown = purpose.text.get(lang);
    let around = shown.lang;
    PurposeView {
        text: Localized::of(shown, lang),
        explanation: purpose
            .explanation
            .as_ref()
            .map(|explanation| nested_prose(explanation, lang, around)),
    }
}

/// Prose in the page's language (or its Japanese fallback) inside an
/// element whose language is `around`: marked only where the two differ,
/// such as an English explanation under a purpose that fell back to
/// Japanese on the English page.
fn nested_prose<'a>(
    prose: &'a Multilingual<Prose>,
    page: &'a Locale<'a>,
    around: Lang,
) -> Localized<'a> {
    let shown = prose.get(page);
    Localized {
        text: &shown.value.html,
        lang: (shown.lang != around).then(|| page.tag_of(shown.lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::locale::testing::{english as en, japanese as ja};

    fn prose(ja: &str, en: Option<&str>) -> Multilingual<Prose> {
        let one = |text: &str| Prose {
            source: text.to_owned(),
            html: format!("<p>{text}</p>\n"),
        };
        Multilingual::ja_en(one(ja), en.map(one))
    }

    #[test]
    fn an_explanation_is_marked_where_its_language_differs_from_its_item() {
        let translated = prose("様式で", Some("By form"));
        let untranslated = prose("様式で", None);
        let cases = [
            // (prose, page, item's language) → (text, lang)
            (&translated, en(), en(), ("<p>By form</p>\n", None)),
            // An English explanation under a purpose shown in Japanese.
            (&translated, en(), ja(), ("<p>By form</p>\n", Some("en"))),
            (&untranslated, en(), en(), ("<p>様式で</p>\n", Some("ja"))),
            (&untranslated, en(), ja(), ("<p>様式で</p>\n", None)),
            (&translated, ja(), ja(), ("<p>様式で</p>\n", None)),
        ];
        for (prose, page, around, expected) in cases {
            let shown = nested_prose(prose, page, around.lang);
            assert_eq!(
                (shown.text, shown.lang),
                expected,
                "{} in {}",
                page.tag,
                around.tag
            );
        }
    }
}
