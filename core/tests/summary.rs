//! The summary under the verdict: every value entered, most concerning first.

use kenshin_core::bands::{Reading, UrineProtein};
use kenshin_core::summary::Concern;
use kenshin_core::{assess, Control, Entries, Key, Sex};

fn entered(sex: Option<Sex>, age: &str, values: &[(Key, &str)]) -> Entries {
    let mut entries = Entries::empty();
    entries.form.sex = sex;
    entries.form.age = age.to_string();
    for &(key, raw) in values {
        entries.form.set_value(key, raw);
    }
    entries
}

fn lines(entries: &Entries) -> Vec<(&'static str, Concern)> {
    assess(entries, None).summary.iter().map(|item| (item.control.id(), item.concern())).collect()
}

/// A 58-year-old man's checkup, as typed by a new user: 186 meets a ※1 criterion;
/// the rest fall in the national bands, and creatinine and the waist have none.
#[test]
fn a_typical_checkup_is_listed_by_concern_then_in_form_order() {
    let entries = entered(
        Some(Sex::Male),
        "58",
        &[
            (Key::SystolicBp, "186"),
            (Key::DiastolicBp, "104"),
            (Key::Hba1c, "7.9"),
            (Key::Ast, "45"),
            (Key::Alt, "61"),
            (Key::Ggt, "120"),
            (Key::Creatinine, "1.1"),
            (Key::Waist, "92"),
            (Key::Triglycerides, "210"),
            (Key::Hdl, "38"),
            (Key::Ldl, "150"),
        ],
    );
    use Concern::*;
    assert_eq!(
        lines(&entries),
        [
            ("systolic_bp", Criterion),
            ("diastolic_bp", SeeDoctor),
            ("hba1c", SeeDoctor),
            ("alt", SeeDoctor),
            ("ggt", SeeDoctor),
            ("ldl", SeeDoctor),
            ("ast", Guidance),
            // Estimated from creatinine (54.5): eGFR was left blank.
            ("egfr", Guidance),
            ("triglycerides", Guidance),
            ("hdl", Guidance),
            ("creatinine", NoBand),
            ("waist", NoBand),
        ]
    );
    let summary = assess(&entries, None).summary;
    let egfr = summary.iter().find(|item| item.control == Control::Value(Key::Egfr)).unwrap();
    assert!(matches!(egfr.reading, Reading::Estimated(estimate) if (estimate - 54.5).abs() < 0.05), "{egfr:?}");
    assert!(summary.iter().all(|item| item.band.is_some() == (item.concern() != NoBand)));
}

#[test]
fn nothing_entered_lists_nothing() {
    assert_eq!(lines(&Entries::empty()), []);
    // Only a sex and an age are not values.
    assert_eq!(lines(&entered(Some(Sex::Female), "50", &[])), []);
}

#[test]
fn a_criterion_comes_first_even_without_a_national_band() {
    // Creatinine 2.1 meets the men's ※1 limit; it has no national band.
    let entries = entered(Some(Sex::Male), "", &[(Key::SystolicBp, "150"), (Key::Creatinine, "2.1")]);
    assert_eq!(lines(&entries), [("creatinine", Concern::Criterion), ("systolic_bp", Concern::SeeDoctor)]);
}

#[test]
fn normal_comes_before_values_without_a_band_and_urine_protein_is_listed() {
    let mut entries = entered(None, "", &[(Key::Height, "170"), (Key::Glucose, "90"), (Key::Hemoglobin, "12.5")]);
    entries.answers.urine_protein = Some(UrineProtein::Trace);
    assert_eq!(
        lines(&entries),
        [
            ("urine_protein", Concern::Guidance),
            ("glucose", Concern::Normal),
            ("height", Concern::NoBand),
            // Hemoglobin's limits depend on the sex, which is not chosen.
            ("hemoglobin", Concern::NoBand),
        ]
    );
}

#[test]
fn non_hdl_has_no_band_beside_ldl_and_a_value_not_understood_is_not_listed() {
    let entries = entered(None, "", &[(Key::Ldl, "130"), (Key::NonHdl, "180"), (Key::Ast, "1,0")]);
    assert_eq!(lines(&entries), [("ldl", Concern::Guidance), ("non_hdl", Concern::NoBand)]);
}

#[test]
fn the_national_part_is_entered_by_a_value_beyond_the_criteria_or_urine_protein() {
    use kenshin_core::summary::national_part_entered;
    let entered = |entries: &Entries| national_part_entered(&assess(entries, None).summary);
    assert!(!entered(&Entries::empty()));
    // The ※1 criteria's values, an estimated eGFR among them, are not in it.
    assert!(!entered(&entered_values(&[(Key::SystolicBp, "150"), (Key::Creatinine, "1.1")])));
    assert!(entered(&entered_values(&[(Key::SystolicBp, "150"), (Key::Waist, "92")])));
    assert!(entered(&entered_values(&[(Key::Hemoglobin, "13")])));
    let mut urine = Entries::empty();
    urine.answers.urine_protein = Some(UrineProtein::Negative);
    assert!(entered(&urine));
}

fn entered_values(values: &[(Key, &str)]) -> Entries {
    entered(Some(Sex::Male), "58", values)
}
