//! `site.toml`: the operator and the contact desk that APPI Art. 32 wants
//! members to know, and the site's address.

use std::ops::Range;

use toml::Spanned;

use super::{Builder, File, placeholder};
use crate::content::diagnostic::{Diagnostic, Position};
use crate::content::email;
use crate::content::files::{
    ContactFile, OperatorFile, PhoneFile, PhoneNumberFile, SiteFile, TextFile, string_start,
};
use crate::content::model::{Contact, Multilingual, Operator, Phone, SiteConfig, Text};
use crate::content::phone::{self, NumberProblem};

impl Builder {
    pub(super) fn site_config(&mut self, file: File<'_>) -> Option<SiteConfig> {
        let raw: SiteFile = self.parse(file, 0..file.text.len())?;
        let base_url = self.base_url(file, &raw.base_url);
        let operator = self.operator(file, raw.operator.as_ref());
        let contact = self.contact(file, raw.contact.as_ref());
        Some(SiteConfig {
            languages: self.languages.clone(),
            // Checked apart from site.toml and put in place by `build`.
            catalogs: Vec::new(),
            base_url: base_url?,
            operator: operator?,
            contact: contact?,
        })
    }

    pub(super) fn base_url(&mut self, file: File<'_>, raw: &Spanned<String>) -> Option<String> {
        let url = raw.get_ref().trim();
        let normalized = normalize_base_url(url);
        if normalized.is_none() && !placeholder::is_marked(url) {
            self.push(
                file.error(raw.span(), format!("base_url \"{url}\" is not an absolute web address"))
                    .hint("write the address the site is published at, e.g. base_url = \"https://kenpo.example.jp/privacy/\""),
            );
        }
        normalized
    }

    pub(super) fn operator(
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

    pub(super) fn contact(
        &mut self,
        file: File<'_>,
        raw: Option<&Spanned<ContactFile>>,
    ) -> Option<Contact> {
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
    pub(super) fn phones(
        &mut self,
        file: File<'_>,
        raw: &Spanned<PhoneFile>,
    ) -> Option<(String, Vec<Phone>)> {
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
    pub(super) fn phone_line(
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
        if placeholder::is_marked(line) {
            return None;
        }
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
                Multilingual::new(text.to_owned())
            });
            phones.push(phone::phone(&number, label, extension, fax));
        }
        all_read.then(|| (line.trim().to_owned(), phones))
    }

    /// One `{ number = "…", … }` of the list form.
    pub(super) fn phone_number(&mut self, file: File<'_>, raw: &PhoneNumberFile) -> Option<Phone> {
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

    pub(super) fn required_text(
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
}

/// The address a site is published at, ending in `/`, or `None` when `url`
/// is not an absolute http(s) address without query or fragment.
pub(crate) fn normalize_base_url(url: &str) -> Option<String> {
    crate::base_url::normalize(url)
}
