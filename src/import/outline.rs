//! Blocks → the notice's parts: the title, the purposes table (a table,
//! or numbered areas with labelled groups), the notes after it, and the
//! other sections split at their headings. What fits nowhere is kept, with
//! its line, to be reported.

use super::blocks::{Block, Line, Located};
use super::columns::{self, Role};
use super::groups::GroupReader;
use super::marks;
use super::notice::{Category, Notice, Section, Unplaced};
use super::sections::SectionWriter;

/// Words of the headings of the notice's other parts, which end the
/// purposes part when a heading without 利用目的 says one of them.
const SECTION_WORDS: [&str; 17] = [
    "安全管理",
    "開示",
    "請求",
    "苦情",
    "相談",
    "問い合わせ",
    "問合せ",
    "窓口",
    "共同利用",
    "第三者",
    "名称",
    "住所",
    "代表者",
    "匿名加工",
    "仮名加工",
    "外国",
    "連絡先",
];

/// Headings and numbered lines longer than this are sentences.
const HEADING_CHARS: usize = 60;

/// Where the reader is.
enum Part {
    /// Before the purposes part: the title, and what cannot be placed.
    Preamble,
    Purposes(Stage),
    /// One of the other sections (the last in `notice.sections`).
    Section(SectionWriter),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Intro,
    Table,
    Areas,
    Notes,
}

struct Reader {
    notice: Notice,
    part: Part,
    /// The heading level of the purposes part, when it was an HTML heading.
    purposes_level: Option<u8>,
    roles: Option<Vec<Option<Role>>>,
    group_reader: GroupReader,
    /// The shape of the first area's number (「1.」「（1）」「①」).
    area_shape: Option<String>,
    /// The table being read stands under an area's heading and lists that
    /// area's purposes.
    table_in_area: bool,
}

/// Bullets that make a short line a heading on pages without heading
/// markup (「■個人情報の利用目的」).
const HEADING_BULLETS: [char; 6] = ['■', '□', '◆', '◇', '▼', '★'];

/// Reads a whole notice. With `purposes_only` the blocks are the purposes
/// table alone (a spreadsheet export).
pub(crate) fn read(blocks: &[Located], title: Option<String>, purposes_only: bool) -> Notice {
    let mut reader = Reader {
        notice: Notice::default(),
        part: if purposes_only {
            Part::Purposes(Stage::Intro)
        } else {
            Part::Preamble
        },
        purposes_level: None,
        roles: None,
        group_reader: GroupReader::default(),
        area_shape: None,
        table_in_area: false,
    };
    let first_h1 = blocks.iter().find_map(|b| match &b.block {
        Block::Heading { level: 1, text } => Some(text.clone()),
        _ => None,
    });
    reader.notice.title = first_h1.or(title);
    for located in blocks {
        reader.block(located);
    }
    reader.end_category();
    reader.end_section();
    reader.notice
}

impl Reader {
    fn unplaced(&mut self, located: &Located) {
        let text = located.block.text();
        if !text.trim().is_empty() {
            self.notice.unplaced.push(Unplaced {
                line: located.line,
                text,
            });
        }
    }

    fn block(&mut self, located: &Located) {
        if let Block::Line(Line { text, .. }) | Block::Heading { text, .. } = &located.block
            && (marks::is_page_furniture(text) || marks::is_dating(text))
        {
            self.unplaced(located);
            return;
        }
        if let Some(title) = self.top_heading(&located.block) {
            self.end_category();
            self.end_section();
            if title.contains("利用目的") && self.notice.table.heading.is_none() {
                self.notice.table.heading = Some(marks::unnumbered(&title).to_owned());
                self.purposes_level = match &located.block {
                    Block::Heading { level, .. } => Some(*level),
                    _ => None,
                };
                self.part = Part::Purposes(Stage::Intro);
            } else {
                self.part = Part::Section(SectionWriter::new(marks::unnumbered(&title)));
            }
            return;
        }
        match &mut self.part {
            Part::Preamble => {
                let is_title = self.notice.title.is_none()
                    && matches!(&located.block, Block::Line(_) | Block::Heading { .. });
                if is_title {
                    self.notice.title = Some(located.block.text());
                } else if self.notice.title.as_deref() != Some(located.block.text().as_str()) {
                    self.unplaced(located);
                }
            }
            Part::Section(writer) => {
                if let Some(junk) = writer.block(&located.block) {
                    self.notice.unplaced.push(Unplaced {
                        line: located.line,
                        text: junk,
                    });
                }
            }
            Part::Purposes(stage) => {
                let stage = *stage;
                self.purposes(stage, located);
            }
        }
    }

    /// The heading's text when the block starts a part of the notice.
    fn top_heading(&self, block: &Block) -> Option<String> {
        let (text, level) = match block {
            Block::Heading { level, text } => (text.as_str(), Some(*level)),
            Block::Line(Line {
                text,
                depth: 0,
                item: false,
            }) if marks::number(text).is_some() => (text.as_str(), None),
            Block::Line(Line {
                text,
                depth: 0,
                item: false,
            }) if text.starts_with(HEADING_BULLETS) => {
                (marks::trim(text.trim_start_matches(HEADING_BULLETS)), None)
            }
            _ => return None,
        };
        let short = text.chars().count() <= HEADING_CHARS && !text.ends_with('。');
        if !short || marks::group_label(text).is_some() {
            return None;
        }
        let purposes_word = text.contains("利用目的");
        let section_word = SECTION_WORDS.iter().any(|word| text.contains(word));
        // A list numbered deeper than the areas (① under 「（1）」) holds
        // purposes, whatever words they contain.
        let area_rank = self.area_shape.as_deref().map(marks::shape_rank);
        let rank = marks::number_shape(text).map(|shape| marks::shape_rank(&shape));
        let deeper = matches!((area_rank, rank), (Some(area), Some(rank)) if rank > area);
        if level.is_none() && matches!(self.part, Part::Purposes(_)) && deeper {
            return None;
        }
        match &self.part {
            Part::Purposes(_) => {
                let outer =
                    level.is_some_and(|level| self.purposes_level.is_none_or(|p| level <= p));
                (!purposes_word && (section_word || outer)).then(|| text.to_owned())
            }
            _ => {
                let heading =
                    level.is_some_and(|level| level >= 2) || section_word || purposes_word;
                heading.then(|| text.to_owned())
            }
        }
    }

    fn set_stage(&mut self, stage: Stage) {
        self.part = Part::Purposes(stage);
    }

    fn purposes(&mut self, stage: Stage, located: &Located) {
        let line_number = located.line;
        match (&located.block, stage) {
            (Block::Caption(text), _) => self.notice.table.caption = Some(text.clone()),
            (Block::Row { .. }, Stage::Notes) => self.unplaced(located),
            (Block::Row { cells, header }, _) => {
                if stage == Stage::Areas && !self.notice.table.categories.is_empty() {
                    self.table_in_area = true;
                }
                self.set_stage(Stage::Table);
                self.row(cells, *header, located);
            }
            (Block::TableEnd, _) => {
                if stage == Stage::Table {
                    self.roles = None;
                    if std::mem::take(&mut self.table_in_area) {
                        // The next area may follow, with its own table.
                        self.set_stage(Stage::Areas);
                    } else {
                        self.end_category();
                        self.set_stage(Stage::Notes);
                    }
                }
            }
            (Block::Heading { text, .. }, Stage::Notes)
            | (Block::Line(Line { text, .. }), Stage::Notes) => {
                let markdown = match &located.block {
                    Block::Line(line) => note_line(line),
                    _ => text.clone(),
                };
                self.notice.table.notes.push(markdown);
            }
            (Block::Heading { text, .. }, _) => {
                let line = Line::new(text.clone(), 0, false);
                self.area_line(stage, &line, line_number, located);
            }
            (Block::Line(line), _) => self.area_line(stage, line, line_number, located),
        }
    }

    /// A line of the purposes part outside a table.
    fn area_line(&mut self, stage: Stage, line: &Line, line_number: usize, located: &Located) {
        let text = line.text.as_str();
        // Inside an area, a list numbered in another shape (① under
        // 「（1）」) is its purposes, unless it names a purpose of use.
        let shape = marks::number_shape(text);
        let same_shape = self.area_shape.is_none() || self.area_shape == shape;
        let area = line.depth == 0
            && shape.is_some()
            && (same_shape || text.contains("目的"))
            && text.chars().count() <= HEADING_CHARS
            && !text.ends_with('。');
        if area && stage != Stage::Table {
            if self.area_shape.is_none() {
                self.area_shape = shape;
            }
            self.end_category();
            self.notice.table.categories.push(Category {
                name: marks::trim(text).to_owned(),
                ..Category::default()
            });
            self.set_stage(Stage::Areas);
            return;
        }
        let in_category = stage == Stage::Areas && !self.notice.table.categories.is_empty();
        if !in_category {
            if stage == Stage::Table && line.depth == 0 {
                self.set_stage(Stage::Notes);
                self.notice.table.notes.push(note_line(line));
            } else if marks::group_label(text).is_some() {
                self.unplaced(located);
            } else {
                self.notice.table.intro.push(marks::trim(text).to_owned());
            }
            return;
        }
        // A ※ note at the left margin after a list of purposes ends the
        // areas: the notes follow.
        let category = self
            .notice
            .table
            .categories
            .last_mut()
            .expect("checked above");
        let listed = category
            .groups
            .last()
            .is_some_and(|g| !g.purposes.is_empty());
        let starred = self.group_reader.last_marker() == Some('※');
        if line.depth == 0 && text.starts_with('※') && listed && !starred {
            self.end_category();
            self.set_stage(Stage::Notes);
            self.notice.table.notes.push(note_line(line));
            return;
        }
        self.group_reader.push(category, line, line_number);
    }

    fn row(&mut self, cells: &[Vec<Line>], header: bool, located: &Located) {
        let texts: Vec<String> = cells
            .iter()
            .map(|cell| {
                cell.iter()
                    .map(|l| l.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        if self.roles.is_none() {
            if let Some(roles) = columns::from_header(&texts, self.table_in_area) {
                let table = &mut self.notice.table;
                for (role, text) in roles.iter().zip(&texts) {
                    let text = Some(text.replace('\n', ""));
                    match role {
                        Some(Role::Category) => table.category_header = text,
                        Some(Role::Purposes) => table.purposes_header = text,
                        Some(Role::Description) => table.description_header = text,
                        _ => {}
                    }
                }
                self.roles = Some(roles);
                return;
            }
            // A title above the table (a spreadsheet's first row) fills
            // one cell and names no area.
            let filled: Vec<&String> = texts.iter().filter(|t| !t.is_empty()).collect();
            let title = filled.len() == 1
                && marks::number(filled[0]).is_none()
                && marks::group_label(filled[0]).is_none();
            if header || title {
                self.unplaced(located);
                return;
            }
            self.roles = Some(columns::by_width(cells.len()));
        }
        let roles = self.roles.clone().unwrap_or_default();
        let filled: Vec<usize> = (0..cells.len()).filter(|&i| !cells[i].is_empty()).collect();
        // A row with one cell across the table: an area's name, or a label.
        if filled.len() == 1 && roles.len() > 1 {
            let line = Line::new(texts[filled[0]].replace('\n', " "), 0, false);
            if marks::group_label(&line.text).is_some() {
                if let Some(category) = self.notice.table.categories.last_mut() {
                    self.group_reader.push(category, &line, located.line);
                    return;
                }
            } else if marks::number(&line.text).is_some() {
                self.end_category();
                self.notice.table.categories.push(Category {
                    name: line.text,
                    ..Category::default()
                });
                return;
            }
        }
        let cell = |role: Role| {
            roles
                .iter()
                .position(|r| *r == Some(role))
                .and_then(|i| cells.get(i))
                .filter(|cell| !cell.is_empty())
        };
        if let Some(name) = cell(Role::Category) {
            self.end_category();
            let name: Vec<&str> = name.iter().map(|l| marks::trim(&l.text)).collect();
            self.notice.table.categories.push(Category {
                name: name.join(""),
                ..Category::default()
            });
        }
        let Some(category) = self.notice.table.categories.last_mut() else {
            self.unplaced(located);
            return;
        };
        if let Some(description) = cell(Role::Description) {
            let text = cell_markdown(description);
            match &mut category.description {
                Some(existing) => {
                    existing.push_str("\n\n");
                    existing.push_str(&text);
                }
                None => category.description = Some(text),
            }
        }
        if let Some(group) = cell(Role::Group) {
            let label = group
                .iter()
                .map(|l| marks::trim(&l.text))
                .collect::<String>();
            let label = marks::group_label(&label).unwrap_or(label);
            category.groups.push(super::notice::Group {
                label: Some(label),
                purposes: Vec::new(),
            });
        }
        if let Some(purposes) = cell(Role::Purposes) {
            let purposes = rejoined(purposes);
            // One line lists several purposes, 「、」 between them (the
            // seed's shape), unless the row explains its one purpose.
            self.group_reader.enumerations =
                purposes.len() == 1 && cell(Role::Explanation).is_none();
            for line in &purposes {
                self.group_reader.push(category, line, located.line);
            }
        }
        if let Some(explanation) = cell(Role::Explanation)
            && let Some(purpose) = category.current_group().purposes.last_mut()
        {
            purpose.explanation = Some(cell_markdown(explanation));
        }
    }

    fn end_category(&mut self) {
        let reader = std::mem::take(&mut self.group_reader);
        if let Some(category) = self.notice.table.categories.last_mut() {
            let unplaced = reader.finish(category);
            self.notice.unplaced.extend(unplaced);
        }
    }

    fn end_section(&mut self) {
        if let Part::Section(writer) = std::mem::replace(&mut self.part, Part::Preamble) {
            let (title, markdown) = writer.finish();
            self.notice.sections.push(Section { title, markdown });
        }
    }
}

/// A cell's lines with those that break off mid-phrase joined to the next
/// (a long cell wrapped by hand: 「第三者行為に係る」「損害保険会社等への
/// 求償」 is one purpose), unless the next starts a new item.
fn rejoined(cell: &[Line]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for line in cell {
        let starts_item = line.item || marks::purpose_item(&line.text).0.is_some();
        match lines.last_mut() {
            Some(last) if marks::breaks_off(&last.text) && !starts_item => {
                last.text = format!("{}{}", marks::trim(&last.text), marks::trim(&line.text));
            }
            _ => lines.push(line.clone()),
        }
    }
    lines
}

/// A line of the notes after the table, as Markdown.
fn note_line(line: &Line) -> String {
    let (marker, text) = marks::item(&line.text);
    let indent = "  ".repeat(line.depth);
    match marker {
        Some('※') | None if !line.item => marks::trim(&line.text).to_owned(),
        _ => format!("{indent}- {text}"),
    }
}

/// A cell's lines as Markdown: items as a list, other lines as paragraphs.
fn cell_markdown(cell: &[Line]) -> String {
    let mut out = String::new();
    let mut last_item = false;
    for line in cell {
        let (marker, text) = marks::item(&line.text);
        let item = line.item || marker.is_some_and(|m| m != '※');
        if !out.is_empty() {
            out.push_str(if item && last_item { "\n" } else { "\n\n" });
        }
        if item {
            out.push_str(&format!("{}- {text}", "  ".repeat(line.depth)));
        } else {
            out.push_str(marks::trim(&line.text));
        }
        last_item = item;
    }
    out
}
