//! The fixed words of the page around the notice (navigation, the terms
//! of the date rows, the contact block's field names) in each language.
//! The notice's own text, its headings included, always comes from
//! content; these are only the frame. Sentences made from dates and
//! numbers are `sentences`.

use std::sync::LazyLock;

use crate::cldr::{Calendar, Formatting};
use crate::lang::Lang;
use crate::messages::Messages;

/// The words of each language, made once from the shipped catalogs.
struct LanguageWords {
    messages: Messages,
    formatting: Formatting,
    words: Words,
    documents: DocumentWords,
}

static SHIPPED: LazyLock<Vec<LanguageWords>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let messages = Messages::shipped(lang.code())
                .expect("kohyo ships a catalog for each of its languages");
            LanguageWords {
                words: Words::new(&messages),
                documents: DocumentWords::new(&messages),
                messages,
                formatting: Formatting::new(lang.formatting_locale(), Calendar::Gregorian)
                    .expect("CLDR has dates for each of kohyo's languages"),
            }
        })
        .collect()
});

pub(crate) struct Words {
    pub skip_link: String,
    pub language_nav: String,
    pub contents: String,
    pub dates: String,
    pub announced: String,
    pub first_published: String,
    pub translation_note: String,
    pub operator_heading: String,
    pub operator: String,
    pub name: String,
    pub address: String,
    pub representative: String,
    pub contact_desk: String,
    pub phone: String,
    pub email: String,
    /// Before a fax number that has no label of its own.
    pub fax: String,
    /// Before an extension's digits.
    pub extension: String,
    /// Between a number's label and the number.
    pub label_separator: String,
    pub hours: String,
    /// In a group of purposes that has none, as the content leaves it empty.
    pub no_purposes: String,
    pub site_nav: String,
    pub history: String,
    pub history_intro: String,
    pub last_revised: String,
    pub revised: String,
    pub effective: String,
    pub effective_period: String,
    pub what_changed: String,
    pub read_version: String,
    pub first_version: String,
    pub purposes_changed: String,
    pub yes: String,
    pub no: String,
    pub current_notice: String,
    pub current_version: String,
    pub archived_version: String,
    pub upcoming_version: String,
    pub upcoming_heading: String,
    pub change_note: String,
    pub compared_with: String,
    pub legend: String,
    pub added: String,
    pub removed: String,
    pub added_prefix: String,
    pub removed_prefix: String,
    pub renamed: String,
    pub moved: String,
    pub changed_categories: String,
    pub no_purpose_changes: String,
    pub other_text: String,
    pub section_added: String,
    pub section_removed: String,
    /// Said of a text shown in Japanese on an English changes page because
    /// the English did not follow the change.
    pub translation_lagging: String,
    pub translations_heading: String,
    pub translations_intro: String,
    /// What a category's name and a section's title are called where a
    /// translation of one is listed.
    pub category: String,
    pub section_title: String,
    /// Between a label and its value: "：" / ": ".
    pub colon: String,
    pub feed_atom: String,
    pub feed_rss: String,
    pub accessibility: String,
    pub record_heading: String,
    pub record_intro: String,
    pub record_method: String,
    pub digest: String,
    pub feed_digest: String,
    pub previous_digest: String,
    pub no_previous_digest: String,
    pub record_files: String,
    pub record_data: String,
    pub label_names: [String; 5],
}

/// How a language writes dates, numbers and lists.
pub(crate) fn formatting(lang: Lang) -> &'static Formatting {
    &SHIPPED[lang.index()].formatting
}

/// The messages of a language, for the words made of several parts.
pub(crate) fn messages(lang: Lang) -> &'static Messages {
    &SHIPPED[lang.index()].messages
}

pub(crate) fn words(lang: Lang) -> &'static Words {
    &SHIPPED[lang.index()].words
}

impl Words {
    pub(crate) fn new(messages: &Messages) -> Words {
        Words {
            skip_link: messages.message("skip-link"),
            language_nav: messages.message("language-nav"),
            contents: messages.message("contents"),
            dates: messages.message("dates"),
            announced: messages.message("announced"),
            first_published: messages.message("first-published"),
            translation_note: messages.message("translation-note"),
            operator_heading: messages.message("operator-heading"),
            operator: messages.message("operator"),
            name: messages.message("name"),
            address: messages.message("address"),
            representative: messages.message("representative"),
            contact_desk: messages.message("contact-desk"),
            phone: messages.message("phone"),
            email: messages.message("email"),
            fax: messages.message("fax"),
            extension: messages.message("extension"),
            label_separator: messages.message("label-separator"),
            hours: messages.message("hours"),
            no_purposes: messages.message("no-purposes"),
            site_nav: messages.message("site-nav"),
            history: messages.message("history"),
            history_intro: messages.message("history-intro"),
            last_revised: messages.message("last-revised"),
            revised: messages.message("revised"),
            effective: messages.message("effective"),
            effective_period: messages.message("effective-period"),
            what_changed: messages.message("what-changed"),
            read_version: messages.message("read-version"),
            first_version: messages.message("first-version"),
            purposes_changed: messages.message("purposes-changed"),
            yes: messages.message("yes"),
            no: messages.message("no"),
            current_notice: messages.message("current-notice"),
            current_version: messages.message("current-version"),
            archived_version: messages.message("archived-version"),
            upcoming_version: messages.message("upcoming-version"),
            upcoming_heading: messages.message("upcoming-heading"),
            change_note: messages.message("change-note"),
            compared_with: messages.message("compared-with"),
            legend: messages.message("legend"),
            added: messages.message("added"),
            removed: messages.message("removed"),
            added_prefix: messages.message("added-prefix"),
            removed_prefix: messages.message("removed-prefix"),
            renamed: messages.message("renamed"),
            moved: messages.message("moved"),
            changed_categories: messages.message("changed-categories"),
            no_purpose_changes: messages.message("no-purpose-changes"),
            other_text: messages.message("other-text"),
            section_added: messages.message("section-added"),
            section_removed: messages.message("section-removed"),
            translation_lagging: messages.message("translation-lagging"),
            translations_heading: messages.message("translations-heading"),
            translations_intro: messages.message("translations-intro"),
            category: messages.message("category"),
            section_title: messages.message("section-title"),
            colon: messages.message("colon"),
            feed_atom: messages.message("feed-atom"),
            feed_rss: messages.message("feed-rss"),
            accessibility: messages.message("accessibility"),
            record_heading: messages.message("record-heading"),
            record_intro: messages.message("record-intro"),
            record_method: messages.message("record-method"),
            digest: messages.message("digest"),
            feed_digest: messages.message("feed-digest"),
            previous_digest: messages.message("previous-digest"),
            no_previous_digest: messages.message("no-previous-digest"),
            record_files: messages.message("record-files"),
            record_data: messages.message("record-data"),
            label_names: [
                messages.message("label-title"),
                messages.message("label-purposes-heading"),
                messages.message("label-caption"),
                messages.message("label-category-header"),
                messages.message("label-purposes-header"),
            ],
        }
    }
}

/// The words of the pages of the documents besides the notice (their
/// bodies' terms, in the law's words where the law names them) and of the
/// navigation between documents.
pub(crate) struct DocumentWords {
    /// The label of the navigation between documents.
    pub nav: String,
    /// The index of documents: its title and what it is.
    pub index: String,
    pub index_intro: String,
    pub kind: String,
    pub kind_notice: String,
    pub kind_policy: String,
    pub kind_joint_use: String,
    pub kind_publications: String,
    pub dates: String,
    pub current_version: String,
    pub history_intro: String,
    /// What a joint-use page says before its arrangements (APPI Art.
    /// 27(5)(iii): that the data is used jointly, その旨).
    pub joint_use_lead: String,
    /// The items of APPI Art. 27(5)(iii), in the law's words.
    pub joint_items: String,
    pub joint_users: String,
    pub joint_purposes: String,
    pub joint_responsible: String,
    pub responsible_name: String,
    pub notes: String,
    pub publications_lead: String,
    pub entry_date: String,
    /// What each kind of publication is (APPI Art. 43(3), 43(4), 44, 41(4)).
    pub entry_anonymised_created: String,
    pub entry_anonymised_provided: String,
    pub entry_anonymised_passed_on: String,
    pub entry_pseudonymised_purposes: String,
    /// Which event a pseudonymised-purposes entry announces, in the words
    /// of APPI Art. 21(1) and (3) (取得した場合, 利用目的を変更した場合).
    pub entry_event: String,
    pub entry_acquired: String,
    pub entry_purposes_changed: String,
    pub entry_items: String,
    pub entry_purposes: String,
    pub entry_method: String,
    pub entry_recipients: String,
}

pub(crate) fn document_words(lang: Lang) -> &'static DocumentWords {
    &SHIPPED[lang.index()].documents
}

impl DocumentWords {
    pub(crate) fn new(messages: &Messages) -> DocumentWords {
        DocumentWords {
            nav: messages.message("document-nav"),
            index: messages.message("document-index"),
            index_intro: messages.message("document-index-intro"),
            kind: messages.message("document-kind"),
            kind_notice: messages.message("document-kind-notice"),
            kind_policy: messages.message("document-kind-policy"),
            kind_joint_use: messages.message("document-kind-joint-use"),
            kind_publications: messages.message("document-kind-publications"),
            dates: messages.message("document-dates"),
            current_version: messages.message("document-current-version"),
            history_intro: messages.message("document-history-intro"),
            joint_use_lead: messages.message("document-joint-use-lead"),
            joint_items: messages.message("document-joint-items"),
            joint_users: messages.message("document-joint-users"),
            joint_purposes: messages.message("document-joint-purposes"),
            joint_responsible: messages.message("document-joint-responsible"),
            responsible_name: messages.message("document-responsible-name"),
            notes: messages.message("document-notes"),
            publications_lead: messages.message("document-publications-lead"),
            entry_date: messages.message("document-entry-date"),
            entry_anonymised_created: messages.message("document-entry-anonymised-created"),
            entry_anonymised_provided: messages.message("document-entry-anonymised-provided"),
            entry_anonymised_passed_on: messages.message("document-entry-anonymised-passed-on"),
            entry_pseudonymised_purposes: messages.message("document-entry-pseudonymised-purposes"),
            entry_event: messages.message("document-entry-event"),
            entry_acquired: messages.message("document-entry-acquired"),
            entry_purposes_changed: messages.message("document-entry-purposes-changed"),
            entry_items: messages.message("document-entry-items"),
            entry_purposes: messages.message("document-entry-purposes"),
            entry_method: messages.message("document-entry-method"),
            entry_recipients: messages.message("document-entry-recipients"),
        }
    }
}
