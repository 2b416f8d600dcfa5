//! The import of whole sources, each kind and shape.

use super::*;

fn dates() -> Dates {
    Dates {
        effective: jiff::civil::date(2025, 4, 1),
        announced: jiff::civil::date(2025, 3, 1),
    }
}

#[test]
fn bad_sources_are_refused_with_a_reason() {
    assert_eq!(
        import("a.txt", b"  \n", dates()).unwrap_err(),
        "it is empty"
    );
    assert!(
        import("a.pdf", b"%PDF-1.7 ...", dates())
            .unwrap_err()
            .contains("not text")
    );
    assert!(
        import("a.txt", "こんにちは\n".as_bytes(), dates())
            .unwrap_err()
            .contains("no purposes-of-use table")
    );
}
