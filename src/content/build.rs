//! Turns the texts of a content directory into the `Site` model, finding
//! every problem on the way rather than stopping at the first: staff fix a
//! whole report in one go. Pure: `SourceTree` in, model or report out.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use jiff::civil::Date;
use toml::Spanned;
use toml::value::Datetime;

use super::diagnostic::{Diagnostic, Excerpt, Position, Report};
use super::email;
use super::files::{
    CategoryFile, ContactFile, FrontMatterFile, OperatorFile, PhoneFile, PhoneNumberFile,
    PurposesFile, RevisionFile, SiteFile, TextFile, parse_toml, string_start,
};
use super::integrity::{self, Seal};
use super::invisible;
use super::markdown::{self, Dropped, DroppedKind, FrontMatterError, Placement};
use super::model::{
    Bilingual, Category, Contact, Operator, Phone, Prose, Purposes, Revision, Role, Section, Site,
    SiteConfig, Text,
};
use super::phone::{self, NumberProblem};
use super::source::{REVISIONS_DIR, RevisionSource, SITE_FILE, SourceTree};

pub const REVISION_FILE: &str = "revision.toml";

/// What `kohyo new-revision` puts in a new revision's change note, and
/// `check` refuses until staff have replaced it.
pub const NOTE_TO_WRITE: [&str; 2] = [
    "【ここに改定の内容を書いてください】",
    "[Write here what this revision changes]",
];
pub const PURPOSES_FILE: &str = "purposes.toml";

/// Anchors the notice page uses itself, which a section may not take.
const RESERVED_IDS: [&str; 4] = ["main", "contents", "purposes", "contact"];

/// The purposes' introduction and notes sit under the heading `#purposes`.
/// Their ids start `purposes--`, which no section's can: `purposes` is
/// reserved, and a section's ids start with its name and `--`.
const INTRO_PLACEMENT: Placement<'static> = Placement {
    scope: "purposes--intro",
    heading: "purposes",
};
const NOTES_PLACEMENT: Placement<'static> = Placement {
    scope: "purposes--notes",
    heading: "purposes",
};

/// Builds the site, or reports why it cannot. On success the report holds
/// the warnings (missing translations and the like).
pub fn build(tree: &SourceTree) -> Result<(Site, Report), Report> {
    let mut builder = Builder {
        diagnostics: tree.problems.clone(),
    };
    builder.diagnostics.extend(invisible::find(tree));
    let site = builder.site(tree);
    let report = Report::new(builder.diagnostics);
    match site {
        Some(site) if !report.has_errors() => Ok((site, report)),
        _ => Err(report),
    }
}

struct Builder {
    diagnostics: Vec<Diagnostic>,
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

    fn site(&mut self, tree: &SourceTree) -> Option<Site> {
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
        let seals = integrity::seal_chain(&tree.revisions);
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
        })
        .filter(|site| !site.revisions.is_empty())
    }

    fn site_config(&mut self, file: File<'_>) -> Option<SiteConfig> {
        let raw: SiteFile = self.parse(file, 0..file.text.len())?;
        let base_url = self.base_url(file, &raw.base_url);
        let operator = self.operator(file, raw.operator.as_ref());
        let contact = self.contact(file, raw.contact.as_ref());
        Some(SiteConfig {
            base_url: base_url?,
            operator: operator?,
            contact: contact?,
        })
    }

    fn base_url(&mut self, file: File<'_>, raw: &Spanned<String>) -> Option<String> {
        let url = raw.get_ref().trim();
        let normalized = normalize_base_url(url);
        if normalized.is_none() {
            self.push(
                file.error(raw.span(), format!("base_url \"{url}\" is not an absolute web address"))
                    .hint("write the address the site is published at, e.g. base_url = \"https://kenpo.example.jp/privacy/\""),
            );
        }
        normalized
    }

    fn operator(
        &mut self,
        file: File<'_>,
        raw: Option<&Spanned<OperatorFile>>,
    ) -> Option<Operator> {
        let Some(raw) = raw else {
            self.push(
                Diagnostic::error(file.path, "the [operator] table is missing")
                    .at(Position::START)
                    .hint("add [operator] with name, address and representative: APPI Art. 32(1)(i) requires the notice to state them"),
            );
            return None;
        };
        let span = raw.span();
        let raw = raw.get_ref();
        let law = "APPI Art. 32(1)(i) requires the notice to state the operator's name, address and representative";
        let name = self.required_text(file, &span, raw.name.as_ref(), "operator", "name", law);
        let address = self.required_text(
            file,
            &span,
            raw.address.as_ref(),
            "operator",
            "address",
            law,
        );
        let representative = self.required_text(
            file,
            &span,
            raw.representative.as_ref(),
            "operator",
            "representative",
            law,
        );
        Some(Operator {
            name: name?,
            address: address?,
            representative: representative?,
        })
    }

    fn contact(&mut self, file: File<'_>, raw: Option<&Spanned<ContactFile>>) -> Option<Contact> {
        let law = "APPI Art. 32 requires the notice to say where requests and complaints go";
        let Some(raw) = raw else {
            self.push(
                Diagnostic::error(file.path, "the [contact] table is missing")
                    .at(Position::START)
                    .hint(format!("add [contact] with desk, address and phone: {law}")),
            );
            return None;
        };
        let span = raw.span();
        let raw = raw.get_ref();
        let desk = self.required_text(file, &span, raw.desk.as_ref(), "contact", "desk", law);
        let address =
            self.required_text(file, &span, raw.address.as_ref(), "contact", "address", law);
        let phones = match &raw.phone {
            Some(phone) => self.phones(file, phone),
            None => None,
        };
        if phones.as_ref().is_some_and(|(_, phones)| phones.is_empty()) || raw.phone.is_none() {
            self.push(
                file.error(span.clone(), "the contact desk has no phone number")
                    .hint(format!(
                        "add phone = \"03-0000-0000\" under [contact]: {law}"
                    )),
            );
        }
        let email = raw.email.as_ref().and_then(|email| {
            let value = email.get_ref().trim();
            match email::problem(value) {
                None => Some(value.to_owned()),
                Some(why) => {
                    self.push(
                        file.error(
                            email.span(),
                            format!("\"{value}\" is not an e-mail address: {why}"),
                        )
                        .hint("write it in half-width characters like email = \"privacy@kenpo.example.jp\", or remove the line"),
                    );
                    None
                }
            }
        });
        let hours = raw
            .hours
            .as_ref()
            .map(|hours| self.text(file, hours, "the contact desk's hours"));
        let (phone, phones) = phones.filter(|(_, phones)| !phones.is_empty())?;
        Some(Contact {
            desk: desk?,
            address: address?,
            phone,
            phones,
            email,
            hours,
        })
    }

    /// The desk's numbers and the number(s) as one text, or `None` when
    /// one of them cannot be read or dialled; an empty list when none is
    /// written at all.
    fn phones(&mut self, file: File<'_>, raw: &Spanned<PhoneFile>) -> Option<(String, Vec<Phone>)> {
        match raw.get_ref() {
            PhoneFile::Line(line) => self.phone_line(file, raw.span(), line),
            PhoneFile::Numbers(numbers) => {
                let phones: Vec<Option<Phone>> = numbers
                    .iter()
                    .map(|number| self.phone_number(file, number.get_ref()))
                    .collect();
                let phones: Vec<Phone> = phones.into_iter().collect::<Option<_>>()?;
                Some((phone::as_text(&phones), phones))
            }
        }
    }

    /// `phone = "…"`: one number, or several with labels in parentheses.
    fn phone_line(
        &mut self,
        file: File<'_>,
        span: Range<usize>,
        line: &str,
    ) -> Option<(String, Vec<Phone>)> {
        // Places inside the value are places in the file when it is written
        // without escapes; otherwise the whole value is underlined.
        let value_start = string_start(file.text, &span);
        let verbatim = file.text.get(value_start..value_start + line.len()) == Some(line);
        let at = |range: Range<usize>| {
            if verbatim {
                value_start + range.start..value_start + range.end
            } else {
                span.clone()
            }
        };
        let written = match phone::read_written(line) {
            Ok(written) => written,
            Err(unreadable) => {
                self.push(
                    file.error(
                        at(unreadable.span),
                        format!(
                            "the phone numbers \"{}\" cannot be read: {}",
                            line.trim(),
                            unreadable.why
                        ),
                    )
                    .hint(phone::LIST_HINT),
                );
                return None;
            }
        };
        let mut phones = Vec::new();
        let mut all_read = true;
        for written in written {
            let number_text = &line[written.number.clone()];
            let number = match phone::parse_number(number_text) {
                Ok(number) => number,
                Err(problem) => {
                    let hint = match problem {
                        NumberProblem::Unreadable => phone::LIST_HINT,
                        _ => problem.hint(),
                    };
                    self.push(
                        file.error(at(written.number), problem.message(number_text.trim()))
                            .hint(hint),
                    );
                    all_read = false;
                    continue;
                }
            };
            let extension = written
                .extension
                .and_then(|range| phone::parse_extension(&line[range]));
            let label = written.label.and_then(|range| {
                let text = line[range.clone()].trim();
                (!text.is_empty()).then_some((text, range))
            });
            let (fax, only_fax) = label
                .as_ref()
                .map_or((false, false), |(text, _)| phone::fax_label(text));
            let label = label.filter(|_| !only_fax).map(|(text, range)| {
                self.push(
                    file.warning(
                        at(range),
                        format!("the label \"{text}\" of {} has no English translation", number.shown),
                    )
                    .hint(format!(
                        "write the numbers as a list to give each label its English, e.g. {}; until then the English page shows the Japanese label, marked as Japanese",
                        phone::LIST_EXAMPLE
                    )),
                );
                Bilingual {
                    ja: text.to_owned(),
                    en: None,
                }
            });
            phones.push(phone::phone(&number, label, extension, fax));
        }
        all_read.then(|| (line.trim().to_owned(), phones))
    }

    /// One `{ number = "…", … }` of the list form.
    fn phone_number(&mut self, file: File<'_>, raw: &PhoneNumberFile) -> Option<Phone> {
        let written = raw.number.get_ref().trim();
        let number = phone::parse_number(written)
            .map_err(|problem| {
                self.push(
                    file.error(raw.number.span(), problem.message(written))
                        .hint(problem.hint()),
                );
            })
            .ok();
        let extension = match &raw.extension {
            Some(extension) => match phone::parse_extension(extension.get_ref()) {
                Some(digits) => Some(Some(digits)),
                None => {
                    self.push(
                        file.error(
                            extension.span(),
                            format!(
                                "the extension \"{}\" is not a number",
                                extension.get_ref().trim()
                            ),
                        )
                        .hint("write the extension's digits only, e.g. extension = \"123\"; the page adds 内線 or ext. itself"),
                    );
                    None
                }
            },
            None => Some(None),
        };
        let fax = raw.fax.as_ref().is_some_and(|fax| *fax.get_ref());
        let label = raw.label.as_ref().map(|label| {
            if !fax && phone::fax_label(label.get_ref().ja.get_ref()).0 {
                self.push(
                    file.warning(label.span(), "the label says this is a fax, but fax = true is not set")
                        .hint("add fax = true to this number, so that the page does not offer to call a fax machine"),
                );
            }
            self.text(file, label, &format!("the label of the phone number {written}"))
        });
        Some(phone::phone(&number?, label, extension?, fax))
    }

    fn required_text(
        &mut self,
        file: File<'_>,
        table_span: &Range<usize>,
        raw: Option<&Spanned<TextFile>>,
        table: &str,
        key: &str,
        law: &str,
    ) -> Option<Text> {
        match raw {
            Some(raw) if !raw.get_ref().ja.get_ref().trim().is_empty() => {
                Some(self.text(file, raw, &format!("the {table}'s {key}")))
            }
            _ => {
                self.push(
                    file.error(
                        table_span.clone(),
                        format!("the {table}'s {key} is missing"),
                    )
                    .hint(format!(
                        "add {key} = {{ ja = \"…\", en = \"…\" }} under [{table}]: {law}"
                    )),
                );
                None
            }
        }
    }

    /// A text in both languages. An empty Japanese text is an error (there is
    /// nothing to fall back to); a missing English one is a warning.
    fn text(&mut self, file: File<'_>, raw: &Spanned<TextFile>, what: &str) -> Text {
        self.text_or(
            file,
            raw,
            what,
            "Japanese is the authoritative text: write it, or remove the entry",
        )
    }

    /// [`Self::text`] with the hint for an empty Japanese text given.
    fn text_or(
        &mut self,
        file: File<'_>,
        raw: &Spanned<TextFile>,
        what: &str,
        empty_hint: &str,
    ) -> Text {
        let ja = raw.get_ref().ja.get_ref().trim().to_owned();
        if ja.is_empty() {
            self.push(
                file.error(
                    raw.get_ref().ja.span(),
                    format!("the Japanese text of {what} is empty"),
                )
                .hint(empty_hint),
            );
        }
        let en = self
            .english(file, raw, what)
            .map(|en| en.get_ref().trim().to_owned());
        Bilingual { ja, en }
    }

    /// The English of a text if it has any, warning when it has none.
    fn english<'a>(
        &mut self,
        file: File<'_>,
        raw: &'a Spanned<TextFile>,
        what: &str,
    ) -> Option<&'a Spanned<String>> {
        let en = raw
            .get_ref()
            .en
            .as_ref()
            .filter(|en| !en.get_ref().trim().is_empty());
        if en.is_none() {
            self.push(
                file.warning(raw.span(), format!("{what} has no English translation"))
                    .hint("add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese"),
            );
        }
        en
    }

    /// Markdown written inside a TOML string, in both languages.
    fn prose(
        &mut self,
        file: File<'_>,
        raw: &Spanned<TextFile>,
        what: &str,
        placement: Placement<'_>,
    ) -> Bilingual<Prose> {
        let ja = self.markdown_in_toml(file, &raw.get_ref().ja, placement);
        let en = self
            .english(file, raw, what)
            .map(|en| self.markdown_in_toml(file, en, placement));
        Bilingual { ja, en }
    }

    fn markdown_in_toml(
        &mut self,
        file: File<'_>,
        raw: &Spanned<String>,
        placement: Placement<'_>,
    ) -> Prose {
        let start = Position::at(file.text, string_start(file.text, &raw.span()));
        self.markdown(file, raw.get_ref(), start, placement)
    }

    /// Renders Markdown that begins at `start` in `file`, reporting what had
    /// to be dropped at its place in the file.
    fn markdown(
        &mut self,
        file: File<'_>,
        source: &str,
        start: Position,
        placement: Placement<'_>,
    ) -> Prose {
        let (html, dropped) = markdown::render(source, &placement);
        let in_file = |line: usize, column: usize| {
            let position = if line == 1 {
                Position {
                    line: start.line,
                    column: start.column + column - 1,
                }
            } else {
                Position {
                    line: start.line + line - 1,
                    column,
                }
            };
            position.offset_in(file.text)
        };
        for Dropped {
            line,
            column,
            last_line,
            last_column,
            what,
        } in dropped
        {
            let span = in_file(line, column)..in_file(last_line, last_column + 1);
            let diagnostic = match what {
                DroppedKind::RawHtml => Diagnostic::error(file.path, "raw HTML is not allowed in content")
                    .hint("write it in Markdown instead: **bold**, lists with \"- \", links as [text](https://…); HTML is left out of the page"),
                DroppedKind::DangerousLink(url) => Diagnostic::error(
                    file.path,
                    format!("the link address \"{url}\" is not allowed"),
                )
                .hint("links must be web (https://) or mail (mailto:) addresses"),
                DroppedKind::Image => Diagnostic::warning(file.path, "images are not shown on the notice")
                    .hint("only the image's description is kept; describe the content in text instead"),
                DroppedKind::Footnote => Diagnostic::warning(file.path, "footnotes are not supported")
                    .hint("write the note as a paragraph of its own, e.g. starting with ※; until then the page shows [^…] as written"),
                DroppedKind::Strikethrough => Diagnostic::warning(file.path, "struck-through text (~~…~~) is not supported")
                    .hint("delete text that no longer applies (the history keeps every earlier version); until then the page shows the ~~ marks"),
                DroppedKind::TaskItem => Diagnostic::warning(file.path, "check boxes (- [ ] and - [x]) are not supported")
                    .hint("write the item as an ordinary list item without the brackets; until then the page shows them"),
                DroppedKind::UndefinedReference(label) => Diagnostic::warning(
                    file.path,
                    format!("the link name [{label}] is not defined"),
                )
                .hint(format!("write the link as [text](https://…), or add a line [{label}]: https://… to the same text; until then the page shows the brackets")),
                DroppedKind::LinkNotMade => Diagnostic::warning(file.path, "these brackets do not make a link")
                    .hint("write a link as [text](https://…) with no space in the address; until then the page shows the brackets"),
                DroppedKind::LiteralEmphasis(mark) => Diagnostic::warning(
                    file.path,
                    format!("{mark} does not make bold text here"),
                )
                .hint(format!("write bold text as {mark}text{mark}, with no space just inside the marks; to show the characters themselves, write a \\ before each; until then the page shows {mark}")),
                DroppedKind::AddressRunsOn(url) => Diagnostic::warning(
                    file.path,
                    format!("the web address runs on into the text after it: \"{url}\""),
                )
                .hint("put a space after the address, or write the link as [text](https://…)"),
                DroppedKind::NotATable => Diagnostic::warning(file.path, "this looks like a table but is not one")
                    .hint("a table needs a blank line before it, a header row, then a line such as | --- | --- | with as many columns as the header row; until then the page shows the | marks"),
                DroppedKind::HeadingTooDeep => Diagnostic::warning(file.path, "this heading is nested deeper than a page can show")
                    .hint("a section's text has four levels of headings (## to #####); this one is shown at the level of the heading above it"),
                DroppedKind::TableWithoutName => Diagnostic::warning(file.path, "this table has no caption")
                    .hint("write its name in a line right above it, e.g. 表：手数料 (Table: Fees in English), or put a heading right above it; until then screen readers name it after the heading before it"),
                DroppedKind::RowTooLong { written, columns } => Diagnostic::warning(
                    file.path,
                    format!("this row has {written} cells but the table has {columns} columns"),
                )
                .hint(format!(
                    "the cells after the first {columns} are not shown: add a column to the header row and to the line of dashes, or join the cells"
                )),
            };
            self.push(diagnostic.at_span(file.text, span));
        }
        Prose {
            source: source.trim().to_owned(),
            html,
        }
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
        let (sections, all_sections_read) = self.sections(source);
        // A section whose Japanese file could not be read may well carry the
        // role; its own error is the one to fix first.
        if all_sections_read {
            self.required_roles(source, &sections);
        }
        let meta = meta?;
        let revision = Revision {
            effective: meta.effective,
            announced: meta.announced,
            changes_purposes: meta.changes_purposes,
            title: meta.title,
            note: meta.note,
            purposes: purposes?,
            sections,
            seal,
        };
        Some(Located {
            revision,
            changes_purposes_at: (revision_path.clone(), meta.changes_purposes_at),
            announced_at: (revision_path, meta.announced_at),
        })
    }

    /// Revisions are announced in the order they take effect: members learn
    /// of a change before the one that follows it, and the history never
    /// shows a revision whose predecessor is still unannounced.
    fn announcement_order(&mut self, revisions: &[Located]) {
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
            let (path, excerpt) = &located.changes_purposes_at;
            let Some(before) = index.checked_sub(1).map(|i| &revisions[i].revision) else {
                if !revision.changes_purposes {
                    self.push(
                        Diagnostic::warning(path, "the first revision says changes_purposes = false")
                            .at_excerpt(excerpt.clone())
                            .hint("the first revision publishes the purposes of use: set changes_purposes = true"),
                    );
                }
                continue;
            };
            let changed = revision.purposes.differs_from(&before.purposes);
            if changed && !revision.changes_purposes {
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
            } else if !changed && revision.changes_purposes {
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

    /// The sections APPI Art. 32 requires to be there, found by role.
    fn required_roles(&mut self, source: &RevisionSource, sections: &[Section]) {
        let roles: Vec<Role> = sections.iter().filter_map(|s| s.role).collect();
        for (role, example, what, law) in [
            (
                Role::Requests,
                "20-requests.ja.md",
                "no section explains how to make requests (disclosure, correction, suspension of use)",
                "APPI Art. 32(1)(iii)",
            ),
            (
                Role::SafetyMeasures,
                "10-safety-measures.ja.md",
                "no section describes the safety-management measures",
                "APPI Art. 32(1)(iv) and Cabinet Order Art. 10(1)",
            ),
        ] {
            if !roles.contains(&role) {
                self.push(Diagnostic::error(source.dir(), what).hint(format!(
                    "add a section file (e.g. {example}) whose front matter says role = \"{}\" (required by {law})",
                    role.name()
                )));
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
        let effective = self.date(file, &raw.effective, "effective");
        let announced = self.date(file, &raw.announced, "announced");
        let title = self.text(file, &raw.title, "the title");
        let note = self.text_or(
            file,
            &raw.note,
            "the change note",
            "say in Japanese what this revision changes and why (the first revision: that the notice is published); members read it in the history, on the changes page and in the feeds",
        );
        let note_parts = [Some(&raw.note.get_ref().ja), raw.note.get_ref().en.as_ref()];
        for (part, marker) in note_parts.into_iter().zip(NOTE_TO_WRITE) {
            if let Some(part) = part
                && part.get_ref().contains(marker)
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
        {
            self.push(
                file.error(
                    raw.announced.span(),
                    format!("announced = {announced} is after effective = {effective}"),
                )
                .hint("a revision is announced on or before the day it takes effect; correct one of the dates"),
            );
        }
        Some(Meta {
            effective: effective?,
            announced: announced?,
            changes_purposes: *raw.changes_purposes.get_ref(),
            changes_purposes_at: Excerpt::of(file.text, raw.changes_purposes.span()),
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

    fn purposes(&mut self, file: File<'_>) -> Option<Purposes> {
        let raw: PurposesFile = self.parse(file, 0..file.text.len())?;
        if raw.categories.is_empty() {
            self.push(
                Diagnostic::error(file.path, "the purposes table has no categories")
                    .at(Position::START)
                    .hint("add a [[category]] with id, name and purposes: APPI Art. 32(1)(ii) requires the purposes of use to be stated"),
            );
        }
        let mut first_use: BTreeMap<&str, Range<usize>> = BTreeMap::new();
        let categories = raw
            .categories
            .iter()
            .map(|category| {
                let id = &category.get_ref().id;
                self.check_id(file, id, "category id");
                if let Some(first) = first_use.get(id.get_ref().as_str()) {
                    let first_line = Position::at(file.text, first.start).line;
                    self.push(
                        file.error(id.span(), format!("the category id \"{}\" is used twice", id.get_ref()))
                            .hint(format!("each category needs its own id; the first \"{}\" is on line {first_line}", id.get_ref())),
                    );
                } else {
                    first_use.insert(id.get_ref(), id.span());
                }
                self.category(file, category)
            })
            .collect();
        Some(Purposes {
            heading: self.text(file, &raw.heading, "the purposes heading"),
            intro: raw
                .intro
                .as_ref()
                .map(|intro| self.prose(file, intro, "the introduction", INTRO_PLACEMENT)),
            caption: self.text(file, &raw.caption, "the table caption"),
            category_header: self.text(file, &raw.category_header, "the category column header"),
            purposes_header: self.text(file, &raw.purposes_header, "the purposes column header"),
            categories,
            notes: raw
                .notes
                .as_ref()
                .map(|notes| self.prose(file, notes, "the notes", NOTES_PLACEMENT)),
        })
    }

    fn category(&mut self, file: File<'_>, raw: &Spanned<CategoryFile>) -> Category {
        let category = raw.get_ref();
        let name = self.text(
            file,
            &category.name,
            &format!(
                "the category \"{}\"",
                category.name.get_ref().ja.get_ref().trim()
            ),
        );
        if category.purposes.is_empty() {
            self.push(
                file.error(
                    raw.span(),
                    format!("the category \"{}\" has no purposes", name.ja),
                )
                .hint("list at least one purpose: purposes = [ { ja = \"…\", en = \"…\" } ]"),
            );
        }
        let purposes: Vec<Text> = category
            .purposes
            .iter()
            .map(|purpose| {
                let what = format!("the purpose \"{}\"", purpose.get_ref().ja.get_ref().trim());
                self.text(file, purpose, &what)
            })
            .collect();
        // A purpose listed twice says nothing more, and would make the
        // history count a purpose removed when the repeat goes.
        for (index, purpose) in purposes.iter().enumerate() {
            if let Some(first) = purposes[..index].iter().position(|p| p.ja == purpose.ja) {
                let first_line =
                    Position::at(file.text, category.purposes[first].span().start).line;
                self.push(
                    file.error(
                        category.purposes[index].span(),
                        format!(
                            "the purpose \"{}\" is listed twice in the category \"{}\"",
                            purpose.ja, name.ja
                        ),
                    )
                    .hint(format!(
                        "remove one of them; the first is on line {first_line}"
                    )),
                );
            }
        }
        Category {
            id: category.id.get_ref().clone(),
            name,
            purposes,
        }
    }

    fn check_id(&mut self, file: File<'_>, id: &Spanned<String>, what: &str) {
        if !is_valid_id(id.get_ref()) {
            self.push(
                file.error(id.span(), format!("the {what} \"{}\" is not valid", id.get_ref()))
                    .hint("ids use lowercase letters a-z, digits and hyphens, e.g. \"health-checkups\"; once published an id never changes"),
            );
        }
    }

    /// The prose sections in file-name order, and whether every Japanese
    /// section file could be read.
    fn sections(&mut self, source: &RevisionSource) -> (Vec<Section>, bool) {
        // stem ("10-safety-measures") → (Japanese file, English file)
        let mut pairs: BTreeMap<&str, (Option<&str>, Option<&str>)> = BTreeMap::new();
        for name in source.files.keys() {
            if name == REVISION_FILE || name == PURPOSES_FILE {
                continue;
            }
            match parse_section_file_name(name) {
                Some((stem, "ja")) => pairs.entry(stem).or_default().0 = Some(name),
                Some((stem, _)) => pairs.entry(stem).or_default().1 = Some(name),
                None if name.ends_with(".md") => self.push(
                    Diagnostic::error(source.path(name), "this file name is not a section name")
                        .hint("name prose sections NN-name.ja.md and NN-name.en.md, e.g. 10-safety-measures.ja.md: NN sets the order, name is the section's anchor (a-z, 0-9, -)"),
                ),
                None => self.push(
                    Diagnostic::warning(source.path(name), "this file is not part of a revision and is ignored")
                        .hint("a revision holds revision.toml, purposes.toml and NN-name.ja.md / NN-name.en.md sections"),
                ),
            }
        }
        let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
        let mut sections = Vec::new();
        let mut all_read = true;
        for (stem, (ja, en)) in pairs {
            let id = stem[3..].to_owned();
            let Some(ja) = ja else {
                self.push(
                    Diagnostic::error(source.path(en.unwrap_or(stem)), "this English section has no Japanese original")
                        .hint(format!("Japanese is authoritative: add {stem}.ja.md, or rename this file to match an existing section")),
                );
                continue;
            };
            if RESERVED_IDS.contains(&id.as_str()) {
                self.push(
                    Diagnostic::error(
                        source.path(ja),
                        format!("the section name \"{id}\" is reserved"),
                    )
                    .hint(format!(
                        "the page uses the anchors {} itself: rename the file",
                        RESERVED_IDS.join(", ")
                    )),
                );
            }
            if let Some(other) = seen_ids.insert(id.clone(), ja.to_owned()) {
                self.push(
                    Diagnostic::error(
                        source.path(ja),
                        format!("the section name \"{id}\" is also used by {other}"),
                    )
                    .hint(
                        "each section needs its own name after the number: rename one of the files",
                    ),
                );
            }
            match self.section(source, id, ja, en) {
                Some(section) => sections.push(section),
                None => all_read = false,
            }
        }
        (sections, all_read)
    }

    fn section(
        &mut self,
        source: &RevisionSource,
        id: String,
        ja: &str,
        en: Option<&str>,
    ) -> Option<Section> {
        let ja_path = source.path(ja);
        let ja_file = File {
            path: &ja_path,
            text: &source.files[ja],
        };
        // A section's tables and headings take ids after its anchor.
        let placement = Placement {
            scope: &id,
            heading: &id,
        };
        let (ja_head, ja_body) = self.section_file(ja_file, placement)?;
        let english = match en {
            Some(en) => {
                let en_path = source.path(en);
                let en_file = File {
                    path: &en_path,
                    text: &source.files[en],
                };
                self.section_file(en_file, placement).map(|(head, body)| {
                    if let Some((role, span)) = head.role
                        && Some(role) != ja_head.role.as_ref().map(|(role, _)| *role)
                    {
                        self.push(
                            en_file.error(span, "the role differs from the Japanese file's")
                                .hint(format!("give both files the same role, as in {ja}, or leave it out here")),
                        );
                    }
                    (head.title, body)
                })
            }
            None => {
                self.push(
                    Diagnostic::warning(&ja_path, "this section has no English translation")
                        .at(Position::START)
                        .hint(format!(
                            "add {} with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese",
                            ja.replace(".ja.md", ".en.md")
                        )),
                );
                None
            }
        };
        let (en_title, en_body) = english.unzip();
        Some(Section {
            id,
            role: ja_head.role.map(|(role, _)| role),
            title: Bilingual {
                ja: ja_head.title,
                en: en_title,
            },
            body: Bilingual {
                ja: ja_body,
                en: en_body,
            },
        })
    }

    fn section_file(
        &mut self,
        file: File<'_>,
        placement: Placement<'_>,
    ) -> Option<(SectionHead, Prose)> {
        let split = match markdown::split_front_matter(file.text) {
            Ok(split) => split,
            Err(problem) => {
                let message = match problem {
                    FrontMatterError::Missing => "the file does not start with +++ front matter",
                    FrontMatterError::Unclosed => "the +++ front matter is not closed",
                };
                self.push(
                    Diagnostic::error(file.path, message)
                        .at_span(file.text, 0..file.text.len())
                        .hint("start the file with a line +++, then title = \"…\" (and role = \"…\" if it has one), then another line +++"),
                );
                return None;
            }
        };
        let front: FrontMatterFile = self.parse(file, split.front_matter.clone())?;
        // Spans are counted from the start of the front matter, not the file.
        let in_file = |span: Range<usize>| {
            span.start + split.front_matter.start..span.end + split.front_matter.start
        };
        if front.title.get_ref().trim().is_empty() {
            self.push(
                file.error(in_file(front.title.span()), "the section title is empty")
                    .hint("every section needs a heading: write title = \"…\""),
            );
        }
        let start = Position::at(file.text, split.body.start);
        let body = self.markdown(file, &file.text[split.body], start, placement);
        let head = SectionHead {
            title: front.title.get_ref().trim().to_owned(),
            role: front
                .role
                .map(|role| (*role.get_ref(), in_file(role.span()))),
        };
        Some((head, body))
    }
}

/// What `revision.toml` says, checked.
struct Meta {
    effective: Date,
    announced: Date,
    changes_purposes: bool,
    changes_purposes_at: Excerpt,
    announced_at: Excerpt,
    title: Text,
    note: Text,
}

/// A revision with the places of the facts that are checked against its
/// neighbours once every revision is read.
struct Located {
    revision: Revision,
    changes_purposes_at: (std::path::PathBuf, Excerpt),
    announced_at: (std::path::PathBuf, Excerpt),
}

/// The front matter of a section file, with spans counted in the file.
struct SectionHead {
    title: String,
    role: Option<(Role, Range<usize>)>,
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

/// `10-safety-measures.ja.md` → `("10-safety-measures", "ja")`.
fn parse_section_file_name(name: &str) -> Option<(&str, &str)> {
    let (stem, lang) = name.strip_suffix(".md")?.rsplit_once('.')?;
    let (number, id) = stem.split_once('-')?;
    let valid = number.len() == 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && is_valid_id(id)
        && matches!(lang, "ja" | "en");
    valid.then_some((stem, lang))
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

/// The address a site is published at, ending in `/`, or `None` when `url`
/// is not an absolute http(s) address without query or fragment.
pub fn normalize_base_url(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || rest.contains(['?', '#', ' ']) {
        return None;
    }
    let mut url = url.to_owned();
    if !url.ends_with('/') {
        url.push('/');
    }
    Some(url)
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
    fn section_file_names() {
        assert_eq!(
            parse_section_file_name("10-safety-measures.ja.md"),
            Some(("10-safety-measures", "ja"))
        );
        assert_eq!(
            parse_section_file_name("20-requests.en.md"),
            Some(("20-requests", "en"))
        );
        assert_eq!(parse_section_file_name("safety.ja.md"), None);
        assert_eq!(parse_section_file_name("1-x.ja.md"), None);
        assert_eq!(parse_section_file_name("10-Safety.ja.md"), None);
        assert_eq!(parse_section_file_name("10-x.fr.md"), None);
        assert_eq!(parse_section_file_name("10-x.ja.txt"), None);
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
