//! The one entry point: what a participant entered → everything the app
//! shows, each part as its own module decides it.

use kenshin_core::checkup_date::CheckupDateStatus;
use kenshin_core::Date;
use kenshin_core::{assess, Band, Control, Entries, Key, Sex, SupportLevel, Verdict};

const TODAY: Option<Date> = Some(Date { year: 2026, month: 6, day: 15 });

fn entered(values: &[(Key, &str)]) -> Entries {
    let mut entries = Entries::empty();
    for &(key, raw) in values {
        entries.form.set_value(key, raw);
    }
    entries
}

#[test]
fn an_empty_form_shows_nothing_decided() {
    let got = assess(&Entries::empty(), TODAY);
    assert_eq!(got.evaluation.verdict, Verdict::Incomplete);
    assert_eq!(got.bands, []);
    assert_eq!(got.stratification.level, SupportLevel::Incomplete);
    assert_eq!(got.precautions, Vec::<usize>::new());
    assert_eq!(got.checkup_date, None);
}

#[test]
fn one_call_gives_the_verdict_the_bands_the_level_the_precautions_and_the_date() {
    let mut entries = entered(&[
        (Key::SystolicBp, "185"),
        (Key::DiastolicBp, "95"),
        (Key::Glucose, "110"),
        (Key::Ast, "25"),
        (Key::Alt, "30"),
        (Key::Ggt, "40"),
        (Key::Waist, "92"),
        (Key::Height, "170"),
        (Key::Weight, "75"),
        (Key::Triglycerides, "120"),
        (Key::Hdl, "55"),
        (Key::Hemoglobin, "14"),
    ]);
    entries.form.sex = Some(Sex::Male);
    entries.form.age = "52".into();
    entries.checkup_date = "2025-05-01".into();
    entries.follow_up.checkup_requires_care = Some(true);

    let got = assess(&entries, TODAY);
    assert_eq!(got.evaluation.verdict, Verdict::SeeDoctorFirst);
    assert_eq!(got.evaluation.sex, Some(Sex::Male), "the evaluation carries the sex");
    assert_eq!(got.band(Control::Value(Key::SystolicBp)).map(|band| band.band), Some(Band::SeeDoctor));
    assert_eq!(
        got.band(Control::Value(Key::Hemoglobin)).map(|band| band.band),
        Some(Band::Normal),
        "banded with the form's sex"
    );
    assert_eq!(got.band(Control::Value(Key::Ldl)), None, "blank: no band");
    // A (92 ≥ 85), blood pressure + glucose = 2 → active.
    assert_eq!(got.stratification.level, SupportLevel::Active);
    assert_eq!(got.precautions, [2, 3, 4]);
    assert_eq!(got.checkup_date, Some(CheckupDateStatus::OlderThanAYear));
}

#[test]
fn the_checkup_date_is_judged_against_today() {
    for (date, expected) in [
        ("2025-06-15", Some(CheckupDateStatus::Recent)),
        ("2025-06-14", Some(CheckupDateStatus::OlderThanAYear)),
        ("2026-06-16", Some(CheckupDateStatus::InFuture)),
        ("2026-02-30", None),
        ("", None),
    ] {
        let entries = Entries { checkup_date: date.into(), ..Entries::empty() };
        assert_eq!(assess(&entries, TODAY).checkup_date, expected, "{date:?}");
        assert_eq!(assess(&entries, None).checkup_date, None, "{date:?} without a day known");
    }
}
