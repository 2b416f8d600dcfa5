//! One side of a revision as a reader sees it, taken from the revision
//! itself or rebuilt from a diff alone: what the properties compare.

use super::*;
use crate::lang::Lang;

/// A purpose and the paragraphs of its explanation.
pub(super) type PurposeView = (Shown, Vec<Shown>);
/// A group's id and name (none without a label) and its purposes.
pub(super) type GroupView = (Option<String>, Option<Shown>, Vec<PurposeView>);
/// A category's id, name, description and groups.
pub(super) type CategoryView = (String, Shown, Vec<Shown>, Vec<GroupView>);

/// What a reader of one language sees of a revision, less its labels.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct View {
    categories: Vec<CategoryView>,
    intro: Vec<Shown>,
    notes: Vec<Shown>,
    sections: Vec<(String, Shown, Vec<Shown>)>,
}

pub(super) fn shown(text: &Text, lang: Lang) -> Shown {
    let shown = text.get(lang);
    (shown.value.clone(), shown.lang)
}

pub(super) fn paragraphs(prose: Option<&Multilingual<Prose>>, lang: Lang) -> Vec<Shown> {
    prose.map_or_else(Vec::new, |prose| {
        let shown = prose.get(lang);
        let punctuation = crate::lang::testing::LANGUAGES.get(shown.lang).punctuation;
        markdown::paragraphs(&shown.value.source, punctuation)
            .into_iter()
            .map(|text| (text, shown.lang))
            .collect()
    })
}

pub(super) fn view(revision: &Revision, lang: Lang) -> View {
    let purposes = &revision.body.purposes;
    View {
        categories: purposes
            .categories
            .iter()
            .map(|c| {
                let groups = c
                    .groups
                    .iter()
                    .map(|g| {
                        let purposes = g
                            .purposes
                            .iter()
                            .map(|p| {
                                let explanation = paragraphs(p.explanation.as_ref(), lang);
                                (shown(&p.text, lang), explanation)
                            })
                            .collect();
                        let label = g.label.as_ref();
                        (
                            label.map(|l| l.id.clone()),
                            label.map(|l| shown(&l.name, lang)),
                            purposes,
                        )
                    })
                    .collect();
                let description = paragraphs(c.description.as_ref(), lang);
                (c.id.clone(), shown(&c.name, lang), description, groups)
            })
            .collect(),
        intro: paragraphs(purposes.intro.as_ref(), lang),
        notes: paragraphs(purposes.notes.as_ref(), lang),
        sections: revision
            .sections
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    shown(&s.title, lang),
                    paragraphs(Some(&s.body), lang),
                )
            })
            .collect(),
    }
}

/// The view without the languages, as a reader sees it.
pub(super) fn texts(view: View) -> View {
    let strip = |shown: Vec<Shown>| -> Vec<Shown> {
        shown
            .into_iter()
            .map(|(text, _)| (text, Lang::JA))
            .collect()
    };
    let one = |(text, _): Shown| (text, Lang::JA);
    View {
        categories: view
            .categories
            .into_iter()
            .map(|(id, name, description, groups)| {
                let groups = groups
                    .into_iter()
                    .map(|(id, name, purposes)| {
                        let purposes = purposes
                            .into_iter()
                            .map(|(text, explanation)| (one(text), strip(explanation)))
                            .collect();
                        (id, name.map(one), purposes)
                    })
                    .collect();
                (id, one(name), strip(description), groups)
            })
            .collect(),
        intro: strip(view.intro),
        notes: strip(view.notes),
        sections: view
            .sections
            .into_iter()
            .map(|(id, (title, _), blocks)| (id, (title, Lang::JA), strip(blocks)))
            .collect(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Old,
    New,
}

impl Side {
    /// Whether something with this status is there on this side.
    fn has(self, status: Status) -> bool {
        match self {
            Side::Old => status != Status::Added,
            Side::New => status != Status::Removed,
        }
    }

    fn text(self, inline: &Inline) -> Shown {
        match self {
            Side::Old => (inline.old_text(), inline.old_lang),
            Side::New => (inline.new_text(), inline.lang),
        }
    }

    fn index(self, old: Option<usize>, new: Option<usize>) -> Option<usize> {
        match self {
            Side::Old => old,
            Side::New => new,
        }
    }

    fn items(self, items: &[Item]) -> Vec<Shown> {
        items
            .iter()
            .filter(|item| self.has(item.status))
            .map(|item| self.text(&item.text))
            .collect()
    }
}

/// One side of a revision, rebuilt from the diff alone.
pub(super) fn rebuilt(diff: &RevisionDiff, side: Side) -> View {
    View {
        categories: in_order(
            diff.purposes.categories.iter().map(|c| {
                let groups = in_order(
                    c.groups.iter().map(|g| {
                        let entry = (
                            g.id.clone(),
                            g.name.as_ref().map(|name| side.text(name)),
                            rebuilt_purposes(c, g, side),
                        );
                        (side.index(g.old_index, g.new_index), entry)
                    }),
                    side,
                );
                let description = side.items(&c.description);
                let entry = (c.id.clone(), side.text(&c.name), description, groups);
                (side.index(c.old_index, c.new_index), entry)
            }),
            side,
        ),
        intro: side.items(&diff.purposes.intro),
        notes: side.items(&diff.purposes.notes),
        sections: in_order(
            diff.sections.iter().map(|s| {
                let entry = (s.id.clone(), side.text(&s.title), side.items(&s.blocks));
                (side.index(s.old_index, s.new_index), entry)
            }),
            side,
        ),
    }
}

/// One side of a group's purposes with their explanations. On a move
/// the explanation is on the new place, so that of an old place is
/// found there.
pub(super) fn rebuilt_purposes(
    category: &CategoryDiff,
    group: &GroupDiff,
    side: Side,
) -> Vec<PurposeView> {
    group
        .purposes
        .iter()
        .filter(|p| side.has(p.item.status))
        .map(|p| {
            let item = &p.item;
            let carrier = if item.moved && item.status == Status::Removed {
                category.purposes().find(|q| {
                    q.item.moved
                        && q.item.status == Status::Added
                        && q.item.old_index == item.old_index
                })
            } else {
                Some(p)
            };
            let explanation = carrier.map_or_else(Vec::new, |q| side.items(&q.explanation));
            (side.text(&item.text), explanation)
        })
        .collect()
}

/// The entries that are on one side, by their index there; in the
/// diff's order already if that side is the new one.
pub(super) fn in_order<T>(entries: impl Iterator<Item = (Option<usize>, T)>, side: Side) -> Vec<T> {
    let mut entries: Vec<(usize, T)> = entries
        .filter_map(|(index, entry)| Some((index?, entry)))
        .collect();
    if side == Side::New {
        assert!(entries.is_sorted_by_key(|(index, _)| *index), "new order");
    }
    entries.sort_by_key(|(index, _)| *index);
    entries.into_iter().map(|(_, entry)| entry).collect()
}

pub(super) fn labels(revision: &Revision, lang: Lang) -> Vec<(Label, String)> {
    let purposes = &revision.body.purposes;
    [
        (Label::Title, &revision.title),
        (Label::PurposesHeading, &purposes.heading),
        (Label::Caption, &purposes.caption),
        (Label::CategoryHeader, &purposes.category_header),
        (Label::PurposesHeader, &purposes.purposes_header),
    ]
    .into_iter()
    .map(|(label, text)| (label, text.get(lang).value.clone()))
    .collect()
}
