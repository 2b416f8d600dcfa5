//! `joint-use.toml`: the arrangements of joint use (共同利用), each with
//! the items APPI Art. 27(5)(iii) requires to be knowable before the
//! joint use begins, and the rule of Art. 27(6) on how a change of them is
//! announced.
//!
//! Art. 27(5)(iii) (in force from 2022-04-01): 「…その旨並びに共同して利用
//! される個人データの項目、共同して利用する者の範囲、利用する者の利用目的並びに
//! 当該個人データの管理について責任を有する者の氏名又は名称及び住所並びに法人に
//! あっては、その代表者の氏名について、あらかじめ、本人に通知し、又は本人が容易
//! に知り得る状態に置いているとき」.
//! Art. 27(6): 「…責任を有する者の氏名、名称若しくは住所又は法人にあっては、
//! その代表者の氏名に変更があったときは遅滞なく、同号に規定する利用する者の利用
//! 目的又は当該責任を有する者を変更しようとするときはあらかじめ、その旨につい
//! て、本人に通知し、又は本人が容易に知り得る状態に置かなければならない。」
//! (e-Gov 法令検索, 個人情報の保護に関する法律, https://laws.e-gov.go.jp/law/415AC0000000057)

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::super::{Builder, File, Located, is_valid_id};
use crate::content::diagnostic::Excerpt;
use crate::content::files::{ArrangementFile, ChangeFile, JointUseFile, ResponsibleFile, TextFile};
use crate::content::layout::JOINT_USE_FILE;
use crate::content::markdown::Placement;
use crate::content::model::{
    Arrangement, Body, ChangeBasis, JointUse, Multilingual, Prose, Responsible, Revision,
};

/// How many days after its effective date a change of the responsible
/// person's name, address or representative may be announced before
/// `check` warns. The law says 遅滞なく (without delay) and gives no
/// number; this is kohyo's default, not the law's.
pub(crate) const WITHOUT_DELAY_DAYS: i32 = 14;

/// Where one revision's `joint-use.toml` writes what is compared with the
/// revision before it, by arrangement id: the model keeps the texts, this
/// keeps their places, so that a problem found between two revisions
/// points at the line to change.
#[derive(Default)]
pub(in super::super) struct Places {
    arrangements: BTreeMap<String, ArrangementPlaces>,
}

struct ArrangementPlaces {
    items: Option<Excerpt>,
    users: Option<Excerpt>,
    change: Option<Declared>,
}

struct Declared {
    /// `None` when the basis written is not one of [`ChangeBasis::ALL`]
    /// (an error already reported).
    basis: Option<ChangeBasis>,
    at: Excerpt,
}

/// The declaration's cases as the hints explain them.
const CASES: &str = "basis = \"consent\" (every member concerned agreed beforehand), \"rename\" (a joint user's name changed), \"succession\" (a joint user's business passed to another) or \"editorial\" (the same items or users in other words; kohyo's case, not the guidelines')";

impl Builder {
    pub(in super::super) fn joint_use(&mut self, file: File<'_>) -> Option<(JointUse, Places)> {
        let raw: JointUseFile = self.parse(file, 0..file.text.len())?;
        if raw.arrangements.is_empty() {
            self.push(
                file.error(0..0, "joint-use.toml has no arrangement")
                    .hint("describe each joint use in a table [[arrangement]] with id, name, items, users, purposes and [arrangement.responsible]; see content/README.md"),
            );
        }
        let mut ids = BTreeSet::new();
        let mut places = Places::default();
        let arrangements: Vec<Option<Arrangement>> = raw
            .arrangements
            .iter()
            .map(|raw| {
                let id = raw.get_ref().id.get_ref();
                if !ids.insert(id.clone()) {
                    self.push(
                        file.error(raw.get_ref().id.span(), format!("the arrangement id \"{id}\" is used twice"))
                            .hint("give each arrangement its own id; the id follows it from revision to revision"),
                    );
                }
                let at = |field: &Option<Spanned<TextFile>>| {
                    field
                        .as_ref()
                        .map(|value| Excerpt::of(file.text, value.span()))
                };
                let change = raw
                    .get_ref()
                    .change
                    .as_ref()
                    .map(|change| self.declared(file, change));
                let basis = change.as_ref().and_then(|declared| declared.basis);
                places.arrangements.insert(
                    id.clone(),
                    ArrangementPlaces {
                        items: at(&raw.get_ref().items),
                        users: at(&raw.get_ref().users),
                        change,
                    },
                );
                self.arrangement(file, raw, basis)
            })
            .collect();
        let joint_use = JointUse {
            arrangements: arrangements.into_iter().collect::<Option<_>>()?,
        };
        Some((joint_use, places))
    }

    /// `[arrangement.change]`, its basis one of [`ChangeBasis::ALL`].
    fn declared(&mut self, file: File<'_>, raw: &Spanned<ChangeFile>) -> Declared {
        let basis = &raw.get_ref().basis;
        let written = basis.get_ref();
        let known = ChangeBasis::ALL.into_iter().find(|b| b.name() == written);
        if known.is_none() {
            let names = ChangeBasis::ALL.map(ChangeBasis::name).join("\", \"");
            self.push(
                file.error(
                    basis.span(),
                    format!("\"{written}\" is not a reason the items or joint users may change"),
                )
                .hint(format!(
                    "write one of \"{names}\" under [arrangement.change]: {CASES}"
                )),
            );
        }
        Declared {
            basis: known,
            at: Excerpt::of(file.text, basis.span()),
        }
    }

    /// One `[[arrangement]]`, with the basis its `[arrangement.change]`
    /// declares, already read.
    fn arrangement(
        &mut self,
        file: File<'_>,
        raw: &Spanned<ArrangementFile>,
        change: Option<ChangeBasis>,
    ) -> Option<Arrangement> {
        let span = raw.span();
        let raw = raw.get_ref();
        let id = raw.id.get_ref().clone();
        if !is_valid_id(&id) {
            self.push(
                file.error(raw.id.span(), format!("the arrangement id \"{id}\" is not a valid id"))
                    .hint("write the id in lowercase letters, digits and hyphens, e.g. id = \"high-cost-grant\"; it never changes once published"),
            );
        }
        let anchor = format!("arrangement-{id}");
        let item = |builder: &mut Builder,
                    field: &Option<Spanned<TextFile>>,
                    key: &str,
                    what: &str| {
            let Some(value) = field else {
                builder.push(
                    file.error(span.clone(), format!("the arrangement \"{id}\" does not say {what} ({key})"))
                        .hint(format!("add {key} = {{ ja = \"…\", en = \"…\" }}: the law requires {what} to be knowable before the joint use (APPI Art. 27(5)(iii))")),
                );
                return None;
            };
            let scope = format!("{anchor}--{key}");
            Some(builder.prose(
                file,
                value,
                what,
                Placement {
                    scope: &scope,
                    heading: &anchor,
                },
            ))
        };
        let name = match &raw.name {
            Some(name) => Some(self.text(file, name, "the arrangement's name")),
            None => {
                self.push(
                    file.error(span.clone(), format!("the arrangement \"{id}\" has no name"))
                        .hint("add name = { ja = \"…\", en = \"…\" }, e.g. the scheme the data is used jointly for; it is the arrangement's heading"),
                );
                None
            }
        };
        let items = item(
            self,
            &raw.items,
            "items",
            "the items of personal data used jointly",
        );
        let users = item(
            self,
            &raw.users,
            "users",
            "the scope of those who use it jointly",
        );
        let purposes = item(
            self,
            &raw.purposes,
            "purposes",
            "the purposes of use of those who use it",
        );
        let notes = raw.notes.as_ref().map(|notes| {
            let scope = format!("{anchor}--notes");
            self.prose(
                file,
                notes,
                "the arrangement's notes",
                Placement {
                    scope: &scope,
                    heading: &anchor,
                },
            )
        });
        let responsible = match &raw.responsible {
            Some(responsible) => self.responsible(file, &id, responsible),
            None => {
                self.push(
                    file.error(span, format!("the arrangement \"{id}\" does not name who is responsible for the data"))
                        .hint("add a table [arrangement.responsible] with id, name, address and representative: the law requires the name and address of the person responsible for managing the data and, for a corporation, its representative (APPI Art. 27(5)(iii))"),
                );
                None
            }
        };
        Some(Arrangement {
            id,
            name: name?,
            items: items?,
            users: users?,
            purposes: purposes?,
            responsible: responsible?,
            notes,
            change,
        })
    }

    fn responsible(
        &mut self,
        file: File<'_>,
        arrangement: &str,
        raw: &Spanned<ResponsibleFile>,
    ) -> Option<Responsible> {
        let span = raw.span();
        let raw = raw.get_ref();
        let required = |builder: &mut Builder,
                        field: &Option<Spanned<TextFile>>,
                        key: &str,
                        what: &str| {
            match field {
                Some(value) => Some(builder.text(file, value, what)),
                None => {
                    builder.push(
                        file.error(span.clone(), format!("the person responsible for the arrangement \"{arrangement}\" has no {key}"))
                            .hint(format!("add {key} = {{ ja = \"…\", en = \"…\" }} under [arrangement.responsible]: the law requires {what} to be knowable (APPI Art. 27(5)(iii), in force from 2022-04-01)")),
                    );
                    None
                }
            }
        };
        let id = match &raw.id {
            Some(id) if is_valid_id(id.get_ref()) => Some(id.get_ref().clone()),
            Some(id) => {
                self.push(
                    file.error(id.span(), format!("\"{}\" is not a valid id", id.get_ref()))
                        .hint("write the id in lowercase letters, digits and hyphens, e.g. id = \"kenporen\""),
                );
                None
            }
            None => {
                self.push(
                    file.error(span.clone(), format!("the person responsible for the arrangement \"{arrangement}\" has no id"))
                        .hint("add id = \"…\" (lowercase letters, digits and hyphens): it tells a change of this person's name or address, announced without delay, from a new person, which must be announced in advance (APPI Art. 27(6))"),
                );
                None
            }
        };
        let name = required(self, &raw.name, "name", "the responsible person's name");
        let address = required(
            self,
            &raw.address,
            "address",
            "the responsible person's address",
        );
        let corporation = raw.corporation.as_ref().is_none_or(|c| *c.get_ref());
        let representative = match (&raw.representative, corporation) {
            (Some(value), true) => Some(self.text(file, value, "the representative")),
            (None, true) => {
                self.push(
                    file.error(span, format!("the person responsible for the arrangement \"{arrangement}\" has no representative"))
                        .hint("add representative = { ja = \"…\", en = \"…\" } (e.g. the chair's title and name): for a corporation the law requires its representative's name (APPI Art. 27(5)(iii), in force from 2022-04-01); for an individual, write corporation = false"),
                );
                None
            }
            (Some(value), false) => {
                self.push(
                    file.warning(value.span(), "an individual has no representative")
                        .hint("corporation = false says the responsible person is an individual: remove the representative, or remove corporation = false if it is an organisation"),
                );
                None
            }
            (None, false) => None,
        };
        Some(Responsible {
            id: id?,
            name: name?,
            address: address?,
            representative,
        })
    }

    /// Art. 27(6): a revision that changes an arrangement's purposes or its
    /// responsible person, or starts a new arrangement after the first
    /// revision, is announced before it takes effect; a change of that
    /// person's name, address or representative may follow its effective
    /// date, without delay. The first revision may be announced on the day
    /// it takes effect: it records joint uses already running (the law asks
    /// only that they were knowable before they began). Then the items and
    /// joint users, which may change only in the cases the guidelines
    /// allow ([`Builder::items_and_users`]). `places` are each revision's,
    /// in the same order.
    pub(in super::super) fn joint_use_changes(
        &mut self,
        revisions: &[Located<Body>],
        places: &[Places],
    ) {
        self.items_and_users(revisions, places);
        if let Some(first) = revisions.first() {
            let revision = &first.revision;
            if revision.announced > revision.effective {
                let (path, excerpt) = &first.announced_at;
                self.push(
                    crate::content::Diagnostic::error(
                        path,
                        format!(
                            "announced = {} is after effective = {}, in the first revision",
                            revision.announced, revision.effective
                        ),
                    )
                    .at_excerpt(excerpt.clone())
                    .hint("a joint use must be made known before it begins (APPI Art. 27(5)(iii): あらかじめ): set announced on or before effective"),
                );
            }
        }
        for pair in revisions.windows(2) {
            let (before, after) = (&pair[0].revision, &pair[1].revision);
            let (path, excerpt) = &pair[1].announced_at;
            let prompt = prompt_changes(before, after);
            if after.announced > after.effective && prompt.is_empty() {
                self.push(
                    crate::content::Diagnostic::error(
                        path,
                        format!(
                            "announced = {} is after effective = {}",
                            after.announced, after.effective
                        ),
                    )
                    .at_excerpt(excerpt.clone())
                    .hint("only a change of the responsible person's name, address or representative may be announced after it takes effect (APPI Art. 27(6)); announce this revision on or before its effective date"),
                );
            }
            for change in advance_changes(before, after) {
                if after.announced >= after.effective {
                    self.push(
                        crate::content::Diagnostic::error(
                            path,
                            format!(
                                "{change}, but this revision is announced on {} and takes effect on {}",
                                after.announced, after.effective
                            ),
                        )
                        .at_excerpt(excerpt.clone())
                        .hint("this must be made known before it takes effect (APPI Art. 27(6): あらかじめ): set announced to a day before effective, or move effective later"),
                    );
                }
            }
            for change in prompt {
                let late = after
                    .effective
                    .until(after.announced)
                    .map_or(0, |span| span.get_days());
                if late > WITHOUT_DELAY_DAYS {
                    self.push(
                        crate::content::Diagnostic::warning(
                            path,
                            format!(
                                "{change}, announced {late} days after it took effect on {}",
                                after.effective
                            ),
                        )
                        .at_excerpt(excerpt.clone())
                        .hint(format!("the law asks for this to be made known without delay (APPI Art. 27(6): 遅滞なく) and gives no number of days; a warning after {WITHOUT_DELAY_DAYS} days is kohyo's default, not the law's: announce such a change as soon as you learn of it")),
                    );
                }
            }
        }
    }
}

impl Builder {
    /// 個人情報保護法ガイドライン（通則編）3-6-3: 「「共同して利用される個人デー
    /// タの項目」及び「共同して利用する者の範囲」について変更することは、原則と
    /// して認められないが、例えば次のような場合は、引き続き共同利用を行うことが
    /// できる。事例1）…あらかじめ本人の同意を得た場合 事例2）共同利用を行う事業
    /// 者の名称に変更があるが、共同して利用される個人データの項目には変更がない
    /// 場合 事例3）共同利用を行う事業者について事業の承継が行われた場合」
    /// (https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/). An
    /// existing arrangement's items or joint users that change are an error
    /// unless the arrangement declares which case applies
    /// (`[arrangement.change]`); a declaration where nothing of them changed
    /// is left over from the revision copied, and a warning.
    fn items_and_users(&mut self, revisions: &[Located<Body>], places: &[Places]) {
        for (index, (located, places)) in revisions.iter().zip(places).enumerate() {
            let before = index.checked_sub(1).map(|i| &revisions[i].revision);
            let path = located.announced_at.0.with_file_name(JOINT_USE_FILE);
            for new in arrangements(&located.revision) {
                let Some(at) = places.arrangements.get(&new.id) else {
                    continue;
                };
                let old = before.and_then(|before| {
                    arrangements(before)
                        .iter()
                        .find(|old| old.id == new.id)
                        .map(|old| (before.effective, old))
                });
                let changed: Vec<(&str, Option<&Excerpt>)> = old
                    .map(|(_, old)| {
                        [
                            (
                                !same(&old.items, &new.items),
                                "the items of personal data used jointly (items)",
                                at.items.as_ref(),
                            ),
                            (
                                !same(&old.users, &new.users),
                                "the scope of the joint users (users)",
                                at.users.as_ref(),
                            ),
                        ]
                        .into_iter()
                        .filter(|(differs, ..)| *differs)
                        .map(|(_, what, at)| (what, at))
                        .collect()
                    })
                    .unwrap_or_default();
                match (&at.change, old) {
                    (None, Some((since, _))) => {
                        for (what, excerpt) in changed {
                            let mut error = crate::content::Diagnostic::error(
                                &path,
                                format!(
                                    "in the arrangement \"{}\", {what} changed from the revision of {since}, and no reason is declared",
                                    new.id
                                ),
                            );
                            if let Some(excerpt) = excerpt {
                                error = error.at_excerpt(excerpt.clone());
                            }
                            self.push(error.hint(format!(
                                "the items and the joint users of a joint use cannot in principle be changed (個人情報保護法ガイドライン（通則編）3-6-3: 原則として認められない): to use other data or share it with others, start a new arrangement with its own id, announced before it takes effect (APPI Art. 27(5)(iii): あらかじめ); if this is a case the guidelines allow, say which under this arrangement: [arrangement.change] {CASES}"
                            )));
                        }
                    }
                    (Some(declared), old) if changed.is_empty() && declared.basis.is_some() => {
                        let message = match old {
                            Some((since, _)) => format!(
                                "[arrangement.change] declares a change, but the items and joint users of the arrangement \"{}\" are the same as in the revision of {since}",
                                new.id
                            ),
                            None => format!(
                                "[arrangement.change] declares a change, but the arrangement \"{}\" is new in this revision",
                                new.id
                            ),
                        };
                        self.push(
                            crate::content::Diagnostic::warning(&path, message)
                                .at_excerpt(declared.at.clone())
                                .hint("remove [arrangement.change] and its basis line: it says why the items or joint users of an arrangement change from the revision before, and here they do not (a new revision starts as a copy of the one before, declaration included)"),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

fn arrangements(revision: &Revision<Body>) -> &[Arrangement] {
    match &revision.body {
        Body::JointUse(joint_use) => &joint_use.arrangements,
        _ => &[],
    }
}

/// What changed from `before` to `after` that must be announced in
/// advance, each said as the sentence's subject.
fn advance_changes(before: &Revision<Body>, after: &Revision<Body>) -> Vec<String> {
    let mut changes = Vec::new();
    for new in arrangements(after) {
        let Some(old) = arrangements(before).iter().find(|old| old.id == new.id) else {
            changes.push(format!("the arrangement \"{}\" is new", new.id));
            continue;
        };
        if !same(&old.purposes, &new.purposes) {
            changes.push(format!(
                "the purposes of use of the arrangement \"{}\" change",
                new.id
            ));
        }
        if old.responsible.id != new.responsible.id {
            changes.push(format!(
                "the person responsible for the arrangement \"{}\" changes from \"{}\" to \"{}\"",
                new.id, old.responsible.id, new.responsible.id
            ));
        }
    }
    changes
}

/// What changed that may be announced on or after it takes effect.
fn prompt_changes(before: &Revision<Body>, after: &Revision<Body>) -> Vec<String> {
    let mut changes = Vec::new();
    for new in arrangements(after) {
        let Some(old) = arrangements(before).iter().find(|old| old.id == new.id) else {
            continue;
        };
        let (a, b) = (&old.responsible, &new.responsible);
        if a.id != b.id {
            continue;
        }
        let representative = |r: &Responsible| r.representative.as_ref().map(|t| t.ja.clone());
        for (differs, what) in [
            (a.name.ja != b.name.ja, "name"),
            (a.address.ja != b.address.ja, "address"),
            (representative(a) != representative(b), "representative"),
        ] {
            if differs {
                changes.push(format!(
                    "the {what} of \"{}\", responsible for the arrangement \"{}\", changes",
                    b.id, new.id
                ));
            }
        }
    }
    changes
}

/// Whether two texts say the same in the authoritative Japanese.
fn same(a: &Multilingual<Prose>, b: &Multilingual<Prose>) -> bool {
    a.ja.source == b.ja.source
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const ARRANGEMENT: &str = r#"[[arrangement]]
id = "grant"
name = { ja = "交付金", en = "Grants" }
items = { ja = "レセプト", en = "Receipts" }
users = { ja = "当組合及び連合会", en = "The Society and the Federation" }
purposes = { ja = "交付申請", en = "Applying for grants" }

[arrangement.responsible]
id = "federation"
name = { ja = "連合会", en = "The Federation" }
address = { ja = "東京都", en = "Tokyo" }
representative = { ja = "会長 見本", en = "Mihon, Chair" }
"#;

    fn read(text: &str) -> (Option<(JointUse, Places)>, Vec<crate::content::Diagnostic>) {
        let mut builder = Builder {
            diagnostics: Vec::new(),
            languages: crate::lang::Languages::japanese_and_english(),
        };
        let file = File {
            path: Path::new("joint-use.toml"),
            text,
        };
        let read = builder.joint_use(file);
        (read, builder.diagnostics)
    }

    #[test]
    fn a_declared_basis_is_one_of_the_cases_and_in_the_model() {
        for basis in ChangeBasis::ALL {
            let text = format!(
                "{ARRANGEMENT}\n[arrangement.change]\nbasis = \"{}\"\n",
                basis.name()
            );
            let (read, diagnostics) = read(&text);
            assert_eq!(diagnostics, []);
            let (joint_use, places) = read.unwrap();
            let declared = &places.arrangements["grant"];
            assert_eq!(declared.change.as_ref().unwrap().basis, Some(basis));
            assert_eq!(joint_use.arrangements[0].change, Some(basis));
        }
        let (_, diagnostics) = read(&format!(
            "{ARRANGEMENT}\n[arrangement.change]\nbasis = \"agreed\"\n"
        ));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].message,
            "\"agreed\" is not a reason the items or joint users may change"
        );
        assert_eq!(diagnostics[0].position.map(|p| p.line), Some(15));
    }

    #[test]
    fn the_places_of_items_and_users_are_kept() {
        let (read, _) = read(ARRANGEMENT);
        let (joint_use, places) = read.unwrap();
        let grant = &places.arrangements["grant"];
        assert_eq!(grant.items.as_ref().map(|at| at.start.line), Some(4));
        assert_eq!(grant.users.as_ref().map(|at| at.start.line), Some(5));
        assert!(grant.change.is_none());
        assert_eq!(joint_use.arrangements[0].change, None);
    }
}
