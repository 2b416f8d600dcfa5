//! Properties of every diff: both revisions can be rebuilt from it, in
//! each language, and every inline diff is well formed.

use proptest::prelude::*;
use proptest::sample::select;

mod generate;

use generate::{Edit, edited, pairs, revisions};

/// A text with the language it is in.
type Shown = (String, Lang);

use super::*;
use crate::content::{Bilingual, Category, Prose, Revision, Section, Text, markdown};
use crate::diff::japanese::label_texts;

/// A purpose and the paragraphs of its explanation.
type PurposeView = (Shown, Vec<Shown>);
/// A group's id and name (none without a label) and its purposes.
type GroupView = (Option<String>, Option<Shown>, Vec<PurposeView>);
/// A category's id, name, description and groups.
type CategoryView = (String, Shown, Vec<Shown>, Vec<GroupView>);

/// What a reader of one language sees of a revision, less its labels.
#[derive(Debug, PartialEq, Eq)]
struct View {
    categories: Vec<CategoryView>,
    intro: Vec<Shown>,
    notes: Vec<Shown>,
    sections: Vec<(String, Shown, Vec<Shown>)>,
}

fn shown(text: &Text, lang: Lang) -> Shown {
    let shown = text.get(lang);
    (shown.value.clone(), shown.lang)
}

fn paragraphs(prose: Option<&Bilingual<Prose>>, lang: Lang) -> Vec<Shown> {
    prose.map_or_else(Vec::new, |prose| {
        let shown = prose.get(lang);
        markdown::paragraphs(&shown.value.source, shown.lang)
            .into_iter()
            .map(|text| (text, shown.lang))
            .collect()
    })
}

fn view(revision: &Revision, lang: Lang) -> View {
    let purposes = &revision.purposes;
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
fn texts(view: View) -> View {
    let strip = |shown: Vec<Shown>| -> Vec<Shown> {
        shown
            .into_iter()
            .map(|(text, _)| (text, Lang::Ja))
            .collect()
    };
    let one = |(text, _): Shown| (text, Lang::Ja);
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
            .map(|(id, (title, _), blocks)| (id, (title, Lang::Ja), strip(blocks)))
            .collect(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
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
fn rebuilt(diff: &RevisionDiff, side: Side) -> View {
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
fn rebuilt_purposes(category: &CategoryDiff, group: &GroupDiff, side: Side) -> Vec<PurposeView> {
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
fn in_order<T>(entries: impl Iterator<Item = (Option<usize>, T)>, side: Side) -> Vec<T> {
    let mut entries: Vec<(usize, T)> = entries
        .filter_map(|(index, entry)| Some((index?, entry)))
        .collect();
    if side == Side::New {
        assert!(entries.is_sorted_by_key(|(index, _)| *index), "new order");
    }
    entries.sort_by_key(|(index, _)| *index);
    entries.into_iter().map(|(_, entry)| entry).collect()
}

fn labels(revision: &Revision, lang: Lang) -> Vec<(Label, String)> {
    let purposes = &revision.purposes;
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

/// Fragments are never empty, never next to one of the same mark,
/// and a replacement's removed text comes first.
fn well_formed(fragments: &[Fragment]) -> bool {
    fragments.iter().all(|f| !f.text.is_empty())
        && fragments.windows(2).all(|pair| {
            pair[0].mark != pair[1].mark
                && !(pair[0].mark == Mark::Added && pair[1].mark == Mark::Removed)
        })
}

/// One text of one side as the translation pairs with it.
#[derive(Clone, Debug)]
struct Expected {
    ja: String,
    /// The English paired with it, if translated.
    en: Option<String>,
    /// A paragraph of an English text whose paragraphs do not pair
    /// one to one with the Japanese ones.
    unmatched: bool,
}

impl Expected {
    fn of(text: &Text) -> Expected {
        Expected {
            ja: text.ja.clone(),
            en: text.en.clone(),
            unmatched: false,
        }
    }

    fn shown(&self) -> (String, Lang) {
        match &self.en {
            Some(en) if !self.unmatched => (en.clone(), Lang::En),
            _ => (self.ja.clone(), Lang::Ja),
        }
    }
}

fn expected_paragraphs(prose: Option<&Bilingual<Prose>>) -> Vec<Expected> {
    let Some(prose) = prose else {
        return Vec::new();
    };
    let ja = markdown::paragraphs(&prose.ja.source, Lang::Ja);
    let en = prose
        .en
        .as_ref()
        .map(|en| markdown::paragraphs(&en.source, Lang::En));
    let paired = en.as_ref().is_some_and(|en| en.len() == ja.len());
    ja.into_iter()
        .enumerate()
        .map(|(k, ja)| Expected {
            ja,
            en: en.as_ref().map(|en| en.get(k).cloned().unwrap_or_default()),
            unmatched: en.is_some() && !paired,
        })
        .collect()
}

/// What the English of one text of the Japanese diff must be: the
/// rule of `diff/translation.rs`, said once more from the outside.
fn check_text(
    ja: &Inline,
    en: &Inline,
    status: Status,
    moved: bool,
    old: Option<&Expected>,
    new: Option<&Expected>,
) -> Result<(), TestCaseError> {
    let updated = |old: &Expected, new: &Expected| {
        old.shown() != new.shown() && !old.unmatched && !new.unmatched
    };
    // A purpose whose explanation alone changed is `Changed`; its text
    // reads as one that stayed.
    let status = match (status, old, new) {
        (Status::Changed, Some(old), Some(new)) if old.ja == new.ja => Status::Same,
        _ => status,
    };
    let translation = match (status, old, new) {
        (Status::Added, old, Some(new)) => {
            prop_assert_eq!((en.new_text(), en.lang), new.shown());
            match old {
                Some(old) if moved && updated(old, new) => Translation::Updated,
                None if new.unmatched => Translation::Lagging,
                _ => Translation::InStep,
            }
        }
        (Status::Removed, Some(old), _) => {
            prop_assert_eq!((en.old_text(), en.lang), old.shown());
            if !moved && old.unmatched {
                Translation::Lagging
            } else {
                Translation::InStep
            }
        }
        (Status::Same, Some(old), Some(new)) => {
            prop_assert!(!en.is_changed());
            prop_assert_eq!((en.new_text(), en.lang), new.shown());
            if updated(old, new) {
                Translation::Updated
            } else {
                Translation::InStep
            }
        }
        (Status::Changed, Some(old), Some(new)) => {
            let stayed = old.en.is_some() && old.en == new.en;
            if stayed || old.unmatched || new.unmatched {
                prop_assert_eq!(&en.fragments, &ja.fragments);
                prop_assert_eq!((en.old_lang, en.lang), (Lang::Ja, Lang::Ja));
                Translation::Lagging
            } else {
                prop_assert_eq!((en.old_text(), en.old_lang), old.shown());
                prop_assert_eq!((en.new_text(), en.lang), new.shown());
                Translation::InStep
            }
        }
        _ => return Err(TestCaseError::fail(format!("{status:?} without its sides"))),
    };
    prop_assert_eq!(en.translation, translation);
    prop_assert!(well_formed(&en.fragments));
    Ok(())
}

fn check_items(
    ja: &[Item],
    en: &[Item],
    old: &[Expected],
    new: &[Expected],
) -> Result<(), TestCaseError> {
    prop_assert_eq!(ja.len(), en.len());
    for (ja, en) in ja.iter().zip(en) {
        prop_assert_eq!(
            (en.status, en.moved, en.old_index, en.new_index),
            (ja.status, ja.moved, ja.old_index, ja.new_index)
        );
        let old = ja.old_index.map(|i| &old[i]);
        let new = ja.new_index.map(|j| &new[j]);
        check_text(&ja.text, &en.text, ja.status, ja.moved, old, new)?;
    }
    Ok(())
}

/// The status of a name or title within its entry.
fn name_status(status: Status, changed: bool) -> Status {
    match status {
        Status::Added | Status::Removed => status,
        _ if changed => Status::Changed,
        _ => Status::Same,
    }
}

fn check_groups(
    ja: &CategoryDiff,
    en: &CategoryDiff,
    old: Option<&Category>,
    new: Option<&Category>,
) -> Result<(), TestCaseError> {
    let purposes = |c: Option<&Category>| {
        c.map_or_else(Vec::new, |c| {
            c.purposes().map(|p| Expected::of(&p.text)).collect()
        })
    };
    let (old_purposes, new_purposes) = (purposes(old), purposes(new));
    let explanation = |c: Option<&Category>, index: Option<usize>| {
        let purpose = c.zip(index).and_then(|(c, k)| c.purposes().nth(k));
        expected_paragraphs(purpose.and_then(|p| p.explanation.as_ref()))
    };
    prop_assert_eq!(ja.groups.len(), en.groups.len());
    for (ja, en) in ja.groups.iter().zip(&en.groups) {
        prop_assert_eq!(
            (
                &en.id,
                en.status,
                en.old_index,
                en.new_index,
                en.renamed,
                en.moved
            ),
            (
                &ja.id,
                ja.status,
                ja.old_index,
                ja.new_index,
                ja.renamed,
                ja.moved
            )
        );
        let label = |c: Option<&Category>, index: Option<usize>| {
            let group = c.zip(index).and_then(|(c, k)| c.groups.get(k));
            group
                .and_then(|g| g.label.as_ref())
                .map(|l| Expected::of(&l.name))
        };
        match (&ja.name, &en.name) {
            (Some(ja_name), Some(en_name)) => check_text(
                ja_name,
                en_name,
                name_status(ja.status, ja.renamed),
                false,
                label(old, ja.old_index).as_ref(),
                label(new, ja.new_index).as_ref(),
            )?,
            (None, None) => {}
            _ => return Err(TestCaseError::fail("a group named in one language only")),
        }
        prop_assert_eq!(ja.purposes.len(), en.purposes.len());
        for (ja, en) in ja.purposes.iter().zip(&en.purposes) {
            prop_assert_eq!(
                (en.moved_across, en.explanation_changed),
                (ja.moved_across, ja.explanation_changed)
            );
            check_items(
                std::slice::from_ref(&ja.item),
                std::slice::from_ref(&en.item),
                &old_purposes,
                &new_purposes,
            )?;
            check_items(
                &ja.explanation,
                &en.explanation,
                &explanation(old, ja.item.old_index),
                &explanation(new, ja.item.new_index),
            )?;
        }
    }
    Ok(())
}

fn check_english(
    ja: &RevisionDiff,
    en: &RevisionDiff,
    old: &Revision,
    new: &Revision,
) -> Result<(), TestCaseError> {
    for (label, old_text, new_text) in label_texts(old, new) {
        let (old_text, new_text) = (Expected::of(old_text), Expected::of(new_text));
        let listed = |diff: &RevisionDiff| diff.labels.iter().find(|l| l.label == label).cloned();
        match (listed(ja), listed(en)) {
            (Some(ja), Some(en)) => check_text(
                &ja.text,
                &en.text,
                Status::Changed,
                false,
                Some(&old_text),
                Some(&new_text),
            )?,
            (None, Some(en)) => {
                prop_assert_eq!(en.text.translation, Translation::Updated);
                prop_assert_eq!(en.text.new_text(), new_text.shown().0);
            }
            (None, None) => prop_assert_eq!(old_text.shown(), new_text.shown()),
            (Some(_), None) => {
                return Err(TestCaseError::fail(
                    "a Japanese label change is not in English",
                ));
            }
        }
    }
    let (o, n) = (&old.purposes, &new.purposes);
    check_items(
        &ja.purposes.intro,
        &en.purposes.intro,
        &expected_paragraphs(o.intro.as_ref()),
        &expected_paragraphs(n.intro.as_ref()),
    )?;
    check_items(
        &ja.purposes.notes,
        &en.purposes.notes,
        &expected_paragraphs(o.notes.as_ref()),
        &expected_paragraphs(n.notes.as_ref()),
    )?;
    prop_assert_eq!(ja.purposes.categories.len(), en.purposes.categories.len());
    for (ja, en) in ja.purposes.categories.iter().zip(&en.purposes.categories) {
        prop_assert_eq!(
            (
                &en.id,
                en.status,
                en.old_index,
                en.new_index,
                en.renamed,
                en.moved
            ),
            (
                &ja.id,
                ja.status,
                ja.old_index,
                ja.new_index,
                ja.renamed,
                ja.moved
            )
        );
        let old = ja.old_index.map(|i| &o.categories[i]);
        let new = ja.new_index.map(|j| &n.categories[j]);
        let name = |c: Option<&Category>| c.map(|c| Expected::of(&c.name));
        check_text(
            &ja.name,
            &en.name,
            name_status(ja.status, ja.renamed),
            false,
            name(old).as_ref(),
            name(new).as_ref(),
        )?;
        check_items(
            &ja.description,
            &en.description,
            &expected_paragraphs(old.and_then(|c| c.description.as_ref())),
            &expected_paragraphs(new.and_then(|c| c.description.as_ref())),
        )?;
        check_groups(ja, en, old, new)?;
    }
    prop_assert_eq!(ja.sections.len(), en.sections.len());
    for (ja, en) in ja.sections.iter().zip(&en.sections) {
        prop_assert_eq!(
            (&en.id, en.status, en.old_index, en.new_index, en.moved),
            (&ja.id, ja.status, ja.old_index, ja.new_index, ja.moved)
        );
        let old = ja.old_index.map(|i| &old.sections[i]);
        let new = ja.new_index.map(|j| &new.sections[j]);
        let title = |s: Option<&Section>| s.map(|s| Expected::of(&s.title));
        check_text(
            &ja.title,
            &en.title,
            name_status(ja.status, ja.title.is_changed()),
            false,
            title(old).as_ref(),
            title(new).as_ref(),
        )?;
        let body = |s: Option<&Section>| expected_paragraphs(s.map(|s| &s.body));
        check_items(&ja.blocks, &en.blocks, &body(old), &body(new))?;
    }
    Ok(())
}

proptest! {
    #[test]
    fn both_revisions_can_be_rebuilt_from_the_japanese_diff((old, new) in pairs()) {
        let lang = Lang::Ja;
        let diff = diff(&old, &new, lang);
        let (old_view, new_view) = (view(&old, lang), view(&new, lang));
        prop_assert_eq!(&rebuilt(&diff, Side::Old), &old_view);
        prop_assert_eq!(&rebuilt(&diff, Side::New), &new_view);

        let (old_labels, new_labels) = (labels(&old, lang), labels(&new, lang));
        for ((label, old_text), (_, new_text)) in old_labels.iter().zip(&new_labels) {
            let listed = diff.labels.iter().find(|l| l.label == *label);
            match listed {
                Some(listed) => {
                    prop_assert_eq!(&listed.text.old_text(), old_text);
                    prop_assert_eq!(&listed.text.new_text(), new_text);
                }
                None => prop_assert_eq!(old_text, new_text),
            }
        }
        prop_assert_eq!(
            diff.is_empty(),
            texts(old_view) == texts(new_view) && old_labels == new_labels
        );
        for category in &diff.purposes.categories {
            prop_assert!(well_formed(&category.name.fragments));
            prop_assert!(category.purposes().all(|p| well_formed(&p.item.text.fragments)));
        }
        prop_assert!(diff.texts().all(|text| text.translation == Translation::InStep));
    }

    #[test]
    fn english_counts_and_shapes_are_those_of_the_japanese((old, new) in pairs()) {
        let [ja, en] = diffs(&old, &new);
        prop_assert_eq!(&ja, &diff(&old, &new, Lang::Ja));
        prop_assert_eq!(&en, &diff(&old, &new, Lang::En));
        let (ja_summary, mut en_summary) = (ja.summary(), en.summary());
        prop_assert_eq!(ja_summary.translation, TranslationSummary::default());
        en_summary.translation = TranslationSummary::default();
        prop_assert_eq!(en_summary, ja_summary);
        prop_assert_eq!(en.is_empty(), ja.is_empty());
        check_english(&ja, &en, &old, &new)?;
    }

    #[test]
    fn a_revision_that_only_translates_changes_nothing(
        old in revisions(),
        edits in proptest::collection::vec((select(vec![Edit::Translate, Edit::TranslateName]), 0usize..8, 0usize..8, 0usize..16), 1..4),
    ) {
        let new = edited(old.clone(), edits);
        let en = diff(&old, &new, Lang::En);
        prop_assert!(en.is_empty());
        let summary = en.summary();
        prop_assert_eq!(summary.translation.lagging, 0);
        prop_assert_eq!(Summary { translation: TranslationSummary::default(), ..summary }, Summary::default());
    }

    #[test]
    fn purposes_change_exactly_when_the_model_says_so((old, new) in pairs()) {
        let summary = diff(&old, &new, Lang::Ja).summary();
        prop_assert_eq!(summary.changes_purposes(), old.purposes.differs_from(&new.purposes));
    }

    #[test]
    fn inline_diffs_rebuild_both_texts(old in phrase(), new in phrase()) {
        check_inline(&old, &new)?;
    }

    #[test]
    fn inline_diffs_rebuild_any_texts(old in any::<String>(), new in any::<String>()) {
        check_inline(&old, &new)?;
    }

    #[test]
    fn inline_diffs_rebuild_edited_texts(
        old in phrase(),
        at in any::<proptest::sample::Index>(),
        cut in 0usize..6,
        insert in phrase(),
    ) {
        let chars: Vec<char> = old.chars().collect();
        let at = at.index(chars.len() + 1);
        let end = (at + cut).min(chars.len());
        let new: String = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(&chars[end..]).collect();
        check_inline(&old, &new)?;
    }
}

const PIECES: &[&str] = &[
    "マイナンバーカード",
    "マイナ",
    "保険証",
    "健康",
    "保険",
    "の",
    "を",
    "発行",
    "利用",
    "カード",
    "ー",
    "card",
    "cards",
    " ",
    "the",
    "3.5",
    "。",
    ".",
    "、",
    "\n",
    "e\u{301}",
    "👍🏽",
];

fn phrase() -> impl Strategy<Value = String> {
    proptest::collection::vec(select(PIECES), 0..16).prop_map(|pieces| pieces.concat())
}

fn check_inline(old: &str, new: &str) -> Result<(), TestCaseError> {
    let fragments = inline::fragments(old, new);
    let text = |without: Mark| -> String {
        fragments
            .iter()
            .filter(|f| f.mark != without)
            .map(|f| f.text.as_str())
            .collect()
    };
    prop_assert_eq!(text(Mark::Added), old);
    prop_assert_eq!(text(Mark::Removed), new);
    prop_assert!(well_formed(&fragments), "{:?}", fragments);
    Ok(())
}
