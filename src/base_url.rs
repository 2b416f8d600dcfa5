//! The address a site is published at, as `site.toml`'s `base_url` and
//! `export --base-url` give it: read in one place, so that the content and
//! the command line accept the same addresses and write them the same way.
//!
//! Checked and normalised by hand rather than with the url crate: its
//! parser rewrites what it reads (host case, percent-encoding, IDNA), and
//! the address is published as written, in every link of every revision.

use std::fmt;
use std::str::FromStr;

/// An absolute http(s) address without query or fragment, ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl(String);

impl BaseUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for BaseUrl {
    type Err = String;

    /// The message is what `--base-url` shows for an address it refuses.
    fn from_str(value: &str) -> Result<BaseUrl, String> {
        normalize(value).map(BaseUrl).ok_or_else(|| {
            format!("\"{value}\" is not an absolute web address: write it like https://kenpo.example.jp/privacy/")
        })
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `url` trimmed and ending in `/`, or `None` when it is not an absolute
/// http(s) address without query or fragment.
pub(crate) fn normalize(url: &str) -> Option<String> {
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
    fn an_address_is_kept_as_written_with_a_slash_at_the_end() {
        assert_eq!(
            normalize(" https://Kenpo.example.jp/privacy "),
            Some("https://Kenpo.example.jp/privacy/".to_owned())
        );
        assert_eq!(
            normalize("http://127.0.0.1:8080/"),
            Some("http://127.0.0.1:8080/".to_owned())
        );
    }

    #[test]
    fn only_absolute_web_addresses_without_query_or_fragment_are_taken() {
        for refused in [
            "kenpo.example.jp/privacy/",
            "ftp://kenpo.example.jp/",
            "https:///privacy/",
            "https://kenpo.example.jp/?a=1",
            "https://kenpo.example.jp/#top",
            "https://kenpo.example.jp/a b/",
        ] {
            assert_eq!(normalize(refused), None, "{refused}");
        }
        assert_eq!(
            "x.jp/a/".parse::<BaseUrl>(),
            Err("\"x.jp/a/\" is not an absolute web address: write it like https://kenpo.example.jp/privacy/".to_owned())
        );
    }
}
