//! What each language formats its own way: a day in running text, an
//! integer, an "A, B and C" list and the direction of its script. All of it
//! comes from CLDR data (ICU4X's compiled data), per language, so that
//! adding a language is a line of data and changes no code.
//!
//! A [`Formatting`] is built once per language when the site is loaded and
//! shared by every thread that renders or serves it. Its locale is a BCP 47
//! tag, and kohyo makes three choices of its own on top of CLDR's defaults:
//!
//! - The calendar is kohyo's, never the locale's: [`Calendar::Gregorian`]
//!   is Gregorian for every language (CLDR's default is Buddhist for `th`,
//!   Persian for `fa`), [`Calendar::JapaneseEra`] counts years by the
//!   Japanese era (令和6年). A tag that names a calendar (`-u-ca-…`) is
//!   refused rather than silently overridden.
//! - Digits are 0–9 unless the tag asks otherwise (`ne-u-nu-deva`): dates
//!   sit next to phone numbers and article numbers written with 0–9, and
//!   CLDR's default for `ne` and `my` is their own digits.
//! - A language for which CLDR has no dates of its own is refused: ICU4X
//!   would fall back to the root locale and print "2024 M12 2". CLDR's
//!   aliases suggest the tag it does know (`tl` → `fil`).
//!
//! Which locale kohyo passes for a language (`en-GB` for English, so that
//! a day reads "2 December 2024" and not "December 2, 2024") is the
//! language table's choice, not this module's.

// The language table will use all of this; until then only the tests do.
#![allow(dead_code)]

use std::fmt::Write as _;

use icu_calendar::Date;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::provider::names::{DatetimeNamesMonthGregorianV1, DatetimeNamesMonthJapaneseV1};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::provider::DecimalDigitsV1;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::extensions::unicode::{Value, key, value};
use icu_locale::{Locale, LocaleCanonicalizer, LocaleDirectionality, ParseError};
use icu_provider::prelude::{
    DataError, DataIdentifierBorrowed, DataLocale, DataMarkerAttributes, DataProvider, DataRequest,
    DataRequestMetadata,
};

/// How years are counted in dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Calendar {
    /// The Gregorian calendar, whatever the language's own default.
    Gregorian,
    /// Years of the Japanese era: 令和6年12月2日, 令和元年5月1日. Meant for
    /// Japanese: CLDR writes 元年 only there, and other languages' data for
    /// this calendar is thin ("02/12/6 Reiwa" in Vietnamese).
    JapaneseEra,
}

impl Calendar {
    /// CLDR's name for it, the value of `-u-ca-`.
    fn cldr_name(self) -> Value {
        match self {
            Calendar::Gregorian => value!("gregory"),
            Calendar::JapaneseEra => value!("japanese"),
        }
    }

    /// What its dates are called in a message.
    fn dates(self) -> &'static str {
        match self {
            Calendar::Gregorian => "dates",
            Calendar::JapaneseEra => "Japanese-era dates",
        }
    }
}

/// Which way the language's script runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of HTML's `dir` attribute.
    pub(crate) fn html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Why a language tag cannot be formatted for, in words for the staff who
/// wrote it.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FormattingError {
    #[error("\"{tag}\" cannot be used as a language tag: {problem}")]
    BadTag { tag: String, problem: &'static str },
    #[error(
        "\"{tag}\" chooses a calendar (-u-ca-{calendar}); kohyo chooses the calendar \
         itself (Gregorian, or the Japanese era), so leave -u-ca-{calendar} out of the tag"
    )]
    CalendarInTag { tag: String, calendar: String },
    #[error(
        "\"{tag}\" asks for the digits \"{digits}\" (-u-nu-{digits}), which CLDR has no \
         digits for; leave -u-nu-{digits} out to write 0 to 9, or name a numbering \
         system CLDR has, such as \"deva\" or \"arab\""
    )]
    UnknownDigits { tag: String, digits: String },
    #[error(
        "kohyo has no CLDR data for {} in \"{tag}\": only the root locale's formats \
         would be used, with months written M01 to M12. {}",
        .calendar.dates(),
        match .known_as {
            Some(known_as) => format!("CLDR knows this language as \"{known_as}\": write \"{known_as}\"."),
            None => "Check the language code, or choose a language CLDR has.".to_string(),
        }
    )]
    NoDates {
        tag: String,
        calendar: Calendar,
        /// The tag CLDR's aliases replace it with, when that one has data.
        known_as: Option<String>,
    },
    #[error(
        "CLDR does not say whether \"{tag}\" is written left to right or right to left; \
         add its script after the language, for example \"-Latn\" or \"-Arab\""
    )]
    NoDirection { tag: String },
    #[error("kohyo could not load CLDR data for {what} in \"{tag}\"")]
    Load {
        tag: String,
        what: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// The canonical form of a language tag (`EN-gb` → `en-GB`), or why kohyo
/// cannot use it: not BCP 47, a calendar of its own (`-u-ca-…`), or digits
/// CLDR does not have (`-u-nu-…`). Whether CLDR has data for the language
/// is [`Formatting::new`]'s question.
pub(crate) fn canonical_tag(tag: &str) -> Result<String, FormattingError> {
    parse(tag).map(|locale| locale.to_string())
}

fn parse(tag: &str) -> Result<Locale, FormattingError> {
    let locale = Locale::try_from_str(tag).map_err(|error| FormattingError::BadTag {
        tag: tag.to_string(),
        problem: tag_problem(tag, error),
    })?;
    let keywords = &locale.extensions.unicode.keywords;
    if let Some(calendar) = keywords.get(&key!("ca")) {
        return Err(FormattingError::CalendarInTag {
            tag: tag.to_string(),
            calendar: calendar.to_string(),
        });
    }
    if let Some(digits) = keywords.get(&key!("nu")) {
        let digits = digits.to_string();
        if digits.is_empty() {
            return Err(FormattingError::BadTag {
                tag: tag.to_string(),
                problem: "-u-nu must be followed by a numbering system, such as \"latn\" or \"deva\"",
            });
        }
        if !has_digits(&digits) {
            return Err(FormattingError::UnknownDigits {
                tag: tag.to_string(),
                digits,
            });
        }
    }
    Ok(locale)
}

/// ICU4X's parse errors say only which kind of subtag is wrong.
fn tag_problem(tag: &str, error: ParseError) -> &'static str {
    if tag.trim().is_empty() {
        return "it is empty";
    }
    if tag.contains('_') {
        return "its parts are joined with \"-\", not \"_\" (\"en-GB\", not \"en_GB\")";
    }
    if tag.trim() != tag {
        return "it has spaces around it";
    }
    match error {
        ParseError::InvalidLanguage => {
            "it must begin with a language code of 2 or 3 letters, such as \"ja\", \"en\" or \"fil\""
        }
        ParseError::InvalidSubtag => {
            "a part after the language is neither a script (4 letters: \"Hans\"), a region \
             (2 letters or 3 digits: \"GB\", \"419\") nor a variant (5 to 8 letters or digits)"
        }
        ParseError::InvalidExtension => {
            "an extension (\"-u-…\", \"-x-…\") is not written correctly"
        }
        ParseError::DuplicatedExtension => "an extension appears twice",
        _ => "ICU4X cannot read it",
    }
}

/// A request for ICU4X's compiled data that does not log when nothing is found.
fn request<'a>(attributes: &'a DataMarkerAttributes, locale: &'a DataLocale) -> DataRequest<'a> {
    let mut metadata = DataRequestMetadata::default();
    metadata.silent = true;
    DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, locale),
        metadata,
    }
}

/// Whether CLDR has decimal digits for a numbering system (`latn`, `deva`).
fn has_digits(numbering_system: &str) -> bool {
    DataMarkerAttributes::try_from_str(numbering_system).is_ok_and(|attributes| {
        DataProvider::<DecimalDigitsV1>::load(
            &icu_decimal::provider::Baked,
            request(attributes, &DataLocale::default()),
        )
        .is_ok()
    })
}

/// Whether the month names ICU4X would use for `locale` are the root
/// locale's (M01 … M12), which no language has: the one reliable sign that
/// CLDR has no dates for it. (Numbers and lists cannot tell: ICU4X keeps
/// only the data that differs from the root, so `en`'s numbers come from
/// the root as well.) The marker is ICU4X's unstable provider API, pinned
/// by Cargo.lock; the tests of `xx` and `tl` notice if it changes.
fn dates_only_from_root(locale: &Locale, calendar: Calendar) -> Result<bool, DataError> {
    let locale = DataLocale::from(locale);
    // "5": the wide, formatting-context month names.
    let request = request(DataMarkerAttributes::from_str_or_panic("5"), &locale);
    let provider = &icu_datetime::provider::Baked;
    let resolved = match calendar {
        Calendar::Gregorian => {
            DataProvider::<DatetimeNamesMonthGregorianV1>::load(provider, request)?
                .metadata
                .locale
        }
        Calendar::JapaneseEra => {
            DataProvider::<DatetimeNamesMonthJapaneseV1>::load(provider, request)?
                .metadata
                .locale
        }
    };
    // `None`: found for the locale itself, without falling back (`und`'s
    // own months are the root's too).
    Ok(resolved.as_ref().unwrap_or(&locale).is_unknown())
}

/// How one language writes dates, numbers and lists, from CLDR. Built once
/// per language; `Send + Sync`, so one serves every thread.
#[derive(Debug)]
pub(crate) struct Formatting {
    dates: DateTimeFormatter<YMD>,
    /// Bytes reserved for a date: the longest month's date plus room, so
    /// that writing one does not grow the string.
    date_capacity: usize,
    numbers: DecimalFormatter,
    lists: ListFormatter,
    direction: Direction,
}

impl Formatting {
    /// The formats of `locale`, a BCP 47 tag ("en-GB", "ja", "zh-Hans",
    /// "pt-BR", "ne-u-nu-deva"), with years counted by `calendar`.
    pub(crate) fn new(locale: &str, calendar: Calendar) -> Result<Formatting, FormattingError> {
        let tag = locale;
        let mut locale = parse(tag)?;
        if dates_only_from_root(&locale, calendar).map_err(cannot_load(tag, "dates"))? {
            return Err(FormattingError::NoDates {
                tag: tag.to_string(),
                calendar,
                known_as: known_as(&locale, calendar),
            });
        }
        let direction = match LocaleDirectionality::new_extended().get(&locale.id) {
            Some(icu_locale::Direction::LeftToRight) => Direction::Ltr,
            Some(icu_locale::Direction::RightToLeft) => Direction::Rtl,
            _ => {
                return Err(FormattingError::NoDirection {
                    tag: tag.to_string(),
                });
            }
        };

        let keywords = &mut locale.extensions.unicode.keywords;
        keywords.set(key!("ca"), calendar.cldr_name());
        if !keywords.contains_key(&key!("nu")) {
            keywords.set(key!("nu"), value!("latn"));
        }
        let dates = DateTimeFormatter::try_new((&locale).into(), YMD::long())
            .map_err(cannot_load(tag, "dates"))?;
        let numbers = DecimalFormatter::try_new((&locale).into(), Default::default())
            .map_err(cannot_load(tag, "numbers"))?;
        let lists = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(cannot_load(tag, "lists"))?;

        let longest = (1..=12)
            .filter_map(|month| Date::try_new_iso(2024, month, 28).ok())
            .map(|date| dates.format(&date).to_string().len())
            .max()
            .unwrap_or_default();
        Ok(Formatting {
            dates,
            date_capacity: longest + 16,
            numbers,
            lists,
            direction,
        })
    }

    /// A day as its readers write it in running text, the month in words
    /// where the language has them: "2 December 2024" (en-GB),
    /// "2024年12月2日" (ja), "令和6年12月2日" (ja, Japanese era).
    pub(crate) fn date(&self, date: jiff::civil::Date) -> String {
        let date = Date::try_new_iso(
            i32::from(date.year()),
            date.month().unsigned_abs(),
            date.day().unsigned_abs(),
        )
        .expect("a jiff date (years -9999 to 9999) is a valid ISO date");
        let mut text = String::with_capacity(self.date_capacity);
        write!(text, "{}", self.dates.format(&date)).expect("writing to a String cannot fail");
        text
    }

    /// An integer in the language's digits and grouping: "1,234" (en-GB),
    /// "1.234" (pt-BR).
    pub(crate) fn number(&self, n: usize) -> String {
        self.numbers.format(&Decimal::from(n)).to_string()
    }

    /// The items joined as the language joins "A, B and C" ("A、B、C" in
    /// Japanese).
    pub(crate) fn and_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let items = items.iter().map(AsRef::as_ref);
        let length: usize = items.clone().map(str::len).sum();
        let mut text = String::with_capacity(length + 8 * items.len());
        write!(text, "{}", self.lists.format(items)).expect("writing to a String cannot fail");
        text
    }

    /// Which way the language's script runs, from CLDR's likely script.
    pub(crate) fn direction(&self) -> Direction {
        self.direction
    }
}

/// Loading ICU4X's compiled data, which is in the binary, fails only on a
/// bug of ICU4X or of kohyo's use of it; the error names the language.
fn cannot_load<'t, E: std::error::Error + Send + Sync + 'static>(
    tag: &'t str,
    what: &'static str,
) -> impl FnOnce(E) -> FormattingError + 't {
    move |source| FormattingError::Load {
        tag: tag.to_string(),
        what,
        source: Box::new(source),
    }
}

/// The tag CLDR's aliases replace `locale`'s with (`tl` → `fil`,
/// `iw` → `he`), if CLDR has dates for that one.
fn known_as(locale: &Locale, calendar: Calendar) -> Option<String> {
    let mut canonical = locale.clone();
    LocaleCanonicalizer::new_extended().canonicalize(&mut canonical);
    (canonical != *locale && dates_only_from_root(&canonical, calendar) == Ok(false))
        .then(|| canonical.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    use jiff::civil::date;

    fn formatting(locale: &str) -> Formatting {
        Formatting::new(locale, Calendar::Gregorian).unwrap()
    }

    fn era(locale: &str) -> Formatting {
        Formatting::new(locale, Calendar::JapaneseEra).unwrap()
    }

    fn refusal(locale: &str, calendar: Calendar) -> String {
        Formatting::new(locale, calendar).unwrap_err().to_string()
    }

    /// What ICU4X 2.4 (CLDR 49) prints, read off and pinned: a change of
    /// ICU4X or its data that changes a page shows here first.
    #[test]
    fn a_day_as_each_language_writes_it() {
        for (locale, expected) in [
            ("en-GB", "2 December 2024"),
            ("ja", "2024年12月2日"),
            ("vi", "2 tháng 12 2024"),
            ("zh-Hans", "2024年12月2日"),
            ("zh-Hant", "2024年12月2日"),
            ("ko", "2024년 12월 2일"),
            ("pt-BR", "2 de dezembro de 2024"),
            ("fil", "Disyembre 2, 2024"),
            ("ne", "2024 डिसेम्बर 2"),
            ("id", "2 Desember 2024"),
            ("th", "2 ธันวาคม ค.ศ. 2024"),
            ("ur", "2 دسمبر، 2024"),
            ("my", "2024 ဒီဇင်ဘာ 2"),
            ("fa", "2 دسامبر 2024"),
            ("ar", "2 ديسمبر 2024"),
            ("he", "2 בדצמבר 2024"),
        ] {
            assert_eq!(
                formatting(locale).date(date(2024, 12, 2)),
                expected,
                "{locale}"
            );
        }
    }

    /// Plain `en` is CLDR's American English; kohyo's English passes
    /// `en-GB`, whose long date is the day, the month and the year, with
    /// no weekday and no comma.
    #[test]
    fn english_is_british_order_only_with_en_gb() {
        assert_eq!(formatting("en").date(date(2024, 12, 2)), "December 2, 2024");
        let english = formatting("en-GB");
        assert_eq!(english.date(date(2024, 12, 2)), "2 December 2024");
        assert_eq!(english.date(date(2019, 5, 1)), "1 May 2019");
        assert_eq!(english.date(date(2025, 1, 31)), "31 January 2025");
    }

    #[test]
    fn japanese_without_a_weekday_or_spaces() {
        let japanese = formatting("ja");
        assert_eq!(japanese.date(date(2024, 12, 2)), "2024年12月2日");
        assert_eq!(japanese.date(date(2019, 5, 1)), "2019年5月1日");
    }

    /// CLDR's Japanese writes the first year of an era 元年, and ICU4X
    /// follows it; the day an era ends and the next begins are each in
    /// their own era.
    #[test]
    fn japanese_era_years_with_gannen() {
        let japanese = era("ja");
        assert_eq!(japanese.date(date(2024, 12, 2)), "令和6年12月2日");
        assert_eq!(japanese.date(date(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(japanese.date(date(2019, 4, 30)), "平成31年4月30日");
        assert_eq!(japanese.date(date(1989, 1, 8)), "平成元年1月8日");
        assert_eq!(japanese.date(date(1989, 1, 7)), "昭和64年1月7日");
        // Before Meiji, CLDR has no era of Japan's to count by.
        assert_eq!(japanese.date(date(1800, 1, 1)), "西暦1800年1月1日");
    }

    /// The Japanese era is for Japanese: other languages' CLDR data counts
    /// it without 元年, in numbers only (vi) or in an order of its own (my).
    #[test]
    fn japanese_era_in_other_languages_is_what_cldr_has() {
        assert_eq!(era("en-GB").date(date(2019, 5, 1)), "1 May 1 Reiwa");
        assert_eq!(era("zh-Hans").date(date(2019, 5, 1)), "令和1年5月1日");
        assert_eq!(era("vi").date(date(2024, 12, 2)), "02/12/6 Reiwa");
        assert_eq!(era("my").date(date(2024, 12, 2)), "Reiwa 02 ဒီဇင်ဘာ 6");
    }

    /// `simple` is a BCP 47 variant (kohyo's "easy Japanese" pages); CLDR
    /// has nothing for it, so ICU4X falls back to `ja`, not to the root.
    #[test]
    fn ja_simple_formats_like_ja() {
        for calendar in [Calendar::Gregorian, Calendar::JapaneseEra] {
            let (simple, japanese) = (
                Formatting::new("ja-simple", calendar).unwrap(),
                Formatting::new("ja", calendar).unwrap(),
            );
            for day in [date(2024, 12, 2), date(2019, 5, 1), date(2019, 4, 30)] {
                assert_eq!(simple.date(day), japanese.date(day), "{calendar:?} {day}");
            }
            assert_eq!(simple.number(1234567), japanese.number(1234567));
            assert_eq!(simple.and_list(&["A", "B", "C"]), "A、B、C");
            assert_eq!(simple.direction(), Direction::Ltr);
        }
    }

    /// CLDR has Filipino as `fil`; `tl` (Tagalog) has no data of its own
    /// and would get the root's "2024 M12 2". kohyo refuses it, and CLDR's
    /// aliases name the tag to write instead.
    #[test]
    fn tl_is_refused_with_fil_named() {
        assert_eq!(
            refusal("tl", Calendar::Gregorian),
            "kohyo has no CLDR data for dates in \"tl\": only the root locale's formats \
             would be used, with months written M01 to M12. CLDR knows this language as \
             \"fil\": write \"fil\"."
        );
        assert!(
            refusal("tl-PH", Calendar::JapaneseEra)
                .starts_with("kohyo has no CLDR data for Japanese-era dates in \"tl-PH\""),
        );
        assert!(refusal("tl-PH", Calendar::Gregorian).ends_with("write \"fil-PH\"."));
        assert!(refusal("iw", Calendar::Gregorian).ends_with("write \"he\"."));
        assert_eq!(formatting("fil").date(date(2019, 5, 1)), "Mayo 1, 2019");
    }

    #[test]
    fn a_language_cldr_does_not_have_is_refused() {
        assert_eq!(
            refusal("xx", Calendar::Gregorian),
            "kohyo has no CLDR data for dates in \"xx\": only the root locale's formats \
             would be used, with months written M01 to M12. Check the language code, or \
             choose a language CLDR has."
        );
        assert!(refusal("und", Calendar::Gregorian).starts_with("kohyo has no CLDR data"));
        // Japanese in Hiragana only: CLDR's Japanese is in Kanji and Kana.
        assert!(refusal("ja-Hira", Calendar::Gregorian).starts_with("kohyo has no CLDR data"));
    }

    /// CLDR's default calendar is Buddhist for Thai (2567) and Persian for
    /// Persian (1403); Gregorian means Gregorian. Thai's Gregorian long
    /// date names the era, ค.ศ. (CE), as CLDR writes it.
    #[test]
    fn gregorian_whatever_the_language_s_own_calendar() {
        assert_eq!(
            formatting("th").date(date(2024, 12, 2)),
            "2 ธันวาคม ค.ศ. 2024"
        );
        assert_eq!(formatting("fa").date(date(2024, 12, 2)), "2 دسامبر 2024");
    }

    /// A tag that names a calendar would fight with `Calendar`: refused.
    #[test]
    fn a_calendar_in_the_tag_is_refused() {
        assert_eq!(
            canonical_tag("th-u-ca-buddhist").unwrap_err().to_string(),
            "\"th-u-ca-buddhist\" chooses a calendar (-u-ca-buddhist); kohyo chooses the \
             calendar itself (Gregorian, or the Japanese era), so leave -u-ca-buddhist out \
             of the tag"
        );
        assert!(Formatting::new("ja-u-ca-japanese", Calendar::JapaneseEra).is_err());
    }

    /// Nepali, Burmese and Persian write their own digits by CLDR's
    /// default; kohyo writes 0–9 unless the tag asks for others.
    #[test]
    fn latin_digits_unless_the_tag_asks_for_others() {
        assert_eq!(formatting("ne").date(date(2024, 12, 2)), "2024 डिसेम्बर 2");
        assert_eq!(formatting("ne").number(1234567), "12,34,567");
        assert_eq!(formatting("my").number(1234), "1,234");
        assert_eq!(formatting("fa").number(1234), "1,234");
        let devanagari = formatting("ne-u-nu-deva");
        assert_eq!(devanagari.date(date(2024, 12, 2)), "२०२४ डिसेम्बर २");
        assert_eq!(devanagari.number(1234567), "१२,३४,५६७");
        let burmese = formatting("my-u-nu-mymr");
        assert_eq!(burmese.date(date(2024, 12, 2)), "၂၀၂၄ ဒီဇင်ဘာ ၂");
        assert_eq!(burmese.number(1234), "၁,၂၃၄");
        assert_eq!(formatting("ar-u-nu-arab").number(1234), "١٬٢٣٤");
    }

    #[test]
    fn digits_cldr_does_not_have_are_refused() {
        assert_eq!(
            canonical_tag("ne-u-nu-wxyz").unwrap_err().to_string(),
            "\"ne-u-nu-wxyz\" asks for the digits \"wxyz\" (-u-nu-wxyz), which CLDR has no \
             digits for; leave -u-nu-wxyz out to write 0 to 9, or name a numbering system \
             CLDR has, such as \"deva\" or \"arab\""
        );
        // Japanese numerals are CLDR's, but they are not digits.
        assert!(canonical_tag("ja-u-nu-jpan").is_err());
        assert!(canonical_tag("ja-u-nu").is_err());
    }

    #[test]
    fn numbers_in_the_language_s_grouping() {
        for (locale, expected) in [
            ("en-GB", "1,234"),
            ("ja", "1,234"),
            ("pt-BR", "1.234"),
            ("vi", "1.234"),
            ("id", "1.234"),
            ("ko", "1,234"),
            ("ur", "1,234"),
        ] {
            assert_eq!(formatting(locale).number(1234), expected, "{locale}");
        }
        assert_eq!(formatting("en-GB").number(0), "0");
        assert_eq!(formatting("pt-BR").number(1234567), "1.234.567");
    }

    #[test]
    fn and_lists() {
        for (locale, expected) in [
            ("en-GB", "A, B and C"),
            ("en", "A, B, and C"),
            ("ja", "A、B、C"),
            ("zh-Hans", "A、B和C"),
            ("ko", "A, B 및 C"),
            ("vi", "A, B và C"),
            ("pt-BR", "A, B e C"),
            ("fil", "A, B, at C"),
            ("id", "A, B, dan C"),
            ("th", "A B และC"),
            ("ur", "A، B، اور C"),
            ("fa", "A،\u{200f} B، و C"),
            ("he", "A, B ו\u{2011}C"),
        ] {
            assert_eq!(
                formatting(locale).and_list(&["A", "B", "C"]),
                expected,
                "{locale}"
            );
        }
        let english = formatting("en-GB");
        assert_eq!(
            english.and_list(&["A".to_string(), "B".to_string()]),
            "A and B"
        );
        assert_eq!(english.and_list(&["A"]), "A");
        assert_eq!(english.and_list::<&str>(&[]), "");
    }

    #[test]
    fn direction_of_the_script() {
        for locale in ["ur", "fa", "ar", "he"] {
            assert_eq!(formatting(locale).direction(), Direction::Rtl, "{locale}");
        }
        for locale in [
            "ja", "en-GB", "zh-Hans", "ko", "th", "my", "ne", "vi", "fil",
        ] {
            assert_eq!(formatting(locale).direction(), Direction::Ltr, "{locale}");
        }
        // The script decides, not the language: Sindhi in Arabic and in
        // Devanagari.
        assert_eq!(formatting("sd").direction(), Direction::Rtl);
        assert_eq!(formatting("sd-Deva").direction(), Direction::Ltr);
        assert_eq!(Direction::Rtl.html(), "rtl");
        assert_eq!(Direction::Ltr.html(), "ltr");
    }

    #[test]
    fn tags_in_canonical_form() {
        assert_eq!(canonical_tag("EN-gb").unwrap(), "en-GB");
        assert_eq!(canonical_tag("zh-hans-cn").unwrap(), "zh-Hans-CN");
        assert_eq!(canonical_tag("ja-simple").unwrap(), "ja-simple");
        assert_eq!(canonical_tag("ne-u-nu-deva").unwrap(), "ne-u-nu-deva");
    }

    #[test]
    fn what_is_wrong_with_a_tag() {
        for (tag, problem) in [
            (
                "en_GB",
                "its parts are joined with \"-\", not \"_\" (\"en-GB\", not \"en_GB\")",
            ),
            ("", "it is empty"),
            (" ja", "it has spaces around it"),
            (
                "japanese",
                "it must begin with a language code of 2 or 3 letters, such as \"ja\", \"en\" \
                 or \"fil\"",
            ),
            (
                "ja-ja-ja",
                "a part after the language is neither a script (4 letters: \"Hans\"), a region \
                 (2 letters or 3 digits: \"GB\", \"419\") nor a variant (5 to 8 letters or \
                 digits)",
            ),
            ("ja-u-nu-latn-u-ca-x", "an extension appears twice"),
        ] {
            assert_eq!(
                canonical_tag(tag).unwrap_err().to_string(),
                format!("\"{tag}\" cannot be used as a language tag: {problem}"),
            );
        }
    }

    /// A date is written into the string reserved for it, in one
    /// allocation: the string never had to grow.
    #[test]
    fn a_date_is_one_allocation() {
        for locale in ["en-GB", "ja", "vi", "pt-BR", "th", "my", "ur", "fil"] {
            for formatting in [formatting(locale), era(locale)] {
                let mut day = date(2019, 1, 1);
                while day.year() < 2026 {
                    let text = formatting.date(day);
                    assert_eq!(text.capacity(), formatting.date_capacity, "{locale} {text}");
                    day = day.tomorrow().unwrap();
                }
            }
        }
    }

    #[test]
    fn the_first_and_last_days_jiff_knows() {
        for (locale, first, last) in [
            ("en-GB", "1 January 10000 BC", "31 December 9999"),
            ("ja", "紀元前10000年1月1日", "9999年12月31日"),
        ] {
            let formatting = formatting(locale);
            assert_eq!(formatting.date(jiff::civil::Date::MIN), first);
            assert_eq!(formatting.date(jiff::civil::Date::MAX), last);
        }
        assert_eq!(era("ja").date(jiff::civil::Date::MAX), "令和7981年12月31日");
    }

    #[test]
    fn formatting_is_send_and_sync() {
        fn shared_between_threads<T: Send + Sync>() {}
        shared_between_threads::<Formatting>();
    }
}
