//! The changes between two revisions as text for a terminal (`kohyo diff`),
//! so that staff see before publishing what members will see on the changes
//! page: the same structural diff, the same summary, only the changed
//! categories, purposes and paragraphs. Lines start with `+` (added), `-`
//! (removed) or `~` (changed), moves and renames are said after the text in
//! parentheses, and within a changed text, removed
//! words are `[-like this-]` and added ones `{+like this+}`, or red and
//! green when the output is a colour terminal. In English, as on the page,
//! a change the translation did not follow is shown in Japanese with a
//! note, and translations only added or improved are listed last, apart.

use std::fmt::Write;

use jiff::civil::Date;

use super::change_words::{category_tags_of, lagging, purpose_notes};
use super::changes::translation_updates;
use super::document_words::{change_basis, entry_field, joint_use_item};
use super::locale::change_words;
use super::locale::group_words;
use super::locale::{messages, words};
use super::sentences::{
    changes_title, document_summary_sentence, revision_title, summary_sentence, term_and_value,
};
use crate::diff::{
    BodyDiff, CategoryDiff, DocumentDiff, FieldDiff, Fragment, Inline, Item, Mark, RevisionDiff,
    SectionDiff, Status, Translation,
};
use crate::messages::Messages;
use crate::render::locale::Locale;
use crate::render::sentences::listed;
use crate::render::sentences::noted;
use crate::render::sentences::with_aside;

/// How changed words are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `[-removed-]{+added+}`: survives copying, pipes and files.
    Plain,
    /// ANSI colours: removed red and struck through, added green and underlined.
    Colour,
}

/// The whole report of what `to` changed against `from`.
/// `purposes_heading` is the heading of the purposes part in the newer
/// revision, under which the changed categories are listed.
pub(crate) fn diff_report<'a>(
    diff: &RevisionDiff,
    dates: (Date, Date),
    purposes_heading: &str,
    lang: &'a Locale<'a>,
    style: Style,
) -> String {
    let mut out = changes(diff, dates, purposes_heading, lang, style);
    // The heading's own language does not matter in a terminal.
    let updates = translation_updates(diff, (purposes_heading, lang.lang), lang);
    if !updates.is_empty() {
        let words = words(lang);
        let _ = writeln!(out, "\n{}", words.translations_heading);
        for update in updates {
            let _ = writeln!(
                out,
                "  {}{}{}",
                update.place,
                words.colon,
                inline(update.text, style)
            );
        }
    }
    out
}

/// The report less the translations updated.
fn changes<'a>(
    diff: &RevisionDiff,
    (from, to): (Date, Date),
    purposes_heading: &str,
    lang: &'a Locale<'a>,
    style: Style,
) -> String {
    let words = words(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", changes_title(to, lang));
    let _ = writeln!(
        out,
        "{}",
        term_and_value(&words.compared_with, &revision_title(from, lang), lang)
    );
    let summary = diff.summary();
    let sentence = summary_sentence(&summary, lang);
    if !sentence.is_empty() {
        let _ = writeln!(out, "{sentence}");
    }
    if !summary.changes_purposes() {
        let _ = writeln!(out, "{}", words.no_purpose_changes);
    }
    if diff.is_empty() {
        return out;
    }

    let purposes = &diff.purposes;
    let categories: Vec<_> = purposes
        .categories
        .iter()
        .filter(|c| c.is_changed())
        .collect();
    if !categories.is_empty() || changed(&purposes.intro) || changed(&purposes.notes) {
        out.push('\n');
        let _ = writeln!(out, "{purposes_heading}");
        blocks(&mut out, &purposes.intro, style, lang);
        for category in categories {
            let mut notes = Vec::new();
            if category.renamed {
                notes.push(words.renamed.as_str());
            }
            if category.moved {
                notes.push(words.moved.as_str());
            }
            notes.extend(lagging(&category.name, words));
            let _ = writeln!(
                out,
                "  {} {}{}",
                sign(category.status),
                whole(&category.name, category.status, style),
                aside(&notes, lang)
            );
            category_body(&mut out, category, style, lang);
        }
        blocks(&mut out, &purposes.notes, style, lang);
    }

    let labels_changed: Vec<_> = diff
        .labels
        .iter()
        .filter(|l| l.text.is_changed() && l.text.translation != Translation::Updated)
        .collect();
    if !labels_changed.is_empty() {
        let _ = writeln!(out, "\n{}", words.other_text);
        for label in labels_changed {
            let name = words.label_names[label.label as usize].as_str();
            let note: Vec<_> = lagging(&label.text, words).into_iter().collect();
            let _ = writeln!(
                out,
                "  ~ {name}: {}{}",
                inline(&label.text, style),
                aside(&note, lang)
            );
        }
    }

    sections(&mut out, &diff.sections, style, lang);
    out
}

/// The changed prose sections, of the notice or of another document: each
/// with its changed paragraphs, or a line saying it was added or removed.
fn sections<'a>(out: &mut String, sections: &[SectionDiff], style: Style, lang: &'a Locale<'a>) {
    let words = words(lang);
    for section in sections.iter().filter(|s| s.is_changed()) {
        let mut notes = Vec::new();
        if section.moved {
            notes.push(words.moved.as_str());
        }
        notes.extend(lagging(&section.title, words));
        let _ = writeln!(
            out,
            "\n{} {}{}",
            sign(section.status),
            whole(&section.title, section.status, style),
            aside(&notes, lang)
        );
        match section.status {
            Status::Added => {
                let _ = writeln!(out, "  {}", words.section_added);
            }
            Status::Removed => {
                let _ = writeln!(out, "  {}", words.section_removed);
            }
            _ => blocks(out, &section.blocks, style, lang),
        }
    }
}

/// What a revision of a document besides the notice changed, as its
/// changes page shows it: the document's title, the summary, the title if
/// it changed, each changed arrangement with its changed items named in
/// the words of the law, each entry, each section; translations only
/// updated are counted in the summary.
pub(crate) fn document_report<'a>(
    diff: &DocumentDiff,
    document_title: &str,
    (from, to): (Date, Date),
    lang: &'a Locale<'a>,
    style: Style,
) -> String {
    let words = words(lang);
    let document = change_words(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        term_and_value(document_title, &changes_title(to, lang), lang)
    );
    let _ = writeln!(
        out,
        "{}",
        term_and_value(&words.compared_with, &revision_title(from, lang), lang)
    );
    let sentence = document_summary_sentence(&diff.summary(), lang);
    if !sentence.is_empty() {
        let _ = writeln!(out, "{sentence}");
    }
    if diff.is_empty() {
        let _ = writeln!(out, "{}", document.no_changes);
        return out;
    }
    if let Some(title) = diff
        .title
        .as_ref()
        .filter(|t| t.text.translation != Translation::Updated)
    {
        let note: Vec<_> = lagging(&title.text, words).into_iter().collect();
        let _ = writeln!(
            out,
            "\n~ {}{}{}",
            document.title,
            words.colon,
            inline(&title.text, style) + &aside(&note, lang)
        );
    }
    // In the order of the document's page: its sections, then its body.
    sections(&mut out, &diff.sections, style, lang);
    match &diff.body {
        BodyDiff::Policy => {}
        BodyDiff::JointUse(arrangements) => {
            for arrangement in arrangements.iter().filter(|a| a.is_changed()) {
                let mut notes: Vec<&str> =
                    category_tags_of(Status::Same, arrangement.renamed, arrangement.moved, words);
                notes.extend(lagging(&arrangement.name, words));
                let _ = writeln!(
                    out,
                    "\n{} {}{}",
                    sign(arrangement.status),
                    whole(&arrangement.name, arrangement.status, style),
                    aside(&notes, lang)
                );
                let changed = ChangedFields {
                    named: arrangement.changed_items(),
                    basis: arrangement
                        .basis
                        .map(|basis| change_basis(basis, messages(lang))),
                    fields: &arrangement.fields,
                    name: joint_use_item,
                };
                changed.write(&mut out, &document.changed_items, style, lang);
            }
        }
        BodyDiff::Publications(entries) => {
            for entry in entries.iter().filter(|e| e.is_changed()) {
                let mut notes: Vec<&str> =
                    category_tags_of(Status::Same, false, entry.moved, words);
                notes.extend(lagging(&entry.title, words));
                let _ = writeln!(
                    out,
                    "\n{} {} {}{}",
                    sign(entry.status),
                    entry.date,
                    whole(&entry.title, entry.status, style),
                    aside(&notes, lang)
                );
                let changed = ChangedFields {
                    named: entry.changed_fields(),
                    basis: None,
                    fields: &entry.fields,
                    name: entry_field,
                };
                changed.write(&mut out, &document.changed_items, style, lang);
            }
        }
    }
    out
}

/// A changed category's description, groups, purposes and explanations:
/// only what changed, a group's purposes under its name.
fn category_body<'a>(
    out: &mut String,
    category: &CategoryDiff,
    style: Style,
    lang: &'a Locale<'a>,
) {
    let words = words(lang);
    if changed(&category.description) {
        let _ = writeln!(out, "      {}", group_words(lang).description);
        for block in category.description.iter().filter(|b| b.is_changed()) {
            let _ = writeln!(out, "          {}", item(block, style, lang));
        }
    }
    for group in category.groups.iter().filter(|g| g.is_changed()) {
        let indent = match &group.name {
            Some(name) => {
                let mut notes: Vec<String> =
                    category_tags_of(Status::Same, group.renamed, group.moved, words)
                        .into_iter()
                        .map(str::to_owned)
                        .collect();
                notes.extend(lagging(name, words).map(str::to_owned));
                let _ = writeln!(
                    out,
                    "      {} {}{}",
                    sign(group.status),
                    whole(name, group.status, style),
                    aside(&notes, lang)
                );
                "          "
            }
            None => "      ",
        };
        for purpose in group.purposes.iter().filter(|p| p.item.is_changed()) {
            let purpose_item = &purpose.item;
            let notes = purpose_notes(purpose, category, words, group_words(lang));
            let _ = writeln!(
                out,
                "{indent}{} {}{}",
                sign(purpose_item.status),
                whole(&purpose_item.text, purpose_item.status, style),
                aside(&notes, lang)
            );
            for block in purpose.explanation.iter().filter(|b| b.is_changed()) {
                let _ = writeln!(out, "{indent}    {}", item(block, style, lang));
            }
        }
    }
}

fn changed(blocks: &[Item]) -> bool {
    blocks.iter().any(Item::is_changed)
}

fn blocks<'a>(out: &mut String, blocks: &[Item], style: Style, lang: &'a Locale<'a>) {
    for block in blocks.iter().filter(|b| b.is_changed()) {
        let _ = writeln!(out, "  {}", item(block, style, lang));
    }
}

fn item<'a>(item: &Item, style: Style, lang: &'a Locale<'a>) -> String {
    let words = words(lang);
    let mut notes = Vec::new();
    if item.moved {
        notes.push(words.moved.as_str());
    }
    notes.extend(lagging(&item.text, words));
    format!(
        "{} {}{}",
        sign(item.status),
        whole(&item.text, item.status, style),
        aside(&notes, lang)
    )
}

/// Remarks after a line: " (Renamed, Moved)" / "（名称変更、掲載順の変更）".
/// The fields that changed in an arrangement or an entry: one line
/// naming them, then each with its changed paragraphs.
struct ChangedFields<'d, F> {
    named: Vec<F>,
    /// Why they changed, where the revision says (a joint use's items or
    /// users).
    basis: Option<String>,
    fields: &'d [FieldDiff<F>],
    name: fn(F, &Messages) -> String,
}

impl<F: Copy> ChangedFields<'_, F> {
    fn write<'a>(&self, out: &mut String, term: &str, style: Style, lang: &'a Locale<'a>) {
        let names: Vec<String> = self
            .named
            .iter()
            .map(|f| (self.name)(*f, messages(lang)))
            .collect();
        if !names.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                term_and_value(term, &listed(&names, lang), lang)
            );
        }
        if let Some(basis) = &self.basis {
            let _ = writeln!(
                out,
                "  {}",
                term_and_value(&change_words(lang).basis, basis, lang)
            );
        }
        for field in self.fields.iter().filter(|f| f.is_changed()) {
            let _ = writeln!(out, "  {}", (self.name)(field.field, messages(lang)));
            for block in field.paragraphs.iter().filter(|b| b.is_changed()) {
                let _ = writeln!(out, "    {}", item(block, style, lang));
            }
        }
    }
}

fn aside<'a, S: AsRef<str>>(notes: &[S], lang: &'a Locale<'a>) -> String {
    if notes.is_empty() {
        return String::new();
    }
    with_aside("", &noted(notes, lang), lang)
}

/// A text added or removed as a whole needs no marks inside: its sign says
/// it (and its colour, on a terminal). A changed text shows its marks.
fn whole(text: &Inline, status: Status, style: Style) -> String {
    let (mark, text) = match status {
        Status::Added => (Mark::Added, text.new_text()),
        Status::Removed => (Mark::Removed, text.old_text()),
        Status::Same | Status::Changed => return inline(text, style),
    };
    match style {
        Style::Plain => text,
        Style::Colour => mark_text(mark, &text, style),
    }
}

fn sign(status: Status) -> &'static str {
    match status {
        Status::Added => "+",
        Status::Removed => "-",
        Status::Changed => "~",
        Status::Same => " ",
    }
}

fn inline(text: &Inline, style: Style) -> String {
    text.fragments
        .iter()
        .map(|fragment| mark(fragment, style))
        .collect()
}

fn mark(fragment: &Fragment, style: Style) -> String {
    mark_text(fragment.mark, &fragment.text, style)
}

fn mark_text(mark: Mark, text: &str, style: Style) -> String {
    match (mark, style) {
        (Mark::Same, _) => text.to_owned(),
        (Mark::Removed, Style::Plain) => format!("[-{text}-]"),
        (Mark::Added, Style::Plain) => format!("{{+{text}+}}"),
        (Mark::Removed, Style::Colour) => format!("\x1b[31;9m{text}\x1b[0m"),
        (Mark::Added, Style::Colour) => format!("\x1b[32;4m{text}\x1b[0m"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::locale::testing::{english as en, japanese as ja};

    #[test]
    fn colour_marks_words_and_plain_brackets_them() {
        let fragments = [
            Fragment::new(Mark::Same, "医療費"),
            Fragment::new(Mark::Removed, "のお知らせ"),
            Fragment::new(Mark::Added, "通知"),
        ];
        let plain: String = fragments.iter().map(|f| mark(f, Style::Plain)).collect();
        assert_eq!(plain, "医療費[-のお知らせ-]{+通知+}");
        let colour: String = fragments.iter().map(|f| mark(f, Style::Colour)).collect();
        assert_eq!(
            colour,
            "医療費\x1b[31;9mのお知らせ\x1b[0m\x1b[32;4m通知\x1b[0m"
        );
    }

    #[test]
    fn asides_follow_the_language() {
        assert_eq!(
            aside(&["名称変更", "掲載順の変更"], ja()),
            "（名称変更、掲載順の変更）"
        );
        assert_eq!(aside(&["Renamed"], en()), " (Renamed)");
        assert_eq!(aside::<&str>(&[], en()), "");
    }
}
