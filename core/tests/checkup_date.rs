//! The checkup should be the latest one: older than 12 months gets a warning.

use kenshin_core::checkup_date::{status, CheckupDateStatus::*, Date};

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
fn leap_days_clamp_to_the_end_of_february() {
    let today = date("2028-02-29");
    assert_eq!(today.months_before(12), date("2027-02-28"));
    assert_eq!(status(date("2027-02-28"), today), Recent);
    assert_eq!(status(date("2027-02-27"), today), OlderThanAYear);
    assert_eq!(date("2026-01-31").months_before(2), date("2025-11-30"));
}

#[test]
fn only_real_dates_parse() {
    for bad in ["", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-4-1x", "abcd-ef-gh", "1899-12-31"] {
        assert_eq!(Date::parse_iso(bad), None, "{bad}");
    }
    assert_eq!(Date::parse_iso("2024-02-29"), Some(Date { year: 2024, month: 2, day: 29 }));
}
