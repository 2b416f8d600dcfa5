//! The contact desk's e-mail address, checked as mail software reads it, so
//! that the notice never shows a `mailto:` link that cannot be delivered.
//! The grammar is RFC 5322's `addr-spec` with the limits of RFC 5321 (the
//! `email_address` crate); on top of it kohyo wants what a member can type
//! and a mail program can send to from a link: a domain name with at least
//! two labels, no display name (`名前 <…>`), no `[192.0.2.1]` literal, no
//! quoted local part, and no full-width letters, which an input method
//! easily leaves in and which look the same as half-width ones.

use email_address::{EmailAddress, Error, Options};

/// Why `address` is not one the notice can link to, in words for staff;
/// `None` when it is.
pub(crate) fn problem(address: &str) -> Option<&'static str> {
    if address
        .chars()
        .any(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c))
    {
        return Some("it has full-width characters (such as ＠ or ａ)");
    }
    if address.chars().any(char::is_whitespace) {
        return Some("it has a space in it");
    }
    if address.contains(['<', '>']) {
        return Some("it has a name or < > around the address");
    }
    if address.starts_with('"') {
        return Some("its part before @ is in quotes");
    }
    let options = Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    let error = EmailAddress::parse_with_options(address, options).err()?;
    Some(match error {
        Error::MissingSeparator => "it has no @",
        Error::LocalPartEmpty => "nothing comes before the @",
        Error::DomainEmpty => "nothing comes after the @",
        Error::DomainTooFew => {
            "the part after @ is not a full domain name (such as kenpo.example.jp)"
        }
        Error::SubDomainEmpty | Error::DomainInvalidSeparator => {
            "the part after @ has two dots in a row, or a dot at its start or end"
        }
        Error::LocalPartTooLong | Error::DomainTooLong | Error::SubDomainTooLong => {
            "it is longer than mail software accepts"
        }
        Error::UnsupportedDisplayName | Error::MissingDisplayName | Error::MissingEndBracket => {
            "it has a name or < > around the address"
        }
        Error::UnsupportedDomainLiteral | Error::InvalidIPAddress => {
            "the part after @ is not a domain name"
        }
        Error::InvalidCharacter | Error::UnbalancedQuotes | Error::InvalidComment => {
            "it has a character that e-mail addresses cannot have"
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_addresses_pass() {
        for address in [
            "privacy@kenpo.example.jp",
            "kojin.joho+soudan@kenpo.example.co.jp",
            "o'brien@example.org",
        ] {
            assert_eq!(problem(address), None, "{address}");
        }
    }

    #[test]
    fn each_mistake_is_named() {
        for (address, why) in [
            (
                "privacy＠kenpo.example.jp",
                "it has full-width characters (such as ＠ or ａ)",
            ),
            (
                "ｐｒｉｖａｃｙ@kenpo.example.jp",
                "it has full-width characters (such as ＠ or ａ)",
            ),
            ("privacy kenpo.example.jp", "it has a space in it"),
            ("privacy.kenpo.example.jp", "it has no @"),
            ("@kenpo.example.jp", "nothing comes before the @"),
            ("privacy@", "nothing comes after the @"),
            (
                "privacy@localhost",
                "the part after @ is not a full domain name (such as kenpo.example.jp)",
            ),
            (
                "privacy@kenpo..example.jp",
                "the part after @ has two dots in a row, or a dot at its start or end",
            ),
            (
                "privacy@[192.0.2.1]",
                "the part after @ is not a domain name",
            ),
            ("総務課 <privacy@kenpo.example.jp>", "it has a space in it"),
            (
                "<privacy@kenpo.example.jp>",
                "it has a name or < > around the address",
            ),
            ("\"a.b\"@kenpo.example.jp", "its part before @ is in quotes"),
            (
                "pri,vacy@kenpo.example.jp",
                "it has a character that e-mail addresses cannot have",
            ),
            (
                "privacy@kenpo@example.jp",
                "it has a character that e-mail addresses cannot have",
            ),
        ] {
            assert_eq!(problem(address), Some(why), "{address}");
        }
    }
}
