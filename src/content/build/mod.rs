//! Turns the texts of a content directory into the `Site` model, finding
//! every problem on the way rather than stopping at the first: staff fix a
//! whole report in one go. Pure: `SourceTree` in, model or report out.

use std::ops::Range;
use std::path::Path;

use jiff::civil::Date;
use toml::Spanned;
use toml::value::Datetime;

use super::diagnostic::{Diagnostic, Excerpt, Report};
use super::files::{RevisionFile, TextFile, parse_toml};
use super::invisible;
use super::layout::{PURPOSES_FILE, REVISION_FILE, REVISIONS_DIR, SITE_FILE};
use super::model::{Notice, Revision, Site, Text};
use super::seal::Seal;
use super::source::{RevisionSource, SourceTree};
use crate::lang::Languages;

mod catalogs;
mod documents;
mod languages;
pub(crate) mod placeholder;
mod purposes;
mod sections;
mod site;
mod texts;

/// What `kohyo new-revision` puts in a new revision's change note, and
/// `check` refuses until staff have replaced it.
pub(crate) const NOTE_TO_WRITE: [&str; 2] = [
    "【ここに改定の内容を書いてください】",
    "[Write here what this revision changes]",
];

/// Builds the site, or reports why it cannot. On success the report holds
/// the warnings (missing translations and the like). `seals` are the
/// notice's revisions' seals in folder order (`seal::seal_chain`), and
/// `document_seals` each document's, made once by the caller, which checks
/// the records with them too.
pub(crate) fn build(
    tree: &SourceTree,
    seals: Vec<Seal>,
    document_seals: Vec<Vec<Seal>>,
) -> Result<(Site, Report), Report> {
    let mut builder = Builder {
        diagnostics: tree.problems.clone(),
        languages: Languages::japanese_and_english(),
    };
    builder.languages = builder.languages(
        tree.site.as_deref().map(|text| File {
            path: Path::new(SITE_FILE),
            text,
        }),
        &tree.messages,
    );
    let catalogs = builder.catalogs(&tree.messages);
    builder.diagnostics.extend(invisible::find(tree));
    builder.diagnostics.extend(placeholder::find(tree));
    let documents = builder.documents(&tree.documents, document_seals);
    let site = builder.site(tree, seals).map(|mut site| {
        site.config.catalogs = catalogs;
        Site { documents, ..site }
    });
    let report = Report::new(builder.diagnostics);
    match site {
        Some(site) if !report.has_errors() => Ok((site, report)),
        _ => Err(report),
    }
}

/// The site's languages as `site.toml` declares them (Japanese and English
/// when it declares none), and what is wrong with their declaration: what
/// a command needs of content that may have errors elsewhere.
pub(crate) fn site_languages(tree: &SourceTree) -> (Languages, Report) {
    let mut builder = Builder {
        diagnostics: Vec::new(),
        languages: Languages::japanese_and_english(),
    };
    let languages = builder.languages(
        tree.site.as_deref().map(|text| File {
            path: Path::new(SITE_FILE),
            text,
        }),
        &tree.messages,
    );
    (languages, Report::new(builder.diagnostics))
}

struct Builder {
    diagnostics: Vec<Diagnostic>,
    /// The site's languages, which every text is checked against.
    languages: Languages,
}

/// One file being read: its path (for reports) and its text (for positions).
#[derive(Clone, Copy)]
struct File<'a> {
    path: &'a Path,
    text: &'a str,
}

impl File<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.path, message).at_span(self.text, span)
    }

    fn warning(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(self.path, message).at_span(self.text, span)
    }
}

impl Builder {
    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn site(&mut self, tree: &SourceTree, seals: Vec<Seal>) -> Option<Site> {
        if !tree.opened {
            return None;
        }
        let has_revision_folders = !tree.revisions.is_empty();
        if tree.site.is_none() && !has_revision_folders && self.diagnostics.is_empty() {
            self.push(
                Diagnostic::error("", "the content folder is empty")
                    .hint("a content folder holds site.toml and revisions/<YYYY-MM-DD>/; copy the example content/ folder to start"),
            );
            return None;
        }
        let config = match &tree.site {
            Some(text) => self.site_config(File {
                path: Path::new(SITE_FILE),
                text,
            }),
            None => {
                if !self
                    .diagnostics
                    .iter()
                    .any(|d| d.file == Path::new(SITE_FILE))
                {
                    self.push(
                        Diagnostic::error(SITE_FILE, "site.toml is missing")
                            .hint("site.toml names the operator, its address and representative, and the contact desk; see content/README.md"),
                    );
                }
                None
            }
        };
        if !has_revision_folders {
            let hint = "add a folder revisions/<YYYY-MM-DD>/ named by the date the notice takes effect, with revision.toml and purposes.toml";
            let message = if tree.has_revisions_dir {
                "there are no revisions"
            } else {
                "the revisions folder is missing"
            };
            self.push(Diagnostic::error(REVISIONS_DIR, message).hint(hint));
        }
        let mut revisions: Vec<Located> = tree
            .revisions
            .iter()
            .zip(seals)
            .filter_map(|(source, seal)| self.revision(source, seal))
            .collect();
        revisions.sort_by_key(|located| located.revision.effective);
        // With a revision missing, neighbours are not really neighbours: its
        // own errors come first, and the comparison waits until they are fixed.
        if revisions.len() == tree.revisions.len() {
            self.announcement_order(&revisions);
            self.declared_purpose_changes(&revisions);
        }
        Some(Site {
            config: config?,
            revisions: revisions
                .into_iter()
                .map(|located| located.revision)
                .collect(),
            documents: Vec::new(),
        })
        .filter(|site| !site.revisions.is_empty())
    }

    fn parse<T: serde::de::DeserializeOwned>(
        &mut self,
        file: File<'_>,
        fragment: Range<usize>,
    ) -> Option<T> {
        parse_toml(file.path, file.text, fragment)
            .map_err(|diagnostic| self.push(*diagnostic))
            .ok()
    }

    fn revision(&mut self, source: &RevisionSource, seal: Seal) -> Option<Located> {
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
        let purposes_path = source.path(PURPOSES_FILE);
        let meta = self.required_file(source, REVISION_FILE, "revision.toml gives the revision's effective and announced dates, its title and its change note")
            .and_then(|text| {
                self.revision_meta(
                    File {
                        path: &revision_path,
                        text,
                    },
                    folder_date,
                )
            });
        let purposes = self.required_file(source, PURPOSES_FILE, "purposes.toml holds the table of categories of personal information and their purposes of use")
            .and_then(|text| {
                self.purposes(File {
                    path: &purposes_path,
                    text,
                })
            });
        let (sections, all_sections_read) = self.sections(source, &[PURPOSES_FILE]);
        // A section whose Japanese file could not be read may well carry the
        // role; its own error is the one to fix first.
        if all_sections_read {
            self.required_roles(source, &sections);
        }
        let meta = meta?;
        self.diagnostics
            .extend(super::citations::check(source, meta.dated.effective));
        let revision = Revision {
            effective: meta.dated.effective,
            announced: meta.dated.announced,
            title: meta.dated.title,
            note: meta.dated.note,
            body: Notice {
                changes_purposes: meta.changes_purposes,
                purposes: purposes?,
            },
            sections,
            seal,
        };
        Some(Located {
            revision,
            changes_purposes_at: Some((revision_path.clone(), meta.changes_purposes_at)),
            announced_at: (revision_path, meta.dated.announced_at),
        })
    }

    /// Revisions are announced in the order they take effect: members learn
    /// of a change before the one that follows it, and the history never
    /// shows a revision whose predecessor is still unannounced.
    fn announcement_order<B>(&mut self, revisions: &[Located<B>]) {
        for pair in revisions.windows(2) {
            let (before, after) = (&pair[0].revision, &pair[1].revision);
            if after.announced < before.announced {
                let (path, excerpt) = &pair[1].announced_at;
                self.push(
                    Diagnostic::error(
                        path,
                        format!(
                            "announced = {} is before the announcement of the revision of {} ({})",
                            after.announced, before.effective, before.announced
                        ),
                    )
                    .at_excerpt(excerpt.clone())
                    .hint("a revision is announced on or after the day the revision before it was announced; correct one of the dates"),
                );
            }
        }
    }

    /// Each revision must say whether it changes the purposes table, because
    /// a changed purpose must be announced (APPI Art. 21(3)) and the feeds
    /// announce exactly the revisions that say so. The table is compared with
    /// the revision before it.
    fn declared_purpose_changes(&mut self, revisions: &[Located]) {
        for (index, located) in revisions.iter().enumerate() {
            let revision = &located.revision;
            let Some((path, excerpt)) = &located.changes_purposes_at else {
                continue;
            };
            let Some(before) = index.checked_sub(1).map(|i| &revisions[i].revision) else {
                if !revision.body.changes_purposes {
                    self.push(
                        Diagnostic::warning(path, "the first revision says changes_purposes = false")
                            .at_excerpt(excerpt.clone())
                            .hint("the first revision publishes the purposes of use: set changes_purposes = true"),
                    );
                }
                continue;
            };
            let changed = revision.body.purposes.differs_from(&before.body.purposes);
            if changed && !revision.body.changes_purposes {
                self.push(
                    Diagnostic::error(
                        path,
                        format!(
                            "the purposes table differs from the revision of {}, but changes_purposes = false",
                            before.effective
                        ),
                    )
                    .at_excerpt(excerpt.clone())
                    .hint("set changes_purposes = true and say in the change note what changed: a change of purposes must be announced (APPI Art. 21(3))"),
                );
            } else if !changed && revision.body.changes_purposes {
                self.push(
                    Diagnostic::warning(
                        path,
                        format!(
                            "changes_purposes = true, but the purposes table is the same as in the revision of {}",
                            before.effective
                        ),
                    )
                    .at_excerpt(excerpt.clone())
                    .hint("set changes_purposes = false if only other parts of the notice changed; purpose changes are what members are told about"),
                );
            }
        }
    }

    fn required_file<'a>(
        &mut self,
        source: &'a RevisionSource,
        name: &str,
        why: &str,
    ) -> Option<&'a str> {
        let text = source.files.get(name).map(String::as_str);
        let unreadable = self.diagnostics.iter().any(|d| d.file == source.path(name));
        if text.is_none() && !unreadable {
            self.push(
                Diagnostic::error(source.dir(), format!("{name} is missing")).hint(format!(
                    "{why}; every revision folder is a complete copy of the notice"
                )),
            );
        }
        text
    }

    fn revision_meta(&mut self, file: File<'_>, folder_date: Option<Date>) -> Option<Meta> {
        let raw: RevisionFile = self.parse(file, 0..file.text.len())?;
        let dated = self.dated(
            file,
            RawDated {
                subject: "the notice",
                effective: &raw.effective,
                announced: &raw.announced,
                title: &raw.title,
                note: &raw.note,
            },
            folder_date,
            false,
        )?;
        Some(Meta {
            changes_purposes: *raw.changes_purposes.get_ref(),
            changes_purposes_at: Excerpt::of(file.text, raw.changes_purposes.span()),
            dated,
        })
    }

    /// What every document's `revision.toml` says: its dates, title and
    /// change note, checked against each other and the folder's name.
    /// `may_follow` leaves an announcement after the effective date to the
    /// kind's own rules (a joint use's changes that the law lets follow).
    fn dated(
        &mut self,
        file: File<'_>,
        raw: RawDated<'_>,
        folder_date: Option<Date>,
        may_follow: bool,
    ) -> Option<Dated> {
        let effective = self.date(file, raw.effective, "effective");
        let announced = self.date(file, raw.announced, "announced");
        let title = self.text(file, raw.title, "the title");
        let note = self.text_or(
            file,
            raw.note,
            "the change note",
            &format!("say in Japanese what this revision changes and why (the first revision: that {} is published); members read it in the history, on the changes page and in the feeds", raw.subject),
        );
        let texts = raw.note.get_ref();
        let note_parts =
            std::iter::once(&texts.ja).chain(texts.translations.iter().map(|(_, text)| text));
        for part in note_parts {
            if let Some(marker) = NOTE_TO_WRITE
                .iter()
                .find(|marker| part.get_ref().contains(*marker))
            {
                self.push(
                    file.error(part.span(), "the change note is still to be written")
                        .hint(format!("replace {marker} with what this revision changes and why, in words members understand; it is shown in the history, on the changes page and in the feeds")),
                );
            }
        }
        if let (Some(effective), Some(folder)) = (effective, folder_date)
            && effective != folder
        {
            self.push(
                file.error(
                    raw.effective.span(),
                    format!("effective = {effective} does not match the folder name {folder}"),
                )
                .hint("a revision folder is named by its effective date: rename the folder or correct the date"),
            );
        }
        if let (Some(effective), Some(announced)) = (effective, announced)
            && announced > effective
            && !may_follow
        {
            self.push(
                file.error(
                    raw.announced.span(),
                    format!("announced = {announced} is after effective = {effective}"),
                )
                .hint("a revision is announced on or before the day it takes effect; correct one of the dates"),
            );
        }
        Some(Dated {
            effective: effective?,
            announced: announced?,
            announced_at: Excerpt::of(file.text, raw.announced.span()),
            title,
            note,
        })
    }

    fn date(&mut self, file: File<'_>, raw: &Spanned<Datetime>, key: &str) -> Option<Date> {
        let value = raw.get_ref();
        let date = plain_date(value);
        if date.is_none() {
            self.push(
                file.error(raw.span(), format!("{key} = {value} is not a plain date"))
                    .hint(format!(
                        "write the date alone, without quotes or a time: {key} = 2025-04-01"
                    )),
            );
        }
        date
    }
}

/// The fields of `revision.toml` every document's revision has, as read.
#[derive(Clone, Copy)]
struct RawDated<'a> {
    /// What the revision is of, as its change note's hint says it: "the
    /// notice", "the document".
    subject: &'static str,
    effective: &'a Spanned<Datetime>,
    announced: &'a Spanned<Datetime>,
    title: &'a Spanned<TextFile>,
    note: &'a Spanned<TextFile>,
}

/// [`RawDated`], checked.
struct Dated {
    effective: Date,
    announced: Date,
    announced_at: Excerpt,
    title: Text,
    note: Text,
}

/// What the notice's `revision.toml` says, checked.
struct Meta {
    dated: Dated,
    changes_purposes: bool,
    changes_purposes_at: Excerpt,
}

/// A revision with the places of the facts that are checked against its
/// neighbours once every revision is read.
struct Located<B = Notice> {
    revision: Revision<B>,
    /// Where the notice's revision says whether it changes purposes; the
    /// other documents have no such line.
    changes_purposes_at: Option<(std::path::PathBuf, Excerpt)>,
    announced_at: (std::path::PathBuf, Excerpt),
}

/// A TOML date with no time or offset, as every date in content is.
fn plain_date(value: &Datetime) -> Option<Date> {
    match (value.date, value.time, value.offset) {
        (Some(date), None, None) => {
            Date::new(date.year as i16, date.month as i8, date.day as i8).ok()
        }
        _ => None,
    }
}

/// The `announced` date of a `revision.toml`, read on its own: the record
/// is checked even when the rest of the content has errors, and it needs
/// to know which revisions are published.
pub(crate) fn announced_date(text: &str) -> Option<Date> {
    let table: toml::Table = toml::from_str(text).ok()?;
    match table.get("announced")? {
        toml::Value::Datetime(value) => plain_date(value),
        _ => None,
    }
}

/// A revision folder name: exactly `YYYY-MM-DD`, and a real date.
pub(crate) fn parse_folder_date(name: &str) -> Option<Date> {
    let shape_ok = name.len() == 10
        && name.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shape_ok.then(|| name.parse().ok()).flatten()
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_announcement_is_read_from_a_revision_file_with_other_errors() {
        let text = "effective = 2025-04-01\nannounced = 2025-03-01\ntitle = 1\n";
        assert_eq!(announced_date(text), Some(jiff::civil::date(2025, 3, 1)));
        assert_eq!(announced_date("announced = \"2025-03-01\"\n"), None);
        assert_eq!(announced_date("announced = 2025-03-01T00:00:00\n"), None);
        assert_eq!(announced_date("announced = 2025-03-01\n[["), None);
    }

    #[test]
    fn folder_names_must_be_real_dates() {
        assert_eq!(
            parse_folder_date("2024-12-02"),
            Some(jiff::civil::date(2024, 12, 2))
        );
        assert_eq!(parse_folder_date("2024-02-30"), None);
        assert_eq!(parse_folder_date("20241202"), None);
        assert_eq!(parse_folder_date("2024-1-02"), None);
        assert_eq!(parse_folder_date("latest"), None);
    }

    #[test]
    fn ids_are_lowercase_words_joined_by_hyphens() {
        assert!(is_valid_id("health-checkups"));
        assert!(is_valid_id("a1"));
        assert!(!is_valid_id("Health"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("資格"));
    }
}
