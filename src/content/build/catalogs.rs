//! The content's own catalogs of kohyo's words (`messages/<tag>.ftl`): one
//! for a language kohyo ships no catalog for, which must then say every
//! message, or one that says some messages of a shipped language in the
//! union's own words. Each is checked as kohyo will use it: Fluent syntax,
//! only messages kohyo writes, only the values kohyo gives each message,
//! and nothing missing where nothing stands behind it.

use std::collections::BTreeSet;
use std::path::Path;

use super::{Builder, File};
use crate::content::diagnostic::Diagnostic;
use crate::content::layout::MESSAGES_DIR;
use crate::content::model::ContentCatalog;
use crate::messages;

/// How many missing messages a report names before it counts the rest.
const NAMED: usize = 8;

impl Builder {
    /// The catalogs under `messages/`, each checked; `None` for one that
    /// cannot be used as it is.
    pub(super) fn catalogs(&mut self, files: &[(String, String)]) -> Vec<ContentCatalog> {
        files
            .iter()
            .filter_map(|(name, text)| {
                let path = Path::new(MESSAGES_DIR).join(name);
                self.catalog(File { path: &path, text }, name)
            })
            .collect()
    }

    fn catalog(&mut self, file: File<'_>, name: &str) -> Option<ContentCatalog> {
        let tag = name.strip_suffix(".ftl").unwrap_or(name);
        let Some(language) = self.languages.by_tag(tag) else {
            let tags: Vec<&str> = self.languages.iter().map(|l| l.tag.as_str()).collect();
            self.push(
                Diagnostic::error(file.path, format!("\"{tag}\" is not a language of this site"))
                    .hint(format!(
                        "name a catalog after one of the site's languages, {} (languages in site.toml), e.g. messages/{}.ftl",
                        tags.join(", "),
                        tags.last().unwrap_or(&"ja")
                    )),
            );
            return None;
        };
        let lang = language.lang;
        let shipped = messages::shipped(tag).is_some();
        let before = self.diagnostics.len();
        let resource = match fluent_syntax::parser::parse(file.text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    self.push(
                        file.error(error.pos.clone(), format!("this is not Fluent: {}", error.kind))
                            .hint("write each message on a line of its own as key = text; a text that begins or ends with a space is written { \" \" }, and { $name } stands for a value kohyo fills in"),
                    );
                }
                resource
            }
        };
        let reference = messages::shipped("ja").expect("kohyo ships its Japanese catalog");
        let given = messages::variables_given(reference);
        let written = messages::keys_of_syntax(&resource);
        for (key, variables) in &written {
            let span = key_span(file.text, key);
            let Some(allowed) = given.get(key) else {
                self.push(
                    file.warning(span, format!("kohyo writes no message \"{key}\""))
                        .hint("check its spelling against kohyo's own catalogs (locales/ja.ftl in kohyo's source); a message kohyo does not write is never shown"),
                );
                continue;
            };
            let unknown: Vec<&String> = variables.difference(allowed).collect();
            if !unknown.is_empty() {
                let unknown: Vec<String> = unknown.iter().map(|v| format!("{{ ${v} }}")).collect();
                let may: Vec<String> = allowed.iter().map(|v| format!("{{ ${v} }}")).collect();
                self.push(
                    file.error(
                        span,
                        format!(
                            "the message \"{key}\" uses {}, which kohyo does not give it",
                            unknown.join(", ")
                        ),
                    )
                    .hint(if may.is_empty() {
                        "this message takes no values: write it as plain text".to_owned()
                    } else {
                        format!("this message may use {}", may.join(", "))
                    }),
                );
            }
        }
        if !shipped {
            let have: BTreeSet<&String> = written.keys().collect();
            let missing: Vec<&String> = given.keys().filter(|key| !have.contains(key)).collect();
            if !missing.is_empty() {
                let mut named: Vec<&str> =
                    missing.iter().take(NAMED).map(|key| key.as_str()).collect();
                if missing.len() > NAMED {
                    named.push("…");
                }
                self.push(
                    Diagnostic::error(
                        file.path,
                        format!(
                            "kohyo ships no catalog for \"{tag}\", and this one lacks {} of the {} messages kohyo writes: {}",
                            missing.len(),
                            given.len(),
                            named.join(", ")
                        ),
                    )
                    .hint("translate every message of kohyo's Japanese or English catalog (locales/ja.ftl, locales/en.ftl in kohyo's source) into this file, keeping each key and its { $values }"),
                );
            }
        }
        let usable = !self.diagnostics[before..]
            .iter()
            .any(|diagnostic| diagnostic.is_error());
        usable.then(|| ContentCatalog {
            lang,
            source: file.text.to_owned(),
        })
    }
}

/// Where the message `key` is defined in a catalog's text, for a report.
fn key_span(text: &str, key: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            return offset..offset + key.len();
        }
        offset += line.len();
    }
    0..0
}
