//! The support level (階層化, MHLW 令和6年度版 steps 1–4) as a decision table.
//! Every row starts from `base()`, a man of 50 with nothing that counts, and
//! changes only what its name says.

mod support;

use kenshin_core::stratification::{stratify, Finding, Group, Need, Reason, Risk, Treatment};
use kenshin_core::{
    evaluate, Answers, Entries, Evaluation, Form, Key, Limit, Sex, Stratification, SupportLevel, Timing,
};
use proptest::prelude::*;
use support::understood;
use SupportLevel::{Active, Incomplete, Information, Motivational};

/// What `stratify` reads: the form as understood and the other answers.
#[derive(Clone, Debug)]
struct Input {
    evaluation: Evaluation,
    answers: Answers,
}

impl Input {
    /// Nothing entered or answered.
    fn nothing() -> Input {
        Input { evaluation: understood(None, &[]), answers: Answers::default() }
    }
    fn set(&mut self, key: Key, value: f64) {
        self.evaluation.values[key.index()] = Some(value);
    }
    fn blank(&mut self, key: Key) {
        self.evaluation.values[key.index()] = None;
    }
}

fn stratified(input: &Input) -> Stratification {
    stratify(&input.evaluation, &input.answers)
}

/// A man of 50: waist 80, BMI 20.8, every value below its risk limit,
/// a non-smoker on no medicine.
fn base() -> Input {
    #[rustfmt::skip]
    let values = [
        (Key::Waist, 80.0), (Key::Height, 170.0), (Key::Weight, 60.0), (Key::Glucose, 90.0), (Key::Hba1c, 5.2),
        (Key::Triglycerides, 100.0), (Key::Hdl, 60.0), (Key::SystolicBp, 120.0), (Key::DiastolicBp, 70.0),
    ];
    let mut evaluation = understood(Some(Sex::Male), &values);
    evaluation.age = Some(50);
    // What a new form starts with: fasting timings, every box unticked.
    let answers = Entries::empty().answers;
    Input { evaluation, answers }
}

type Change = fn(&mut Input);

fn with(changes: &[Change]) -> Input {
    let mut input = base();
    for change in changes {
        change(&mut input);
    }
    input
}

// Step 1.
fn group_a(i: &mut Input) {
    i.set(Key::Waist, 85.0);
}
fn group_b(i: &mut Input) {
    i.set(Key::Weight, 75.0); // BMI 26.0, waist 80
}
fn woman(i: &mut Input) {
    i.evaluation.sex = Some(Sex::Female);
}
// Step 2 risks.
fn bp(i: &mut Input) {
    i.set(Key::SystolicBp, 130.0);
}
fn lipids(i: &mut Input) {
    i.set(Key::Hdl, 39.0);
}
fn glucose(i: &mut Input) {
    i.set(Key::Glucose, 100.0);
}
fn smoker(i: &mut Input) {
    i.answers.smoker = Some(true);
}
// Step 4.
fn age_64(i: &mut Input) {
    i.evaluation.age = Some(64);
}
fn age_65(i: &mut Input) {
    i.evaluation.age = Some(65);
}
fn age_74(i: &mut Input) {
    i.evaluation.age = Some(74);
}
fn age_75(i: &mut Input) {
    i.evaluation.age = Some(75);
}
fn med_bp(i: &mut Input) {
    i.answers.med_bp = Some(true);
}
fn med_glucose(i: &mut Input) {
    i.answers.med_glucose = Some(true);
}
fn med_lipids(i: &mut Input) {
    i.answers.med_lipids = Some(true);
}

#[test]
fn decision_table() {
    #[rustfmt::skip]
    let table: &[(&str, &[Change], SupportLevel)] = &[
        // Step 1: neither waist nor BMI → information, whatever the risks.
        ("not overweight, no risk", &[], Information),
        ("not overweight, 4 risks", &[bp, lipids, glucose, smoker], Information),
        // Step 3, group A (waist): 2+ active, 1 motivational, 0 information.
        ("A, 0 risks", &[group_a], Information),
        ("A, 1 risk: blood pressure", &[group_a, bp], Motivational),
        ("A, 1 risk: lipids", &[group_a, lipids], Motivational),
        ("A, 1 risk: glucose", &[group_a, glucose], Motivational),
        ("A, 2 risks", &[group_a, bp, lipids], Active),
        ("A, 3 risks", &[group_a, bp, lipids, glucose], Active),
        ("A, 4 risks", &[group_a, bp, lipids, glucose, smoker], Active),
        ("A, smoking alone is not counted", &[group_a, smoker], Information),
        ("A, smoking with 1 risk makes 2", &[group_a, bp, smoker], Active),
        ("A, smoking with lipids alone makes 2", &[group_a, lipids, smoker], Active),
        ("A, smoking with glucose alone makes 2", &[group_a, glucose, smoker], Active),
        ("A, a woman, 2 risks", &[woman, |i| i.set(Key::Waist, 90.0), bp, glucose], Active),
        // Step 3, group B (BMI only): 3+ active, 1–2 motivational, 0 information.
        ("B, 0 risks", &[group_b], Information),
        ("B, 1 risk", &[group_b, glucose], Motivational),
        ("B, 2 risks", &[group_b, bp, lipids], Motivational),
        ("B, 3 risks", &[group_b, bp, lipids, glucose], Active),
        ("B, 4 risks", &[group_b, bp, lipids, glucose, smoker], Active),
        ("B, smoking alone is not counted", &[group_b, smoker], Information),
        ("B, smoking with 2 risks makes 3", &[group_b, bp, glucose, smoker], Active),
        ("B, a woman, 3 risks", &[woman, group_b, bp, lipids, glucose], Active),
        // Step 4: 65–74 turns active into motivational.
        ("A, 2 risks, 64", &[group_a, bp, lipids, age_64], Active),
        ("A, 2 risks, 65", &[group_a, bp, lipids, age_65], Motivational),
        ("A, 2 risks, 74", &[group_a, bp, lipids, age_74], Motivational),
        ("A, 2 risks, 75: outside the ages, rules as written", &[group_a, bp, lipids, age_75], Active),
        ("A, 1 risk, 65", &[group_a, bp, age_65], Motivational),
        ("A, 0 risks, 65", &[group_a, age_65], Information),
        ("B, 3 risks, 64", &[group_b, bp, lipids, glucose, age_64], Active),
        ("B, 3 risks, 65", &[group_b, bp, lipids, glucose, age_65], Motivational),
        // Medicine for ①–③ → not a target.
        ("A, 2 risks, medicine for blood pressure", &[group_a, bp, lipids, med_bp], Information),
        ("A, 2 risks, medicine for glucose", &[group_a, bp, lipids, med_glucose], Information),
        ("A, 2 risks, medicine for lipids", &[group_a, bp, lipids, med_lipids], Information),
        ("B, 3 risks, medicine", &[group_b, bp, lipids, glucose, med_bp], Information),
    ];
    for &(name, changes, expected) in table {
        let got = stratified(&with(changes));
        assert_eq!(got.level, expected, "{name}: {got:?}");
        assert!(got.needs.is_empty(), "{name}: {got:?}");
    }
}

#[test]
fn every_limit_just_below_and_at() {
    #[rustfmt::skip]
    let table: &[(&str, Change, SupportLevel)] = &[
        // Step 1 (the waist is 80 and BMI 20.8 unless a row says otherwise; bp is a risk).
        ("man, waist 84.9", |i| i.set(Key::Waist, 84.9), Information),
        ("man, waist 85.0", |i| i.set(Key::Waist, 85.0), Motivational),
        ("woman, waist 89.9", |i| { i.evaluation.sex = Some(Sex::Female); i.set(Key::Waist, 89.9) }, Information),
        ("woman, waist 90.0", |i| { i.evaluation.sex = Some(Sex::Female); i.set(Key::Waist, 90.0) }, Motivational),
        ("BMI 24.9", |i| { i.set(Key::Height, 160.0); i.set(Key::Weight, 63.7) }, Information),
        ("BMI 25.0", |i| { i.set(Key::Height, 160.0); i.set(Key::Weight, 64.0) }, Motivational),
        ("BMI 24.96 shows and counts as 25.0", |i| { i.set(Key::Height, 160.0); i.set(Key::Weight, 63.9) }, Motivational),
    ];
    for &(name, change, expected) in table {
        let mut input = with(&[bp]);
        change(&mut input);
        assert_eq!(stratified(&input).level, expected, "{name}");
    }

    // Step 2, in group A with no other risk: a risk → motivational, none → information.
    #[rustfmt::skip]
    let table: &[(&str, Change, SupportLevel)] = &[
        ("systolic 129.9", |i| i.set(Key::SystolicBp, 129.9), Information),
        ("systolic 130", |i| i.set(Key::SystolicBp, 130.0), Motivational),
        ("diastolic 84.9", |i| i.set(Key::DiastolicBp, 84.9), Information),
        ("diastolic 85", |i| i.set(Key::DiastolicBp, 85.0), Motivational),
        ("fasting TG 149.9", |i| i.set(Key::Triglycerides, 149.9), Information),
        ("fasting TG 150", |i| i.set(Key::Triglycerides, 150.0), Motivational),
        ("random TG 174.9", |i| { i.answers.tg_timing = Some(Timing::Random); i.set(Key::Triglycerides, 174.9) }, Information),
        ("random TG 175", |i| { i.answers.tg_timing = Some(Timing::Random); i.set(Key::Triglycerides, 175.0) }, Motivational),
        ("HDL 40", |i| i.set(Key::Hdl, 40.0), Information),
        ("HDL 39.9", |i| i.set(Key::Hdl, 39.9), Motivational),
        ("fasting glucose 99.9", |i| i.set(Key::Glucose, 99.9), Information),
        ("fasting glucose 100", |i| i.set(Key::Glucose, 100.0), Motivational),
        ("random glucose 99.9, no HbA1c", |i| { i.answers.glucose_timing = Some(Timing::Random); i.blank(Key::Hba1c); i.set(Key::Glucose, 99.9) }, Information),
        ("random glucose 100, no HbA1c", |i| { i.answers.glucose_timing = Some(Timing::Random); i.blank(Key::Hba1c); i.set(Key::Glucose, 100.0) }, Motivational),
        ("HbA1c 5.5, no glucose", |i| { i.blank(Key::Glucose); i.set(Key::Hba1c, 5.5) }, Information),
        ("HbA1c 5.6, no glucose", |i| { i.blank(Key::Glucose); i.set(Key::Hba1c, 5.6) }, Motivational),
        // Fasting glucose comes before HbA1c, HbA1c before random glucose.
        ("fasting glucose 95 over HbA1c 5.8", |i| { i.set(Key::Glucose, 95.0); i.set(Key::Hba1c, 5.8) }, Information),
        ("fasting glucose 105 over HbA1c 5.2", |i| { i.set(Key::Glucose, 105.0); i.set(Key::Hba1c, 5.2) }, Motivational),
        ("HbA1c 5.8 over random glucose 95", |i| { i.answers.glucose_timing = Some(Timing::Random); i.set(Key::Glucose, 95.0); i.set(Key::Hba1c, 5.8) }, Motivational),
        ("HbA1c 5.4 over random glucose 105", |i| { i.answers.glucose_timing = Some(Timing::Random); i.set(Key::Glucose, 105.0); i.set(Key::Hba1c, 5.4) }, Information),
    ];
    for &(name, change, expected) in table {
        let mut input = with(&[group_a]);
        change(&mut input);
        assert_eq!(stratified(&input).level, expected, "{name}");
    }
}

#[test]
fn missing_inputs_block_a_level_only_when_they_could_change_it() {
    use Need::*;
    #[rustfmt::skip]
    let table: &[(&str, Change, SupportLevel, &[Need])] = &[
        ("no sex, no waist, a risk", |i| { bp(i); i.evaluation.sex = None; i.blank(Key::Waist) }, Incomplete, &[Sex, Value(Key::Waist)]),
        ("a man, no waist: only the waist is asked", |i| { bp(i); i.blank(Key::Waist) }, Incomplete, &[Value(Key::Waist)]),
        ("no sex, no waist, no risk", |i| { i.evaluation.sex = None; i.blank(Key::Waist) }, Information, &[]),
        ("no sex, waist 87 holds for men only", |i| { bp(i); i.evaluation.sex = None; i.set(Key::Waist, 87.0) }, Incomplete, &[Sex]),
        ("no sex, waist 90 holds for anyone", |i| { bp(i); i.evaluation.sex = None; i.set(Key::Waist, 90.0) }, Motivational, &[]),
        ("no sex, waist 84.9 holds for no one", |i| { bp(i); i.evaluation.sex = None; i.set(Key::Waist, 84.9) }, Information, &[]),
        ("waist below, no height", |i| { bp(i); i.blank(Key::Height) }, Incomplete, &[Value(Key::Height)]),
        ("waist below, no height or weight", |i| { bp(i); i.blank(Key::Height); i.blank(Key::Weight) }, Incomplete, &[Value(Key::Height), Value(Key::Weight)]),
        ("group A: BMI is not needed", |i| { group_a(i); bp(i); i.blank(Key::Height) }, Motivational, &[]),
        ("medicine: yes, all else blank", |i| { *i = Input::nothing(); i.answers.med_glucose = Some(true) }, Information, &[]),
        ("medicine unanswered", |i| { group_a(i); bp(i); i.answers.med_bp = None; i.answers.med_glucose = None; i.answers.med_lipids = None }, Incomplete, &[Tick(kenshin_core::Tick::MedBp), Tick(kenshin_core::Tick::MedGlucose), Tick(kenshin_core::Tick::MedLipids)]),
        ("medicine partly answered", |i| { group_a(i); bp(i); i.answers.med_glucose = None; i.answers.med_lipids = None }, Incomplete, &[Tick(kenshin_core::Tick::MedGlucose), Tick(kenshin_core::Tick::MedLipids)]),
        ("medicine unanswered, not overweight", |i| { i.answers.med_bp = None; i.answers.med_glucose = None; i.answers.med_lipids = None }, Information, &[]),
        ("A, 2 risks, under 65: the rest is not needed", |i| { group_a(i); bp(i); lipids(i); i.blank(Key::Glucose); i.blank(Key::Hba1c); i.answers.smoker = None; i.blank(Key::Height) }, Active, &[]),
        ("A, 2 risks, no age", |i| { group_a(i); bp(i); lipids(i); i.evaluation.age = None }, Incomplete, &[Age]),
        ("A, 1 risk, no age", |i| { group_a(i); bp(i); i.evaluation.age = None }, Motivational, &[]),
        ("A, 2 risks, 70, glucose blank", |i| { group_a(i); bp(i); lipids(i); i.evaluation.age = Some(70); i.blank(Key::Glucose); i.blank(Key::Hba1c) }, Motivational, &[]),
        ("A, 1 risk, smoking unanswered", |i| { group_a(i); bp(i); i.answers.smoker = None }, Incomplete, &[Tick(kenshin_core::Tick::Smoker)]),
        ("A, 0 risks, smoking unanswered", |i| { group_a(i); i.answers.smoker = None }, Information, &[]),
        ("B, 2 risks, smoking unanswered", |i| { group_b(i); bp(i); lipids(i); i.answers.smoker = None }, Incomplete, &[Tick(kenshin_core::Tick::Smoker)]),
        ("B, 2 risks, smoking unanswered, 66", |i| { group_b(i); bp(i); lipids(i); i.answers.smoker = None; i.evaluation.age = Some(66) }, Motivational, &[]),
        ("A, 1 risk, glucose and HbA1c blank", |i| { group_a(i); bp(i); i.blank(Key::Glucose); i.blank(Key::Hba1c) }, Incomplete, &[GlucoseOrHba1c]),
        ("A, systolic low, diastolic blank", |i| { group_a(i); i.blank(Key::DiastolicBp) }, Incomplete, &[Value(Key::DiastolicBp)]),
        ("A, systolic high, diastolic blank", |i| { group_a(i); bp(i); i.blank(Key::DiastolicBp) }, Motivational, &[]),
        ("A, TG blank, HDL low", |i| { group_a(i); lipids(i); i.blank(Key::Triglycerides) }, Motivational, &[]),
        ("A, TG and HDL blank", |i| { group_a(i); i.blank(Key::Triglycerides); i.blank(Key::Hdl) }, Incomplete, &[Value(Key::Triglycerides), Value(Key::Hdl)]),
        ("A, TG 160, timing unknown", |i| { group_a(i); i.set(Key::Triglycerides, 160.0); i.answers.tg_timing = None }, Incomplete, &[TgTiming]),
        ("A, TG 180, timing unknown", |i| { group_a(i); i.set(Key::Triglycerides, 180.0); i.answers.tg_timing = None }, Motivational, &[]),
        ("A, TG 120, timing unknown", |i| { group_a(i); i.set(Key::Triglycerides, 120.0); i.answers.tg_timing = None }, Information, &[]),
        ("A, TG 160 timing unknown, HDL low", |i| { group_a(i); lipids(i); i.set(Key::Triglycerides, 160.0); i.answers.tg_timing = None }, Motivational, &[]),
        ("A, glucose 105 timing unknown, HbA1c 5.4", |i| { group_a(i); i.set(Key::Glucose, 105.0); i.answers.glucose_timing = None; i.set(Key::Hba1c, 5.4) }, Incomplete, &[GlucoseTiming]),
        ("A, glucose 105 timing unknown, HbA1c 5.8", |i| { group_a(i); i.set(Key::Glucose, 105.0); i.answers.glucose_timing = None; i.set(Key::Hba1c, 5.8) }, Motivational, &[]),
        ("A, glucose 105 timing unknown, no HbA1c", |i| { group_a(i); i.set(Key::Glucose, 105.0); i.answers.glucose_timing = None; i.blank(Key::Hba1c) }, Motivational, &[]),
    ];
    for &(name, change, expected, missing) in table {
        let mut input = base();
        change(&mut input);
        let got = stratified(&input);
        assert_eq!((got.level, got.needs.as_slice()), (expected, missing), "{name}: {got:?}");
    }
}

#[test]
fn an_empty_form_asks_for_everything_that_counts() {
    use Need::*;
    let got = stratified(&Input::nothing());
    assert_eq!(got.level, Incomplete);
    assert_eq!(
        got.needs,
        [
            Sex,
            Age,
            Value(Key::SystolicBp),
            Value(Key::DiastolicBp),
            GlucoseOrHba1c,
            Value(Key::Waist),
            Value(Key::Height),
            Value(Key::Weight),
            Value(Key::Triglycerides),
            Value(Key::Hdl),
            Tick(kenshin_core::Tick::Smoker),
            Tick(kenshin_core::Tick::MedBp),
            Tick(kenshin_core::Tick::MedGlucose),
            Tick(kenshin_core::Tick::MedLipids)
        ]
    );
    assert_eq!(got.reasons, []);
}

#[test]
fn the_risk_count_is_said_when_known_or_as_at_least_what_is_known() {
    let count = |changes: &[Change]| {
        stratified(&with(changes)).reasons.into_iter().find(|reason| matches!(reason, Reason::RiskCount { .. }))
    };
    let said = |count, at_least| Some(Reason::RiskCount { group: Group::A, count, at_least });
    assert_eq!(count(&[group_a]), said(0, false), "every risk known, none holds");
    assert_eq!(count(&[group_a, bp, |i| i.answers.smoker = None]), said(1, true), "smoking unanswered: at least 1");
    assert_eq!(
        count(&[group_a, |i| {
            i.blank(Key::Triglycerides);
            i.blank(Key::Hdl)
        }]),
        None,
        "nothing counted yet"
    );
}

#[test]
fn reasons_give_each_step_with_its_numbers() {
    let got = stratified(&with(&[
        |i| i.evaluation.age = Some(67),
        |i| i.set(Key::Waist, 92.0),
        |i| i.set(Key::SystolicBp, 135.0),
        |i| i.set(Key::Hdl, 38.0),
        smoker,
    ]));
    assert_eq!(got.level, Motivational);
    assert_eq!(
        got.reasons,
        [
            Reason::GroupA { waist: 92.0, limit: Limit::AtLeast(85.0) },
            Reason::Risk(Finding {
                risk: Risk::BloodPressure,
                key: Key::SystolicBp,
                timing: None,
                value: 135.0,
                limit: Limit::AtLeast(130.0)
            }),
            Reason::Risk(Finding {
                risk: Risk::Lipids,
                key: Key::Hdl,
                timing: None,
                value: 38.0,
                limit: Limit::Below(40.0)
            }),
            Reason::Smoking { counted: true },
            Reason::RiskCount { group: Group::A, count: 3, at_least: false },
            Reason::SeniorMotivational { age: 67 },
        ]
    );

    let got = stratified(&with(&[group_b, smoker, med_lipids, |i| i.evaluation.age = Some(38)]));
    assert_eq!(got.level, Information);
    assert_eq!(
        got.reasons,
        [
            Reason::GroupB {
                waist: 80.0,
                waist_limit: Limit::AtLeast(85.0),
                bmi: 26.0,
                bmi_limit: Limit::AtLeast(25.0)
            },
            Reason::Smoking { counted: false },
            Reason::RiskCount { group: Group::B, count: 0, at_least: false },
            Reason::Medication(Treatment::Lipids),
            Reason::OutsideTargetAges { age: 38 },
        ]
    );

    let got = stratified(&with(&[woman, |i| i.set(Key::Waist, 88.0)]));
    assert_eq!(
        got.reasons,
        [Reason::NotOverweight {
            waist: 88.0,
            waist_limit: Limit::AtLeast(90.0),
            bmi: 20.8,
            bmi_limit: Limit::AtLeast(25.0)
        }]
    );
    assert_eq!(got.bmi, Some(20.8));

    // On medicine, the age rule has nothing to turn.
    let got = stratified(&with(&[group_a, bp, lipids, age_65, med_bp]));
    assert_eq!(got.level, Information);
    assert!(got.reasons.contains(&Reason::Medication(Treatment::BloodPressure)));
    assert!(!got.reasons.contains(&Reason::SeniorMotivational { age: 65 }));

    // Fasting TG and fasting glucose carry their timing.
    let got = stratified(&with(&[group_a, |i| i.set(Key::Triglycerides, 150.0), glucose]));
    assert!(got.reasons.contains(&Reason::Risk(Finding {
        risk: Risk::Lipids,
        key: Key::Triglycerides,
        timing: Some(Timing::Fasting),
        value: 150.0,
        limit: Limit::AtLeast(150.0)
    })));
    assert!(got.reasons.contains(&Reason::RiskCount { group: Group::A, count: 2, at_least: false }));
}

#[test]
fn the_input_comes_from_the_form_and_the_answers() {
    let mut form = Form { sex: Some(Sex::Female), age: "66".into(), ..Form::default() };
    for (key, raw) in [
        (Key::SystolicBp, "128"),
        (Key::DiastolicBp, "86"),
        (Key::Hba1c, "5.9"),
        (Key::Waist, "91.5cm"),
        (Key::Height, "158"),
        (Key::Weight, "60kg"),
        (Key::Triglycerides, "140"),
        (Key::Hdl, "55"),
    ] {
        form.set_value(key, raw);
    }
    let answers = Answers {
        tg_timing: Some(Timing::Fasting),
        smoker: Some(true),
        med_bp: Some(false),
        med_glucose: Some(false),
        med_lipids: Some(false),
        ..Answers::default()
    };
    let evaluation = evaluate(&form);
    assert_eq!(evaluation.value(Key::Waist), Some(91.5));
    assert_eq!(evaluation.age, Some(66));
    // A (91.5 ≥ 90), blood pressure + glucose + smoking = 3 → active → 66: motivational.
    assert_eq!(stratify(&evaluation, &answers).level, Motivational);
}

#[test]
fn support_level_ids_are_the_stable_hooks() {
    let ids = [Active, Motivational, Information, Incomplete].map(SupportLevel::id);
    assert_eq!(ids, ["active", "motivational", "information", "incomplete"]);
}

fn maybe<T: std::fmt::Debug + Clone>(value: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::weighted(0.8, value)
}

fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![Just(Timing::Fasting), Just(Timing::Random)]
}

/// Every field given, near the limits where the branches are.
fn complete_input() -> impl Strategy<Value = Input> {
    let body =
        (prop_oneof![Just(Sex::Male), Just(Sex::Female)], 18u32..=90, 75.0..100.0f64, 140.0..190.0f64, 45.0..95.0f64);
    let blood = (
        90.0..115.0f64,
        timing(),
        5.0..6.2f64,
        100.0..220.0f64,
        timing(),
        30.0..50.0f64,
        115.0..145.0f64,
        70.0..95.0f64,
    );
    let answers = (any::<bool>(), prop::bool::weighted(0.2), prop::bool::weighted(0.2), prop::bool::weighted(0.2));
    (body, blood, answers).prop_map(|((sex, age, waist, height, weight), blood, answers)| {
        let (glucose, glucose_timing, hba1c, triglycerides, tg_timing, hdl, systolic, diastolic) = blood;
        let (smoker, med_bp, med_glucose, med_lipids) = answers;
        #[rustfmt::skip]
        let values = [
            (Key::Waist, waist), (Key::Height, height), (Key::Weight, weight), (Key::Glucose, glucose),
            (Key::Hba1c, hba1c), (Key::Triglycerides, triglycerides), (Key::Hdl, hdl),
            (Key::SystolicBp, systolic), (Key::DiastolicBp, diastolic),
        ];
        let mut evaluation = understood(Some(sex), &values);
        evaluation.age = Some(age);
        let answers = Answers {
            glucose_timing: Some(glucose_timing),
            tg_timing: Some(tg_timing),
            urine_protein: None,
            smoker: Some(smoker),
            med_bp: Some(med_bp),
            med_glucose: Some(med_glucose),
            med_lipids: Some(med_lipids),
        };
        Input { evaluation, answers }
    })
}

/// `input` with the fields whose bit is set in `blanks` left blank.
/// Glucose and HbA1c go blank together: one blank beside the other is
/// taken as not measured, which is a different checkup, not a blank.
#[rustfmt::skip]
fn blanked(mut i: Input, blanks: u32) -> Input {
    let blank = |bit: u32| blanks & (1 << bit) != 0;
    if blank(0) { i.evaluation.sex = None }
    if blank(1) { i.evaluation.age = None }
    if blank(2) { i.blank(Key::Waist) }
    if blank(3) { i.blank(Key::Height) }
    if blank(4) { i.blank(Key::Weight) }
    if blank(5) { i.blank(Key::Glucose); i.blank(Key::Hba1c) }
    if blank(6) { i.answers.glucose_timing = None }
    if blank(7) { i.blank(Key::Triglycerides) }
    if blank(8) { i.answers.tg_timing = None }
    if blank(9) { i.blank(Key::Hdl) }
    if blank(10) { i.blank(Key::SystolicBp) }
    if blank(11) { i.blank(Key::DiastolicBp) }
    if blank(12) { i.answers.smoker = None }
    if blank(13) { i.answers.med_bp = None }
    if blank(14) { i.answers.med_glucose = None }
    if blank(15) { i.answers.med_lipids = None }
    i
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Any combination at all, including values no form would let through.
    #[test]
    fn no_combination_panics(
        sex in maybe(prop_oneof![Just(Sex::Male), Just(Sex::Female)]),
        age in maybe(any::<u32>()),
        numbers in prop::array::uniform9(maybe(any::<f64>())),
        timings in prop::array::uniform2(maybe(timing())),
        answers in prop::array::uniform4(maybe(any::<bool>())),
    ) {
        let keys = [
            Key::Waist, Key::Height, Key::Weight, Key::Glucose, Key::Hba1c, Key::Triglycerides, Key::Hdl,
            Key::SystolicBp, Key::DiastolicBp,
        ];
        let mut input = Input::nothing();
        for (key, number) in keys.into_iter().zip(numbers) {
            input.evaluation.values[key.index()] = number;
        }
        (input.evaluation.sex, input.evaluation.age) = (sex, age);
        let [smoker, med_bp, med_glucose, med_lipids] = answers;
        input.answers = Answers {
            glucose_timing: timings[0], tg_timing: timings[1], urine_protein: None, smoker, med_bp, med_glucose, med_lipids,
        };
        let got = stratified(&input);
        prop_assert_eq!(got.level == Incomplete, !got.needs.is_empty());
    }

    /// The rule for missing inputs: a level concluded with blanks is the
    /// level the complete form gets, whatever the blanks turn out to be.
    #[test]
    fn a_concluded_level_survives_filling_in_the_blanks(complete in complete_input(), blanks in 0u32..(1 << 16)) {
        let partial = stratified(&blanked(complete.clone(), blanks));
        let full = stratified(&complete);
        prop_assert_ne!(full.level, Incomplete);
        if partial.level != Incomplete {
            prop_assert_eq!(partial.level, full.level, "{:?}", partial);
        }
    }
}

/// Step 3 as MHLW words it, written again here as the test's own oracle.
fn level_for(group: Group, count: u8) -> SupportLevel {
    match (group, count) {
        (_, 0) => Information,
        (Group::A, 1) | (Group::B, 1 | 2) => Motivational,
        _ => Active,
    }
}

/// Whether what the reasons say matches the level: the count is the risks
/// found plus a counted smoking, and a count with nothing still unknown
/// gives the level (after step 4 and medicine).
fn reasons_agree_with_level(got: &Stratification) -> Result<(), TestCaseError> {
    let mut risks: Vec<Risk> = Vec::new();
    for reason in &got.reasons {
        if let Reason::Risk(finding) = reason {
            if !risks.contains(&finding.risk) {
                risks.push(finding.risk);
            }
        }
    }
    let has = |wanted: fn(&Reason) -> bool| got.reasons.iter().any(wanted);
    let smoking_counted = has(|reason| *reason == Reason::Smoking { counted: true });
    let medication = has(|reason| matches!(reason, Reason::Medication(_)));
    let senior = has(|reason| matches!(reason, Reason::SeniorMotivational { .. }));
    if medication {
        prop_assert_eq!(got.level, Information, "{:?}", got);
    }
    if has(|reason| matches!(reason, Reason::NotOverweight { .. })) {
        prop_assert_eq!(got.level, Information, "{:?}", got);
    }
    for reason in &got.reasons {
        if let Reason::RiskCount { group, count, at_least } = *reason {
            prop_assert_eq!(usize::from(count), risks.len() + usize::from(smoking_counted), "{:?}", got);
            if senior {
                prop_assert_eq!(level_for(group, count), Active, "{:?}", got);
            }
            if !at_least && !medication && got.level != Incomplete {
                let expected = if senior { Motivational } else { level_for(group, count) };
                prop_assert_eq!(got.level, expected, "{:?}", got);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The reasons are derived from the rules that decide the level, so they
    /// never tell another story: complete forms and forms with blanks alike.
    #[test]
    fn the_reasons_always_agree_with_the_level(complete in complete_input(), blanks in 0u32..(1 << 16)) {
        reasons_agree_with_level(&stratified(&complete))?;
        reasons_agree_with_level(&stratified(&blanked(complete.clone(), blanks)))?;
    }
}
