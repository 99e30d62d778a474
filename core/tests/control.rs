//! Every control's one name (docs/product.md, "Stable hooks"): the page, the
//! kept values, the bands and the missing lists all use these, so they must
//! be unique, round-trip and never change.

use kenshin_core::stratification::Need;
use kenshin_core::{Control, Key, Sex, Tick, Timing, UrineProtein};
use std::collections::HashSet;

#[test]
fn every_control_has_one_stable_id() {
    let ids: Vec<&str> = Control::ALL.iter().map(|control| control.id()).collect();
    #[rustfmt::skip]
    let expected = [
        "systolic_bp", "diastolic_bp", "glucose", "hba1c", "ast", "alt", "ggt", "creatinine", "egfr",
        "waist", "height", "weight", "triglycerides", "hdl", "ldl", "non_hdl", "hemoglobin",
        "age", "checkup_date", "appointment_date", "appointment_time", "sex", "treated_now",
        "checkup_requires_care", "glucose_timing", "tg_timing", "urine_protein",
        "smoker", "med_bp", "med_glucose", "med_lipids",
    ];
    assert_eq!(ids, expected);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "ids are unique");
    for control in Control::ALL {
        assert_eq!(Control::from_id(control.id()), Some(control), "{control:?}");
    }
    assert_eq!(Control::from_id(""), None);
    assert_eq!(Control::from_id("Sex"), None, "ids are exact");
}

#[test]
fn every_value_and_tick_is_a_control_under_its_own_id() {
    for key in Key::ALL {
        assert!(Control::ALL.contains(&Control::Value(key)), "{key:?}");
        assert_eq!(Control::Value(key).id(), key.id());
    }
    for tick in Tick::ALL {
        assert!(Control::ALL.contains(&Control::Tick(tick)), "{tick:?}");
        assert_eq!(Control::Tick(tick).id(), tick.id());
    }
}

#[test]
fn choice_values_are_distinct_within_their_control() {
    let distinct = |values: Vec<&str>| values.iter().collect::<HashSet<_>>().len() == values.len();
    assert_eq!(Sex::ALL.map(Sex::id), ["male", "female"]);
    assert!(distinct(Timing::ALL.iter().map(|timing| timing.id()).collect()));
    assert!(distinct(UrineProtein::ALL.iter().map(|grade| grade.id()).collect()));
    assert_eq!([true, false].map(kenshin_core::control::yes_no), ["yes", "no"]);
}

#[test]
fn a_missing_input_names_the_control_to_fill_in() {
    #[rustfmt::skip]
    let table = [
        (Need::Sex, "sex"),
        (Need::Age, "age"),
        (Need::Value(Key::Waist), "waist"),
        (Need::GlucoseOrHba1c, "glucose"),
        (Need::GlucoseTiming, "glucose_timing"),
        (Need::TgTiming, "tg_timing"),
        (Need::Tick(Tick::MedLipids), "med_lipids"),
    ];
    for (missing, id) in table {
        assert_eq!(missing.control().id(), id, "{missing:?}");
    }
}

#[test]
fn missing_inputs_sort_in_form_order() {
    let mut missing = vec![
        Need::Tick(Tick::Smoker),
        Need::Value(Key::Hdl),
        Need::TgTiming,
        Need::Value(Key::Triglycerides),
        Need::GlucoseTiming,
        Need::GlucoseOrHba1c,
        Need::Value(Key::SystolicBp),
        Need::Age,
        Need::Sex,
    ];
    missing.sort();
    assert_eq!(
        missing,
        [
            Need::Sex,
            Need::Age,
            Need::Value(Key::SystolicBp),
            Need::GlucoseOrHba1c,
            Need::GlucoseTiming,
            Need::Value(Key::Triglycerides),
            Need::TgTiming,
            Need::Value(Key::Hdl),
            Need::Tick(Tick::Smoker),
        ]
    );
}

#[test]
fn the_national_part_holds_the_values_beyond_the_criteria_the_tg_timing_urine_and_the_ticks() {
    let national: Vec<&str> =
        Control::ALL.into_iter().filter(|control| control.in_national_part()).map(Control::id).collect();
    assert_eq!(
        national,
        [
            "waist",
            "height",
            "weight",
            "triglycerides",
            "hdl",
            "ldl",
            "non_hdl",
            "hemoglobin",
            "tg_timing",
            "urine_protein",
            "smoker",
            "med_bp",
            "med_glucose",
            "med_lipids"
        ]
    );
}
