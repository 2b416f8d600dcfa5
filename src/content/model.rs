//! The immutable site model built from content files: what the notice says,
//! in which revisions, with no trace of file formats left. Rendering and
//! diffing read only this.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::seal::Seal;
use crate::lang::Lang;

/// A value in Japanese (authoritative) and, when translated, English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bilingual<T> {
    pub ja: T,
    pub en: Option<T>,
}

/// A value as shown in one language: either the translation asked for or the
/// Japanese fallback, with the language it is really in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a, T> {
    pub value: &'a T,
    pub lang: Lang,
}

impl<T> Bilingual<T> {
    pub fn get(&self, lang: Lang) -> Shown<'_, T> {
        match (lang, &self.en) {
            (Lang::En, Some(en)) => Shown {
                value: en,
                lang: Lang::En,
            },
            _ => Shown {
                value: &self.ja,
                lang: Lang::Ja,
            },
        }
    }
}

pub type Text = Bilingual<String>;

/// Markdown as written and as sanitised HTML, rendered once at load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prose {
    pub source: String,
    pub html: String,
}

/// The site publishes one document, the notice (公表事項), and these are
/// its revisions. A site with several documents would hold each with its
/// own revisions beside `config`, which stays the site's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub config: SiteConfig,
    /// Ordered by effective date, oldest first; never empty.
    pub revisions: Vec<Revision>,
}

impl Site {
    /// The first revision ever published, from which the notice dates.
    pub fn first(&self) -> &Revision {
        &self.revisions[0]
    }
}

/// `site.toml`: who publishes the notice and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteConfig {
    /// Absolute, ending in `/`; used for absolute links (alternates, feeds).
    pub base_url: String,
    pub operator: Operator,
    pub contact: Contact,
}

/// The business operator (APPI Art. 32(1)(i)): name, address, representative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operator {
    pub name: Text,
    pub address: Text,
    pub representative: Text,
}

/// Where requests and complaints go (APPI Art. 32(1)(iii), Cabinet Order Art. 10).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub desk: Text,
    pub address: Text,
    /// The number or numbers as one text: as written when `site.toml` gives
    /// one line, made from the numbers and their Japanese labels otherwise.
    pub phone: String,
    /// Each number with its label; never empty.
    pub phones: Vec<Phone>,
    /// A valid address (RFC 5322 `addr-spec`, with a domain name).
    pub email: Option<String>,
    pub hours: Option<Text>,
}

/// One telephone number of the contact desk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As written, in half-width characters: `03-0000-0000`.
    pub number: String,
    /// The `tel:` address (RFC 3966) that calls it, extension included:
    /// `tel:+81-3-0000-0000;ext=123`; `None` for a fax.
    pub tel: Option<String>,
    /// What the number is for: 代表, フリーダイヤル, a section's name.
    pub label: Option<Text>,
    /// The extension (内線), digits only.
    pub extension: Option<String>,
    pub fax: bool,
}

/// One complete snapshot of the notice, as it reads from its effective date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    pub effective: Date,
    pub announced: Date,
    pub changes_purposes: bool,
    pub title: Text,
    /// What changed, or for the first revision that the notice was published.
    pub note: Text,
    pub purposes: Purposes,
    /// Prose sections in file-name order, after the purposes.
    pub sections: Vec<Section>,
    /// Its files as published and their chained digest.
    pub seal: Seal,
}

/// The purposes of use (APPI Art. 17, 21, 32(1)(ii)) and the text around the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purposes {
    pub heading: Text,
    pub intro: Option<Bilingual<Prose>>,
    pub caption: Text,
    pub category_header: Text,
    pub purposes_header: Text,
    pub categories: Vec<Category>,
    pub notes: Option<Bilingual<Prose>>,
}

impl Purposes {
    /// Whether the purposes themselves differ: a category added, removed or
    /// renamed, or a purpose added, removed or reworded, in the authoritative
    /// Japanese. Order and translations are presentation, not purposes.
    pub fn differs_from(&self, other: &Purposes) -> bool {
        fn table(purposes: &Purposes) -> BTreeMap<&str, (&str, BTreeSet<&str>)> {
            purposes
                .categories
                .iter()
                .map(|c| {
                    let items = c.purposes.iter().map(|p| p.ja.as_str()).collect();
                    (c.id.as_str(), (c.name.ja.as_str(), items))
                })
                .collect()
        }
        table(self) != table(other)
    }
}

/// One row of the purposes table. Its purposes are one list; where a
/// table has groups of purposes inside a category, each group (an id, a
/// name, its purposes) would sit here in place of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Stable across revisions: how a category is followed through renames.
    pub id: String,
    pub name: Text,
    pub purposes: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// From the file name; the section's anchor on the page.
    pub id: String,
    pub role: Option<Role>,
    pub title: Text,
    pub body: Bilingual<Prose>,
}

/// What a prose section stands for in law, so `check` can tell that the
/// items APPI Art. 32 requires are there whatever the sections are called.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// 安全管理措置 (Art. 32(1)(iv), Cabinet Order Art. 10(1)).
    SafetyMeasures,
    /// How to request notification, disclosure, correction, suspension (Art. 32(1)(iii)).
    Requests,
}

impl Role {
    /// The value written in front matter.
    pub fn name(self) -> &'static str {
        match self {
            Role::SafetyMeasures => "safety-measures",
            Role::Requests => "requests",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(ja: &str, en: &str) -> Text {
        Bilingual {
            ja: ja.to_owned(),
            en: Some(en.to_owned()),
        }
    }

    fn purposes(categories: &[(&str, &str, &[&str])]) -> Purposes {
        Purposes {
            heading: text("利用目的", "Purposes"),
            intro: None,
            caption: text("表", "Table"),
            category_header: text("類型", "Category"),
            purposes_header: text("利用目的", "Purposes"),
            categories: categories
                .iter()
                .map(|(id, name, items)| Category {
                    id: id.to_string(),
                    name: text(name, name),
                    purposes: items.iter().map(|p| text(p, p)).collect(),
                })
                .collect(),
            notes: None,
        }
    }

    #[test]
    fn purposes_differ_only_in_their_japanese_substance() {
        let base = purposes(&[("a", "資格", &["管理", "徴収"]), ("b", "給付", &["支払"])]);
        let reordered = purposes(&[("b", "給付", &["支払"]), ("a", "資格", &["徴収", "管理"])]);
        assert!(!base.differs_from(&reordered), "order is presentation");

        let mut translated = base.clone();
        translated.categories[0].purposes[0].en = Some("Managing records".into());
        assert!(
            !base.differs_from(&translated),
            "English wording is a translation"
        );

        let added = purposes(&[
            ("a", "資格", &["管理", "徴収", "還付"]),
            ("b", "給付", &["支払"]),
        ]);
        let reworded = purposes(&[
            ("a", "資格", &["管理", "保険料の徴収"]),
            ("b", "給付", &["支払"]),
        ]);
        let renamed = purposes(&[
            ("a", "資格情報", &["管理", "徴収"]),
            ("b", "給付", &["支払"]),
        ]);
        let removed = purposes(&[("a", "資格", &["管理", "徴収"])]);
        for changed in [added, reworded, renamed, removed] {
            assert!(base.differs_from(&changed));
        }
    }
}
