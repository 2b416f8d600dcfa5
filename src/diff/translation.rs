//! The changes of the Japanese as a reader of the English translation sees
//! them. Japanese is the authoritative text of the notice and English a
//! translation that may lag behind it, so what a revision changed is
//! decided on the Japanese alone: every label, category, purpose, section
//! and paragraph keeps the status, place and marks it has there, and only
//! its text is taken from the translation. Were the English compared on its
//! own, a translation filled in later would read as text removed and added,
//! and a revision that only translates would seem to change purposes.
//!
//! Two cases need saying out loud. A translation that changed while its
//! Japanese did not is `Translation::Updated`: shown as such, never counted
//! as a change. A Japanese change whose translation did not follow (or
//! whose paragraph cannot be matched in the English) is shown as the
//! Japanese change, marked as Japanese, `Translation::Lagging`: a reader of
//! the translation must not miss a change because the English still reads
//! as before.

use super::changes::{
    CategoryDiff, GroupDiff, Item, Label, LabelDiff, PurposeDiff, PurposesDiff, RevisionDiff,
    SectionDiff, Status,
};
use super::inline::Mark;
use super::japanese::label_texts;
use super::text::paragraphs;
use super::text::{Inline, Side, Translation};
use crate::content::{Category, Multilingual, Prose, Revision, Section, Text, markdown};
use crate::lang::{Lang, Language};

/// `japanese`, the diff of the Japanese of `old` and `new`, in the texts a
/// reader of the English sees.
pub(super) fn translated(
    japanese: &RevisionDiff,
    old: &Revision,
    new: &Revision,
    to: &Language,
) -> RevisionDiff {
    let (o, n) = (&old.body.purposes, &new.body.purposes);
    RevisionDiff {
        labels: labels(&japanese.labels, old, new, to),
        purposes: PurposesDiff {
            categories: japanese
                .purposes
                .categories
                .iter()
                .map(|category| self::category(category, &o.categories, &n.categories, to))
                .collect(),
            intro: prose(
                &japanese.purposes.intro,
                o.intro.as_ref(),
                n.intro.as_ref(),
                to,
            ),
            notes: prose(
                &japanese.purposes.notes,
                o.notes.as_ref(),
                n.notes.as_ref(),
                to,
            ),
        },
        sections: japanese
            .sections
            .iter()
            .map(|section| self::section(section, &old.sections, &new.sections, to))
            .collect(),
    }
}

/// One text of one side in Japanese and in the translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Both<'a> {
    ja: &'a str,
    en: English<'a>,
    /// The translation's language.
    lang: Lang,
}

/// The translation of a text, as far as it can be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum English<'a> {
    Text(&'a str),
    /// Not translated: a reader sees the Japanese.
    Missing,
    /// A paragraph of a translation whose paragraphs do not pair one to one
    /// with the Japanese ones: it is somewhere in the English, but which
    /// English paragraph it is cannot be told.
    Unmatched,
}

impl<'a> Both<'a> {
    fn of(text: &'a Text, to: &Language) -> Both<'a> {
        Both {
            ja: &text.ja,
            en: text
                .in_lang(to.lang)
                .map_or(English::Missing, |text| English::Text(text)),
            lang: to.lang,
        }
    }

    /// What the changes page shows a reader of the translation: the
    /// English, or the Japanese where there is none to show.
    fn shown(self) -> Side<'a> {
        match self.en {
            English::Text(text) => Side {
                text,
                lang: self.lang,
            },
            English::Missing | English::Unmatched => Side {
                text: self.ja,
                lang: Lang::JA,
            },
        }
    }

    /// A change of this text can only be shown in Japanese.
    fn unmatched(self) -> bool {
        self.en == English::Unmatched
    }
}

/// A text whose Japanese is the same on both sides: the same for a reader
/// of the translation, or its translation updated.
fn unchanged(old: Both<'_>, new: Both<'_>) -> Inline {
    let (old_shown, new_shown) = (old.shown(), new.shown());
    let mut text = Inline::whole(Mark::Same, new_shown);
    if old_shown != new_shown && !old.unmatched() && !new.unmatched() {
        text.translation = Translation::Updated;
    }
    text
}

/// A text whose Japanese changed (`japanese` is that change): the change in
/// the translation, or in Japanese where the translation did not follow.
fn changed(japanese: &Inline, old: Both<'_>, new: Both<'_>) -> Inline {
    let stayed = matches!(old.en, English::Text(_)) && old.en == new.en;
    if stayed || old.unmatched() || new.unmatched() {
        Inline {
            translation: Translation::Lagging,
            ..japanese.clone()
        }
    } else {
        Inline::compare(old.shown(), new.shown())
    }
}

/// A text on both sides, changed in Japanese or not.
fn both(japanese: &Inline, old: Both<'_>, new: Both<'_>) -> Inline {
    if old.ja == new.ja {
        unchanged(old, new)
    } else {
        changed(japanese, old, new)
    }
}

/// One text of the Japanese diff, whose status there is `status`, with its
/// old and new sides where it has them.
fn text(japanese: &Inline, status: Status, old: Option<Both<'_>>, new: Option<Both<'_>>) -> Inline {
    match (status, old, new) {
        (Status::Added, old, Some(new)) => {
            let mut text = Inline::whole(Mark::Added, new.shown());
            text.translation = match old {
                // Moved: the same Japanese was elsewhere before.
                Some(old) => unchanged(old, new).translation,
                None if new.unmatched() => Translation::Lagging,
                None => Translation::InStep,
            };
            text
        }
        (Status::Removed, Some(old), new) => {
            let mut text = Inline::whole(Mark::Removed, old.shown());
            if new.is_none() && old.unmatched() {
                text.translation = Translation::Lagging;
            }
            text
        }
        (Status::Same | Status::Changed, Some(old), Some(new)) => both(japanese, old, new),
        // Not reached with the revisions the Japanese diff was made from.
        _ => japanese.clone(),
    }
}

fn items(japanese: &[Item], old: &[Both<'_>], new: &[Both<'_>]) -> Vec<Item> {
    japanese
        .iter()
        .map(|item| self::item(item, old, new))
        .collect()
}

fn item(item: &Item, old: &[Both<'_>], new: &[Both<'_>]) -> Item {
    let old = item.old_index.and_then(|i| old.get(i).copied());
    let new = item.new_index.and_then(|j| new.get(j).copied());
    Item {
        status: item.status,
        moved: item.moved,
        old_index: item.old_index,
        new_index: item.new_index,
        text: text(&item.text, item.status, old, new),
    }
}

fn labels(japanese: &[LabelDiff], old: &Revision, new: &Revision, to: &Language) -> Vec<LabelDiff> {
    label_texts(old, new)
        .into_iter()
        .filter_map(|(label, old, new)| {
            let japanese = japanese.iter().find(|diff| diff.label == label);
            label_change(label, japanese, old, new, to)
        })
        .collect()
}

/// One label in the translation, `japanese` its change in Japanese if it
/// changed there: there when it changed or only its translation did.
pub(super) fn label_change(
    label: Label,
    japanese: Option<&LabelDiff>,
    old: &Text,
    new: &Text,
    to: &Language,
) -> Option<LabelDiff> {
    let (old, new) = (Both::of(old, to), Both::of(new, to));
    let text = match japanese {
        Some(diff) => changed(&diff.text, old, new),
        None => unchanged(old, new),
    };
    (text.is_changed() || text.translation != Translation::InStep)
        .then_some(LabelDiff { label, text })
}

/// A name of an entry of status `status` (`renamed` in Japanese), in the
/// translation.
pub(super) fn name(
    japanese: &Inline,
    status: Status,
    renamed: bool,
    old: Option<&Text>,
    new: Option<&Text>,
    to: &Language,
) -> Inline {
    text(
        japanese,
        name_status(status, renamed),
        old.map(|old| Both::of(old, to)),
        new.map(|new| Both::of(new, to)),
    )
}

/// A short text merged as a list of at most one (see `document::short`),
/// in the translation.
pub(super) fn short(
    japanese: &[Item],
    old: Option<&Text>,
    new: Option<&Text>,
    to: &Language,
) -> Vec<Item> {
    let old: Vec<Both<'_>> = old.map(|old| Both::of(old, to)).into_iter().collect();
    let new: Vec<Both<'_>> = new.map(|new| Both::of(new, to)).into_iter().collect();
    items(japanese, &old, &new)
}

/// Every section, in the translation.
pub(super) fn sections(
    japanese: &[SectionDiff],
    old: &[Section],
    new: &[Section],
    to: &Language,
) -> Vec<SectionDiff> {
    japanese
        .iter()
        .map(|section| self::section(section, old, new, to))
        .collect()
}

/// The status a name or title has within an entry of status `status`.
fn name_status(status: Status, changed: bool) -> Status {
    match status {
        Status::Added | Status::Removed => status,
        Status::Same | Status::Changed if changed => Status::Changed,
        Status::Same | Status::Changed => Status::Same,
    }
}

fn category(
    japanese: &CategoryDiff,
    old: &[Category],
    new: &[Category],
    to: &Language,
) -> CategoryDiff {
    let old = japanese.old_index.and_then(|i| old.get(i));
    let new = japanese.new_index.and_then(|j| new.get(j));
    CategoryDiff {
        id: japanese.id.clone(),
        status: japanese.status,
        old_index: japanese.old_index,
        new_index: japanese.new_index,
        name: text(
            &japanese.name,
            name_status(japanese.status, japanese.renamed),
            old.map(|c| Both::of(&c.name, to)),
            new.map(|c| Both::of(&c.name, to)),
        ),
        renamed: japanese.renamed,
        moved: japanese.moved,
        description: prose(
            &japanese.description,
            old.and_then(|c| c.description.as_ref()),
            new.and_then(|c| c.description.as_ref()),
            to,
        ),
        groups: japanese
            .groups
            .iter()
            .map(|group| self::group(group, (old, new), to))
            .collect(),
    }
}

/// One group of a category, whose old and new sides are `sides`.
fn group(
    japanese: &GroupDiff,
    sides: (Option<&Category>, Option<&Category>),
    to: &Language,
) -> GroupDiff {
    let (old, new) = sides;
    let (old_purposes, new_purposes) = (purposes(old, to), purposes(new, to));
    GroupDiff {
        id: japanese.id.clone(),
        status: japanese.status,
        old_index: japanese.old_index,
        new_index: japanese.new_index,
        name: japanese.name.as_ref().map(|name| {
            text(
                name,
                name_status(japanese.status, japanese.renamed),
                label(old, japanese.old_index, to),
                label(new, japanese.new_index, to),
            )
        }),
        renamed: japanese.renamed,
        moved: japanese.moved,
        purposes: japanese
            .purposes
            .iter()
            .map(|purpose| {
                // Indices are places in the whole category; so is a move's partner.
                let item = &purpose.item;
                PurposeDiff {
                    item: self::item(item, &old_purposes, &new_purposes),
                    moved_across: purpose.moved_across,
                    explanation_changed: purpose.explanation_changed,
                    reworded: purpose.reworded,
                    explanation: prose(
                        &purpose.explanation,
                        explanation(old, item.old_index),
                        explanation(new, item.new_index),
                        to,
                    ),
                }
            })
            .collect(),
    }
}

fn label<'a>(
    category: Option<&'a Category>,
    index: Option<usize>,
    to: &Language,
) -> Option<Both<'a>> {
    let group = category.zip(index).and_then(|(c, k)| c.groups.get(k));
    group
        .and_then(|g| g.label.as_ref())
        .map(|l| Both::of(&l.name, to))
}

/// The explanation of the purpose at `index` in the whole category.
fn explanation(category: Option<&Category>, index: Option<usize>) -> Option<&Multilingual<Prose>> {
    let purpose = category.zip(index).and_then(|(c, k)| c.purposes().nth(k));
    purpose.and_then(|p| p.explanation.as_ref())
}

fn purposes<'a>(category: Option<&'a Category>, to: &Language) -> Vec<Both<'a>> {
    category.map_or_else(Vec::new, |c| {
        c.purposes()
            .map(|purpose| Both::of(&purpose.text, to))
            .collect()
    })
}

fn section(japanese: &SectionDiff, old: &[Section], new: &[Section], to: &Language) -> SectionDiff {
    let old = japanese.old_index.and_then(|i| old.get(i));
    let new = japanese.new_index.and_then(|j| new.get(j));
    let (old_paragraphs, new_paragraphs) = (
        Paragraphs::of(old.map(|s| &s.body), to),
        Paragraphs::of(new.map(|s| &s.body), to),
    );
    SectionDiff {
        id: japanese.id.clone(),
        status: japanese.status,
        old_index: japanese.old_index,
        new_index: japanese.new_index,
        moved: japanese.moved,
        title: text(
            &japanese.title,
            name_status(japanese.status, japanese.title.is_changed()),
            old.map(|s| Both::of(&s.title, to)),
            new.map(|s| Both::of(&s.title, to)),
        ),
        blocks: items(
            &japanese.blocks,
            &old_paragraphs.both(),
            &new_paragraphs.both(),
        ),
    }
}

pub(super) fn prose(
    japanese: &[Item],
    old: Option<&Multilingual<Prose>>,
    new: Option<&Multilingual<Prose>>,
    to: &Language,
) -> Vec<Item> {
    let (old, new) = (Paragraphs::of(old, to), Paragraphs::of(new, to));
    items(japanese, &old.both(), &new.both())
}

/// The paragraphs of a prose text in both languages. The English ones are
/// paired with the Japanese ones by position, which holds only when there
/// are as many of them: a translation written paragraph for paragraph.
struct Paragraphs {
    ja: Vec<String>,
    en: Option<Vec<String>>,
    lang: Lang,
}

impl Paragraphs {
    fn of(prose: Option<&Multilingual<Prose>>, to: &Language) -> Paragraphs {
        Paragraphs {
            ja: paragraphs(prose),
            en: prose
                .and_then(|prose| prose.in_lang(to.lang))
                .map(|en| markdown::paragraphs(&en.source, to.punctuation)),
            lang: to.lang,
        }
    }

    fn both(&self) -> Vec<Both<'_>> {
        self.ja
            .iter()
            .enumerate()
            .map(|(k, ja)| Both {
                ja,
                lang: self.lang,
                en: match &self.en {
                    None => English::Missing,
                    Some(en) if en.len() == self.ja.len() => English::Text(&en[k]),
                    Some(_) => English::Unmatched,
                },
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::fixtures::{
        self, bi, ja, lines, marked, prose, purpose_lines, revision, sample,
    };
    use crate::diff::{Summary, TranslationSummary, diff};
    use crate::lang::testing::{english as in_english, japanese as in_japanese};

    fn side(text: &str, lang: Lang) -> Side<'_> {
        Side { text, lang }
    }

    fn both<'a>(ja: &'a str, en: English<'a>) -> Both<'a> {
        Both {
            ja,
            en,
            lang: Lang::TEST_EN,
        }
    }

    #[test]
    fn a_translation_filled_in_or_improved_is_updated_not_changed() {
        let missing = both("資格の確認", English::Missing);
        let translated = both("資格の確認", English::Text("Checking eligibility"));
        let improved = both("資格の確認", English::Text("Verifying eligibility"));
        for (old, new) in [
            (missing, translated),
            (translated, improved),
            (translated, missing),
        ] {
            let text = unchanged(old, new);
            assert_eq!(text.translation, Translation::Updated, "{old:?} → {new:?}");
            assert!(!text.is_changed(), "no marks: nothing was removed or added");
            assert_eq!(text.new_text(), new.shown().text);
            assert_eq!(text.lang, new.shown().lang);
        }
        assert_eq!(
            unchanged(translated, translated).translation,
            Translation::InStep
        );
        assert_eq!(unchanged(missing, missing).translation, Translation::InStep);
    }

    #[test]
    fn a_japanese_change_the_translation_did_not_follow_is_shown_in_japanese() {
        let japanese = Inline::compare(
            side("健康保険証の発行", Lang::JA),
            side("資格確認書の発行", Lang::JA),
        );
        let old = both(
            "健康保険証の発行",
            English::Text("Issuing health insurance cards"),
        );
        let lagging = both(
            "資格確認書の発行",
            English::Text("Issuing health insurance cards"),
        );
        let text = changed(&japanese, old, lagging);
        assert_eq!(text.translation, Translation::Lagging);
        assert_eq!((text.old_lang, text.lang), (Lang::JA, Lang::JA));
        assert_eq!(text.fragments, japanese.fragments);

        let followed = both(
            "資格確認書の発行",
            English::Text("Issuing eligibility certificates"),
        );
        let text = changed(&japanese, old, followed);
        assert_eq!(text.translation, Translation::InStep);
        assert_eq!(text.old_text(), "Issuing health insurance cards");
        assert_eq!(text.new_text(), "Issuing eligibility certificates");

        // Never translated: the Japanese change, as the page shows it.
        let text = changed(
            &japanese,
            both("健康保険証の発行", English::Missing),
            both("資格確認書の発行", English::Missing),
        );
        assert_eq!(text.translation, Translation::InStep);
        assert_eq!(text.fragments, japanese.fragments);
    }

    #[test]
    fn english_paragraphs_pair_with_japanese_ones_only_one_to_one() {
        use crate::diff::fixtures::prose;
        let paired = prose("一。\n\n二。", Some("One.\n\nTwo."));
        let paragraphs = Paragraphs::of(Some(&paired), in_english());
        assert_eq!(paragraphs.both()[1], both("二。", English::Text("Two.")));
        let merged = prose("一。\n\n二。", Some("One and two."));
        let paragraphs = Paragraphs::of(Some(&merged), in_english());
        assert_eq!(paragraphs.both()[0], both("一。", English::Unmatched));
        let untranslated = prose("一。", None);
        let paragraphs = Paragraphs::of(Some(&untranslated), in_english());
        assert_eq!(paragraphs.both()[0], both("一。", English::Missing));
        assert!(Paragraphs::of(None, in_english()).both().is_empty());
    }

    /// The eligibility category of [`english_follows_the_japanese`]'s
    /// revisions: name and purposes as (Japanese, English).
    fn eligibility(name: Text, purposes: Vec<Text>) -> Revision {
        revision(
            vec![Category {
                id: "eligibility".into(),
                name,
                description: None,
                groups: fixtures::listing(purposes),
            }],
            vec![],
        )
    }

    #[test]
    fn english_follows_the_japanese() {
        let old = eligibility(
            ja("資格情報"),
            vec![
                ja("資格の確認"),
                bi("健康保険証の発行", "Issuing health insurance certificates"),
                ja("被扶養者の認定"),
            ],
        );
        let new = eligibility(
            bi("資格情報", "Eligibility information"),
            vec![
                bi("資格の確認", "Checking eligibility"),
                bi("資格確認書の発行", "Issuing eligibility certificates"),
                ja("被扶養者の認定"),
            ],
        );
        let diff_en = diff(&old, &new, in_english());
        let category = &diff_en.purposes.categories[0];
        assert!(!category.renamed, "a translation arrived: no rename");
        assert_eq!(marked(&category.name), "Eligibility information");
        assert_eq!(category.name.translation, Translation::Updated);
        assert_eq!(
            purpose_lines(category),
            [
                "  Checking eligibility",
                "~ Issuing [-health insurance-]{+eligibility+} certificates",
                "  被扶養者の認定",
            ]
        );
        let shown: Vec<_> = category
            .purposes()
            .map(|purpose| &purpose.item)
            .map(|item| (item.text.old_lang, item.text.lang, item.text.translation))
            .collect();
        assert_eq!(
            shown,
            [
                (Lang::TEST_EN, Lang::TEST_EN, Translation::Updated),
                (Lang::TEST_EN, Lang::TEST_EN, Translation::InStep),
                (Lang::JA, Lang::JA, Translation::InStep)
            ]
        );

        // In Japanese only the reworded purpose changed; the counts are
        // the same in English, where two translations came on top.
        let diff_ja = diff(&old, &new, in_japanese());
        assert_eq!(
            purpose_lines(&diff_ja.purposes.categories[0]),
            [
                "  資格の確認",
                "~ [-健康保険証-]{+資格確認書+}の発行",
                "  被扶養者の認定"
            ]
        );
        let expected = Summary {
            purposes_changed: 1,
            ..Summary::default()
        };
        assert_eq!(diff_ja.summary(), expected);
        assert_eq!(
            diff_en.summary(),
            Summary {
                translation: TranslationSummary {
                    updated: 2,
                    lagging: 0
                },
                ..expected
            }
        );
    }

    #[test]
    fn a_translation_filled_in_later_changes_nothing() {
        let old = eligibility(ja("資格情報"), vec![ja("資格の確認"), ja("保険料の徴収")]);
        let new = eligibility(
            bi("資格情報", "Eligibility"),
            vec![
                bi("資格の確認", "Checking eligibility"),
                bi("保険料の徴収", "Collecting premiums"),
            ],
        );
        let diff = diff(&old, &new, in_english());
        assert!(diff.is_empty());
        assert!(diff.purposes.categories.iter().all(|c| !c.is_changed()));
        let summary = diff.summary();
        assert!(!summary.changes_purposes());
        assert_eq!(
            summary,
            Summary {
                translation: TranslationSummary {
                    updated: 3,
                    lagging: 0
                },
                ..Summary::default()
            }
        );
    }

    #[test]
    fn a_japanese_change_the_english_did_not_follow_is_shown_in_japanese() {
        let old = eligibility(
            bi("資格情報", "Eligibility"),
            vec![bi("健康保険証の発行", "Issuing health insurance cards")],
        );
        let new = eligibility(
            bi("資格関係情報", "Eligibility"),
            vec![bi("資格確認書の発行", "Issuing health insurance cards")],
        );
        let diff = diff(&old, &new, in_english());
        let category = &diff.purposes.categories[0];
        assert!(category.renamed);
        assert_eq!(marked(&category.name), "資格{+関係+}情報");
        assert_eq!(category.name.translation, Translation::Lagging);
        assert_eq!(
            purpose_lines(category),
            ["~ [-健康保険証-]{+資格確認書+}の発行"]
        );
        let purpose = &category.groups[0].purposes[0].item.text;
        assert_eq!(
            (purpose.old_lang, purpose.lang, purpose.translation),
            (Lang::JA, Lang::JA, Translation::Lagging)
        );
        assert_eq!(diff.summary().translation.lagging, 2);
        assert_eq!(diff.summary().categories_renamed, 1);
    }

    #[test]
    fn paragraphs_the_english_does_not_pair_with_are_shown_in_japanese() {
        let mut old = sample();
        old.sections[1].body = prose("窓口で受け付けます。", Some("Please ask the desk."));
        let mut new = sample();
        new.sections[1].body = prose(
            "窓口で受け付けます。\n\n郵送でも受け付けます。",
            Some("Please ask the desk, or write to us."),
        );
        let diff = diff(&old, &new, in_english());
        let blocks = &diff.sections[1].blocks;
        assert_eq!(
            lines(blocks),
            ["  窓口で受け付けます。", "+ {+郵送でも受け付けます。+}"]
        );
        assert_eq!(blocks[1].text.lang, Lang::JA);
        assert_eq!(blocks[1].text.translation, Translation::Lagging);
        assert_eq!(blocks[0].text.translation, Translation::InStep);
        assert_eq!(diff.summary().paragraphs_changed, 1);
    }

    #[test]
    fn untranslated_prose_is_compared_in_japanese_on_the_english_side() {
        let mut old = sample();
        old.body.purposes.notes = Some(prose("目的外には利用しません。", None));
        let mut new = sample();
        new.body.purposes.notes = Some(prose("目的外には一切利用しません。", None));
        let diff = diff(&old, &new, in_english());
        let note = &diff.purposes.notes[0];
        assert_eq!(marked(&note.text), "目的外には{+一切+}利用しません。");
        assert_eq!((note.text.old_lang, note.text.lang), (Lang::JA, Lang::JA));
    }
}
