//! `publications.toml`: the dated publications about anonymised and
//! pseudonymised information (APPI Art. 41(4), 43(3), 43(4), 44). Each
//! revision holds every entry published so far; an entry once published
//! is carried into every later revision unchanged, which `check` enforces
//! here and the seal and lock enforce for the revisions themselves; its
//! translation may be added later. An entry is published when the first
//! revision that holds it is announced, which the law times against the
//! entry's date ([`untimely`]): for pseudonymised information, against the
//! event the entry says its date is the day of (`event`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::civil::Date;
use toml::Spanned;

use super::super::{Builder, File, Located, is_valid_id};
use super::joint_use::WITHOUT_DELAY_DAYS;
use crate::content::Diagnostic;
use crate::content::diagnostic::Excerpt;
use crate::content::files::{EntryFile, PublicationsFile, TextFile};
use crate::content::layout::PUBLICATIONS_FILE;
use crate::content::markdown::Placement;
use crate::content::model::{
    Body, EntryEvent, EntryKind, Multilingual, PublicationEntry, Publications, Revision,
};

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
        let event = self.event(file, raw, kind);
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
            event: event?,
            title,
            items,
            purposes,
            method,
            recipients,
            notes,
        })
    }

    /// The optional `event` of an entry: one of [`EntryEvent::ALL`], and
    /// only on a `pseudonymised-purposes` entry, the one kind whose date
    /// may be the day of either of two events. `None` on an error (already
    /// reported), `Some(None)` where the entry does not say.
    fn event(
        &mut self,
        file: File<'_>,
        raw: &EntryFile,
        kind: Option<EntryKind>,
    ) -> Option<Option<EntryEvent>> {
        let Some(written) = &raw.event else {
            return Some(None);
        };
        let span = written.span();
        let written = written.get_ref();
        let Some(event) = EntryEvent::ALL
            .into_iter()
            .find(|event| event.name() == written)
        else {
            let events = EntryEvent::ALL.map(EntryEvent::name).join("\" or \"");
            self.push(
                file.error(span, format!("\"{written}\" is not an event a publication announces"))
                    .hint(format!("write \"{events}\": \"acquired\" when the date is the day the society acquired the pseudonymised information, \"purposes-changed\" when it is the day its purposes changed; for information the society made from its own personal information, leave event out: making it is not acquiring it (PPC Q&A 14-15)")),
            );
            return None;
        };
        match kind {
            Some(EntryKind::PseudonymisedPurposes) => Some(Some(event)),
            // An unknown kind is reported already; its event is not.
            None => None,
            Some(kind) => {
                self.push(
                    file.error(span, format!("the entry \"{}\" is {}, which has no event", raw.id.get_ref(), kind.name()))
                        .hint("remove the line event = …: only a pseudonymised-purposes entry says which event its date is the day of; the date of this kind is always the day the information was made or provided"),
                );
                None
            }
        }
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

    /// Each entry's timing ([`untimely`]), against the day the first
    /// revision that holds it is announced; `places` are each revision's,
    /// in the same order.
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
                let Some(diagnostic) = untimely(entry, revision.announced, &file) else {
                    continue;
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

/// How many days after a `pseudonymised-purposes` entry's date the
/// revision that first publishes it may be announced before `check` warns.
/// The law gives no number (速やかに for an acquisition, no time at all for
/// a change of purposes, see [`untimely`]); this is kohyo's default, not
/// the law's, the same as its [`WITHOUT_DELAY_DAYS`] for 遅滞なく so that
/// staff learn one number.
const PUBLISHED_WITHIN_DAYS: i32 = 14;

/// What `check` says of when an entry is published, the revision that
/// first holds it being announced on `announced`; `None` when in time.
/// - Anonymised information provided to others: before it is provided
///   (error otherwise). APPI Art. 43(4): 「匿名加工情報を作成して当該匿名加
///   工情報を第三者に提供するときは、…あらかじめ、第三者に提供される匿名加
///   工情報に含まれる個人に関する情報の項目及びその提供の方法について公表
///   する」; Art. 44 the same for information received from others. The
///   PPC's guideline (仮名加工情報・匿名加工情報編 3-2-5 ※2) asks for
///   「一般に十分に知らせるに足る期間」 and gives no number, so the day of
///   provision itself is too late.
/// - Anonymised information created: without delay after it is made (a
///   warning after [`WITHOUT_DELAY_DAYS`], kohyo's default, not the
///   law's). Enforcement Rules Art. 36(1): 「法第43条第3項の規定による公表
///   は、匿名加工情報を作成した後、遅滞なく、インターネットの利用その他の
///   適切な方法により行うものとする」, as quoted in the same guideline,
///   3-2-4, which gives no number of days either.
/// - Pseudonymised information acquired: its purposes in advance or
///   promptly after (a warning after [`PUBLISHED_WITHIN_DAYS`], kohyo's
///   default). Art. 21(1): 「個人情報取扱事業者は、個人情報を取得した場合
///   は、あらかじめその利用目的を公表している場合を除き、速やかに、その利
///   用目的を、本人に通知し、又は公表しなければならない」, which Art. 41(4)
///   reads for pseudonymised information with 「公表し」 alone. The PPC's
///   Q&A 14-15 says so too: 「個人情報である仮名加工情報を取得した場合に
///   は、あらかじめその利用目的を公表している場合を除き、原則として、速や
///   かにその利用目的を公表する必要があります」, and adds that making it
///   from one's own personal information is not 取得: 「仮名加工情報を作成
///   した時点で仮名加工情報の利用目的を公表する必要はありません」 (the
///   purposes of the personal information carry over).
/// - Purposes of pseudonymised information changed: Art. 21(3): 「個人情
///   報取扱事業者は、利用目的を変更した場合は、変更された利用目的につい
///   て、本人に通知し、又は公表しなければならない」, again read with
///   「公表し」 alone; Q&A 14-15: 「利用目的の変更を行った場合には、…変更
///   後の利用目的を公表する必要があります」. Neither says when: not
///   あらかじめ, not 速やかに. So announcing before the change is never an
///   error, and the warning after [`PUBLISHED_WITHIN_DAYS`] is kohyo's
///   default alone, for publication that would come too late to tell
///   anyone.
/// - A `pseudonymised-purposes` entry that does not say its event: nothing,
///   as before there was `event`; its date could be the day of either.
fn untimely(entry: &PublicationEntry, announced: Date, file: &Path) -> Option<Diagnostic> {
    let late = entry
        .date
        .until(announced)
        .map_or(0, |span| span.get_days());
    match (entry.kind, entry.event) {
        (EntryKind::AnonymisedProvided | EntryKind::AnonymisedPassedOn, _) if announced >= entry.date => {
            let law = if entry.kind == EntryKind::AnonymisedProvided {
                "APPI Art. 43(4)"
            } else {
                "APPI Art. 44"
            };
            Some(
                Diagnostic::error(
                    file,
                    format!(
                        "the entry \"{}\" ({}) is dated {}, but the revision that first publishes it is announced on {announced}",
                        entry.id,
                        entry.kind.name(),
                        entry.date
                    ),
                )
                .hint(format!("the items and the method of provision must be published before the information is provided ({law}: あらかじめ), early enough for the public to learn of it; set announced in revision.toml to a day before the entry's date, or give the entry the later day it will really be provided")),
            )
        }
        (EntryKind::AnonymisedCreated, _) if late > WITHOUT_DELAY_DAYS => Some(
            Diagnostic::warning(
                file,
                format!(
                    "the entry \"{}\" (anonymised-created) is dated {}, and the revision that first publishes it is announced {late} days later, on {announced}",
                    entry.id, entry.date
                ),
            )
            .hint(format!("the items must be published without delay after the information is made (Enforcement Rules Art. 36(1): 遅滞なく), and before it is used or provided; the law gives no number of days, and a warning after {WITHOUT_DELAY_DAYS} days is kohyo's default, not the law's: publish such an entry as soon as the information is made")),
        ),
        (EntryKind::PseudonymisedPurposes, Some(event)) if late > PUBLISHED_WITHIN_DAYS => {
            let hint = match event {
                EntryEvent::Acquired => format!("the purposes of pseudonymised information acquired must be published in advance or promptly after it is acquired (APPI Art. 21(1) as read by Art. 41(4): あらかじめ…公表している場合を除き、速やかに); the law gives no number of days, and a warning after {PUBLISHED_WITHIN_DAYS} days is kohyo's default, not the law's: publish such an entry before the information is acquired, or as soon as it is"),
                EntryEvent::PurposesChanged => format!("changed purposes of pseudonymised information must be published (APPI Art. 21(3) as read by Art. 41(4): 変更された利用目的について…公表); the law says no more of when, and a warning after {PUBLISHED_WITHIN_DAYS} days is kohyo's default, not the law's: publish such an entry before the changed purposes apply, or as soon as they do"),
            };
            Some(
                Diagnostic::warning(
                    file,
                    format!(
                        "the entry \"{}\" (pseudonymised-purposes, {}) is dated {}, and the revision that first publishes it is announced {late} days later, on {announced}",
                        entry.id,
                        event.name(),
                        entry.date
                    ),
                )
                .hint(hint),
            )
        }
        _ => None,
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
        // Said or not, the event is what the entry announced: stating it
        // later would tell the public something the published entry did
        // not, unlike a translation, and could not be timed anyway.
        ("event", old.event == new.event),
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
fn kept<T: PartialEq>(old: &Multilingual<T>, new: &Multilingual<T>) -> bool {
    old.ja == new.ja
        && old
            .translations()
            .all(|(lang, translation)| new.in_lang(lang) == Some(translation))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Severity;
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
            event: None,
            title: Multilingual::ja_en("作成".to_owned(), None),
            items: Some(Multilingual::ja_en(prose("性別"), Some(prose("Sex")))),
            purposes: None,
            method: None,
            recipients: None,
            notes: Some(Multilingual::ja_en(prose("健診結果から"), None)),
        }
    }

    #[test]
    fn an_english_translation_added_later_is_not_a_change() {
        let old = entry();
        let mut new = entry();
        *new.title.en_mut() = Some("Created".to_owned());
        if let Some(notes) = &mut new.notes {
            *notes.en_mut() = Some(notes.ja.clone());
        }
        assert_eq!(changes(&old, &new), Vec::<&str>::new());
    }

    #[test]
    fn everything_else_is_a_change_named_by_its_key() {
        let old = entry();
        let mut new = entry();
        new.date = jiff::civil::date(2024, 6, 2);
        if let Some(items) = &mut new.items {
            *items.en_mut() = None;
        }
        new.method = old.items.clone();
        new.notes = None;
        // A translation once published is as much the record as the
        // Japanese: taking it away is a change.
        assert_eq!(changes(&old, &new), ["date", "items", "method", "notes"]);
        // The other way round the English of items is added, which is not.
        assert_eq!(changes(&new, &old), ["date", "method", "notes"]);
    }

    fn pseudonymised(event: Option<EntryEvent>) -> PublicationEntry {
        PublicationEntry {
            kind: EntryKind::PseudonymisedPurposes,
            event,
            items: None,
            ..entry()
        }
    }

    /// What `check` says of `entry` first published in a revision
    /// announced `days` after its date (before it, when negative).
    fn said(entry: &PublicationEntry, days: i64) -> Option<(Severity, String)> {
        let announced = entry
            .date
            .checked_add(jiff::Span::new().days(days))
            .unwrap();
        untimely(entry, announced, Path::new("publications.toml"))
            .map(|diagnostic| (diagnostic.severity, diagnostic.message))
    }

    #[test]
    fn acquired_pseudonymised_information_is_published_in_advance_or_promptly() {
        let acquired = pseudonymised(Some(EntryEvent::Acquired));
        // あらかじめ公表している場合: any day before, and the day itself.
        assert_eq!(said(&acquired, -30), None);
        assert_eq!(said(&acquired, 0), None);
        // 速やかに: kohyo's default allows PUBLISHED_WITHIN_DAYS.
        assert_eq!(said(&acquired, 14), None);
        assert_eq!(
            said(&acquired, 15),
            Some((
                Severity::Warning,
                "the entry \"checkups\" (pseudonymised-purposes, acquired) is dated 2024-06-01, and the revision that first publishes it is announced 15 days later, on 2024-06-16".to_owned()
            ))
        );
    }

    #[test]
    fn changed_purposes_may_be_published_ahead_and_late_is_only_a_warning() {
        let changed = pseudonymised(Some(EntryEvent::PurposesChanged));
        assert_eq!(said(&changed, -1), None);
        assert_eq!(said(&changed, 14), None);
        let warning = untimely(&changed, jiff::civil::date(2024, 7, 1), Path::new("p.toml"));
        let warning = warning.expect("30 days after the change");
        assert_eq!(warning.severity, Severity::Warning);
        assert!(
            warning
                .message
                .contains("(pseudonymised-purposes, purposes-changed)")
        );
        // The hint says the law sets no time and whose the 14 days are.
        let hint = warning.hint.unwrap_or_default();
        assert!(
            hint.contains("APPI Art. 21(3) as read by Art. 41(4)"),
            "{hint}"
        );
        assert!(hint.contains("kohyo's default, not the law's"), "{hint}");
    }

    #[test]
    fn pseudonymised_purposes_without_an_event_are_not_timed() {
        // Its date could be the day of either event: as before `event`.
        assert_eq!(said(&pseudonymised(None), 365), None);
    }

    #[test]
    fn the_anonymised_kinds_are_timed_as_before() {
        assert_eq!(said(&entry(), 14), None);
        assert_eq!(
            said(&entry(), 15).map(|(severity, _)| severity),
            Some(Severity::Warning)
        );
        let provided = PublicationEntry {
            kind: EntryKind::AnonymisedProvided,
            ..entry()
        };
        assert_eq!(said(&provided, -1), None);
        assert_eq!(
            said(&provided, 0).map(|(severity, _)| severity),
            Some(Severity::Error)
        );
    }

    #[test]
    fn an_event_stated_later_or_changed_is_a_change() {
        let unsaid = pseudonymised(None);
        let acquired = pseudonymised(Some(EntryEvent::Acquired));
        let changed = pseudonymised(Some(EntryEvent::PurposesChanged));
        assert_eq!(changes(&unsaid, &acquired), ["event"]);
        assert_eq!(changes(&acquired, &changed), ["event"]);
        assert_eq!(changes(&acquired, &unsaid), ["event"]);
        assert_eq!(changes(&acquired, &acquired.clone()), Vec::<&str>::new());
    }
}
