//! The checkup should be the latest one: older than 12 months gets a warning.

use kenshin_core::checkup_date::{status, CheckupDateStatus::*};
use kenshin_core::Date;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap_or_else(|| panic!("{text} is a date"))
}

#[test]
fn twelve_months_is_the_limit() {
    let today = date("2026-11-25");
    #[rustfmt::skip]
    let table = [
        ("2026-11-25", Recent),
        ("2026-04-01", Recent),
        ("2025-11-26", Recent),
        ("2025-11-25", Recent),          // exactly 12 months
        ("2025-11-24", OlderThanAYear),  // one day more
        ("2024-06-01", OlderThanAYear),
        ("2026-11-26", InFuture),
    ];
    for (checkup, expected) in table {
        assert_eq!(status(date(checkup), today), expected, "{checkup}");
    }
}

#[test]
fn a_leap_day_checks_against_the_end_of_february() {
    let today = date("2028-02-29");
    assert_eq!(status(date("2027-02-28"), today), Recent);
    assert_eq!(status(date("2027-02-27"), today), OlderThanAYear);
}
