//! GFM tables as accessible tables. Fees and request procedures are often
//! tables, and a table is only usable with a screen reader when it has a
//! name, column headers with `scope`, and, on a phone, a region of its own
//! that scrolls sideways instead of the page (WCAG 2.2 SC 1.3.1, 1.4.10,
//! 2.1.1; axe's scrollable-region-focusable rule).
//!
//! A table is named by, in order: a paragraph right above it that starts
//! with 表： or `Table:` (it becomes the `<caption>`); a heading right above
//! it; otherwise, with a warning, the nearest heading before it, which may
//! be the heading of the section the text is in. Alignment becomes a class
//! (the pages' CSP has no `unsafe-inline`, and `align` is obsolete HTML).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use comrak::create_formatter;
use comrak::nodes::{AstNode, LineColumn, NodeValue, TableAlignment};

use super::furigana::inline_source;
use super::{Dropped, DroppedKind, Placement, inline_text};
use crate::content::ruby::{self, Furigana};
use crate::lang::Punctuation;

/// What starts a caption paragraph. Matched without regard to case.
const CAPTION_PREFIXES: [&str; 3] = ["表：", "表:", "table:"];

/// How each table and the headings that name tables are written out, keyed
/// by where their nodes start in the Markdown.
#[derive(Default)]
pub(super) struct Names {
    tables: BTreeMap<LineColumn, TableName>,
    headings: BTreeMap<LineColumn, String>,
    /// Whether captions are written with their furigana.
    furigana: Furigana,
}

/// A caption's `text` is its text, or with furigana on, its text in the
/// syntax `ruby::parse` reads.
enum TableName {
    Caption { id: String, text: String },
    Heading { id: String },
}

impl TableName {
    fn id(&self) -> &str {
        match self {
            TableName::Caption { id, .. } | TableName::Heading { id } => id,
        }
    }
}

/// Names every table under `root`, taking caption paragraphs out of the
/// text (they are shown as the caption), and reports the tables that have
/// no name of their own and the rows with more cells than the table has
/// columns (GFM drops the excess).
pub(super) fn name_tables<'a>(
    root: &'a AstNode<'a>,
    markdown: &str,
    placement: &Placement<'_>,
    furigana: Furigana,
    found: &mut Vec<Dropped>,
) -> Names {
    let mut names = Names {
        furigana,
        ..Names::default()
    };
    let mut captions = Vec::new();
    // The last heading so far in document order, and its number among the
    // headings; a heading right above a table is always the last one.
    let mut last_heading: Option<(&'a AstNode<'a>, usize)> = None;
    let mut headings = 0;
    let mut tables = 0;
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::Heading(_) => {
                headings += 1;
                last_heading = Some((node, headings));
            }
            NodeValue::Table(table) => {
                tables += 1;
                let above = node.previous_sibling();
                let caption = above
                    .filter(|p| matches!(p.data().value, NodeValue::Paragraph))
                    .and_then(|p| caption_text(p, furigana).map(|text| (p, text)));
                let name = if let Some((paragraph, text)) = caption {
                    captions.push(paragraph);
                    TableName::Caption {
                        id: format!("{}--table-{tables}", placement.scope),
                        text,
                    }
                } else {
                    let heading_above =
                        above.is_some_and(|h| matches!(h.data().value, NodeValue::Heading(_)));
                    if !heading_above {
                        found.push(header_row_finding(node, DroppedKind::TableWithoutName));
                    }
                    let id = match last_heading {
                        Some((heading, number)) => {
                            let id = format!("{}--heading-{number}", placement.scope);
                            names.headings.insert(start(heading), id.clone());
                            id
                        }
                        None => placement.heading.to_owned(),
                    };
                    TableName::Heading { id }
                };
                names.tables.insert(start(node), name);
                report_long_rows(node, table.num_columns, markdown, found);
            }
            _ => {}
        }
    }
    for paragraph in captions {
        paragraph.detach();
    }
    names
}

fn start(node: &AstNode<'_>) -> LineColumn {
    node.data().sourcepos.start
}

/// The caption a paragraph gives the table below it, if it is one.
fn caption_text<'a>(paragraph: &'a AstNode<'a>, furigana: Furigana) -> Option<String> {
    let text = match furigana {
        Furigana::Off => inline_text(paragraph),
        Furigana::On => inline_source(paragraph),
    };
    CAPTION_PREFIXES.iter().find_map(|prefix| {
        let head = text.get(..prefix.len())?;
        let rest = text[prefix.len()..].trim();
        (head.eq_ignore_ascii_case(prefix) && !rest.is_empty()).then(|| rest.to_owned())
    })
}

/// A finding at a table's header row, the line staff recognise it by.
fn header_row_finding(table: &AstNode<'_>, what: DroppedKind) -> Dropped {
    let header = table.first_child().unwrap_or(table);
    Dropped::at(header.data().sourcepos, what)
}

/// GFM shows a row with more cells than the header row has without the
/// extra ones, silently: count the cells as written.
fn report_long_rows<'a>(
    table: &'a AstNode<'a>,
    columns: usize,
    markdown: &str,
    found: &mut Vec<Dropped>,
) {
    for row in table.children().skip(1) {
        let span = row.data().sourcepos;
        let Some(line) = markdown.lines().nth(span.start.line - 1) else {
            continue;
        };
        let written = count_cells(line);
        if written > columns {
            found.push(Dropped::at(
                span,
                DroppedKind::RowTooLong { written, columns },
            ));
        }
    }
}

/// The cells of a table row as GFM splits it: at each `|` not escaped by a
/// backslash, leading and trailing pipes only closing the row.
fn count_cells(line: &str) -> usize {
    let line = line.trim();
    let mut chars = line.strip_prefix('|').unwrap_or(line).chars();
    let mut cells = 1;
    let mut ends_with_pipe = false;
    while let Some(c) = chars.next() {
        ends_with_pipe = c == '|';
        match c {
            '\\' => {
                chars.next();
            }
            '|' => cells += 1,
            _ => {}
        }
    }
    if ends_with_pipe { cells - 1 } else { cells }
}

create_formatter!(AccessibleHtml<Names>, {
    NodeValue::Table(_) => |context, node, entering| {
        if entering {
            let Some(name) = context.user.tables.get(&start(node)) else {
                return Err(std::fmt::Error);
            };
            let id = name.id().to_owned();
            let furigana = context.user.furigana;
            let caption = match name {
                TableName::Caption { text, .. } => Some(text.clone()),
                TableName::Heading { .. } => None,
            };
            context.cr()?;
            context.write_str("<div class=\"table-region\" role=\"region\" aria-labelledby=\"")?;
            context.escape(&id)?;
            context.write_str("\" tabindex=\"0\">\n<table class=\"prose-table\"")?;
            match caption {
                Some(text) => {
                    context.write_str(">\n<caption id=\"")?;
                    context.escape(&id)?;
                    context.write_str("\">")?;
                    match furigana {
                        Furigana::Off => context.escape(&text)?,
                        Furigana::On => context.write_str(&ruby::html(&ruby::parse(&text).segments))?,
                    }
                    context.write_str("</caption>\n")?;
                }
                None => {
                    context.write_str(" aria-labelledby=\"")?;
                    context.escape(&id)?;
                    context.write_str("\">\n")?;
                }
            }
        } else {
            let has_body = node.first_child().is_some_and(|header| header.next_sibling().is_some());
            context.cr()?;
            if has_body {
                context.write_str("</tbody>\n")?;
            }
            context.write_str("</table>\n</div>\n")?;
        }
    },
    NodeValue::TableCell => |context, node, entering| {
        let header = node
            .parent()
            .is_some_and(|row| matches!(row.data().value, NodeValue::TableRow(true)));
        if entering {
            context.cr()?;
            context.write_str(if header { "<th scope=\"col\"" } else { "<td" })?;
            if let Some(class) = alignment_class(node) {
                context.write_str(" class=\"")?;
                context.write_str(class)?;
                context.write_str("\"")?;
            }
            context.write_str(">")?;
        } else {
            context.write_str(if header { "</th>" } else { "</td>" })?;
        }
    },
    NodeValue::Heading(ref heading) => |context, node, entering| {
        match context.user.headings.get(&start(node)) {
            Some(id) if entering => {
                let id = id.clone();
                context.cr()?;
                write!(context, "<h{}", heading.level)?;
                context.write_str(" id=\"")?;
                context.escape(&id)?;
                context.write_str("\">")?;
            }
            _ => return comrak::html::format_node_default(context, node, entering),
        }
    },
});

/// The class that aligns a cell as its column's `:--:` asks. Left is how
/// every cell starts, so it needs none.
fn alignment_class<'a>(cell: &'a AstNode<'a>) -> Option<&'static str> {
    let column = cell.preceding_siblings().count() - 1;
    let table = cell.parent()?.parent()?;
    let NodeValue::Table(ref table) = table.data().value else {
        return None;
    };
    match table.alignments.get(column)? {
        TableAlignment::Center => Some("align-center"),
        TableAlignment::Right => Some("align-right"),
        TableAlignment::Left | TableAlignment::None => None,
    }
}

/// The rows of a table as a reader would say them, one text per row: each
/// cell after its column header, so that a changed fee reads as
/// "手数料：500円" rather than as a line of pipes. The header row is a text of
/// its own only when the table has no other rows.
pub(super) fn row_texts<'a>(table: &'a AstNode<'a>, punctuation: Punctuation) -> Vec<String> {
    let (pair, between) = (punctuation.pair(), punctuation.between());
    let cells = |row: &'a AstNode<'a>| -> Vec<String> {
        row.children()
            .map(|cell| inline_text(cell).trim().to_owned())
            .collect()
    };
    let mut rows = table.children();
    let Some(header) = rows.next().map(cells) else {
        return Vec::new();
    };
    let body: Vec<String> = rows
        .map(|row| {
            cells(row)
                .iter()
                .enumerate()
                .filter(|(_, cell)| !cell.is_empty())
                .map(|(column, cell)| match header.get(column) {
                    Some(name) if !name.is_empty() => format!("{name}{pair}{cell}"),
                    _ => cell.clone(),
                })
                .collect::<Vec<_>>()
                .join(between)
        })
        .filter(|text| !text.is_empty())
        .collect();
    if !body.is_empty() {
        return body;
    }
    let header: Vec<String> = header.into_iter().filter(|cell| !cell.is_empty()).collect();
    if header.is_empty() {
        Vec::new()
    } else {
        vec![header.join(between)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_counted_as_gfm_splits_them() {
        assert_eq!(count_cells("| a | b |"), 2);
        assert_eq!(count_cells("a | b"), 2);
        assert_eq!(count_cells("| a | b | c |  "), 3);
        assert_eq!(count_cells("| a \\| b | c |"), 2);
        assert_eq!(count_cells("| a \\\\| b |"), 2);
        assert_eq!(count_cells("| 開示 | 300円 | 余分 |"), 3);
    }
}
