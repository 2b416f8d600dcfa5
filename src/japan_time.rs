//! Dates in Japan time. A revision takes effect at 00:00 JST on its
//! effective date wherever the server runs. Japan has kept UTC+09:00 without
//! daylight saving since 1951, so a fixed offset is exact for every date a
//! notice can carry, and needs no time-zone database in the container.

use jiff::civil::Date;
use jiff::tz::{TimeZone, offset};
use jiff::{Timestamp, ZonedDateTime};

pub(crate) const JST: TimeZone = TimeZone::fixed(offset(9));

/// Today's date in Japan.
pub(crate) fn today() -> Date {
    date_at(Timestamp::now())
}

/// The date in Japan at an instant.
pub(crate) fn date_at(instant: Timestamp) -> Date {
    instant.to_zoned_datetime(JST).date()
}

/// 00:00 JST on `date`: when a revision dated `date` is announced or takes effect.
pub(crate) fn midnight(date: Date) -> ZonedDateTime {
    date.to_zoned_datetime(JST)
        .expect("midnight at a fixed offset exists on every civil date")
}

/// 00:00 JST on `date` as RFC 3339, as Atom wants dates: `2024-11-01T00:00:00+09:00`.
pub(crate) fn rfc3339(date: Date) -> String {
    format!("{date}T00:00:00+09:00")
}

/// 00:00 JST on `date` as RFC 2822 (the RFC 822 of RSS 2.0), e.g.
/// `Fri, 1 Nov 2024 00:00:00 +0900`.
pub(crate) fn rfc2822(date: Date) -> String {
    jiff::fmt::rfc2822::to_string(&midnight(date))
        .expect("every civil date at a fixed offset can be written in RFC 2822")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_changes_at_midnight_in_japan() {
        let before: Timestamp = "2024-12-01T14:59:59Z".parse().unwrap();
        let after: Timestamp = "2024-12-01T15:00:00Z".parse().unwrap();
        assert_eq!(
            before.to_zoned_datetime(JST).date(),
            jiff::civil::date(2024, 12, 1)
        );
        assert_eq!(
            after.to_zoned_datetime(JST).date(),
            jiff::civil::date(2024, 12, 2)
        );
    }

    #[test]
    fn feed_dates_carry_the_japanese_offset() {
        let date = jiff::civil::date(2024, 11, 1);
        assert_eq!(rfc3339(date), "2024-11-01T00:00:00+09:00");
        assert_eq!(rfc2822(date), "Fri, 1 Nov 2024 00:00:00 +0900");
        assert_eq!(
            midnight(date).timestamp(),
            "2024-10-31T15:00:00Z".parse::<Timestamp>().unwrap()
        );
    }
}
