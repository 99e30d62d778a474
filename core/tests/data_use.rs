//! The leaflet's "おおよそ660MB/60分", as the guide says it for the interview.

use kenshin_core::calendar::DURATION_MINUTES;
use kenshin_core::data_use::{gigabytes_text, megabytes};

#[test]
fn the_interview_is_the_leaflets_660_megabytes() {
    assert_eq!(DURATION_MINUTES, 60, "the leaflet's figure is for 60 minutes");
    assert_eq!(megabytes(DURATION_MINUTES), 660);
    assert_eq!(gigabytes_text(megabytes(DURATION_MINUTES)), "0.66");
}

#[test]
fn other_lengths_scale_and_round_up() {
    #[rustfmt::skip]
    let table: &[(u32, u32, &str)] = &[
        // minutes, MB, GB
        (0,     0,    "0.00"),
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

proptest::proptest! {
    /// 11 MB a minute, more minutes never mean less data, and no length panics.
    #[test]
    fn data_grows_with_minutes(minutes in 0u32..=100_000) {
        proptest::prop_assert_eq!(megabytes(minutes), minutes * 11);
        proptest::prop_assert!(megabytes(minutes + 1) > megabytes(minutes));
    }

    #[test]
    fn any_length_is_worded(minutes in proptest::num::u32::ANY) {
        let _ = gigabytes_text(megabytes(minutes));
    }
}
