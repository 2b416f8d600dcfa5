//! The documents besides the notice (`documents/<id>/`): each folder's
//! `document.toml` and record, built the way the notice's is (the same
//! revision files, sections, dates and order rules) with the body its
//! kind has: nothing more for a policy, the arrangements of a joint use
//! (`joint_use`), the entries of a publications document
//! (`publications`). A document's folder is checked as if it were a
//! content folder of its own; what is said of it is then placed under
//! `documents/<id>/`.

use std::path::Path;

use super::{Builder, File, Located, RawDated, is_valid_id, parse_folder_date};
use crate::content::diagnostic::Diagnostic;
use crate::content::files::{DocumentFile, DocumentRevisionFile};
use crate::content::layout::{
    DOCUMENT_FILE, JOINT_USE_FILE, PUBLICATIONS_FILE, REVISION_FILE, REVISIONS_DIR,
};
use crate::content::model::{Body, Document, Kind, Revision};
use crate::content::seal::Seal;
use crate::content::source::{DocumentSource, RevisionSource};

mod joint_use;
mod publications;

/// Where a revision's body file writes what is checked against the
/// revisions around it, by kind.
enum Places {
    None,
    JointUse(joint_use::Places),
    Publications(publications::Places),
}

/// Paths the notice has in every language (`/{lang}/history/` …), which a
/// document's id would collide with.
const RESERVED_IDS: [&str; 5] = ["history", "accessibility", "documents", "api", "static"];

impl Builder {
    /// Every document under `documents/`, in the order the site lists
    /// them; `seals` are each one's chain, in folder order.
    pub(super) fn documents(
        &mut self,
        sources: &[DocumentSource],
        seals: Vec<Vec<Seal>>,
    ) -> Vec<Document> {
        let mut documents: Vec<Document> = sources
            .iter()
            .zip(seals)
            .filter_map(|(source, seals)| {
                let mut inner = Builder {
                    diagnostics: Vec::new(),
                    languages: self.languages.clone(),
                };
                let document = inner.document(source, seals);
                let dir = source.dir();
                self.diagnostics
                    .extend(inner.diagnostics.into_iter().map(|d| d.under(&dir)));
                document
            })
            .collect();
        documents.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
        documents
    }

    /// One document, its paths relative to its own folder.
    fn document(&mut self, source: &DocumentSource, seals: Vec<Seal>) -> Option<Document> {
        if !is_valid_id(&source.id) {
            self.push(
                Diagnostic::error("", format!("the folder name \"{}\" cannot be a document's address", source.id))
                    .hint("name a document's folder with lowercase letters, digits and hyphens, e.g. documents/privacy-policy; it is the document's address on the site"),
            );
        } else if RESERVED_IDS.contains(&source.id.as_str()) {
            self.push(
                Diagnostic::error(
                    "",
                    format!("\"{}\" is an address the notice already uses", source.id),
                )
                .hint(format!(
                    "rename the folder, e.g. documents/{}-notice; {} is one of {}",
                    source.id,
                    source.id,
                    RESERVED_IDS.join(", ")
                )),
            );
        }
        let kind = self.kind(source);
        let record = &source.record;
        if record.revisions.is_empty() {
            let message = if record.has_revisions_dir {
                "the document has no revisions"
            } else {
                "the document's revisions folder is missing"
            };
            self.push(
                Diagnostic::error(REVISIONS_DIR, message)
                    .hint("add a folder revisions/<YYYY-MM-DD>/ named by the date the document takes effect, with revision.toml; see content/README.md"),
            );
            return None;
        }
        let kind = kind?;
        let mut read: Vec<(Located<Body>, Places)> = record
            .revisions
            .iter()
            .zip(seals)
            .filter_map(|(revision, seal)| self.document_revision(revision, seal, kind))
            .collect();
        read.sort_by_key(|(located, _)| located.revision.effective);
        if read.len() != record.revisions.len() {
            return None;
        }
        let (revisions, places): (Vec<_>, Vec<_>) = read.into_iter().unzip();
        self.announcement_order(&revisions);
        match kind {
            Kind::Policy => {}
            Kind::JointUse => {
                let places: Vec<_> = places
                    .into_iter()
                    .map(|places| match places {
                        Places::JointUse(places) => places,
                        _ => joint_use::Places::default(),
                    })
                    .collect();
                self.joint_use_changes(&revisions, &places);
            }
            Kind::Publications => {
                let places: Vec<_> = places
                    .into_iter()
                    .map(|places| match places {
                        Places::Publications(places) => places,
                        _ => publications::Places::default(),
                    })
                    .collect();
                self.publications_kept(&revisions);
                self.publications_timely(&revisions, &places);
            }
        }
        Some(Document {
            id: source.id.clone(),
            kind,
            revisions: revisions
                .into_iter()
                .map(|located| located.revision)
                .collect(),
        })
    }

    /// The kind `document.toml` gives.
    fn kind(&mut self, source: &DocumentSource) -> Option<Kind> {
        let kinds = Kind::ORDER.map(Kind::name).join("\", \"");
        let Some(text) = source.document.as_deref() else {
            self.push(
                Diagnostic::error(DOCUMENT_FILE, "document.toml is missing")
                    .hint(format!("write a file document.toml with one line saying what the document is: kind = \"policy\" (one of \"{kinds}\")")),
            );
            return None;
        };
        let path = Path::new(DOCUMENT_FILE);
        let file = File { path, text };
        let raw: DocumentFile = self.parse(file, 0..text.len())?;
        let written = raw.kind.get_ref();
        let kind = Kind::ORDER.into_iter().find(|kind| kind.name() == written);
        if kind.is_none() {
            self.push(
                file.error(raw.kind.span(), format!("\"{written}\" is not a kind of document"))
                    .hint(format!("write one of \"{kinds}\": a policy is titled sections of text, a joint-use document its arrangements (joint-use.toml), a publications document its entries (publications.toml)")),
            );
        }
        kind
    }

    fn document_revision(
        &mut self,
        source: &RevisionSource,
        seal: Seal,
        kind: Kind,
    ) -> Option<(Located<Body>, Places)> {
        let folder_date = parse_folder_date(&source.folder);
        if folder_date.is_none() {
            self.push(
                Diagnostic::error(
                    source.dir(),
                    format!("the folder name \"{}\" is not a date", source.folder),
                )
                .hint("name each revision folder by its effective date as YYYY-MM-DD, e.g. revisions/2025-04-01"),
            );
        }
        let revision_path = source.path(REVISION_FILE);
        let dated = self
            .required_file(source, REVISION_FILE, "revision.toml gives the revision's effective and announced dates, its title and its change note")
            .and_then(|text| {
                let file = File {
                    path: &revision_path,
                    text,
                };
                let raw: DocumentRevisionFile = self.parse(file, 0..text.len())?;
                self.dated(
                    file,
                    RawDated {
                        subject: "the document",
                        effective: &raw.effective,
                        announced: &raw.announced,
                        title: &raw.title,
                        note: &raw.note,
                    },
                    folder_date,
                    kind == Kind::JointUse,
                )
            });
        let body = self.body(source, kind);
        let (sections, _) = self.sections(source, &[JOINT_USE_FILE, PUBLICATIONS_FILE]);
        if kind == Kind::Policy && sections.is_empty() {
            self.push(
                Diagnostic::error(source.dir(), "this policy has no sections")
                    .hint("a policy is its sections of text: add 10-name.ja.md (and 10-name.en.md) with a title in front matter, as the notice's sections are written"),
            );
        }
        let dated = dated?;
        self.diagnostics
            .extend(crate::content::citations::check(source, dated.effective));
        let (body, places) = body?;
        let located = Located {
            revision: Revision {
                effective: dated.effective,
                announced: dated.announced,
                title: dated.title,
                note: dated.note,
                body,
                sections,
                seal,
            },
            changes_purposes_at: None,
            announced_at: (revision_path, dated.announced_at),
        };
        Some((located, places))
    }

    /// The body file the kind asks for, and no other kind's.
    fn body(&mut self, source: &RevisionSource, kind: Kind) -> Option<(Body, Places)> {
        for (name, of) in [
            (JOINT_USE_FILE, Kind::JointUse),
            (PUBLICATIONS_FILE, Kind::Publications),
        ] {
            if of != kind && source.files.contains_key(name) {
                self.push(
                    Diagnostic::error(source.path(name), format!("{name} belongs in a document of kind \"{}\", and this one is \"{}\"", of.name(), kind.name()))
                        .hint(format!("move the file to a document whose document.toml says kind = \"{}\", or change this document's kind", of.name())),
                );
            }
        }
        match kind {
            Kind::Policy => Some((Body::Policy, Places::None)),
            Kind::JointUse => {
                let path = source.path(JOINT_USE_FILE);
                let text = self.required_file(source, JOINT_USE_FILE, "joint-use.toml lists the arrangements of joint use with the items the law requires")?;
                self.joint_use(File { path: &path, text })
                    .map(|(body, places)| (Body::JointUse(body), Places::JointUse(places)))
            }
            Kind::Publications => {
                let path = source.path(PUBLICATIONS_FILE);
                let text = self.required_file(
                    source,
                    PUBLICATIONS_FILE,
                    "publications.toml lists every entry published so far",
                )?;
                self.publications(File { path: &path, text })
                    .map(|(body, places)| (Body::Publications(body), Places::Publications(places)))
            }
        }
    }
}
