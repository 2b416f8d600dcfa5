//! Dates in Japan time. A revision takes effect at 00:00 JST on its
//! effective date wherever the server runs. Japan has kept UTC+09:00 without
//! daylight saving since 1951, so a fixed offset is exact for every date a
//! notice can carry, and needs no time-zone database in the container.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{TimeZone, offset};

pub const JST: TimeZone = TimeZone::fixed(offset(9));

/// Today's date in Japan.
pub fn today() -> Date {
    Timestamp::now().to_zoned_datetime(JST).date()
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
}
