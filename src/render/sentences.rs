//! Sentences and titles the pages make from dates and numbers in each
//! language: a date as its readers write it, a period, what a banner or an
//! announcement says, the summary of a revision's changes.

use jiff::civil::Date;

use super::document_words::joint_use_item_short;
use super::locale::change_words;
use super::locale::{formatting, messages};
use crate::diff::{DocumentSummary, Summary, TranslationSummary};
use crate::messages::{Arg, Messages, message_key};
use crate::render::locale::Locale;
use crate::timeline::Standing;

/// A date as readers of `lang` write it: 2024年12月2日, 2 December 2024.
pub(crate) fn format_date<'a>(date: Date, lang: &'a Locale<'a>) -> String {
    formatting(lang).date(date)
}

/// When a revision is (or was, or will be) in effect, as a phrase.
pub(crate) fn period<'a>(from: Date, until: Option<Date>, lang: &'a Locale<'a>) -> String {
    let messages = messages(lang);
    let from = format_date(from, lang);
    match until {
        Some(until) => messages.message_with(
            "period-from-until",
            &[
                ("from", Arg::Text(&from)),
                ("until", Arg::Text(&format_date(until, lang))),
            ],
        ),
        None => messages.message_with("period-from", &[("from", Arg::Text(&from))]),
    }
}

/// The banner of a preview: which date it shows, and that it is not live.
pub(crate) fn preview_sentence<'a>(as_of: Date, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with("preview", &[("date", Arg::Text(&format_date(as_of, lang)))])
}

/// What a preview's banner says when the record is not whole: the number
/// of problems `check` reports of it, and what to do.
pub(crate) fn record_problems_sentence<'a>(problems: usize, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with("record-problems", &[("count", Arg::Count(problems))])
}

/// A term and its value on one line: 施行期間：2024年12月2日から.
pub(crate) fn term_and_value<'a>(term: &str, value: &str, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with(
        "term-and-value",
        &[("term", Arg::Text(term)), ("value", Arg::Text(value))],
    )
}

/// A text with an aside after it: 「名称（変更前：…）」, "Name (Before: …)";
/// an empty `text` gives the aside alone, as it follows a link.
pub(crate) fn with_aside<'a>(text: &str, aside: &str, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with(
        "with-aside",
        &[("text", Arg::Text(text)), ("aside", Arg::Text(aside))],
    )
}

/// Names in a list where each may hold commas: "A、B" / "A; B".
pub(crate) fn listed<'a, S: AsRef<str>>(names: &[S], lang: &'a Locale<'a>) -> String {
    let separator = messages(lang).message("list-separator");
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    names.join(&separator)
}

/// Short notes in a list: "A、B" / "A, B".
pub(crate) fn noted<'a, S: AsRef<str>>(notes: &[S], lang: &'a Locale<'a>) -> String {
    let separator = messages(lang).message("summary-item-separator");
    let notes: Vec<&str> = notes.iter().map(AsRef::as_ref).collect();
    notes.join(&separator)
}

/// The title of the feeds: the operator, then what they announce.
pub(crate) fn feed_title<'a>(site_name: &str, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with("feed-title", &[("site", Arg::Text(site_name))])
}

/// What a changes page is called: 2024年12月2日の改定内容.
pub(crate) fn changes_title<'a>(effective: Date, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with(
        "changes-title",
        &[("date", Arg::Text(&format_date(effective, lang)))],
    )
}

/// What an archived revision page is called.
pub(crate) fn revision_title<'a>(effective: Date, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with(
        "revision-title",
        &[("date", Arg::Text(&format_date(effective, lang)))],
    )
}

/// The sentence that says from when an announced revision applies.
pub(crate) fn upcoming_sentence<'a>(
    effective: Date,
    changes_purposes: bool,
    lang: &'a Locale<'a>,
) -> String {
    let key = if changes_purposes {
        message_key("upcoming-changing-purposes")
    } else {
        message_key("upcoming")
    };
    messages(lang).message_with(key, &[("date", Arg::Text(&format_date(effective, lang)))])
}

/// What the notice page says while its first revision is announced but
/// not yet in effect.
pub(crate) fn first_notice_sentence<'a>(effective: Date, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with(
        "first-notice",
        &[("date", Arg::Text(&format_date(effective, lang)))],
    )
}

/// What a banner on a revision page says about the version shown.
pub(crate) fn banner_sentence<'a>(
    standing: Standing,
    from: Date,
    until: Option<Date>,
    lang: &'a Locale<'a>,
) -> String {
    let messages = messages(lang);
    let from = format_date(from, lang);
    let from = ("from", Arg::Text(&from));
    match (standing, until) {
        (Standing::Archived, Some(until)) => messages.message_with(
            "banner-archived-until",
            &[from, ("until", Arg::Text(&format_date(until, lang)))],
        ),
        (Standing::Archived, None) => messages.message_with("banner-archived", &[from]),
        (Standing::Current, _) => messages.message_with("banner-current", &[from]),
        (Standing::Upcoming, _) => messages.message_with("banner-upcoming", &[from]),
    }
}

/// One kind of countable change: how many, and its message (added,
/// removed …).
type Count = (usize, &'static str);

/// The counts of one kind of thing as a group of the summary: "2
/// purposes of use added, 1 removed" / 「利用目的：2件追加、1件削除」. The
/// first count names the thing (its noun chosen by that count), the
/// others only what happened. `None` when none of them is above zero.
fn counted_group(messages: &Messages, noun: &str, counts: &[Count]) -> Option<String> {
    let mut present = counts.iter().filter(|(n, _)| *n > 0);
    let &(first, first_change) = present.next()?;
    let noun = messages.message_with(noun, &[("count", Arg::Count(first))]);
    let mut items = vec![messages.message_with(
        "summary-first",
        &[
            ("count", Arg::Count(first)),
            ("noun", Arg::Text(&noun)),
            ("change", Arg::Text(&messages.message(first_change))),
        ],
    )];
    items.extend(present.map(|&(n, change)| {
        messages.message_with(
            "summary-next",
            &[
                ("count", Arg::Count(n)),
                ("change", Arg::Text(&messages.message(change))),
            ],
        )
    }));
    let items = items.join(&messages.message("summary-item-separator"));
    Some(messages.message_with(
        "summary-group",
        &[("noun", Arg::Text(&noun)), ("items", Arg::Text(&items))],
    ))
}

/// The groups of a summary as one sentence, then what its translation
/// did: empty when there is nothing to say.
fn summary_of(messages: &Messages, groups: &[String], translation: &TranslationSummary) -> String {
    let changes = if groups.is_empty() {
        String::new()
    } else {
        let groups = groups.join(&messages.message("summary-group-separator"));
        capitalised(&messages.message_with("summary-sentence", &[("groups", Arg::Text(&groups))]))
    };
    let translation = translation_sentence(translation, messages);
    if changes.is_empty() || translation.is_empty() {
        changes + &translation
    } else {
        changes + &messages.message("sentence-separator") + &translation
    }
}

/// A sentence begins with a capital letter, in the scripts that have
/// them; the messages of a summary are written to be joined, in lower case.
fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The counts of a revision's changes in words: "Categories: 1 added;
/// purposes of use: 2 added, 1 removed". Empty when nothing countable changed.
pub(crate) fn summary_sentence<'a>(summary: &Summary, lang: &'a Locale<'a>) -> String {
    let messages = messages(lang);
    let kinds: [(&str, &[Count]); 3] = [
        (
            message_key("summary-noun-categories"),
            &[
                (
                    summary.categories_added,
                    message_key("summary-change-added"),
                ),
                (
                    summary.categories_removed,
                    message_key("summary-change-removed"),
                ),
                (
                    summary.categories_renamed,
                    message_key("summary-change-renamed"),
                ),
                (
                    summary.categories_moved,
                    message_key("summary-change-moved"),
                ),
            ],
        ),
        (
            message_key("summary-noun-groups"),
            &[
                (summary.groups_added, message_key("summary-change-added")),
                (
                    summary.groups_removed,
                    message_key("summary-change-removed"),
                ),
                (
                    summary.groups_renamed,
                    message_key("summary-change-renamed"),
                ),
                (summary.groups_moved, message_key("summary-change-moved")),
            ],
        ),
        (
            message_key("summary-noun-purposes"),
            &[
                (summary.purposes_added, message_key("summary-change-added")),
                (
                    summary.purposes_removed,
                    message_key("summary-change-removed"),
                ),
                (
                    summary.purposes_changed,
                    message_key("summary-change-reworded"),
                ),
                (summary.purposes_moved, message_key("summary-change-moved")),
                (
                    summary.purposes_explained,
                    message_key("summary-change-explained"),
                ),
                (
                    summary.purposes_regrouped,
                    message_key("summary-change-regrouped"),
                ),
            ],
        ),
    ];
    let mut groups: Vec<String> = kinds
        .iter()
        .filter_map(|(noun, counts)| counted_group(messages, noun, counts))
        .collect();
    let sections = summary.sections_added + summary.sections_removed + summary.sections_changed;
    if sections > 0 || summary.paragraphs_changed > 0 {
        groups.push(messages.message("summary-other-text"));
    }
    summary_of(messages, &groups, &summary.translation)
}

/// The counts of a document's revision's changes in one line, for its
/// changes page, history and feeds: 「共同利用：1件変更（責任者の代表者）。」,
/// "Publications: 1 added." Empty when nothing countable changed.
pub(crate) fn document_summary_sentence<'a>(
    summary: &DocumentSummary,
    lang: &'a Locale<'a>,
) -> String {
    let messages = messages(lang);
    let words = change_words(lang);
    let separator = messages.message("summary-item-separator");
    let items: Vec<String> = summary
        .joint_use_items
        .iter()
        .map(|item| joint_use_item_short(*item, messages))
        .collect();
    let items = items.join(&separator);
    let changed_with_items = (!summary.joint_use_items.is_empty()).then_some(items.as_str());
    let mut groups = Vec::new();
    if summary.title_changed {
        groups.push(messages.message("document-summary-title-changed"));
    }
    for (noun, counts) in [
        (
            words.joint_use.as_str(),
            [
                (
                    summary.arrangements_added,
                    message_key("summary-change-added"),
                    None,
                ),
                (
                    summary.arrangements_removed,
                    message_key("summary-change-removed"),
                    None,
                ),
                (
                    summary.arrangements_changed,
                    message_key("summary-change-changed"),
                    changed_with_items,
                ),
                (
                    summary.arrangements_moved,
                    message_key("summary-change-moved"),
                    None,
                ),
            ],
        ),
        (
            words.publications.as_str(),
            [
                (
                    summary.entries_added,
                    message_key("summary-change-added"),
                    None,
                ),
                (
                    summary.entries_removed,
                    message_key("summary-change-removed"),
                    None,
                ),
                (
                    summary.entries_changed,
                    message_key("summary-change-changed"),
                    None,
                ),
                (
                    summary.entries_moved,
                    message_key("summary-change-moved"),
                    None,
                ),
            ],
        ),
        (
            words.sections.as_str(),
            [
                (
                    summary.sections_added,
                    message_key("summary-change-added"),
                    None,
                ),
                (
                    summary.sections_removed,
                    message_key("summary-change-removed"),
                    None,
                ),
                (
                    summary.sections_changed,
                    message_key("summary-change-changed"),
                    None,
                ),
                (0, message_key("summary-change-moved"), None),
            ],
        ),
    ] {
        let present: Vec<String> = counts
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|&(n, change, items)| {
                let count = ("count", Arg::Count(n));
                let change = ("change", Arg::Text(&messages.message(change)));
                match items {
                    Some(items) => messages.message_with(
                        "document-summary-item-with",
                        &[count, change, ("items", Arg::Text(items))],
                    ),
                    None => messages.message_with("document-summary-item", &[count, change]),
                }
            })
            .collect();
        if !present.is_empty() {
            groups.push(term_and_value(noun, &present.join(&separator), lang));
        }
    }
    if groups.is_empty() && summary.paragraphs_changed > 0 {
        groups.push(messages.message("document-summary-text-changed"));
    }
    summary_of(messages, &groups, &summary.translation)
}

/// The translation's part of a summary, after the changes and never
/// counted with them: "English translation updated: 3 texts." Empty when
/// the translation moved with the Japanese (always so in Japanese).
fn translation_sentence(translation: &TranslationSummary, messages: &Messages) -> String {
    let mut sentences = Vec::new();
    for (count, key) in [
        (
            translation.updated,
            message_key("summary-translation-updated"),
        ),
        (
            translation.lagging,
            message_key("summary-translation-lagging"),
        ),
    ] {
        if count > 0 {
            sentences.push(messages.message_with(key, &[("count", Arg::Count(count))]));
        }
    }
    sentences.join(&messages.message("sentence-separator"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::locale::testing::{english as en, japanese as ja};

    #[test]
    fn dates_read_naturally_in_each_language() {
        let date = jiff::civil::date(2024, 12, 2);
        assert_eq!(format_date(date, ja()), "2024年12月2日");
        assert_eq!(format_date(date, en()), "2 December 2024");
    }

    #[test]
    fn periods_and_banners_name_both_ends() {
        let from = jiff::civil::date(2022, 4, 1);
        let until = Some(jiff::civil::date(2024, 12, 1));
        assert_eq!(
            period(from, until, ja()),
            "2022年4月1日から2024年12月1日まで"
        );
        assert_eq!(period(from, None, en()), "From 1 April 2022");
        assert_eq!(
            banner_sentence(Standing::Archived, from, until, en()),
            "This is an archived version. It was in effect from 1 April 2022 to 1 December 2024."
        );
    }

    #[test]
    fn summaries_count_in_words() {
        let summary = Summary {
            categories_added: 1,
            purposes_added: 2,
            purposes_removed: 1,
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&summary, ja()),
            "類型：1件追加／利用目的：2件追加、1件削除。"
        );
        assert_eq!(
            summary_sentence(&summary, en()),
            "1 category added; 2 purposes of use added, 1 removed."
        );
        let prose_only = Summary {
            sections_changed: 1,
            ..Summary::default()
        };
        assert_eq!(summary_sentence(&prose_only, en()), "Other text changed.");
        assert_eq!(summary_sentence(&Summary::default(), ja()), "");
    }

    #[test]
    fn translations_are_counted_apart_from_changes() {
        let translated = Summary {
            translation: TranslationSummary {
                updated: 3,
                lagging: 0,
            },
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&translated, en()),
            "English translation updated: 3 texts."
        );
        let lagging = Summary {
            categories_removed: 1,
            translation: TranslationSummary {
                updated: 1,
                lagging: 1,
            },
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&lagging, en()),
            "1 category removed. English translation updated: 1 text. English translation not yet updated: 1 text (shown in Japanese)."
        );
        assert_eq!(
            summary_sentence(&lagging, ja()),
            "類型：1件削除。翻訳を更新：1件。翻訳が未更新：1件。"
        );
    }

    #[test]
    fn a_document_summary_names_what_changed() {
        use crate::diff::JointUseItem;
        let joint_use = DocumentSummary {
            arrangements_changed: 1,
            joint_use_items: vec![JointUseItem::ResponsibleRepresentative],
            ..DocumentSummary::default()
        };
        assert_eq!(
            document_summary_sentence(&joint_use, ja()),
            "共同利用：1件変更（責任者の代表者）。"
        );
        assert_eq!(
            document_summary_sentence(&joint_use, en()),
            "Joint use: 1 changed (representative of the person responsible)."
        );
        let publications = DocumentSummary {
            entries_added: 1,
            ..DocumentSummary::default()
        };
        assert_eq!(
            document_summary_sentence(&publications, ja()),
            "公表：1件追加。"
        );
        assert_eq!(
            document_summary_sentence(&publications, en()),
            "Publications: 1 added."
        );
        let policy = DocumentSummary {
            title_changed: true,
            sections_added: 1,
            sections_changed: 2,
            paragraphs_changed: 4,
            translation: TranslationSummary {
                updated: 1,
                lagging: 0,
            },
            ..DocumentSummary::default()
        };
        assert_eq!(
            document_summary_sentence(&policy, ja()),
            "表題を変更／本文の項目：1件追加、2件変更。翻訳を更新：1件。"
        );
        assert_eq!(
            document_summary_sentence(&policy, en()),
            "Title changed; Sections: 1 added, 2 changed. English translation updated: 1 text."
        );
        assert_eq!(
            document_summary_sentence(&DocumentSummary::default(), en()),
            ""
        );
    }
}
