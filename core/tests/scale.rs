//! Where each value is drawn on its scale: its bands in the order of the
//! values, the ※1 limit, and the marker, which is always inside the segment
//! of the band the rules give (at a limit: the band that limit starts).

mod support;

use kenshin_core::bands::{self, value_bands, Band, Rule, UrineProtein};
use kenshin_core::scale::{of_urine_protein, of_value, Scale, Side, MARKER_INSET};
use kenshin_core::{criteria, Answers, Control, Key, Limit, Sex};
use proptest::prelude::*;
use support::understood;
use Band::{Guidance, Normal, SeeDoctor};

/// The segment the marker is drawn in, checked to be strictly inside it.
fn marked_band(scale: &Scale) -> Band {
    let segment = scale
        .segments
        .iter()
        .find(|segment| segment.start < scale.marker && scale.marker < segment.end)
        .unwrap_or_else(|| panic!("the marker {} is on no segment's inside: {scale:?}", scale.marker));
    assert!(scale.marker >= segment.start + MARKER_INSET - 1e-12 && scale.marker <= segment.end - MARKER_INSET + 1e-12);
    segment.band
}

fn bands_left_to_right(scale: &Scale) -> Vec<Band> {
    scale.segments.iter().map(|segment| segment.band).collect()
}

/// Every banded value with its ※1 limit, as the checker pairs them.
fn rules() -> Vec<(&'static str, Rule, Option<Limit>)> {
    vec![
        ("systolic", bands::SYSTOLIC_BP, Some(criteria::SYSTOLIC_BP)),
        ("diastolic", bands::DIASTOLIC_BP, Some(criteria::DIASTOLIC_BP)),
        ("glucose", bands::GLUCOSE, Some(criteria::GLUCOSE)),
        ("hba1c", bands::HBA1C, Some(criteria::HBA1C)),
        ("ast", bands::AST, Some(criteria::AST)),
        ("alt", bands::ALT, Some(criteria::ALT)),
        ("ggt", bands::GGT, Some(criteria::GGT)),
        ("egfr", bands::EGFR, Some(criteria::EGFR)),
        ("tg fasting", bands::FASTING_TRIGLYCERIDES, None),
        ("tg random", bands::RANDOM_TRIGLYCERIDES, None),
        ("hdl", bands::HDL, None),
        ("ldl", bands::LDL, None),
        ("non-hdl", bands::NON_HDL, None),
        ("hemoglobin men", bands::HEMOGLOBIN_MEN, None),
        ("hemoglobin women", bands::HEMOGLOBIN_WOMEN, None),
    ]
}

#[test]
fn below_at_and_above_every_limit_the_marker_is_in_the_band_of_the_value() {
    for (name, rule, criterion) in rules() {
        let mut limits = vec![rule.guidance.value(), rule.see_doctor.value()];
        limits.extend(criterion.map(Limit::value));
        for limit in limits {
            for value in [limit - 0.1, limit, limit + 0.1] {
                let scale = of_value(rule, criterion, value);
                assert_eq!(marked_band(&scale), rule.band(value), "{name} at {value}");
            }
        }
    }
}

#[test]
fn at_a_limit_the_marker_is_inside_the_band_that_limit_starts() {
    #[rustfmt::skip]
    let table: &[(Rule, f64, Band)] = &[
        (bands::SYSTOLIC_BP, 130.0, Guidance), (bands::SYSTOLIC_BP, 140.0, SeeDoctor),
        // 未満: 40 is not below 40, so HDL 40 is normal and 35 is guidance.
        (bands::HDL, 40.0, Normal), (bands::HDL, 35.0, Guidance),
        (bands::EGFR, 60.0, Normal), (bands::EGFR, 45.0, Guidance),
        // 以下: hemoglobin 13.0 is the men's guidance band, 12.0 their see-a-doctor band.
        (bands::HEMOGLOBIN_MEN, 13.0, Guidance), (bands::HEMOGLOBIN_MEN, 12.0, SeeDoctor),
    ];
    for &(rule, value, band) in table {
        assert_eq!(marked_band(&of_value(rule, None, value)), band, "{rule:?} at {value}");
    }
}

#[test]
fn higher_is_worse_reads_left_to_right_from_normal() {
    let scale = of_value(bands::SYSTOLIC_BP, Some(criteria::SYSTOLIC_BP), 150.0);
    assert_eq!(bands_left_to_right(&scale), [Normal, Guidance, SeeDoctor]);
    let values: Vec<(f64, bool)> = scale.limits.iter().map(|limit| (limit.value, limit.criterion)).collect();
    assert_eq!(values, [(130.0, false), (140.0, false), (180.0, true)]);
    // Each stretch between limits takes an equal share: the ※1 limit in the
    // middle of the see-a-doctor segment.
    let at: Vec<f64> = scale.limits.iter().map(|limit| limit.at).collect();
    assert_eq!(at, [0.25, 0.5, 0.75]);
    assert_eq!(scale.marker, 0.5 + 0.25 * (10.0 / 40.0));
}

#[test]
fn lower_is_worse_reads_left_to_right_from_see_a_doctor() {
    for rule in [bands::HDL, bands::EGFR, bands::HEMOGLOBIN_MEN, bands::HEMOGLOBIN_WOMEN] {
        assert_eq!(bands_left_to_right(&of_value(rule, None, 50.0)), [SeeDoctor, Guidance, Normal], "{rule:?}");
    }
    // eGFR's ※1 limit (30 未満) is inside its see-a-doctor band, on the left.
    let egfr = of_value(bands::EGFR, Some(criteria::EGFR), 25.0);
    assert_eq!(bands_left_to_right(&egfr), [SeeDoctor, Guidance, Normal]);
    let criterion = egfr.limits.iter().find(|limit| limit.criterion).unwrap();
    assert_eq!((criterion.value, criterion.at), (30.0, 0.25));
    assert!(egfr.marker < criterion.at, "25 is left of 30");
    // HDL 38 (guidance) is right of HDL 36: a higher HDL is better.
    assert!(of_value(bands::HDL, None, 38.0).marker > of_value(bands::HDL, None, 36.0).marker);
}

#[test]
fn a_value_past_either_end_is_clamped_inside_its_band_and_said_to_be_beyond() {
    // The bar runs from 120 (one stretch of 10 below 130) to 220 (one of 40 past 180).
    let beyond = |value: f64| of_value(bands::SYSTOLIC_BP, Some(criteria::SYSTOLIC_BP), value).beyond;
    for (value, side) in [
        (119.9, Some(Side::Low)),
        (120.0, None),
        (125.0, None),
        (150.0, None),
        (220.0, None),
        (220.1, Some(Side::High)),
    ] {
        assert_eq!(beyond(value), side, "{value}");
    }
    let low = of_value(bands::SYSTOLIC_BP, Some(criteria::SYSTOLIC_BP), 100.0);
    assert_eq!((low.beyond, marked_band(&low)), (Some(Side::Low), Normal));
    // The bar ends one stretch (40) past the ※1 limit 180.
    let end = of_value(bands::SYSTOLIC_BP, Some(criteria::SYSTOLIC_BP), 220.0);
    assert_eq!(end.beyond, None);
    let high = of_value(bands::SYSTOLIC_BP, Some(criteria::SYSTOLIC_BP), 221.0);
    assert_eq!((high.beyond, marked_band(&high)), (Some(Side::High), SeeDoctor));
    let hdl = of_value(bands::HDL, None, 80.0);
    assert_eq!((hdl.beyond, marked_band(&hdl)), (Some(Side::High), Normal));
}

#[test]
fn urine_protein_has_a_cell_per_grade() {
    let expected = [
        (UrineProtein::Negative, Normal, 0.1),
        (UrineProtein::Trace, Guidance, 0.3),
        (UrineProtein::One, SeeDoctor, 0.5),
        (UrineProtein::Two, SeeDoctor, 0.7),
        (UrineProtein::Three, SeeDoctor, 0.9),
    ];
    for (grade, band, at) in expected {
        let scale = of_urine_protein(grade);
        assert_eq!(bands_left_to_right(&scale), [Normal, Guidance, SeeDoctor]);
        assert_eq!(marked_band(&scale), band, "{grade:?}");
        assert!((scale.marker - at).abs() < 1e-12, "{grade:?}: {}", scale.marker);
        assert!(scale.limits.is_empty() && scale.beyond.is_none());
    }
}

/// The scale of `key` when only that value (and the sex) is given, as the app builds it.
fn scale_of(key: Key, sex: Option<Sex>, value: f64) -> Option<Scale> {
    let bands = value_bands(&understood(sex, &[(key, value)]), &Answers::default());
    bands.iter().find(|band| band.control == Control::Value(key)).and_then(|band| band.scale())
}

#[test]
fn hemoglobin_follows_the_sex_and_has_no_scale_without_one() {
    let men = scale_of(Key::Hemoglobin, Some(Sex::Male), 12.5).unwrap();
    let women = scale_of(Key::Hemoglobin, Some(Sex::Female), 12.5).unwrap();
    assert_eq!((marked_band(&men), marked_band(&women)), (Guidance, Normal));
    let limits = |scale: &Scale| scale.limits.iter().map(|limit| limit.value).collect::<Vec<_>>();
    assert_eq!((limits(&men), limits(&women)), (vec![12.0, 13.0], vec![11.0, 12.0]));
    assert_eq!(scale_of(Key::Hemoglobin, None, 12.5), None);
}

#[test]
fn the_criteria_keys_carry_their_criterion_and_the_others_none() {
    let criterion_of = |key: Key| {
        let scale = scale_of(key, None, 100.0).unwrap();
        scale.limits.iter().find(|limit| limit.criterion).map(|limit| limit.value)
    };
    assert_eq!(criterion_of(Key::SystolicBp), Some(180.0));
    assert_eq!(criterion_of(Key::Ggt), Some(1000.0));
    assert_eq!(criterion_of(Key::Egfr), Some(30.0));
    assert_eq!(criterion_of(Key::Ldl), None);
    // Triglycerides of unknown timing have a band where both timings agree, but no limits to draw.
    assert_eq!(scale_of(Key::Triglycerides, None, 210.0), None);
}

fn any_rule() -> impl Strategy<Value = (Rule, Option<Limit>)> {
    proptest::sample::select(rules()).prop_map(|(_, rule, criterion)| (rule, criterion))
}

proptest! {
    #[test]
    fn every_value_is_drawn_on_the_bar_in_its_band((rule, criterion) in any_rule(), value in -1e6f64..1e6) {
        let scale = of_value(rule, criterion, value);
        prop_assert!((0.0..=1.0).contains(&scale.marker));
        prop_assert_eq!(scale.segments.first().map(|segment| segment.start), Some(0.0));
        prop_assert_eq!(scale.segments.last().map(|segment| segment.end), Some(1.0));
        for pair in scale.segments.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        prop_assert_eq!(marked_band(&scale), rule.band(value));
    }

    #[test]
    fn a_higher_value_is_never_drawn_left_of_a_lower_one((rule, criterion) in any_rule(), a in 0f64..2000.0, b in 0f64..2000.0) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let (left, right) = (of_value(rule, criterion, low), of_value(rule, criterion, high));
        // Within one band (the marker is kept off the segment's edges, which may stop it).
        if rule.band(low) == rule.band(high) {
            prop_assert!(left.marker <= right.marker);
        }
    }
}
