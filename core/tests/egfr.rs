//! The JSN equation against values worked out by hand:
//! 194 × Cr^−1.094 × age^−0.287 (× 0.739 for women), rounded to one decimal.

use kenshin_core::egfr::estimate;
use kenshin_core::{evaluate, Form, Key, Sex};

#[test]
fn estimates_match_hand_computed_values() {
    #[rustfmt::skip]
    let table: &[(f64, u32, Sex, f64)] = &[
        // Cr mg/dL, age, sex → eGFR
        (1.0, 50, Sex::Male, 63.1),
        (1.0, 50, Sex::Female, 46.6),
        (0.8, 45, Sex::Female, 61.4),
        (2.5, 70, Sex::Male, 21.0),
        (1.5, 60, Sex::Female, 28.4),
        (0.7, 40, Sex::Male, 99.4),
        (3.0, 74, Sex::Female, 12.5),
        (1.2, 65, Sex::Male, 48.0),
    ];
    for &(creatinine, age, sex, expected) in table {
        let got = estimate(creatinine, age, sex);
        assert!((got - expected).abs() < 0.05, "Cr {creatinine} age {age} {sex:?}: {got} vs {expected}");
    }
}

fn form(creatinine: &str, age: &str, sex: Option<Sex>) -> Form {
    let mut form = Form { sex, age: age.into(), ..Form::default() };
    form.set_value(Key::Creatinine, creatinine);
    form
}

#[test]
fn a_blank_egfr_is_estimated_and_the_criterion_applies_to_the_shown_value() {
    // Woman, Cr 1.42, 62 years: 29.88 → shown 29.9 → flags, labelled estimated.
    let evaluation = evaluate(&form("1.42", "62", Some(Sex::Female)));
    assert_eq!(evaluation.estimated_egfr, Some(29.9));
    let flag = evaluation.flag(Key::Egfr).expect("29.9 flags");
    assert!(flag.estimated);
    assert_eq!(flag.value, 29.9);

    // Woman, Cr 1.44, 58 years: 29.998 → shown 30.0 → does not flag.
    let evaluation = evaluate(&form("1.44", "58", Some(Sex::Female)));
    assert_eq!(evaluation.estimated_egfr, Some(30.0));
    assert!(evaluation.flag(Key::Egfr).is_none());

    // Woman, Cr 1.42, 61 years: 30.02 → shown 30.0 → does not flag.
    assert!(evaluate(&form("1.42", "61", Some(Sex::Female))).flag(Key::Egfr).is_none());
}

#[test]
fn an_entered_egfr_is_never_replaced_by_an_estimate() {
    let mut with_egfr = form("1.42", "62", Some(Sex::Female));
    with_egfr.set_value(Key::Egfr, "45");
    let evaluation = evaluate(&with_egfr);
    assert_eq!(evaluation.estimated_egfr, None);
    assert!(evaluation.flag(Key::Egfr).is_none());
}

#[test]
fn an_estimate_says_what_it_still_needs() {
    use kenshin_core::verdict::EstimateNeed::{Age, Sex as NeedSex};
    assert_eq!(evaluate(&form("1.2", "", None)).estimate_needs, vec![Age, NeedSex]);
    assert_eq!(evaluate(&form("1.2", "60", None)).estimate_needs, vec![NeedSex]);
    assert_eq!(evaluate(&form("1.2", "", Some(Sex::Male))).estimate_needs, vec![Age]);
    assert_eq!(evaluate(&form("1.2", "60", Some(Sex::Male))).estimate_needs, vec![]);
    assert_eq!(evaluate(&form("", "60", None)).estimate_needs, vec![]);
}
