//! Reads an article number as notices write it: 第16条第3項, 第１６条, or
//! in kanji, 第十六条第三項 (as the Act itself is written).

use super::table::Cite;

/// Reads a citation from the start of a text.
pub(super) struct Scanner<'a> {
    rest: &'a str,
    read: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(text: &'a str) -> Scanner<'a> {
        Scanner {
            rest: text,
            read: 0,
        }
    }

    /// 第N条, optionally 第N項 and 第N号 after it: the citation and its
    /// length in bytes. A branch article (第二十三条の二) is not one the
    /// table knows, so it is not read.
    pub(super) fn citation(mut self) -> Option<(Cite, usize)> {
        let article = self.part('条')?;
        if self.rest.starts_with('の') {
            return None;
        }
        let paragraph = self.part('項');
        let item = paragraph.and_then(|_| self.part('号'));
        Some((
            Cite {
                article,
                paragraph,
                item,
            },
            self.read,
        ))
    }

    /// 第, a number, then `unit`; leaves the scanner where it was if the
    /// text does not continue so.
    fn part(&mut self, unit: char) -> Option<u32> {
        let body = self.rest.strip_prefix('第')?;
        let digits_end = body
            .char_indices()
            .find(|(_, c)| digit(*c).is_none())
            .map_or(body.len(), |(i, _)| i);
        let number = number(&body[..digits_end])?;
        let after = body[digits_end..].strip_prefix(unit)?;
        self.read += self.rest.len() - after.len();
        self.rest = after;
        Some(number)
    }
}

/// What a character counts for in a number: a digit 0–9, or a kanji
/// multiplier (十 = 10, 百 = 100).
enum Digit {
    Unit(u32),
    Tens(u32),
}

fn digit(c: char) -> Option<Digit> {
    let unit = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '０'..='９' => c as u32 - '０' as u32,
        '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => return Some(Digit::Tens(10)),
        '百' => return Some(Digit::Tens(100)),
        _ => return None,
    };
    Some(Digit::Unit(unit))
}

/// Arabic digits (1 6) or kanji numerals (十六, 二十三, 百八十五).
fn number(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    let digits: Vec<Digit> = text.chars().filter_map(digit).collect();
    let kanji = digits.iter().any(|d| matches!(d, Digit::Tens(_)));
    let value = if kanji {
        let (mut total, mut pending) = (0, None::<u32>);
        for d in digits {
            match d {
                Digit::Unit(u) => pending = Some(u),
                Digit::Tens(t) => {
                    total += pending.take().unwrap_or(1) * t;
                }
            }
        }
        total + pending.unwrap_or(0)
    } else {
        digits.iter().try_fold(0u32, |total, d| match d {
            Digit::Unit(u) => total.checked_mul(10)?.checked_add(*u),
            Digit::Tens(_) => None,
        })?
    };
    (value > 0).then_some(value)
}

/// A CJK ideograph: 「保険法第」 names another law, 「は法第」 does not.
pub(super) fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, usize)> {
        Scanner::new(text)
            .citation()
            .map(|(cite, length)| (cite.to_string(), length))
    }

    #[test]
    fn numbers_in_every_form_notices_use() {
        assert_eq!(
            read("第16条第3項に"),
            Some(("第16条第3項".into(), "第16条第3項".len()))
        );
        assert_eq!(
            read("第１６条第３項"),
            Some(("第16条第3項".into(), "第１６条第３項".len()))
        );
        assert_eq!(
            read("第十六条第三項"),
            Some(("第16条第3項".into(), "第十六条第三項".len()))
        );
        assert_eq!(
            read("第二十三条第五項第三号"),
            Some(("第23条第5項第3号".into(), "第二十三条第五項第三号".len()))
        );
        assert_eq!(
            read("第百八十五条"),
            Some(("第185条".into(), "第百八十五条".len()))
        );
        assert_eq!(read("第27条各号"), Some(("第27条".into(), "第27条".len())));
    }

    #[test]
    fn what_is_not_an_article_number_is_not_read() {
        assert_eq!(read("第二十三条の二"), None);
        assert_eq!(read("第3項"), None);
        assert_eq!(read("第条"), None);
        assert_eq!(read("第0条"), None);
        assert_eq!(read("第1回"), None);
    }
}
