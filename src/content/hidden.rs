//! The characters that cannot be seen but change what a text says (see
//! `invisible`, which looks for them in content). A leaf: reports show them
//! as `�`, and the content check names them.

/// The characters looked for, with their Unicode names.
const HIDDEN: [(char, &str); 17] = [
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200C}', "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', "ZERO WIDTH JOINER"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    // At the very start of a file it is a byte order mark, which reading
    // the file has already taken away; anywhere else it is hidden text.
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE"),
];

/// The Unicode name of `c` if it is one of the hidden characters.
pub(crate) fn hidden_name(c: char) -> Option<&'static str> {
    HIDDEN
        .binary_search_by_key(&c, |(hidden, _)| *hidden)
        .ok()
        .map(|i| HIDDEN[i].1)
}

/// Whether `c` reorders the text around it (a bidirectional control).
pub(crate) fn reorders(c: char) -> bool {
    !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_the_search() {
        assert!(HIDDEN.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert_eq!(hidden_name('\u{202E}'), Some("RIGHT-TO-LEFT OVERRIDE"));
        assert_eq!(hidden_name('a'), None);
        assert_eq!(
            hidden_name('\u{3000}'),
            None,
            "an ideographic space is visible"
        );
    }
}
