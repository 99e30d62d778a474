//! Every criterion of the leaflet's ※1, just below, at and just above its
//! threshold. Read a row as: value entered → does the criterion hold?

use kenshin_core::{evaluate, Form, Key, Sex};

fn holds(key: Key, sex: Option<Sex>, raw: &str) -> bool {
    let mut form = Form { sex, ..Form::default() };
    // Creatinine alone gives an eGFR estimate only with an age, so no age here.
    form.set_value(key, raw);
    let evaluation = evaluate(&form);
    assert!(evaluation.errors.is_empty(), "{key:?} {raw}: {:?}", evaluation.errors);
    evaluation.flag(key).is_some()
}

#[test]
fn each_criterion_flags_from_its_threshold_on() {
    #[rustfmt::skip]
    let table: &[(Key, Option<Sex>, &str, bool)] = &[
        // 最高血圧 180mmHg以上
        (Key::SystolicBp, None, "179.9", false),
        (Key::SystolicBp, None, "180", true),
        (Key::SystolicBp, None, "180.1", true),
        // 最低血圧 120mmHg以上 (systolic blank, so no cross-check)
        (Key::DiastolicBp, None, "119.9", false),
        (Key::DiastolicBp, None, "120", true),
        (Key::DiastolicBp, None, "120.1", true),
        // 血糖 300mg/dl以上
        (Key::Glucose, None, "299.9", false),
        (Key::Glucose, None, "300", true),
        (Key::Glucose, None, "300.1", true),
        // HbA1c(NGSP) 10.0%以上
        (Key::Hba1c, None, "9.9", false),
        (Key::Hba1c, None, "10.0", true),
        (Key::Hba1c, None, "10.1", true),
        // AST(GOT) 400U/L以上
        (Key::Ast, None, "399", false),
        (Key::Ast, None, "400", true),
        (Key::Ast, None, "401", true),
        // ALT(GPT) 400U/L以上
        (Key::Alt, None, "399", false),
        (Key::Alt, None, "400", true),
        (Key::Alt, None, "401", true),
        // γ-GT(γ-GTP) 1000U/L以上
        (Key::Ggt, None, "999", false),
        (Key::Ggt, None, "1000", true),
        (Key::Ggt, None, "1001", true),
        // 血清クレアチニン 男性2.00mg/dl以上
        (Key::Creatinine, Some(Sex::Male), "1.99", false),
        (Key::Creatinine, Some(Sex::Male), "2.00", true),
        (Key::Creatinine, Some(Sex::Male), "2.01", true),
        (Key::Creatinine, Some(Sex::Male), "1.50", false),
        // 血清クレアチニン 女性1.50mg/dl以上
        (Key::Creatinine, Some(Sex::Female), "1.49", false),
        (Key::Creatinine, Some(Sex::Female), "1.50", true),
        (Key::Creatinine, Some(Sex::Female), "1.51", true),
        // No sex given: 2.00 holds whatever the sex, 1.99 cannot be judged
        (Key::Creatinine, None, "1.99", false),
        (Key::Creatinine, None, "2.00", true),
        (Key::Creatinine, None, "2.01", true),
        // eGFR 30未満
        (Key::Egfr, None, "29.9", true),
        (Key::Egfr, None, "30.0", false),
        (Key::Egfr, None, "30.1", false),
    ];
    for &(key, sex, raw, expected) in table {
        assert_eq!(holds(key, sex, raw), expected, "{key:?} sex={sex:?} value={raw}");
    }
}

#[test]
fn a_flag_reports_the_value_entered_and_the_threshold() {
    let mut form = Form::default();
    form.set_value(Key::SystolicBp, "182");
    let evaluation = evaluate(&form);
    let flag = evaluation.flag(Key::SystolicBp).expect("182 flags");
    assert_eq!(flag.value, 182.0);
    assert_eq!(flag.threshold.value(), 180.0);
    assert!(!flag.estimated);
}

#[test]
fn creatinine_flags_carry_the_sex_whose_threshold_applied() {
    let mut form = Form { sex: Some(Sex::Female), ..Form::default() };
    form.set_value(Key::Creatinine, "1.6");
    let evaluation = evaluate(&form);
    let flag = evaluation.flag(Key::Creatinine).unwrap();
    assert_eq!((flag.threshold.value(), flag.sex), (1.50, Some(Sex::Female)));

    form.sex = None;
    form.set_value(Key::Creatinine, "2.2");
    let flag = *evaluate(&form).flag(Key::Creatinine).unwrap();
    assert_eq!((flag.threshold.value(), flag.sex), (2.00, None));
}

#[test]
fn creatinine_between_the_two_thresholds_asks_for_sex_instead_of_guessing() {
    for (raw, needs_sex) in [("1.49", false), ("1.50", true), ("1.99", true), ("2.00", false)] {
        let mut form = Form::default();
        form.set_value(Key::Creatinine, raw);
        assert_eq!(evaluate(&form).creatinine_needs_sex, needs_sex, "creatinine {raw}");
    }
    let mut form = Form { sex: Some(Sex::Male), ..Form::default() };
    form.set_value(Key::Creatinine, "1.7");
    assert!(!evaluate(&form).creatinine_needs_sex);
}
