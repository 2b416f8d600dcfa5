//! The notice page: one revision of the notice in one language, with the
//! dates that say which version it is, a table of contents, the purposes
//! table, the prose sections and the operator's contact details.

use askama::Template;

use super::purposes_table::{self, RowView};
use super::view::filters;
use super::view::{Chrome, DateRow, Link, Localized};
use crate::content::{Contact, Operator, Revision, Site};
use crate::render::locale::Locale;

/// The current notice at `/{lang}/`, or one revision at
/// `/{lang}/history/{date}/` with a banner saying which version it is.
#[derive(Template)]
#[template(path = "notice.html")]
pub(crate) struct NoticePage<'a> {
    pub chrome: Chrome<'a>,
    pub banner: Option<Banner<'a>>,
    pub upcoming: Vec<UpcomingView<'a>>,
    pub notice: NoticeView<'a>,
    /// On revision pages: the seal, so readers can check the record.
    pub record: Option<RecordView>,
}

/// A revision's digest, the one it is chained to, and its files, at the
/// foot of its page.
pub(crate) struct RecordView {
    pub digest: String,
    /// The previous revision's digest and page; `None` for the first.
    pub previous: Option<(String, Link)>,
    pub files: Vec<Link>,
    pub data: Link,
}

/// Says, on a revision page, whether the version shown is archived,
/// current or upcoming, and leads to the current notice; on the notice page
/// before the first revision takes effect, from when it applies.
pub(crate) struct Banner<'a> {
    pub standing: &'a str,
    pub sentence: String,
    /// The notice page, from any other page.
    pub current: Option<Link>,
}

/// The announcement of a revision not yet in effect, near the top of the
/// current notice (APPI Art. 21(3): changed purposes are made public).
pub(crate) struct UpcomingView<'a> {
    pub sentence: String,
    pub note: Localized<'a>,
    pub summary: String,
    pub changes: Link,
}

/// A revision as a page shows it, every text resolved to the page language.
pub(crate) struct NoticeView<'a> {
    pub title: Localized<'a>,
    /// Which version this is: set by the page that shows it.
    pub dates: Vec<DateRow>,
    pub contents: Vec<ContentsEntry<'a>>,
    pub purposes: PurposesView<'a>,
    pub sections: Vec<SectionView<'a>>,
    pub operator: OperatorView<'a>,
    pub contact: ContactView<'a>,
}

pub(crate) struct ContentsEntry<'a> {
    pub id: &'a str,
    pub title: Localized<'a>,
}

pub(crate) struct PurposesView<'a> {
    pub heading: Localized<'a>,
    pub intro: Option<Localized<'a>>,
    pub caption: Localized<'a>,
    pub category_header: Localized<'a>,
    pub purposes_header: Localized<'a>,
    /// The header of the description column, when the table has one.
    pub description_header: Option<Localized<'a>>,
    /// Whether rows may run long (groups, explanations): see the print CSS.
    pub long_rows: bool,
    pub rows: Vec<RowView<'a>>,
    pub notes: Option<Localized<'a>>,
}

pub(crate) struct SectionView<'a> {
    pub id: &'a str,
    pub title: Localized<'a>,
    pub body: Localized<'a>,
}

pub(crate) struct OperatorView<'a> {
    pub name: Localized<'a>,
    pub(crate) address: Localized<'a>,
    pub representative: Localized<'a>,
}

pub(crate) struct ContactView<'a> {
    pub desk: Localized<'a>,
    pub address: Localized<'a>,
    pub phones: Vec<PhoneView<'a>>,
    /// Several numbers, or one with a label, are a list; one plain number
    /// is shown alone, as it always was.
    pub phone_list: bool,
    pub email: Option<EmailView<'a>>,
    pub hours: Option<Localized<'a>>,
}

pub(crate) struct PhoneView<'a> {
    /// The content's label, or for a fax without one the word "FAX".
    pub label: Option<Localized<'a>>,
    /// The number as written, with its extension in the page's language.
    pub text: String,
    /// `None` for a fax: no link that would call a fax machine.
    pub href: Option<&'a str>,
}

pub(crate) struct EmailView<'a> {
    pub address: &'a str,
    pub href: String,
}

/// The anchors of the sections the page makes itself.
pub(crate) const PURPOSES_ID: &str = "purposes";
pub(crate) const CONTACT_ID: &str = "contact";

impl<'a> NoticeView<'a> {
    pub(crate) fn new(
        site: &'a Site,
        revision: &'a Revision,
        lang: &'a Locale<'a>,
    ) -> NoticeView<'a> {
        let text = |bilingual: &'a crate::content::Text| Localized::of(bilingual.get(lang), lang);
        let purposes = &revision.body.purposes;
        let purposes_view = PurposesView {
            heading: text(&purposes.heading),
            intro: purposes.intro.as_ref().map(|p| Localized::prose(p, lang)),
            caption: text(&purposes.caption),
            category_header: text(&purposes.category_header),
            purposes_header: text(&purposes.purposes_header),
            description_header: purposes.description_header.as_ref().map(text),
            long_rows: purposes_table::has_long_rows(purposes),
            rows: purposes_table::rows(purposes, lang),
            notes: purposes.notes.as_ref().map(|p| Localized::prose(p, lang)),
        };
        let sections: Vec<SectionView<'a>> = revision
            .sections
            .iter()
            .map(|section| SectionView {
                id: &section.id,
                title: text(&section.title),
                body: Localized::prose(&section.body, lang),
            })
            .collect();
        let words = super::locale::words(lang);
        let mut contents = vec![ContentsEntry {
            id: PURPOSES_ID,
            title: purposes_view.heading,
        }];
        contents.extend(sections.iter().map(|s| ContentsEntry {
            id: s.id,
            title: s.title,
        }));
        contents.push(ContentsEntry {
            id: CONTACT_ID,
            title: Localized {
                text: &words.operator_heading,
                lang: None,
            },
        });
        NoticeView {
            title: text(&revision.title),
            dates: Vec::new(),
            contents,
            purposes: purposes_view,
            sections,
            operator: operator_view(&site.config.operator, lang),
            contact: contact_view(&site.config.contact, lang),
        }
    }
}

fn operator_view<'a>(operator: &'a Operator, lang: &'a Locale<'a>) -> OperatorView<'a> {
    OperatorView {
        name: Localized::of(operator.name.get(lang), lang),
        address: Localized::of(operator.address.get(lang), lang),
        representative: Localized::of(operator.representative.get(lang), lang),
    }
}

pub(crate) fn contact_view<'a>(contact: &'a Contact, lang: &'a Locale<'a>) -> ContactView<'a> {
    let words = super::locale::words(lang);
    let phones: Vec<PhoneView<'_>> = contact
        .phones
        .iter()
        .map(|phone| PhoneView {
            label: match (&phone.label, phone.fax) {
                (Some(label), _) => Some(Localized::of(label.get(lang), lang)),
                (None, true) => Some(Localized {
                    text: &words.fax,
                    lang: None,
                }),
                (None, false) => None,
            },
            text: match &phone.extension {
                Some(extension) => format!("{} {} {extension}", phone.number, words.extension),
                None => phone.number.clone(),
            },
            href: phone.tel.as_deref(),
        })
        .collect();
    ContactView {
        desk: Localized::of(contact.desk.get(lang), lang),
        address: Localized::of(contact.address.get(lang), lang),
        phone_list: phones.len() > 1 || phones.iter().any(|p| p.label.is_some()),
        phones,
        email: contact.email.as_deref().map(|address| EmailView {
            address,
            href: mailto(address),
        }),
        hours: contact
            .hours
            .as_ref()
            .map(|h| Localized::of(h.get(lang), lang)),
    }
}

/// The `mailto:` address of an e-mail address (RFC 6068 § 2): the
/// characters an address may have but a URI may not carry as they are
/// (`%`, `?`, `#`, `&`, `=`, `/`, …, and anything beyond ASCII) are
/// percent-encoded, so that the link opens a message to that address.
fn mailto(address: &str) -> String {
    let mut href = String::from("mailto:");
    for byte in address.bytes() {
        let plain = byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'\'' | b'*' | b'+' | b'@'
            );
        if plain {
            href.push(char::from(byte));
        } else {
            href.push_str(&format!("%{byte:02X}"));
        }
    }
    href
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encodes_what_a_uri_cannot_carry() {
        assert_eq!(
            mailto("privacy@kenpo.example.jp"),
            "mailto:privacy@kenpo.example.jp"
        );
        assert_eq!(
            mailto("a+b/c?d#e%f=g&h@example.jp"),
            "mailto:a+b%2Fc%3Fd%23e%25f%3Dg%26h@example.jp"
        );
        assert_eq!(
            mailto("相談@例.jp"),
            "mailto:%E7%9B%B8%E8%AB%87@%E4%BE%8B.jp"
        );
    }
}
