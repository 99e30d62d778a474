//! The national bands (MHLW 令和6年度版 保健指導判定値 / 受診勧奨判定値), each
//! just below, at and just above its limits. Read a row as: value → band.

mod support;

use kenshin_core::bands::{self, value_bands, Band, Reading, Timing, UrineProtein};
use kenshin_core::{evaluate, Answers, Control, Form, Key, Sex};
use support::understood;
use Band::{Guidance, Normal, SeeDoctor};

/// The band of `key` when only that value (and the sex) is given.
fn band_of(key: Key, sex: Option<Sex>, value: f64) -> Option<Band> {
    let bands = value_bands(&understood(sex, &[(key, value)]), &Answers::default());
    assert!(bands.len() <= 1, "{bands:?}");
    bands.first().map(|band| {
        assert_eq!(band.control, Control::Value(key));
        assert_eq!(band.reading, Reading::Entered(value));
        band.band
    })
}

#[test]
fn each_value_is_banded_from_its_limits_on() {
    #[rustfmt::skip]
    let table: &[(Key, Option<Sex>, f64, Band)] = &[
        // 収縮期血圧 130以上 / 140以上
        (Key::SystolicBp, None, 129.9, Normal), (Key::SystolicBp, None, 130.0, Guidance), (Key::SystolicBp, None, 130.1, Guidance),
        (Key::SystolicBp, None, 139.9, Guidance), (Key::SystolicBp, None, 140.0, SeeDoctor), (Key::SystolicBp, None, 140.1, SeeDoctor),
        // 拡張期血圧 85以上 / 90以上
        (Key::DiastolicBp, None, 84.9, Normal), (Key::DiastolicBp, None, 85.0, Guidance), (Key::DiastolicBp, None, 85.1, Guidance),
        (Key::DiastolicBp, None, 89.9, Guidance), (Key::DiastolicBp, None, 90.0, SeeDoctor), (Key::DiastolicBp, None, 90.1, SeeDoctor),
        // 空腹時血糖・随時血糖 100以上 / 126以上
        (Key::Glucose, None, 99.9, Normal), (Key::Glucose, None, 100.0, Guidance), (Key::Glucose, None, 100.1, Guidance),
        (Key::Glucose, None, 125.9, Guidance), (Key::Glucose, None, 126.0, SeeDoctor), (Key::Glucose, None, 126.1, SeeDoctor),
        // HbA1c 5.6以上 / 6.5以上
        (Key::Hba1c, None, 5.5, Normal), (Key::Hba1c, None, 5.6, Guidance), (Key::Hba1c, None, 5.7, Guidance),
        (Key::Hba1c, None, 6.4, Guidance), (Key::Hba1c, None, 6.5, SeeDoctor), (Key::Hba1c, None, 6.6, SeeDoctor),
        // HDLコレステロール 40未満 / 35未満
        (Key::Hdl, None, 40.1, Normal), (Key::Hdl, None, 40.0, Normal), (Key::Hdl, None, 39.9, Guidance),
        (Key::Hdl, None, 35.1, Guidance), (Key::Hdl, None, 35.0, Guidance), (Key::Hdl, None, 34.9, SeeDoctor),
        // LDLコレステロール 120以上 / 140以上
        (Key::Ldl, None, 119.9, Normal), (Key::Ldl, None, 120.0, Guidance), (Key::Ldl, None, 120.1, Guidance),
        (Key::Ldl, None, 139.9, Guidance), (Key::Ldl, None, 140.0, SeeDoctor), (Key::Ldl, None, 140.1, SeeDoctor),
        // Non-HDLコレステロール 150以上 / 170以上 (LDL blank)
        (Key::NonHdl, None, 149.9, Normal), (Key::NonHdl, None, 150.0, Guidance), (Key::NonHdl, None, 150.1, Guidance),
        (Key::NonHdl, None, 169.9, Guidance), (Key::NonHdl, None, 170.0, SeeDoctor), (Key::NonHdl, None, 170.1, SeeDoctor),
        // AST 31以上 / 51以上
        (Key::Ast, None, 30.9, Normal), (Key::Ast, None, 31.0, Guidance), (Key::Ast, None, 31.1, Guidance),
        (Key::Ast, None, 50.9, Guidance), (Key::Ast, None, 51.0, SeeDoctor), (Key::Ast, None, 51.1, SeeDoctor),
        // ALT 31以上 / 51以上
        (Key::Alt, None, 30.9, Normal), (Key::Alt, None, 31.0, Guidance), (Key::Alt, None, 31.1, Guidance),
        (Key::Alt, None, 50.9, Guidance), (Key::Alt, None, 51.0, SeeDoctor), (Key::Alt, None, 51.1, SeeDoctor),
        // γ-GT 51以上 / 101以上
        (Key::Ggt, None, 50.9, Normal), (Key::Ggt, None, 51.0, Guidance), (Key::Ggt, None, 51.1, Guidance),
        (Key::Ggt, None, 100.9, Guidance), (Key::Ggt, None, 101.0, SeeDoctor), (Key::Ggt, None, 101.1, SeeDoctor),
        // eGFR 60未満 / 45未満
        (Key::Egfr, None, 60.1, Normal), (Key::Egfr, None, 60.0, Normal), (Key::Egfr, None, 59.9, Guidance),
        (Key::Egfr, None, 45.1, Guidance), (Key::Egfr, None, 45.0, Guidance), (Key::Egfr, None, 44.9, SeeDoctor),
        // 血色素量 男性 13.0以下 / 12.0以下
        (Key::Hemoglobin, Some(Sex::Male), 13.1, Normal), (Key::Hemoglobin, Some(Sex::Male), 13.0, Guidance),
        (Key::Hemoglobin, Some(Sex::Male), 12.9, Guidance), (Key::Hemoglobin, Some(Sex::Male), 12.1, Guidance),
        (Key::Hemoglobin, Some(Sex::Male), 12.0, SeeDoctor), (Key::Hemoglobin, Some(Sex::Male), 11.9, SeeDoctor),
        // 血色素量 女性 12.0以下 / 11.0以下
        (Key::Hemoglobin, Some(Sex::Female), 12.1, Normal), (Key::Hemoglobin, Some(Sex::Female), 12.0, Guidance),
        (Key::Hemoglobin, Some(Sex::Female), 11.9, Guidance), (Key::Hemoglobin, Some(Sex::Female), 11.1, Guidance),
        (Key::Hemoglobin, Some(Sex::Female), 11.0, SeeDoctor), (Key::Hemoglobin, Some(Sex::Female), 10.9, SeeDoctor),
    ];
    for &(key, sex, value, expected) in table {
        assert_eq!(band_of(key, sex, value), Some(expected), "{key:?} {sex:?} {value}");
    }
}

#[test]
fn triglycerides_depend_on_timing() {
    #[rustfmt::skip]
    let table: &[(f64, Option<Timing>, Option<Band>)] = &[
        // 空腹時中性脂肪 150以上 / 300以上
        (149.9, Some(Timing::Fasting), Some(Normal)),
        (150.0, Some(Timing::Fasting), Some(Guidance)),
        (150.1, Some(Timing::Fasting), Some(Guidance)),
        (299.9, Some(Timing::Fasting), Some(Guidance)),
        (300.0, Some(Timing::Fasting), Some(SeeDoctor)),
        (300.1, Some(Timing::Fasting), Some(SeeDoctor)),
        // 随時中性脂肪 175以上 / 300以上
        (174.9, Some(Timing::Random), Some(Normal)),
        (175.0, Some(Timing::Random), Some(Guidance)),
        (175.1, Some(Timing::Random), Some(Guidance)),
        (299.9, Some(Timing::Random), Some(Guidance)),
        (300.0, Some(Timing::Random), Some(SeeDoctor)),
        (300.1, Some(Timing::Random), Some(SeeDoctor)),
        // No timing: a band only where both timings agree.
        (149.9, None, Some(Normal)),
        (150.0, None, None),
        (174.9, None, None),
        (175.0, None, Some(Guidance)),
        (300.0, None, Some(SeeDoctor)),
    ];
    for &(value, timing, expected) in table {
        assert_eq!(bands::triglycerides(value, timing), expected, "TG {value} {timing:?}");
        let answers = Answers { tg_timing: timing, ..Answers::default() };
        let listed =
            value_bands(&understood(None, &[(Key::Triglycerides, value)]), &answers).first().map(|band| band.band);
        assert_eq!(listed, expected, "TG {value} {timing:?} in the list");
    }
}

#[test]
fn urine_protein_trace_is_guidance_and_one_plus_is_see_doctor() {
    #[rustfmt::skip]
    let table = [
        ("-", Normal),
        ("+-", Guidance),  // (±)
        ("1+", SeeDoctor), // (+)以上
        ("2+", SeeDoctor),
        ("3+", SeeDoctor),
    ];
    for (id, expected) in table {
        let grade = UrineProtein::from_id(id).unwrap_or_else(|| panic!("{id} is a grade"));
        assert_eq!(grade.id(), id);
        assert_eq!(bands::urine_protein(grade), expected, "{id}");
        let answers = Answers { urine_protein: Some(grade), ..Answers::default() };
        let band = value_bands(&understood(None, &[]), &answers)[0];
        assert_eq!(
            (band.control.id(), band.band, band.reading),
            ("urine_protein", expected, Reading::UrineProtein(grade))
        );
    }
}

#[test]
fn hemoglobin_without_sex_has_no_band() {
    assert_eq!(bands::hemoglobin(15.0, None), None);
    assert_eq!(bands::hemoglobin(10.0, None), None);
    assert_eq!(band_of(Key::Hemoglobin, None, 15.0), None);
    assert_eq!(bands::hemoglobin(12.5, Some(Sex::Male)), Some(Guidance));
    assert_eq!(bands::hemoglobin(12.5, Some(Sex::Female)), Some(Normal));
}

#[test]
fn non_hdl_is_banded_only_when_ldl_is_blank() {
    let both = understood(None, &[(Key::Ldl, 100.0), (Key::NonHdl, 180.0)]);
    let ids: Vec<&str> = value_bands(&both, &Answers::default()).iter().map(|band| band.control.id()).collect();
    assert_eq!(ids, ["ldl"]);
    let non_hdl = understood(None, &[(Key::NonHdl, 180.0)]);
    assert_eq!(value_bands(&non_hdl, &Answers::default())[0].band, SeeDoctor);
}

#[test]
fn an_entered_egfr_is_banded_before_an_estimate() {
    let mut both = understood(None, &[(Key::Egfr, 70.0)]);
    both.estimated_egfr = Some(40.0);
    let band = value_bands(&both, &Answers::default())[0];
    assert_eq!((band.band, band.reading), (Normal, Reading::Entered(70.0)));
    let mut estimated = understood(None, &[]);
    estimated.estimated_egfr = Some(50.2);
    let band = value_bands(&estimated, &Answers::default())[0];
    assert_eq!((band.control.id(), band.band, band.reading), ("egfr", Guidance, Reading::Estimated(50.2)));
}

#[test]
fn a_whole_form_is_banded_in_form_order() {
    let mut form = Form { sex: Some(Sex::Female), age: "58".into(), ..Form::default() };
    for (key, raw) in [
        (Key::SystolicBp, "142"),
        (Key::DiastolicBp, "86"),
        (Key::Glucose, "99"),
        (Key::Ast, "25"),
        (Key::Creatinine, "0.9"),
        (Key::Triglycerides, "160"),
        (Key::Hdl, "52"),
        (Key::Ldl, "ldl?"), // an error: no LDL value, so non-HDL is used
        (Key::NonHdl, "151"),
        (Key::Hemoglobin, "11.8"),
    ] {
        form.set_value(key, raw);
    }
    let evaluation = evaluate(&form);
    let answers =
        Answers { tg_timing: Some(Timing::Fasting), urine_protein: Some(UrineProtein::Trace), ..Answers::default() };
    let got: Vec<(&str, Band)> =
        value_bands(&evaluation, &answers).iter().map(|band| (band.control.id(), band.band)).collect();
    assert_eq!(
        got,
        [
            ("systolic_bp", SeeDoctor),
            ("diastolic_bp", Guidance),
            ("glucose", Normal),
            ("ast", Normal),
            ("egfr", Guidance), // estimated from creatinine 0.9, 58, woman: 50.2
            ("triglycerides", Guidance),
            ("hdl", Normal),
            ("non_hdl", Guidance),
            ("hemoglobin", Guidance),
            ("urine_protein", Guidance),
        ]
    );
}

#[test]
fn band_ids_are_the_stable_hooks() {
    assert_eq!([Normal.id(), Guidance.id(), SeeDoctor.id()], ["normal", "guidance", "see-doctor"]);
    assert_eq!([Timing::Fasting.id(), Timing::Random.id()], ["fasting", "random"]);
    assert_eq!(Timing::from_id("random"), Some(Timing::Random));
    assert_eq!(Timing::from_id("after-meal"), None);
}

#[test]
fn hemoglobin_without_a_sex_is_said_to_need_one() {
    use kenshin_core::bands::hemoglobin_needs_sex;
    assert!(hemoglobin_needs_sex(&understood(None, &[(Key::Hemoglobin, 12.5)])));
    assert!(!hemoglobin_needs_sex(&understood(Some(Sex::Female), &[(Key::Hemoglobin, 12.5)])));
    assert!(!hemoglobin_needs_sex(&understood(None, &[(Key::Hdl, 38.0)])));
    assert!(!hemoglobin_needs_sex(&understood(None, &[])));
}
