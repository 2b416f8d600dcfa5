//! The accessibility statement at `/{lang}/accessibility/`, as public bodies
//! publish one: the standard the site targets, how it is tested and with
//! which tools, what is known not to work, and whom to tell about a problem.
//! The tool versions are read from the `package.json` the browser tests run
//! with, so the statement names exactly what the pages were tested with.

use askama::Template;
use serde::Deserialize;

use super::notice::{ContactView, contact_view};
use super::view::filters;
use super::view::{Chrome, Localized};
use crate::content::Site;
use crate::lang::Lang;

#[derive(Template)]
#[template(path = "accessibility.html")]
pub(crate) struct AccessibilityPage<'a> {
    pub chrome: Chrome<'a>,
    pub operator: Localized<'a>,
    pub site_address: &'a str,
    pub contact: ContactView<'a>,
    pub tested_with: &'static TestedWith,
}

impl<'a> AccessibilityPage<'a> {
    pub(crate) fn new(chrome: Chrome<'a>, site: &'a Site, lang: Lang) -> AccessibilityPage<'a> {
        AccessibilityPage {
            chrome,
            operator: Localized::of(site.config.operator.name.get(lang), lang),
            site_address: &site.config.base_url,
            contact: contact_view(&site.config.contact, lang),
            tested_with: TestedWith::get(),
        }
    }
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
