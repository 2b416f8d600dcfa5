//! The checks of a request's head that HTTP asks of every server, made
//! before any route sees the request: a `Host` field as RFC 9112 wants it,
//! and limits on the number and size of header fields. They are made here,
//! and not by hyper, so that the refusal is kohyo's own response: it carries
//! the security headers, is written to the access log, and under `/api/`
//! is a problem document like every other error of the open data. hyper's
//! own limits stay as a wider backstop (see `server`).

use axum::http::uri::Authority;
use axum::http::{Request, StatusCode, Version, header};

/// Header fields per request. Browsers send about 15; proxies add a few.
pub(crate) const MAX_FIELDS: usize = 64;
/// Bytes of the request line and header field lines together, counted as
/// they are sent (`name: value` and a line break each).
pub(crate) const MAX_BYTES: usize = 16 * 1024;

/// Why a request is refused before it is looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    NoHost,
    SeveralHosts,
    InvalidHost,
    TooManyFields,
    TooLarge,
}

impl Refusal {
    pub(crate) fn status(self) -> StatusCode {
        match self {
            Refusal::NoHost | Refusal::SeveralHosts | Refusal::InvalidHost => {
                StatusCode::BAD_REQUEST
            }
            Refusal::TooManyFields | Refusal::TooLarge => {
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
            }
        }
    }

    /// What the client did wrong, in a sentence its developer can act on.
    pub(crate) fn detail(self) -> &'static str {
        match self {
            Refusal::NoHost => {
                "An HTTP/1.1 request must have a Host header field (RFC 9112, section 3.2)."
            }
            Refusal::SeveralHosts => {
                "The request has more than one Host header field line (RFC 9112, section 3.2)."
            }
            Refusal::InvalidHost => {
                "The Host header field is not a host name or address with an optional port \
                 (RFC 9112, section 3.2)."
            }
            Refusal::TooManyFields => "The request has more than 64 header fields.",
            Refusal::TooLarge => {
                "The request line and header fields are larger than 16384 bytes together."
            }
        }
    }
}

/// Whether the head of `request` may be answered, and if not, why.
pub(crate) fn check<B>(request: &Request<B>) -> Result<(), Refusal> {
    let headers = request.headers();
    if headers.len() > MAX_FIELDS {
        return Err(Refusal::TooManyFields);
    }
    if head_bytes(request) > MAX_BYTES {
        return Err(Refusal::TooLarge);
    }
    // RFC 9112 §3.2: "A server MUST respond with a 400 (Bad Request) status
    // code to any HTTP/1.1 request message that lacks a Host header field
    // and to any request message that contains more than one Host header
    // field line or a Host header field with an invalid field value."
    // A target in absolute form (`GET http://host/path`) does not excuse a
    // missing Host: "A client MUST send a Host header field in an HTTP/1.1
    // request even if the request-target is in the absolute-form" (ibid.).
    let mut hosts = headers.get_all(header::HOST).iter();
    match (hosts.next(), hosts.next()) {
        (None, _) if request.version() == Version::HTTP_11 => Err(Refusal::NoHost),
        (None, _) => Ok(()),
        (Some(_), Some(_)) => Err(Refusal::SeveralHosts),
        (Some(host), None) => match host.to_str() {
            Ok(host) if is_valid_host(host) => Ok(()),
            _ => Err(Refusal::InvalidHost),
        },
    }
}

/// Whether `value` is `Host = uri-host [ ":" port ]` (RFC 9110 §7.2). An
/// empty value is refused too: it stands for a target URI without an
/// authority, and an `http` URI with an empty host is invalid (RFC 9110
/// §4.2.1), so no request for this site can carry one. Userinfo
/// (`user@host`) belongs to no form of the field.
fn is_valid_host(value: &str) -> bool {
    is_name_and_port(value) || is_host_and_port(value)
}

/// What nearly every client sends, a name or IPv4 address and perhaps a
/// port: valid without parsing it as an authority (which copies it).
fn is_name_and_port(value: &str) -> bool {
    let (name, port) = value.split_once(':').unwrap_or((value, ""));
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && port.bytes().all(|b| b.is_ascii_digit())
}

/// `is_valid_host` for any value, through the URI parser.
fn is_host_and_port(value: &str) -> bool {
    if value.contains('@') {
        return false;
    }
    let Ok(authority) = value.parse::<Authority>() else {
        return false;
    };
    // `Authority` takes any text after the last colon as the port; the
    // grammar allows digits only (RFC 3986 §3.2.3).
    let after_host = &authority.as_str()[authority.host().len()..];
    match after_host.strip_prefix(':') {
        None => after_host.is_empty(),
        Some(port) => port.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// About the bytes of the head as the client sent it: the request line and
/// one `name: value` line per field (the white space around values, which
/// the parser drops, is not counted).
fn head_bytes<B>(request: &Request<B>) -> usize {
    let uri = request.uri();
    let target = uri.path_and_query().map_or(1, |p| p.as_str().len())
        + uri.authority().map_or(0, |a| {
            a.as_str().len() + uri.scheme_str().map_or(0, str::len) + 3
        });
    let request_line = request.method().as_str().len() + 1 + target + " HTTP/1.1\r\n".len();
    let fields: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + 2 + value.len() + 2)
        .sum();
    request_line + fields + 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(version: Version, headers: &[(&str, &str)]) -> Request<Body> {
        let mut builder = Request::builder().uri("/ja/").version(version);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn host_values_as_rfc_9110_defines_them() {
        for valid in [
            "localhost",
            "notice.example.org",
            "notice.example.org:443",
            "127.0.0.1:3000",
            "[::1]:3000",
            "[2001:db8::1]",
            "xn--eckwd4c7c.jp",
            "host:",
        ] {
            assert!(is_valid_host(valid), "{valid}");
        }
        for invalid in [
            "",
            "a b",
            "user@x",
            "user:pass@x:80",
            "x:80:80",
            "x:port",
            "x/path",
            "x?q",
            "[::1",
            "host name",
        ] {
            assert!(!is_valid_host(invalid), "{invalid}");
        }
    }

    #[test]
    fn the_short_way_accepts_only_what_the_parser_accepts() {
        for plain in [
            "localhost",
            "a",
            "x-1.example.org:8080",
            "127.0.0.1:",
            "-",
            "..",
            "A.B:0",
        ] {
            assert!(is_name_and_port(plain), "{plain}");
            assert!(is_host_and_port(plain), "{plain}");
        }
        for other in ["", ":80", "[::1]:3000", "x:80:80", "x:port", "a_b", "é.jp"] {
            assert!(!is_name_and_port(other), "{other}");
        }
    }

    #[test]
    fn http_1_1_needs_one_valid_host_and_http_1_0_none() {
        let check_with = |version, headers: &[(&str, &str)]| check(&request(version, headers));
        assert_eq!(check_with(Version::HTTP_11, &[("host", "x")]), Ok(()));
        assert_eq!(check_with(Version::HTTP_10, &[]), Ok(()));
        assert_eq!(check_with(Version::HTTP_11, &[]), Err(Refusal::NoHost));
        assert_eq!(
            check_with(Version::HTTP_11, &[("host", "x"), ("host", "x")]),
            Err(Refusal::SeveralHosts)
        );
        assert_eq!(
            check_with(Version::HTTP_10, &[("host", "x"), ("host", "y")]),
            Err(Refusal::SeveralHosts)
        );
        assert_eq!(
            check_with(Version::HTTP_10, &[("host", "")]),
            Err(Refusal::InvalidHost)
        );
    }

    #[test]
    fn too_many_or_too_large_fields_are_refused() {
        let names: Vec<String> = (0..MAX_FIELDS).map(|i| format!("x-{i}")).collect();
        let mut fields: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "1")).collect();
        fields[0] = ("host", "x");
        assert_eq!(check(&request(Version::HTTP_11, &fields)), Ok(()));
        fields.push(("x-one-more", "1"));
        assert_eq!(
            check(&request(Version::HTTP_11, &fields)),
            Err(Refusal::TooManyFields)
        );

        // `GET /ja/ HTTP/1.1` (19 bytes with its line break), `host: x`
        // (9), the field below (`x-large: ` and its line break, 11) and
        // the empty line (2) leave this much for the value.
        let room = MAX_BYTES - 19 - 9 - 11 - 2;
        let fits = "v".repeat(room);
        let large = request(Version::HTTP_11, &[("host", "x"), ("x-large", &fits)]);
        assert_eq!(head_bytes(&large), MAX_BYTES);
        assert_eq!(check(&large), Ok(()));
        let over = "v".repeat(room + 1);
        let large = request(Version::HTTP_11, &[("host", "x"), ("x-large", &over)]);
        assert_eq!(check(&large), Err(Refusal::TooLarge));
    }

    #[test]
    fn the_details_name_the_limits_in_force() {
        let fields = Refusal::TooManyFields.detail();
        assert!(fields.contains(&format!(" {MAX_FIELDS} ")), "{fields}");
        let bytes = Refusal::TooLarge.detail();
        assert!(bytes.contains(&format!(" {MAX_BYTES} ")), "{bytes}");
    }
}
