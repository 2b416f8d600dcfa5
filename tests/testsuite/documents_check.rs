//! `kohyo check` on the documents besides the notice: one fixture per rule
//! of their kinds (joint use: APPI Art. 27(5)(iii) and 27(6) and the PPC's
//! guidelines; publications: Art. 43(3)/(4) and entries never removed),
//! each the small site `documents-valid` with what makes it that case, and
//! the whole report pinned as people see it.

use crate::support::Kohyo;
use snapbox::{IntoData, assert_data_eq, str};

/// The day every case is checked as: the documents of `documents-valid`
/// are published and locked by then, and the revisions each case adds are
/// announced on this day, so they are still open to correction and their
/// warnings are warnings (from the next day they would be notes).
const AS_OF: &str = "2025-03-01";

/// `kohyo check` on `tests/fixtures/<case>`: exit status and the report,
/// with nothing on stdout.
fn check(case: &str) -> (i32, String) {
    let (code, stdout, stderr) = Kohyo::new(["check", "--as-of", AS_OF, "--content"])
        .arg(format!("tests/fixtures/{case}"))
        .run();
    assert!(stdout.is_empty(), "{stdout}");
    (code, stderr)
}

#[test]
fn a_valid_site_with_a_document_of_each_kind_has_only_the_summary() {
    // A policy, a joint use whose first revision is announced on the day it
    // takes effect (it records a joint use already running), and
    // publications whose provision is announced a month ahead: all clean.
    let (code, stderr) = check("documents-valid");
    assert_data_eq!(&stderr, str![[r#"
0 errors, 0 warnings
tests/fixtures/documents-valid: 1 revision of the notice and 4 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn a_joint_use_purpose_change_announced_on_its_effective_date_is_an_error() {
    // APPI Art. 27(6): a change of the joint users' purposes is made known
    // あらかじめ, before it takes effect.
    let (code, stderr) = check("documents-purpose-change-on-effective");
    assert_data_eq!(&stderr, str![[r#"
error: the purposes of use of the arrangement "grant" change, but this revision is announced on 2025-03-01 and takes effect on 2025-03-01
 --> tests/fixtures/documents-purpose-change-on-effective/documents/joint-use/revisions/2025-03-01/revision.toml:2:13
  |
2 | announced = 2025-03-01
  |             ^^^^^^^^^^
  |
  = hint: this must be made known before it takes effect (APPI Art. 27(6): あらかじめ): set announced to a day before effective, or move effective later

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_responsible_person_replaced_on_the_effective_date_is_an_error() {
    // A new responsible.id is another person: announced in advance too
    // (Art. 27(6)), whereas its name or address may follow.
    let (code, stderr) = check("documents-responsible-replaced");
    assert_data_eq!(&stderr, str![[r#"
error: the person responsible for the arrangement "grant" changes from "federation" to "society", but this revision is announced on 2025-03-01 and takes effect on 2025-03-01
 --> tests/fixtures/documents-responsible-replaced/documents/joint-use/revisions/2025-03-01/revision.toml:2:13
  |
2 | announced = 2025-03-01
  |             ^^^^^^^^^^
  |
  = hint: this must be made known before it takes effect (APPI Art. 27(6): あらかじめ): set announced to a day before effective, or move effective later

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn an_address_change_announced_the_next_day_is_fine() {
    // The same responsible person moved on 2025-02-28; the union says so
    // on 2025-03-01: 遅滞なく allows it.
    let (code, stderr) = check("documents-address-next-day");
    assert_data_eq!(&stderr, str![[r#"
0 errors, 0 warnings
tests/fixtures/documents-address-next-day: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn an_address_change_announced_twenty_days_late_is_a_warning() {
    // kohyo's default, not the law's: more than 14 days is a warning.
    let (code, stderr) = check("documents-address-late");
    assert_data_eq!(&stderr, str![[r#"
warning: the address of "federation", responsible for the arrangement "grant", changes, announced 20 days after it took effect on 2025-02-09
 --> tests/fixtures/documents-address-late/documents/joint-use/revisions/2025-02-09/revision.toml:2:13
  |
2 | announced = 2025-03-01
  |             ^^^^^^^^^^
  |
  = hint: the law asks for this to be made known without delay (APPI Art. 27(6): 遅滞なく) and gives no number of days; a warning after 14 days is kohyo's default, not the law's: announce such a change as soon as you learn of it

0 errors, 1 warning
tests/fixtures/documents-address-late: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn a_responsible_person_without_a_representative_is_an_error() {
    let (code, stderr) = check("documents-missing-representative");
    assert_data_eq!(&stderr, str![[r#"
error: the person responsible for the arrangement "grant" has no representative
 --> tests/fixtures/documents-missing-representative/documents/joint-use/revisions/2025-04-01/joint-use.toml:8:1
  |
8 | [arrangement.responsible]
  | ^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add representative = { ja = "…", en = "…" } (e.g. the chair's title and name): for a corporation the law requires its representative's name (APPI Art. 27(5)(iii), in force from 2022-04-01); for an individual, write corporation = false

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_responsible_person_without_an_address_is_an_error() {
    let (code, stderr) = check("documents-missing-address");
    assert_data_eq!(&stderr, str![[r#"
error: the person responsible for the arrangement "grant" has no address
 --> tests/fixtures/documents-missing-address/documents/joint-use/revisions/2025-04-01/joint-use.toml:8:1
  |
8 | [arrangement.responsible]
  | ^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add address = { ja = "…", en = "…" } under [arrangement.responsible]: the law requires the responsible person's address to be knowable (APPI Art. 27(5)(iii), in force from 2022-04-01)

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn items_changed_without_a_declared_reason_are_an_error() {
    // Column 9 is the value of items = …, in the revision that changes it.
    let (code, stderr) = check("documents-items-undeclared");
    assert_data_eq!(&stderr, str![[r#"
error: in the arrangement "grant", the items of personal data used jointly (items) changed from the revision of 2024-04-01, and no reason is declared
 --> tests/fixtures/documents-items-undeclared/documents/joint-use/revisions/2025-04-01/joint-use.toml:4:9
  |
4 | items = { ja = "レセプト及び健診結果の記載事項", en = "What the receipts and checkup results record" }
  |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: the items and the joint users of a joint use cannot in principle be changed (個人情報保護法ガイドライン（通則編）3-6-3: 原則として認められない): to use other data or share it with others, start a new arrangement with its own id, announced before it takes effect (APPI Art. 27(5)(iii): あらかじめ); if this is a case the guidelines allow, say which under this arrangement: [arrangement.change] basis = "consent" (every member concerned agreed beforehand), "rename" (a joint user's name changed), "succession" (a joint user's business passed to another) or "editorial" (the same items or users in other words; kohyo's case, not the guidelines')

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn items_changed_with_a_declared_reason_are_fine() {
    // The same change, with [arrangement.change] basis = "consent".
    let (code, stderr) = check("documents-items-declared");
    assert_data_eq!(&stderr, str![[r#"
0 errors, 0 warnings
tests/fixtures/documents-items-declared: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn a_declaration_where_nothing_changed_is_a_warning() {
    // Left over from the revision copied: it would excuse a later change
    // nobody meant to make.
    let (code, stderr) = check("documents-declared-unchanged");
    assert_data_eq!(&stderr, str![[r#"
warning: [arrangement.change] declares a change, but the items and joint users of the arrangement "grant" are the same as in the revision of 2024-04-01
  --> tests/fixtures/documents-declared-unchanged/documents/joint-use/revisions/2025-04-01/joint-use.toml:15:9
   |
15 | basis = "rename"
   |         ^^^^^^^^
   |
   = hint: remove [arrangement.change] and its basis line: it says why the items or joint users of an arrangement change from the revision before, and here they do not (a new revision starts as a copy of the one before, declaration included)

0 errors, 1 warning
tests/fixtures/documents-declared-unchanged: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn a_removed_publication_entry_is_an_error() {
    let (code, stderr) = check("documents-entry-removed");
    assert_data_eq!(&stderr, str![[r#"
error: the entry "checkups-university" of 2024-10-01, published in the revision of 2024-10-01, is missing
 --> tests/fixtures/documents-entry-removed/documents/anonymised/revisions/2025-04-01/publications.toml
  = hint: an entry once published is never removed: copy it back, unchanged, from revisions/2024-10-01/publications.toml; to say something more of it, add a new entry

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_changed_publication_entry_is_an_error() {
    let (code, stderr) = check("documents-entry-changed");
    assert_data_eq!(&stderr, str![[r#"
error: the entry "checkups" differs from the one published in the revision of 2024-10-01 (items)
 --> tests/fixtures/documents-entry-changed/documents/anonymised/revisions/2025-04-01/publications.toml
  = hint: an entry once published never changes (only an English translation may be added where it had none): copy it back from revisions/2024-10-01/publications.toml and add a new entry that says what is new

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_translation_added_to_a_published_entry_is_not_a_change() {
    // 2025-03-10 publishes an entry with Japanese notes only (the warning);
    // 2025-04-01 adds their English, and that alone is no error.
    let (code, stderr) = check("documents-entry-translated");
    assert_data_eq!(&stderr, str![[r#"
warning: the entry's notes has no English translation
  --> tests/fixtures/documents-entry-translated/documents/anonymised/revisions/2025-03-10/publications.toml:22:9
   |
22 | notes = { ja = "2020年度以降のレセプトから作成しました。" }
   |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

0 errors, 1 warning
tests/fixtures/documents-entry-translated: 1 revision of the notice and 6 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn anonymised_information_provided_on_the_day_it_is_announced_is_an_error() {
    // APPI Art. 43(4): the items and method are published あらかじめ; the
    // day of provision itself leaves the public no time to learn of it.
    let (code, stderr) = check("documents-provided-on-its-date");
    assert_data_eq!(&stderr, str![[r#"
error: the entry "checkups-institute" (anonymised-provided) is dated 2025-03-01, but the revision that first publishes it is announced on 2025-03-01
  --> tests/fixtures/documents-provided-on-its-date/documents/anonymised/revisions/2025-04-01/publications.toml:18:8
   |
18 | date = 2025-03-01
   |        ^^^^^^^^^^
   |
   = hint: the items and the method of provision must be published before the information is provided (APPI Art. 43(4): あらかじめ), early enough for the public to learn of it; set announced in revision.toml to a day before the entry's date, or give the entry the later day it will really be provided

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn anonymised_information_announced_long_after_it_was_made_is_a_warning() {
    let (code, stderr) = check("documents-created-late");
    assert_data_eq!(&stderr, str![[r#"
warning: the entry "claims" (anonymised-created) is dated 2025-02-09, and the revision that first publishes it is announced 20 days later, on 2025-03-01
  --> tests/fixtures/documents-created-late/documents/anonymised/revisions/2025-04-01/publications.toml:18:8
   |
18 | date = 2025-02-09
   |        ^^^^^^^^^^
   |
   = hint: the items must be published without delay after the information is made (Enforcement Rules Art. 36(1): 遅滞なく), and before it is used or provided; the law gives no number of days, and a warning after 14 days is kohyo's default, not the law's: publish such an entry as soon as the information is made

0 errors, 1 warning
tests/fixtures/documents-created-late: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn pseudonymised_purposes_published_in_time_or_without_an_event_are_clean() {
    // APPI Art. 41(4) reading Art. 21(1) and (3): purposes of information
    // acquired published ahead of it (あらかじめ), changed purposes 9 days
    // after the change, and an entry that does not say its event, which
    // is not timed.
    let (code, stderr) = check("documents-pseudonymised");
    assert_data_eq!(&stderr, str![[r#"
0 errors, 0 warnings
tests/fixtures/documents-pseudonymised: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn pseudonymised_purposes_published_long_after_the_acquisition_are_a_warning() {
    // Art. 21(1) read by Art. 41(4): 速やかに, with no number of days; the
    // 14 days are kohyo's, and the hint says so.
    let (code, stderr) = check("documents-pseudonymised-acquired-late");
    assert_data_eq!(&stderr, str![[r#"
warning: the entry "research-claims" (pseudonymised-purposes, acquired) is dated 2025-02-01, and the revision that first publishes it is announced 28 days later, on 2025-03-01
  --> tests/fixtures/documents-pseudonymised-acquired-late/documents/anonymised/revisions/2025-04-01/publications.toml:18:8
   |
18 | date = 2025-02-01
   |        ^^^^^^^^^^
   |
   = hint: the purposes of pseudonymised information acquired must be published in advance or promptly after it is acquired (APPI Art. 21(1) as read by Art. 41(4): あらかじめ…公表している場合を除き、速やかに); the law gives no number of days, and a warning after 14 days is kohyo's default, not the law's: publish such an entry before the information is acquired, or as soon as it is

0 errors, 1 warning
tests/fixtures/documents-pseudonymised-acquired-late: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn changed_pseudonymised_purposes_published_long_after_the_change_are_a_warning() {
    // Art. 21(3) read by Art. 41(4) sets no time at all: a warning only,
    // after kohyo's own 14 days.
    let (code, stderr) = check("documents-pseudonymised-changed-late");
    assert_data_eq!(&stderr, str![[r#"
warning: the entry "checkups-analysis" (pseudonymised-purposes, purposes-changed) is dated 2025-01-31, and the revision that first publishes it is announced 29 days later, on 2025-03-01
  --> tests/fixtures/documents-pseudonymised-changed-late/documents/anonymised/revisions/2025-04-01/publications.toml:18:8
   |
18 | date = 2025-01-31
   |        ^^^^^^^^^^
   |
   = hint: changed purposes of pseudonymised information must be published (APPI Art. 21(3) as read by Art. 41(4): 変更された利用目的について…公表); the law says no more of when, and a warning after 14 days is kohyo's default, not the law's: publish such an entry before the changed purposes apply, or as soon as they do

0 errors, 1 warning
tests/fixtures/documents-pseudonymised-changed-late: 1 revision of the notice and 5 of 3 other documents, ready to publish

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn an_unknown_event_of_a_publication_is_an_error() {
    // "created" is what staff may guess; making pseudonymised information
    // from one's own data is not acquiring it (PPC Q&A 14-15).
    let (code, stderr) = check("documents-pseudonymised-unknown-event");
    assert_data_eq!(&stderr, str![[r#"
error: "created" is not an event a publication announces
  --> tests/fixtures/documents-pseudonymised-unknown-event/documents/anonymised/revisions/2025-04-01/publications.toml:20:9
   |
20 | event = "created"
   |         ^^^^^^^^^
   |
   = hint: write "acquired" or "purposes-changed": "acquired" when the date is the day the society acquired the pseudonymised information, "purposes-changed" when it is the day its purposes changed; for information the society made from its own personal information, leave event out: making it is not acquiring it (PPC Q&A 14-15)

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn an_event_on_an_anonymised_entry_is_an_error() {
    let (code, stderr) = check("documents-pseudonymised-event-on-anonymised");
    assert_data_eq!(&stderr, str![[r#"
error: the entry "claims" is anonymised-created, which has no event
  --> tests/fixtures/documents-pseudonymised-event-on-anonymised/documents/anonymised/revisions/2025-04-01/publications.toml:20:9
   |
20 | event = "acquired"
   |         ^^^^^^^^^^
   |
   = hint: remove the line event = …: only a pseudonymised-purposes entry says which event its date is the day of; the date of this kind is always the day the information was made or provided

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn an_event_stated_on_a_published_entry_is_a_change() {
    // 2025-03-10 publishes the entry without an event; 2025-04-01 states
    // one, which is telling the public something the entry did not.
    let (code, stderr) = check("documents-pseudonymised-event-added");
    assert_data_eq!(&stderr, str![[r#"
error: the entry "research-claims" differs from the one published in the revision of 2025-03-10 (event)
 --> tests/fixtures/documents-pseudonymised-event-added/documents/anonymised/revisions/2025-04-01/publications.toml
  = hint: an entry once published never changes (only an English translation may be added where it had none): copy it back from revisions/2025-03-10/publications.toml and add a new entry that says what is new

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_document_folder_without_document_toml_is_an_error() {
    let (code, stderr) = check("documents-without-kind-file");
    assert_data_eq!(&stderr, str![[r#"
error: document.toml is missing
 --> tests/fixtures/documents-without-kind-file/documents/privacy-policy/document.toml
  = hint: write a file document.toml with one line saying what the document is: kind = "policy" (one of "policy", "joint-use", "publications")

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_document_of_an_unknown_kind_is_an_error() {
    let (code, stderr) = check("documents-unknown-kind");
    assert_data_eq!(&stderr, str![[r#"
error: "faq" is not a kind of document
 --> tests/fixtures/documents-unknown-kind/documents/privacy-policy/document.toml:1:8
  |
1 | kind = "faq"
  |        ^^^^^
  |
  = hint: write one of "policy", "joint-use", "publications": a policy is titled sections of text, a joint-use document its arrangements (joint-use.toml), a publications document its entries (publications.toml)

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_document_may_not_take_an_address_of_the_notice() {
    let (code, stderr) = check("documents-reserved-id");
    assert_data_eq!(&stderr, str![[r#"
error: "history" is an address the notice already uses
 --> tests/fixtures/documents-reserved-id/documents/history/
  = hint: rename the folder, e.g. documents/history-notice; history is one of history, accessibility, documents, api, static

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_published_revision_of_a_document_edited_is_an_error_at_its_path() {
    // The lock of each document guards its record as the notice's does.
    let (code, stderr) = check("documents-altered");
    assert_data_eq!(&stderr, str![[r#"
error: this line differs from the text published on 2024-03-01
 --> tests/fixtures/documents-altered/documents/privacy-policy/revisions/2024-04-01/10-policy.ja.md:5:1
  |
5 | 当組合は、個人情報を適切に取り扱います。
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: a published revision must stay exactly as it was published: put the file back as it was (from version control or a backup); corrections go into a new revision (kohyo new-revision)

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}
