//! Finds where a revision cites the Act on the Protection of Personal
//! Information by an article number that was renumbered before the
//! revision took effect. Notices copied from year to year keep 第16条第3項
//! or 第23条第5項第3号 long after the 2022 amendment made them 第18条第3項
//! and 第27条第5項第3号; a reader who looks the number up finds another
//! provision. A revision in effect before a renumbering is never flagged
//! for it: it was right when published.
//!
//! Many numbers exist in both numberings with different meanings, so a
//! number is flagged only on evidence: its paragraph does not exist in the
//! numbering in force, or the words around it match the older provision
//! and not the one the number names now. The numbering itself is data
//! (`appi-numbering.toml`, with its sources).

mod numerals;
mod table;

use std::ops::Range;

use jiff::civil::Date;

use super::diagnostic::Diagnostic;
use super::layout::REVISION_FILE;
use super::source::RevisionSource;
use numerals::{Scanner, is_ideograph};
use table::{Cite, Number, Table};

/// Where the Act as in force can be read, for numbers the table leaves open.
const ACT_IN_FORCE: &str = "https://laws.e-gov.go.jp/law/415AC0000000057";

/// The names of the Act that a citation may start with.
const NAMES: &[&str] = &["個人情報の保護に関する法律", "個人情報保護法"];

/// Warnings for the revision in `source`, which takes effect on `effective`.
/// Every Markdown section and `purposes.toml` is read; the change note
/// (`revision.toml`) is left alone, as it may well name the old number to
/// say what changed.
pub(crate) fn check(source: &RevisionSource, effective: Date) -> Vec<Diagnostic> {
    let table = table::shipped();
    let Some(now) = table.epoch_on(effective) else {
        return Vec::new();
    };
    if now == 0 {
        return Vec::new();
    }
    let files: Vec<(&String, &String)> = source
        .files
        .iter()
        .filter(|(name, _)| {
            name.as_str() != REVISION_FILE && (name.ends_with(".md") || name.ends_with(".toml"))
        })
        .collect();
    let defines_ho = files.iter().any(|(_, text)| defines_ho(text));
    let mut found = Vec::new();
    for (name, text) in &files {
        for citation in citations(text, defines_ho) {
            if let Some(stale) = judge(table, now, text, &citation) {
                found.push((source.path(name), text, citation, stale));
            }
        }
    }
    found
        .into_iter()
        .map(|(path, text, citation, stale)| {
            let written = format!(
                "{}{}",
                &text[citation.span.start..citation.name_end],
                &text[citation.number.clone()]
            );
            let changed_on = table.epochs[stale.renumbered].from;
            let in_force = &table.epochs[now];
            let hint = match stale.now {
                Some((number, true)) => format!(
                    "since {} ({}) the provision on {} is {number}; write {number}",
                    in_force.from, in_force.name, stale.subject
                ),
                Some((number, false)) => format!(
                    "since {} ({}) the provision on {} is {number}; write {number}, with the paragraph and item as the Act in force numbers them ({ACT_IN_FORCE})",
                    in_force.from, in_force.name, stale.subject
                ),
                None => format!(
                    "the provision on {} was renumbered on {changed_on}, and the sources kohyo's table relies on do not settle its number since: look it up in the Act in force ({ACT_IN_FORCE}) and write that number",
                    stale.subject
                ),
            };
            Diagnostic::warning(
                path,
                format!("{written} is an article number from before {changed_on}"),
            )
            .at_span(text, citation.span)
            .hint(hint)
        })
        .collect()
}

/// One citation of the Act found in a text.
#[derive(Debug)]
struct Citation {
    /// The whole citation as written, the Act's name included.
    span: Range<usize>,
    /// Where the Act's name ends (a parenthesis after it is left out when
    /// the citation is quoted), and where the number is.
    name_end: usize,
    number: Range<usize>,
    cite: Cite,
    /// The sentence it is in: the words that tell which provision is meant.
    sentence: Range<usize>,
}

/// What a stale citation should say instead.
struct Stale<'a> {
    /// The epoch whose start made the number stale.
    renumbered: usize,
    subject: &'a str,
    /// The number in force, and whether it is complete (paragraph and
    /// item included); `None` when the table leaves it open.
    now: Option<(Cite, bool)>,
}

/// Whether `text` defines 「法」 as the Act, as notices often do:
/// 「個人情報の保護に関する法律（以下「法」という。）」.
fn defines_ho(text: &str) -> bool {
    ["「法」という", "「法」といい"].iter().any(|definition| {
        text.match_indices(definition).any(|(at, _)| {
            let before = &text[..at];
            let start = before.char_indices().rev().nth(80).map_or(0, |(i, _)| i);
            NAMES.iter().any(|name| before[start..].contains(name))
        })
    })
}

/// Every citation of the Act in `text`: after one of its names (and an
/// optional parenthesis such as （平成15年法律第57号）), after 「法」 when
/// the revision defines it, or joined to one of those by 及び, 又は, 、 and
/// the like. TOML comments are not read.
fn citations(text: &str, defines_ho: bool) -> Vec<Citation> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_range = offset..offset + line.trim_end_matches(['\n', '\r']).len();
        offset += line.len();
        if line.trim_start().starts_with('#') && !line.trim_start().starts_with("##") {
            // A TOML comment; Markdown headings (## …) are read.
            continue;
        }
        let mut chained_until = None;
        for (at, _) in line.match_indices('第') {
            let Some((cite, length)) = Scanner::new(&line[at..]).citation() else {
                continue;
            };
            let before = &line[..at];
            let named = law_name_before(before, defines_ho);
            let start = named.map(|(start, _)| start).or_else(|| {
                chained_until
                    .filter(|&end| joins(&line[end..at]))
                    .map(|_| at)
            });
            if let Some(start) = start {
                let name_end = named.map_or(at, |(_, end)| end);
                let base = line_range.start;
                let sentence = sentence_around(&line[..line_range.len()], at);
                found.push(Citation {
                    span: base + start..base + at + length,
                    name_end: base + name_end,
                    number: base + at..base + at + length,
                    cite,
                    sentence: base + sentence.start..base + sentence.end,
                });
                chained_until = Some(at + length);
            }
        }
    }
    found
}

/// Where the Act's name starts and ends, when `before` ends with it.
fn law_name_before(before: &str, defines_ho: bool) -> Option<(usize, usize)> {
    let name_end = before.len() - parenthesis_at_end(before);
    let named = &before[..name_end];
    if let Some(name) = NAMES.iter().find(|name| named.ends_with(*name)) {
        return Some((name_end - name.len(), name_end));
    }
    let preceding = named.strip_suffix('法')?.chars().next_back();
    (defines_ho && !preceding.is_some_and(is_ideograph))
        .then(|| (name_end - '法'.len_utf8(), name_end))
}

/// The sentence of `line` that holds byte `at`: from after the 。 before
/// it to the 。 after it.
fn sentence_around(line: &str, at: usize) -> Range<usize> {
    let start = line[..at].rfind('。').map_or(0, |i| i + '。'.len_utf8());
    let end = line[at..].find('。').map_or(line.len(), |i| at + i);
    start..end
}

/// The length of a parenthesis that closes `text`, e.g. （平成15年法律第57号）.
fn parenthesis_at_end(text: &str) -> usize {
    for (close, open) in [('）', '（'), (')', '(')] {
        if let Some(inner) = text.strip_suffix(close)
            && let Some(at) = inner.rfind(open)
        {
            return text.len() - at;
        }
    }
    0
}

/// Whether the text between two citations joins them into one list.
fn joins(between: &str) -> bool {
    matches!(
        between.trim(),
        "及び" | "又は" | "並びに" | "若しくは" | "、" | "," | "，" | "・" | "と"
    )
}

/// Whether `citation` uses a number that was renumbered before `now`, and
/// is not right as `now` numbers the Act.
fn judge<'a>(table: &'a Table, now: usize, text: &str, citation: &Citation) -> Option<Stale<'a>> {
    let words = &text[citation.sentence.clone()];
    let cue = |cues: &[String]| cues.iter().any(|word| words.contains(word.as_str()));
    let meaning_now = table.provision_at(now, &citation.cite);
    let right_now = meaning_now.is_some_and(|(provision, _)| cue(&provision.cue));
    // The most recent numbering first: a notice is most likely a copy of
    // the one before.
    (0..now).rev().find_map(|then| {
        let (old, old_number) = table.provision_at(then, &citation.cite)?;
        let stale_now = match old.numbers[now]? {
            Number::Unsettled => None,
            Number::Known(number) => {
                let extra = &citation.cite;
                let (complete, translated) = if extra == &old_number {
                    (true, number)
                } else if old.same_parts {
                    (true, carry_parts(&old_number, &number, extra)?)
                } else {
                    (false, number)
                };
                if complete && translated == citation.cite {
                    return None;
                }
                Some((translated, complete))
            }
        };
        let evidence = table.lacks_paragraph(now, &citation.cite) || (cue(&old.cue) && !right_now);
        evidence.then(|| Stale {
            renumbered: then + 1,
            subject: &old.subject,
            now: stale_now,
        })
    })
}

/// `cite`'s paragraph and item under `from`, carried over to `to`.
fn carry_parts(from: &Cite, to: &Cite, cite: &Cite) -> Option<Cite> {
    let mut parts = vec![to.article];
    parts.extend(to.paragraph);
    parts.extend(to.item);
    let skip = [Some(from.article), from.paragraph, from.item]
        .iter()
        .flatten()
        .count();
    let extra: Vec<u32> = [Some(cite.article), cite.paragraph, cite.item]
        .into_iter()
        .flatten()
        .skip(skip)
        .collect();
    parts.extend(extra);
    Some(Cite {
        article: parts[0],
        paragraph: parts.get(1).copied(),
        item: parts.get(2).copied(),
    })
    .filter(|_| parts.len() <= 3)
}

#[cfg(test)]
mod tests;
