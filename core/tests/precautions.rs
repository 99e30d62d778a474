//! Which of the leaflet's nine precautions speak to this participant.

use kenshin_core::precautions::{highlighted, FollowUp};
use kenshin_core::Verdict::*;

/// Treated now, checkup requires care, verdict → precautions.
type Row = (Option<bool>, Option<bool>, kenshin_core::Verdict, &'static [usize]);

#[test]
fn follow_up_answers_pick_the_matching_precautions() {
    #[rustfmt::skip]
    let table: &[Row] = &[
        // treated now, checkup requires care, verdict → precautions
        (None,        None,        MayStart,       &[]),
        (Some(false), Some(false), MayStart,       &[]),
        (Some(true),  Some(false), MayStart,       &[1, 2]),
        (Some(false), Some(true),  MayStart,       &[2, 3]),
        (Some(true),  Some(true),  Incomplete,     &[1, 2, 3]),
        (None,        None,        SeeDoctorFirst, &[4]),
        (Some(true),  Some(true),  SeeDoctorFirst, &[1, 2, 3, 4]),
    ];
    for &(treated_now, checkup_requires_care, verdict, expected) in table {
        let follow_up = FollowUp { treated_now, checkup_requires_care };
        assert_eq!(highlighted(follow_up, verdict), expected, "{follow_up:?} {verdict:?}");
    }
}
