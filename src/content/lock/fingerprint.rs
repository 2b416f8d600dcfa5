//! The one hash `revisions.lock` keeps besides the seal's: a short
//! fingerprint per line, so that `check` can point at the lines of a
//! published file that changed, where the file's SHA-256 only says that
//! something did.

use sha2::{Digest as _, Sha256};

/// A short fingerprint of each line (line ending included), enough to find
/// which lines of a file changed; the file's SHA-256 is what proves it.
pub(super) fn line_fingerprints(text: &str) -> Vec<u32> {
    text.split_inclusive('\n')
        .map(|line| {
            let hash = Sha256::digest(line.as_bytes());
            u32::from_be_bytes([hash[0], hash[1], hash[2], hash[3]])
        })
        .collect()
}
