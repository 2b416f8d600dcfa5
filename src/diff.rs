//! What one revision of the notice changed against another. The notice
//! promises that purpose changes are announced; the changes pages show
//! exactly what changed — categories followed by their stable id through
//! renames and moves, purposes and paragraphs matched by text, and within a
//! reworded text the words that changed, segmented so that Japanese reads
//! well.
//!
//! What changed is decided once, on the authoritative Japanese; a reader of
//! the translation sees the same changes in the translated texts (see
//! `diff/translation.rs`), so a translation arriving late never reads as
//! text removed and added.
//!
//! Computed once per pair of revisions at load, in time bounded by the size
//! of the texts and with the same result every time (the bounds are in
//! `diff/inline.rs` and `diff/sequence.rs`): the pages built from it must
//! not depend on the machine's load.

mod inline;
mod sequence;
mod translation;

use crate::content::markdown;
use crate::content::{Bilingual, Category, Prose, Purposes, Revision, Section, Shown, Text};
use crate::lang::Lang;

use sequence::Place;

/// The changes from `old` to `new` as a reader of `lang` sees them: those
/// of the Japanese, in English where translated and in the Japanese
/// fallback where not.
pub fn diff(old: &Revision, new: &Revision, lang: Lang) -> RevisionDiff {
    let japanese = authoritative(old, new);
    match lang {
        Lang::Ja => japanese,
        Lang::En => translation::translated(&japanese, old, new),
    }
}

/// [`diff`] in every language, in `Lang::ALL` order, the Japanese computed once.
pub(crate) fn diffs(old: &Revision, new: &Revision) -> [RevisionDiff; 2] {
    let japanese = authoritative(old, new);
    let english = translation::translated(&japanese, old, new);
    [japanese, english]
}

/// The changes of the Japanese, which decide what changed in every language.
fn authoritative(old: &Revision, new: &Revision) -> RevisionDiff {
    RevisionDiff {
        labels: labels(old, new),
        purposes: purposes(&old.purposes, &new.purposes),
        sections: sections(&old.sections, &new.sections),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisionDiff {
    /// Changed notice title / table heading / caption / column headers, only those that differ.
    pub labels: Vec<LabelDiff>,
    pub purposes: PurposesDiff,
    /// Every section of either revision (matched by `Section::id`), in new
    /// order with removed ones at their old place; `SectionDiff::is_changed`
    /// filters.
    pub sections: Vec<SectionDiff>,
}

impl RevisionDiff {
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for category in &self.purposes.categories {
            summary.count_category(category);
        }
        for paragraph in self.purposes.intro.iter().chain(&self.purposes.notes) {
            summary.count_paragraph(paragraph);
        }
        for section in &self.sections {
            summary.count_section(section);
        }
        for text in self.texts() {
            summary.translation.count(text.translation);
        }
        summary
    }

    /// Every text of the diff, a moved one once: labels, names and titles,
    /// purposes and paragraphs.
    fn texts(&self) -> impl Iterator<Item = &Inline> {
        let labels = self.labels.iter().map(|label| &label.text);
        let categories =
            self.purposes.categories.iter().flat_map(|category| {
                std::iter::once(&category.name).chain(items(&category.purposes))
            });
        let prose = items(&self.purposes.intro).chain(items(&self.purposes.notes));
        let sections = self
            .sections
            .iter()
            .flat_map(|section| std::iter::once(&section.title).chain(items(&section.blocks)));
        labels.chain(categories).chain(prose).chain(sections)
    }

    /// Nothing changed; a translation updated is no change.
    pub fn is_empty(&self) -> bool {
        !self
            .labels
            .iter()
            .any(|label| label.text.translation != Translation::Updated)
            && !self
                .purposes
                .categories
                .iter()
                .any(CategoryDiff::is_changed)
            && !self
                .purposes
                .intro
                .iter()
                .chain(&self.purposes.notes)
                .any(Item::is_changed)
            && !self.sections.iter().any(SectionDiff::is_changed)
    }
}

/// The short texts around the notice and its purposes table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Title,
    PurposesHeading,
    Caption,
    CategoryHeader,
    PurposesHeader,
}

/// The texts of a merged list, a moved one once (where it is now).
fn items(merged: &[Item]) -> impl Iterator<Item = &Inline> {
    merged
        .iter()
        .filter(|item| !(item.moved && item.status == Status::Removed))
        .map(|item| &item.text)
}

/// A label that differs, in Japanese or, on the translated side, only in
/// its translation (then `text.translation` is `Translation::Updated`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelDiff {
    pub label: Label,
    pub text: Inline,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurposesDiff {
    /// Every category of either revision: new order, removed ones right after their old predecessor.
    pub categories: Vec<CategoryDiff>,
    /// Paragraphs of `Purposes::intro` (empty if there is none on both sides).
    pub intro: Vec<Item>,
    /// Paragraphs of `Purposes::notes`.
    pub notes: Vec<Item>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Same,
    Added,
    Removed,
    Changed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryDiff {
    pub id: String,
    /// Added / Removed (whole category), Changed (renamed or purposes
    /// changed/reordered, or moved), Same.
    pub status: Status,
    /// 0-based position among old categories.
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    /// The whole name with renamed parts marked.
    pub name: Inline,
    pub renamed: bool,
    /// Moved relative to the other categories (not in the longest common
    /// subsequence of ids).
    pub moved: bool,
    /// Every purpose of either side, merged (see [`Item`]).
    pub purposes: Vec<Item>,
}

impl CategoryDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }
}

/// One purpose (or one paragraph of prose) in a merged old+new sequence.
///
/// Filtering out `Added` items and taking `old_text()` gives the old list in
/// order; filtering out `Removed` and taking `new_text()` gives the new list
/// in order. A reworded item is a single `Changed` item, paired from a
/// removed and an added text in the same gap (between two unchanged items)
/// when they are in the same language and the inline diff keeps at least a
/// third of their characters (2 × unchanged ≥ (old + new) / 3). An item
/// whose exact text appears on both sides but out of order is a `Removed`
/// at its old place and an `Added` at its new place, both with `moved`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub status: Status,
    pub moved: bool,
    /// Its place in the old list: `None` for an added text; for a text
    /// added as a move, the place of the text it moved from.
    pub old_index: Option<usize>,
    /// Its place in the new list: `None` for a removed text; for a text
    /// removed as a move, the place it moved to.
    pub new_index: Option<usize>,
    pub text: Inline,
}

impl Item {
    /// Whether a reader sees this item added, removed, changed or moved.
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }

    fn same(old: Side<'_>, new: Side<'_>, (old_index, new_index): (usize, usize)) -> Item {
        Item {
            status: Status::Same,
            moved: false,
            old_index: Some(old_index),
            new_index: Some(new_index),
            text: Inline::compare(old, new),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionDiff {
    pub id: String,
    /// Added / Removed (whole section), Changed (retitled, paragraphs
    /// changed, or moved), Same.
    pub status: Status,
    /// 0-based position among old sections.
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    /// Moved relative to the other sections: renumbering a section's file
    /// (10-… to 30-…) keeps its id and changes its place.
    pub moved: bool,
    pub title: Inline,
    /// Paragraphs of the body, merged (see [`Item`]).
    pub blocks: Vec<Item>,
}

impl SectionDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Same,
    Added,
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fragment {
    pub mark: Mark,
    pub text: String,
}

impl Fragment {
    pub fn new(mark: Mark, text: impl Into<String>) -> Fragment {
        Fragment {
            mark,
            text: text.into(),
        }
    }
}

/// A text with its changed parts marked: `Same` fragments, and for each
/// change its `Removed` text followed by its `Added` text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inline {
    /// The language the text is really in (`Lang::Ja` for a Japanese
    /// fallback on the English side): of the new text, or of the old text
    /// for a text that was removed.
    pub lang: Lang,
    /// The language of the `Removed` fragments. It differs from `lang` only
    /// when a translation arrived or went (English replacing a Japanese
    /// fallback, or back), and then the text is replaced whole: texts in two
    /// languages are never compared word by word.
    pub old_lang: Lang,
    pub fragments: Vec<Fragment>,
    /// How a translated text follows the Japanese; always
    /// `Translation::InStep` in Japanese.
    pub translation: Translation,
}

/// How the text a reader of the translation sees relates to the Japanese
/// change it stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Translation {
    /// The text changed as the Japanese did, or not at all.
    #[default]
    InStep,
    /// The Japanese did not change but the text a reader sees did: a
    /// translation added, improved or taken back. Not a change of the
    /// notice: `fragments` is the new text, unmarked.
    Updated,
    /// The Japanese changed and its translation did not follow (or cannot
    /// be matched paragraph by paragraph): `fragments` is the Japanese
    /// change, and `lang` and `old_lang` are Japanese.
    Lagging,
}

impl Inline {
    /// Same + Removed fragments.
    pub fn old_text(&self) -> String {
        self.text_without(Mark::Added)
    }

    /// Same + Added fragments.
    pub fn new_text(&self) -> String {
        self.text_without(Mark::Removed)
    }

    pub fn is_changed(&self) -> bool {
        self.fragments.iter().any(|f| f.mark != Mark::Same)
    }

    fn text_without(&self, mark: Mark) -> String {
        self.fragments
            .iter()
            .filter(|fragment| fragment.mark != mark)
            .map(|fragment| fragment.text.as_str())
            .collect()
    }

    /// `old` → `new`, the changed words marked.
    fn compare(old: Side<'_>, new: Side<'_>) -> Inline {
        let fragments = if old.text == new.text {
            whole_text(Mark::Same, new.text)
        } else if old.lang == new.lang {
            inline::fragments(old.text, new.text)
        } else {
            let mut fragments = whole_text(Mark::Removed, old.text);
            fragments.extend(whole_text(Mark::Added, new.text));
            fragments
        };
        Inline {
            lang: new.lang,
            old_lang: old.lang,
            fragments,
            translation: Translation::InStep,
        }
    }

    /// A text that is there on one side only, or on both unchanged.
    fn whole(mark: Mark, side: Side<'_>) -> Inline {
        Inline {
            lang: side.lang,
            old_lang: side.lang,
            fragments: whole_text(mark, side.text),
            translation: Translation::InStep,
        }
    }
}

fn whole_text(mark: Mark, text: &str) -> Vec<Fragment> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Fragment::new(mark, text)]
    }
}

/// Counts of what changed, for a one-line account of a revision.
///
/// A whole category added counts as one category added and each of its
/// purposes as a purpose added, so that "1 category added (3 purposes)" can
/// be said; likewise for a removed category, and for the paragraphs of an
/// added or removed section. A purpose or paragraph moved within its list
/// counts once, as moved, and not as added or removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub categories_added: usize,
    pub categories_removed: usize,
    /// Renamed categories that are on both sides.
    pub categories_renamed: usize,
    pub categories_moved: usize,
    pub purposes_added: usize,
    pub purposes_removed: usize,
    pub purposes_changed: usize,
    pub purposes_moved: usize,
    pub sections_added: usize,
    pub sections_removed: usize,
    /// Sections on both sides that were retitled, whose paragraphs changed,
    /// or that moved.
    pub sections_changed: usize,
    /// Intro/notes/section paragraphs added, removed or changed.
    pub paragraphs_changed: usize,
    /// Intro/notes/section paragraphs moved within their text.
    pub paragraphs_moved: usize,
    /// Texts whose translation was updated or lags: zero in Japanese; the
    /// counts above are the same in every language.
    pub translation: TranslationSummary,
}

/// Counts of the texts whose translation did not move with the Japanese.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TranslationSummary {
    /// Translations added, improved or taken back while the Japanese stayed.
    pub updated: usize,
    /// Japanese changes whose translation did not follow.
    pub lagging: usize,
}

impl TranslationSummary {
    fn count(&mut self, translation: Translation) {
        match translation {
            Translation::InStep => {}
            Translation::Updated => self.updated += 1,
            Translation::Lagging => self.lagging += 1,
        }
    }
}

impl Summary {
    /// Whether the purposes themselves changed: categories added, removed or
    /// renamed, or purposes added, removed or changed. Moves alone are not a
    /// change of purpose. For Japanese this is what
    /// `Purposes::differs_from` says, as long as no category lists the same
    /// purpose twice (a duplicate added or dropped shows as a purpose added
    /// or removed, while the purposes as a set are the same).
    pub fn changes_purposes(&self) -> bool {
        self.categories_added
            + self.categories_removed
            + self.categories_renamed
            + self.purposes_added
            + self.purposes_removed
            + self.purposes_changed
            > 0
    }

    fn count_category(&mut self, category: &CategoryDiff) {
        match category.status {
            Status::Added => self.categories_added += 1,
            Status::Removed => self.categories_removed += 1,
            Status::Same | Status::Changed => {
                self.categories_renamed += usize::from(category.renamed);
                self.categories_moved += usize::from(category.moved);
            }
        }
        for purpose in &category.purposes {
            match (purpose.status, purpose.moved) {
                (Status::Added, true) => self.purposes_moved += 1,
                (Status::Added, false) => self.purposes_added += 1,
                (Status::Removed, false) => self.purposes_removed += 1,
                (Status::Changed, _) => self.purposes_changed += 1,
                // A move shows twice, removed and added; it is counted once.
                (Status::Removed, true) | (Status::Same, _) => {}
            }
        }
    }

    fn count_section(&mut self, section: &SectionDiff) {
        match section.status {
            Status::Added => self.sections_added += 1,
            Status::Removed => self.sections_removed += 1,
            Status::Changed => self.sections_changed += 1,
            Status::Same => {}
        }
        for block in &section.blocks {
            self.count_paragraph(block);
        }
    }

    fn count_paragraph(&mut self, paragraph: &Item) {
        match (paragraph.status, paragraph.moved) {
            (Status::Added, true) => self.paragraphs_moved += 1,
            (Status::Added | Status::Removed | Status::Changed, false) => {
                self.paragraphs_changed += 1;
            }
            (Status::Changed, true) | (Status::Removed, true) | (Status::Same, _) => {}
        }
    }
}

/// A text as a reader of one language sees it, and the language it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Side<'a> {
    text: &'a str,
    lang: Lang,
}

impl<'a> From<Shown<'a, String>> for Side<'a> {
    fn from(shown: Shown<'a, String>) -> Side<'a> {
        Side {
            text: shown.value,
            lang: shown.lang,
        }
    }
}

fn side(text: &Text, lang: Lang) -> Side<'_> {
    text.get(lang).into()
}

/// The Japanese of a text, which decides what changed.
fn ja(text: &Text) -> Side<'_> {
    side(text, Lang::Ja)
}

/// The five labels with their old and new texts, in `Label` order.
fn label_texts<'a>(old: &'a Revision, new: &'a Revision) -> [(Label, &'a Text, &'a Text); 5] {
    let (o, n) = (&old.purposes, &new.purposes);
    [
        (Label::Title, &old.title, &new.title),
        (Label::PurposesHeading, &o.heading, &n.heading),
        (Label::Caption, &o.caption, &n.caption),
        (
            Label::CategoryHeader,
            &o.category_header,
            &n.category_header,
        ),
        (
            Label::PurposesHeader,
            &o.purposes_header,
            &n.purposes_header,
        ),
    ]
}

fn labels(old: &Revision, new: &Revision) -> Vec<LabelDiff> {
    label_texts(old, new)
        .into_iter()
        .filter_map(|(label, old, new)| {
            let (old, new) = (ja(old), ja(new));
            (old.text != new.text).then(|| LabelDiff {
                label,
                text: Inline::compare(old, new),
            })
        })
        .collect()
}

fn purposes(old: &Purposes, new: &Purposes) -> PurposesDiff {
    PurposesDiff {
        categories: categories(&old.categories, &new.categories),
        intro: prose(old.intro.as_ref(), new.intro.as_ref()),
        notes: prose(old.notes.as_ref(), new.notes.as_ref()),
    }
}

fn categories(old: &[Category], new: &[Category]) -> Vec<CategoryDiff> {
    let old_ids: Vec<&str> = old.iter().map(|c| c.id.as_str()).collect();
    let new_ids: Vec<&str> = new.iter().map(|c| c.id.as_str()).collect();
    sequence::by_key(&old_ids, &new_ids)
        .into_iter()
        .map(|place| match place {
            Place::Removed(i) => whole_category(&old[i], Status::Removed, i),
            Place::Added(j) => whole_category(&new[j], Status::Added, j),
            Place::Both {
                old: i,
                new: j,
                moved,
            } => category(&old[i], i, &new[j], j, moved),
        })
        .collect()
}

fn category(
    old: &Category,
    old_index: usize,
    new: &Category,
    new_index: usize,
    moved: bool,
) -> CategoryDiff {
    let name = Inline::compare(ja(&old.name), ja(&new.name));
    let renamed = name.is_changed();
    let purposes = sequence::merge(&sides(&old.purposes), &sides(&new.purposes));
    let changed = renamed || moved || purposes.iter().any(Item::is_changed);
    CategoryDiff {
        id: new.id.clone(),
        status: if changed {
            Status::Changed
        } else {
            Status::Same
        },
        old_index: Some(old_index),
        new_index: Some(new_index),
        name,
        renamed,
        moved,
        purposes,
    }
}

/// A category that is on one side only: `status` is `Added` or `Removed`.
fn whole_category(category: &Category, status: Status, index: usize) -> CategoryDiff {
    let mark = whole_mark(status);
    let (old_index, new_index) = indices(status, index);
    CategoryDiff {
        id: category.id.clone(),
        status,
        old_index,
        new_index,
        name: Inline::whole(mark, ja(&category.name)),
        renamed: false,
        moved: false,
        purposes: category
            .purposes
            .iter()
            .enumerate()
            .map(|(k, purpose)| whole_item(status, ja(purpose), k))
            .collect(),
    }
}

fn whole_mark(status: Status) -> Mark {
    match status {
        Status::Removed => Mark::Removed,
        Status::Added => Mark::Added,
        Status::Same | Status::Changed => Mark::Same,
    }
}

/// A text on one side only, at `index` in its list.
fn whole_item(status: Status, side: Side<'_>, index: usize) -> Item {
    let (old_index, new_index) = indices(status, index);
    Item {
        status,
        moved: false,
        old_index,
        new_index,
        text: Inline::whole(whole_mark(status), side),
    }
}

fn sides(texts: &[Text]) -> Vec<Side<'_>> {
    texts.iter().map(ja).collect()
}

/// The Japanese paragraphs of a prose text, none if there is no text.
fn paragraphs(prose: Option<&Bilingual<Prose>>) -> Vec<String> {
    prose.map_or_else(Vec::new, |prose| {
        markdown::paragraphs(&prose.ja.source, Lang::Ja)
    })
}

fn paragraph_sides(texts: &[String]) -> Vec<Side<'_>> {
    texts
        .iter()
        .map(|text| Side {
            text,
            lang: Lang::Ja,
        })
        .collect()
}

fn prose(old: Option<&Bilingual<Prose>>, new: Option<&Bilingual<Prose>>) -> Vec<Item> {
    let (old, new) = (paragraphs(old), paragraphs(new));
    sequence::merge(&paragraph_sides(&old), &paragraph_sides(&new))
}

fn sections(old: &[Section], new: &[Section]) -> Vec<SectionDiff> {
    let old_ids: Vec<&str> = old.iter().map(|s| s.id.as_str()).collect();
    let new_ids: Vec<&str> = new.iter().map(|s| s.id.as_str()).collect();
    sequence::by_key(&old_ids, &new_ids)
        .into_iter()
        .map(|place| match place {
            Place::Removed(i) => whole_section(&old[i], Status::Removed, i),
            Place::Added(j) => whole_section(&new[j], Status::Added, j),
            Place::Both {
                old: i,
                new: j,
                moved,
            } => section(&old[i], i, &new[j], j, moved),
        })
        .collect()
}

fn section(
    old: &Section,
    old_index: usize,
    new: &Section,
    new_index: usize,
    moved: bool,
) -> SectionDiff {
    let title = Inline::compare(ja(&old.title), ja(&new.title));
    let blocks = prose(Some(&old.body), Some(&new.body));
    let changed = moved || title.is_changed() || blocks.iter().any(Item::is_changed);
    SectionDiff {
        id: new.id.clone(),
        status: if changed {
            Status::Changed
        } else {
            Status::Same
        },
        old_index: Some(old_index),
        new_index: Some(new_index),
        moved,
        title,
        blocks,
    }
}

/// A section that is on one side only: `status` is `Added` or `Removed`.
fn whole_section(section: &Section, status: Status, index: usize) -> SectionDiff {
    let paragraphs = paragraphs(Some(&section.body));
    let (old_index, new_index) = indices(status, index);
    SectionDiff {
        id: section.id.clone(),
        status,
        old_index,
        new_index,
        moved: false,
        title: Inline::whole(whole_mark(status), ja(&section.title)),
        blocks: paragraph_sides(&paragraphs)
            .into_iter()
            .enumerate()
            .map(|(k, side)| whole_item(status, side, k))
            .collect(),
    }
}

/// The old and new index of an entry on one side only.
fn indices(status: Status, index: usize) -> (Option<usize>, Option<usize>) {
    match status {
        Status::Removed => (Some(index), None),
        _ => (None, Some(index)),
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn ja(text: &str) -> Text {
        Bilingual {
            ja: text.to_owned(),
            en: None,
        }
    }

    fn bi(ja: &str, en: &str) -> Text {
        Bilingual {
            ja: ja.to_owned(),
            en: Some(en.to_owned()),
        }
    }

    pub(super) fn prose(ja: &str, en: Option<&str>) -> Bilingual<Prose> {
        let prose = |source: &str| Prose {
            source: source.to_owned(),
            html: String::new(),
        };
        Bilingual {
            ja: prose(ja),
            en: en.map(prose),
        }
    }

    /// A Japanese-only category.
    fn category(id: &str, name: &str, purposes: &[&str]) -> Category {
        Category {
            id: id.to_owned(),
            name: ja(name),
            purposes: purposes.iter().map(|p| ja(p)).collect(),
        }
    }

    fn section(id: &str, title: &str, body: &str) -> Section {
        Section {
            id: id.to_owned(),
            role: None,
            title: ja(title),
            body: prose(body, None),
        }
    }

    fn revision(categories: Vec<Category>, sections: Vec<Section>) -> Revision {
        Revision {
            effective: date(2025, 4, 1),
            announced: date(2025, 3, 1),
            changes_purposes: false,
            title: bi(
                "個人情報の取扱いについて",
                "Handling of personal information",
            ),
            note: ja("公表しました。"),
            purposes: Purposes {
                heading: bi("利用目的", "Purposes of use"),
                intro: None,
                caption: bi(
                    "個人情報の利用目的",
                    "Purposes of use of personal information",
                ),
                category_header: bi("個人情報の類型", "Category"),
                purposes_header: bi("利用目的", "Purposes"),
                categories,
                notes: None,
            },
            sections,
            seal: crate::content::seal::Seal::of_nothing(),
        }
    }

    fn sample() -> Revision {
        revision(
            vec![
                category(
                    "eligibility",
                    "資格情報",
                    &["資格の確認", "健康保険証の発行"],
                ),
                category("premiums", "保険料情報", &["保険料の徴収"]),
                category(
                    "checkups",
                    "健診情報",
                    &["特定健康診査の実施", "特定保健指導の実施"],
                ),
            ],
            vec![
                section(
                    "safety",
                    "安全管理措置",
                    "## 組織的安全管理措置\n\n責任者を置きます。\n\n- 規程の整備\n- 研修の実施\n",
                ),
                section("requests", "開示等の請求", "窓口で受け付けます。\n"),
            ],
        )
    }

    /// An inline diff in a compact notation: [-removed-]{+added+}.
    fn marked(inline: &Inline) -> String {
        super::inline::tests::notation(&inline.fragments)
    }

    /// Merged items, one line each: "  same", "+ added", "- removed",
    /// "~ changed", and "+↕"/"-↕" for a move.
    fn lines(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|item| {
                let sign = match item.status {
                    Status::Same => " ",
                    Status::Added => "+",
                    Status::Removed => "-",
                    Status::Changed => "~",
                };
                let moved = if item.moved { "↕" } else { "" };
                format!("{sign}{moved} {}", marked(&item.text))
            })
            .collect()
    }

    fn inline_ja(old: &str, new: &str) -> String {
        let side = |text| Side {
            text,
            lang: Lang::Ja,
        };
        marked(&Inline::compare(side(old), side(new)))
    }

    fn ids(diff: &RevisionDiff) -> Vec<(&str, Status)> {
        diff.purposes
            .categories
            .iter()
            .map(|c| (c.id.as_str(), c.status))
            .collect()
    }

    #[test]
    fn identical_revisions_have_nothing_to_show() {
        let mut revision = sample();
        revision.purposes.intro = Some(prose("次の目的で利用します。", Some("We use it for:")));
        for lang in Lang::ALL {
            let diff = diff(&revision, &revision, lang);
            assert!(diff.is_empty(), "{lang}");
            assert_eq!(diff.summary(), Summary::default());
            assert!(!diff.summary().changes_purposes());
            assert_eq!(diff.purposes.categories.len(), 3);
            assert_eq!(diff.sections.len(), 2);
            assert_eq!(lines(&diff.purposes.intro).len(), 1);
        }
    }

    #[test]
    fn japanese_inline_diffs_keep_words_whole() {
        assert_eq!(
            inline_ja("健康保険証の発行", "資格確認書の発行"),
            "[-健康保険証-]{+資格確認書+}の発行"
        );
        assert_eq!(
            inline_ja("マイナンバーカードの利用勧奨", "マイナ保険証の利用勧奨"),
            "[-マイナンバーカード-]{+マイナ保険証+}の利用勧奨"
        );
        assert_eq!(
            inline_ja(
                "We use your information to manage eligibility.",
                "We use your information to verify eligibility."
            ),
            "We use your information to [-manage-]{+verify+} eligibility."
        );
        assert_eq!(
            inline_ja("保険料の徴収", "保険料の徴収及び還付"),
            "保険料の徴収{+及び還付+}"
        );
        assert_eq!(
            inline_ja("保険給付の支給", "保険給付及び附加給付の支給"),
            "保険給付{+及び附加給付+}の支給"
        );
        assert_eq!(
            inline_ja("被保険者の資格の確認", "被扶養者の資格の確認"),
            "被[-保険-]{+扶養+}者の資格の確認"
        );
        assert_eq!(
            inline_ja(
                "特定健康診査・特定保健指導の実施",
                "特定健康診査、特定保健指導及び健康相談の実施"
            ),
            "特定健康診査[-・-]{+、+}特定保健指導{+及び健康相談+}の実施"
        );
        assert_eq!(
            inline_ja(
                "Issuing health insurance cards",
                "Issuing eligibility certificates"
            ),
            "Issuing [-health insurance cards-]{+eligibility certificates+}"
        );
    }

    #[test]
    fn an_added_category_counts_with_its_purposes() {
        let old = sample();
        let mut new = sample();
        new.purposes.categories.insert(
            1,
            category(
                "notices",
                "通知情報",
                &["医療費通知の送付", "後発医薬品の案内"],
            ),
        );
        let diff = diff(&old, &new, Lang::Ja);
        assert_eq!(
            ids(&diff),
            vec![
                ("eligibility", Status::Same),
                ("notices", Status::Added),
                ("premiums", Status::Same),
                ("checkups", Status::Same),
            ]
        );
        let added = &diff.purposes.categories[1];
        assert_eq!((added.old_index, added.new_index), (None, Some(1)));
        assert_eq!(marked(&added.name), "{+通知情報+}");
        assert!(!added.renamed && !added.moved);
        assert_eq!(
            lines(&added.purposes),
            ["+ {+医療費通知の送付+}", "+ {+後発医薬品の案内+}"]
        );
        // Inserting before them does not move the others.
        assert!(diff.purposes.categories.iter().all(|c| !c.moved));
        let summary = diff.summary();
        assert_eq!(
            summary,
            Summary {
                categories_added: 1,
                purposes_added: 2,
                ..Summary::default()
            }
        );
        assert!(summary.changes_purposes());
        assert!(!diff.is_empty());
    }

    #[test]
    fn a_removed_category_stays_after_its_old_predecessor() {
        let old = sample();
        let mut new = sample();
        new.purposes.categories.remove(1);
        let diff = diff(&old, &new, Lang::Ja);
        assert_eq!(
            ids(&diff),
            vec![
                ("eligibility", Status::Same),
                ("premiums", Status::Removed),
                ("checkups", Status::Same),
            ]
        );
        let removed = &diff.purposes.categories[1];
        assert_eq!((removed.old_index, removed.new_index), (Some(1), None));
        assert_eq!(marked(&removed.name), "[-保険料情報-]");
        assert_eq!(lines(&removed.purposes), ["- [-保険料の徴収-]"]);
        assert_eq!(
            diff.summary(),
            Summary {
                categories_removed: 1,
                purposes_removed: 1,
                ..Summary::default()
            }
        );

        // The first category has no predecessor: it stays first.
        let mut new = sample();
        new.purposes.categories.remove(0);
        let diff = super::diff(&old, &new, Lang::Ja);
        assert_eq!(
            ids(&diff),
            vec![
                ("eligibility", Status::Removed),
                ("premiums", Status::Same),
                ("checkups", Status::Same),
            ]
        );
    }

    #[test]
    fn a_renamed_category_keeps_its_id_and_marks_the_new_words() {
        let old = sample();
        let mut new = sample();
        new.purposes.categories[0].name = ja("資格関係情報");
        let diff = diff(&old, &new, Lang::Ja);
        let renamed = &diff.purposes.categories[0];
        assert_eq!(renamed.id, "eligibility");
        assert_eq!(renamed.status, Status::Changed);
        assert!(renamed.renamed && !renamed.moved);
        assert_eq!(marked(&renamed.name), "資格{+関係+}情報");
        assert_eq!(renamed.name.old_text(), "資格情報");
        assert_eq!(renamed.name.new_text(), "資格関係情報");
        assert_eq!(
            lines(&renamed.purposes),
            ["  資格の確認", "  健康保険証の発行"]
        );
        let summary = diff.summary();
        assert_eq!(summary.categories_renamed, 1);
        assert!(summary.changes_purposes());
    }

    #[test]
    fn a_category_moved_is_a_change_but_not_of_purposes() {
        let old = sample();
        let mut new = sample();
        new.purposes.categories.rotate_left(1);
        let diff = diff(&old, &new, Lang::Ja);
        assert_eq!(
            ids(&diff),
            vec![
                ("premiums", Status::Same),
                ("checkups", Status::Same),
                ("eligibility", Status::Changed),
            ]
        );
        let moved = &diff.purposes.categories[2];
        assert!(moved.moved && !moved.renamed);
        assert_eq!((moved.old_index, moved.new_index), (Some(0), Some(2)));
        assert_eq!(
            diff.summary(),
            Summary {
                categories_moved: 1,
                ..Summary::default()
            }
        );
        assert!(!diff.summary().changes_purposes());
        assert!(!diff.is_empty());
    }

    #[test]
    fn purposes_are_added_removed_reworded_and_moved() {
        let old = revision(
            vec![category(
                "eligibility",
                "資格情報",
                &[
                    "資格の確認",
                    "健康保険証の発行",
                    "保険料の徴収",
                    "特定健康診査の実施",
                    "被扶養者の認定",
                ],
            )],
            vec![],
        );
        let new = revision(
            vec![category(
                "eligibility",
                "資格情報",
                &[
                    "資格の確認",
                    "資格確認書の発行",
                    "特定健康診査の実施",
                    "保険料の徴収",
                    "医療費通知の送付",
                ],
            )],
            vec![],
        );
        let diff = diff(&old, &new, Lang::Ja);
        let category = &diff.purposes.categories[0];
        assert_eq!(category.status, Status::Changed);
        assert_eq!(
            lines(&category.purposes),
            [
                "  資格の確認",
                "~ [-健康保険証-]{+資格確認書+}の発行",
                "+↕ {+特定健康診査の実施+}",
                "  保険料の徴収",
                "-↕ [-特定健康診査の実施-]",
                "- [-被扶養者の認定-]",
                "+ {+医療費通知の送付+}",
            ]
        );
        assert_eq!(
            diff.summary(),
            Summary {
                purposes_added: 1,
                purposes_removed: 1,
                purposes_changed: 1,
                purposes_moved: 1,
                ..Summary::default()
            }
        );
    }

    #[test]
    fn purposes_only_reordered_do_not_change_purposes() {
        let old = sample();
        let mut new = sample();
        new.purposes.categories[2].purposes.reverse();
        let diff = diff(&old, &new, Lang::Ja);
        assert_eq!(
            lines(&diff.purposes.categories[2].purposes),
            [
                "+↕ {+特定保健指導の実施+}",
                "  特定健康診査の実施",
                "-↕ [-特定保健指導の実施-]"
            ]
        );
        let summary = diff.summary();
        assert_eq!(summary.purposes_moved, 1);
        assert!(!summary.changes_purposes());
        assert!(!old.purposes.differs_from(&new.purposes));
    }

    #[test]
    fn a_duplicate_purpose_is_seen_though_the_purposes_as_a_set_stay() {
        // The one case where the diff and `Purposes::differs_from` part:
        // a reader sees a line go, while the set of purposes is the same.
        // `check` rejects a purpose listed twice, so no built site has it.
        let old = revision(
            vec![category("a", "資格情報", &["資格の確認", "資格の確認"])],
            vec![],
        );
        let new = revision(vec![category("a", "資格情報", &["資格の確認"])], vec![]);
        let summary = diff(&old, &new, Lang::Ja).summary();
        assert_eq!(summary.purposes_removed, 1);
        assert!(summary.changes_purposes());
        assert!(!old.purposes.differs_from(&new.purposes));
    }

    #[test]
    fn an_english_rewording_that_moves_words_is_one_purpose_reworded() {
        let old = revision(
            vec![category(
                "a",
                "資格情報",
                &["Issuing notices of medical expenses"],
            )],
            vec![],
        );
        let new = revision(
            vec![category(
                "a",
                "資格情報",
                &["Issuing medical expense notices"],
            )],
            vec![],
        );
        let summary = diff(&old, &new, Lang::Ja).summary();
        assert_eq!((summary.purposes_changed, summary.purposes_added), (1, 0));
    }

    #[test]
    fn unrelated_purposes_in_one_place_are_not_paired() {
        let old = revision(vec![category("a", "資格情報", &["保険料の徴収"])], vec![]);
        let new = revision(vec![category("a", "資格情報", &["保険給付の支給"])], vec![]);
        let diff = diff(&old, &new, Lang::Ja);
        assert_eq!(
            lines(&diff.purposes.categories[0].purposes),
            ["- [-保険料の徴収-]", "+ {+保険給付の支給+}"]
        );
    }

    #[test]
    fn sections_are_added_removed_and_changed_by_paragraph() {
        let old = sample();
        let mut new = sample();
        new.sections[0].body = prose(
            "## 組織的安全管理措置\n\n責任者及び担当者を置きます。\n\n- 規程の整備\n- 研修の実施\n- 監査の実施\n",
            None,
        );
        new.sections.remove(1);
        new.sections.push(section(
            "contact",
            "お問い合わせ",
            "電話でどうぞ。\n\n平日のみ。",
        ));
        let diff = diff(&old, &new, Lang::Ja);
        let shown: Vec<_> = diff
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.status, marked(&s.title), lines(&s.blocks)))
            .collect();
        assert_eq!(
            shown,
            vec![
                (
                    "safety",
                    Status::Changed,
                    "安全管理措置".to_owned(),
                    vec![
                        "  組織的安全管理措置".to_owned(),
                        "~ 責任者{+及び担当者+}を置きます。".to_owned(),
                        "  規程の整備".to_owned(),
                        "  研修の実施".to_owned(),
                        "+ {+監査の実施+}".to_owned(),
                    ]
                ),
                (
                    "requests",
                    Status::Removed,
                    "[-開示等の請求-]".to_owned(),
                    vec!["- [-窓口で受け付けます。-]".to_owned()]
                ),
                (
                    "contact",
                    Status::Added,
                    "{+お問い合わせ+}".to_owned(),
                    vec![
                        "+ {+電話でどうぞ。+}".to_owned(),
                        "+ {+平日のみ。+}".to_owned()
                    ]
                ),
            ]
        );
        assert_eq!(
            diff.summary(),
            Summary {
                sections_added: 1,
                sections_removed: 1,
                sections_changed: 1,
                paragraphs_changed: 5,
                ..Summary::default()
            }
        );
        assert!(!diff.summary().changes_purposes());
    }

    #[test]
    fn a_renumbered_section_has_moved() {
        let old = sample();
        let mut new = sample();
        new.sections.reverse();
        let diff = diff(&old, &new, Lang::Ja);
        let places: Vec<_> = diff
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.status, s.old_index, s.new_index, s.moved))
            .collect();
        assert_eq!(
            places,
            vec![
                ("requests", Status::Changed, Some(1), Some(0), true),
                ("safety", Status::Same, Some(0), Some(1), false),
            ]
        );
        assert_eq!(diff.summary().sections_changed, 1);
        assert_eq!(diff.summary().paragraphs_changed, 0);
    }

    #[test]
    fn a_retitled_section_is_changed() {
        let old = sample();
        let mut new = sample();
        new.sections[1].title = ja("開示等の請求の手続");
        let diff = diff(&old, &new, Lang::Ja);
        assert_eq!(diff.sections[1].status, Status::Changed);
        assert_eq!(marked(&diff.sections[1].title), "開示等の請求{+の手続+}");
        assert_eq!(diff.summary().sections_changed, 1);
        assert_eq!(diff.summary().paragraphs_changed, 0);
    }

    #[test]
    fn intro_and_notes_are_compared_by_paragraph() {
        let old = sample();
        let mut new = sample();
        new.purposes.intro = Some(prose("当組合は、次の目的で個人情報を利用します。", None));
        let mut with_notes = sample();
        with_notes.purposes.notes = Some(prose(
            "注：目的外には利用しません。\n\n- 法令に基づく場合を除く\n",
            None,
        ));
        new.purposes.notes = Some(prose(
            "注：目的外には利用しません。\n\n- 法令に基づく場合及び本人の同意がある場合を除く\n",
            None,
        ));
        let diff = diff(&with_notes, &new, Lang::Ja);
        assert_eq!(
            lines(&diff.purposes.intro),
            ["+ {+当組合は、次の目的で個人情報を利用します。+}"]
        );
        assert_eq!(
            lines(&diff.purposes.notes),
            [
                "  注：目的外には利用しません。",
                "~ 法令に基づく{+場合及び本人の同意がある+}場合を除く"
            ]
        );
        assert_eq!(diff.summary().paragraphs_changed, 2);
        assert!(!diff.summary().changes_purposes());
        assert!(super::diff(&old, &old, Lang::Ja).purposes.intro.is_empty());
    }

    #[test]
    fn labels_that_differ_are_listed() {
        let old = sample();
        let mut new = sample();
        new.purposes.caption = bi("個人情報の利用目的一覧", "List of purposes of use");
        new.title = ja("個人情報の取扱いについて");
        let diff_ja = diff(&old, &new, Lang::Ja);
        assert_eq!(diff_ja.labels.len(), 1);
        assert_eq!(diff_ja.labels[0].label, Label::Caption);
        assert_eq!(
            marked(&diff_ja.labels[0].text),
            "個人情報の利用目的{+一覧+}"
        );
        assert!(!diff_ja.summary().changes_purposes());
        assert!(!diff_ja.is_empty(), "a label change is seen");

        let diff_en = diff(&old, &new, Lang::En);
        let labels: Vec<_> = diff_en
            .labels
            .iter()
            .map(|l| {
                let text = &l.text;
                (
                    l.label,
                    text.old_lang,
                    text.lang,
                    text.translation,
                    marked(text),
                )
            })
            .collect();
        assert_eq!(
            labels,
            vec![
                // The Japanese title stayed; only its translation went.
                (
                    Label::Title,
                    Lang::Ja,
                    Lang::Ja,
                    Translation::Updated,
                    "個人情報の取扱いについて".to_owned()
                ),
                (
                    Label::Caption,
                    Lang::En,
                    Lang::En,
                    Translation::InStep,
                    "[-Purposes of use of personal information-]{+List of purposes of use+}"
                        .to_owned()
                ),
            ]
        );
        assert!(!diff_en.is_empty(), "the caption changed");
        assert_eq!(diff_en.summary().translation.updated, 1);
    }

    /// The eligibility category of [`english_follows_the_japanese`]'s
    /// revisions: name and purposes as (Japanese, English).
    fn eligibility(name: Text, purposes: Vec<Text>) -> Revision {
        revision(
            vec![Category {
                id: "eligibility".into(),
                name,
                purposes,
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
        let diff_en = diff(&old, &new, Lang::En);
        let category = &diff_en.purposes.categories[0];
        assert!(!category.renamed, "a translation arrived: no rename");
        assert_eq!(marked(&category.name), "Eligibility information");
        assert_eq!(category.name.translation, Translation::Updated);
        assert_eq!(
            lines(&category.purposes),
            [
                "  Checking eligibility",
                "~ Issuing [-health insurance-]{+eligibility+} certificates",
                "  被扶養者の認定",
            ]
        );
        let shown: Vec<_> = category
            .purposes
            .iter()
            .map(|item| (item.text.old_lang, item.text.lang, item.text.translation))
            .collect();
        assert_eq!(
            shown,
            [
                (Lang::En, Lang::En, Translation::Updated),
                (Lang::En, Lang::En, Translation::InStep),
                (Lang::Ja, Lang::Ja, Translation::InStep)
            ]
        );

        // In Japanese only the reworded purpose changed; the counts are
        // the same in English, where two translations came on top.
        let diff_ja = diff(&old, &new, Lang::Ja);
        assert_eq!(
            lines(&diff_ja.purposes.categories[0].purposes),
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
        let diff = diff(&old, &new, Lang::En);
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
        let diff = diff(&old, &new, Lang::En);
        let category = &diff.purposes.categories[0];
        assert!(category.renamed);
        assert_eq!(marked(&category.name), "資格{+関係+}情報");
        assert_eq!(category.name.translation, Translation::Lagging);
        assert_eq!(
            lines(&category.purposes),
            ["~ [-健康保険証-]{+資格確認書+}の発行"]
        );
        let purpose = &category.purposes[0].text;
        assert_eq!(
            (purpose.old_lang, purpose.lang, purpose.translation),
            (Lang::Ja, Lang::Ja, Translation::Lagging)
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
        let diff = diff(&old, &new, Lang::En);
        let blocks = &diff.sections[1].blocks;
        assert_eq!(
            lines(blocks),
            ["  窓口で受け付けます。", "+ {+郵送でも受け付けます。+}"]
        );
        assert_eq!(blocks[1].text.lang, Lang::Ja);
        assert_eq!(blocks[1].text.translation, Translation::Lagging);
        assert_eq!(blocks[0].text.translation, Translation::InStep);
        assert_eq!(diff.summary().paragraphs_changed, 1);
    }

    #[test]
    fn untranslated_prose_is_compared_in_japanese_on_the_english_side() {
        let mut old = sample();
        old.purposes.notes = Some(prose("目的外には利用しません。", None));
        let mut new = sample();
        new.purposes.notes = Some(prose("目的外には一切利用しません。", None));
        let diff = diff(&old, &new, Lang::En);
        let note = &diff.purposes.notes[0];
        assert_eq!(marked(&note.text), "目的外には{+一切+}利用しません。");
        assert_eq!((note.text.old_lang, note.text.lang), (Lang::Ja, Lang::Ja));
    }

    #[test]
    fn a_huge_paragraph_is_still_diffed_correctly() {
        let sentence = "加入者の資格を確認し、保険給付を支給します。";
        let old_body = sentence.repeat(inline::WORD_TOKEN_CAP / 4);
        let new_body = format!(
            "{}追記します。{old_body}",
            old_body.replacen("支給", "還付", 1)
        );
        let old = revision(vec![], vec![section("s", "題", &old_body)]);
        let new = revision(vec![], vec![section("s", "題", &new_body)]);
        let diff = diff(&old, &new, Lang::Ja);
        let blocks = &diff.sections[0].blocks;
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].status, Status::Changed);
        assert_eq!(blocks[0].text.old_text(), old_body);
        assert_eq!(blocks[0].text.new_text(), new_body);
    }

    mod properties {
        use proptest::prelude::*;
        use proptest::sample::{select, subsequence};

        use super::super::*;
        use super::{prose, revision};

        const IDS: &[&str] = &["eligibility", "premiums", "benefits", "checkups", "notices"];
        const NAMES: &[&str] = &[
            "資格情報",
            "資格関係情報",
            "保険料情報",
            "給付情報",
            "健診情報",
        ];
        const NAMES_EN: &[&str] = &["Eligibility", "Eligibility information", "Premiums"];
        const PURPOSES: &[&str] = &[
            "資格の確認",
            "健康保険証の発行",
            "資格確認書の発行",
            "マイナンバーカードの利用勧奨",
            "マイナ保険証の利用勧奨",
            "保険料の徴収",
            "保険料の徴収及び還付",
            "保険給付の支給",
            "保険給付及び附加給付の支給",
            "特定健康診査の実施",
            "特定健康診査・特定保健指導の実施",
            "医療費通知の送付",
        ];
        const PURPOSES_EN: &[&str] = &[
            "Checking eligibility",
            "Issuing health insurance certificates",
            "Issuing eligibility certificates",
            "Collecting premiums",
            "Collecting and refunding premiums",
            // An untranslated-looking translation: the same text as a Japanese one.
            "マイナ保険証の利用勧奨",
        ];
        const PARAGRAPHS: &[&str] = &[
            "責任者を置きます。",
            "責任者及び担当者を置きます。",
            "規程を整備します。",
            "マイナンバーカードを確認します。",
            "マイナ保険証を確認します。",
            "We train staff.",
            "We train all staff every year.",
        ];
        const SECTION_IDS: &[&str] = &["safety", "requests", "contact"];
        const TITLES: &[&str] = &["安全管理措置", "安全管理のための措置", "開示等の請求"];
        const TITLES_EN: &[&str] = &["Safety measures", "Requests"];

        fn text(
            ja: &'static [&'static str],
            en: &'static [&'static str],
        ) -> impl Strategy<Value = Text> {
            (select(ja), proptest::option::of(select(en))).prop_map(|(ja, en)| Bilingual {
                ja: ja.to_owned(),
                en: en.map(str::to_owned),
            })
        }

        /// A category's purposes: distinct in Japanese, as in any real
        /// table (see `Summary::changes_purposes` on duplicates).
        fn purposes() -> impl Strategy<Value = Vec<Text>> {
            subsequence(PURPOSES, 0..=5)
                .prop_shuffle()
                .prop_flat_map(|ja| {
                    let en = proptest::collection::vec(
                        proptest::option::of(select(PURPOSES_EN)),
                        ja.len(),
                    );
                    (Just(ja), en)
                })
                .prop_map(|(ja, en)| {
                    ja.into_iter()
                        .zip(en)
                        .map(|(ja, en)| Bilingual {
                            ja: ja.to_owned(),
                            en: en.map(str::to_owned),
                        })
                        .collect()
                })
        }

        fn categories() -> impl Strategy<Value = Vec<Category>> {
            subsequence(IDS, 0..=IDS.len())
                .prop_shuffle()
                .prop_flat_map(|ids| {
                    let rest =
                        proptest::collection::vec((text(NAMES, NAMES_EN), purposes()), ids.len());
                    (Just(ids), rest)
                })
                .prop_map(|(ids, rest)| {
                    ids.into_iter()
                        .zip(rest)
                        .map(|(id, (name, purposes))| Category {
                            id: id.to_owned(),
                            name,
                            purposes,
                        })
                        .collect()
                })
        }

        /// Markdown of paragraphs and list items drawn from a small pool.
        fn markdown() -> impl Strategy<Value = String> {
            proptest::collection::vec((select(PARAGRAPHS), any::<bool>()), 0..6).prop_map(
                |blocks| {
                    blocks
                        .into_iter()
                        .map(|(text, item)| {
                            if item {
                                format!("- {text}\n\n")
                            } else {
                                format!("{text}\n\n")
                            }
                        })
                        .collect()
                },
            )
        }

        fn prose_text() -> impl Strategy<Value = Bilingual<Prose>> {
            (markdown(), proptest::option::of(markdown()))
                .prop_map(|(ja, en)| prose(&ja, en.as_deref()))
        }

        fn sections() -> impl Strategy<Value = Vec<Section>> {
            subsequence(SECTION_IDS, 0..=SECTION_IDS.len())
                .prop_shuffle()
                .prop_flat_map(|ids| {
                    let rest = proptest::collection::vec(
                        (text(TITLES, TITLES_EN), prose_text()),
                        ids.len(),
                    );
                    (Just(ids), rest)
                })
                .prop_map(|(ids, rest)| {
                    ids.into_iter()
                        .zip(rest)
                        .map(|(id, (title, body))| Section {
                            id: id.to_owned(),
                            role: None,
                            title,
                            body,
                        })
                        .collect()
                })
        }

        fn revisions() -> impl Strategy<Value = Revision> {
            (
                categories(),
                proptest::option::of(prose_text()),
                proptest::option::of(prose_text()),
                sections(),
                text(NAMES, NAMES_EN),
            )
                .prop_map(|(categories, intro, notes, sections, caption)| {
                    let mut revision = revision(categories, sections);
                    revision.purposes.intro = intro;
                    revision.purposes.notes = notes;
                    revision.purposes.caption = caption;
                    revision
                })
        }

        /// Small edits of a revision, so that pairs of revisions also differ
        /// in one or two ways at a time, as real revisions do.
        #[derive(Clone, Debug)]
        enum Edit {
            Rename,
            RemoveCategory,
            AddCategory,
            MoveCategory,
            AddPurpose,
            RemovePurpose,
            RewordPurpose,
            MovePurpose,
            MovePurposeAcross,
            Translate,
            TranslateName,
            RewriteSection,
        }

        fn edits() -> impl Strategy<Value = Vec<(Edit, usize, usize, usize)>> {
            let edit = select(vec![
                Edit::Rename,
                Edit::RemoveCategory,
                Edit::AddCategory,
                Edit::MoveCategory,
                Edit::AddPurpose,
                Edit::RemovePurpose,
                Edit::RewordPurpose,
                Edit::MovePurpose,
                Edit::MovePurposeAcross,
                Edit::Translate,
                Edit::TranslateName,
                Edit::RewriteSection,
            ]);
            proptest::collection::vec((edit, 0usize..8, 0usize..8, 0usize..16), 1..4)
        }

        fn edited(mut revision: Revision, edits: Vec<(Edit, usize, usize, usize)>) -> Revision {
            for (edit, a, b, pick) in edits {
                let categories = &mut revision.purposes.categories;
                let len = categories.len();
                let has = |c: &Category, ja: &str| c.purposes.iter().any(|p| p.ja == ja);
                let purpose = PURPOSES[pick % PURPOSES.len()];
                match edit {
                    Edit::RewriteSection => {
                        let count = revision.sections.len().max(1);
                        if let Some(section) = revision.sections.get_mut(a % count) {
                            // A paragraph added, and one moved to the front.
                            let mut paragraphs =
                                markdown::paragraphs(&section.body.ja.source, Lang::Ja);
                            let at = b % (paragraphs.len() + 1);
                            paragraphs.insert(at, PARAGRAPHS[pick % PARAGRAPHS.len()].to_owned());
                            let moved = paragraphs.remove(pick % paragraphs.len());
                            paragraphs.insert(0, moved);
                            section.body.ja.source = paragraphs.join("\n\n");
                        }
                    }
                    Edit::AddCategory => {
                        let used: Vec<String> = categories.iter().map(|c| c.id.clone()).collect();
                        if let Some(id) = IDS.iter().find(|id| !used.iter().any(|u| u == *id)) {
                            let category =
                                super::category(id, NAMES[pick % NAMES.len()], &[purpose]);
                            categories.insert(b % (len + 1), category);
                        }
                    }
                    _ if len == 0 => {}
                    Edit::Rename => {
                        categories[a % len].name.ja = NAMES[pick % NAMES.len()].to_owned()
                    }
                    Edit::RemoveCategory => {
                        categories.remove(a % len);
                    }
                    Edit::MoveCategory => {
                        let category = categories.remove(a % len);
                        categories.insert(b % len, category);
                    }
                    Edit::TranslateName => {
                        let name = &mut categories[a % len].name;
                        name.en = name
                            .en
                            .take()
                            .xor(Some(NAMES_EN[pick % NAMES_EN.len()].to_owned()));
                    }
                    Edit::AddPurpose => {
                        let category = &mut categories[a % len];
                        if !has(category, purpose) {
                            let at = b % (category.purposes.len() + 1);
                            category.purposes.insert(at, super::ja(purpose));
                        }
                    }
                    Edit::MovePurposeAcross if len > 1 => {
                        let from = &mut categories[a % len];
                        if !from.purposes.is_empty() {
                            let moved = from.purposes.remove(b % from.purposes.len());
                            let to = &mut categories[(a + 1) % len];
                            if !has(to, &moved.ja) {
                                to.purposes.insert(pick % (to.purposes.len() + 1), moved);
                            }
                        }
                    }
                    _ => {
                        let category = &mut categories[a % len];
                        let count = category.purposes.len();
                        if count == 0 {
                            continue;
                        }
                        let unique = !has(category, purpose);
                        let purposes = &mut category.purposes;
                        match edit {
                            Edit::RemovePurpose => {
                                purposes.remove(b % count);
                            }
                            Edit::RewordPurpose if unique => {
                                purposes[b % count].ja = purpose.to_owned()
                            }
                            Edit::MovePurpose => {
                                let moved = purposes.remove(b % count);
                                purposes.insert(pick % count, moved);
                            }
                            Edit::Translate => {
                                let en = &mut purposes[b % count].en;
                                *en = en
                                    .take()
                                    .xor(Some(PURPOSES_EN[pick % PURPOSES_EN.len()].to_owned()));
                            }
                            _ => {}
                        }
                    }
                }
            }
            revision
        }

        /// A text with the language it is in.
        type Shown = (String, Lang);

        /// What a reader of one language sees of a revision, less its labels.
        #[derive(Debug, PartialEq, Eq)]
        struct View {
            categories: Vec<(String, Shown, Vec<Shown>)>,
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
                        let items = c.purposes.iter().map(|p| shown(p, lang)).collect();
                        (c.id.clone(), shown(&c.name, lang), items)
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
            let strip = |shown: Vec<Shown>| {
                shown
                    .into_iter()
                    .map(|(text, _)| (text, Lang::Ja))
                    .collect()
            };
            View {
                categories: view
                    .categories
                    .into_iter()
                    .map(|(id, (name, _), items)| (id, (name, Lang::Ja), strip(items)))
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
                        let entry = (c.id.clone(), side.text(&c.name), side.items(&c.purposes));
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

        fn expected_texts(texts: &[Text]) -> Vec<Expected> {
            texts.iter().map(Expected::of).collect()
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

        fn check_english(
            ja: &RevisionDiff,
            en: &RevisionDiff,
            old: &Revision,
            new: &Revision,
        ) -> Result<(), TestCaseError> {
            for (label, old_text, new_text) in label_texts(old, new) {
                let (old_text, new_text) = (Expected::of(old_text), Expected::of(new_text));
                let listed =
                    |diff: &RevisionDiff| diff.labels.iter().find(|l| l.label == label).cloned();
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
                let purposes =
                    |c: Option<&Category>| c.map_or_else(Vec::new, |c| expected_texts(&c.purposes));
                check_items(&ja.purposes, &en.purposes, &purposes(old), &purposes(new))?;
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

        /// Two revisions: unrelated, or the second an edit of the first.
        fn pairs() -> impl Strategy<Value = (Revision, Revision)> {
            prop_oneof![
                (revisions(), revisions()),
                (revisions(), edits()).prop_map(|(old, edits)| {
                    let new = edited(old.clone(), edits);
                    (old, new)
                }),
            ]
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
                    prop_assert!(category.purposes.iter().all(|item| well_formed(&item.text.fragments)));
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
    }
}
