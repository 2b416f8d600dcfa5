//! One thing the site serves (a page, a feed, a stylesheet) as it travels:
//! its bytes, its media type, its gzip and brotli codings and a strong
//! ETag for each. The server and the static export both take these bytes
//! from here, so they cannot disagree.
//!
//! The codings are made at most once per resource, never by a request:
//! brotli at its best quality is worth it for text that is read many times,
//! but it takes seconds for a large page, which no request should wait
//! for. The server has them made in the background (`crate::warm`) and
//! sends the identity body until they are ready (`encoded_now`); the export
//! makes them all before writing (`prepare_all`). A rendering that has the
//! same bytes as the one before takes over its codings (`take_codings_from`),
//! so a reload or the midnight switch compresses only what changed. Gzip at
//! level 9 serves clients without brotli.

use std::io::Write;
use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use axum::http::HeaderValue;
use sha2::{Digest, Sha256};

/// A content coding the server can send (RFC 9110 §8.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Identity,
    Gzip,
    Brotli,
}

impl Coding {
    /// In the server's order of preference when a client accepts several
    /// equally: the smallest first.
    pub const PREFERRED: [Coding; 3] = [Coding::Brotli, Coding::Gzip, Coding::Identity];

    /// The position in `PREFERRED`.
    fn index(self) -> usize {
        match self {
            Coding::Brotli => 0,
            Coding::Gzip => 1,
            Coding::Identity => 2,
        }
    }

    /// The token in `Accept-Encoding` and `Content-Encoding`.
    pub fn token(self) -> &'static str {
        match self {
            Coding::Identity => "identity",
            Coding::Gzip => "gzip",
            Coding::Brotli => "br",
        }
    }

    /// The suffix of the pre-compressed file beside the original in an
    /// export, as nginx's `gzip_static` and `brotli_static` look for it.
    pub fn file_suffix(self) -> &'static str {
        match self {
            Coding::Identity => "",
            Coding::Gzip => ".gz",
            Coding::Brotli => ".br",
        }
    }
}

/// Bodies smaller than this are sent as they are: compressing them saves
/// less than the bytes of the headers that announce it.
const WORTH_COMPRESSING: usize = 256;

#[derive(Clone, Debug)]
pub struct Resource {
    pub content_type: &'static str,
    pub body: Bytes,
    derived: Arc<Derived>,
}

#[derive(Debug, Default)]
struct Derived {
    etags: OnceLock<Etags>,
    gzip: OnceLock<Option<Bytes>>,
    brotli: OnceLock<Option<Bytes>>,
}

/// The ETag of each coding, in `Coding::index` order, as text and as the
/// header value sent with every response (made once, not per request).
#[derive(Debug)]
struct Etags {
    text: [String; 3],
    header: [HeaderValue; 3],
}

impl Resource {
    pub fn new(content_type: &'static str, body: impl Into<Bytes>) -> Resource {
        Resource {
            content_type,
            body: body.into(),
            derived: Arc::default(),
        }
    }

    /// The body in `coding`, made now if it is not made yet (which can take
    /// seconds for a large page: never on an async thread), or `None` when
    /// that coding would not make it smaller (then the identity body is the
    /// one to send).
    pub fn encoded(&self, coding: Coding) -> Option<&Bytes> {
        match coding {
            Coding::Identity => Some(&self.body),
            Coding::Gzip => self
                .derived
                .gzip
                .get_or_init(|| smaller(&self.body, gzip))
                .as_ref(),
            Coding::Brotli => self
                .derived
                .brotli
                .get_or_init(|| smaller(&self.body, brotli))
                .as_ref(),
        }
    }

    /// The body in `coding` if it is made and smaller, without waiting:
    /// `None` when it is not made yet or not worth it.
    pub fn encoded_now(&self, coding: Coding) -> Option<&Bytes> {
        match coding {
            Coding::Identity => Some(&self.body),
            Coding::Gzip => self.derived.gzip.get()?.as_ref(),
            Coding::Brotli => self.derived.brotli.get()?.as_ref(),
        }
    }

    /// Whether every coding is made (or known not to be worth making).
    pub fn is_prepared(&self) -> bool {
        self.derived.gzip.get().is_some() && self.derived.brotli.get().is_some()
    }

    /// Shares `earlier`'s codings, made or still to be made, when it has the
    /// same bytes: the same bytes compress the same, so a page that did not
    /// change between two renderings is compressed once. The body is shared
    /// too, and the copy just rendered dropped: what a reload keeps then
    /// stays where it was in memory, and everything the reload allocated
    /// is freed together, which lets the allocator give it back
    /// (`crate::memory`) instead of keeping pages that a few survivors pin.
    pub fn take_codings_from(&mut self, earlier: &Resource) {
        if self.body == earlier.body && !Arc::ptr_eq(&self.derived, &earlier.derived) {
            self.body = earlier.body.clone();
            self.derived = earlier.derived.clone();
        }
    }

    /// Whether `self` and `other` share their codings (the same resource,
    /// or one rendering's copy of another's).
    pub fn shares_codings_with(&self, other: &Resource) -> bool {
        Arc::ptr_eq(&self.derived, &other.derived)
    }

    /// How many copies of this resource exist (tests of what holds on to a
    /// rendering).
    #[cfg(test)]
    pub(crate) fn holders(&self) -> usize {
        Arc::strong_count(&self.derived)
    }

    /// The strong ETag of the body in `coding`: a digest of the identity
    /// bytes, with the coding appended, since each coding is a different
    /// representation (RFC 9110 §8.8.3.3). The same bytes give the same
    /// ETag on every server, so replicas behind a load balancer agree.
    pub fn etag(&self, coding: Coding) -> &str {
        &self.etags().text[coding.index()]
    }

    /// `etag(coding)` as a header value.
    pub fn etag_header(&self, coding: Coding) -> HeaderValue {
        self.etags().header[coding.index()].clone()
    }

    fn etags(&self) -> &Etags {
        self.derived.etags.get_or_init(|| {
            let hash = Sha256::digest(&self.body);
            let digest = hex::encode(&hash[..12]);
            let text = Coding::PREFERRED.map(|coding| match coding {
                Coding::Identity => format!("\"{digest}\""),
                coding => format!("\"{digest}-{}\"", coding.token()),
            });
            let header = text.clone().map(|tag| {
                HeaderValue::from_maybe_shared(Bytes::from(tag))
                    .expect("an ETag is hex digits, quotes and a coding name")
            });
            Etags { text, header }
        })
    }

    /// Makes every coding and the ETag now, so that no request waits for
    /// them. Blocking: seconds for a large page.
    pub fn prepare(&self) {
        for coding in Coding::PREFERRED {
            self.encoded(coding);
        }
        self.etag(Coding::Identity);
    }
}

/// `compress(original)` when that is worth sending instead of `original`.
fn smaller(original: &Bytes, compress: fn(&[u8]) -> Vec<u8>) -> Option<Bytes> {
    if original.len() < WORTH_COMPRESSING {
        return None;
    }
    let compressed = compress(original);
    (compressed.len() < original.len()).then(|| Bytes::from(compressed))
}

fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(body)
        .and_then(|()| encoder.finish())
        .expect("compressing into memory cannot fail")
}

fn brotli(body: &[u8]) -> Vec<u8> {
    let mut compressed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        // A window as large as the body (at most 4 MiB) and no larger: less
        // memory for the decoder, same result.
        lgwin: (body.len().max(1 << 10).next_power_of_two().trailing_zeros() as i32).clamp(10, 22),
        size_hint: body.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &body[..], &mut compressed, &params)
        .expect("compressing into memory cannot fail");
    compressed
}

/// Prepares `resources` on `threads` threads, each taking the next one in
/// order, so the first ones are ready first. Returns when all are done.
pub fn prepare_all(resources: &[&Resource], threads: usize) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                while let Some(resource) =
                    resources.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    resource.prepare();
                }
            });
        }
    });
}

/// The coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3):
/// the acceptable one with the highest q-value, the smallest on a tie.
/// Without the header, or when nothing listed is acceptable, identity.
pub fn negotiate(accept_encoding: Option<&str>) -> Coding {
    let Some(header) = accept_encoding else {
        return Coding::Identity;
    };
    let mut wildcard: Option<f32> = None;
    let mut listed: [Option<f32>; 3] = [None; 3];
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let token = parts.next().unwrap_or("").trim();
        let quality = parts
            .find_map(|p| {
                let (name, value) = p.split_once('=')?;
                (name.trim().eq_ignore_ascii_case("q")).then(|| value.trim().parse::<f32>().ok())?
            })
            .unwrap_or(1.0)
            .clamp(0.0, 1.0);
        let is = |name: &str| token.eq_ignore_ascii_case(name);
        if token == "*" {
            wildcard = Some(quality);
        } else if is("gzip") || is("x-gzip") {
            // x-gzip is gzip's old alias (RFC 9110 §8.4.1.3).
            listed[1] = Some(quality);
        } else if is("br") {
            listed[0] = Some(quality);
        } else if is("identity") {
            listed[2] = Some(quality);
        }
    }
    let quality = |index: usize, coding: Coding| match (listed[index], coding) {
        (Some(q), _) => q,
        // Identity is acceptable unless refused by name or by `*;q=0`, but
        // unlisted it comes last: a client that lists codings wants one.
        (None, Coding::Identity) => match wildcard {
            Some(0.0) => 0.0,
            _ => f32::MIN_POSITIVE,
        },
        (None, _) => wildcard.unwrap_or(0.0),
    };
    // Nothing acceptable (every coding refused): identity all the same,
    // rather than a 406 for a page that exists (RFC 9110 §12.5.3 allows it).
    let mut best = (Coding::Identity, 0.0_f32);
    for (index, coding) in Coding::PREFERRED.into_iter().enumerate() {
        let q = quality(index, coding);
        if q > best.1 {
            best = (coding, q);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn page() -> Resource {
        let body = "<p>個人情報の利用目的</p>\n".repeat(200);
        Resource::new("text/html; charset=utf-8", body)
    }

    #[test]
    fn each_coding_decodes_to_the_same_bytes() {
        let resource = page();
        let gzip = resource.encoded(Coding::Gzip).unwrap();
        let mut decoded = Vec::new();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, resource.body);

        let brotli = resource.encoded(Coding::Brotli).unwrap();
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &brotli[..], &mut decoded).unwrap();
        assert_eq!(decoded, resource.body);
        assert!(brotli.len() < gzip.len() && gzip.len() < resource.body.len());
    }

    #[test]
    fn codings_are_sent_only_once_made() {
        let resource = page();
        assert!(!resource.is_prepared());
        assert_eq!(resource.encoded_now(Coding::Brotli), None);
        assert_eq!(resource.encoded_now(Coding::Gzip), None);
        assert_eq!(resource.encoded_now(Coding::Identity), Some(&resource.body));
        resource.prepare();
        assert!(resource.is_prepared());
        assert_eq!(
            resource.encoded_now(Coding::Brotli),
            resource.encoded(Coding::Brotli)
        );
        assert!(resource.encoded_now(Coding::Gzip).is_some());
    }

    #[test]
    fn a_rendering_with_the_same_bytes_takes_over_the_codings() {
        let earlier = page();
        earlier.prepare();
        let mut same = page();
        same.take_codings_from(&earlier);
        assert!(same.is_prepared() && same.shares_codings_with(&earlier));
        let mut other = Resource::new("text/html; charset=utf-8", "<p>別の本文</p>".repeat(100));
        other.take_codings_from(&earlier);
        assert!(!other.is_prepared() && !other.shares_codings_with(&earlier));
    }

    #[test]
    fn tiny_bodies_are_not_compressed() {
        let resource = Resource::new("text/css; charset=utf-8", "p{}");
        assert_eq!(resource.encoded(Coding::Brotli), None);
        assert_eq!(resource.encoded(Coding::Gzip), None);
        assert_eq!(resource.encoded(Coding::Identity), Some(&resource.body));
    }

    #[test]
    fn etags_are_strong_stable_and_differ_per_coding() {
        let one = page();
        let two = page();
        assert_eq!(one.etag(Coding::Identity), two.etag(Coding::Identity));
        assert!(one.etag(Coding::Identity).starts_with('"'));
        let identity = one.etag(Coding::Identity).to_owned();
        let digest = identity.trim_matches('"');
        assert_eq!(identity, format!("\"{digest}\""));
        assert_eq!(one.etag(Coding::Brotli), format!("\"{digest}-br\""));
        assert_eq!(one.etag(Coding::Gzip), format!("\"{digest}-gzip\""));
        let other = Resource::new("text/html; charset=utf-8", "<p>別の本文</p>");
        assert_ne!(other.etag(Coding::Identity), identity);
    }

    #[test]
    fn negotiation_follows_q_values_and_prefers_the_smallest() {
        for (header, expected) in [
            (None, Coding::Identity),
            (Some(""), Coding::Identity),
            (Some("gzip, deflate, br"), Coding::Brotli),
            (Some("gzip, deflate"), Coding::Gzip),
            (Some("x-gzip"), Coding::Gzip),
            (Some("BR"), Coding::Brotli),
            (Some("br;q=0.5, gzip"), Coding::Gzip),
            (Some("br;q=0.5, gzip;q=0.5"), Coding::Brotli),
            (Some("*"), Coding::Brotli),
            (Some("deflate"), Coding::Identity),
            (Some("identity"), Coding::Identity),
            (Some("gzip;q=0.8, identity;q=0.9"), Coding::Identity),
            (Some("br;q=0, gzip;q=0"), Coding::Identity),
            (Some("*;q=0"), Coding::Identity),
            (Some("br; q=0.2, *;q=0.1"), Coding::Brotli),
            (Some("gzip;q=nonsense"), Coding::Gzip),
        ] {
            assert_eq!(negotiate(header), expected, "{header:?}");
        }
    }
}
