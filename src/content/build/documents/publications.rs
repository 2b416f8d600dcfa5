//! `publications.toml`: the dated publications about anonymised and
//! pseudonymised information (APPI Art. 41(4), 43(3), 43(4), 44). Each
//! revision holds every entry published so far; an entry once published
//! is carried into every later revision unchanged, which `check` enforces
//! here and the seal and lock enforce for the revisions themselves; its
//! translation may be added later. An entry is published when the first
//! revision that holds it is announced, which the law times against the
//! entry's date ([`Builder::publications_timely`]).

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::super::{Builder, File, Located, is_valid_id};
use super::joint_use::WITHOUT_DELAY_DAYS;
use crate::content::Diagnostic;
use crate::content::diagnostic::Excerpt;
use crate::content::files::{EntryFile, PublicationsFile, TextFile};
use crate::content::layout::PUBLICATIONS_FILE;
use crate::content::markdown::Placement;
use crate::content::model::{Bilingual, Body, EntryKind, PublicationEntry, Publications, Revision};

/// Where one revision's `publications.toml` writes each entry's date, by
/// entry id: what a problem with the entry's timing points at.
#[derive(Default)]
pub(in super::super) struct Places {
    dates: BTreeMap<String, Excerpt>,
}

impl Builder {
    pub(in super::super) fn publications(
        &mut self,
        file: File<'_>,
    ) -> Option<(Publications, Places)> {
        let raw: PublicationsFile = self.parse(file, 0..file.text.len())?;
        let mut ids = BTreeSet::new();
        let mut places = Places::default();
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
                places.dates.insert(
                    id.clone(),
                    Excerpt::of(file.text, raw.get_ref().date.span()),
                );
                self.entry(file, raw)
            })
            .collect();
        let publications = Publications {
            entries: entries.into_iter().collect::<Option<_>>()?,
        };
        Some((publications, places))
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

    /// An entry once published stays, unchanged, in every later revision;
    /// only its English may be added where it had none.
    pub(in super::super) fn publications_kept(&mut self, revisions: &[Located<Body>]) {
        for pair in revisions.windows(2) {
            let (before, after) = (&pair[0].revision, &pair[1].revision);
            let (path, _) = &pair[1].announced_at;
            let file = path.with_file_name(PUBLICATIONS_FILE);
            for old in entries(before) {
                match entries(after).iter().find(|new| new.id == old.id) {
                    None => self.push(
                        Diagnostic::error(&file, format!("the entry \"{}\" of {}, published in the revision of {}, is missing", old.id, old.date, before.effective))
                            .hint(format!("an entry once published is never removed: copy it back, unchanged, from revisions/{}/publications.toml; to say something more of it, add a new entry", before.effective)),
                    ),
                    Some(new) => {
                        let changed = changes(old, new);
                        if !changed.is_empty() {
                            self.push(
                                Diagnostic::error(&file, format!("the entry \"{}\" differs from the one published in the revision of {} ({})", old.id, before.effective, changed.join(", ")))
                                    .hint(format!("an entry once published never changes (only an English translation may be added where it had none): copy it back from revisions/{}/publications.toml and add a new entry that says what is new", before.effective)),
                            );
                        }
                    }
                }
            }
        }
    }

    /// When an entry is published against its date: the first revision
    /// that holds it is announced
    /// - for anonymised information provided to others, before it is
    ///   provided (error otherwise). APPI Art. 43(4): 「匿名加工情報を作成し
    ///   て当該匿名加工情報を第三者に提供するときは、…あらかじめ、第三者に提供
    ///   される匿名加工情報に含まれる個人に関する情報の項目及びその提供の方法に
    ///   ついて公表する」; Art. 44 the same for information received from
    ///   others. The PPC's guideline (仮名加工情報・匿名加工情報編 3-2-5 ※2)
    ///   asks for 「一般に十分に知らせるに足る期間」 and gives no number, so
    ///   the day of provision itself is too late;
    /// - for anonymised information created, without delay after it is
    ///   made (a warning after [`WITHOUT_DELAY_DAYS`], kohyo's default, not
    ///   the law's). Enforcement Rules Art. 36(1): 「法第43条第3項の規定に
    ///   よる公表は、匿名加工情報を作成した後、遅滞なく、インターネットの利用
    ///   その他の適切な方法により行うものとする」, as quoted in the same
    ///   guideline, 3-2-4, which gives no number of days either.
    ///
    /// `places` are each revision's, in the same order.
    pub(in super::super) fn publications_timely(
        &mut self,
        revisions: &[Located<Body>],
        places: &[Places],
    ) {
        let mut seen = BTreeSet::new();
        for (located, places) in revisions.iter().zip(places) {
            let revision = &located.revision;
            let file = located.announced_at.0.with_file_name(PUBLICATIONS_FILE);
            for entry in entries(revision) {
                if !seen.insert(entry.id.clone()) {
                    continue;
                }
                let announced = revision.announced;
                let diagnostic = match entry.kind {
                    EntryKind::AnonymisedProvided | EntryKind::AnonymisedPassedOn
                        if announced >= entry.date =>
                    {
                        let law = if entry.kind == EntryKind::AnonymisedProvided {
                            "APPI Art. 43(4)"
                        } else {
                            "APPI Art. 44"
                        };
                        Diagnostic::error(
                            &file,
                            format!(
                                "the entry \"{}\" ({}) is dated {}, but the revision that first publishes it is announced on {announced}",
                                entry.id,
                                entry.kind.name(),
                                entry.date
                            ),
                        )
                        .hint(format!("the items and the method of provision must be published before the information is provided ({law}: あらかじめ), early enough for the public to learn of it; set announced in revision.toml to a day before the entry's date, or give the entry the later day it will really be provided"))
                    }
                    EntryKind::AnonymisedCreated => {
                        let late = entry
                            .date
                            .until(announced)
                            .map_or(0, |span| span.get_days());
                        if late <= WITHOUT_DELAY_DAYS {
                            continue;
                        }
                        Diagnostic::warning(
                            &file,
                            format!(
                                "the entry \"{}\" (anonymised-created) is dated {}, and the revision that first publishes it is announced {late} days later, on {announced}",
                                entry.id, entry.date
                            ),
                        )
                        .hint(format!("the items must be published without delay after the information is made (Enforcement Rules Art. 36(1): 遅滞なく), and before it is used or provided; the law gives no number of days, and a warning after {WITHOUT_DELAY_DAYS} days is kohyo's default, not the law's: publish such an entry as soon as the information is made"))
                    }
                    _ => continue,
                };
                let diagnostic = match places.dates.get(&entry.id) {
                    Some(at) => diagnostic.at_excerpt(at.clone()),
                    None => diagnostic,
                };
                self.push(diagnostic);
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

/// What of a published entry differs in a later revision, by key: any
/// difference in either language, except an English translation added
/// where there was none. A published entry's translation is as much part
/// of the record as its Japanese.
fn changes(old: &PublicationEntry, new: &PublicationEntry) -> Vec<&'static str> {
    let prose = [
        ("items", &old.items, &new.items),
        ("purposes", &old.purposes, &new.purposes),
        ("method", &old.method, &new.method),
        ("recipients", &old.recipients, &new.recipients),
        ("notes", &old.notes, &new.notes),
    ];
    [
        ("date", old.date == new.date),
        ("kind", old.kind == new.kind),
        ("title", kept(&old.title, &new.title)),
    ]
    .into_iter()
    .chain(prose.into_iter().map(|(key, old, new)| {
        let same = match (old, new) {
            (None, None) => true,
            (Some(old), Some(new)) => kept(old, new),
            _ => false,
        };
        (key, same)
    }))
    .filter(|(_, same)| !same)
    .map(|(key, _)| key)
    .collect()
}

/// The same text, or its translation added.
fn kept<T: PartialEq>(old: &Bilingual<T>, new: &Bilingual<T>) -> bool {
    old.ja == new.ja && (old.en.is_none() || old.en == new.en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Prose;

    fn entry() -> PublicationEntry {
        let prose = |text: &str| Prose {
            source: text.to_owned(),
            html: format!("<p>{text}</p>"),
        };
        PublicationEntry {
            id: "checkups".to_owned(),
            date: jiff::civil::date(2024, 6, 1),
            kind: EntryKind::AnonymisedCreated,
            title: Bilingual {
                ja: "作成".to_owned(),
                en: None,
            },
            items: Some(Bilingual {
                ja: prose("性別"),
                en: Some(prose("Sex")),
            }),
            purposes: None,
            method: None,
            recipients: None,
            notes: Some(Bilingual {
                ja: prose("健診結果から"),
                en: None,
            }),
        }
    }

    #[test]
    fn an_english_translation_added_later_is_not_a_change() {
        let old = entry();
        let mut new = entry();
        new.title.en = Some("Created".to_owned());
        if let Some(notes) = &mut new.notes {
            notes.en = Some(notes.ja.clone());
        }
        assert_eq!(changes(&old, &new), Vec::<&str>::new());
    }

    #[test]
    fn everything_else_is_a_change_named_by_its_key() {
        let old = entry();
        let mut new = entry();
        new.date = jiff::civil::date(2024, 6, 2);
        if let Some(items) = &mut new.items {
            items.en = None;
        }
        new.method = old.items.clone();
        new.notes = None;
        // A translation once published is as much the record as the
        // Japanese: taking it away is a change.
        assert_eq!(changes(&old, &new), ["date", "items", "method", "notes"]);
        // The other way round the English of items is added, which is not.
        assert_eq!(changes(&new, &old), ["date", "method", "notes"]);
    }
}
