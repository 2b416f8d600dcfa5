//! `kohyo import`: a union's existing notice (a saved HTML page, a
//! spreadsheet export of its purposes table, or plain text) → a content
//! folder in memory, so that adopting kohyo starts from what the union
//! already publishes. Pure: bytes in, files out; the command writes them.
//!
//! `decode` makes text of the bytes; `html` and `blocks` make blocks of the
//! text (`csv` reads spreadsheets straight into rows); `outline` places the
//! blocks in a `notice` with the help of `marks`, `groups`, `columns` and
//! `sections`; `site_info` finds the union and its desk; `write` makes the
//! files.

mod blocks;
mod columns;
mod decode;
mod groups;
mod html;
mod marks;
mod notice;
mod outline;
mod sections;
mod site_info;
mod write;

use std::path::PathBuf;

use blocks::{Block, Line, Located};
pub(crate) use notice::Unplaced;
pub(crate) use write::Dates;

/// What an import made of a source.
#[derive(Debug)]
pub(crate) struct Imported {
    /// Paths relative to the content folder, with their texts.
    pub files: Vec<(PathBuf, String)>,
    pub unplaced: Vec<Unplaced>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Summary {
    pub categories: usize,
    pub groups: usize,
    pub purposes: usize,
    pub sections: usize,
}

/// The kinds of source kohyo reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Csv,
    Tsv,
    Text,
}

/// Imports `bytes`, named `name` (its extension helps tell its kind).
pub(crate) fn import(name: &str, bytes: &[u8], dates: Dates) -> Result<Imported, String> {
    let notice = read(name, bytes)?;
    let summary = Summary {
        categories: notice.table.categories.len(),
        groups: notice.table.group_count(),
        purposes: notice.table.purpose_count(),
        sections: 0,
    };
    let files = write::files(&notice, dates);
    let sections = files
        .iter()
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "md"))
        .count();
    Ok(Imported {
        files,
        unplaced: notice.unplaced,
        summary: Summary {
            sections,
            ..summary
        },
    })
}

/// Reads `bytes` into a notice, or says why it holds no purposes table.
fn read(name: &str, bytes: &[u8]) -> Result<notice::Notice, String> {
    let kind = kind(name, bytes)?;
    let text = decode::decode(bytes, kind == Kind::Html)?;
    let notice = match kind {
        Kind::Html => {
            let page = html::read(&text);
            let mut notice = outline::read(&page.blocks, page.title, false);
            notice.organisation = site_info::find(page.lines.iter().map(String::as_str));
            notice
        }
        Kind::Text => {
            let blocks = blocks::from_text(&text);
            let mut notice = outline::read(&blocks, None, false);
            notice.organisation = site_info::find(text.lines());
            notice
        }
        Kind::Csv | Kind::Tsv => {
            let delimiter = if kind == Kind::Csv { b',' } else { b'\t' };
            outline::read(&spreadsheet(&text, delimiter)?, None, true)
        }
    };
    if notice.table.categories.is_empty() || notice.table.purpose_count() == 0 {
        return Err(
            "no purposes-of-use table was found in it: kohyo reads a table of categories and purposes, or numbered areas (1. …) with their purposes listed under them"
                .to_owned(),
        );
    }
    Ok(notice)
}

fn kind(name: &str, bytes: &[u8]) -> Result<Kind, String> {
    let lower = name.to_ascii_lowercase();
    let head = &bytes[..bytes.len().min(1024)];
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("it is empty".to_owned());
    }
    let binary = head.starts_with(b"%PDF")
        || head.starts_with(b"PK\x03\x04")
        || head.starts_with(b"\xD0\xCF\x11\xE0")
        || head.contains(&0);
    if binary {
        return Err(
            "it is not text (a PDF, Word or Excel file?): save the page as HTML (ファイル → 名前を付けて保存), or the table as CSV"
                .to_owned(),
        );
    }
    let extension = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
    Ok(match extension {
        "html" | "htm" | "xhtml" | "shtml" => Kind::Html,
        "csv" => Kind::Csv,
        "tsv" | "tab" => Kind::Tsv,
        "txt" | "md" | "text" => Kind::Text,
        _ => {
            let start = String::from_utf8_lossy(head).to_ascii_lowercase();
            if start.trim_start().starts_with('<')
                || start.contains("<html")
                || start.contains("<table")
            {
                Kind::Html
            } else {
                Kind::Text
            }
        }
    })
}

/// A CSV or TSV export → table rows, one per record; a cell's lines (a
/// cell with line breaks, as Excel writes Alt+Enter) are its lines.
fn spreadsheet(text: &str, delimiter: u8) -> Result<Vec<Located>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut blocks = Vec::new();
    for record in reader.records() {
        let record = record
            .map_err(|error| format!("it is not readable as a spreadsheet export: {error}"))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<Vec<Line>> = record
            .iter()
            .map(|cell| {
                cell.lines()
                    .map(marks::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| Line::new(l, 0, false))
                    .collect()
            })
            .collect();
        if cells.iter().all(Vec::is_empty) {
            continue;
        }
        // Excel writes the sheet's empty columns on the right as well.
        let mut cells = cells;
        while cells.last().is_some_and(Vec::is_empty) {
            cells.pop();
        }
        blocks.push(Located {
            block: Block::Row {
                cells,
                header: false,
            },
            line,
        });
    }
    Ok(blocks)
}

/// Every line of text in the blocks, table cells included.
fn all_lines(blocks: &[Located]) -> Vec<String> {
    let mut lines = Vec::new();
    for located in blocks {
        match &located.block {
            Block::Heading { text, .. } | Block::Line(Line { text, .. }) => {
                lines.push(text.clone())
            }
            Block::Row { cells, .. } => {
                lines.extend(cells.iter().flatten().map(|line| line.text.clone()));
            }
            Block::TableEnd | Block::Caption(_) => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests;
