//! The contact desk's telephone numbers, read the way members will dial
//! them. Staff write numbers as they print them (`03-0000-0000`,
//! `０３－００００－００００`, `+81 3-0000-0000`); this module checks each
//! against the Japanese numbering plan and gives the `tel:` address a phone
//! can call, so that a page never offers a link that dials the wrong place.
//! It also reads the old one-line form of several numbers
//! (`06-0000-1234（代表）／0120-000-000（フリーダイヤル）`) when it can be read
//! only one way. Pure: text in, numbers or problems out; `build` turns the
//! problems into diagnostics.
//!
//! The lengths are those of the numbering plan of the Ministry of Internal
//! Affairs and Communications (総務省), 電気通信番号計画 (令和元年総務省告示第6号),
//! as summarised on its page 電気通信番号制度
//! (https://www.soumu.go.jp/joho_tsusin/top/tel_number): fixed lines
//! 0ABCDEFGHJ (10 digits); 付加的役務電話番号 0AB0DEFGHJ(K) for AB = 12, 17,
//! 18, 57, 99 (10 digits) and 80 (0800, 11 digits); mobiles 070, 080, 090
//! and 060 CDEFGHJK, IP phones 050CDEFGHJK and 020 numbers (11 digits).
//! Japan's country code is 81 (ITU-T E.164); the international form drops
//! the leading 0, e.g. +81-3-0000-0000 (RFC 3966 § 5.1.4 global numbers).

use std::ops::Range;

use super::model::{Phone, Text};

/// The list form, as hints show it.
pub(crate) const LIST_EXAMPLE: &str = "phone = [ { number = \"06-0000-1234\", label = { ja = \"代表\", en = \"Main\" } }, { number = \"06-0000-1235\", label = { ja = \"FAX\", en = \"Fax\" }, fax = true } ]";

/// What to do with a line of numbers that cannot be read one way only.
pub(crate) const LIST_HINT: &str = "write each number with its own label as a list, e.g. phone = [ { number = \"06-0000-1234\", label = { ja = \"代表\", en = \"Main\" } }, { number = \"06-0000-1235\", label = { ja = \"FAX\", en = \"Fax\" }, fax = true } ]; an extension is written extension = \"123\"";

/// A number as written, read and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Number {
    /// As written, in half-width characters.
    pub shown: String,
    /// The global number in RFC 3966 syntax, with the groups as written:
    /// `+81-3-0000-0000`.
    pub global: String,
}

/// Why a number cannot be given a `tel:` link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NumberProblem {
    /// Something other than digits, hyphens, spaces, parentheses and a
    /// leading `+`: a label or a note mixed into the number.
    Unreadable,
    /// A country code other than Japan's.
    Foreign,
    /// No leading 0: written without its area code (市外局番).
    NoAreaCode,
    /// 00…: a carrier or international prefix, not a number in Japan.
    Prefix,
    /// Too few or too many digits for its kind of number.
    Length {
        kind: &'static str,
        expected: usize,
        found: usize,
    },
}

impl NumberProblem {
    /// The message for `written`, the number as staff wrote it.
    pub(crate) fn message(&self, written: &str) -> String {
        match self {
            NumberProblem::Unreadable => format!("the phone number \"{written}\" cannot be read"),
            NumberProblem::Foreign => {
                format!("\"{written}\" is not a Japanese phone number")
            }
            NumberProblem::NoAreaCode => {
                format!("the phone number \"{written}\" has no area code")
            }
            NumberProblem::Prefix => {
                format!(
                    "\"{written}\" starts with 00, which is not part of a phone number in Japan"
                )
            }
            NumberProblem::Length {
                kind,
                expected,
                found,
            } => format!(
                "the phone number \"{written}\" has {found} digits, but {kind} has {expected}"
            ),
        }
    }

    pub(crate) fn hint(&self) -> &'static str {
        match self {
            NumberProblem::Unreadable => {
                "write only the number here, with digits and hyphens (e.g. 03-1234-5678); a label goes in label = { ja = \"…\", en = \"…\" } and an extension in extension = \"123\""
            }
            NumberProblem::Foreign => {
                "kohyo links only Japanese numbers: write the number as it is dialled in Japan, e.g. 03-1234-5678 or +81 3-1234-5678"
            }
            NumberProblem::NoAreaCode => {
                "write the number with its area code (市外局番), starting with 0, e.g. 03-1234-5678"
            }
            NumberProblem::Prefix => {
                "leave out any carrier prefix and write the number from its area code, e.g. 03-1234-5678"
            }
            NumberProblem::Length { .. } => LENGTHS,
        }
    }
}

const LENGTHS: &str = "check the number: fixed lines have 10 digits with the area code (03-1234-5678), as have 0120 free dial and 0570 numbers; mobiles (070, 080, 090), IP phones (050) and 0800 free dial have 11";

/// The kinds of number by prefix, longest prefix first, with their digits
/// counted from the leading 0. Any other 0A (A ≠ 0) is a fixed line.
const PLAN: [(&str, usize, &str); 12] = [
    ("0120", 10, "a 0120 free-dial number"),
    ("0800", 11, "a 0800 free-dial number"),
    ("0570", 10, "a 0570 number"),
    ("0170", 10, "a 0170 number"),
    ("0180", 10, "a 0180 number"),
    ("0990", 10, "a 0990 number"),
    ("020", 11, "a 020 number"),
    ("050", 11, "an IP phone number (050)"),
    ("060", 11, "a 060 number"),
    ("070", 11, "a mobile number"),
    ("080", 11, "a mobile number"),
    ("090", 11, "a mobile number"),
];
const FIXED_LINE: (usize, &str) = (10, "a fixed-line number");

/// `text` with full-width digits, letters, signs and spaces, and the many
/// dashes people type between digits (－ ‐ ― ー …), made half-width.
pub(crate) fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            // Full-width ASCII (！ to ～) sits at a fixed offset from ASCII.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' | '\u{FF70}' | '\u{FE63}' => '-',
            c => c,
        })
        .collect()
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | ' ' | '(' | ')' | '.')
}

/// Reads one number as written.
pub(crate) fn parse_number(written: &str) -> Result<Number, NumberProblem> {
    let shown = half_width(written).trim().to_owned();
    let body = shown.strip_prefix('+').unwrap_or(&shown);
    let readable = body.chars().all(|c| c.is_ascii_digit() || is_separator(c))
        && body.chars().any(|c| c.is_ascii_digit());
    if !readable {
        return Err(NumberProblem::Unreadable);
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let international = shown.starts_with('+');
    let national = if international {
        let Some(rest) = digits.strip_prefix("81") else {
            return Err(NumberProblem::Foreign);
        };
        // "+81 (0)3-…": the trunk 0 may be written; it is dialled in Japan only.
        if rest.starts_with('0') {
            rest.to_owned()
        } else {
            format!("0{rest}")
        }
    } else if digits.starts_with('0') {
        digits
    } else {
        return Err(NumberProblem::NoAreaCode);
    };
    if national.starts_with("00") {
        return Err(NumberProblem::Prefix);
    }
    let groups = subscriber_groups(body, international, &national);
    // The kind is read from the prefix as written: 06-0000-1234 is an
    // Osaka number (area code 06), 060-0000-1234 a 060 one.
    let area_code = groups.first().map_or(0, |g| g.len() + 1);
    let (expected, kind) = PLAN
        .iter()
        .find(|(prefix, _, _)| national.starts_with(prefix) && area_code >= prefix.len())
        .map_or(FIXED_LINE, |&(_, digits, kind)| (digits, kind));
    if national.len() != expected {
        return Err(NumberProblem::Length {
            kind,
            expected,
            found: national.len(),
        });
    }
    Ok(Number {
        global: format!("+81-{}", groups.join("-")),
        shown,
    })
}

/// The groups of digits as written, without the country code and the
/// trunk 0 (06-0000-1234 → 6, 0000, 1234); one group when they cannot be
/// told apart (`+8 1…`).
fn subscriber_groups<'a>(body: &'a str, international: bool, national: &'a str) -> Vec<&'a str> {
    let mut groups: Vec<&str> = body.split(is_separator).filter(|g| !g.is_empty()).collect();
    if international && let Some(first) = groups.first_mut() {
        *first = first.strip_prefix("81").unwrap_or(first);
    }
    groups.retain(|g| !g.is_empty());
    if let Some(first) = groups.first_mut() {
        *first = first.strip_prefix('0').unwrap_or(first);
    }
    groups.retain(|g| !g.is_empty());
    let subscriber = &national[1..];
    if groups.concat() == subscriber {
        groups
    } else {
        vec![subscriber]
    }
}

/// An extension (内線) as written, if it is digits only: the digits.
pub(crate) fn parse_extension(written: &str) -> Option<String> {
    let digits = half_width(written).trim().to_owned();
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

/// The `tel:` address (RFC 3966) of a number and its extension.
pub(crate) fn tel_uri(number: &Number, extension: Option<&str>) -> String {
    match extension {
        Some(extension) => format!("tel:{};ext={extension}", number.global),
        None => format!("tel:{}", number.global),
    }
}

/// Whether a label says the number is a fax (FAX, ファックス, ファクス,
/// ファクシミリ), and whether it says nothing else.
pub(crate) fn fax_label(label: &str) -> (bool, bool) {
    let label = half_width(label).trim().to_lowercase();
    let words = ["fax", "ファックス", "ファクス", "ファクシミリ", "facsimile"];
    let says = words.iter().any(|w| label.contains(w));
    let only = words.contains(&label.as_str());
    (says, only)
}

/// The model of one number: a fax gets no `tel:` address, so that no page
/// offers to call a fax machine.
pub(crate) fn phone(
    number: &Number,
    label: Option<Text>,
    extension: Option<String>,
    fax: bool,
) -> Phone {
    Phone {
        number: number.shown.clone(),
        tel: (!fax).then(|| tel_uri(number, extension.as_deref())),
        label,
        extension,
        fax,
    }
}

/// The numbers as one line of Japanese text, as the one-line form writes
/// them: `06-0000-1234（代表）／06-0000-1235 内線 12（FAX）`.
pub(crate) fn as_text(phones: &[Phone]) -> String {
    let texts: Vec<String> = phones
        .iter()
        .map(|phone| {
            let mut text = phone.number.clone();
            if let Some(extension) = &phone.extension {
                text.push_str(&format!(" 内線 {extension}"));
            }
            match (&phone.label, phone.fax) {
                (Some(label), _) => text.push_str(&format!("（{}）", label.ja)),
                (None, true) => text.push_str("（FAX）"),
                (None, false) => {}
            }
            text
        })
        .collect();
    texts.join("／")
}

/// One number of the old one-line form, by byte ranges of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Written {
    pub number: Range<usize>,
    /// The text inside （…） or (…), without the parentheses.
    pub label: Option<Range<usize>>,
    /// The digits after 内線 or ext.
    pub extension: Option<Range<usize>>,
}

/// Why the one-line form could not be read, at a byte range of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unreadable {
    pub span: Range<usize>,
    pub why: &'static str,
}

/// The separators between numbers in the one-line form.
fn is_list_separator(c: char) -> bool {
    matches!(c, '／' | '/' | '、' | ',' | '，' | ';' | '；')
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Reads `phone = "…"` as one or several numbers: separated by ／ / 、 , ;
/// each with at most one label in （…） or (…) and at most one extension
/// (内線 123, ext. 123), written before or after the number. Parentheses
/// around digits only are part of the number, as in 03(0000)0000.
pub(crate) fn read_written(text: &str) -> Result<Vec<Written>, Unreadable> {
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => {
                depth = depth.checked_sub(1).ok_or(Unreadable {
                    span: i..i + c.len_utf8(),
                    why: "this closing parenthesis has no opening one",
                })?;
            }
            c if depth == 0 && is_list_separator(c) => {
                pieces.push(start..i);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if depth > 0 {
        let open = text.rfind(['(', '（']).unwrap_or(0);
        return Err(Unreadable {
            span: open..text.len(),
            why: "this parenthesis is not closed",
        });
    }
    pieces.push(start..text.len());
    pieces
        .into_iter()
        .filter_map(|piece| trimmed(text, piece))
        .map(|piece| read_piece(text, piece))
        .collect()
}

/// `range` without the white space at its ends, or `None` if that is all.
fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let part = &text[range.clone()];
    let start = range.start + (part.len() - part.trim_start_matches(is_space).len());
    let end = range.end - (part.len() - part.trim_end_matches(is_space).len());
    (start < end).then_some(start..end)
}

/// The extension marker at the start of `text` (内線, ext, ext.), and its
/// length in bytes.
fn extension_marker(text: &str) -> Option<usize> {
    if text.starts_with("内線") {
        return Some("内線".len());
    }
    let mut chars = text.char_indices();
    let word: String = chars.by_ref().take(3).map(|(_, c)| c).collect();
    if !half_width(&word).eq_ignore_ascii_case("ext") {
        return None;
    }
    let after = chars.next();
    let dot = after
        .filter(|(_, c)| matches!(c, '.' | '．'))
        .map_or(0, |(_, c)| c.len_utf8());
    Some(after.map_or(text.len(), |(i, _)| i) + dot)
}

/// The digits after an extension marker in `range`, skipping white space
/// and a colon.
fn extension_digits(text: &str, range: Range<usize>) -> Result<Range<usize>, Unreadable> {
    let part = &text[range.clone()];
    let skipped = part.len()
        - part
            .trim_start_matches(|c: char| is_space(c) || matches!(c, ':' | '：'))
            .len();
    trimmed(text, range.start + skipped..range.end)
        .filter(|digits| parse_extension(&text[digits.clone()]).is_some())
        .ok_or(Unreadable {
            span: range,
            why: "an extension is written with digits only, e.g. 内線 123",
        })
}

fn read_piece(text: &str, piece: Range<usize>) -> Result<Written, Unreadable> {
    let mut label = None;
    let mut extension = None;
    // The number is what lies outside the labels; it must be in one piece.
    let mut number: Option<Range<usize>> = None;
    let mut number_closed = false;
    let mut at = piece.start;
    while at < piece.end {
        let rest = &text[at..piece.end];
        let c = rest.chars().next().unwrap_or(' ');
        if matches!(c, '(' | '（') {
            let close = group_end(text, at, piece.end);
            let inner = at + c.len_utf8()..close.start;
            let inner_text = half_width(&text[inner.clone()]);
            let digits_only = inner_text
                .chars()
                .all(|c| c.is_ascii_digit() || is_separator(c))
                && inner_text.chars().any(|c| c.is_ascii_digit());
            if digits_only {
                // Digits in parentheses belong to the number: 03(0000)0000.
                if number_closed {
                    return Err(two_numbers(piece));
                }
                number = Some(number.map_or(at, |n| n.start)..close.end);
            } else {
                if number.is_some() {
                    number_closed = true;
                }
                let inner = trimmed(text, inner.clone()).unwrap_or(inner);
                if let Some(marker) = extension_marker(&text[inner.clone()]) {
                    if extension.is_some() {
                        return Err(Unreadable {
                            span: at..close.end,
                            why: "a number has one extension",
                        });
                    }
                    extension = Some(extension_digits(text, inner.start + marker..inner.end)?);
                } else if label.is_some() {
                    return Err(Unreadable {
                        span: at..close.end,
                        why: "a number has one label in parentheses",
                    });
                } else {
                    label = Some(inner);
                }
            }
            at = close.end;
        } else if let Some(marker) = extension_marker(rest) {
            if extension.is_some() {
                return Err(Unreadable {
                    span: at..piece.end,
                    why: "a number has one extension",
                });
            }
            // The extension runs to the next label or the end of the number.
            let end = rest.find(['(', '（']).map_or(piece.end, |i| at + i);
            extension = Some(extension_digits(text, at + marker..end)?);
            if number.is_some() {
                number_closed = true;
            }
            at = end;
        } else if is_space(c) {
            at += c.len_utf8();
        } else {
            if number_closed {
                return Err(two_numbers(piece));
            }
            number = Some(number.map_or(at, |n| n.start)..at + c.len_utf8());
            at += c.len_utf8();
        }
    }
    let number = number.ok_or(Unreadable {
        span: piece.clone(),
        why: "there is no number here",
    })?;
    Ok(Written {
        number,
        label,
        extension,
    })
}

fn two_numbers(piece: Range<usize>) -> Unreadable {
    Unreadable {
        span: piece,
        why: "a label or extension stands inside the number",
    }
}

/// The range of the closing parenthesis matching the one at `open`.
fn group_end(text: &str, open: usize, end: usize) -> Range<usize> {
    let mut depth = 0usize;
    for (i, c) in text[open..end].char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => {
                depth -= 1;
                if depth == 0 {
                    return open + i..open + i + c.len_utf8();
                }
            }
            _ => {}
        }
    }
    // `read_written` has checked that every parenthesis is closed.
    end..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tel(written: &str) -> String {
        tel_uri(&parse_number(written).unwrap(), None)
    }

    #[test]
    fn numbers_become_global_tel_addresses_with_their_groups() {
        assert_eq!(tel("03-0000-0000"), "tel:+81-3-0000-0000");
        assert_eq!(tel("06-0000-1234"), "tel:+81-6-0000-1234");
        assert_eq!(tel("0120-000-000"), "tel:+81-120-000-000");
        assert_eq!(tel("0800-000-0000"), "tel:+81-800-000-0000");
        assert_eq!(tel("0570-000-000"), "tel:+81-570-000-000");
        assert_eq!(tel("090-1234-5678"), "tel:+81-90-1234-5678");
        assert_eq!(tel("050 1234 5678"), "tel:+81-50-1234-5678");
        assert_eq!(tel("0300000000"), "tel:+81-300000000");
        assert_eq!(tel("03(0000)0000"), "tel:+81-3-0000-0000");
        assert_eq!(tel("(03) 0000-0000"), "tel:+81-3-0000-0000");
        assert_eq!(tel("0-3-0000-0000"), "tel:+81-3-0000-0000");
        assert_eq!(tel("+8-1-3-0000-0000"), "tel:+81-300000000");
        assert_eq!(tel("+81 3-0000-0000"), "tel:+81-3-0000-0000");
        assert_eq!(tel("+81 (0)3-0000-0000"), "tel:+81-3-0000-0000");
        assert_eq!(tel("+813-0000-0000"), "tel:+81-3-0000-0000");
        let number = parse_number("03-0000-0000").unwrap();
        assert_eq!(tel_uri(&number, Some("123")), "tel:+81-3-0000-0000;ext=123");
    }

    #[test]
    fn full_width_digits_dashes_and_spaces_are_read_and_shown_half_width() {
        for written in [
            "０３－００００－００００",
            "０３ー００００ー００００",
            "03‐0000‐0000",
            "03―0000―0000",
            "03−0000−0000",
            "（０３）００００－００００",
        ] {
            let number = parse_number(written).unwrap();
            assert_eq!(number.global, "+81-3-0000-0000", "{written}");
            assert!(number.shown.is_ascii(), "{written} → {}", number.shown);
        }
        assert_eq!(
            parse_number("０３－００００－００００").unwrap().shown,
            "03-0000-0000"
        );
        assert_eq!(
            parse_number("\u{3000}03 0000 0000 ").unwrap().shown,
            "03 0000 0000"
        );
    }

    #[test]
    fn lengths_follow_the_numbering_plan() {
        let length = |written: &str| match parse_number(written) {
            Err(NumberProblem::Length {
                expected, found, ..
            }) => (expected, found),
            other => panic!("{written}: {other:?}"),
        };
        assert_eq!(length("03-0000-000"), (10, 9));
        assert_eq!(length("03-0000-00000"), (10, 11));
        assert_eq!(length("090-1234-567"), (11, 10));
        assert_eq!(length("0120-000-0000"), (10, 11));
        assert_eq!(length("0800-000-000"), (11, 10));
        assert_eq!(length("050-123-4567"), (11, 10));
        assert_eq!(length("060-000-1234"), (11, 10));
        assert_eq!(length("0600001234"), (11, 10));
        assert_eq!(length("06-0000-12345"), (10, 11));
        assert_eq!(length("+81 90-1234-567"), (11, 10));
        assert_eq!(parse_number("3-0000-0000"), Err(NumberProblem::NoAreaCode));
        assert_eq!(parse_number("110"), Err(NumberProblem::NoAreaCode));
        assert_eq!(parse_number("0033-0000-0000"), Err(NumberProblem::Prefix));
        assert_eq!(parse_number("+1 212-000-0000"), Err(NumberProblem::Foreign));
        for unreadable in [
            "",
            "（代表）",
            "03-0000-0000 代表",
            "tel:0300000000",
            "03-0000-0000+1",
        ] {
            assert_eq!(
                parse_number(unreadable),
                Err(NumberProblem::Unreadable),
                "{unreadable}"
            );
        }
    }

    #[test]
    fn the_problems_say_what_is_wrong() {
        let problem = parse_number("03-0000-000").unwrap_err();
        assert_eq!(
            problem.message("03-0000-000"),
            "the phone number \"03-0000-000\" has 9 digits, but a fixed-line number has 10"
        );
        assert_eq!(problem.hint(), LENGTHS);
    }

    fn read(text: &str) -> Vec<(&str, Option<&str>, Option<&str>)> {
        read_written(text)
            .unwrap()
            .into_iter()
            .map(|w| {
                (
                    &text[w.number],
                    w.label.map(|l| &text[l]),
                    w.extension.map(|e| &text[e]),
                )
            })
            .collect()
    }

    #[test]
    fn the_one_line_form_is_split_into_labelled_numbers() {
        assert_eq!(read("03-0000-0000"), [("03-0000-0000", None, None)]);
        assert_eq!(
            read("06-0000-1234（代表）／ 0120-000-000（フリーダイヤル）"),
            [
                ("06-0000-1234", Some("代表"), None),
                ("0120-000-000", Some("フリーダイヤル"), None)
            ]
        );
        assert_eq!(
            read("03-0000-0000（内線 123）"),
            [("03-0000-0000", None, Some("123"))]
        );
        assert_eq!(
            read("03-0000-0000 内線１２３, 03-0000-0001 (FAX)"),
            [
                ("03-0000-0000", None, Some("１２３")),
                ("03-0000-0001", Some("FAX"), None)
            ]
        );
        assert_eq!(
            read("(代表) 03(0000)0000 ext. 12; 0120-000-000"),
            [
                ("03(0000)0000", Some("代表"), Some("12")),
                ("0120-000-000", None, None)
            ]
        );
        assert_eq!(
            read("03-0000-0000（総務課、平日のみ）、"),
            [("03-0000-0000", Some("総務課、平日のみ"), None)]
        );
    }

    #[test]
    fn what_can_be_read_two_ways_is_refused_where_it_is() {
        fn why(text: &str) -> (&str, &str) {
            let err = read_written(text).unwrap_err();
            (&text[err.span.clone()], err.why)
        }
        assert_eq!(
            why("03-0000-0000（代表）（平日）"),
            ("（平日）", "a number has one label in parentheses")
        );
        assert_eq!(
            why("03-0000-0000（代表"),
            ("（代表", "this parenthesis is not closed")
        );
        assert_eq!(
            why("03-0000-0000）"),
            ("）", "this closing parenthesis has no opening one")
        );
        assert_eq!(
            why("03-0000（代表）-0000"),
            (
                "03-0000（代表）-0000",
                "a label or extension stands inside the number"
            )
        );
        assert_eq!(
            why("03-0000-0000（内線 百二十三）"),
            (
                " 百二十三",
                "an extension is written with digits only, e.g. 内線 123"
            )
        );
        assert_eq!(why("（代表）"), ("（代表）", "there is no number here"));
    }

    #[test]
    fn fax_labels() {
        assert_eq!(fax_label("FAX"), (true, true));
        assert_eq!(fax_label("ＦＡＸ"), (true, true));
        assert_eq!(fax_label("ファクス"), (true, true));
        assert_eq!(fax_label("総務課 FAX"), (true, false));
        assert_eq!(fax_label("代表"), (false, false));
    }

    #[test]
    fn the_hint_shows_the_example() {
        assert!(LIST_HINT.contains(LIST_EXAMPLE));
        let parsed: toml::Table = toml::from_str(LIST_EXAMPLE).unwrap();
        assert_eq!(parsed["phone"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn numbers_as_one_text() {
        let number = |written: &str| parse_number(written).unwrap();
        let main = Text::ja_en("代表".into(), Some("Main".into()));
        let phones = [
            phone(&number("06-0000-1234"), Some(main), None, false),
            phone(&number("06-0000-1235"), None, Some("12".into()), true),
        ];
        assert_eq!(phones[0].tel.as_deref(), Some("tel:+81-6-0000-1234"));
        assert_eq!(phones[1].tel, None);
        assert_eq!(
            as_text(&phones),
            "06-0000-1234（代表）／06-0000-1235 内線 12（FAX）"
        );
    }

    #[test]
    fn extensions_are_digits() {
        assert_eq!(parse_extension(" １２３ "), Some("123".into()));
        assert_eq!(parse_extension("12-3"), None);
        assert_eq!(parse_extension(""), None);
    }
}
