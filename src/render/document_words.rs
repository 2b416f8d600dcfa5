//! What the changes of a document besides the notice are called in each
//! language: the items of a joint use in the words of APPI Art.
//! 27(5)(iii), in full for the changes page and short for a one-line
//! summary, the case in which a joint use's items or users may change,
//! and the parts of a publication entry. The changes page, `kohyo diff`
//! and the summary sentence say them the same way.

use crate::content::{ChangeBasis, EntryKind};
use crate::diff::{EntryField, JointUseItem};
use crate::messages::Messages;

/// An item of a joint use in full, as the law names it (APPI Art.
/// 27(5)(iii): 「共同して利用される個人データの項目、共同して利用する者の
/// 範囲、利用する者の利用目的並びに当該個人データの管理について責任を有する
/// 者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名」).
pub(crate) fn joint_use_item(item: JointUseItem, messages: &Messages) -> String {
    match item {
        JointUseItem::Name => messages.message("joint-use-item-name"),
        JointUseItem::Items => messages.message("joint-use-item-items"),
        JointUseItem::Users => messages.message("joint-use-item-users"),
        JointUseItem::Purposes => messages.message("joint-use-item-purposes"),
        JointUseItem::Responsible => messages.message("joint-use-item-responsible"),
        JointUseItem::ResponsibleName => messages.message("joint-use-item-responsible-name"),
        JointUseItem::ResponsibleAddress => messages.message("joint-use-item-responsible-address"),
        JointUseItem::ResponsibleRepresentative => {
            messages.message("joint-use-item-responsible-representative")
        }
        JointUseItem::Notes => messages.message("joint-use-item-notes"),
    }
}

/// An item of a joint use in a few words, for a one-line summary.
pub(crate) fn joint_use_item_short(item: JointUseItem, messages: &Messages) -> String {
    match item {
        JointUseItem::Name => messages.message("joint-use-item-short-name"),
        JointUseItem::Items => messages.message("joint-use-item-short-items"),
        JointUseItem::Users => messages.message("joint-use-item-short-users"),
        JointUseItem::Purposes => messages.message("joint-use-item-short-purposes"),
        JointUseItem::Responsible => messages.message("joint-use-item-short-responsible"),
        JointUseItem::ResponsibleName => messages.message("joint-use-item-short-responsible-name"),
        JointUseItem::ResponsibleAddress => {
            messages.message("joint-use-item-short-responsible-address")
        }
        JointUseItem::ResponsibleRepresentative => {
            messages.message("joint-use-item-short-responsible-representative")
        }
        JointUseItem::Notes => messages.message("joint-use-item-short-notes"),
    }
}

/// Why a joint use's items or joint users changed, as the revision
/// declares, for members: in Japanese the words of the case in the PPC's
/// guidelines (個人情報保護法ガイドライン（通則編）3-6-3, 事例1–3, quoted at
/// [`ChangeBasis`]) with where they are, in English the same said plainly;
/// kohyo's own case in its own words.
pub(crate) fn change_basis(basis: ChangeBasis, messages: &Messages) -> String {
    match basis {
        ChangeBasis::Consent => messages.message("change-basis-consent"),
        ChangeBasis::Rename => messages.message("change-basis-rename"),
        ChangeBasis::Succession => messages.message("change-basis-succession"),
        ChangeBasis::Editorial => messages.message("change-basis-editorial"),
    }
}

/// A part of a publication entry (APPI Art. 43(3)/(4), 41(4)).
pub(crate) fn entry_field(field: EntryField, messages: &Messages) -> String {
    match field {
        EntryField::Date => messages.message("entry-field-date"),
        EntryField::Kind => messages.message("entry-field-kind"),
        EntryField::Title => messages.message("entry-field-title"),
        EntryField::Items => messages.message("entry-field-items"),
        EntryField::Purposes => messages.message("entry-field-purposes"),
        EntryField::Method => messages.message("entry-field-method"),
        EntryField::Recipients => messages.message("entry-field-recipients"),
        EntryField::Notes => messages.message("entry-field-notes"),
    }
}

/// What a publication entry announces.
pub(crate) fn entry_kind(kind: EntryKind, messages: &Messages) -> String {
    match kind {
        EntryKind::AnonymisedCreated => messages.message("entry-kind-anonymised-created"),
        EntryKind::AnonymisedProvided => messages.message("entry-kind-anonymised-provided"),
        EntryKind::AnonymisedPassedOn => messages.message("entry-kind-anonymised-passed-on"),
        EntryKind::PseudonymisedPurposes => messages.message("entry-kind-pseudonymised-purposes"),
    }
}

/// The page's own words about a document's changes, in one language.
pub(crate) struct ChangeWords {
    pub joint_use: String,
    pub publications: String,
    pub sections: String,
    pub title: String,
    pub arrangement_added: String,
    pub arrangement_removed: String,
    pub entry_added: String,
    /// Said of an entry removed or changed: `check` refuses it, so a
    /// reader should never see it.
    pub entry_removed: String,
    pub entry_changed: String,
    pub changed_items: String,
    /// Introduces why an arrangement's items or joint users changed.
    pub basis: String,
    pub was: String,
    pub no_changes: String,
}

impl ChangeWords {
    pub(crate) fn new(messages: &Messages) -> ChangeWords {
        ChangeWords {
            joint_use: messages.message("document-change-joint-use"),
            publications: messages.message("document-change-publications"),
            sections: messages.message("document-change-sections"),
            title: messages.message("document-change-title"),
            arrangement_added: messages.message("document-change-arrangement-added"),
            arrangement_removed: messages.message("document-change-arrangement-removed"),
            entry_added: messages.message("document-change-entry-added"),
            entry_removed: messages.message("document-change-entry-removed"),
            entry_changed: messages.message("document-change-entry-changed"),
            changed_items: messages.message("document-change-changed-items"),
            basis: messages.message("document-change-basis"),
            was: messages.message("document-change-was"),
            no_changes: messages.message("document-change-no-changes"),
        }
    }
}
