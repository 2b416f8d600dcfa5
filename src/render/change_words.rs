//! What the changes page, the feeds and `kohyo diff` say of a change in
//! words besides its text: what happened to a category or a group as a
//! whole, a purpose moved between groups ("moved from 〔…〕"), an
//! explanation changed, a translation that lags. A category that lists its
//! purposes directly has one group without a name and reads as before
//! groups existed.

use super::words::Words;
use crate::diff::{CategoryDiff, GroupDiff, Inline, PurposeDiff, Status, Translation};
use crate::lang::Lang;
use crate::messages::{Arg, Messages, message_key};

/// The words of groups, in one language.
pub(crate) struct GroupWords {
    /// Said of a labelled group with no purposes.
    pub none: String,
    pub explanation_changed: String,
    /// The label of a category's description where the table's
    /// `description_header` is not given.
    pub description: String,
    /// The words before and after the group's name.
    moved_from: (String, String),
    moved_to: (String, String),
}

impl GroupWords {
    pub(crate) fn new(messages: &Messages) -> GroupWords {
        // The group's name goes in as a mark no catalog holds, and the
        // words around it are kept.
        const GROUP: &str = "\u{e000}";
        let around = |key: &str| {
            let text = messages.message_with(key, &[("group", Arg::Text(GROUP))]);
            let (before, after) = text.split_once(GROUP).unwrap_or((&text, ""));
            (before.to_owned(), after.to_owned())
        };
        GroupWords {
            none: messages.message("group-none"),
            explanation_changed: messages.message("group-explanation-changed"),
            description: messages.message("group-description"),
            moved_from: around(message_key("group-moved-from")),
            moved_to: around(message_key("group-moved-to")),
        }
    }

    /// "〔内部での利用〕から移動" / "Moved from “Use within the society”".
    fn moved_from(&self, group: &str) -> String {
        let (before, after) = &self.moved_from;
        format!("{before}{group}{after}")
    }

    /// "〔…〕へ移動" / "Moved to “…”".
    fn moved_to(&self, group: &str) -> String {
        let (before, after) = &self.moved_to;
        format!("{before}{group}{after}")
    }
}

/// What is said of a purpose besides its text: moved (within its group,
/// or from or to another group, named), explanation changed, and a
/// translation that lags. A purpose moved within its group is said once,
/// at its new place; one moved between groups in both groups.
pub(crate) fn purpose_notes(
    purpose: &PurposeDiff,
    category: &CategoryDiff,
    words: &Words,
    group_words: &GroupWords,
) -> Vec<String> {
    let item = &purpose.item;
    let mut notes = Vec::new();
    let other = purpose
        .moved_across
        .and_then(|k| category.groups.get(k))
        .and_then(|group| group.name.as_ref());
    match (item.moved, item.status, other) {
        (true, Status::Added, Some(name)) => {
            notes.push(group_words.moved_from(&name.old_text()));
        }
        (true, Status::Removed, Some(name)) => {
            notes.push(group_words.moved_to(&name.new_text()));
        }
        // Within its group, or into or out of a group without a name.
        (true, _, _) => notes.push(words.moved.to_owned()),
        (false, _, _) => {}
    }
    if purpose.explanation_changed {
        notes.push(group_words.explanation_changed.to_owned());
    }
    notes.extend(lagging(&item.text, words).map(str::to_owned));
    notes
}

/// Whether a purpose is shown in a merged list: all but the old place of
/// a purpose moved within its group.
pub(crate) fn shown(purpose: &PurposeDiff) -> bool {
    let item = &purpose.item;
    !(item.moved && item.status == Status::Removed && purpose.moved_across.is_none())
}

/// The note on a change shown in Japanese because its translation lags.
pub(crate) fn lagging<'a>(text: &Inline, words: &'a Words) -> Option<&'a str> {
    (text.translation == Translation::Lagging).then_some(&words.translation_lagging)
}

/// What happened to a category as a whole, in words: added, removed,
/// renamed, moved. The changes page and the feeds say it the same way.
pub(crate) fn category_tags<'w>(category: &CategoryDiff, words: &'w Words) -> Vec<&'w str> {
    category_tags_of(category.status, category.renamed, category.moved, words)
}

/// What happened to an entry of a list as a whole (a category or a
/// group), in words.
pub(crate) fn category_tags_of(
    status: Status,
    renamed: bool,
    moved: bool,
    words: &Words,
) -> Vec<&str> {
    match status {
        Status::Added => vec![&words.added],
        Status::Removed => vec![&words.removed],
        Status::Same | Status::Changed => [
            (renamed, words.renamed.as_str()),
            (moved, words.moved.as_str()),
        ]
        .into_iter()
        .filter_map(|(applies, tag)| applies.then_some(tag))
        .collect(),
    }
}

/// What happened to a group as a whole, in words.
pub(crate) fn group_tags<'w>(group: &GroupDiff, words: &'w Words) -> Vec<&'w str> {
    let mut tags = category_tags_of(group.status, group.renamed, group.moved, words);
    if let Some(name) = &group.name {
        tags.extend(lagging(name, words));
    }
    tags
}

/// A group's name as a terminal or a feed says it, `None` without one.
pub(crate) fn group_name(group: &GroupDiff) -> Option<(String, Lang)> {
    let name: &Inline = group.name.as_ref()?;
    Some(match group.status {
        Status::Removed => (name.old_text(), name.old_lang),
        _ => (name.new_text(), name.lang),
    })
}
