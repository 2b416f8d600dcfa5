//! The immutable site model built from content files: what the notice says,
//! in which revisions, with no trace of file formats left. Rendering and
//! diffing read only this.

use jiff::civil::Date;

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub config: SiteConfig,
    /// Ordered by effective date, oldest first; never empty.
    pub revisions: Vec<Revision>,
}

impl Site {
    /// The revision in effect on `date`: the latest whose effective date has come.
    pub fn current(&self, date: Date) -> Option<&Revision> {
        self.revisions.iter().rev().find(|r| r.effective <= date)
    }

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
    pub phone: String,
    pub email: Option<String>,
    pub hours: Option<Text>,
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
