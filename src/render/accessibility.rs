//! The accessibility statement at `/{lang}/accessibility/`, as public bodies
//! publish one: the standard the site targets, how it is tested and with
//! which tools, what is known not to work, and whom to tell about a problem.
//! The tool versions are read from the `package.json` the browser tests run
//! with, so the statement names exactly what the pages were tested with.

use askama::Template;
use serde::Deserialize;

use super::locale::messages;
use super::notice::{ContactView, contact_view};
use super::view::filters;
use super::view::{Chrome, Localized};
use crate::content::Site;
use crate::messages::{Arg, message_key};
use crate::render::locale::Locale;

#[derive(Template)]
#[template(path = "accessibility.html")]
pub(crate) struct AccessibilityPage<'a> {
    pub chrome: Chrome<'a>,
    pub statement: Statement,
    pub contact: ContactView<'a>,
}

impl<'a> AccessibilityPage<'a> {
    pub(crate) fn new(
        chrome: Chrome<'a>,
        site: &'a Site,
        lang: &'a Locale<'a>,
    ) -> AccessibilityPage<'a> {
        AccessibilityPage {
            chrome,
            statement: Statement::new(site, lang),
            contact: contact_view(&site.config.contact, lang),
        }
    }
}

/// The statement's text in one language, from its catalog, as HTML to put
/// between tags: the operator's name keeps its own language.
pub(crate) struct Statement {
    pub intro: String,
    pub scope_heading: String,
    pub scope: String,
    pub standard_heading: String,
    pub standard: String,
    pub testing_heading: String,
    pub testing: String,
    pub tools: [String; 2],
    pub browser: String,
    pub checks: [String; 6],
    pub limitations_heading: String,
    pub limitations: [String; 3],
    pub report_heading: String,
    pub report: String,
}

impl Statement {
    fn new<'a>(site: &Site, lang: &'a Locale<'a>) -> Statement {
        let messages = messages(lang);
        let tested_with = TestedWith::get();
        let text = |key: &str| element_text(&messages.message(key));
        let version = |key: &str, version: &str| {
            element_text(&messages.message_with(key, &[("version", Arg::Text(version))]))
        };
        let operator = Localized::of(site.config.operator.name.get(lang), lang);
        // The name goes in as a mark no catalog holds, so that the text
        // around it is escaped and the name's own markup is not.
        const NAME: &str = "\u{e000}";
        let intro = messages.message_with("accessibility-intro", &[("operator", Arg::Text(NAME))]);
        let operator = format!(
            "<span{}>{}</span>",
            operator
                .lang
                .map(|code| format!(" lang=\"{code}\""))
                .unwrap_or_default(),
            element_text(operator.text)
        );
        Statement {
            intro: element_text(&intro).replace(NAME, &operator),
            scope_heading: text(message_key("accessibility-scope-heading")),
            scope: element_text(&messages.message_with(
                "accessibility-scope",
                &[("address", Arg::Text(&site.config.base_url))],
            )),
            standard_heading: text(message_key("accessibility-standard-heading")),
            standard: text(message_key("accessibility-standard")),
            testing_heading: text(message_key("accessibility-testing-heading")),
            testing: version(message_key("accessibility-testing"), tested_with.kohyo),
            tools: [
                version(message_key("accessibility-tool-axe"), &tested_with.axe),
                version(
                    message_key("accessibility-tool-nu"),
                    &tested_with.nu_checker,
                ),
            ],
            browser: version(
                message_key("accessibility-tool-browser"),
                &tested_with.playwright,
            ),
            checks: [
                text(message_key("accessibility-check-skip-link")),
                text(message_key("accessibility-check-keyboard")),
                text(message_key("accessibility-check-reflow")),
                text(message_key("accessibility-check-spacing")),
                text(message_key("accessibility-check-forced-colours")),
                text(message_key("accessibility-check-print")),
            ],
            limitations_heading: text(message_key("accessibility-limitations-heading")),
            limitations: [
                text(message_key("accessibility-limitation-automated")),
                text(message_key("accessibility-limitation-translation")),
                text(message_key("accessibility-limitation-archived")),
            ],
            report_heading: text(message_key("accessibility-report-heading")),
            report: text(message_key("accessibility-report")),
        }
    }
}

/// Text as the content of an element: the three characters that could
/// start markup there are escaped, and quotes are left as written.
fn element_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The versions of the test tools, as pinned for the browser test suite.
#[derive(Debug, Deserialize)]
pub(crate) struct TestedWith {
    #[serde(rename = "axe-core")]
    pub axe: String,
    #[serde(rename = "vnu-jar")]
    pub nu_checker: String,
    #[serde(rename = "playwright-core")]
    pub playwright: String,
    #[serde(skip, default = "kohyo_version")]
    pub kohyo: &'static str,
}

fn kohyo_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

const PACKAGE_JSON: &str = include_str!("../../package.json");

impl TestedWith {
    pub(crate) fn get() -> &'static TestedWith {
        static TESTED_WITH: std::sync::OnceLock<TestedWith> = std::sync::OnceLock::new();
        TESTED_WITH.get_or_init(|| {
            #[derive(Deserialize)]
            struct Package {
                #[serde(rename = "devDependencies")]
                dev_dependencies: TestedWith,
            }
            // The file is part of the build, so a mistake in it is caught by
            // the tests below, never by a visitor.
            serde_json::from_str::<Package>(PACKAGE_JSON)
                .expect("package.json names axe-core, vnu-jar and playwright-core")
                .dev_dependencies
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_versions_are_the_pinned_test_tools() {
        let tested = TestedWith::get();
        for version in [&tested.axe, &tested.nu_checker, &tested.playwright] {
            assert!(
                version.chars().next().is_some_and(|c| c.is_ascii_digit()),
                "{version} is an exact version, as the statement quotes it"
            );
            assert!(PACKAGE_JSON.contains(&format!("\"{version}\"")));
        }
        assert_eq!(tested.kohyo, env!("CARGO_PKG_VERSION"));
    }
}
