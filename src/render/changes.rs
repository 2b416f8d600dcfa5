//! The changes page of a revision: its change note, a count of what changed,
//! the changed categories of the purposes table as a table, and the changed
//! paragraphs of the prose, with added and removed text marked by `<ins>`
//! and `<del>` plus words a screen reader reads out ("追加：", "削除："),
//! so that nothing depends on colour. On the English page, the changes are
//! those of the Japanese: a change the translation did not follow is shown
//! in Japanese with a note, and translations only added or improved are
//! listed apart, as no change.

use askama::Template;
use jiff::civil::Date;

use super::change_words::{self, category_tags, group_tags, lagging, purpose_notes};
use super::links::relative;
use super::locale;
use super::locale::group_words;
use super::sentences;
use super::view::filters;
use super::view::{Chrome, DateRow, Link, Localized};
use super::words::Words;
use crate::diff::{
    CategoryDiff, Inline, Item, Label, Mark, RevisionDiff, SectionDiff, Status, Translation,
};
use crate::lang::Lang;
use crate::render::locale::Locale;
use crate::site_paths::{changes_path, revision_path};
use crate::timeline::Entry;

#[derive(Template)]
#[template(path = "changes.html")]
pub(crate) struct ChangesPage<'a> {
    pub chrome: Chrome<'a>,
    pub view: ChangesView<'a>,
}

pub(crate) struct ChangesView<'a> {
    pub title: String,
    pub frame: ChangesFrame<'a>,
    pub labels: Vec<LabelChange<'a>>,
    pub purposes: PurposesChange<'a>,
    pub sections: Vec<SectionChange<'a>>,
    /// Texts whose translation alone was added or improved.
    pub translations: Vec<TranslationView<'a>>,
}

/// What every changes page says around the changes, the notice's and
/// any other document's alike (`partials/changes_head.html`,
/// `partials/changes_links.html`): the dates, the change note with the
/// count of what changed, and links to the revision and to the one it is
/// compared with.
pub(crate) struct ChangesFrame<'a> {
    pub dates: Vec<DateRow>,
    pub note: Localized<'a>,
    pub summary: String,
    /// Said instead of the legend when nothing changed but translations.
    pub unchanged: Option<&'a str>,
    pub links: Vec<Link>,
}

impl<'a> ChangesFrame<'a> {
    /// The frame of `entry`'s changes page at `here`, whose record has
    /// the page of the revision of a date at `page(date)`.
    pub(crate) fn new<B>(
        entry: &Entry<'a, B>,
        here: &str,
        page: impl Fn(Date) -> String,
        summary: String,
        lang: &Locale<'a>,
    ) -> ChangesFrame<'a> {
        let revision = entry.revision;
        let words = locale::words(lang);
        let mut dates = vec![
            DateRow::date(&words.effective, revision.effective, lang),
            DateRow::date(&words.announced, revision.announced, lang),
        ];
        let mut links = vec![Link {
            href: relative(here, &page(revision.effective)),
            text: words.read_version.to_owned(),
        }];
        if let Some(previous) = entry.previous {
            let link = Link {
                href: relative(here, &page(previous.effective)),
                text: sentences::revision_title(previous.effective, lang),
            };
            dates.push(DateRow {
                term: words.compared_with.clone(),
                text: String::new(),
                iso: None,
                link: Some(link.clone()),
            });
            links.push(link);
        }
        ChangesFrame {
            dates,
            note: Localized::of(revision.note.get(lang), lang),
            summary,
            unchanged: None,
            links,
        }
    }
}

/// A text whose translation was updated, and where it is: a category's
/// name, a heading, a label's name or a section's title.
pub(crate) struct TranslationView<'a> {
    pub place: String,
    pub place_lang: Option<&'a str>,
    pub text: InlineView<'a>,
}

pub(crate) struct LabelChange<'a> {
    pub name: &'a str,
    pub text: InlineView<'a>,
    pub tag: Option<&'a str>,
}

pub(crate) struct PurposesChange<'a> {
    pub heading: Localized<'a>,
    pub category_header: Localized<'a>,
    pub purposes_header: Localized<'a>,
    /// What a category's description is called: the table's
    /// `description_header`, or a plain word.
    pub description_header: Localized<'a>,
    /// Said of a group with no purposes.
    pub no_purposes: &'a str,
    pub rows: Vec<RowChange<'a>>,
    pub intro: Vec<ItemView<'a>>,
    pub notes: Vec<ItemView<'a>>,
}

pub(crate) struct RowChange<'a> {
    pub id: &'a str,
    pub name: InlineView<'a>,
    /// Whole-row marks: added, removed, renamed, moved.
    pub tags: Vec<&'a str>,
    /// The changed paragraphs of its description.
    pub description: Vec<ItemView<'a>>,
    pub groups: Vec<GroupView<'a>>,
}

pub(crate) struct SectionChange<'a> {
    pub id: &'a str,
    pub title: InlineView<'a>,
    pub tag: Option<&'a str>,
    pub note: Option<&'a str>,
    pub blocks: Vec<ItemView<'a>>,
}

/// One purpose or paragraph: its text with changes marked, and a tag when
/// it moved rather than changed, or when it is shown in Japanese because
/// the translation did not follow.
pub(crate) struct ItemView<'a> {
    pub text: InlineView<'a>,
    pub tag: Option<&'a str>,
    pub changed: bool,
}

/// A text with its added and removed parts. `lang` is set when the text is
/// not in the page's language (an untranslated fallback).
pub(crate) struct InlineView<'a> {
    pub lang: Option<&'a str>,
    pub parts: Vec<Part<'a>>,
}

pub(crate) struct Part<'a> {
    pub text: &'a str,
    pub added: bool,
    pub removed: bool,
    /// Set on removed text in another language than the rest: a Japanese
    /// fallback that a translation has replaced.
    pub lang: Option<&'a str>,
}

impl<'a> InlineView<'a> {
    pub(crate) fn new(inline: &'a Inline, page: &Locale<'a>) -> InlineView<'a> {
        InlineView {
            lang: (inline.lang != page.lang).then(|| page.tag_of(inline.lang)),
            parts: inline
                .fragments
                .iter()
                .map(|fragment| Part {
                    text: &fragment.text,
                    added: fragment.mark == Mark::Added,
                    removed: fragment.mark == Mark::Removed,
                    lang: (fragment.mark == Mark::Removed && inline.old_lang != inline.lang)
                        .then(|| page.tag_of(inline.old_lang)),
                })
                .collect(),
        }
    }

    /// The text as it now reads, every part unmarked: for a purpose that
    /// only moved.
    pub(crate) fn plain(inline: &'a Inline, page: &Locale<'a>) -> InlineView<'a> {
        let mut view = InlineView::new(inline, page);
        for part in &mut view.parts {
            part.added = false;
            part.removed = false;
        }
        view
    }
}

impl<'a> ChangesView<'a> {
    pub(crate) fn new(
        entry: &Entry<'a>,
        diff: &'a RevisionDiff,
        lang: &'a Locale<'a>,
    ) -> ChangesView<'a> {
        let revision = entry.revision;
        let words = locale::words(lang);
        let here = changes_path(lang, revision.effective);
        let purposes = &revision.body.purposes;
        let text = |t: &'a crate::content::Text| Localized::of(t.get(lang), lang);
        let heading = purposes.heading.get(lang);
        ChangesView {
            title: sentences::changes_title(revision.effective, lang),
            frame: ChangesFrame::new(
                entry,
                &here,
                |date| revision_path(lang, date),
                sentences::summary_sentence(&diff.summary(), lang),
                lang,
            ),
            labels: diff
                .labels
                .iter()
                .filter(|change| change.text.translation != Translation::Updated)
                .map(|change| LabelChange {
                    name: &words.label_names[label_index(change.label)],
                    text: InlineView::new(&change.text, lang),
                    tag: lagging(&change.text, words),
                })
                .collect(),
            purposes: PurposesChange {
                heading: text(&purposes.heading),
                category_header: text(&purposes.category_header),
                purposes_header: text(&purposes.purposes_header),
                description_header: purposes.description_header.as_ref().map_or(
                    Localized {
                        text: &group_words(lang).description,
                        lang: None,
                    },
                    text,
                ),
                no_purposes: &group_words(lang).none,
                rows: diff
                    .purposes
                    .categories
                    .iter()
                    .filter(|category| category.is_changed())
                    .map(|category| row(category, words, lang))
                    .collect(),
                intro: changed_blocks(&diff.purposes.intro, words, lang),
                notes: changed_blocks(&diff.purposes.notes, words, lang),
            },
            sections: diff
                .sections
                .iter()
                .filter(|section| section.is_changed())
                .map(|section| section_change(section, words, lang))
                .collect(),
            translations: translation_updates(diff, (heading.value, heading.lang), lang)
                .into_iter()
                .map(|update| TranslationView {
                    place_lang: (update.place_lang != lang.lang)
                        .then(|| lang.tag_of(update.place_lang)),
                    place: update.place,
                    text: InlineView::new(update.text, lang),
                })
                .collect(),
        }
    }

    pub(crate) fn has_purpose_rows(&self) -> bool {
        !self.purposes.rows.is_empty()
    }

    pub(crate) fn has_other_changes(&self) -> bool {
        !self.labels.is_empty()
            || !self.purposes.intro.is_empty()
            || !self.purposes.notes.is_empty()
            || !self.sections.is_empty()
    }
}

fn label_index(label: Label) -> usize {
    match label {
        Label::Title => 0,
        Label::PurposesHeading => 1,
        Label::Caption => 2,
        Label::CategoryHeader => 3,
        Label::PurposesHeader => 4,
    }
}

fn row<'a>(category: &'a CategoryDiff, words: &'a Words, lang: &'a Locale<'a>) -> RowChange<'a> {
    let mut tags = category_tags(category, words);
    tags.extend(lagging(&category.name, words));
    RowChange {
        id: &category.id,
        name: InlineView::new(&category.name, lang),
        tags,
        description: changed_blocks(&category.description, words, lang),
        groups: groups(category, words, lang),
    }
}

/// One group of a changed category on the changes page.
pub(crate) struct GroupView<'a> {
    /// `None` for a category that lists its purposes directly.
    pub name: Option<InlineView<'a>>,
    pub tags: Vec<&'a str>,
    pub purposes: Vec<PurposeView<'a>>,
}

/// One purpose, its marks, what is said of it, and its explanation.
pub(crate) struct PurposeView<'a> {
    pub text: InlineView<'a>,
    pub tags: Vec<String>,
    pub changed: bool,
    /// Every paragraph of its explanation, changes marked.
    pub explanation: Vec<ItemView<'a>>,
}

pub(crate) fn groups<'a>(
    category: &'a CategoryDiff,
    words: &'a Words,
    lang: &Locale<'a>,
) -> Vec<GroupView<'a>> {
    category
        .groups
        .iter()
        .map(|group| GroupView {
            name: group.name.as_ref().map(|name| InlineView::new(name, lang)),
            tags: group_tags(group, words),
            purposes: group
                .purposes
                .iter()
                .filter(|purpose| change_words::shown(purpose))
                .map(|purpose| {
                    let item = &purpose.item;
                    PurposeView {
                        // A moved text reads as it is now; its marks are the move's.
                        text: if item.moved {
                            InlineView::plain(&item.text, lang)
                        } else {
                            InlineView::new(&item.text, lang)
                        },
                        tags: purpose_notes(purpose, category, words, group_words(lang)),
                        changed: item.status != Status::Same,
                        explanation: items(&purpose.explanation, words, lang),
                    }
                })
                .collect(),
        })
        .collect()
}

/// Every item of a merged list as the page shows it: a moved item once, at
/// its new place, tagged as moved; everything else with its marks.
pub(crate) fn items<'a>(
    merged: &'a [Item],
    words: &'a Words,
    lang: &Locale<'a>,
) -> Vec<ItemView<'a>> {
    merged
        .iter()
        .filter(|item| !(item.moved && item.status == Status::Removed))
        .map(|item| {
            if item.moved {
                ItemView {
                    text: InlineView::plain(&item.text, lang),
                    tag: Some(&words.moved),
                    changed: true,
                }
            } else {
                ItemView {
                    text: InlineView::new(&item.text, lang),
                    tag: lagging(&item.text, words),
                    changed: item.status != Status::Same,
                }
            }
        })
        .collect()
}

/// Only the paragraphs that changed: prose is long, and unchanged
/// paragraphs are in the full text of the version.
pub(crate) fn changed_blocks<'a>(
    blocks: &'a [Item],
    words: &'a Words,
    lang: &'a Locale<'a>,
) -> Vec<ItemView<'a>> {
    items(blocks, words, lang)
        .into_iter()
        .filter(|item| item.changed)
        .collect()
}

pub(crate) fn section_change<'a>(
    section: &'a SectionDiff,
    words: &'a Words,
    lang: &'a Locale<'a>,
) -> SectionChange<'a> {
    SectionChange {
        id: &section.id,
        title: InlineView::new(&section.title, lang),
        tag: lagging(&section.title, words),
        note: match section.status {
            Status::Added => Some(&words.section_added),
            Status::Removed => Some(&words.section_removed),
            Status::Same | Status::Changed => None,
        },
        blocks: changed_blocks(&section.blocks, words, lang),
    }
}

/// A text whose translation alone was updated, and where it is.
pub(crate) struct TranslationUpdate<'a> {
    pub place: String,
    /// The language `place` is in (Japanese for an untranslated name).
    pub place_lang: Lang,
    pub text: &'a Inline,
}

/// Every text whose translation alone was updated, in the order of the
/// changes page (purposes, then other text), with where it is. A moved
/// text is listed once, at its new place. `heading` is the purposes'
/// heading as shown, the place of their intro and notes.
pub(crate) fn translation_updates<'a>(
    diff: &'a RevisionDiff,
    (heading, heading_lang): (&str, Lang),
    page: &'a Locale<'a>,
) -> Vec<TranslationUpdate<'a>> {
    let words = locale::words(page);
    let updated = |text: &Inline| text.translation == Translation::Updated;
    let mut list = Vec::new();
    let mut push = |place: String, place_lang: Lang, text: &'a Inline| {
        list.push(TranslationUpdate {
            place,
            place_lang,
            text,
        });
    };
    for category in &diff.purposes.categories {
        if updated(&category.name) {
            push(words.category.to_owned(), page.lang, &category.name);
        }
        let name = &category.name;
        for paragraph in updated_items(&category.description) {
            push(name.new_text(), name.lang, paragraph);
        }
        for group in &category.groups {
            if let Some(group_name) = group.name.as_ref().filter(|n| updated(n)) {
                push(name.new_text(), name.lang, group_name);
            }
            let purposes = group.purposes.iter().filter(|p| change_words::shown(p));
            for purpose in purposes {
                if purpose.item.status != Status::Removed && updated(&purpose.item.text) {
                    push(name.new_text(), name.lang, &purpose.item.text);
                }
                for paragraph in updated_items(&purpose.explanation) {
                    push(name.new_text(), name.lang, paragraph);
                }
            }
        }
    }
    let prose = diff.purposes.intro.iter().chain(&diff.purposes.notes);
    for paragraph in updated_items(prose) {
        push(heading.to_owned(), heading_lang, paragraph);
    }
    for label in diff.labels.iter().filter(|label| updated(&label.text)) {
        let name = &words.label_names[label_index(label.label)];
        push(name.to_owned(), page.lang, &label.text);
    }
    for section in &diff.sections {
        let title = &section.title;
        if updated(title) {
            push(words.section_title.to_owned(), page.lang, title);
        }
        for paragraph in updated_items(&section.blocks) {
            push(title.new_text(), title.lang, paragraph);
        }
    }
    list
}

fn updated_items<'a>(
    items: impl IntoIterator<Item = &'a Item>,
) -> impl Iterator<Item = &'a Inline> {
    items
        .into_iter()
        .filter(|item| item.status != Status::Removed)
        .map(|item| &item.text)
        .filter(|text| text.translation == Translation::Updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Fragment, Translation};

    #[test]
    fn a_replaced_japanese_fallback_is_marked_as_japanese() {
        let en = locale::testing::english();
        let inline = Inline {
            lang: Lang::TEST_EN,
            old_lang: Lang::JA,
            fragments: vec![
                Fragment::new(Mark::Removed, "保険料の徴収"),
                Fragment::new(Mark::Added, "Collecting premiums"),
            ],
            translation: Translation::InStep,
        };
        let view = InlineView::new(&inline, en);
        assert_eq!(view.lang, None, "the text as it now reads is English");
        let langs: Vec<_> = view.parts.iter().map(|p| p.lang).collect();
        assert_eq!(langs, [Some("ja"), None]);
    }
}
