//! The leaflet's "おおよそ660MB/60分", as the guide's calculator applies it.

use kenshin_core::data_use::{gigabytes_text, megabytes, parse_minutes, MinutesError, MINUTES_RANGE};

#[test]
fn sixty_minutes_is_the_leaflets_660_megabytes() {
    assert_eq!(megabytes(60), 660);
    assert_eq!(gigabytes_text(megabytes(60)), "0.66");
}

#[test]
fn other_session_lengths_scale_and_round_up() {
    #[rustfmt::skip]
    let table: &[(u32, u32, &str)] = &[
        // minutes, MB, GB
        (1,     11,   "0.01"),
        (15,    165,  "0.17"),
        (30,    330,  "0.33"),
        (45,    495,  "0.50"),
        (90,    990,  "0.99"),
        (120,   1320, "1.32"),
        (600,   6600, "6.60"),
    ];
    for &(minutes, mb, gb) in table {
        assert_eq!(megabytes(minutes), mb, "{minutes} min");
        assert_eq!(gigabytes_text(mb), gb, "{minutes} min");
    }
}

#[test]
fn minutes_as_people_type_them() {
    #[rustfmt::skip]
    let table: &[(&str, Result<Option<u32>, MinutesError>)] = &[
        ("",          Ok(None)),
        ("   ",       Ok(None)),
        ("60",        Ok(Some(60))),
        (" 45 ",      Ok(Some(45))),
        ("６０",      Ok(Some(60))),
        ("６０分",    Ok(Some(60))),
        ("30分間",    Ok(Some(30))),
        ("90 min",    Ok(Some(90))),
        ("90 Minutes", Ok(Some(90))),
        ("abc",       Err(MinutesError::NotANumber)),
        ("1.5",       Err(MinutesError::NotANumber)),
        ("-5",        Err(MinutesError::NotANumber)),
        ("分",        Err(MinutesError::NotANumber)),
        ("0",         Err(MinutesError::OutOfRange { min: 1, max: 600 })),
        ("601",       Err(MinutesError::OutOfRange { min: 1, max: 600 })),
        ("99999999999999", Err(MinutesError::OutOfRange { min: 1, max: 600 })),
        ("1111111111111111111111", Err(MinutesError::NotANumber)),
    ];
    for (raw, expected) in table {
        assert_eq!(parse_minutes(raw), *expected, "{raw:?}");
    }
}

#[test]
fn the_range_is_inclusive_at_both_ends_and_the_error_names_it() {
    // The guide prints the range from the error, so it must be the range applied.
    let (min, max) = MINUTES_RANGE;
    let out_of_range = Err(MinutesError::OutOfRange { min, max });
    assert_eq!(parse_minutes(&(min - 1).to_string()), out_of_range);
    assert_eq!(parse_minutes(&min.to_string()), Ok(Some(min)));
    assert_eq!(parse_minutes(&max.to_string()), Ok(Some(max)));
    assert_eq!(parse_minutes(&format!("{max}分")), Ok(Some(max)));
    assert_eq!(parse_minutes(&(max + 1).to_string()), out_of_range);
    assert_eq!(megabytes(max), max * 11, "the longest session still scales");
}

proptest::proptest! {
    /// Whatever is typed, the calculator answers (a number or a reason) and never panics.
    #[test]
    fn any_text_is_answered(raw in "\\PC{0,30}") {
        let _ = parse_minutes(&raw);
    }

    /// Every accepted length gives 11 MB a minute, and more minutes never mean less data.
    #[test]
    fn data_grows_with_minutes(minutes in MINUTES_RANGE.0..=MINUTES_RANGE.1) {
        proptest::prop_assert_eq!(megabytes(minutes), minutes * 11);
        proptest::prop_assert!(megabytes(minutes + 1) > megabytes(minutes));
        proptest::prop_assert_eq!(parse_minutes(&minutes.to_string()), Ok(Some(minutes)));
    }
}
