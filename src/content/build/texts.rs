//! The texts of content as the model holds them: a text in both
//! languages, with the English missing only as a warning, and Markdown,
//! from a `.md` file or a TOML string, rendered with every construct the
//! site cannot show reported at its line. Every content file's texts go
//! through here, so they are checked alike.

use toml::Spanned;

use super::super::diagnostic::{Diagnostic, Position};
use super::super::files::{Languages, string_start};
use super::super::markdown::{self, Dropped, DroppedKind, Placement};
use super::super::model::{Bilingual, Prose, Text};
use super::{Builder, File};

impl Builder {
    /// A text in both languages. An empty Japanese text is an error (there is
    /// nothing to fall back to); a missing English one is a warning.
    pub(super) fn text(
        &mut self,
        file: File<'_>,
        raw: &Spanned<impl Languages>,
        what: &str,
    ) -> Text {
        self.text_or(
            file,
            raw,
            what,
            "Japanese is the authoritative text: write it, or remove the entry",
        )
    }

    /// [`Self::text`] with the hint for an empty Japanese text given.
    pub(super) fn text_or(
        &mut self,
        file: File<'_>,
        raw: &Spanned<impl Languages>,
        what: &str,
        empty_hint: &str,
    ) -> Text {
        let ja = raw.get_ref().ja().get_ref().trim().to_owned();
        if ja.is_empty() {
            self.push(
                file.error(
                    raw.get_ref().ja().span(),
                    format!("the Japanese text of {what} is empty"),
                )
                .hint(empty_hint),
            );
        }
        let en = self
            .english(file, raw, what)
            .map(|en| en.get_ref().trim().to_owned());
        Bilingual { ja, en }
    }

    /// The English of a text if it has any, warning when it has none.
    pub(super) fn english<'a>(
        &mut self,
        file: File<'_>,
        raw: &'a Spanned<impl Languages>,
        what: &str,
    ) -> Option<&'a Spanned<String>> {
        let en = raw
            .get_ref()
            .en()
            .filter(|en| !en.get_ref().trim().is_empty());
        if en.is_none() {
            self.push(
                file.warning(raw.span(), format!("{what} has no English translation"))
                    .hint("add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese"),
            );
        }
        en
    }

    /// Markdown written inside a TOML string, in both languages.
    pub(super) fn prose(
        &mut self,
        file: File<'_>,
        raw: &Spanned<impl Languages>,
        what: &str,
        placement: Placement<'_>,
    ) -> Bilingual<Prose> {
        let ja = self.markdown_in_toml(file, raw.get_ref().ja(), placement);
        let en = self
            .english(file, raw, what)
            .map(|en| self.markdown_in_toml(file, en, placement));
        Bilingual { ja, en }
    }

    pub(super) fn markdown_in_toml(
        &mut self,
        file: File<'_>,
        raw: &Spanned<String>,
        placement: Placement<'_>,
    ) -> Prose {
        let start = Position::at(file.text, string_start(file.text, &raw.span()));
        self.markdown(file, raw.get_ref(), start, placement)
    }

    /// Renders Markdown that begins at `start` in `file`, reporting what had
    /// to be dropped at its place in the file.
    pub(super) fn markdown(
        &mut self,
        file: File<'_>,
        source: &str,
        start: Position,
        placement: Placement<'_>,
    ) -> Prose {
        let (html, dropped) = markdown::render(source, &placement);
        let in_file = |line: usize, column: usize| {
            let position = if line == 1 {
                Position {
                    line: start.line,
                    column: start.column + column - 1,
                }
            } else {
                Position {
                    line: start.line + line - 1,
                    column,
                }
            };
            position.offset_in(file.text)
        };
        for Dropped {
            line,
            column,
            last_line,
            last_column,
            what,
        } in dropped
        {
            let span = in_file(line, column)..in_file(last_line, last_column + 1);
            let diagnostic = match what {
                DroppedKind::RawHtml => Diagnostic::error(file.path, "raw HTML is not allowed in content")
                    .hint("write it in Markdown instead: **bold**, lists with \"- \", links as [text](https://…); HTML is left out of the page"),
                DroppedKind::DangerousLink(url) => Diagnostic::error(
                    file.path,
                    format!("the link address \"{url}\" is not allowed"),
                )
                .hint("links must be web (https://) or mail (mailto:) addresses"),
                DroppedKind::Image => Diagnostic::warning(file.path, "images are not shown on the notice")
                    .hint("only the image's description is kept; describe the content in text instead"),
                DroppedKind::Footnote => Diagnostic::warning(file.path, "footnotes are not supported")
                    .hint("write the note as a paragraph of its own, e.g. starting with ※; until then the page shows [^…] as written"),
                DroppedKind::Strikethrough => Diagnostic::warning(file.path, "struck-through text (~~…~~) is not supported")
                    .hint("delete text that no longer applies (the history keeps every earlier version); until then the page shows the ~~ marks"),
                DroppedKind::TaskItem => Diagnostic::warning(file.path, "check boxes (- [ ] and - [x]) are not supported")
                    .hint("write the item as an ordinary list item without the brackets; until then the page shows them"),
                DroppedKind::UndefinedReference(label) => Diagnostic::warning(
                    file.path,
                    format!("the link name [{label}] is not defined"),
                )
                .hint(format!("write the link as [text](https://…), or add a line [{label}]: https://… to the same text; until then the page shows the brackets")),
                DroppedKind::LinkNotMade => Diagnostic::warning(file.path, "these brackets do not make a link")
                    .hint("write a link as [text](https://…) with no space in the address; until then the page shows the brackets"),
                DroppedKind::LiteralEmphasis(mark) => Diagnostic::warning(
                    file.path,
                    format!("{mark} does not make bold text here"),
                )
                .hint(format!("write bold text as {mark}text{mark}, with no space just inside the marks; to show the characters themselves, write a \\ before each; until then the page shows {mark}")),
                DroppedKind::AddressRunsOn(url) => Diagnostic::warning(
                    file.path,
                    format!("the web address runs on into the text after it: \"{url}\""),
                )
                .hint("put a space after the address, or write the link as [text](https://…)"),
                DroppedKind::NotATable => Diagnostic::warning(file.path, "this looks like a table but is not one")
                    .hint("a table needs a blank line before it, a header row, then a line such as | --- | --- | with as many columns as the header row; until then the page shows the | marks"),
                DroppedKind::HeadingTooDeep => Diagnostic::warning(file.path, "this heading is nested deeper than a page can show")
                    .hint("a section's text has four levels of headings (## to #####); this one is shown at the level of the heading above it"),
                DroppedKind::TableWithoutName => Diagnostic::warning(file.path, "this table has no caption")
                    .hint("write its name in a line right above it, e.g. 表：手数料 (Table: Fees in English), or put a heading right above it; until then screen readers name it after the heading before it"),
                DroppedKind::RowTooLong { written, columns } => Diagnostic::warning(
                    file.path,
                    format!("this row has {written} cells but the table has {columns} columns"),
                )
                .hint(format!(
                    "the cells after the first {columns} are not shown: add a column to the header row and to the line of dashes, or join the cells"
                )),
            };
            self.push(diagnostic.at_span(file.text, span));
        }
        Prose {
            source: source.trim().to_owned(),
            html,
        }
    }
}
