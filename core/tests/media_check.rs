//! The camera and microphone check without a browser: its states, the level
//! meter's number and which problem each failure is.

use kenshin_core::media_check::{
    blocked_before_asking, classify, loudness, meter_value, next_level, CheckEvent, CheckStatus, MediaProblem,
};
use proptest::prelude::*;

#[test]
fn the_check_moves_only_where_an_event_can_take_it() {
    use CheckEvent as E;
    use CheckStatus as S;
    let denied = MediaProblem::Denied;
    #[rustfmt::skip]
    let table: &[(S, E, S)] = &[
        (S::Idle, E::Start, S::Starting),
        (S::Starting, E::Streaming, S::Running),
        (S::Starting, E::Failed(denied), S::Failed(denied)),
        (S::Starting, E::Stop, S::Stopped),
        (S::Running, E::Stop, S::Stopped),
        (S::Running, E::Hidden, S::StoppedHidden),
        (S::Starting, E::Hidden, S::StoppedHidden),
        (S::Failed(denied), E::Start, S::Starting),
        (S::Stopped, E::Start, S::Starting),
        // Late arrivals for a check that was stopped or hidden meanwhile change nothing.
        (S::Stopped, E::Streaming, S::Stopped),
        (S::StoppedHidden, E::Failed(denied), S::StoppedHidden),
        (S::Running, E::Streaming, S::Running),
        (S::Running, E::Failed(denied), S::Running),
        // Hiding or stopping where nothing runs keeps what the participant reads.
        (S::Idle, E::Hidden, S::Idle),
        (S::Failed(denied), E::Hidden, S::Failed(denied)),
        (S::Stopped, E::Stop, S::Stopped),
    ];
    for &(from, event, to) in table {
        assert_eq!(from.after(event), to, "{from:?} + {event:?}");
    }
}

#[test]
fn status_hooks() {
    let ids = [
        CheckStatus::Idle,
        CheckStatus::Starting,
        CheckStatus::Running,
        CheckStatus::Stopped,
        CheckStatus::StoppedHidden,
        CheckStatus::Failed(MediaProblem::Other),
    ]
    .map(CheckStatus::id);
    assert_eq!(ids, ["idle", "starting", "running", "stopped", "stopped", "failed"]);
    assert!(CheckStatus::Starting.is_active() && CheckStatus::Running.is_active());
    assert!(!CheckStatus::Stopped.is_active() && !CheckStatus::Failed(MediaProblem::Other).is_active());
}

#[test]
fn loudness_maps_minus_60_to_0_dbfs_onto_0_to_100() {
    let window = |amplitude: f32| vec![amplitude; 2048];
    assert_eq!(loudness(&[]), 0.0);
    assert_eq!(loudness(&window(0.0)), 0.0);
    assert_eq!(loudness(&window(1.0)), 100.0, "full scale: 0 dBFS");
    assert!((loudness(&window(0.1)) - 100.0 * 40.0 / 60.0).abs() < 1e-6, "−20 dBFS");
    assert!((loudness(&window(0.001)) - 0.0).abs() < 1e-6, "−60 dBFS");
    assert_eq!(loudness(&window(0.0001)), 0.0, "−80 dBFS: below the floor");
    assert_eq!(loudness(&window(f32::NAN)), 0.0);
}

#[test]
fn the_meter_falls_back_gently_and_shows_whole_numbers() {
    let silence = [0.0f32; 16];
    assert_eq!(next_level(50.0, &silence), 40.0);
    assert_eq!(next_level(10.0, &[1.0; 16]), 100.0);
    assert_eq!([0.0, 12.5, 13.5, 99.6, 100.0, 140.0, -3.0].map(meter_value), [0, 12, 14, 100, 100, 100, 0]);
}

#[test]
fn each_failure_is_the_problem_the_participant_can_act_on() {
    use MediaProblem::*;
    #[rustfmt::skip]
    let table: &[(&str, bool, Option<bool>, MediaProblem)] = &[
        ("NotAllowedError", false, None, Denied),
        ("PermissionDeniedError", false, Some(false), Denied),
        ("NotAllowedError", true, Some(true), Denied),
        ("NotAllowedError", true, Some(false), Framed),
        ("NotAllowedError", true, None, DeniedOrFramed),
        ("SecurityError", true, None, Framed),
        ("SecurityError", false, None, Unsupported),
        ("TypeError", false, None, Unsupported),
        ("NotFoundError", false, None, NoDevice),
        ("DevicesNotFoundError", true, None, NoDevice),
        ("OverconstrainedError", false, None, NoDevice),
        ("NotReadableError", false, None, InUse),
        ("TrackStartError", false, None, InUse),
        ("AbortError", false, None, InUse),
        ("", false, None, Other),
        ("notallowederror", false, None, Other),
    ];
    for &(name, framed, policy, expected) in table {
        assert_eq!(classify(name, framed, policy), expected, "{name:?} framed={framed} policy={policy:?}");
    }
    assert_eq!(blocked_before_asking(true, Some(false)), Some(Framed));
    assert_eq!(blocked_before_asking(false, Some(false)), Some(Unsupported));
    assert_eq!(blocked_before_asking(true, None), None);
    assert_eq!(blocked_before_asking(false, Some(true)), None);
    assert!(Framed.may_be_framing() && DeniedOrFramed.may_be_framing() && !Denied.may_be_framing());
}

proptest! {
    #[test]
    fn the_meter_stays_within_0_to_100(previous in 0.0f64..=100.0, samples in proptest::collection::vec(any::<f32>(), 0..64)) {
        let level = next_level(previous, &samples);
        prop_assert!((0.0..=100.0).contains(&level), "{level}");
        prop_assert!(meter_value(level) <= 100);
    }
}

#[test]
fn each_problem_has_its_stable_hook() {
    // The camera check's `data-media-problem`, which tests select on.
    use MediaProblem::*;
    assert_eq!(
        [Denied, Framed, DeniedOrFramed, NoDevice, InUse, Unsupported, Other].map(MediaProblem::id),
        ["denied", "framed", "denied-or-framed", "no-device", "in-use", "unsupported", "other"]
    );
}
