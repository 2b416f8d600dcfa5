//! The purposes table in the open data. Its first fields (`categories[]`
//! with `purposes` as a flat list of texts) are what every program reading
//! `/api/v1/` has known since the start, so the shapes added later (named
//! groups, explanations, the description column) are extra fields written
//! only where a table has them: a table in the seed's shape reads byte for
//! byte as before.

use serde::Serialize;

use super::{Both, ProseJson, prose, text};
use crate::content::{Category, Group, Purpose, Purposes};

#[derive(Serialize)]
pub(super) struct PurposesJson<'a> {
    heading: Both<&'a str>,
    intro: Option<Both<ProseJson<'a>>>,
    caption: Both<&'a str>,
    category_header: Both<&'a str>,
    purposes_header: Both<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description_header: Option<Both<&'a str>>,
    categories: Vec<CategoryJson<'a>>,
    notes: Option<Both<ProseJson<'a>>>,
}

#[derive(Serialize)]
struct CategoryJson<'a> {
    id: &'a str,
    name: Both<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Both<ProseJson<'a>>>,
    /// Every purpose's text, group after group: what a program that knows
    /// nothing of groups reads.
    purposes: Vec<Both<&'a str>>,
    /// Only where `purposes` alone would leave something out.
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<GroupJson<'a>>>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    /// `null` (with `name`) for the one group of a category that lists its
    /// purposes directly.
    id: Option<&'a str>,
    name: Option<Both<&'a str>>,
    purposes: Vec<PurposeJson<'a>>,
}

#[derive(Serialize)]
struct PurposeJson<'a> {
    text: Both<&'a str>,
    explanation: Option<Both<ProseJson<'a>>>,
}

pub(super) fn purposes(purposes: &Purposes) -> PurposesJson<'_> {
    PurposesJson {
        heading: text(&purposes.heading),
        intro: purposes.intro.as_ref().map(prose),
        caption: text(&purposes.caption),
        category_header: text(&purposes.category_header),
        purposes_header: text(&purposes.purposes_header),
        description_header: purposes.description_header.as_ref().map(text),
        categories: purposes.categories.iter().map(category).collect(),
        notes: purposes.notes.as_ref().map(prose),
    }
}

fn category(category: &Category) -> CategoryJson<'_> {
    let has_explanations = category.purposes().any(|p| p.explanation.is_some());
    CategoryJson {
        id: &category.id,
        name: text(&category.name),
        description: category.description.as_ref().map(prose),
        purposes: category
            .purposes()
            .map(|purpose| text(&purpose.text))
            .collect(),
        groups: (category.is_grouped() || has_explanations)
            .then(|| category.groups.iter().map(group).collect()),
    }
}

fn group(group: &Group) -> GroupJson<'_> {
    GroupJson {
        id: group.label.as_ref().map(|label| label.id.as_str()),
        name: group.label.as_ref().map(|label| text(&label.name)),
        purposes: group.purposes.iter().map(purpose).collect(),
    }
}

fn purpose(purpose: &Purpose) -> PurposeJson<'_> {
    PurposeJson {
        text: text(&purpose.text),
        explanation: purpose.explanation.as_ref().map(prose),
    }
}
