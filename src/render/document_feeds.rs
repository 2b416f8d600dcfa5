//! The feeds of the documents besides the notice, and the combined feed
//! of every document. What each feed announces:
//!
//! - `/{lang}/feed.atom|rss` (`feeds.rs`), unchanged: the notice's
//!   publication and its revisions that change the purposes of use
//!   (APPI Art. 21(3)), and nothing of the other documents.
//! - `/{lang}/{id}/feed.atom|rss`: every published revision of that
//!   document, newest first, from the day it is announced: the first as
//!   the document's publication, each later one as a revision, linked to
//!   what it changed and to its full text. Every revision is announced,
//!   because each is something the law wants made knowable (a joint use's
//!   change, Art. 27(6); a new publication, Art. 43(3)/(4); a policy
//!   changed), and nothing finer is recorded to tell them apart.
//! - `/{lang}/documents/feed.atom|rss`, only on a site with documents:
//!   the notice's entries exactly as its own feed has them and every
//!   document's, newest first by announcement, each with a category that
//!   names its document (its page's address and its title). An entry has
//!   the same id in the combined feed as in its document's own feed, so a
//!   reader that follows both sees it once.
//!
//! Feed readers need absolute URLs, so every link is built from
//! `site.toml`'s base URL.

use askama::Template;
use axum::body::Bytes;
use jiff::civil::Date;

use super::feeds::{self, Announcement, DocumentTag, FeedHead};
use super::links::{absolute, relative};
use super::locale;
use super::published::PublishedDocument;
use super::sentences;
use super::view::{Chrome, FeedLink, filters};
use crate::archive::Archive;
use crate::content::{Body, Revision};
use crate::messages::Arg;
use crate::messages::message_key;
use crate::render::locale::Locale;
use crate::render::locale::messages;
use crate::resource::Resource;
use crate::site_paths::{
    FeedFormat, api_document_revision_path, combined_feed_path, document_changes_path,
    document_feed_path, document_history_path, document_path, document_revision_path,
    documents_index_path, notice_path,
};
use crate::timeline::{Entry, Timeline};

/// The HTML inside a document's feed entry.
#[derive(Template)]
#[template(path = "document_feed_entry.html")]
struct EntryContent<'a> {
    note: &'a str,
    note_lang: Option<&'a str>,
    effective_line: String,
    announced_line: String,
    /// What the revision changed, in one line; empty for the first.
    summary: String,
    digest_line: String,
    links: Vec<AbsoluteLink<'a>>,
}

struct AbsoluteLink<'a> {
    href: String,
    text: &'a str,
}

/// Every feed of the documents in `lang` (theirs and the combined one),
/// by path; nothing for a site without documents.
pub(crate) fn resources<'a>(
    archive: &Archive,
    timeline: &Timeline<'_>,
    documents: &[PublishedDocument<'_>],
    lang: &'a Locale<'a>,
) -> Result<Vec<(String, Resource)>, askama::Error> {
    let site = &archive.site;
    if site.documents.is_empty() {
        return Ok(Vec::new());
    }
    let base = &site.config.base_url;
    let site_name = site.config.operator.name.get(lang).value;
    let index = absolute(base, &documents_index_path(lang));
    let mut resources = Vec::new();
    let notice = feeds::announcements(archive, timeline, lang)?;
    let notice_tag = DocumentTag {
        term: absolute(base, &notice_path(lang)),
        label: timeline.shown().revision.title.get(lang).value.to_owned(),
        scheme: index.clone(),
    };
    let mut combined: Vec<(&Announcement, Option<&DocumentTag>)> =
        notice.iter().map(|a| (a, Some(&notice_tag))).collect();
    let per_document: Vec<(Vec<Announcement>, DocumentTag)> = documents
        .iter()
        .map(|published| {
            let id = &published.document.id;
            let tag = DocumentTag {
                term: absolute(base, &document_path(lang, id)),
                label: published.title().get(lang).value.to_owned(),
                scheme: index.clone(),
            };
            Ok((announcements(archive, published, lang)?, tag))
        })
        .collect::<Result<_, askama::Error>>()?;
    for (published, (announcements, tag)) in documents.iter().zip(&per_document) {
        let id = &published.document.id;
        let entries: Vec<_> = announcements.iter().map(|a| (a, None)).collect();
        let head = FeedHead {
            lang,
            title: document_feed_title(site_name, &tag.label, lang),
            site_name,
            self_path: Box::new(move |format| document_feed_path(lang, id, format)),
            page: document_history_path(lang, id),
            description: messages(lang).message_with(
                "document-feed-description",
                &[("title", Arg::Text(&tag.label))],
            ),
            updated_if_empty: published.document.revisions[0].announced,
        };
        resources.extend(feed_resources(base, &head, &entries));
        combined.extend(announcements.iter().map(|a| (a, Some(tag))));
    }
    // Stable: within a day, the site's order of documents, each newest first.
    combined.sort_by_key(|(a, _)| std::cmp::Reverse(a.announced));
    let head = FeedHead {
        lang,
        title: combined_feed_title(site_name, lang),
        site_name,
        self_path: Box::new(move |format| combined_feed_path(lang, format)),
        page: documents_index_path(lang),
        description: messages(lang).message("combined-feed-description"),
        updated_if_empty: site.first().announced,
    };
    resources.extend(feed_resources(base, &head, &combined));
    Ok(resources)
}

fn feed_resources(
    base: &str,
    head: &FeedHead<'_>,
    entries: &[(&Announcement, Option<&DocumentTag>)],
) -> Vec<(String, Resource)> {
    FeedFormat::ALL
        .into_iter()
        .map(|format| {
            let body = match format {
                FeedFormat::Atom => feeds::write_atom(base, head, entries),
                FeedFormat::Rss => feeds::write_rss(base, head, entries),
            };
            (
                (head.self_path)(format),
                Resource::new(format.content_type(), Bytes::from(body)),
            )
        })
        .collect()
}

/// One announcement per published revision of a document, newest first.
fn announcements<'a>(
    archive: &Archive,
    published: &PublishedDocument<'_>,
    lang: &'a Locale<'a>,
) -> Result<Vec<Announcement>, askama::Error> {
    let base = &archive.site.config.base_url;
    let id = &published.document.id;
    let words = locale::words(lang);
    published
        .timeline
        .newest_first()
        .map(|entry: &Entry<'_, Body>| {
            let revision: &Revision<Body> = entry.revision;
            let effective = revision.effective;
            let page = absolute(base, &document_revision_path(lang, id, effective));
            let changes = (!entry.is_first())
                .then(|| absolute(base, &document_changes_path(lang, id, effective)));
            let link = changes.clone().unwrap_or_else(|| page.clone());
            let note = revision.note.get(lang);
            let links = changes
                .iter()
                .map(|href| AbsoluteLink {
                    href: href.clone(),
                    text: &words.what_changed,
                })
                .chain(std::iter::once(AbsoluteLink {
                    href: page.clone(),
                    text: &words.read_version,
                }))
                .collect();
            let content = EntryContent {
                note: note.value,
                note_lang: (note.lang != lang.lang).then(|| lang.tag_of(note.lang)),
                effective_line: sentences::term_and_value(
                    &words.effective,
                    &sentences::format_date(effective, lang),
                    lang,
                ),
                announced_line: sentences::term_and_value(
                    &words.announced,
                    &sentences::format_date(revision.announced, lang),
                    lang,
                ),
                digest_line: sentences::term_and_value(
                    &words.feed_digest,
                    &revision.seal.digest.to_string(),
                    lang,
                ),
                summary: archive
                    .document_changes(published.index, entry.index, lang)
                    .map(|diff| sentences::document_summary_sentence(&diff.summary(), lang))
                    .unwrap_or_default(),
                links,
            };
            Ok(Announcement {
                title: entry_title(
                    revision.title.get(lang).value,
                    effective,
                    revision.announced,
                    entry.is_first(),
                    lang,
                ),
                id: link.clone(),
                data: absolute(base, &api_document_revision_path(id, effective)),
                html: content.render()?,
                link,
                announced: revision.announced,
                page: changes.is_some().then_some(page),
            })
        })
        .collect()
}

/// An entry's title, which names the document: 「個人情報保護に関する基本方針」を改定します（2024年12月2日施行）.
fn entry_title<'a>(
    title: &str,
    effective: Date,
    announced: Date,
    first: bool,
    lang: &'a Locale<'a>,
) -> String {
    let date = sentences::format_date(effective, lang);
    let key = match first {
        true => message_key("document-feed-published"),
        false if announced < effective => message_key("document-feed-revising"),
        // A joint use's change of its responsible person's address may be
        // announced on or after the day it applies (APPI Art. 27(6)).
        false => message_key("document-feed-revised"),
    };
    messages(lang).message_with(
        key,
        &[("title", Arg::Text(title)), ("date", Arg::Text(&date))],
    )
}

fn document_feed_title<'a>(site_name: &str, title: &str, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with(
        "document-feed-title",
        &[("site", Arg::Text(site_name)), ("title", Arg::Text(title))],
    )
}

fn combined_feed_title<'a>(site_name: &str, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with("combined-feed-title", &[("site", Arg::Text(site_name))])
}

/// The combined feed, announced for autodiscovery on every page at
/// `here` of a site with documents.
pub(crate) fn combined_feed_links<'a>(
    here: &str,
    site_name: &str,
    lang: &'a Locale<'a>,
) -> Vec<FeedLink> {
    feed_links(
        here,
        &|format| combined_feed_path(lang, format),
        combined_feed_title(site_name, lang),
        lang,
    )
}

/// Adds a document's own feeds, ahead of the combined feed, to what
/// `chrome` announces on that document's pages (`here`).
pub(crate) fn announce_document_feeds<'a>(
    chrome: &mut Chrome<'_>,
    here: &str,
    id: &str,
    title: &str,
    lang: &'a Locale<'a>,
) {
    let own = document_feed_links(here, id, chrome.site_name.text, title, lang);
    chrome.more_feeds.splice(0..0, own);
}

/// A document's own feed, announced for autodiscovery on its pages.
fn document_feed_links<'a>(
    here: &str,
    id: &str,
    site_name: &str,
    title: &str,
    lang: &'a Locale<'a>,
) -> Vec<FeedLink> {
    feed_links(
        here,
        &|format| document_feed_path(lang, id, format),
        document_feed_title(site_name, title, lang),
        lang,
    )
}

fn feed_links<'a>(
    here: &str,
    path: &dyn Fn(FeedFormat) -> String,
    title: String,
    lang: &'a Locale<'a>,
) -> Vec<FeedLink> {
    FeedFormat::ALL
        .into_iter()
        .map(|format| FeedLink {
            href: relative(here, &path(format)),
            media_type: format.media_type(),
            title: title.clone(),
            text: match format {
                FeedFormat::Atom => locale::words(lang).feed_atom.clone(),
                FeedFormat::Rss => locale::words(lang).feed_rss.clone(),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::locale::testing::{english as en, japanese as ja};

    #[test]
    fn a_documents_pages_announce_its_feed_relative_to_where_they_are() {
        let links = document_feed_links(
            "/en/joint-use/history/2025-06-27/",
            "joint-use",
            "Sample Health Insurance Society",
            "Joint Use of Personal Data",
            en(),
        );
        let seen: Vec<(&str, &str, &str)> = links
            .iter()
            .map(|l| (l.href.as_str(), l.media_type, l.title.as_str()))
            .collect();
        let title =
            "Sample Health Insurance Society: announcements of “Joint Use of Personal Data”";
        assert_eq!(
            seen,
            [
                ("../../feed.atom", "application/atom+xml", title),
                ("../../feed.rss", "application/rss+xml", title),
            ]
        );
    }

    #[test]
    fn every_page_announces_the_combined_feed() {
        let links = combined_feed_links("/ja/history/", "サンプル健康保険組合", ja());
        assert_eq!(links[0].href, "../documents/feed.atom");
        assert_eq!(
            links[0].title,
            "サンプル健康保険組合：公表している文書のお知らせ"
        );
        assert_eq!(links[1].href, "../documents/feed.rss");
    }

    #[test]
    fn an_entry_title_names_the_document_and_says_when() {
        let effective = jiff::civil::date(2025, 6, 27);
        let title = "個人データの共同利用について";
        assert_eq!(
            entry_title(title, effective, effective, true, ja()),
            "「個人データの共同利用について」を公表しました（2025年6月27日施行）"
        );
        assert_eq!(
            entry_title(title, effective, jiff::civil::date(2025, 6, 1), false, ja()),
            "「個人データの共同利用について」を改定します（2025年6月27日施行）"
        );
        assert_eq!(
            entry_title(title, effective, jiff::civil::date(2025, 7, 2), false, ja()),
            "「個人データの共同利用について」を改定しました（2025年6月27日施行）"
        );
        assert_eq!(
            entry_title("Joint Use", effective, effective, false, en()),
            "Joint Use: revised, in effect from 27 June 2025"
        );
    }
}
