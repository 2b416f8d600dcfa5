//! The Act's numbering in each epoch, from `appi-numbering.toml`: the one
//! place where the renumberings are written down, with their sources, so a
//! correction is a change of data that staff and reviewers can read.

use std::sync::OnceLock;

use jiff::civil::Date;
use serde::Deserialize;

/// Where a citation points: 第`article`条(第`paragraph`項(第`item`号)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cite {
    pub(super) article: u32,
    pub(super) paragraph: Option<u32>,
    pub(super) item: Option<u32>,
}

impl Cite {
    /// The parts from the widest down: `[article, paragraph, item]`.
    fn parts(&self) -> Vec<u32> {
        [Some(self.article), self.paragraph, self.item]
            .into_iter()
            .map_while(|part| part)
            .collect()
    }

    fn from_parts(parts: &[u32]) -> Option<Cite> {
        Some(Cite {
            article: *parts.first()?,
            paragraph: parts.get(1).copied(),
            item: parts.get(2).copied(),
        })
        .filter(|_| parts.len() <= 3)
    }

    /// Whether `self` is `other` or a paragraph or item within it.
    pub(super) fn is_within(&self, other: &Cite) -> bool {
        let (mine, theirs) = (self.parts(), other.parts());
        mine.len() >= theirs.len() && mine[..theirs.len()] == theirs[..]
    }

    fn depth(&self) -> usize {
        self.parts().len()
    }

    /// Parses the data file's form, e.g. `第16条第3項`.
    pub(super) fn parse(text: &str) -> Option<Cite> {
        let mut parts = Vec::new();
        let mut rest = text;
        for unit in ['条', '項', '号'] {
            if rest.is_empty() {
                break;
            }
            let body = rest.strip_prefix('第')?;
            let end = body.find(unit)?;
            parts.push(body[..end].parse().ok()?);
            rest = &body[end + unit.len_utf8()..];
        }
        if !rest.is_empty() {
            return None;
        }
        Cite::from_parts(&parts)
    }
}

impl std::fmt::Display for Cite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "第{}条", self.article)?;
        if let Some(paragraph) = self.paragraph {
            write!(f, "第{paragraph}項")?;
        }
        if let Some(item) = self.item {
            write!(f, "第{item}号")?;
        }
        Ok(())
    }
}

/// A provision's number in one epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Number {
    Known(Cite),
    /// Renumbered, but the sources do not settle the new number.
    Unsettled,
}

#[derive(Debug)]
pub(super) struct Epoch {
    pub(super) from: Date,
    pub(super) name: String,
}

#[derive(Debug)]
pub(super) struct Provision {
    pub(super) subject: String,
    pub(super) cue: Vec<String>,
    /// Indexed like [`Table::epochs`]; `None`: nothing is said of that epoch.
    pub(super) numbers: Vec<Option<Number>>,
    pub(super) same_parts: bool,
}

#[derive(Debug)]
pub(super) struct Table {
    /// Oldest first.
    pub(super) epochs: Vec<Epoch>,
    pub(super) provisions: Vec<Provision>,
    /// (epoch, article, paragraphs it has).
    paragraphs: Vec<(usize, u32, u32)>,
}

/// The table shipped with kohyo, read once.
pub(super) fn shipped() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The file is part of the program and tested below to be read
        // whole; a broken edit fails every test rather than a user's check.
        parse(include_str!("appi-numbering.toml")).unwrap_or_else(|err| {
            panic!("src/content/citations/appi-numbering.toml is broken: {err}")
        })
    })
}

impl Table {
    /// The epoch in force on `day`, if the Act was in force.
    pub(super) fn epoch_on(&self, day: Date) -> Option<usize> {
        self.epochs.iter().rposition(|epoch| epoch.from <= day)
    }

    /// The provision that `cite` falls in, as numbered in `epoch`: the most
    /// specific one whose number holds it.
    pub(super) fn provision_at(&self, epoch: usize, cite: &Cite) -> Option<(&Provision, Cite)> {
        self.provisions
            .iter()
            .filter_map(|provision| match provision.numbers[epoch] {
                Some(Number::Known(number)) if cite.is_within(&number) => Some((provision, number)),
                _ => None,
            })
            .max_by_key(|(_, number)| number.depth())
    }

    /// Whether `cite` names a paragraph that its article does not have in
    /// `epoch`, as far as the table knows.
    pub(super) fn lacks_paragraph(&self, epoch: usize, cite: &Cite) -> bool {
        let Some(paragraph) = cite.paragraph else {
            return false;
        };
        self.paragraphs
            .iter()
            .any(|&(e, article, count)| e == epoch && article == cite.article && paragraph > count)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    epoch: Vec<RawEpoch>,
    provision: Vec<RawProvision>,
    paragraphs: Vec<RawParagraphs>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEpoch {
    key: String,
    from: toml::value::Datetime,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvision {
    subject: String,
    cue: Vec<String>,
    h15: Option<String>,
    h27: Option<String>,
    r4: Option<String>,
    #[serde(default)]
    same_parts: bool,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParagraphs {
    epoch: String,
    article: u32,
    count: u32,
    sources: Vec<String>,
}

/// The source keys the file's header defines.
const SOURCES: &[&str] = &[
    "egov",
    "kanno",
    "esora",
    "hrtshk",
    "yamiyomi",
    "nexs",
    "agri",
    "nihombashi",
    "nmk",
    "kokusai",
    "snhoki",
    "loi",
    "bizlaw",
];

fn parse(text: &str) -> Result<Table, String> {
    let raw: RawTable = toml::from_str(text).map_err(|err| err.to_string())?;
    let keys = ["h15", "h27", "r4"];
    let written: Vec<&str> = raw.epoch.iter().map(|e| e.key.as_str()).collect();
    if written != keys {
        return Err(format!("the epochs must be h15, h27, r4, not {written:?}"));
    }
    let mut epochs = Vec::new();
    for epoch in raw.epoch {
        let from = epoch
            .from
            .date
            .and_then(|d| Date::new(d.year as i16, d.month as i8, d.day as i8).ok())
            .ok_or_else(|| format!("epoch {}: from is not a date", epoch.key))?;
        if epochs.last().is_some_and(|last: &Epoch| last.from >= from) {
            return Err(format!(
                "epoch {} does not follow the one before",
                epoch.key
            ));
        }
        epochs.push(Epoch {
            from,
            name: epoch.name,
        });
    }
    let number = |text: &Option<String>, subject: &str| -> Result<Option<Number>, String> {
        match text.as_deref() {
            None => Ok(None),
            Some("?") => Ok(Some(Number::Unsettled)),
            Some(text) => Cite::parse(text)
                .map(|cite| Some(Number::Known(cite)))
                .ok_or_else(|| format!("{subject}: \"{text}\" is not a number like 第16条第3項")),
        }
    };
    let mut provisions: Vec<Provision> = Vec::new();
    for raw in raw.provision {
        let subject = raw.subject;
        if raw.cue.is_empty() || raw.cue.iter().any(String::is_empty) {
            return Err(format!("{subject}: cue needs words"));
        }
        if raw.sources.is_empty() || raw.sources.iter().any(|s| !SOURCES.contains(&s.as_str())) {
            return Err(format!("{subject}: sources must name keys of the header"));
        }
        let numbers = vec![
            number(&raw.h15, &subject)?,
            number(&raw.h27, &subject)?,
            number(&raw.r4, &subject)?,
        ];
        for (epoch, n) in numbers.iter().enumerate() {
            let duplicate = provisions
                .iter()
                .any(|p| matches!((p.numbers[epoch], n), (Some(Number::Known(a)), Some(Number::Known(b))) if a == *b));
            if duplicate {
                return Err(format!(
                    "{subject}: its number in {} is listed twice",
                    keys[epoch]
                ));
            }
        }
        provisions.push(Provision {
            subject,
            cue: raw.cue,
            numbers,
            same_parts: raw.same_parts,
        });
    }
    let mut paragraphs = Vec::new();
    for raw in raw.paragraphs {
        let epoch = keys
            .iter()
            .position(|key| *key == raw.epoch)
            .ok_or_else(|| format!("paragraphs: unknown epoch {}", raw.epoch))?;
        if raw.sources.iter().any(|s| !SOURCES.contains(&s.as_str())) || raw.sources.is_empty() {
            return Err(format!("paragraphs of 第{}条: unknown source", raw.article));
        }
        paragraphs.push((epoch, raw.article, raw.count));
    }
    Ok(Table {
        epochs,
        provisions,
        paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_parses_and_each_number_is_listed_once() {
        let table = shipped();
        assert_eq!(table.epochs.len(), 3);
        assert!(table.provisions.len() >= 30, "{}", table.provisions.len());
        // parse() refuses a number listed twice in one epoch; check the
        // refusal itself works.
        let twice =
            include_str!("appi-numbering.toml").replace("r4 = \"第18条第3項\"", "r4 = \"第18条\"");
        assert!(parse(&twice).unwrap_err().contains("listed twice"));
    }

    #[test]
    fn numbers_are_read_and_written_in_the_act_s_form() {
        let cite = Cite::parse("第23条第5項第3号").unwrap();
        assert_eq!(cite.to_string(), "第23条第5項第3号");
        assert!(cite.is_within(&Cite::parse("第23条").unwrap()));
        assert!(!Cite::parse("第23条").unwrap().is_within(&cite));
        assert_eq!(Cite::parse("第23項"), None);
        assert_eq!(Cite::parse("第23条x"), None);
    }
}
