//! One calendar day, read from "YYYY-MM-DD" only: real days, leap years, the
//! days between two dates and the day of the week.

use kenshin_core::date::days_between;
use kenshin_core::Date;
use proptest::prelude::*;

fn date(year: i32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

#[test]
fn only_real_dates_parse() {
    #[rustfmt::skip]
    let table: &[(&str, Option<Date>)] = &[
        ("2026-12-15",  Some(date(2026, 12, 15))),
        (" 2026-12-15 ", Some(date(2026, 12, 15))),
        ("2028-02-29",  Some(date(2028, 2, 29))),  // leap year
        ("2000-02-29",  Some(date(2000, 2, 29))),  // divisible by 400
        ("1900-02-29",  None),                     // divisible by 100, not 400
        ("2026-02-29",  None),
        ("2026-04-31",  None),
        ("2026-13-01",  None),
        ("2026-00-10",  None),
        ("2026-12-00",  None),
        ("2026-4-1",    None),                     // the input always pads
        ("+2026-04-01", None),
        ("20261215",    None),
        ("2026/12/15",  None),
        ("2026-12/15",  None),                     // one dash is not enough
        ("2026/12-15",  None),
        ("２０２６-12-15", None),
        ("26-4-1x",     None),
        ("abcd-ef-gh",  None),
        ("1899-12-31",  None),                     // before 1900
        ("9999-12-31",  Some(date(9999, 12, 31))),
        ("",            None),
    ];
    for &(text, expected) in table {
        assert_eq!(Date::parse_iso(text), expected, "{text:?}");
    }
}

#[test]
fn days_between_counts_calendar_days() {
    #[rustfmt::skip]
    let table: &[(Date, Date, i64)] = &[
        (date(2026, 12, 1),  date(2026, 12, 1),  0),
        (date(2026, 12, 1),  date(2026, 12, 2),  1),
        (date(2026, 12, 2),  date(2026, 12, 1),  -1),
        (date(2026, 12, 31), date(2027, 1, 1),   1),
        (date(2028, 2, 28),  date(2028, 3, 1),   2),  // leap day between
        (date(2027, 2, 28),  date(2027, 3, 1),   1),
        (date(2026, 1, 1),   date(2027, 1, 1),   365),
        (date(2028, 1, 1),   date(2029, 1, 1),   366),
        (date(1970, 1, 1),   date(2000, 3, 1),   11_017),
    ];
    for &(from, to, days) in table {
        assert_eq!(days_between(from, to), days, "{from:?} → {to:?}");
    }
}

#[test]
fn weekdays_count_from_sunday() {
    // 1970-01-01 was a Thursday; 2000-02-29 a Tuesday; 2026-12-15 a Tuesday;
    // 2027-01-03 a Sunday; 1900-03-01 a Thursday (1900 was not a leap year).
    for (day, weekday) in [
        (date(1970, 1, 1), 4),
        (date(1969, 12, 31), 3),
        (date(2000, 2, 29), 2),
        (date(2026, 12, 15), 2),
        (date(2026, 12, 19), 6),
        (date(2027, 1, 3), 0),
        (date(1900, 3, 1), 4),
    ] {
        assert_eq!(day.weekday_from_sunday(), weekday, "{day:?}");
    }
}

#[test]
fn months_before_clamps_to_the_end_of_the_month() {
    assert_eq!(date(2028, 2, 29).months_before(12), date(2027, 2, 28));
    assert_eq!(date(2026, 1, 31).months_before(2), date(2025, 11, 30));
    assert_eq!(date(2026, 3, 15).months_before(15), date(2024, 12, 15));
}

#[test]
fn a_date_reads_back_as_it_is_written() {
    for day in [date(1900, 1, 1), date(2024, 2, 29), date(9999, 12, 31)] {
        assert_eq!(Date::parse_iso(&day.iso()), Some(day));
    }
}

proptest! {
    #[test]
    fn typed_dates_never_panic(text in "\\PC{0,12}|[0-9\\-]{0,13}") {
        if let Some(day) = Date::parse_iso(&text) {
            prop_assert_eq!(Date::new(day.year, day.month, day.day), Some(day));
            prop_assert_eq!(day.iso(), text.trim());
        }
    }
}
