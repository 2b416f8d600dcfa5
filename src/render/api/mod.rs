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
use crate::content::{Contact, Multilingual, Operator, Prose, Section};
use crate::lang::{Language, Languages};
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
    role: Option<&'a str>,
    title: Both<'a, &'a str>,
    body: Both<'a, ProseJson<'a>>,
}

#[derive(Serialize)]
struct OperatorJson<'a> {
    name: Both<'a, &'a str>,
    address: Both<'a, &'a str>,
    representative: Both<'a, &'a str>,
}

#[derive(Serialize)]
struct ContactJson<'a> {
    desk: Both<'a, &'a str>,
    address: Both<'a, &'a str>,
    /// The number(s) as one text, as it always was.
    phone: &'a str,
    phones: Vec<PhoneJson<'a>>,
    email: Option<&'a str>,
    hours: Option<Both<'a, &'a str>>,
}

#[derive(Serialize)]
struct PhoneJson<'a> {
    number: &'a str,
    tel: Option<&'a str>,
    label: Option<Both<'a, &'a str>>,
    extension: Option<&'a str>,
    fax: bool,
}

/// A text in Japanese and in each other language of the site, by tag,
/// `null` until translated: `{"ja": …, "en": …, "vi": null}`. Unlike the
/// pages, nothing falls back: a program can tell a missing translation.
struct Both<'l, T> {
    ja: T,
    translations: Vec<(&'l str, Option<T>)>,
}

impl<T: Serialize> Serialize for Both<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1 + self.translations.len()))?;
        map.serialize_entry("ja", &self.ja)?;
        for (tag, value) in &self.translations {
            map.serialize_entry(tag, value)?;
        }
        map.end()
    }
}

/// Makes the texts of the JSON documents in the site's languages.
#[derive(Clone, Copy)]
struct Texts<'l>(&'l Languages);

impl<'l> Texts<'l> {
    fn of<'a, S, T>(self, value: &'a Multilingual<S>, view: impl Fn(&'a S) -> T) -> Both<'l, T> {
        Both {
            ja: view(&value.ja),
            translations: self
                .0
                .translations()
                .map(|language| {
                    (
                        language.tag.as_str(),
                        value.in_lang(language.lang).map(&view),
                    )
                })
                .collect(),
        }
    }

    fn text(self, value: &Multilingual<String>) -> Both<'l, &str> {
        self.of(value, String::as_str)
    }

    fn prose(self, value: &Multilingual<Prose>) -> Both<'l, ProseJson<'_>> {
        self.of(value, |prose| ProseJson {
            markdown: &prose.source,
            html: &prose.html,
        })
    }
}

/// Markdown as written and as the pages show it (sanitised HTML).
#[derive(Serialize)]
struct ProseJson<'a> {
    markdown: &'a str,
    html: &'a str,
}

/// A page's absolute URL in each language, by tag.
struct PerLanguage(Vec<(String, String)>);

impl Serialize for PerLanguage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (tag, url) in &self.0 {
            map.serialize_entry(tag, url)?;
        }
        map.end()
    }
}

impl<'a> Api<'a, '_> {
    fn url(&self, path: &str) -> String {
        absolute(self.base_url, path)
    }

    fn pages(&self, path_in: impl Fn(&Language) -> String) -> PerLanguage {
        PerLanguage(
            self.archive
                .site
                .config
                .languages
                .iter()
                .map(|language| (language.tag.clone(), self.url(&path_in(language))))
                .collect(),
        )
    }

    /// The texts of the JSON documents, in the site's languages.
    fn texts(&self) -> Texts<'a> {
        Texts(&self.archive.site.config.languages)
    }

    fn as_of(&self) -> String {
        self.as_of.to_string()
    }

    fn notice(&self) -> NoticeDocument<'a> {
        let site = &self.archive.site;
        NoticeDocument {
            as_of: self.as_of(),
            first_published: site.first().effective.to_string(),
            operator: operator(&site.config.operator, self.texts()),
            contact: contact(&site.config.contact, self.texts()),
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
            operator: operator(&site.config.operator, self.texts()),
            contact: contact(&site.config.contact, self.texts()),
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
            purposes: purposes(&entry.revision.body.purposes, self.texts()),
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

fn section<'a>(section: &'a Section, texts: Texts<'a>) -> SectionJson<'a> {
    SectionJson {
        id: &section.id,
        role: section.role.map(|role| role.name()),
        title: texts.text(&section.title),
        body: texts.prose(&section.body),
    }
}

fn operator<'a>(operator: &'a Operator, texts: Texts<'a>) -> OperatorJson<'a> {
    OperatorJson {
        name: texts.text(&operator.name),
        address: texts.text(&operator.address),
        representative: texts.text(&operator.representative),
    }
}

fn contact<'a>(contact: &'a Contact, texts: Texts<'a>) -> ContactJson<'a> {
    ContactJson {
        desk: texts.text(&contact.desk),
        address: texts.text(&contact.address),
        phone: &contact.phone,
        phones: contact
            .phones
            .iter()
            .map(|phone| PhoneJson {
                number: &phone.number,
                tel: phone.tel.as_deref(),
                label: phone.label.as_ref().map(|text| texts.text(text)),
                extension: phone.extension.as_deref(),
                fax: phone.fax,
            })
            .collect(),
        email: contact.email.as_deref(),
        hours: contact.hours.as_ref().map(|text| texts.text(text)),
    }
}
