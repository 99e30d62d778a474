//! The verdict rules (docs/product.md, "Verdict"), as a decision table.

use kenshin_core::verdict::Missing;
use kenshin_core::{evaluate, Control, Form, InputError, Key, Sex, Verdict};

/// A complete checkup with every value well inside the criteria.
fn complete() -> Form {
    let mut form = Form { sex: Some(Sex::Male), age: "52".into(), ..Form::default() };
    for (key, raw) in [
        (Key::SystolicBp, "132"),
        (Key::DiastolicBp, "84"),
        (Key::Glucose, "105"),
        (Key::Hba1c, "5.8"),
        (Key::Ast, "25"),
        (Key::Alt, "30"),
        (Key::Ggt, "45"),
    ] {
        form.set_value(key, raw);
    }
    form
}

fn with(mut form: Form, key: Key, raw: &str) -> Form {
    form.set_value(key, raw);
    form
}

#[test]
fn an_empty_form_is_incomplete_and_lists_every_mandatory_item() {
    let evaluation = evaluate(&Form::default());
    assert_eq!(evaluation.verdict, Verdict::Incomplete);
    assert_eq!(
        evaluation.missing,
        vec![
            Missing::Value(Key::SystolicBp),
            Missing::Value(Key::DiastolicBp),
            Missing::GlucoseOrHba1c,
            Missing::Value(Key::Ast),
            Missing::Value(Key::Alt),
            Missing::Value(Key::Ggt),
        ]
    );
}

#[test]
fn decision_table() {
    use Verdict::*;
    #[rustfmt::skip]
    let table: Vec<(&str, Form, Verdict)> = vec![
        ("complete, nothing holds", complete(), MayStart),
        ("glucose alone is enough", with(complete(), Key::Hba1c, ""), MayStart),
        ("HbA1c alone is enough", with(complete(), Key::Glucose, ""), MayStart),
        ("neither glucose nor HbA1c", with(with(complete(), Key::Hba1c, ""), Key::Glucose, ""), Incomplete),
        ("systolic missing", with(complete(), Key::SystolicBp, ""), Incomplete),
        ("diastolic missing", with(complete(), Key::DiastolicBp, ""), Incomplete),
        ("AST missing", with(complete(), Key::Ast, ""), Incomplete),
        ("ALT missing", with(complete(), Key::Alt, ""), Incomplete),
        ("γ-GT missing", with(complete(), Key::Ggt, ""), Incomplete),
        ("creatinine and eGFR are optional", complete(), MayStart),
        ("creatinine 1.7 without sex", with(Form { sex: None, ..complete() }, Key::Creatinine, "1.7"), Incomplete),
        ("creatinine 1.7, a man", with(complete(), Key::Creatinine, "1.7"), MayStart),
        ("creatinine 1.7, a woman", with(Form { sex: Some(Sex::Female), ..complete() }, Key::Creatinine, "1.7"), SeeDoctorFirst),
        ("one value needs a correction", with(complete(), Key::Ast, "abc"), Incomplete),
        ("age needs a correction", Form { age: "5x".into(), ..complete() }, Incomplete),
        ("a criterion holds in a complete form", with(complete(), Key::SystolicBp, "185"), SeeDoctorFirst),
        ("a criterion holds with everything else blank", with(Form::default(), Key::Ggt, "1200"), SeeDoctorFirst),
        ("a criterion holds while another value has an error", with(with(Form::default(), Key::Ggt, "1200"), Key::Ast, "x"), SeeDoctorFirst),
        ("an estimated eGFR below 30", with(Form { sex: Some(Sex::Female), age: "62".into(), ..complete() }, Key::Creatinine, "1.42"), SeeDoctorFirst),
    ];
    for (name, form, expected) in table {
        assert_eq!(evaluate(&form).verdict, expected, "{name}");
    }
}

#[test]
fn every_criterion_that_holds_is_listed_in_leaflet_order() {
    let mut form = complete();
    form.set_value(Key::Ggt, "1,200");
    form.set_value(Key::SystolicBp, "182");
    form.set_value(Key::Hba1c, "10.4");
    let keys: Vec<Key> = evaluate(&form).flags.iter().map(|flag| flag.key).collect();
    assert_eq!(keys, vec![Key::SystolicBp, Key::Hba1c, Key::Ggt]);
}

#[test]
fn diastolic_must_be_below_systolic() {
    let evaluation = evaluate(&with(with(complete(), Key::SystolicBp, "120"), Key::DiastolicBp, "120"));
    assert_eq!(evaluation.error(Control::Value(Key::DiastolicBp)), Some(InputError::DiastolicNotBelowSystolic));
    assert_eq!(evaluation.verdict, Verdict::Incomplete);
    // A value with an error is asked to be corrected, not reported missing.
    assert!(!evaluation.missing.contains(&Missing::Value(Key::DiastolicBp)));
}

#[test]
fn an_error_in_one_field_keeps_every_other_value() {
    let evaluation = evaluate(&with(complete(), Key::Ast, "４００ｘ"));
    assert_eq!(evaluation.error(Control::Value(Key::Ast)), Some(InputError::NotANumber));
    assert_eq!(evaluation.value(Key::SystolicBp), Some(132.0));
    assert_eq!(evaluation.value(Key::Ggt), Some(45.0));
    assert_eq!(evaluation.errors.len(), 1);
}

#[test]
fn the_extra_values_never_flag_but_an_error_in_them_still_needs_a_correction() {
    // Values far into their see-a-doctor bands leave the programme verdict alone.
    let mut form = complete();
    for (key, raw) in [(Key::Triglycerides, "900"), (Key::Ldl, "250"), (Key::Hemoglobin, "8.0"), (Key::Waist, "120")] {
        form.set_value(key, raw);
    }
    let evaluation = evaluate(&form);
    assert_eq!(evaluation.verdict, Verdict::MayStart);
    assert!(evaluation.flags.is_empty());
    assert_eq!(evaluation.value(Key::Ldl), Some(250.0));

    // Blank extra values are never missing; a typing slip in one is reported.
    let evaluation = evaluate(&with(complete(), Key::Weight, "62,5"));
    assert_eq!(evaluation.verdict, Verdict::Incomplete);
    assert_eq!(evaluation.error(Control::Value(Key::Weight)), Some(InputError::DecimalComma));
    assert!(evaluation.missing.is_empty());

    // A criterion that holds still wins.
    let evaluation = evaluate(&with(with(complete(), Key::Weight, "x"), Key::SystolicBp, "181"));
    assert_eq!(evaluation.verdict, Verdict::SeeDoctorFirst);
}

/// "Blank" is the parser's one rule (`input::is_blank`): white space of any length is blank
/// for the value and for the eGFR estimate alike, never an error.
#[test]
fn long_white_space_in_egfr_is_blank_so_creatinine_is_estimated() {
    let mut form = Form { sex: Some(Sex::Male), age: "60".into(), ..Form::default() };
    form.set_value(Key::Creatinine, "1.0");
    form.set_value(Key::Egfr, " ".repeat(kenshin_core::input::MAX_INPUT_CHARS + 5));
    let evaluation = evaluate(&form);
    assert_eq!(evaluation.error(Control::Value(Key::Egfr)), None);
    assert!(evaluation.estimated_egfr.is_some());
}

#[test]
fn each_verdict_has_its_stable_hook() {
    // docs/product.md, "Stable hooks": tests and operators read data-verdict.
    assert_eq!(
        [Verdict::SeeDoctorFirst, Verdict::MayStart, Verdict::Incomplete].map(Verdict::id),
        ["see-doctor-first", "may-start", "incomplete"]
    );
}
