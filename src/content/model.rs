//! The immutable site model built from content files: what the notice says,
//! in which revisions, with no trace of file formats left. Rendering and
//! diffing read only this.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::seal::Seal;
use crate::lang::{Lang, Languages};

/// A value in Japanese (authoritative) and in each language of the site it
/// has been translated into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Multilingual<T> {
    pub ja: T,
    /// By [`Lang::index`] less one: the translations, where there are.
    translations: Vec<Option<T>>,
}

/// A value as shown in one language: either the translation asked for or the
/// Japanese fallback, with the language it is really in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a, T> {
    pub value: &'a T,
    pub lang: Lang,
}

impl<T> Multilingual<T> {
    /// A value not translated yet.
    pub fn new(ja: T) -> Multilingual<T> {
        Multilingual {
            ja,
            translations: Vec::new(),
        }
    }

    /// The same with its translation into `lang` (not Japanese) set.
    pub fn with(mut self, lang: Lang, translation: Option<T>) -> Multilingual<T> {
        let index = lang
            .index()
            .checked_sub(1)
            .expect("Japanese is the original, not a translation");
        if self.translations.len() <= index {
            self.translations.resize_with(index + 1, || None);
        }
        self.translations[index] = translation;
        self
    }

    /// The value in `lang` itself, if it is there: the Japanese for
    /// Japanese, the translation for another language.
    pub fn in_lang(&self, lang: Lang) -> Option<&T> {
        match lang.index().checked_sub(1) {
            None => Some(&self.ja),
            Some(index) => self.translations.get(index).and_then(Option::as_ref),
        }
    }

    /// The value as a page in `lang` shows it: its translation, or the
    /// Japanese where it has none.
    pub fn get(&self, lang: impl Into<Lang>) -> Shown<'_, T> {
        let lang = lang.into();
        match self.in_lang(lang) {
            Some(value) => Shown { value, lang },
            None => Shown {
                value: &self.ja,
                lang: Lang::JA,
            },
        }
    }

    /// Every translation there is, with its language.
    pub fn translations(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.translations
            .iter()
            .enumerate()
            .filter_map(|(index, value)| Some((Lang::translation(index), value.as_ref()?)))
    }

    /// A text in Japanese and perhaps English, as a folder that declares no
    /// languages has it (tests).
    #[cfg(test)]
    pub(crate) fn ja_en(ja: T, en: Option<T>) -> Multilingual<T> {
        Multilingual::new(ja).with(Lang::TEST_EN, en)
    }

    /// The English of such a text (tests).
    #[cfg(test)]
    pub(crate) fn en(&self) -> Option<&T> {
        self.in_lang(Lang::TEST_EN)
    }

    /// The English of such a text, to change it (tests).
    #[cfg(test)]
    pub(crate) fn en_mut(&mut self) -> &mut Option<T> {
        if self.translations.is_empty() {
            self.translations.push(None);
        }
        &mut self.translations[0]
    }

    /// The same texts, each made into something else.
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Multilingual<U> {
        Multilingual {
            ja: f(&self.ja),
            translations: self
                .translations
                .iter()
                .map(|value| value.as_ref().map(&mut f))
                .collect(),
        }
    }
}

pub type Text = Multilingual<String>;

/// Markdown as written and as sanitised HTML, rendered once at load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prose {
    pub source: String,
    pub html: String,
}

/// Everything one content folder publishes: the notice (公表事項), which
/// is the site's home and whose record is `revisions/` at the folder's
/// root, and the further documents in `documents/` (joint use, policies,
/// publications), each with a record of its own. Every document's record
/// is the same thing, a list of [`Revision`]s; only the body differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub config: SiteConfig,
    /// The notice's revisions, ordered by effective date, oldest first;
    /// never empty.
    pub revisions: Vec<Revision>,
    /// The further documents, in the order the site lists them
    /// ([`Kind::ORDER`], then by id); often none.
    pub documents: Vec<Document>,
}

impl Site {
    /// The first revision ever published, from which the notice dates.
    pub fn first(&self) -> &Revision {
        &self.revisions[0]
    }
}

/// A document besides the notice, at `documents/<id>/` in the content
/// folder and `/{lang}/<id>/` on the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The folder's name: lowercase ASCII words joined by hyphens, a URL
    /// segment that never changes.
    pub id: String,
    pub kind: Kind,
    /// Ordered by effective date, oldest first; never empty.
    pub revisions: Vec<Revision<Body>>,
}

/// What a document is, as `document.toml` says: it decides the shape of
/// its revisions' body and the rules `check` applies to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Titled Markdown sections and nothing else: the privacy policy
    /// (基本方針), implied consent, request procedures and fees, anything
    /// a union adds.
    Policy,
    /// Joint use of personal data (共同利用, APPI Art. 27(5)(iii)).
    JointUse,
    /// Dated publications of anonymised or pseudonymised information
    /// (APPI Art. 41, 43), added over time and never removed.
    Publications,
}

impl Kind {
    /// The order in which the site lists documents of each kind, after
    /// the notice.
    pub const ORDER: [Kind; 3] = [Kind::Policy, Kind::JointUse, Kind::Publications];

    /// As written in `document.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Policy => "policy",
            Kind::JointUse => "joint-use",
            Kind::Publications => "publications",
        }
    }
}

/// What a document's revision holds besides its prose sections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Policy,
    JointUse(JointUse),
    Publications(Publications),
}

impl Body {
    pub fn kind(&self) -> Kind {
        match self {
            Body::Policy => Kind::Policy,
            Body::JointUse(_) => Kind::JointUse,
            Body::Publications(_) => Kind::Publications,
        }
    }
}

/// `joint-use.toml`: the arrangements under which personal data is used
/// jointly with others, each with the items APPI Art. 27(5)(iii) requires
/// to be knowable before the joint use begins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JointUse {
    pub arrangements: Vec<Arrangement>,
}

/// One joint use (共同利用).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrangement {
    /// Stable across revisions: how an arrangement is followed through
    /// changes.
    pub id: String,
    pub name: Text,
    /// 共同して利用される個人データの項目.
    pub items: Multilingual<Prose>,
    /// 共同して利用する者の範囲.
    pub users: Multilingual<Prose>,
    /// 利用する者の利用目的.
    pub purposes: Multilingual<Prose>,
    /// 当該個人データの管理について責任を有する者.
    pub responsible: Responsible,
    /// Anything else the union says of it.
    pub notes: Option<Multilingual<Prose>>,
    /// Why its items or joint users change from the revision before, as
    /// the revision declares (`[arrangement.change]`); `None` when it
    /// declares nothing. `check` asks for it where they change and warns
    /// where it is declared and they do not.
    pub change: Option<ChangeBasis>,
}

/// The case in which the items or the joint users of an existing
/// arrangement may change. 個人情報保護法ガイドライン（通則編）3-6-3:
/// 「「共同して利用される個人データの項目」及び「共同して利用する者の範囲」
/// について変更することは、原則として認められないが、例えば次のような場合
/// は、引き続き共同利用を行うことができる。」
/// (https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/). Its
/// cases are examples (「例えば」): a union with another reason says which
/// of these it is closest to, or starts a new arrangement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeBasis {
    /// 事例1: 「共同利用を行う個人データの項目や事業者の変更につき、あらかじめ
    /// 本人の同意を得た場合」.
    Consent,
    /// 事例2: 「共同利用を行う事業者の名称に変更があるが、共同して利用される
    /// 個人データの項目には変更がない場合」.
    Rename,
    /// 事例3: 「共同利用を行う事業者について事業の承継が行われた場合（共同
    /// 利用する個人データの項目等の変更がないことが前提）」.
    Succession,
    /// Not the guidelines' case but kohyo's: the same items or joint users,
    /// worded differently (a typo, a clearer phrase).
    Editorial,
}

impl ChangeBasis {
    pub const ALL: [ChangeBasis; 4] = [
        ChangeBasis::Consent,
        ChangeBasis::Rename,
        ChangeBasis::Succession,
        ChangeBasis::Editorial,
    ];

    /// As written in `joint-use.toml` and in the open data.
    pub fn name(self) -> &'static str {
        match self {
            ChangeBasis::Consent => "consent",
            ChangeBasis::Rename => "rename",
            ChangeBasis::Succession => "succession",
            ChangeBasis::Editorial => "editorial",
        }
    }
}

/// The person responsible for managing the jointly used data: its name,
/// address and, for a corporation, its representative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Responsible {
    /// Stable across revisions: a new id is a different person (a change
    /// announced in advance), the same id with a new name, address or
    /// representative the same person changed (announced without delay).
    pub id: String,
    pub name: Text,
    pub address: Text,
    /// `None` only for an individual (`corporation = false`).
    pub representative: Option<Text>,
}

/// `publications.toml`: every entry published so far, as a complete
/// snapshot; an entry once published is carried unchanged into every
/// later revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publications {
    /// In the order written; pages list them newest first.
    pub entries: Vec<PublicationEntry>,
}

/// One publication: anonymised information made or provided, or
/// pseudonymised information put to use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicationEntry {
    /// Stable and never reused.
    pub id: String,
    /// The day it was made, provided or put to use; for pseudonymised
    /// information with an [`EntryEvent`], the day of that event.
    pub date: Date,
    pub kind: EntryKind,
    /// Which event a `pseudonymised-purposes` entry announces, which is
    /// what `check` times it by; `None` for the other kinds, and where an
    /// entry does not say.
    pub event: Option<EntryEvent>,
    pub title: Text,
    /// 含まれる個人に関する情報の項目, for anonymised information.
    pub items: Option<Multilingual<Prose>>,
    /// 利用目的, for pseudonymised information.
    pub purposes: Option<Multilingual<Prose>>,
    /// 提供の方法, for information provided to others.
    pub method: Option<Multilingual<Prose>>,
    /// Who receives it, described.
    pub recipients: Option<Multilingual<Prose>>,
    pub notes: Option<Multilingual<Prose>>,
}

/// What a publication announces (the sources are in the staff guide).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// 匿名加工情報を作成したとき (APPI Art. 43(3), Enforcement Rules Art.
    /// 36): the items, without delay after it is made.
    AnonymisedCreated,
    /// 匿名加工情報を第三者に提供するとき (APPI Art. 43(4), Rules Art. 37):
    /// the items and the method of provision, in advance.
    AnonymisedProvided,
    /// Anonymised information received from others and provided on (APPI
    /// Art. 44, Rules Art. 38): the items and the method, in advance.
    AnonymisedPassedOn,
    /// 仮名加工情報の利用目的 (APPI Art. 41(4), reading Art. 21(1) and (3)):
    /// published instead of notified.
    PseudonymisedPurposes,
}

impl EntryKind {
    pub const ALL: [EntryKind; 4] = [
        EntryKind::AnonymisedCreated,
        EntryKind::AnonymisedProvided,
        EntryKind::AnonymisedPassedOn,
        EntryKind::PseudonymisedPurposes,
    ];

    /// As written in `publications.toml`.
    pub fn name(self) -> &'static str {
        match self {
            EntryKind::AnonymisedCreated => "anonymised-created",
            EntryKind::AnonymisedProvided => "anonymised-provided",
            EntryKind::AnonymisedPassedOn => "anonymised-passed-on",
            EntryKind::PseudonymisedPurposes => "pseudonymised-purposes",
        }
    }
}

/// The event a `pseudonymised-purposes` entry announces: APPI Art. 41(4)
/// reads Art. 21(1) and (3) with 「公表し」 for 「本人に通知し、又は公表
/// し」, so each has its own timing (the sources are quoted at the rule,
/// in `content/build/documents/publications.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryEvent {
    /// 個人情報である仮名加工情報を取得した場合 (Art. 21(1)): its purposes,
    /// in advance or promptly after. Making it from the society's own
    /// personal information is not acquiring it.
    Acquired,
    /// 利用目的を変更した場合 (Art. 21(3)): the changed purposes.
    PurposesChanged,
}

impl EntryEvent {
    pub const ALL: [EntryEvent; 2] = [EntryEvent::Acquired, EntryEvent::PurposesChanged];

    /// As written in `publications.toml` and in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            EntryEvent::Acquired => "acquired",
            EntryEvent::PurposesChanged => "purposes-changed",
        }
    }
}

/// `site.toml`: who publishes the notice and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteConfig {
    /// Japanese first; Japanese and English where `site.toml` declares none.
    pub languages: Languages,
    /// The content's own catalogs of kohyo's words, checked.
    pub catalogs: Vec<ContentCatalog>,
    /// Absolute, ending in `/`; used for absolute links (alternates, feeds).
    pub base_url: String,
    pub operator: Operator,
    pub contact: Contact,
}

impl SiteConfig {
    /// The content's own catalog for a language, if it has one.
    pub fn catalog(&self, lang: Lang) -> Option<&str> {
        self.catalogs
            .iter()
            .find(|catalog| catalog.lang == lang)
            .map(|catalog| catalog.source.as_str())
    }
}

/// A catalog of kohyo's words the content folder gives (`messages/`):
/// Fluent, layered over the one kohyo ships for the language, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentCatalog {
    pub lang: Lang,
    pub source: String,
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

/// One complete snapshot of a document, as it reads from its effective
/// date: the dates, title and change note every document's revision has,
/// its prose sections, its seal, and what its kind adds (`B`): for the
/// notice the purposes table, for the other documents a [`Body`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision<B = Notice> {
    pub effective: Date,
    pub announced: Date,
    pub title: Text,
    /// What changed, or for the first revision that the document was published.
    pub note: Text,
    pub body: B,
    /// Prose sections in file-name order, after the body.
    pub sections: Vec<Section>,
    /// Its files as published and their chained digest.
    pub seal: Seal,
}

/// What the notice's revisions hold besides what every revision has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Whether the revision says it changes the purposes of use, which
    /// the feeds announce (APPI Art. 21(3)).
    pub changes_purposes: bool,
    pub purposes: Purposes,
}

/// The purposes of use (APPI Art. 17, 21, 32(1)(ii)) and the text around the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purposes {
    pub heading: Text,
    pub intro: Option<Multilingual<Prose>>,
    pub caption: Text,
    pub category_header: Text,
    pub purposes_header: Text,
    /// The header of the column that describes each category (the data it
    /// holds, say), shown when some category has a description.
    pub description_header: Option<Text>,
    pub categories: Vec<Category>,
    pub notes: Option<Multilingual<Prose>>,
}

impl Purposes {
    /// Whether the purposes themselves differ: a category or a group
    /// added, removed or renamed, a purpose added, removed, reworded or
    /// moved to another group, or its explanation changed, in the
    /// authoritative Japanese. Order, translations, the categories'
    /// descriptions and groups with no purposes are presentation, not
    /// purposes.
    pub fn differs_from(&self, other: &Purposes) -> bool {
        type Groups<'a> =
            BTreeMap<Option<&'a str>, (Option<&'a str>, BTreeSet<(&'a str, Option<&'a str>)>)>;
        fn table(purposes: &Purposes) -> BTreeMap<&str, (&str, Groups<'_>)> {
            purposes
                .categories
                .iter()
                .map(|c| {
                    let groups = c
                        .groups
                        .iter()
                        .filter(|group| !group.purposes.is_empty())
                        .map(|group| {
                            let label = group.label.as_ref();
                            let items = group
                                .purposes
                                .iter()
                                .map(|p| {
                                    let explanation = p.explanation.as_ref();
                                    (
                                        p.text.ja.as_str(),
                                        explanation.map(|e| e.ja.source.as_str()),
                                    )
                                })
                                .collect();
                            (
                                label.map(|l| l.id.as_str()),
                                (label.map(|l| l.name.ja.as_str()), items),
                            )
                        })
                        .collect();
                    (c.id.as_str(), (c.name.ja.as_str(), groups))
                })
                .collect()
        }
        table(self) != table(other)
    }
}

/// One row of the purposes table: a category of information, or a
/// business area in the guidance's shape, with its purposes in groups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Stable across revisions: how a category is followed through renames.
    pub id: String,
    pub name: Text,
    /// What the extra column says of this category, if the table has one.
    pub description: Option<Multilingual<Prose>>,
    /// A category that lists its purposes directly (the seed's shape) has
    /// one group without a label; one in the guidance's shape has one or
    /// more labelled groups. Never mixed, never empty.
    pub groups: Vec<Group>,
}

impl Category {
    /// Every purpose of the category, group after group.
    pub fn purposes(&self) -> impl Iterator<Item = &Purpose> {
        self.groups.iter().flat_map(|group| &group.purposes)
    }

    /// Whether its purposes are in labelled groups.
    pub fn is_grouped(&self) -> bool {
        self.groups.iter().any(|group| group.label.is_some())
    }
}

/// Purposes under one label inside a category (健保組合等の内部での利用に係る
/// 事例, say), or a category's purposes when it has no groups. A labelled
/// group may be empty: the union prints it to say there are none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// `None` only for the one group of a category that lists its purposes
    /// directly.
    pub label: Option<GroupLabel>,
    pub purposes: Vec<Purpose>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupLabel {
    /// Stable across revisions, unique within its category.
    pub id: String,
    pub name: Text,
}

/// One purpose of use, and how it is carried out where the notice says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purpose {
    pub text: Text,
    pub explanation: Option<Multilingual<Prose>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// From the file name; the section's anchor on the page.
    pub id: String,
    pub role: Option<Role>,
    pub title: Text,
    pub body: Multilingual<Prose>,
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
        Multilingual::new(ja.to_owned()).with(Lang::TEST_EN, Some(en.to_owned()))
    }

    fn purpose(ja: &str) -> Purpose {
        Purpose {
            text: text(ja, ja),
            explanation: None,
        }
    }

    fn prose(source: &str) -> Multilingual<Prose> {
        let prose = Prose {
            source: source.to_owned(),
            html: format!("<p>{source}</p>"),
        };
        Multilingual::new(prose.clone()).with(Lang::TEST_EN, Some(prose))
    }

    /// One category in groups: (group id, its purposes).
    fn grouped(groups: &[(&str, &[&str])]) -> Purposes {
        let mut table = purposes(&[("benefits", "給付", &[])]);
        table.categories[0].groups = groups
            .iter()
            .map(|(id, items)| Group {
                label: Some(GroupLabel {
                    id: id.to_string(),
                    name: text(id, id),
                }),
                purposes: items.iter().map(|p| purpose(p)).collect(),
            })
            .collect();
        table
    }

    fn purposes(categories: &[(&str, &str, &[&str])]) -> Purposes {
        Purposes {
            heading: text("利用目的", "Purposes"),
            intro: None,
            caption: text("表", "Table"),
            category_header: text("類型", "Category"),
            purposes_header: text("利用目的", "Purposes"),
            description_header: None,
            categories: categories
                .iter()
                .map(|(id, name, items)| Category {
                    id: id.to_string(),
                    name: text(name, name),
                    description: None,
                    groups: vec![Group {
                        label: None,
                        purposes: items.iter().map(|p| purpose(p)).collect(),
                    }],
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
        *translated.categories[0].groups[0].purposes[0].text.en_mut() =
            Some("Managing records".into());
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

    #[test]
    fn in_groups_a_move_a_rename_and_an_explanation_are_changes_of_purposes() {
        let base = grouped(&[("internal", &["審査", "支払"]), ("provision", &[])]);
        let reordered = grouped(&[("provision", &[]), ("internal", &["支払", "審査"])]);
        assert!(!base.differs_from(&reordered), "order is presentation");

        let mut described = base.clone();
        described.categories[0].description = Some(prose("レセプト"));
        assert!(
            !base.differs_from(&described),
            "a description is no purpose"
        );

        let moved = grouped(&[("internal", &["審査"]), ("provision", &["支払"])]);
        let mut renamed = base.clone();
        renamed.categories[0].groups[0]
            .label
            .as_mut()
            .unwrap()
            .name
            .ja = "内部".into();
        assert!(base.differs_from(&renamed));
        let mut explained = base.clone();
        explained.categories[0].groups[0].purposes[0].explanation = Some(prose("様式で"));
        let mut reexplained = explained.clone();
        reexplained.categories[0].groups[0].purposes[0].explanation = Some(prose("別の様式で"));
        let dropped = grouped(&[("internal", &["審査", "支払"])]);
        assert!(
            !base.differs_from(&dropped),
            "an empty group held no purpose"
        );
        let flat = purposes(&[("benefits", "給付", &["審査", "支払"])]);
        for changed in [&moved, &explained, &flat] {
            assert!(base.differs_from(changed), "{changed:#?}");
        }
        assert!(explained.differs_from(&reexplained));
    }
}
