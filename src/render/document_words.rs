//! What the changes of a document besides the notice are called in each
//! language: the items of a joint use in the words of APPI Art.
//! 27(5)(iii), in full for the changes page and short for a one-line
//! summary, the case in which a joint use's items or users may change,
//! and the parts of a publication entry. The changes page, `kohyo diff`
//! and the summary sentence say them the same way.

use crate::content::{ChangeBasis, EntryKind};
use crate::diff::{EntryField, JointUseItem};
use crate::lang::Lang;

/// An item of a joint use in full, as the law names it (APPI Art.
/// 27(5)(iii): 「共同して利用される個人データの項目、共同して利用する者の
/// 範囲、利用する者の利用目的並びに当該個人データの管理について責任を有する
/// 者の氏名又は名称及び住所並びに法人にあっては、その代表者の氏名」).
pub(crate) fn joint_use_item(item: JointUseItem, lang: Lang) -> &'static str {
    match (lang, item) {
        (Lang::Ja, JointUseItem::Name) => "名称",
        (Lang::Ja, JointUseItem::Items) => "共同して利用される個人データの項目",
        (Lang::Ja, JointUseItem::Users) => "共同して利用する者の範囲",
        (Lang::Ja, JointUseItem::Purposes) => "利用する者の利用目的",
        (Lang::Ja, JointUseItem::Responsible) => {
            "当該個人データの管理について責任を有する者（交代）"
        }
        (Lang::Ja, JointUseItem::ResponsibleName) => "管理について責任を有する者の氏名又は名称",
        (Lang::Ja, JointUseItem::ResponsibleAddress) => "管理について責任を有する者の住所",
        (Lang::Ja, JointUseItem::ResponsibleRepresentative) => {
            "管理について責任を有する者の代表者の氏名"
        }
        (Lang::Ja, JointUseItem::Notes) => "備考",
        (Lang::En, JointUseItem::Name) => "Name",
        (Lang::En, JointUseItem::Items) => "Items of personal data used jointly",
        (Lang::En, JointUseItem::Users) => "Scope of joint users",
        (Lang::En, JointUseItem::Purposes) => "Purposes of use of the users",
        (Lang::En, JointUseItem::Responsible) => {
            "Person responsible for managing the personal data (replaced)"
        }
        (Lang::En, JointUseItem::ResponsibleName) => "Name of the person responsible",
        (Lang::En, JointUseItem::ResponsibleAddress) => "Address of the person responsible",
        (Lang::En, JointUseItem::ResponsibleRepresentative) => {
            "Representative of the person responsible"
        }
        (Lang::En, JointUseItem::Notes) => "Notes",
    }
}

/// An item of a joint use in a few words, for a one-line summary.
pub(crate) fn joint_use_item_short(item: JointUseItem, lang: Lang) -> &'static str {
    match (lang, item) {
        (Lang::Ja, JointUseItem::Name) => "名称",
        (Lang::Ja, JointUseItem::Items) => "個人データの項目",
        (Lang::Ja, JointUseItem::Users) => "共同利用者の範囲",
        (Lang::Ja, JointUseItem::Purposes) => "利用目的",
        (Lang::Ja, JointUseItem::Responsible) => "責任者の交代",
        (Lang::Ja, JointUseItem::ResponsibleName) => "責任者の名称",
        (Lang::Ja, JointUseItem::ResponsibleAddress) => "責任者の住所",
        (Lang::Ja, JointUseItem::ResponsibleRepresentative) => "責任者の代表者",
        (Lang::Ja, JointUseItem::Notes) => "備考",
        (Lang::En, JointUseItem::Name) => "name",
        (Lang::En, JointUseItem::Items) => "items of personal data",
        (Lang::En, JointUseItem::Users) => "scope of joint users",
        (Lang::En, JointUseItem::Purposes) => "purposes of use",
        (Lang::En, JointUseItem::Responsible) => "person responsible replaced",
        (Lang::En, JointUseItem::ResponsibleName) => "name of the person responsible",
        (Lang::En, JointUseItem::ResponsibleAddress) => "address of the person responsible",
        (Lang::En, JointUseItem::ResponsibleRepresentative) => {
            "representative of the person responsible"
        }
        (Lang::En, JointUseItem::Notes) => "notes",
    }
}

/// Why a joint use's items or joint users changed, as the revision
/// declares, for members: in Japanese the words of the case in the PPC's
/// guidelines (個人情報保護法ガイドライン（通則編）3-6-3, 事例1–3, quoted at
/// [`ChangeBasis`]) with where they are, in English the same said plainly;
/// kohyo's own case in its own words.
pub(crate) fn change_basis(basis: ChangeBasis, lang: Lang) -> &'static str {
    match (lang, basis) {
        (Lang::Ja, ChangeBasis::Consent) => {
            "共同利用を行う個人データの項目や事業者の変更につき、あらかじめ本人の同意を得た場合（個人情報保護法ガイドライン（通則編）3-6-3 事例1）"
        }
        (Lang::Ja, ChangeBasis::Rename) => {
            "共同利用を行う事業者の名称に変更があるが、共同して利用される個人データの項目には変更がない場合（個人情報保護法ガイドライン（通則編）3-6-3 事例2）"
        }
        (Lang::Ja, ChangeBasis::Succession) => {
            "共同利用を行う事業者について事業の承継が行われた場合（個人情報保護法ガイドライン（通則編）3-6-3 事例3）"
        }
        (Lang::Ja, ChangeBasis::Editorial) => {
            "表現を改めたのみで、共同して利用される個人データの項目及び共同して利用する者の範囲に変更はありません"
        }
        (Lang::En, ChangeBasis::Consent) => {
            "everyone concerned agreed beforehand to the change of the items or of the joint users (PPC Guidelines, General Rules, 3-6-3, case 1)"
        }
        (Lang::En, ChangeBasis::Rename) => {
            "a joint user's name changed, and the items of personal data used jointly did not (PPC Guidelines, General Rules, 3-6-3, case 2)"
        }
        (Lang::En, ChangeBasis::Succession) => {
            "a joint user's business passed to another (PPC Guidelines, General Rules, 3-6-3, case 3)"
        }
        (Lang::En, ChangeBasis::Editorial) => {
            "only the wording changed: the items of personal data and the joint users are the same"
        }
    }
}

/// A part of a publication entry (APPI Art. 43(3)/(4), 41(4)).
pub(crate) fn entry_field(field: EntryField, lang: Lang) -> &'static str {
    match (lang, field) {
        (Lang::Ja, EntryField::Date) => "日付",
        (Lang::Ja, EntryField::Kind) => "種類",
        (Lang::Ja, EntryField::Title) => "件名",
        (Lang::Ja, EntryField::Items) => "含まれる個人に関する情報の項目",
        (Lang::Ja, EntryField::Purposes) => "利用目的",
        (Lang::Ja, EntryField::Method) => "提供の方法",
        (Lang::Ja, EntryField::Recipients) => "提供先",
        (Lang::Ja, EntryField::Notes) => "備考",
        (Lang::En, EntryField::Date) => "Date",
        (Lang::En, EntryField::Kind) => "Kind",
        (Lang::En, EntryField::Title) => "Title",
        (Lang::En, EntryField::Items) => "Items of information about individuals it contains",
        (Lang::En, EntryField::Purposes) => "Purposes of use",
        (Lang::En, EntryField::Method) => "Method of provision",
        (Lang::En, EntryField::Recipients) => "Recipients",
        (Lang::En, EntryField::Notes) => "Notes",
    }
}

/// What a publication entry announces.
pub(crate) fn entry_kind(kind: EntryKind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::Ja, EntryKind::AnonymisedCreated) => "匿名加工情報の作成",
        (Lang::Ja, EntryKind::AnonymisedProvided) => "匿名加工情報の第三者提供",
        (Lang::Ja, EntryKind::AnonymisedPassedOn) => "受領した匿名加工情報の第三者提供",
        (Lang::Ja, EntryKind::PseudonymisedPurposes) => "仮名加工情報の利用目的",
        (Lang::En, EntryKind::AnonymisedCreated) => "Anonymised information created",
        (Lang::En, EntryKind::AnonymisedProvided) => "Anonymised information provided to others",
        (Lang::En, EntryKind::AnonymisedPassedOn) => {
            "Anonymised information received and provided on"
        }
        (Lang::En, EntryKind::PseudonymisedPurposes) => {
            "Purposes of use of pseudonymised information"
        }
    }
}

/// The page's own words about a document's changes, in one language.
pub(crate) struct DocumentWords {
    pub joint_use: &'static str,
    pub publications: &'static str,
    pub sections: &'static str,
    pub title: &'static str,
    pub arrangement_added: &'static str,
    pub arrangement_removed: &'static str,
    pub entry_added: &'static str,
    /// Said of an entry removed or changed: `check` refuses it, so a
    /// reader should never see it.
    pub entry_removed: &'static str,
    pub entry_changed: &'static str,
    pub changed_items: &'static str,
    /// Introduces why an arrangement's items or joint users changed.
    pub basis: &'static str,
    pub was: &'static str,
    pub no_changes: &'static str,
}

const JA: DocumentWords = DocumentWords {
    joint_use: "共同利用",
    publications: "公表",
    sections: "本文の項目",
    title: "表題",
    arrangement_added: "この共同利用を追加しました。",
    arrangement_removed: "この共同利用を削除しました。",
    entry_added: "この公表を追加しました。",
    entry_removed: "この公表が削除されています。公表した内容は削除できません。",
    entry_changed: "この公表が変更されています。公表した内容は変更できません。",
    changed_items: "変更した事項",
    basis: "変更の理由",
    was: "変更前",
    no_changes: "記載に変更はありません。",
};

const EN: DocumentWords = DocumentWords {
    joint_use: "Joint use",
    publications: "Publications",
    sections: "Sections",
    title: "Title",
    arrangement_added: "This joint use was added.",
    arrangement_removed: "This joint use was removed.",
    entry_added: "This publication was added.",
    entry_removed: "This publication has been removed, though a publication once made may not be.",
    entry_changed: "This publication has been changed, though a publication once made may not be.",
    changed_items: "Items changed",
    basis: "Why this may change",
    was: "Before",
    no_changes: "The text did not change.",
};

pub(crate) fn document_words(lang: Lang) -> &'static DocumentWords {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}
