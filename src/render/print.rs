//! Running heads for a printed notice. A printout leaves the website behind,
//! so every sheet should say which version it is and where to find it again:
//! CSS page-margin boxes can print that on each sheet, but they cannot read
//! text from the page, so each revision gets a small stylesheet of its own
//! holding its operator, effective period and permanent address. How the
//! heads look is in `static/kohyo.css`; only their words are here.

use std::fmt::Write;

/// What the margins of every printed sheet of one revision say.
pub(crate) struct RunningHeads<'a> {
    /// Top left: who publishes the notice.
    pub operator: &'a str,
    /// Top right: e.g. "施行期間：2024年12月2日から".
    pub period: &'a str,
    /// Bottom left: the revision's permanent page, absolute.
    pub address: &'a str,
}

impl RunningHeads<'_> {
    pub(crate) fn stylesheet(&self) -> String {
        let mut css = String::from(
            "/* The running heads of this revision when printed; kohyo.css styles them. */\n@page {\n",
        );
        for (margin, text) in [
            ("top-left", self.operator),
            ("top-right", self.period),
            ("bottom-left", self.address),
        ] {
            let _ = writeln!(css, "  @{margin} {{ content: {}; }}", css_string(text));
        }
        css.push_str("  @bottom-right { content: counter(page) \" / \" counter(pages); }\n}\n");
        css
    }
}

/// `text` as a CSS string literal (CSS Syntax §4.3.5): quotes, backslashes
/// and line breaks escaped, so content can never end the rule early.
fn css_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            // A control character, written as a hex escape ended by a space.
            c if c.is_control() => {
                let _ = write!(quoted, "\\{:x} ", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_margin_says_its_part() {
        let css = RunningHeads {
            operator: "サンプル健康保険組合",
            period: "施行期間：2024年12月2日から",
            address: "https://kenpo.example.jp/privacy/ja/history/2024-12-02/",
        }
        .stylesheet();
        assert!(css.contains("@top-left { content: \"サンプル健康保険組合\"; }"));
        assert!(css.contains("@top-right { content: \"施行期間：2024年12月2日から\"; }"));
        assert!(css.contains(
            "@bottom-left { content: \"https://kenpo.example.jp/privacy/ja/history/2024-12-02/\"; }"
        ));
        assert!(css.contains("counter(page) \" / \" counter(pages)"));
    }

    #[test]
    fn content_cannot_break_out_of_the_string() {
        assert_eq!(css_string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(css_string("one\ntwo"), "\"one\\a two\"");
        assert_eq!(css_string("}</style>"), "\"}</style>\"");
    }
}
