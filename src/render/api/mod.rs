//! The open data: the notice and its whole public record as JSON, for
//! anyone who wants to read, compare or archive it with a program rather
//! than a browser, and each published revision's source files verbatim, so
//! that anyone can recompute the revision's digest (`content::integrity`)
//! and check that the record was not rewritten.
//!
//! The documents hold both languages at once and are made from types of
//! their own (`*Document`, `*Json`), not the pages' views, so that their field names are a contract (`schemas/`,
//! served under `/api/v1/schemas/`) that refactoring the site model cannot
//! break by accident. Like everything else they are rendered once per date,
//! and only from the timeline: a revision not yet announced is in none of
//! them, and its files are not served.

mod documents;
mod problem;
mod purposes;
mod revision;

use jiff::civil::Date;
use serde::Serialize;

pub(crate) use self::problem::{Problem, not_found};
use self::purposes::{PurposesJson, purposes};
use self::revision::{Record, RevisionDocument, RevisionEntry};
use super::links::absolute;
use super::published::PublishedDocument;
use crate::archive::Archive;
use crate::content::{Bilingual, Contact, Operator, Prose, Section};
use crate::lang::Lang;
use crate::media_type::{JSON, PLAIN_TEXT};
use crate::resource::Resource;
use crate::site_paths::{
    api_notice_path, api_revision_file_path, api_revision_path, api_revisions_path,
    api_schema_path, history_path, notice_path,
};
use crate::timeline::{Entry, Standing, Timeline};

const NOTICE_SCHEMA: &str = "notice.schema.json";
const REVISIONS_SCHEMA: &str = "revisions.schema.json";
const REVISION_SCHEMA: &str = "revision.schema.json";
const PROBLEM_SCHEMA: &str = "problem.schema.json";

/// The schemas as committed, served beside the documents they describe
/// (their `$ref`s between each other are relative, so they resolve there).
const SCHEMAS: [(&str, &str); 4] = [
    (
        NOTICE_SCHEMA,
        include_str!("../../../schemas/notice.schema.json"),
    ),
    (
        REVISIONS_SCHEMA,
        include_str!("../../../schemas/revisions.schema.json"),
    ),
    (
        REVISION_SCHEMA,
        include_str!("../../../schemas/revision.schema.json"),
    ),
    (
        PROBLEM_SCHEMA,
        include_str!("../../../schemas/problem.schema.json"),
    ),
];

/// Every open-data resource as of the timeline's date, by URL path.
pub(crate) fn resources(
    archive: &Archive,
    timeline: &Timeline<'_>,
    documents: &[PublishedDocument<'_>],
    as_of: Date,
) -> Vec<(String, Resource)> {
    let api = Api {
        archive,
        timeline,
        as_of,
        base_url: &archive.site.config.base_url,
    };
    let mut resources = vec![
        (api_notice_path(), json(&api.notice())),
        (api_revisions_path(), json(&api.revisions())),
    ];
    for entry in &timeline.entries {
        let effective = entry.revision.effective;
        resources.push((api_revision_path(effective), json(&api.revision(entry))));
        for file in &entry.revision.seal.files {
            resources.push((
                api_revision_file_path(effective, &file.name),
                Resource::new(PLAIN_TEXT, file.text.clone()),
            ));
        }
    }
    for (name, text) in SCHEMAS {
        resources.push((api_schema_path(name), Resource::new(JSON, text)));
    }
    // A site without documents serves exactly what it always did.
    if !archive.site.documents.is_empty() {
        resources.extend(documents::resources(&api, documents));
    }
    resources
}

/// Pretty-printed: people read open data in a browser too, and compression
/// takes back most of the white space.
fn json(document: &impl Serialize) -> Resource {
    let mut text =
        serde_json::to_string_pretty(document).expect("the documents have only string keys");
    text.push('\n');
    Resource::new(JSON, text)
}

struct Api<'a, 't> {
    archive: &'a Archive,
    timeline: &'t Timeline<'a>,
    as_of: Date,
    base_url: &'a str,
}

/// `/api/v1/notice.json`.
#[derive(Serialize)]
struct NoticeDocument<'a> {
    as_of: String,
    first_published: String,
    operator: OperatorJson<'a>,
    contact: ContactJson<'a>,
    /// The revision in effect: the same document as its own URL serves;
    /// `null` while the first revision is announced but not yet in effect
    /// (it is then the first of `upcoming`).
    revision: Option<NoticeRevision<'a>>,
    upcoming: Vec<NoticeEntry<'a>>,
    links: NoticeLinks,
}

#[derive(Serialize)]
struct NoticeLinks {
    #[serde(rename = "self")]
    this: String,
    schema: String,
    revisions: String,
    html: PerLanguage,
}

/// `/api/v1/revisions.json`.
#[derive(Serialize)]
struct RevisionsDocument<'a> {
    as_of: String,
    /// `None` while nothing is in effect yet.
    current: Option<String>,
    operator: OperatorJson<'a>,
    contact: ContactJson<'a>,
    /// Newest first, as the history page lists them.
    revisions: Vec<NoticeEntry<'a>>,
    links: RevisionsLinks,
}

#[derive(Serialize)]
struct RevisionsLinks {
    #[serde(rename = "self")]
    this: String,
    schema: String,
    notice: String,
    html: PerLanguage,
}

/// What the notice's revisions say in their summary besides what every
/// revision does.
#[derive(Serialize)]
struct NoticeFlags {
    changes_purposes: bool,
}

/// The notice's body: its purposes table.
#[derive(Serialize)]
struct NoticeBody<'a> {
    purposes: PurposesJson<'a>,
}

/// `/api/v1/revisions/{date}.json`.
type NoticeRevision<'a> = RevisionDocument<'a, (), NoticeFlags, NoticeBody<'a>>;

/// One revision of the notice in a list.
type NoticeEntry<'a> = RevisionEntry<'a, NoticeFlags>;

#[derive(Serialize)]
struct SectionJson<'a> {
    id: &'a str,
    role: Option<&'static str>,
    title: Both<&'a str>,
    body: Both<ProseJson<'a>>,
}

#[derive(Serialize)]
struct OperatorJson<'a> {
    name: Both<&'a str>,
    address: Both<&'a str>,
    representative: Both<&'a str>,
}

#[derive(Serialize)]
struct ContactJson<'a> {
    desk: Both<&'a str>,
    address: Both<&'a str>,
    /// The number(s) as one text, as it always was.
    phone: &'a str,
    phones: Vec<PhoneJson<'a>>,
    email: Option<&'a str>,
    hours: Option<Both<&'a str>>,
}

#[derive(Serialize)]
struct PhoneJson<'a> {
    number: &'a str,
    tel: Option<&'a str>,
    label: Option<Both<&'a str>>,
    extension: Option<&'a str>,
    fax: bool,
}

/// A text in Japanese and, `null` until translated, English. Unlike the
/// pages, nothing falls back: a program can tell a missing translation.
#[derive(Serialize)]
struct Both<T> {
    ja: T,
    en: Option<T>,
}

impl<T> Both<T> {
    fn of<'a, S>(value: &'a Bilingual<S>, view: impl Fn(&'a S) -> T) -> Both<T> {
        Both {
            ja: view(&value.ja),
            en: value.en.as_ref().map(view),
        }
    }
}

fn text(value: &Bilingual<String>) -> Both<&str> {
    Both::of(value, String::as_str)
}

/// Markdown as written and as the pages show it (sanitised HTML).
#[derive(Serialize)]
struct ProseJson<'a> {
    markdown: &'a str,
    html: &'a str,
}

fn prose(value: &Bilingual<Prose>) -> Both<ProseJson<'_>> {
    Both::of(value, |prose| ProseJson {
        markdown: &prose.source,
        html: &prose.html,
    })
}

/// A page's absolute URL in each language.
#[derive(Serialize)]
struct PerLanguage {
    ja: String,
    en: String,
}

impl<'a> Api<'a, '_> {
    fn url(&self, path: &str) -> String {
        absolute(self.base_url, path)
    }

    fn pages(&self, path_in: impl Fn(Lang) -> String) -> PerLanguage {
        PerLanguage {
            ja: self.url(&path_in(Lang::Ja)),
            en: self.url(&path_in(Lang::En)),
        }
    }

    fn as_of(&self) -> String {
        self.as_of.to_string()
    }

    fn notice(&self) -> NoticeDocument<'a> {
        let site = &self.archive.site;
        NoticeDocument {
            as_of: self.as_of(),
            first_published: site.first().effective.to_string(),
            operator: operator(&site.config.operator),
            contact: contact(&site.config.contact),
            revision: self.timeline.current().map(|entry| self.revision(entry)),
            upcoming: self
                .timeline
                .upcoming()
                .iter()
                .map(|entry| self.entry(entry))
                .collect(),
            links: NoticeLinks {
                this: self.url(&api_notice_path()),
                schema: self.url(&api_schema_path(NOTICE_SCHEMA)),
                revisions: self.url(&api_revisions_path()),
                html: self.pages(notice_path),
            },
        }
    }

    fn revisions(&self) -> RevisionsDocument<'a> {
        let site = &self.archive.site;
        RevisionsDocument {
            as_of: self.as_of(),
            current: self
                .timeline
                .current()
                .map(|entry| entry.revision.effective.to_string()),
            operator: operator(&site.config.operator),
            contact: contact(&site.config.contact),
            revisions: self
                .timeline
                .newest_first()
                .map(|entry| self.entry(entry))
                .collect(),
            links: RevisionsLinks {
                this: self.url(&api_revisions_path()),
                schema: self.url(&api_schema_path(REVISIONS_SCHEMA)),
                notice: self.url(&api_notice_path()),
                html: self.pages(history_path),
            },
        }
    }

    fn entry(&self, entry: &Entry<'a>) -> NoticeEntry<'a> {
        self.entry_of(Record::Notice, entry, notice_flags(entry))
    }

    fn revision(&self, entry: &Entry<'a>) -> NoticeRevision<'a> {
        let body = NoticeBody {
            purposes: purposes(&entry.revision.body.purposes),
        };
        self.revision_of(
            Record::Notice,
            self.timeline,
            entry,
            (),
            notice_flags(entry),
            body,
        )
    }
}

fn notice_flags(entry: &Entry<'_>) -> NoticeFlags {
    NoticeFlags {
        changes_purposes: entry.revision.body.changes_purposes,
    }
}

/// The words the documents use for where a revision stands.
fn status(standing: Standing) -> &'static str {
    match standing {
        Standing::Archived => "past",
        Standing::Current => "current",
        Standing::Upcoming => "upcoming",
    }
}

fn section(section: &Section) -> SectionJson<'_> {
    SectionJson {
        id: &section.id,
        role: section.role.map(|role| role.name()),
        title: text(&section.title),
        body: prose(&section.body),
    }
}

fn operator(operator: &Operator) -> OperatorJson<'_> {
    OperatorJson {
        name: text(&operator.name),
        address: text(&operator.address),
        representative: text(&operator.representative),
    }
}

fn contact(contact: &Contact) -> ContactJson<'_> {
    ContactJson {
        desk: text(&contact.desk),
        address: text(&contact.address),
        phone: &contact.phone,
        phones: contact
            .phones
            .iter()
            .map(|phone| PhoneJson {
                number: &phone.number,
                tel: phone.tel.as_deref(),
                label: phone.label.as_ref().map(text),
                extension: phone.extension.as_deref(),
                fax: phone.fax,
            })
            .collect(),
        email: contact.email.as_deref(),
        hours: contact.hours.as_ref().map(text),
    }
}
