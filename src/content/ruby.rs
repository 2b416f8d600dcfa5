//! Furigana: the readings written over kanji. やさしい日本語 (easy Japanese)
//! is written with them, for readers who know kana but not every kanji, so
//! a language written so needs a way for staff to give a word its reading
//! in a content file, and the pages need to show it as ruby.
//!
//! Content writes furigana as DenDen Markdown does (markdown-it-ruby reads
//! the same): `{漢字|かんじ}`, the text read, a vertical bar, its reading;
//! or `{漢字|かん|じ}`, one reading per character of the text, as many
//! readings as characters. Braces are ordinary characters when no bar
//! follows the `{` (`{注}` and `{注` are text, as in DenDen), so only what
//! was meant as a mark is a mark, and a bad mark is reported (see
//! [`MarkError`]) and shown as written rather than guessed at. A reading is kana only: a
//! reading in kanji or romaji, or with a space, is a slip, not furigana.
//!
//! This module is pure: it parses a text into [`Segment`]s and writes
//! them as HTML (`<ruby>` with `<rp>` parentheses, so copying the text or a
//! browser without ruby gives 漢字(かんじ)), as plain text (漢字(かんじ),
//! for titles and terminals) and as the text read alone (漢字, for ids and
//! sort keys). Markdown hooks it into its syntax tree after parsing
//! (`markdown/furigana.rs`), so code is never read for marks and a backslash
//! escape is Markdown's; in a table cell the bar is written `\|`, since a
//! bare `|` there ends the cell. Whether a text is read for marks at all is
//! [`Furigana`], off for every language but the ones written with furigana:
//! elsewhere `{a|b}` is the text it is.

use std::ops::Range;

/// Whether a text's `{漢字|かんじ}` are furigana marks or the characters
/// they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Furigana {
    /// Braces and bars are text: every language that is not written with
    /// furigana, and every content folder written before there were any.
    #[default]
    Off,
    /// `{漢字|かんじ}` is a word and its reading, and a bad mark is reported.
    On,
}

/// A piece of a text: text as it is, or a word with its reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Segment {
    Text(String),
    Ruby(Ruby),
}

/// A word and its reading: `{漢字|かんじ}` or `{漢字|かん|じ}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Ruby {
    /// The text read, as written: 漢字.
    pub base: String,
    pub reading: Reading,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    /// One reading for the whole word: `{漢字|かんじ}`.
    Whole(String),
    /// Each character of the word with its own reading, in order:
    /// `{漢字|かん|じ}` is `[("漢", "かん"), ("字", "じ")]`.
    PerCharacter(Vec<(String, String)>),
}

/// A text read for furigana: its segments, a bad mark kept as the text it
/// was written as, and what was wrong with each bad mark.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub segments: Vec<Segment>,
    pub errors: Vec<MarkError>,
}

impl Parsed {
    /// Whether any mark became ruby (otherwise the text is one plain segment).
    pub(crate) fn has_ruby(&self) -> bool {
        self.segments
            .iter()
            .any(|segment| matches!(segment, Segment::Ruby(_)))
    }
}

/// A mark that is not furigana, over the bytes of the text it covers: from
/// its `{` to its `}`, or to the end of the text when it has none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MarkError {
    pub span: Range<usize>,
    pub kind: MarkErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MarkErrorKind {
    /// `{漢字|かんじ` with no `}` after it. (A `{` with no bar after it is
    /// a brace, not a mark.)
    Unclosed,
    /// `{{漢字|かんじ}}`, `{注{漢字|かんじ}`: a brace inside a mark.
    Nested,
    /// `{|かんじ}`: no text to read (or only spaces).
    EmptyBase,
    /// `{漢字|}`, `{漢字|かん|}`: a reading with nothing in it.
    EmptyReading,
    /// `{漢字|kanji}`, `{漢字|かん じ}`: `found` is the first character of
    /// `reading` that is not kana.
    NotKana { reading: String, found: char },
    /// `{漢字|か|ん|じ}`: readings one per character, but not as many as
    /// the text has characters.
    ReadingCount { characters: usize, readings: usize },
}

/// The marks of a text that is not Markdown (a title, a name), where `\{`,
/// `\|`, `\}` and `\\` are those characters themselves. Offsets are of the
/// text as written, backslashes included.
pub(crate) fn parse(text: &str) -> Parsed {
    parse_tokens(text, tokens(text, true))
}

/// The marks of a text whose escapes are already resolved, and whose
/// every brace and bar is therefore syntax: the text of a Markdown text
/// node, where comrak keeps what `\{` escaped out of the text around it.
pub(crate) fn parse_unescaped(text: &str) -> Parsed {
    parse_tokens(text, tokens(text, false))
}

/// `text` written so that [`parse`] reads it back as itself: every brace,
/// bar and backslash escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '{' | '|' | '}' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A character of the text: where it starts (its backslash, if escaped),
/// and whether it is syntax (an unescaped brace or bar).
#[derive(Clone, Copy)]
struct Token {
    at: usize,
    c: char,
    syntax: bool,
}

fn tokens(text: &str, backslash_escapes: bool) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let escaped = match chars.peek() {
            Some(&(_, next)) if backslash_escapes && c == '\\' => {
                matches!(next, '{' | '|' | '}' | '\\').then_some(next)
            }
            _ => None,
        };
        match escaped {
            Some(next) => {
                chars.next();
                tokens.push(Token {
                    at,
                    c: next,
                    syntax: false,
                });
            }
            None => tokens.push(Token {
                at,
                c,
                syntax: matches!(c, '{' | '|' | '}'),
            }),
        }
    }
    tokens
}

/// What follows a `{`.
enum Opening {
    /// No bar before its `}` (or the end): the brace is text.
    Brace,
    /// A mark, its `}` at this token.
    Mark(usize),
    /// A bar but no `}`.
    Unclosed,
    /// A brace before its `}`, and a bar: a bad mark up to this token.
    Nested(usize),
}

fn parse_tokens(text: &str, tokens: Vec<Token>) -> Parsed {
    let mut parsed = Parsed::default();
    let mut plain = String::new();
    let end_of = |index: usize| tokens.get(index).map_or(text.len(), |t| t.at);
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if !(token.syntax && token.c == '{') {
            plain.push(token.c);
            i += 1;
            continue;
        }
        let (kind, after) = match opening(&tokens, i) {
            Opening::Brace => {
                plain.push('{');
                i += 1;
                continue;
            }
            Opening::Mark(close) => match mark(&tokens[i + 1..close]) {
                Ok(ruby) => {
                    if !plain.is_empty() {
                        parsed
                            .segments
                            .push(Segment::Text(std::mem::take(&mut plain)));
                    }
                    parsed.segments.push(Segment::Ruby(ruby));
                    i = close + 1;
                    continue;
                }
                Err(kind) => (kind, close + 1),
            },
            Opening::Unclosed => (MarkErrorKind::Unclosed, tokens.len()),
            Opening::Nested(end) => (MarkErrorKind::Nested, end),
        };
        parsed.errors.push(MarkError {
            span: token.at..end_of(after),
            kind,
        });
        plain.extend(tokens[i..after].iter().map(|t| t.c));
        i = after;
    }
    if !plain.is_empty() {
        parsed.segments.push(Segment::Text(plain));
    }
    parsed
}

fn opening(tokens: &[Token], open: usize) -> Opening {
    let mut bar = false;
    let mut inner = false;
    let mut close = None;
    for (j, token) in tokens.iter().enumerate().skip(open + 1) {
        match token.c {
            _ if !token.syntax => {}
            '|' => bar = true,
            '{' => inner = true,
            _ => {
                close = Some(j);
                break;
            }
        }
    }
    match close {
        _ if !bar => Opening::Brace,
        None => Opening::Unclosed,
        Some(_) if inner => {
            // The bad mark runs to the `}` that balances its `{`.
            let mut depth = 0_usize;
            for (j, token) in tokens.iter().enumerate().skip(open) {
                match token.c {
                    '{' if token.syntax => depth += 1,
                    '}' if token.syntax => {
                        depth -= 1;
                        if depth == 0 {
                            return Opening::Nested(j + 1);
                        }
                    }
                    _ => {}
                }
            }
            Opening::Nested(tokens.len())
        }
        Some(close) => Opening::Mark(close),
    }
}

/// The ruby of a mark's inside, between its braces.
fn mark(inside: &[Token]) -> Result<Ruby, MarkErrorKind> {
    let mut parts = inside
        .split(|t| t.syntax && t.c == '|')
        .map(|part| part.iter().map(|t| t.c).collect::<String>());
    let base = parts.next().unwrap_or_default();
    let readings: Vec<String> = parts.collect();
    if base.trim().is_empty() {
        return Err(MarkErrorKind::EmptyBase);
    }
    if readings.iter().any(String::is_empty) {
        return Err(MarkErrorKind::EmptyReading);
    }
    for reading in &readings {
        if let Some(found) = reading.chars().find(|&c| !is_kana(c)) {
            return Err(MarkErrorKind::NotKana {
                reading: reading.clone(),
                found,
            });
        }
    }
    let reading = match <[String; 1]>::try_from(readings) {
        Ok([whole]) => Reading::Whole(whole),
        Err(readings) => {
            let characters = characters(&base);
            if characters.len() != readings.len() {
                return Err(MarkErrorKind::ReadingCount {
                    characters: characters.len(),
                    readings: readings.len(),
                });
            }
            let characters = characters.into_iter().map(str::to_owned);
            Reading::PerCharacter(characters.zip(readings).collect())
        }
    };
    Ok(Ruby { base, reading })
}

/// Whether `c` may be in a reading: hiragana and katakana with their small
/// letters, voiced sound marks and iteration marks, the prolonged sound
/// mark ー and the middle dot ・. Not half-width katakana, which pages do
/// not use, and not spaces.
fn is_kana(c: char) -> bool {
    matches!(c,
        '\u{3041}'..='\u{3096}' // ぁ … ゖ
        | '\u{3099}'..='\u{309F}' // voiced sound marks, ゝ ゞ ゟ
        | '\u{30A1}'..='\u{30FF}' // ァ … ヺ, ・, ー, ヽ ヾ ヿ
        | '\u{31F0}'..='\u{31FF}' // small ㇰ … ㇿ (Ainu)
    )
}

/// The characters of a word as a reader counts them, each reading one: a
/// combining mark or a variation selector (葛󠄀) belongs to the character
/// before it.
fn characters(word: &str) -> Vec<&str> {
    let mut characters: Vec<&str> = Vec::new();
    let mut start = None;
    for (at, c) in word.char_indices() {
        let joins = matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{3099}'..='\u{309A}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0100}'..='\u{E01EF}'
        );
        if let Some(from) = start
            && !joins
        {
            characters.push(&word[from..at]);
            start = None;
        }
        start.get_or_insert(at);
    }
    if let Some(from) = start {
        characters.push(&word[from..]);
    }
    characters
}

/// The segments as HTML: text escaped, each word with its reading as
/// `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>`, a reading per
/// character as one `<ruby>` with an `<rt>` after each character.
pub(crate) fn html(segments: &[Segment]) -> String {
    let mut html = String::new();
    for segment in segments {
        match segment {
            Segment::Text(text) => escape_html(&mut html, text),
            Segment::Ruby(ruby) => ruby.write_html(&mut html),
        }
    }
    html
}

/// The segments as plain text, each reading in parentheses after its word:
/// 漢字(かんじ), also when each character has its own reading (a title or
/// a terminal reads best with the word whole).
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "for titles and feeds, once a language has furigana"
    )
)]
pub(crate) fn plain_text(segments: &[Segment]) -> String {
    let mut text = String::new();
    for segment in segments {
        match segment {
            Segment::Text(plain) => text.push_str(plain),
            Segment::Ruby(ruby) => {
                text.push_str(&ruby.base);
                text.push('(');
                match &ruby.reading {
                    Reading::Whole(reading) => text.push_str(reading),
                    Reading::PerCharacter(pairs) => {
                        text.extend(pairs.iter().map(|(_, reading)| reading.as_str()));
                    }
                }
                text.push(')');
            }
        }
    }
    text
}

/// The segments without their readings: 漢字, the text as it would be
/// written without furigana (for an id, a sort key).
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "for ids and sort keys, once a language has furigana"
    )
)]
pub(crate) fn base_text(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.as_str(),
            Segment::Ruby(ruby) => ruby.base.as_str(),
        })
        .collect()
}

impl Ruby {
    /// Appends the `<ruby>` element of this word to `html`.
    pub(crate) fn write_html(&self, html: &mut String) {
        html.push_str("<ruby>");
        match &self.reading {
            Reading::Whole(reading) => {
                escape_html(html, &self.base);
                write_reading(html, reading);
            }
            Reading::PerCharacter(pairs) => {
                for (character, reading) in pairs {
                    escape_html(html, character);
                    write_reading(html, reading);
                }
            }
        }
        html.push_str("</ruby>");
    }
}

fn write_reading(html: &mut String, reading: &str) {
    html.push_str("<rp>(</rp><rt>");
    escape_html(html, reading);
    html.push_str("</rt><rp>)</rp>");
}

/// Escapes as comrak escapes the rest of a Markdown text's words, so that a
/// text reads the same with furigana on and off.
fn escape_html(html: &mut String, text: &str) {
    comrak::html::escape(html, text).expect("writing to a String cannot fail");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruby(base: &str, reading: &str) -> Segment {
        Segment::Ruby(Ruby {
            base: base.into(),
            reading: Reading::Whole(reading.into()),
        })
    }

    fn text(text: &str) -> Segment {
        Segment::Text(text.into())
    }

    /// The kind and the text covered of each error of `text`.
    fn errors(text: &str) -> Vec<(MarkErrorKind, &str)> {
        parse(text)
            .errors
            .into_iter()
            .map(|error| (error.kind, &text[error.span]))
            .collect()
    }

    #[test]
    fn a_mark_is_a_word_and_its_reading() {
        let parsed = parse("{個人情報|こじんじょうほう}を{守|まも}ります");
        assert_eq!(
            parsed.segments,
            vec![
                ruby("個人情報", "こじんじょうほう"),
                text("を"),
                ruby("守", "まも"),
                text("ります"),
            ]
        );
        assert!(parsed.errors.is_empty());
        assert!(parsed.has_ruby());
    }

    #[test]
    fn a_reading_may_be_given_per_character() {
        let parsed = parse("{漢字|かん|じ}");
        assert_eq!(
            parsed.segments,
            vec![Segment::Ruby(Ruby {
                base: "漢字".into(),
                reading: Reading::PerCharacter(vec![
                    ("漢".into(), "かん".into()),
                    ("字".into(), "じ".into())
                ]),
            })]
        );
        // A variation selector is part of the character it follows.
        let parsed = parse("{葛\u{E0100}城|かつら|ぎ}");
        assert!(parsed.errors.is_empty(), "{parsed:?}");
        let Segment::Ruby(Ruby {
            reading: Reading::PerCharacter(pairs),
            ..
        }) = &parsed.segments[0]
        else {
            panic!("{parsed:?}");
        };
        assert_eq!(pairs[0].0, "葛\u{E0100}");
    }

    #[test]
    fn braces_without_a_bar_are_text() {
        for written in ["{注}", "{}", "{ 注意 }の{", "a}b", "{a} b|c", "|", "{"] {
            let parsed = parse(written);
            assert_eq!(parsed.segments, vec![text(written)], "{written}");
            assert!(parsed.errors.is_empty(), "{written}");
        }
        assert_eq!(parse("").segments, vec![]);
    }

    #[test]
    fn every_bad_mark_is_told_apart_and_kept_as_written() {
        use MarkErrorKind::*;
        assert_eq!(errors("前{漢字|かんじ"), vec![(Unclosed, "{漢字|かんじ")]);
        assert_eq!(
            errors("{{漢字|かんじ}}後"),
            vec![(Nested, "{{漢字|かんじ}}")]
        );
        assert_eq!(
            errors("{注{漢字|かんじ}"),
            vec![(Nested, "{注{漢字|かんじ}")]
        );
        assert_eq!(errors("{|かんじ}"), vec![(EmptyBase, "{|かんじ}")]);
        assert_eq!(errors("{ |かんじ}"), vec![(EmptyBase, "{ |かんじ}")]);
        assert_eq!(errors("{|}"), vec![(EmptyBase, "{|}")]);
        assert_eq!(errors("{漢字|}"), vec![(EmptyReading, "{漢字|}")]);
        assert_eq!(errors("{漢字||じ}"), vec![(EmptyReading, "{漢字||じ}")]);
        assert_eq!(
            errors("{漢字|kanji}"),
            vec![(
                NotKana {
                    reading: "kanji".into(),
                    found: 'k'
                },
                "{漢字|kanji}"
            )]
        );
        assert_eq!(
            errors("{漢字|か|ん|じ}"),
            vec![(
                ReadingCount {
                    characters: 2,
                    readings: 3
                },
                "{漢字|か|ん|じ}"
            )]
        );
        assert_eq!(
            errors("{漢|かん|じ}"),
            vec![(
                ReadingCount {
                    characters: 1,
                    readings: 2
                },
                "{漢|かん|じ}"
            )]
        );
        // Kept as written, and the marks after a bad one still read.
        let parsed = parse("{漢字|} と {字|じ}");
        assert_eq!(parsed.segments, vec![text("{漢字|} と "), ruby("字", "じ")]);
        assert_eq!(parsed.errors.len(), 1);
    }

    #[test]
    fn every_error_is_found_with_its_byte_offsets() {
        let written = "{a|b} と {漢字|かんじ";
        let found = parse(written).errors;
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].span, 0..5);
        assert_eq!(found[1].span, written.find("{漢").unwrap()..written.len());
    }

    #[test]
    fn readings_are_kana_only() {
        for reading in [
            "かんじ",
            "カンジ",
            "コンピューター",
            "ジョン・スミス",
            "ぁゃゎゝゞ",
            "ㇰ",
        ] {
            let written = format!("{{語|{reading}}}");
            assert_eq!(parse(&written).errors, vec![], "{reading}");
        }
        for (reading, found) in [
            ("かん じ", ' '),
            ("かん\u{3000}じ", '\u{3000}'),
            ("漢じ", '漢'),
            ("ｶﾝｼﾞ", 'ｶ'),
            ("kanji", 'k'),
            ("かんじ。", '。'),
            ("かん～", '～'),
        ] {
            let written = format!("{{語|{reading}}}");
            assert_eq!(
                errors(&written),
                vec![(
                    MarkErrorKind::NotKana {
                        reading: reading.into(),
                        found
                    },
                    written.as_str()
                )],
                "{reading}"
            );
        }
    }

    #[test]
    fn backslashes_escape_the_syntax_of_plain_text() {
        let parsed = parse(r"\{漢字|かんじ}");
        assert_eq!(parsed.segments, vec![text("{漢字|かんじ}")]);
        assert!(parsed.errors.is_empty());
        let parsed = parse(r"{a\|b|え}と{\{|かっこ}と\\{字|じ}と\n");
        assert_eq!(
            parsed.segments,
            vec![
                ruby("a|b", "え"),
                text("と"),
                ruby("{", "かっこ"),
                text("と\\"),
                ruby("字", "じ"),
                text(r"と\n"),
            ]
        );
        // An escaped brace does not close a mark; the offsets are of the
        // text as written.
        let written = r"前{漢字|かんじ\}";
        assert_eq!(
            errors(written),
            vec![(MarkErrorKind::Unclosed, &written[3..])]
        );
        // Markdown's escapes are resolved before: a backslash is text.
        assert_eq!(
            parse_unescaped(r"\{字|じ}").segments,
            vec![text("\\"), ruby("字", "じ")]
        );
        let tricky = r"{a|b} \ {|} \{ \\";
        assert_eq!(parse(&escape(tricky)).segments, vec![text(tricky)]);
    }

    #[test]
    fn html_has_parentheses_for_readers_without_ruby() {
        let parsed = parse("{漢字|かんじ}の<b>&\"");
        assert_eq!(
            html(&parsed.segments),
            "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>の&lt;b&gt;&amp;&quot;"
        );
        assert_eq!(
            html(&parse("{漢字|かん|じ}").segments),
            "<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>"
        );
        assert_eq!(
            html(&parse(r"{<&>|あ}").segments),
            "<ruby>&lt;&amp;&gt;<rp>(</rp><rt>あ</rt><rp>)</rp></ruby>"
        );
        assert_eq!(html(&parse("{注}").segments), "{注}");
    }

    #[test]
    fn plain_text_puts_the_reading_in_parentheses() {
        let parsed = parse("{個人情報|こじんじょうほう}の{漢字|かん|じ}");
        assert_eq!(
            plain_text(&parsed.segments),
            "個人情報(こじんじょうほう)の漢字(かんじ)"
        );
        assert_eq!(base_text(&parsed.segments), "個人情報の漢字");
        let bad = parse("{漢字|kanji}");
        assert_eq!(plain_text(&bad.segments), "{漢字|kanji}");
    }

    #[test]
    fn furigana_is_off_unless_a_language_turns_it_on() {
        assert_eq!(Furigana::default(), Furigana::Off);
    }
}
