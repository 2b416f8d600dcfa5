//! Markdown in content: splitting off `+++` TOML front matter, and rendering
//! CommonMark with GFM tables to HTML that is safe and accessible on a
//! public page. Raw HTML is never passed through and dangerous link schemes
//! are dropped (comrak's safe mode); both are also reported, so staff learn
//! why text vanished, and so is everything else the page cannot show as
//! written (see `unsupported`): nothing on a page is raw Markdown syntax
//! that `check` kept quiet about.
//!
//! In the languages written with furigana, `{漢字|かんじ}` in the text is
//! ruby (see `furigana` and `content/ruby.rs`); in the others it is text.

mod furigana;
mod table;
mod unsupported;

use std::ops::Range;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, parse_document};

use crate::content::ruby::{Furigana, MarkErrorKind};
use crate::lang::Punctuation;

/// A Markdown file split into its front matter and body, as byte ranges of
/// the file so that errors in either point at lines of the file.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Split {
    pub front_matter: Range<usize>,
    pub body: Range<usize>,
}

const FENCE: &str = "+++";

/// Finds the `+++` fenced front matter at the top of a Markdown file.
pub(crate) fn split_front_matter(text: &str) -> Result<Split, FrontMatterError> {
    let mut lines = line_ranges(text);
    match lines.next() {
        Some(first) if text[first.clone()].trim_end() == FENCE => {
            let start = next_line_start(text, first.end);
            for line in lines {
                if text[line.clone()].trim_end() == FENCE {
                    return Ok(Split {
                        front_matter: start..line.start,
                        body: next_line_start(text, line.end)..text.len(),
                    });
                }
            }
            Err(FrontMatterError::Unclosed)
        }
        _ => Err(FrontMatterError::Missing),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrontMatterError {
    Missing,
    Unclosed,
}

/// The byte ranges of each line, without the line break.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let range = start..start + line.trim_end_matches(['\n', '\r']).len();
        start += line.len();
        range
    })
}

fn next_line_start(text: &str, line_end: usize) -> usize {
    text[line_end..]
        .find('\n')
        .map_or(text.len(), |i| line_end + i + 1)
}

/// Something in Markdown that the page leaves out or cannot show as
/// written, with its 1-based line and column within the Markdown text, and
/// those of its last character (so that a report can underline all of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dropped {
    pub line: usize,
    pub column: usize,
    pub last_line: usize,
    pub last_column: usize,
    pub what: DroppedKind,
}

impl Dropped {
    /// `what`, over the Markdown that `span` covers.
    fn at(span: comrak::nodes::Sourcepos, what: DroppedKind) -> Dropped {
        Dropped {
            line: span.start.line,
            column: span.start.column,
            last_line: span.end.line,
            last_column: span.end.column,
            what,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DroppedKind {
    RawHtml,
    DangerousLink(String),
    Image,
    /// `[^1]` and `[^1]: …`: shown as written, or as a link to nowhere.
    Footnote,
    /// `~~…~~`, shown with its tildes.
    Strikethrough,
    /// `- [ ]` / `- [x]`, shown with its brackets.
    TaskItem,
    /// `[text][label]` with no `[label]: https://…` line: shown as written.
    UndefinedReference(String),
    /// `](` left in the text: a link with a space in its address and the like.
    LinkNotMade,
    /// `**` or `__` that made nothing bold.
    LiteralEmphasis(String),
    /// A bare address that took the text after it into the link.
    AddressRunsOn(String),
    /// A paragraph line starting with `|`: a table GFM did not take as one.
    NotATable,
    /// A heading one level deeper than a page has, shown at its parent's level.
    HeadingTooDeep,
    /// A table with no caption and no heading right above it.
    TableWithoutName,
    /// A table row with more cells than the header; the extra ones are not shown.
    RowTooLong {
        written: usize,
        columns: usize,
    },
    /// A furigana mark that is not one, shown as written (only read where
    /// the text is written with furigana).
    Furigana(MarkErrorKind),
}

/// Where a Markdown text sits on its page, which its tables' ids and names
/// depend on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placement<'a> {
    /// Starts the ids of the text's tables and of the headings that name
    /// them: unique on the page, and never the id of anything else on it.
    pub scope: &'a str,
    /// The id of the page's heading the text is under, which names a table
    /// when the text has no heading before it.
    pub heading: &'a str,
}

/// The HTML of `markdown` and what was dropped from it. Content sits under
/// the page's `<h1>` and a section's `<h2>`, so Markdown headings start at
/// `<h3>` and never skip a level (screen reader users move by heading level,
/// and a gap reads as something missing): `##`, what the staff guide
/// teaches, becomes `<h3>`, and so does a stray `#`. What was dropped is in
/// the order of the text.
///
/// With `furigana` on, `{漢字|かんじ}` in the text is ruby and a bad mark is
/// reported; off, braces and bars are text, as they always were.
pub(crate) fn render(
    markdown: &str,
    placement: &Placement<'_>,
    furigana: Furigana,
) -> (String, Vec<Dropped>) {
    let mut options = options();
    // An escaped `\{` stays apart from the text around it, never a mark.
    options.parse.escaped_char_spans = furigana == Furigana::On;
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let levels = root
        .descendants()
        .filter_map(|node| match node.data().value {
            NodeValue::Heading(ref heading) => Some(heading.level),
            _ => None,
        });
    let mut outline = HeadingOutline::new(levels);
    let mut dropped = Vec::new();
    let mut images = Vec::new();
    for node in root.descendants() {
        let mut ast = node.data_mut();
        let span = ast.sourcepos;
        let kind = match &mut ast.value {
            NodeValue::Heading(heading) => {
                let (level, too_deep) = outline.place(heading.level);
                heading.level = level;
                too_deep.then_some(DroppedKind::HeadingTooDeep)
            }
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => Some(DroppedKind::RawHtml),
            NodeValue::Link(link) if comrak::html::dangerous_url(&link.url) => {
                Some(DroppedKind::DangerousLink(link.url.clone()))
            }
            NodeValue::Image(_) => {
                images.push(node);
                Some(DroppedKind::Image)
            }
            _ => None,
        };
        if let Some(what) = kind {
            dropped.push(Dropped::at(span, what));
        }
    }
    // Images would fetch from wherever their URL points and a notice has no
    // use for them; their alternative text stays, as plain text.
    for image in images {
        while let Some(alt) = image.first_child() {
            image.insert_before(alt);
        }
        image.detach();
    }
    unsupported::syntax_left_over(root, markdown, &mut dropped);
    unsupported::other_dialects(markdown, &mut dropped);
    // Read before captions leave the text, written after they have: a
    // caption is written from its text, with its marks (see `table`).
    let marks = (furigana == Furigana::On).then(|| furigana::find(root, markdown, &mut dropped));
    let names = table::name_tables(root, markdown, placement, furigana, &mut dropped);
    if let Some(marks) = marks {
        marks.write();
    }
    dropped.sort_by_key(|d| (d.line, d.column));
    let mut html = String::new();
    // Writing to a String cannot fail, and every table was named above.
    table::AccessibleHtml::format_document(root, &options, &mut html, names)
        .expect("every table is named before it is written");
    (html, dropped)
}

/// The levels Markdown headings get on a page, in document order: the
/// levels the author used, ranked from `<h3>` down, but never more than one
/// below the heading before (the section's `<h2>` to begin with).
struct HeadingOutline {
    used: Vec<u8>,
    previous: u8,
}

impl HeadingOutline {
    const SECTION: u8 = 2;

    fn new(levels: impl Iterator<Item = u8>) -> HeadingOutline {
        let mut used: Vec<u8> = levels.collect();
        used.sort_unstable();
        used.dedup();
        HeadingOutline {
            used,
            previous: Self::SECTION,
        }
    }

    /// The level of a heading, and whether it had to be shown at its
    /// parent's level because HTML has no `<h7>`.
    fn place(&mut self, level: u8) -> (u8, bool) {
        let rank = self.used.iter().position(|&l| l == level).unwrap_or(0) as u8;
        let wanted = (Self::SECTION + 1 + rank).min(self.previous + 1);
        let placed = wanted.min(6);
        self.previous = placed;
        (placed, wanted > placed)
    }
}

/// The plain text of each top-level block of `markdown`, in order: each
/// paragraph, heading and code block, each list item on its own (a nested
/// list's items follow their parent item), and each row of a table, its
/// cells after their column headers as a reader of `lang` would say them. This is the unit in which
/// revisions are compared, so that a changed paragraph is shown as one
/// paragraph and a changed list item as one item. Text is what a reader
/// sees: link and image text without URLs, code without backticks, a soft
/// line break as a space and a hard one as a newline; raw HTML, which never
/// reaches the page, is left out.
pub(crate) fn paragraphs(markdown: &str, punctuation: Punctuation) -> Vec<String> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    let mut blocks = Vec::new();
    collect_blocks(root, punctuation, &mut blocks);
    blocks
}

fn collect_blocks<'a>(node: &'a AstNode<'a>, punctuation: Punctuation, blocks: &mut Vec<String>) {
    match &node.data().value {
        NodeValue::Table(_) => blocks.extend(table::row_texts(node, punctuation)),
        NodeValue::Paragraph | NodeValue::Heading(_) => push_block(blocks, inline_text(node)),
        NodeValue::CodeBlock(code) => {
            push_block(blocks, code.literal.trim_end_matches('\n').to_owned());
        }
        NodeValue::Item(_) => {
            // The item's own text is one block; its sublists are blocks of their own.
            let mut own = Vec::new();
            let mut sublists = Vec::new();
            for child in node.children() {
                if matches!(child.data().value, NodeValue::List(_)) {
                    sublists.push(child);
                } else {
                    collect_blocks(child, punctuation, &mut own);
                }
            }
            push_block(blocks, own.join("\n"));
            for list in sublists {
                collect_blocks(list, punctuation, blocks);
            }
        }
        NodeValue::HtmlBlock(_) | NodeValue::ThematicBreak => {}
        _ => {
            for child in node.children() {
                collect_blocks(child, punctuation, blocks);
            }
        }
    }
}

fn push_block(blocks: &mut Vec<String>, text: String) {
    if !text.is_empty() {
        blocks.push(text);
    }
}

fn inline_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut text = String::new();
    for descendant in node.descendants() {
        match &descendant.data().value {
            NodeValue::Text(literal) => text.push_str(literal),
            NodeValue::Code(code) => text.push_str(&code.literal),
            NodeValue::SoftBreak => text.push(' '),
            NodeValue::LineBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

fn options() -> Options<'static> {
    let mut options = Options::default();
    options.parse.sourcepos_chars = true;
    // Safe mode: raw HTML becomes a comment, javascript:/vbscript:/file: and
    // non-image data: URLs become empty.
    options.render.r#unsafe = false;
    options.extension.autolink = true;
    options.extension.table = true;
    // `**「重要」**です` is bold as a Japanese writer means it, where plain
    // CommonMark leaves the asterisks on the page.
    options.extension.cjk_friendly_emphasis = true;
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders as the text of a section `s`.
    fn render_in_section(markdown: &str) -> (String, Vec<Dropped>) {
        render(
            markdown,
            &Placement {
                scope: "s",
                heading: "s",
            },
            Furigana::Off,
        )
    }

    #[test]
    fn front_matter_is_found_with_file_offsets() {
        let text = "+++\ntitle = \"安全\"\n+++\n\n本文\n";
        let split = split_front_matter(text).unwrap();
        assert_eq!(&text[split.front_matter], "title = \"安全\"\n");
        assert_eq!(&text[split.body], "\n本文\n");
    }

    #[test]
    fn front_matter_problems_are_told_apart() {
        assert_eq!(
            split_front_matter("# title\n"),
            Err(FrontMatterError::Missing)
        );
        assert_eq!(
            split_front_matter("+++\ntitle = \"x\"\n"),
            Err(FrontMatterError::Unclosed)
        );
        let crlf = split_front_matter("+++\r\ntitle = \"x\"\r\n+++\r\nbody").unwrap();
        assert_eq!(crlf.body.len(), 4);
    }

    #[test]
    fn raw_html_and_dangerous_links_never_reach_the_page() {
        let markdown = "本文\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>b</b>\n";
        let (html, dropped) = render_in_section(markdown);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        let kinds: Vec<_> = dropped
            .iter()
            .map(|d| ((d.line, d.column), (d.last_line, d.last_column), &d.what))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ((3, 1), (3, 25), &DroppedKind::RawHtml),
                (
                    (5, 1),
                    (5, 24),
                    &DroppedKind::DangerousLink("javascript:alert(1)".into())
                ),
                ((5, 26), (5, 28), &DroppedKind::RawHtml),
                ((5, 30), (5, 33), &DroppedKind::RawHtml),
            ]
        );
    }

    #[test]
    fn headings_nest_under_the_section_heading() {
        let (html, _) = render_in_section("## 組織的\n\n# 大\n");
        assert_eq!(html, "<h3>組織的</h3>\n<h3>大</h3>\n");
    }

    #[test]
    fn heading_levels_are_never_skipped() {
        let (html, _) = render_in_section("#### 深い見出し\n\n本文\n");
        assert_eq!(html, "<h3>深い見出し</h3>\n<p>本文</p>\n");
        let (html, _) = render_in_section("# 一\n\n### 三\n\n##### 五\n\n## 二\n");
        assert_eq!(html, "<h3>一</h3>\n<h4>三</h4>\n<h5>五</h5>\n<h4>二</h4>\n");
        let (html, _) = render_in_section("## 先\n\n# 上\n\n## 後\n");
        assert_eq!(html, "<h3>先</h3>\n<h3>上</h3>\n<h4>後</h4>\n");
    }

    #[test]
    fn images_leave_only_their_alternative_text() {
        let (html, dropped) = render_in_section("前 ![地図](https://example.com/a.png) 後\n");
        assert_eq!(html, "<p>前 地図 後</p>\n");
        assert_eq!(dropped[0].what, DroppedKind::Image);
    }

    #[test]
    fn paragraphs_are_blocks_of_plain_text() {
        let markdown = "## 組織的安全管理措置\n\n\
            個人情報の取扱いに関する[規程](https://example.com/)を定め、\n\
            `責任者`を置きます。<br>\n\n\
            - 一つ目\n\
            - 二つ目  \n  改行\n  - 入れ子\n  - 入れ子二\n\
            - \n\n\
            > 引用の**段落**\n\n\
            ---\n\n\
            <div>html</div>\n\n\
            ```\ncode\n```\n\n\
            1. ![地図](https://example.com/a.png)を参照\n";
        assert_eq!(
            paragraphs(markdown, Punctuation::FullWidth),
            vec![
                "組織的安全管理措置",
                "個人情報の取扱いに関する規程を定め、 責任者を置きます。",
                "一つ目",
                "二つ目\n改行",
                "入れ子",
                "入れ子二",
                "引用の段落",
                "code",
                "地図を参照",
            ]
        );
    }

    #[test]
    fn a_loose_list_item_keeps_its_paragraphs_together() {
        let markdown = "- 第一段落\n\n  第二段落\n\n- 次\n";
        assert_eq!(
            paragraphs(markdown, Punctuation::FullWidth),
            vec!["第一段落\n第二段落", "次"]
        );
        assert!(paragraphs("", Punctuation::FullWidth).is_empty());
    }

    #[test]
    fn a_table_is_named_by_the_caption_line_above_it() {
        let markdown = "表：開示請求の手数料\n\
            | 請求 | 手数料 | 備考 |\n\
            | :-- | --: | :-: |\n\
            | 開示 | 300円 | 郵送可 |\n\
            | 訂正 | **無料** | |\n";
        let (html, dropped) = render_in_section(markdown);
        assert_eq!(
            html,
            "<div class=\"table-region\" role=\"region\" aria-labelledby=\"s--table-1\" tabindex=\"0\">\n\
             <table class=\"prose-table\">\n\
             <caption id=\"s--table-1\">開示請求の手数料</caption>\n\
             <thead>\n<tr>\n\
             <th scope=\"col\">請求</th>\n\
             <th scope=\"col\" class=\"align-right\">手数料</th>\n\
             <th scope=\"col\" class=\"align-center\">備考</th>\n\
             </tr>\n</thead>\n<tbody>\n<tr>\n\
             <td>開示</td>\n\
             <td class=\"align-right\">300円</td>\n\
             <td class=\"align-center\">郵送可</td>\n\
             </tr>\n<tr>\n\
             <td>訂正</td>\n\
             <td class=\"align-right\"><strong>無料</strong></td>\n\
             <td class=\"align-center\"></td>\n\
             </tr>\n</tbody>\n</table>\n</div>\n"
        );
        assert_eq!(dropped, vec![]);
        let (html, _) = render_in_section("Some text.\n\nTABLE: Fees\n\n| a |\n| - |\n");
        assert!(
            html.contains("<caption id=\"s--table-1\">Fees</caption>"),
            "{html}"
        );
        assert!(html.starts_with("<p>Some text.</p>\n"), "{html}");
    }

    #[test]
    fn a_table_without_a_caption_is_named_by_a_heading() {
        // Right under a heading: named by it, nothing to report.
        let (html, dropped) = render_in_section("## 手数料\n\n| a |\n| - |\n| 1 |\n");
        assert!(html.starts_with("<h3 id=\"s--heading-1\">手数料</h3>\n<div class=\"table-region\" role=\"region\" aria-labelledby=\"s--heading-1\" tabindex=\"0\">\n<table class=\"prose-table\" aria-labelledby=\"s--heading-1\">\n<thead>"), "{html}");
        assert_eq!(dropped, vec![]);
        // Further down: named by the nearest heading before it, with a warning.
        let (html, dropped) =
            render_in_section("## 一\n\n## 二\n\n本文\n\n| a |\n| - |\n\n## 三\n\n| b |\n| - |\n");
        assert!(html.contains("<h3 id=\"s--heading-2\">二</h3>"), "{html}");
        assert!(
            html.contains("<h3>一</h3>"),
            "only headings that name a table get an id: {html}"
        );
        assert!(
            html.contains("aria-labelledby=\"s--heading-2\">\n<thead>"),
            "{html}"
        );
        assert!(
            html.contains("aria-labelledby=\"s--heading-3\">\n<thead>"),
            "{html}"
        );
        let places: Vec<_> = dropped
            .iter()
            .map(|d| (d.line, d.column, &d.what))
            .collect();
        assert_eq!(places, vec![(7, 1, &DroppedKind::TableWithoutName)]);
        // No heading in the text: the heading of the section it is in.
        let (html, dropped) = render_in_section("| a |\n| - |\n");
        assert!(html.starts_with("<div class=\"table-region\" role=\"region\" aria-labelledby=\"s\" tabindex=\"0\">\n<table class=\"prose-table\" aria-labelledby=\"s\">"), "{html}");
        assert_eq!(dropped[0].what, DroppedKind::TableWithoutName);
    }

    #[test]
    fn a_row_with_more_cells_than_columns_is_reported() {
        let (html, dropped) = render_in_section("表：料金\n| a | b |\n| - | - |\n| 1 | 2 | 3 |\n");
        assert!(!html.contains('3'), "GFM drops the extra cell: {html}");
        let places: Vec<_> = dropped
            .iter()
            .map(|d| ((d.line, d.column), (d.last_line, d.last_column), &d.what))
            .collect();
        assert_eq!(
            places,
            vec![(
                (4, 1),
                (4, 13),
                &DroppedKind::RowTooLong {
                    written: 3,
                    columns: 2
                }
            )]
        );
    }

    #[test]
    fn a_table_row_is_compared_as_its_cells_under_their_headers() {
        let markdown = "表：手数料\n\n\
            | 請求 | 手数料 |\n|---|---|\n| 開示 | 1件につき**300円** |\n| 訂正 | |\n\n後の段落\n";
        assert_eq!(
            paragraphs(markdown, Punctuation::FullWidth),
            vec![
                "表：手数料",
                "請求：開示／手数料：1件につき300円",
                "請求：訂正",
                "後の段落"
            ]
        );
        let english = "| Request | Fee |\n|---|---|\n| Disclosure | 300 yen |\n";
        assert_eq!(
            paragraphs(english, Punctuation::HalfWidth),
            vec!["Request: Disclosure / Fee: 300 yen"]
        );
        let header_only = "| 請求 | | 手数料 |\n|---|---|---|\n";
        assert_eq!(
            paragraphs(header_only, Punctuation::FullWidth),
            vec!["請求／手数料"]
        );
    }

    #[test]
    fn a_heading_deeper_than_a_page_has_is_reported() {
        let (html, dropped) = render_in_section("# 1\n## 2\n### 3\n#### 4\n##### 5\n");
        assert_eq!(
            html,
            "<h3>1</h3>\n<h4>2</h4>\n<h5>3</h5>\n<h6>4</h6>\n<h6>5</h6>\n"
        );
        let places: Vec<_> = dropped.iter().map(|d| (d.line, &d.what)).collect();
        assert_eq!(places, vec![(5, &DroppedKind::HeadingTooDeep)]);
    }

    /// Every construct a writer of Markdown might use: either the page
    /// shows it as what it means, with none of its syntax left, or `check`
    /// reports it. Each entry says which.
    #[test]
    fn nothing_on_a_page_is_raw_markdown_syntax_unless_reported() {
        use DroppedKind::*;
        let corpus: &[(&str, &str, Option<DroppedKind>)] = &[
            ("paragraph", "本文です。\n", None),
            ("heading", "## 見出し\n", None),
            ("setext heading", "見出し\n======\n", None),
            ("bold", "**太字**と*斜体*\n", None),
            (
                "bold after Japanese punctuation",
                "**「重要」**です。\n",
                None,
            ),
            ("bold with underscores", "__太字__\n", None),
            ("bullet list", "- 一\n- 二\n", None),
            ("numbered list", "1. 一\n2. 二\n", None),
            ("nested list", "- 一\n  - 二\n", None),
            ("link", "[規程](https://example.jp/)\n", None),
            ("bare address", "https://example.jp/ をご覧ください\n", None),
            ("angle address", "<https://example.jp/>\n", None),
            ("mail address", "<privacy@example.jp>\n", None),
            (
                "defined reference",
                "[規程][k]\n\n[k]: https://example.jp/\n",
                None,
            ),
            ("code", "`コード`\n", None),
            ("code block", "```\nコード\n```\n", None),
            ("quote", "> 引用\n", None),
            ("rule", "前\n\n---\n\n後\n", None),
            ("hard break", "一行目  \n二行目\\\n三行目\n", None),
            ("escapes", "\\*星\\* \\[括弧\\]\n", None),
            ("brackets as text", "[注] 9:00~17:00\n", None),
            (
                "table",
                "表：料金\n\n| 請求 | 手数料 |\n| :-- | --: |\n| 開示 | 300円 |\n",
                None,
            ),
            (
                "table with escaped pipe",
                "表：料金\n\n| a \\| b |\n| - |\n",
                None,
            ),
            ("raw html", "<b>太字</b>\n", Some(RawHtml)),
            ("html block", "<div>\n本文\n</div>\n", Some(RawHtml)),
            (
                "script link",
                "[x](javascript:alert(1))\n",
                Some(DangerousLink("javascript:alert(1)".into())),
            ),
            ("image", "![地図](https://example.jp/a.png)\n", Some(Image)),
            ("footnote", "本文[^1]\n\n[^1]: 注記\n", Some(Footnote)),
            ("footnote without its note", "本文[^1]\n", Some(Footnote)),
            ("strikethrough", "~~旧~~新\n", Some(Strikethrough)),
            ("task list", "- [ ] 未\n- [x] 済\n", Some(TaskItem)),
            (
                "undefined reference",
                "[規程][kitei]\n",
                Some(UndefinedReference("kitei".into())),
            ),
            (
                "undefined collapsed reference",
                "[規程][]\n",
                Some(UndefinedReference("規程".into())),
            ),
            (
                "undefined image reference",
                "![地図][map]\n",
                Some(UndefinedReference("map".into())),
            ),
            (
                "space in an address",
                "[規程](https://example.jp/a b)\n",
                Some(LinkNotMade),
            ),
            (
                "bold with a space inside",
                "** 太字**\n",
                Some(LiteralEmphasis("**".into())),
            ),
            (
                "underscores with a space inside",
                "__ 太字__\n",
                Some(LiteralEmphasis("__".into())),
            ),
            (
                "address into Japanese",
                "https://example.jp/aをご覧ください\n",
                Some(AddressRunsOn("https://example.jp/aをご覧ください".into())),
            ),
            (
                "table without dashes",
                "| a | b |\n| 1 | 2 |\n",
                Some(NotATable),
            ),
            (
                "table with too few dashes",
                "| a | b |\n|---|\n| 1 | 2 |\n",
                Some(NotATable),
            ),
            (
                "table without a name",
                "| a |\n| - |\n| 1 |\n",
                Some(TableWithoutName),
            ),
            (
                "row too long",
                "表：料金\n\n| a |\n| - |\n| 1 | 2 |\n",
                Some(RowTooLong {
                    written: 2,
                    columns: 1,
                }),
            ),
            (
                "heading too deep",
                "# 1\n## 2\n### 3\n#### 4\n##### 5\n",
                Some(HeadingTooDeep),
            ),
        ];
        for (name, markdown, expected) in corpus {
            let (html, dropped) = render_in_section(markdown);
            let kinds: Vec<&DroppedKind> = dropped.iter().map(|d| &d.what).collect();
            match expected {
                None => {
                    assert_eq!(kinds, Vec::<&DroppedKind>::new(), "{name}: {html}");
                    assert_eq!(raw_syntax(&html), None, "{name}: {html}");
                }
                Some(kind) => assert!(kinds.contains(&kind), "{name}: {kinds:?}"),
            }
        }
    }

    /// Markdown syntax in the text of `html` (its tags and comments left
    /// out), if any is left.
    fn raw_syntax(html: &str) -> Option<&'static str> {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        let syntax = [
            "**", "__", "~~", "[^", "](", "][", "[ ]", "[x]", "---", "===", "```", "<", "#", "![",
        ];
        let at_line_start = ["- ", "* ", "1. ", "> ", "|"];
        syntax.into_iter().find(|s| text.contains(s)).or_else(|| {
            at_line_start
                .into_iter()
                .find(|s| text.lines().any(|line| line.trim_start().starts_with(s)))
        })
    }
}
