//! The purposes table in the open data. Its first fields (`categories[]`
//! with `purposes` as a flat list of texts) are what every program reading
//! `/api/v1/` has known since the start, so the shapes added later (named
//! groups, explanations, the description column) are extra fields written
//! only where a table has them: a table in the seed's shape reads byte for
//! byte as before.

use serde::Serialize;

use super::{Both, ProseJson, Texts};
use crate::content::{Category, Group, Purpose, Purposes};

#[derive(Serialize)]
pub(super) struct PurposesJson<'a> {
    heading: Both<'a, &'a str>,
    intro: Option<Both<'a, ProseJson<'a>>>,
    caption: Both<'a, &'a str>,
    category_header: Both<'a, &'a str>,
    purposes_header: Both<'a, &'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description_header: Option<Both<'a, &'a str>>,
    categories: Vec<CategoryJson<'a>>,
    notes: Option<Both<'a, ProseJson<'a>>>,
}

#[derive(Serialize)]
struct CategoryJson<'a> {
    id: &'a str,
    name: Both<'a, &'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Both<'a, ProseJson<'a>>>,
    /// Every purpose's text, group after group: what a program that knows
    /// nothing of groups reads.
    purposes: Vec<Both<'a, &'a str>>,
    /// Only where `purposes` alone would leave something out.
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<GroupJson<'a>>>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    /// `null` (with `name`) for the one group of a category that lists its
    /// purposes directly.
    id: Option<&'a str>,
    name: Option<Both<'a, &'a str>>,
    purposes: Vec<PurposeJson<'a>>,
}

#[derive(Serialize)]
struct PurposeJson<'a> {
    text: Both<'a, &'a str>,
    explanation: Option<Both<'a, ProseJson<'a>>>,
}

pub(super) fn purposes<'a>(purposes: &'a Purposes, texts: Texts<'a>) -> PurposesJson<'a> {
    PurposesJson {
        heading: texts.text(&purposes.heading),
        intro: purposes.intro.as_ref().map(|prose| texts.prose(prose)),
        caption: texts.text(&purposes.caption),
        category_header: texts.text(&purposes.category_header),
        purposes_header: texts.text(&purposes.purposes_header),
        description_header: purposes
            .description_header
            .as_ref()
            .map(|text| texts.text(text)),
        categories: purposes
            .categories
            .iter()
            .map(|item| category(item, texts))
            .collect(),
        notes: purposes.notes.as_ref().map(|prose| texts.prose(prose)),
    }
}

fn category<'a>(category: &'a Category, texts: Texts<'a>) -> CategoryJson<'a> {
    let has_explanations = category.purposes().any(|p| p.explanation.is_some());
    CategoryJson {
        id: &category.id,
        name: texts.text(&category.name),
        description: category
            .description
            .as_ref()
            .map(|prose| texts.prose(prose)),
        purposes: category
            .purposes()
            .map(|purpose| texts.text(&purpose.text))
            .collect(),
        groups: (category.is_grouped() || has_explanations).then(|| {
            category
                .groups
                .iter()
                .map(|item| group(item, texts))
                .collect()
        }),
    }
}

fn group<'a>(group: &'a Group, texts: Texts<'a>) -> GroupJson<'a> {
    GroupJson {
        id: group.label.as_ref().map(|label| label.id.as_str()),
        name: group.label.as_ref().map(|label| texts.text(&label.name)),
        purposes: group
            .purposes
            .iter()
            .map(|item| purpose(item, texts))
            .collect(),
    }
}

fn purpose<'a>(purpose: &'a Purpose, texts: Texts<'a>) -> PurposeJson<'a> {
    PurposeJson {
        text: texts.text(&purpose.text),
        explanation: purpose.explanation.as_ref().map(|prose| texts.prose(prose)),
    }
}
