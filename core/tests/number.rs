//! Numbers written back to the participant, and digits read in.

use kenshin_core::number::{fixed, from_digits, plain, round_to};

#[test]
fn fixed_and_plain_write_numbers_as_a_checkup_sheet_does() {
    #[rustfmt::skip]
    let table: &[(f64, usize, &str)] = &[
        (180.0, 0, "180"), (10.0, 1, "10.0"), (2.0, 2, "2.00"), (1.5, 2, "1.50"),
        (29.94, 1, "29.9"), (29.96, 1, "30.0"), (0.05, 1, "0.1"), (63.12441, 1, "63.1"),
        (-1.25, 1, "-1.3"), (0.0, 2, "0.00"),
    ];
    for &(value, decimals, expected) in table {
        assert_eq!(fixed(value, decimals), expected, "{value} to {decimals}");
    }
    for (value, expected) in
        [(182.0, "182"), (6.5, "6.5"), (1.52, "1.52"), (0.1, "0.1"), (1000.0, "1000"), (29.9, "29.9")]
    {
        assert_eq!(plain(value), expected);
    }
    assert_eq!(round_to(29.998, 1), 30.0);
}

#[test]
fn what_cannot_be_written_is_a_dash() {
    for value in [f64::INFINITY, f64::NAN, 1e18, -1e18] {
        assert_eq!(fixed(value, 0), "—", "{value}");
    }
    assert_eq!(fixed(1e17, 0), "100000000000000000");
}

#[test]
fn digits_read_in_are_the_same_double_as_the_standard_parser_gives() {
    for text in
        ["179.9", "0.1", "1.5", "6.5", "29.9", "30.0", "1.995", "10000", "0.09", "123.456789012345", "5.6", "12.0"]
    {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        assert_eq!(from_digits(whole, fraction), text.parse::<f64>().unwrap(), "{text}");
    }
    assert_eq!(from_digits("", "5"), 0.5);
    assert_eq!(from_digits("0007", ""), 7.0);
    assert!(from_digits(&"9".repeat(16), "").is_infinite());
    // Fifteen significant digits are kept, whole or after the point.
    assert_eq!(from_digits(&"9".repeat(15), ""), 999_999_999_999_999.0);
    assert_eq!(from_digits("1", "23456789012345678"), 1.234_567_890_123_45);
}
