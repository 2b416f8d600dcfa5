//! What the English side of a diff must show, given what the Japanese
//! side decided: the same statuses and places, each text in the language
//! it is shown in.

use super::*;
use crate::lang::{Lang, Punctuation};

/// One text of one side as the translation pairs with it.
#[derive(Clone, Debug)]
pub(super) struct Expected {
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
            en: text.en().cloned(),
            unmatched: false,
        }
    }

    fn shown(&self) -> (String, Lang) {
        match &self.en {
            Some(en) if !self.unmatched => (en.clone(), Lang::TEST_EN),
            _ => (self.ja.clone(), Lang::JA),
        }
    }
}

pub(super) fn expected_paragraphs(prose: Option<&Multilingual<Prose>>) -> Vec<Expected> {
    let Some(prose) = prose else {
        return Vec::new();
    };
    let ja = markdown::paragraphs(&prose.ja.source, Punctuation::FullWidth);
    let en = prose
        .en()
        .map(|en| markdown::paragraphs(&en.source, Punctuation::HalfWidth));
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
pub(super) fn check_text(
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
                prop_assert_eq!((en.old_lang, en.lang), (Lang::JA, Lang::JA));
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

pub(super) fn check_items(
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
pub(super) fn name_status(status: Status, changed: bool) -> Status {
    match status {
        Status::Added | Status::Removed => status,
        _ if changed => Status::Changed,
        _ => Status::Same,
    }
}

pub(super) fn check_groups(
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

pub(super) fn check_english(
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
    let (o, n) = (&old.body.purposes, &new.body.purposes);
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
