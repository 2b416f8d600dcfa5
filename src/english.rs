//! The one English word ending that depends on a count, for the messages
//! and pages that say "1 error" but "2 errors". Japanese has no plural, so
//! only English text calls it.

/// `"s"` unless `n` is one.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
