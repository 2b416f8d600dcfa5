//! Markdown that the pages cannot show as written, found so that `check`
//! can say so: nothing on a page may be raw Markdown syntax, and where a
//! construct cannot be shown, staff hear it from `check` rather than from a
//! member.
//!
//! Two kinds of search. Constructs of other Markdown dialects (footnotes,
//! struck-through text, check boxes, references to links never defined)
//! are found by a second parse with comrak's extensions for them turned on,
//! which gives their exact places; the page itself is rendered without
//! those extensions, so what it shows does not change. Syntax that was
//! meant but did not take (`**` that makes nothing bold, a link with a space
//! in its address, a table whose lines do not line up, an address that runs
//! into the Japanese text after it) is found in the text of the page's own
//! parse.

use std::sync::Arc;

use comrak::nodes::{AstNode, NodeValue, Sourcepos};
use comrak::options::BrokenLinkReference;
use comrak::{Arena, ResolvedReference, parse_document};

use super::{Dropped, DroppedKind, options};

/// The address the detection parse gives a link whose reference is not
/// defined; a space keeps it from being any address staff could write.
const UNDEFINED: &str = " undefined reference ";

/// Delimiters of emphasis that, left in the text, made nothing bold.
const EMPHASIS_MARKS: [&str; 2] = ["**", "__"];

/// Constructs of other Markdown dialects, at their places in `markdown`.
pub(super) fn other_dialects(markdown: &str, found: &mut Vec<Dropped>) {
    let mut options = options();
    options.extension.footnotes = true;
    options.parse.leave_footnote_definitions = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    // `[ ]` and `[x]` are left for the check-box extension to find.
    options.parse.broken_link_callback = Some(Arc::new(|reference: BrokenLinkReference| {
        let check_box = matches!(reference.original.trim(), "" | "x" | "X");
        (!check_box).then(|| ResolvedReference {
            url: UNDEFINED.to_owned(),
            title: String::new(),
        })
    }));
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    for node in root.descendants() {
        let span = node.data().sourcepos;
        let written = source_of(markdown, span);
        let what = match &node.data().value {
            NodeValue::FootnoteReference(_) | NodeValue::FootnoteDefinition(_) => {
                Some(DroppedKind::Footnote)
            }
            // A single ~ is how many write a range of times (9:00~17:00).
            NodeValue::Strikethrough if written.starts_with("~~") => {
                Some(DroppedKind::Strikethrough)
            }
            NodeValue::TaskItem(_) => Some(DroppedKind::TaskItem),
            NodeValue::Link(link) | NodeValue::Image(link) if link.url == UNDEFINED => {
                let written = written.trim_start_matches('!');
                if written.starts_with("[^") {
                    Some(DroppedKind::Footnote)
                } else if written.contains("][") {
                    Some(DroppedKind::UndefinedReference(reference_label(written)))
                } else {
                    // `[text]` alone is ordinary text in brackets.
                    None
                }
            }
            _ => None,
        };
        if let Some(what) = what {
            found.push(Dropped::at(span, what));
        }
    }
}

/// Syntax in the page's own parse that did not take.
pub(super) fn syntax_left_over<'a>(
    root: &'a AstNode<'a>,
    markdown: &str,
    found: &mut Vec<Dropped>,
) {
    for node in root.descendants() {
        let span = node.data().sourcepos;
        match &node.data().value {
            NodeValue::Text(_) if span.start.line == span.end.line => {
                let written = source_of(markdown, span);
                for mark in EMPHASIS_MARKS {
                    if let Some(at_mark) = find(&written, span, mark) {
                        found.push(Dropped::at(
                            at_mark,
                            DroppedKind::LiteralEmphasis(mark.to_owned()),
                        ));
                    }
                }
                if let Some(at_mark) = find(&written, span, "](") {
                    found.push(Dropped::at(at_mark, DroppedKind::LinkNotMade));
                }
            }
            NodeValue::Link(link) => {
                let written = source_of(markdown, span);
                let bare = !written.starts_with(['[', '<']);
                if bare && !link.url.is_ascii() {
                    found.push(Dropped::at(
                        span,
                        DroppedKind::AddressRunsOn(link.url.clone()),
                    ));
                }
            }
            NodeValue::Paragraph => {
                if let Some(line) = line_starting_with_pipe(markdown, span) {
                    found.push(line);
                }
            }
            _ => {}
        }
    }
}

/// A paragraph line that starts with `|`: a table that GFM did not take as
/// one (no line of dashes under the header, or one with a different number
/// of columns), shown as a line of pipes.
fn line_starting_with_pipe(markdown: &str, span: Sourcepos) -> Option<Dropped> {
    for (line_number, from, line) in lines_of(markdown, span) {
        let rest: String = line.chars().skip(from).collect();
        let indent = rest.chars().take_while(|c| c.is_whitespace()).count();
        if rest[rest.char_indices().nth(indent)?.0..].starts_with('|') {
            let column = from + indent + 1;
            return Some(Dropped {
                line: line_number,
                column,
                last_line: line_number,
                last_column: line.chars().count().max(column),
                what: DroppedKind::NotATable,
            });
        }
    }
    None
}

/// `[text][label]` → `label`; `[text][]` → `text`.
fn reference_label(written: &str) -> String {
    let inner = written.trim_end_matches(']');
    let (text, label) = inner.rsplit_once("][").unwrap_or(("", inner));
    let label = if label.is_empty() { text } else { label };
    label.trim_start_matches('[').to_owned()
}

/// The text of the lines `span` covers, from its first to its last
/// character (columns count characters).
fn source_of(markdown: &str, span: Sourcepos) -> String {
    let mut text = String::new();
    for (line_number, from, line) in lines_of(markdown, span) {
        let to = if line_number == span.end.line {
            span.end.column
        } else {
            usize::MAX
        };
        if !text.is_empty() {
            text.push('\n');
        }
        text.extend(line.chars().take(to).skip(from));
    }
    text
}

/// The lines `span` covers: each line's number, the characters before the
/// span on it (only the first line has any), and the line.
fn lines_of(markdown: &str, span: Sourcepos) -> impl Iterator<Item = (usize, usize, &str)> {
    let lines = markdown.lines().enumerate().skip(span.start.line - 1);
    lines
        .take(span.end.line + 1 - span.start.line)
        .map(move |(index, line)| {
            let line_number = index + 1;
            let from = if line_number == span.start.line {
                span.start.column - 1
            } else {
                0
            };
            (line_number, from, line)
        })
}

/// Where `mark` is in `written`, the text of the one-line `span`.
fn find(written: &str, span: Sourcepos, mark: &str) -> Option<Sourcepos> {
    let byte = written.find(mark)?;
    let column = span.start.column + written[..byte].chars().count();
    let mut found = span;
    found.start.column = column;
    found.end.column = column + mark.chars().count() - 1;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_of_references() {
        assert_eq!(reference_label("[規程][kitei]"), "kitei");
        assert_eq!(reference_label("[規程][]"), "規程");
    }

    #[test]
    fn source_is_cut_by_characters() {
        let markdown = "前の行\n本文の**太字** です\n";
        let mut span = Sourcepos::from((2, 4, 2, 9));
        assert_eq!(source_of(markdown, span), "**太字**");
        span.end.line = 2;
        assert_eq!(
            find("**太字**", span, "**").map(|s| s.start.column),
            Some(4)
        );
    }
}
