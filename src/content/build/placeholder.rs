//! The marker `kohyo import` writes where the source did not give a value
//! (the union's representative, the site's address …), and the check that
//! none is left: each is an error at its place, so that the folder cannot
//! be published until someone has written the real value.

use std::path::Path;

use crate::content::diagnostic::Diagnostic;
use crate::content::source::SourceTree;

/// Visible in any editor and in any page, and never real content.
pub(crate) const MARKER: &str = "【要確認】";

/// An error for every marker in `site.toml` and the revisions' files.
pub(crate) fn find(tree: &SourceTree) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (path, text) in tree.written_files() {
        in_file(&path, text, &mut found);
    }
    found
}

fn in_file(path: &Path, text: &str, found: &mut Vec<Diagnostic>) {
    for (start, _) in text.match_indices(MARKER) {
        let after: String = text[start + MARKER.len()..]
            .chars()
            .take_while(|c| !matches!(c, '"' | '\n' | '。'))
            .collect();
        let what = if after.is_empty() {
            "a value".to_owned()
        } else {
            format!("「{after}」")
        };
        found.push(
            Diagnostic::error(path, format!("{MARKER} is still here: {what} is to be written"))
                .at_span(text, start..start + MARKER.len())
                .hint(format!(
                    "the import could not find this in your notice; write the real value here, in place of {MARKER} and what follows it"
                )),
        );
    }
}

/// Whether a value is still the import's marker, which [`find`] reports:
/// other checks of that value would only repeat it.
pub(crate) fn is_marked(value: &str) -> bool {
    value.contains(MARKER)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::RevisionSource;

    #[test]
    fn every_marker_is_an_error_at_its_place() {
        let mut revision = RevisionSource {
            folder: "2025-04-01".into(),
            ..RevisionSource::default()
        };
        revision.files.insert(
            "20-requests.ja.md".into(),
            "+++\ntitle = \"手続\"\n+++\n\n【要確認】開示等の手続を書いてください。\n".into(),
        );
        let tree = SourceTree {
            site: Some(
                "[operator]\nrepresentative = { ja = \"【要確認】代表者の役職と氏名\" }\n".into(),
            ),
            revisions: vec![revision],
            ..SourceTree::default()
        };
        let found: Vec<String> = find(&tree)
            .iter()
            .map(|d| {
                let at = d.position.expect("placed");
                format!(
                    "{}:{}:{}: {} ({})",
                    d.file.display(),
                    at.line,
                    at.column,
                    d.message,
                    d.hint.as_deref().unwrap_or("")
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                "site.toml:2:26: 【要確認】 is still here: 「代表者の役職と氏名」 is to be written (the import could not find this in your notice; write the real value here, in place of 【要確認】 and what follows it)",
                "revisions/2025-04-01/20-requests.ja.md:5:1: 【要確認】 is still here: 「開示等の手続を書いてください」 is to be written (the import could not find this in your notice; write the real value here, in place of 【要確認】 and what follows it)",
            ]
        );
    }
}
