//! The Atom and RSS feeds that announce changes of purpose, as the notice
//! promises (APPI Art. 21(3)): one entry per published revision that
//! changes the purposes of use, and the first revision as the notice's
//! publication, newest first. Feed readers need absolute URLs, so every
//! link here is built from `site.toml`'s base URL.

use askama::Template;
use atom_syndication as atom;

use super::change_words::{category_tags, group_name, group_tags, lagging, purpose_notes};
use super::links::absolute;
use super::locale;
use super::locale::group_words;
use super::sentences;
use super::view::filters;
use super::words::Words;
use crate::archive::Archive;
use crate::diff::{CategoryDiff, Mark, PurposeDiff, RevisionDiff, Status};
use crate::japan_time;
use crate::lang::Lang;
use crate::media_type;
use crate::messages::Arg;
use crate::messages::message_key;
use crate::render::locale::Locale;
use crate::render::locale::messages;
use crate::site_paths::{
    FeedFormat, api_revision_path, changes_path, feed_path, history_path, revision_path,
};
use crate::timeline::Timeline;

/// One announcement, the same in both formats: built once per language and
/// written as Atom and as RSS.
pub(crate) struct Announcement {
    pub(super) title: String,
    pub(super) link: String,
    /// Stable: the URL of the page it announces, which never moves.
    pub(super) id: String,
    /// The revision as open data, for machines following the feed.
    pub(super) data: String,
    pub(super) announced: jiff::civil::Date,
    pub(super) html: String,
    /// The revision's own page, when `link` is its changes page: set for
    /// the other documents' entries only, so the notice's feed reads as it
    /// always has.
    pub(super) page: Option<String>,
}

/// Which document an entry of the combined feed announces: an Atom
/// category (RSS: a category whose domain is the site's index of
/// documents) whose term is the document's page, which never moves.
pub(crate) struct DocumentTag {
    pub(super) term: String,
    pub(super) label: String,
    pub(super) scheme: String,
}

/// What a feed says of itself, the same in both formats.
pub(crate) struct FeedHead<'a> {
    pub(super) lang: &'a Locale<'a>,
    pub(super) title: String,
    /// Its author: the operator.
    pub(super) site_name: &'a str,
    /// The feed's own path in each format.
    pub(super) self_path: Box<dyn Fn(FeedFormat) -> String + 'a>,
    /// The page that lists what the feed announces.
    pub(super) page: String,
    /// RSS's channel description.
    pub(super) description: String,
    /// Atom's `updated` when nothing is announced yet.
    pub(super) updated_if_empty: jiff::civil::Date,
}

/// The HTML inside a feed entry. Feed readers drop style sheets, so the
/// marks are visible words, not visually hidden ones.
#[derive(Template)]
#[template(path = "feed_entry.html")]
struct EntryContent<'a> {
    note: &'a str,
    note_lang: Option<&'a str>,
    effective_line: String,
    summary: String,
    categories: Vec<CategoryChange<'a>>,
    /// The revision's seal, so a reader's archive of the feed can later
    /// be held against the site's record.
    digest_line: String,
    link: &'a str,
    link_text: &'a str,
}

struct CategoryChange<'a> {
    name: String,
    /// Set when the name is not in the feed's language (an untranslated one,
    /// or a change the translation did not follow).
    name_lang: Option<&'a str>,
    tags: Vec<&'a str>,
    /// One group without a name for a category that lists its purposes
    /// directly; for one in groups, the groups that changed.
    groups: Vec<GroupChange<'a>>,
}

struct GroupChange<'a> {
    /// The group's name and, when not in the feed's language, its language.
    name: Option<(String, Option<&'a str>)>,
    tags: Vec<&'a str>,
    purposes: Vec<PurposeChange<'a>>,
}

struct PurposeChange<'a> {
    parts: Vec<(Mark, &'a str)>,
    /// "Added: " / "Removed: " for a whole item, nothing for a reworded one.
    label: Option<&'a str>,
    lang: Option<&'a str>,
    /// Said of the change: a move between groups, an explanation changed,
    /// a change shown in Japanese because the translation lags.
    notes: Vec<String>,
}

pub(crate) fn announcements<'a>(
    archive: &Archive,
    timeline: &Timeline<'_>,
    lang: &'a Locale<'a>,
) -> Result<Vec<Announcement>, askama::Error> {
    let base = &archive.site.config.base_url;
    let words = locale::words(lang);
    timeline
        .newest_first()
        .filter(|entry| entry.is_first() || entry.revision.body.changes_purposes)
        .map(|entry| {
            let revision = entry.revision;
            let diff = archive.changes(entry.index, lang);
            let page = match diff {
                Some(_) => changes_path(lang, revision.effective),
                None => revision_path(lang, revision.effective),
            };
            let link = absolute(base, &page);
            let note = revision.note.get(lang);
            let content = EntryContent {
                note: note.value,
                note_lang: (note.lang != lang.lang).then(|| lang.tag_of(note.lang)),
                effective_line: messages(lang).message_with(
                    "feed-effective",
                    &[(
                        "date",
                        Arg::Text(&sentences::format_date(revision.effective, lang)),
                    )],
                ),
                summary: diff
                    .map(|d| sentences::summary_sentence(&d.summary(), lang))
                    .unwrap_or_default(),
                categories: diff
                    .map(|d| changed_categories(d, words, lang))
                    .unwrap_or_default(),
                digest_line: sentences::term_and_value(
                    &words.feed_digest,
                    &revision.seal.digest.to_string(),
                    lang,
                ),
                link: &link,
                link_text: if diff.is_some() {
                    &words.what_changed
                } else {
                    &words.read_version
                },
            };
            Ok(Announcement {
                title: entry_title(revision.effective, entry.is_first(), lang),
                id: link.clone(),
                data: absolute(base, &api_revision_path(revision.effective)),
                html: content.render()?,
                link,
                announced: revision.announced,
                page: None,
            })
        })
        .collect()
}

fn entry_title<'a>(effective: jiff::civil::Date, first: bool, lang: &'a Locale<'a>) -> String {
    let date = sentences::format_date(effective, lang);
    let key = if first {
        message_key("feed-notice-published")
    } else {
        message_key("feed-notice-revised")
    };
    messages(lang).message_with(key, &[("date", Arg::Text(&date))])
}

fn changed_categories<'a>(
    diff: &'a RevisionDiff,
    words: &'a Words,
    lang: &'a Locale<'a>,
) -> Vec<CategoryChange<'a>> {
    diff.purposes
        .categories
        .iter()
        .filter(|category| category.is_changed())
        .map(|category| category_change(category, words, lang))
        .collect()
}

fn category_change<'a>(
    category: &'a CategoryDiff,
    words: &'a Words,
    lang: &'a Locale<'a>,
) -> CategoryChange<'a> {
    let other = |text_lang: Lang| (text_lang != lang.lang).then(|| lang.tag_of(text_lang));
    let mut tags = category_tags(category, words);
    tags.extend(lagging(&category.name, words));
    CategoryChange {
        // A removed category is named as it was; any other as it is now.
        name: match category.status {
            Status::Removed => category.name.old_text(),
            _ => category.name.new_text(),
        },
        name_lang: other(match category.status {
            Status::Removed => category.name.old_lang,
            _ => category.name.lang,
        }),
        tags,
        groups: category
            .groups
            .iter()
            .filter(|group| group.name.is_none() || group.is_changed())
            .map(|group| GroupChange {
                name: group_name(group).map(|(name, name_lang)| (name, other(name_lang))),
                tags: group_tags(group, words),
                purposes: group
                    .purposes
                    .iter()
                    .filter(|purpose| announced(purpose))
                    .map(|purpose| {
                        let item = &purpose.item;
                        PurposeChange {
                            parts: item
                                .text
                                .fragments
                                .iter()
                                // A moved text reads as it is now.
                                .map(|f| {
                                    (
                                        if item.moved { Mark::Same } else { f.mark },
                                        f.text.as_str(),
                                    )
                                })
                                .collect(),
                            label: match (item.status, item.moved) {
                                (Status::Added, false) => Some(&words.added_prefix),
                                (Status::Removed, false) => Some(&words.removed_prefix),
                                _ => None,
                            },
                            lang: other(item.text.lang),
                            notes: purpose_notes(purpose, category, words, group_words(lang)),
                        }
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Whether a feed names a purpose: added, removed, reworded, moved to
/// another group (said once, where it went) or its explanation changed.
/// A move within its group changes no purpose.
fn announced(purpose: &PurposeDiff) -> bool {
    let item = &purpose.item;
    match (item.status, item.moved) {
        (Status::Same, _) => false,
        (Status::Added, true) => purpose.moved_across.is_some() || purpose.explanation_changed,
        (Status::Removed | Status::Changed, true) => false,
        (_, false) => true,
    }
}

/// `/{lang}/feed.atom`.
pub(crate) fn atom<'a>(
    archive: &Archive,
    announcements: &[Announcement],
    lang: &'a Locale<'a>,
) -> String {
    let entries: Vec<_> = announcements.iter().map(|a| (a, None)).collect();
    write_atom(
        &archive.site.config.base_url,
        &notice_head(archive, lang),
        &entries,
    )
}

/// `/{lang}/feed.rss`.
pub(crate) fn rss<'a>(
    archive: &Archive,
    announcements: &[Announcement],
    lang: &'a Locale<'a>,
) -> String {
    let entries: Vec<_> = announcements.iter().map(|a| (a, None)).collect();
    write_rss(
        &archive.site.config.base_url,
        &notice_head(archive, lang),
        &entries,
    )
}

fn notice_head<'a>(archive: &'a Archive, lang: &'a Locale<'a>) -> FeedHead<'a> {
    let site = &archive.site;
    let site_name = site.config.operator.name.get(lang).value;
    FeedHead {
        lang,
        title: sentences::feed_title(site_name, lang),
        site_name,
        self_path: Box::new(move |format| feed_path(lang, format)),
        page: history_path(lang),
        description: locale::words(lang).history_intro.to_owned(),
        updated_if_empty: site.first().announced,
    }
}

/// A feed in Atom 1.0 (RFC 4287), its entries in the order given, each
/// with the document it announces when the feed is the combined one.
pub(crate) fn write_atom(
    base: &str,
    head: &FeedHead<'_>,
    entries: &[(&Announcement, Option<&DocumentTag>)],
) -> String {
    let lang = head.lang;
    let date = |d: jiff::civil::Date| {
        atom::FixedDateTime::parse_from_rfc3339(&japan_time::rfc3339(d))
            .expect("japan_time::rfc3339 writes RFC 3339")
    };
    let self_url = absolute(base, &(head.self_path)(FeedFormat::Atom));
    let updated = entries
        .iter()
        .map(|(a, _)| a.announced)
        .max()
        .unwrap_or(head.updated_if_empty);
    let html_type = || Some(media_type::essence(media_type::HTML).to_owned());
    let feed = atom::Feed {
        title: atom::Text::plain(head.title.clone()),
        id: self_url.clone(),
        updated: date(updated),
        authors: vec![atom::Person {
            name: head.site_name.to_owned(),
            ..Default::default()
        }],
        links: vec![
            atom::Link {
                href: self_url,
                rel: "self".into(),
                mime_type: Some(FeedFormat::Atom.media_type().into()),
                ..Default::default()
            },
            atom::Link {
                href: absolute(base, &head.page),
                rel: "alternate".into(),
                mime_type: html_type(),
                hreflang: Some(lang.tag.as_str().into()),
                ..Default::default()
            },
        ],
        lang: Some(lang.tag.as_str().into()),
        entries: entries
            .iter()
            .map(|(a, tag)| atom::Entry {
                title: atom::Text::plain(a.title.clone()),
                id: a.id.clone(),
                updated: date(a.announced),
                published: Some(date(a.announced)),
                links: std::iter::once(atom::Link {
                    href: a.link.clone(),
                    rel: "alternate".into(),
                    mime_type: html_type(),
                    ..Default::default()
                })
                .chain(a.page.iter().map(|page| atom::Link {
                    href: page.clone(),
                    rel: "related".into(),
                    mime_type: html_type(),
                    ..Default::default()
                }))
                .chain(std::iter::once(atom::Link {
                    href: a.data.clone(),
                    rel: "related".into(),
                    mime_type: Some(media_type::JSON.into()),
                    ..Default::default()
                }))
                .collect(),
                categories: tag
                    .iter()
                    .map(|tag| atom::Category {
                        term: tag.term.clone(),
                        scheme: Some(tag.scheme.clone()),
                        label: Some(tag.label.clone()),
                    })
                    .collect(),
                content: Some(atom::Content {
                    value: Some(a.html.clone()),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    feed.to_string()
}

/// A feed in RSS 2.0, its entries in the order given.
pub(crate) fn write_rss(
    base: &str,
    head: &FeedHead<'_>,
    entries: &[(&Announcement, Option<&DocumentTag>)],
) -> String {
    let lang = head.lang;
    let last = entries.iter().map(|(a, _)| a.announced).max();
    let channel = rss::Channel {
        title: head.title.clone(),
        link: absolute(base, &head.page),
        description: head.description.clone(),
        language: Some(lang.tag.as_str().into()),
        pub_date: last.map(japan_time::rfc2822),
        last_build_date: last.map(japan_time::rfc2822),
        atom_ext: Some(rss::extension::atom::AtomExtension {
            links: vec![rss::extension::atom::Link {
                href: absolute(base, &(head.self_path)(FeedFormat::Rss)),
                rel: "self".into(),
                mime_type: Some(FeedFormat::Rss.media_type().into()),
                ..Default::default()
            }],
        }),
        items: entries
            .iter()
            .map(|(a, tag)| rss::Item {
                title: Some(a.title.clone()),
                link: Some(a.link.clone()),
                description: Some(a.html.clone()),
                guid: Some(rss::Guid {
                    value: a.id.clone(),
                    permalink: true,
                }),
                pub_date: Some(japan_time::rfc2822(a.announced)),
                categories: tag
                    .iter()
                    .map(|tag| rss::Category {
                        name: tag.label.clone(),
                        domain: Some(tag.scheme.clone()),
                    })
                    .collect(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    channel.to_string()
}
