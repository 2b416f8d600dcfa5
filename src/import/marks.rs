//! The marks Japanese notices use to shape a list in plain text: numbers
//! before an area (「1.」「１．」「(1)」「①」), brackets or bullets around a
//! group's label (〔…事例〕, 【…】, [ … ]), item markers (・ ○ • - ◯ ※),
//! a word saying a list is empty (なし), and a colon or dash before an
//! explanation. Pure functions of one line's text.

/// Characters that start a list item.
const ITEM_MARKERS: [char; 13] = [
    '・', '･', '○', '◯', '•', '●', '◦', '-', '－', '‐', '※', '*', '＊',
];

/// Brackets that enclose a group's label.
const LABEL_BRACKETS: [(char, char); 8] = [
    ('〔', '〕'),
    ('【', '】'),
    ('[', ']'),
    ('［', '］'),
    ('〈', '〉'),
    ('《', '》'),
    ('＜', '＞'),
    ('<', '>'),
];

/// Bullets that may start a group's label line.
const LABEL_BULLETS: [char; 11] = ['■', '□', '●', '◆', '◇', '▼', '▽', '◎', '★', '・', '○'];

/// Trims ASCII and ideographic spaces.
pub(crate) fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// The number before an area or a heading, and the text after it:
/// 「1.」「１．」「1)」「(1)」「（１）」「①」「一、」. `None` when the line
/// does not start with one.
pub(crate) fn number(text: &str) -> Option<(u32, &str)> {
    let text = trim(text);
    let mut chars = text.char_indices().peekable();
    let (_, first) = *chars.peek()?;
    if let Some(n) = circled(first) {
        let rest = &text[first.len_utf8()..];
        return Some((n, trim(rest)));
    }
    let (open, body) = match first {
        '(' | '（' => (true, &text[first.len_utf8()..]),
        _ => (false, text),
    };
    let digits: String = body.chars().take_while(|&c| digit(c).is_some()).collect();
    if digits.is_empty() {
        return None;
    }
    let value = digits
        .chars()
        .try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit(c)?))?;
    let after = &body[digits.len()..];
    let close = after.chars().next()?;
    let closes: &[char] = if open {
        &[')', '）']
    } else {
        &['.', '．', '、', ')', '）', '：', ':', ' ', '\u{3000}']
    };
    if !closes.contains(&close) {
        return None;
    }
    // "1.5" or "2025." are not numbers before a heading.
    let rest = &after[close.len_utf8()..];
    if close == '.' && rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    (value > 0 && value < 100).then(|| (value, trim(rest)))
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn circled(c: char) -> Option<u32> {
    ('①'..='⑳').contains(&c).then(|| c as u32 - '①' as u32 + 1)
}

/// The label of a group, when the whole line is one: in brackets, after a
/// bullet ending in 事例, or a bare line ending in 事例.
pub(crate) fn group_label(text: &str) -> Option<String> {
    let text = trim(text);
    for (open, close) in LABEL_BRACKETS {
        if let Some(inner) = text.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            let inner = trim(inner);
            if !inner.is_empty() && !inner.contains([open, close]) {
                return Some(inner.to_owned());
            }
        }
    }
    let unbulleted = text.strip_prefix(LABEL_BULLETS).map(trim).unwrap_or(text);
    let bare = unbulleted.trim_end_matches(['：', ':']);
    // Some unions follow the guidance's wording with もの for 事例:
    // 「健保組合等の内部での利用に係るもの」「…情報提供を伴うもの」.
    let names_a_group = bare.ends_with("事例")
        || (bare.ends_with("もの") && (bare.contains("係る") || bare.contains("伴う")));
    (names_a_group && bare.chars().count() <= 40).then(|| bare.to_owned())
}

/// The shape of the number before an area, digits and their width aside
/// (「1.」 and 「２．」 differ only in width; 「（1）」 and 「①」 differ):
/// a list numbered in another shape inside an area is its items.
pub(crate) fn number_shape(text: &str) -> Option<String> {
    let text = trim(text);
    let (_, rest) = number(text)?;
    let head = &text[..text.len() - rest.len()];
    Some(
        trim(head)
            .chars()
            .map(|c| match c {
                _ if circled(c).is_some() => '①',
                _ if digit(c).is_some() => '0',
                '．' => '.',
                '（' => '(',
                '）' => ')',
                c => c,
            })
            .collect(),
    )
}

/// How deep a number's shape usually sits in a Japanese outline: 「1.」
/// above 「(1)」 above 「①」.
/// `shape` is one `number_shape` gave.
pub(crate) fn shape_rank(shape: &str) -> u8 {
    if shape.contains('①') {
        2
    } else if shape.contains(')') {
        1
    } else {
        0
    }
}

/// Katakana that number items in order (ア イ ウ …), as notices written
/// after official documents do.
const KATAKANA_NUMBERS: &str = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";

/// The enumerator an item starts with when it is a katakana or circled
/// number (「ア　」「(イ)」「（ウ）」「①」), and the text after it.
fn enumerated(text: &str) -> Option<&str> {
    let first = text.chars().next()?;
    if circled(first).is_some() {
        return Some(trim(&text[first.len_utf8()..]));
    }
    if let Some(inner) = text.strip_prefix(['(', '（']) {
        let kana = inner.chars().next()?;
        let after = &inner[kana.len_utf8()..];
        let close = after.chars().next()?;
        if KATAKANA_NUMBERS.contains(kana) && matches!(close, ')' | '）') {
            return Some(trim(&after[close.len_utf8()..]));
        }
        return None;
    }
    let after = &text[first.len_utf8()..];
    let separated = after.starts_with([' ', '\u{3000}', '．', '.', '、']);
    (KATAKANA_NUMBERS.contains(first) && separated)
        .then(|| trim(after.trim_start_matches(['．', '.', '、'])))
}

/// Whether a line of a cell breaks off in the middle of a phrase (after a
/// particle or a conjunction), so that the next line continues it: Excel
/// users wrap long cells with Alt+Enter wherever the column ends.
pub(crate) fn breaks_off(text: &str) -> bool {
    const OPEN_ENDS: [&str; 17] = [
        "の",
        "に",
        "を",
        "が",
        "は",
        "へ",
        "や",
        "、",
        "及び",
        "並びに",
        "又は",
        "若しくは",
        "係る",
        "伴う",
        "対する",
        "おける",
        "関する",
    ];
    let text = trim(text);
    OPEN_ENDS.iter().any(|end| text.ends_with(end))
}

/// Lines a saved page carries around the notice that belong to no part of
/// it: links back to the top, print buttons, skip links, copyright.
pub(crate) fn is_page_furniture(text: &str) -> bool {
    const STARTS: [&str; 10] = [
        "Copyright",
        "copyright",
        "©",
        "(C)",
        "ページの先頭",
        "ページトップ",
        "ページの上部",
        "トップへ戻る",
        "先頭へ戻る",
        "印刷する",
    ];
    const WHOLE: [&str; 6] = [
        "本文へスキップ",
        "本文へ移動",
        "本文へ",
        "メインコンテンツへスキップ",
        "コンテンツへスキップ",
        "このページを印刷する",
    ];
    let text = trim(text).trim_start_matches(['▲', '△', '↑', '^', '⇧', '∧']);
    let text = trim(text);
    STARTS.iter().any(|start| text.starts_with(start)) || WHOLE.contains(&text)
}

/// Whether a line only dates the notice (「令和6年12月2日改定」「2024年4月1日
/// 制定」「（平成17年4月1日施行）」): the import reports it for people to
/// compare with `--effective`, rather than guess a revision from it.
pub(crate) fn is_dating(text: &str) -> bool {
    let text = trim(text).trim_matches(['（', '）', '(', ')', '【', '】']);
    let dated = text.contains('年') && text.contains('月') && text.contains('日');
    let verb = ["改定", "改正", "制定", "施行", "実施", "更新", "作成"]
        .iter()
        .any(|v| text.ends_with(v) || text.ends_with(&format!("{v}日")));
    let era = ["令和", "平成", "昭和", "20", "19", "２０"]
        .iter()
        .any(|e| text.starts_with(e) || text.contains(&format!("日{e}")));
    dated && verb && era && !text.contains('。') && text.chars().count() <= 30
}

/// The item marker a line starts with, and the text after it.
pub(crate) fn item(text: &str) -> (Option<char>, &str) {
    let trimmed = trim(text);
    match trimmed.chars().next() {
        Some(c) if ITEM_MARKERS.contains(&c) => {
            let rest = &trimmed[c.len_utf8()..];
            // "-1" or "--" are not list items.
            if c == '-' && !rest.starts_with([' ', '\u{3000}']) && !rest.is_empty() {
                return (None, trimmed);
            }
            (Some(c), trim(rest))
        }
        _ => (None, trimmed),
    }
}

/// The marker of a purpose in a list and the text after it: an item
/// marker, or a katakana or circled number, all of which count as one
/// marker (the items of one list).
pub(crate) fn purpose_item(text: &str) -> (Option<char>, &str) {
    match enumerated(trim(text)) {
        Some(rest) => (Some('ア'), rest),
        None => item(text),
    }
}

/// Whether a list's only item says there are none.
pub(crate) fn says_none(text: &str) -> bool {
    let text = trim(text).trim_end_matches('。');
    matches!(
        text,
        "なし"
            | "無し"
            | "該当なし"
            | "該当無し"
            | "特になし"
            | "該当事項なし"
            | "ありません"
            | "該当するものはありません"
            | "－"
            | "―"
            | "-"
            | "ー"
    ) || text.starts_with("該当なし")
}

/// A purpose followed by its explanation on the same line, after a colon
/// or a dash: 「保険給付の実施：…」.
pub(crate) fn split_explanation(text: &str) -> (&str, Option<&str>) {
    for separator in ["：", ": ", "―", "——", " — ", " - "] {
        if let Some((purpose, explanation)) = text.split_once(separator) {
            let (purpose, explanation) = (trim(purpose), trim(explanation));
            if !purpose.is_empty() && !explanation.is_empty() {
                return (purpose, Some(explanation));
            }
        }
    }
    (text, None)
}

/// Splits a table cell's line into purposes at 「、」 (or 「，」) outside
/// brackets, dropping empty pieces (a trailing 「、」).
pub(crate) fn split_enumeration(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '（' | '(' | '「' | '『' | '【' | '〔' | '［' => depth += 1,
            '）' | ')' | '」' | '』' | '】' | '〕' | '］' => depth = depth.saturating_sub(1),
            '、' | '，' if depth == 0 => {
                pieces.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    pieces
        .into_iter()
        .map(trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A heading's text without its number.
pub(crate) fn unnumbered(text: &str) -> &str {
    number(text).map_or_else(|| trim(text), |(_, rest)| rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_style() {
        for (line, n, rest) in [
            ("1. 個人情報の利用目的", 1, "個人情報の利用目的"),
            (
                "１．保険給付に必要な利用目的",
                1,
                "保険給付に必要な利用目的",
            ),
            ("(2) 保険料の徴収", 2, "保険料の徴収"),
            ("（３）保健事業", 3, "保健事業"),
            ("③保健事業", 3, "保健事業"),
            ("二、届出", 2, "届出"),
            ("12) 十二", 12, "十二"),
        ] {
            assert_eq!(number(line), Some((n, rest)), "{line}");
        }
        for line in ["2025.4.1 改定", "1.5倍", "一般", "個人情報", "(注)"] {
            assert_eq!(number(line), None, "{line}");
        }
    }

    #[test]
    fn group_labels_in_every_style() {
        for line in [
            "〔健保組合等の内部での利用に係る事例〕",
            "【健保組合等の内部での利用に係る事例】",
            "[ 健保組合等の内部での利用に係る事例 ]",
            "［健保組合等の内部での利用に係る事例］",
            "■健保組合等の内部での利用に係る事例",
            "・健保組合等の内部での利用に係る事例",
            "健保組合等の内部での利用に係る事例：",
        ] {
            assert_eq!(
                group_label(line).as_deref(),
                Some("健保組合等の内部での利用に係る事例"),
                "{line}"
            );
        }
        assert_eq!(group_label("・保険給付の実施"), None);
    }

    #[test]
    fn the_shapes_of_real_pages_lists() {
        assert_eq!(
            group_label("健保組合等の内部での利用に係るもの").as_deref(),
            Some("健保組合等の内部での利用に係るもの")
        );
        assert_eq!(group_label("大切なもの"), None);
        for line in [
            "ア　保険給付",
            "(イ) 保険給付",
            "（ウ）保険給付",
            "②保険給付",
        ] {
            assert_eq!(purpose_item(line), (Some('ア'), "保険給付"), "{line}");
        }
        assert_eq!(purpose_item("アクセス制御"), (None, "アクセス制御"));
        assert_eq!(number_shape("（１）保険給付").as_deref(), Some("(0)"));
        assert_eq!(number_shape("(2) 保険料").as_deref(), Some("(0)"));
        assert_eq!(number_shape("③保健事業").as_deref(), Some("①"));
        assert_eq!(shape_rank("①"), 2);
        assert!(shape_rank("0.") < shape_rank("(0)"));
        assert!(breaks_off("第三者行為に係る"));
        assert!(!breaks_off("損害保険会社等への求償"));
        for line in [
            "▲ページの先頭へ",
            "Copyright © 見本",
            "本文へスキップ",
            "印刷する",
        ] {
            assert!(is_page_furniture(line), "{line}");
        }
        assert!(!is_page_furniture("ページの内容"));
        for line in [
            "令和6年12月2日改定",
            "（平成17年4月1日施行）",
            "2024年4月1日制定",
        ] {
            assert!(is_dating(line), "{line}");
        }
        assert!(!is_dating("令和6年4月1日から保険料を改定しました。改定"));
    }

    #[test]
    fn item_markers_are_taken_off() {
        for line in [
            "・保険給付",
            "○保険給付",
            "• 保険給付",
            "- 保険給付",
            "◯保険給付",
            "※保険給付",
        ] {
            assert_eq!(item(line).1, "保険給付", "{line}");
            assert!(item(line).0.is_some(), "{line}");
        }
        assert_eq!(item("保険給付"), (None, "保険給付"));
        assert_eq!(item("-1度"), (None, "-1度"));
    }

    #[test]
    fn enumerations_split_outside_brackets_only() {
        assert_eq!(
            split_enumeration("被扶養者（本人、家族）の認定、検認、"),
            ["被扶養者（本人、家族）の認定", "検認"]
        );
    }

    #[test]
    fn explanations_follow_a_colon_or_dash() {
        assert_eq!(
            split_explanation("療養費の支給：申請書により審査します"),
            ("療養費の支給", Some("申請書により審査します"))
        );
        assert_eq!(split_explanation("療養費の支給"), ("療養費の支給", None));
        assert!(says_none("該当なし"));
        assert!(says_none("なし。"));
        assert!(!says_none("保険給付"));
    }
}
