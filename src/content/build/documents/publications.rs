//! `publications.toml`: the dated publications about anonymised and
//! pseudonymised information (APPI Art. 41(4), 43(3), 43(4), 44). Each
//! revision holds every entry published so far; an entry once published
//! is carried into every later revision unchanged, which `check` enforces
//! here and the seal and lock enforce for the revisions themselves.

use std::collections::BTreeSet;

use toml::Spanned;

use super::super::{Builder, File, Located, is_valid_id};
use crate::content::Diagnostic;
use crate::content::files::{EntryFile, PublicationsFile, TextFile};
use crate::content::markdown::Placement;
use crate::content::model::{Body, EntryKind, PublicationEntry, Publications, Revision};

impl Builder {
    pub(in super::super) fn publications(&mut self, file: File<'_>) -> Option<Publications> {
        let raw: PublicationsFile = self.parse(file, 0..file.text.len())?;
        let mut ids = BTreeSet::new();
        let entries: Vec<Option<PublicationEntry>> = raw
            .entries
            .iter()
            .map(|raw| {
                let id = raw.get_ref().id.get_ref();
                if !ids.insert(id.clone()) {
                    self.push(
                        file.error(raw.get_ref().id.span(), format!("the entry id \"{id}\" is used twice"))
                            .hint("give each entry its own id, never used before: an entry keeps its id for good"),
                    );
                }
                self.entry(file, raw)
            })
            .collect();
        Some(Publications {
            entries: entries.into_iter().collect::<Option<_>>()?,
        })
    }

    fn entry(&mut self, file: File<'_>, raw: &Spanned<EntryFile>) -> Option<PublicationEntry> {
        let span = raw.span();
        let raw = raw.get_ref();
        let id = raw.id.get_ref().clone();
        if !is_valid_id(&id) {
            self.push(
                file.error(raw.id.span(), format!("the entry id \"{id}\" is not a valid id"))
                    .hint("write the id in lowercase letters, digits and hyphens, e.g. id = \"2025-checkup-data\""),
            );
        }
        let date = self.date(file, &raw.date, "date");
        let written = raw.kind.get_ref();
        let kind = EntryKind::ALL
            .into_iter()
            .find(|kind| kind.name() == written);
        if kind.is_none() {
            let kinds = EntryKind::ALL.map(EntryKind::name).join("\", \"");
            self.push(
                file.error(
                    raw.kind.span(),
                    format!("\"{written}\" is not a kind of publication"),
                )
                .hint(format!(
                    "write one of \"{kinds}\"; content/README.md says what each one announces"
                )),
            );
        }
        let title = self.text(file, &raw.title, "the entry's title");
        let anchor = format!("entry-{id}");
        let prose =
            |builder: &mut Builder, field: &Option<Spanned<TextFile>>, key: &str, what: &str| {
                field.as_ref().map(|value| {
                    let scope = format!("{anchor}--{key}");
                    builder.prose(
                        file,
                        value,
                        what,
                        Placement {
                            scope: &scope,
                            heading: &anchor,
                        },
                    )
                })
            };
        let items = prose(self, &raw.items, "items", "the items of information");
        let purposes = prose(self, &raw.purposes, "purposes", "the purposes of use");
        let method = prose(self, &raw.method, "method", "the method of provision");
        let recipients = prose(self, &raw.recipients, "recipients", "the recipients");
        let notes = prose(self, &raw.notes, "notes", "the entry's notes");
        let kind = kind?;
        let required: &[(bool, &str, &str, &str)] = match kind {
            EntryKind::AnonymisedCreated => &[(
                items.is_some(),
                "items",
                "the items of information about individuals it contains",
                "APPI Art. 43(3)",
            )],
            EntryKind::AnonymisedProvided | EntryKind::AnonymisedPassedOn => &[
                (
                    items.is_some(),
                    "items",
                    "the items of information about individuals it contains",
                    "APPI Art. 43(4), 44",
                ),
                (
                    method.is_some(),
                    "method",
                    "how it is provided",
                    "APPI Art. 43(4), 44",
                ),
            ],
            EntryKind::PseudonymisedPurposes => &[(
                purposes.is_some(),
                "purposes",
                "its purposes of use",
                "APPI Art. 41(4)",
            )],
        };
        for (present, key, what, law) in required {
            if !present {
                self.push(
                    file.error(span.clone(), format!("the entry \"{id}\" ({}) does not say {what} ({key})", kind.name()))
                        .hint(format!("add {key} = {{ ja = \"…\", en = \"…\" }}: the law requires it to be published ({law})")),
                );
            }
        }
        if required.iter().any(|(present, ..)| !present) {
            return None;
        }
        Some(PublicationEntry {
            id,
            date: date?,
            kind,
            title,
            items,
            purposes,
            method,
            recipients,
            notes,
        })
    }

    /// An entry once published stays, unchanged, in every later revision.
    pub(in super::super) fn publications_kept(&mut self, revisions: &[Located<Body>]) {
        for pair in revisions.windows(2) {
            let (before, after) = (&pair[0].revision, &pair[1].revision);
            let (path, _) = &pair[1].announced_at;
            let file = path.with_file_name(crate::content::layout::PUBLICATIONS_FILE);
            for old in entries(before) {
                match entries(after).iter().find(|new| new.id == old.id) {
                    None => self.push(
                        Diagnostic::error(&file, format!("the entry \"{}\" of {}, published in the revision of {}, is missing", old.id, old.date, before.effective))
                            .hint(format!("an entry once published is never removed: copy it back, unchanged, from revisions/{}/publications.toml; to say something more of it, add a new entry", before.effective)),
                    ),
                    Some(new) if !same_entry(old, new) => self.push(
                        Diagnostic::error(&file, format!("the entry \"{}\" differs from the one published in the revision of {}", old.id, before.effective))
                            .hint(format!("an entry once published never changes: copy it back from revisions/{}/publications.toml and add a new entry that says what is new", before.effective)),
                    ),
                    Some(_) => {}
                }
            }
        }
    }
}

fn entries(revision: &Revision<Body>) -> &[PublicationEntry] {
    match &revision.body {
        Body::Publications(publications) => &publications.entries,
        _ => &[],
    }
}

/// Whether two entries say the same, in both languages: a published
/// entry's translation is as much part of the record as its Japanese.
fn same_entry(a: &PublicationEntry, b: &PublicationEntry) -> bool {
    a == b
}
