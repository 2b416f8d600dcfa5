//! Characters that cannot be seen but change what a text says: the
//! bidirectional controls, which reorder how the text around them is shown
//! (the "Trojan Source" attack, CVE-2021-42574; Unicode Technical Report
//! #36 § 2.1 and Unicode Standard Annex #9), and the zero-width characters,
//! which make two words that look the same differ. In a notice they come
//! in by copying text from a web page or a word processor, and they would
//! make the published wording and the wording a reader sees disagree. One
//! pass over every content file's text finds them, wherever they are: a
//! TOML value, a comment, a Markdown section.

use std::path::Path;

use super::diagnostic::Diagnostic;
use super::hidden::{hidden_name, reorders};
use super::source::SourceTree;

/// More in one file than this are counted rather than listed one by one.
const LISTED_PER_FILE: usize = 10;

/// A warning for every run of hidden characters in the content files that
/// kohyo reads (`site.toml`, each revision's `.toml` and `.md` files).
pub(crate) fn find(tree: &SourceTree) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (path, text) in tree.written_files() {
        in_file(&path, text, &mut found);
    }
    found
}

fn in_file(path: &Path, text: &str, found: &mut Vec<Diagnostic>) {
    let mut runs = runs(text).into_iter();
    for (start, chars) in runs.by_ref().take(LISTED_PER_FILE) {
        found.push(run_warning(path, text, start, &chars));
    }
    let rest: Vec<(usize, Vec<char>)> = runs.collect();
    if let Some((start, _)) = rest.first() {
        let count: usize = rest.iter().map(|(_, chars)| chars.len()).sum();
        found.push(
            Diagnostic::warning(
                path,
                format!("{count} more hidden characters in this file"),
            )
            .at_span(text, *start..*start)
            .hint(format!(
                "the first {LISTED_PER_FILE} are listed above; to find them all, search the file for the characters they name, or retype the text in a plain editor"
            )),
        );
    }
}

/// Each run of adjacent hidden characters: where it starts, and what it is.
fn runs(text: &str) -> Vec<(usize, Vec<char>)> {
    let mut runs: Vec<(usize, Vec<char>)> = Vec::new();
    let mut end_of_last = None;
    for (i, c) in text.char_indices() {
        if hidden_name(c).is_none() {
            continue;
        }
        match runs.last_mut() {
            Some((_, chars)) if end_of_last == Some(i) => chars.push(c),
            _ => runs.push((i, vec![c])),
        }
        end_of_last = Some(i + c.len_utf8());
    }
    runs
}

fn run_warning(path: &Path, text: &str, start: usize, chars: &[char]) -> Diagnostic {
    let length: usize = chars.iter().map(|c| c.len_utf8()).sum();
    let names: Vec<String> = chars
        .iter()
        .map(|&c| format!("U+{:04X} {}", c as u32, hidden_name(c).unwrap_or("")))
        .collect();
    let message = match names.as_slice() {
        [one] => format!("hidden character {one}"),
        many => format!("{} hidden characters: {}", many.len(), many.join(", ")),
    };
    let effect = if chars.iter().any(|&c| reorders(c)) {
        "it changes the order in which the text around it is shown, so what readers see is not what the file says"
    } else {
        "it cannot be seen, but makes words that look the same differ (in searches, and in the changes between revisions)"
    };
    let diagnostic = Diagnostic::warning(path, message).at_span(text, start..start + length);
    let place = diagnostic.position.unwrap_or(super::Position::START);
    let presses = match chars.len() {
        1 => "once".to_owned(),
        n => format!("{n} times"),
    };
    diagnostic.hint(format!(
        "{effect}; delete it: put the cursor at line {}, column {} and press Delete {presses} (nothing seems to disappear, because it is invisible)",
        place.line, place.column
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::RevisionSource;

    fn tree(site: &str, section: &str) -> SourceTree {
        let mut revision = RevisionSource {
            folder: "2025-04-01".into(),
            ..RevisionSource::default()
        };
        revision
            .files
            .insert("10-safety.ja.md".into(), section.into());
        revision
            .files
            .insert("notes.txt".into(), "\u{200B}ignored".into());
        SourceTree {
            site: Some(site.into()),
            revisions: vec![revision],
            opened: true,
            ..SourceTree::default()
        }
    }

    #[test]
    fn each_run_is_one_warning_at_its_place_naming_its_characters() {
        let found = find(&tree(
            "a = \"x\"\nname = { ja = \"健保\u{202E}\u{2066}組合\" }\n",
            "+++\ntitle = \"安全\"\n+++\n本文\u{200B}です。\n",
        ));
        /// File, line and column, message, hint.
        type Shown<'a> = (String, Option<(usize, usize)>, &'a str, &'a str);
        let shown: Vec<Shown> = found
            .iter()
            .map(|d| {
                (
                    d.file.display().to_string(),
                    d.position.map(|p| (p.line, p.column)),
                    d.message.as_str(),
                    d.hint.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                (
                    "site.toml".to_owned(),
                    Some((2, 18)),
                    "2 hidden characters: U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE",
                    "it changes the order in which the text around it is shown, so what readers see is not what the file says; delete it: put the cursor at line 2, column 18 and press Delete 2 times (nothing seems to disappear, because it is invisible)",
                ),
                (
                    "revisions/2025-04-01/10-safety.ja.md".to_owned(),
                    Some((4, 3)),
                    "hidden character U+200B ZERO WIDTH SPACE",
                    "it cannot be seen, but makes words that look the same differ (in searches, and in the changes between revisions); delete it: put the cursor at line 4, column 3 and press Delete once (nothing seems to disappear, because it is invisible)",
                ),
            ]
        );
        assert!(found.iter().all(|d| !d.is_error()));
    }

    #[test]
    fn a_file_full_of_them_is_summed_up() {
        let text = "x\u{200B}".repeat(25);
        let found = find(&tree(&text, ""));
        assert_eq!(found.len(), LISTED_PER_FILE + 1);
        assert_eq!(
            found[LISTED_PER_FILE].message,
            "15 more hidden characters in this file"
        );
        assert_eq!(
            found[LISTED_PER_FILE].position.map(|p| p.column),
            Some(2 * LISTED_PER_FILE + 2)
        );
    }

    #[test]
    fn clean_text_has_nothing() {
        assert!(find(&tree("a = \"日本語\u{3000}テキスト\"\n", "本文\n")).is_empty());
    }
}
