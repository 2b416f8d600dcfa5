//! Properties of every diff: both revisions can be rebuilt from it, in
//! each language, and every inline diff is well formed.

use crate::lang::Lang;
use proptest::prelude::*;
use proptest::sample::select;

mod english;
mod generate;
mod rebuild;

use generate::{Edit, edited, pairs, revisions};

/// A text with the language it is in.
type Shown = (String, Lang);

use super::*;
use crate::content::{Category, Multilingual, Prose, Revision, Section, Text, markdown};
use crate::diff::japanese::label_texts;
use crate::lang::testing::{english as in_english, japanese as in_japanese};
use english::*;
use rebuild::*;

/// Fragments are never empty, never next to one of the same mark,
/// and a replacement's removed text comes first.
fn well_formed(fragments: &[Fragment]) -> bool {
    fragments.iter().all(|f| !f.text.is_empty())
        && fragments.windows(2).all(|pair| {
            pair[0].mark != pair[1].mark
                && !(pair[0].mark == Mark::Added && pair[1].mark == Mark::Removed)
        })
}

proptest! {
    #[test]
    fn both_revisions_can_be_rebuilt_from_the_japanese_diff((old, new) in pairs()) {
        let lang = Lang::JA;
        let diff = diff(&old, &new, in_japanese());
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
        let [ja, en]: [RevisionDiff; 2] = diffs(&old, &new, &crate::lang::testing::LANGUAGES)
            .try_into()
            .expect("a diff per language");
        prop_assert_eq!(&ja, &diff(&old, &new, in_japanese()));
        prop_assert_eq!(&en, &diff(&old, &new, in_english()));
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
        let en = diff(&old, &new, in_english());
        prop_assert!(en.is_empty());
        let summary = en.summary();
        prop_assert_eq!(summary.translation.lagging, 0);
        prop_assert_eq!(Summary { translation: TranslationSummary::default(), ..summary }, Summary::default());
    }

    #[test]
    fn purposes_change_exactly_when_the_model_says_so((old, new) in pairs()) {
        let summary = diff(&old, &new, in_japanese()).summary();
        prop_assert_eq!(summary.changes_purposes(), old.body.purposes.differs_from(&new.body.purposes));
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
