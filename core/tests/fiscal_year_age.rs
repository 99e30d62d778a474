//! The age reached in the fiscal year (April–March) of the checkup.

use kenshin_core::fiscal_year_age::{fiscal_year, fiscal_year_age};
use kenshin_core::Date;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap_or_else(|| panic!("{text} is a date"))
}

#[test]
fn the_age_reached_by_the_end_of_march() {
    #[rustfmt::skip]
    let table = [
        // birth,        checkup,      age reached in that fiscal year
        ("1960-06-15", "2025-06-01", Some(65)), // birthday later in the year still counts
        ("1960-06-15", "2026-03-31", Some(65)), // same fiscal year 2025
        ("1960-06-15", "2026-04-01", Some(66)), // fiscal year 2026
        ("1961-04-01", "2025-10-01", Some(65)), // born 1 April: reaches it on 31 March
        ("1961-04-02", "2025-10-01", Some(64)), // born 2 April: next fiscal year
        ("1961-03-31", "2025-10-01", Some(65)),
        ("1986-01-01", "2026-01-05", Some(40)),
        ("2030-01-01", "2026-01-05", None),
    ];
    for (birth, checkup, expected) in table {
        assert_eq!(fiscal_year_age(date(birth), date(checkup)), expected, "{birth} {checkup}");
    }
    assert_eq!(fiscal_year(date("2026-03-31")), 2025);
    assert_eq!(fiscal_year(date("2026-04-01")), 2026);
}
