//! The support level of specific health guidance (階層化), an estimate kept
//! apart from the programme's verdict (docs/product.md, "National bands and
//! support level").
//!
//! Source: MHLW 標準的な健診・保健指導プログラム（令和6年度版）, 第3編 第2章
//! 「保健指導対象者の選定と階層化」, steps 1–4:
//! 1. waist ≥ 85 cm (men) / ≥ 90 cm (women) → group A; else BMI ≥ 25 → group B;
//!    else not a target.
//! 2. risks: ① blood pressure, ② lipids, ③ glucose, ④ smoking (counted only
//!    with one of ①–③); ⑤ medicine for ①–③ → not a target.
//! 3. A: 2+ risks active, 1 motivational, 0 information;
//!    B: 3+ active, 1–2 motivational, 0 information.
//! 4. ages 65–74: active becomes motivational.
//!
//! **Missing inputs.** The level is concluded only when no value of the
//! missing inputs could change it: every unknown fact (e.g. "blood pressure
//! is a risk") is tried both ways, and if every combination gives the same
//! level, that is the level. Otherwise it is `Incomplete`, and `needs`
//! lists the inputs behind the unknown facts that can change it. So "on
//! medicine: yes" gives information whatever else is blank, while unanswered
//! medication questions keep any other level from being concluded.
//! A blank glucose or HbA1c beside the other one is taken as not measured
//! (checkups often have only one), so it is not asked for.
//!
//! **Reasons** come from the same rule functions that decide the level
//! (`group`, `smoking_counted`, `risk_count`, `senior_turns_active`), each
//! shown when it gives one answer whichever way the unknown facts turn out;
//! so a rule changed in one place changes the level and its reasons alike.
//!
//! **Age** is taken as given: the form's age is the age reached in the fiscal
//! year of the checkup (see `fiscal_year_age`). The rules are applied at any
//! age; outside 40–74 a reason says the programme does not cover that age.

mod facts;
mod rules;
mod weighing;

use std::ops::RangeInclusive;

use facts::{decided, outcomes, Fact, Facts};
use rules::{group, level, risk_count, senior_turns_active, smoking_counted};
use weighing::{risk_fact, weighings, Weighed};

use crate::answers::{Answers, Tick, Timing};
use crate::bands;
use crate::bmi::bmi;
use crate::control::Control;
use crate::key::{Key, Sex};
use crate::limit::Limit;
use crate::verdict::Evaluation;

// Step 1 (ステップ1: 内臓脂肪蓄積のリスク判定).
pub const WAIST_MEN: Limit = Limit::AtLeast(85.0); // 腹囲 男性85cm以上
pub const WAIST_WOMEN: Limit = Limit::AtLeast(90.0); // 腹囲 女性90cm以上
pub const BMI: Limit = Limit::AtLeast(25.0); // BMI≧25kg/m²

// Step 2 (ステップ2: 追加リスク). Each is the 保健指導判定値, written once in `bands`.
pub const SYSTOLIC_BP: Limit = bands::SYSTOLIC_BP.guidance; // ① a 収縮期血圧130mmHg以上
pub const DIASTOLIC_BP: Limit = bands::DIASTOLIC_BP.guidance; // ① b 拡張期血圧85mmHg以上
pub const FASTING_TRIGLYCERIDES: Limit = bands::FASTING_TRIGLYCERIDES.guidance; // ② a 空腹時中性脂肪150mg/dl以上
pub const RANDOM_TRIGLYCERIDES: Limit = bands::RANDOM_TRIGLYCERIDES.guidance; // ② a やむを得ない場合は随時中性脂肪175mg/dl以上
pub const HDL: Limit = bands::HDL.guidance; // ② b HDLコレステロール40mg/dl未満
pub const GLUCOSE: Limit = bands::GLUCOSE.guidance; // ③ a 空腹時血糖(やむを得ない場合は随時血糖)100mg/dl以上
pub const HBA1C: Limit = bands::HBA1C.guidance; // ③ b HbA1c(NGSP)5.6%以上

// Step 4 (ステップ4: 例外的対応).
pub const SENIOR_AGES: RangeInclusive<u32> = 65..=74; // 65歳以上75歳未満: 積極的支援 → 動機付け支援
/// The ages the specific health checkup and guidance cover (40–74歳).
pub const TARGET_AGES: RangeInclusive<u32> = 40..=74;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupportLevel {
    /// 積極的支援
    Active,
    /// 動機付け支援
    Motivational,
    /// 情報提供: not a target of specific health guidance.
    Information,
    /// Something missing could still change the level.
    Incomplete,
}

impl SupportLevel {
    /// The stable hook `data-support-level`; tests select on it (docs/product.md, "Stable hooks").
    pub const fn id(self) -> &'static str {
        match self {
            SupportLevel::Active => "active",
            SupportLevel::Motivational => "motivational",
            SupportLevel::Information => "information",
            SupportLevel::Incomplete => "incomplete",
        }
    }
}

/// Step 1 groups: A by waist, B by BMI with a waist below the limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    A,
    B,
}

/// The additional risks of step 2, in MHLW order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Risk {
    BloodPressure,
    Lipids,
    Glucose,
}

/// What medicine is taken for (質問票 1–3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Treatment {
    BloodPressure,
    Glucose,
    Lipids,
}

/// A value that makes one of the risks ①–③ hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Finding {
    pub risk: Risk,
    pub key: Key,
    /// For glucose and triglycerides: the timing, when given.
    pub timing: Option<Timing>,
    pub value: f64,
    pub limit: Limit,
}

/// One step of the reasoning, with the numbers, for the UI to word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Step 1: waist at or above the limit → group A. With no sex given the
    /// limit is the women's 90, which holds for anyone.
    GroupA { waist: f64, limit: Limit },
    /// Step 1: waist below its limit, BMI at or above 25 → group B.
    GroupB { waist: f64, waist_limit: Limit, bmi: f64, bmi_limit: Limit },
    /// Step 1: waist and BMI both below their limits → information. With no
    /// sex given the waist limit is the men's 85, below which is anyone.
    NotOverweight { waist: f64, waist_limit: Limit, bmi: f64, bmi_limit: Limit },
    /// Step 2: this value makes a risk hold.
    Risk(Finding),
    /// Step 2 ④: smokes; counted only when one of ①–③ holds.
    Smoking { counted: bool },
    /// Step 3: the group's number of risks; `at_least` when risks not yet
    /// known could add to it.
    RiskCount { group: Group, count: u8, at_least: bool },
    /// Step 4: aged 65–74, so active support becomes motivational.
    SeniorMotivational { age: u32 },
    /// ⑤: takes medicine → not a target (information).
    Medication(Treatment),
    /// Specific health guidance covers ages 40–74 only.
    OutsideTargetAges { age: u32 },
}

/// An input the level still needs (not to be confused with the verdict's missing
/// checkup items); a list of them sorts in form order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    Sex,
    Age,
    Value(Key),
    /// Glucose or HbA1c: either is enough.
    GlucoseOrHba1c,
    GlucoseTiming,
    TgTiming,
    /// Smoking or one of the medication questions.
    Tick(Tick),
}

impl Need {
    /// The control to fill in, so the message can name and link to it; for
    /// glucose or HbA1c, glucose's.
    pub const fn control(self) -> Control {
        match self {
            Need::Sex => Control::Sex,
            Need::Age => Control::Age,
            Need::Value(key) => Control::Value(key),
            Need::GlucoseOrHba1c => Control::Value(Key::Glucose),
            Need::GlucoseTiming => Control::GlucoseTiming,
            Need::TgTiming => Control::TgTiming,
            Need::Tick(tick) => Control::Tick(tick),
        }
    }

    /// Form order: sex and age, then the values in key order with each
    /// timing just after its value, then the questionnaire.
    const fn rank(self) -> (usize, u8) {
        let after_values = Key::ALL.len() + 2;
        match self {
            Need::Sex => (0, 0),
            Need::Age => (1, 0),
            Need::Value(key) => (key.index() + 2, 0),
            Need::GlucoseOrHba1c => (Key::Glucose.index() + 2, 1),
            Need::GlucoseTiming => (Key::Glucose.index() + 2, 2),
            Need::TgTiming => (Key::Triglycerides.index() + 2, 1),
            Need::Tick(tick) => (after_values + tick.index(), 0),
        }
    }
}

impl Ord for Need {
    fn cmp(&self, other: &Need) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl PartialOrd for Need {
    fn partial_cmp(&self, other: &Need) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stratification {
    pub level: SupportLevel,
    /// The steps that are known, in step order.
    pub reasons: Vec<Reason>,
    /// When `Incomplete`: the inputs that can still change the level.
    pub needs: Vec<Need>,
    /// From height and weight, one decimal.
    pub bmi: Option<f64>,
}

pub fn stratify(evaluation: &Evaluation, answers: &Answers) -> Stratification {
    let value = |key: Key| evaluation.value(key);
    let bmi = value(Key::Height).zip(value(Key::Weight)).map(|(height, weight)| bmi(height, weight));
    let waist_limit = waist_limit(value(Key::Waist), evaluation.sex);
    let [blood_pressure, lipids, glucose] = weighings(evaluation, answers);
    let facts = Facts {
        medication: Fact::any([
            Fact::answer(answers.med_bp, Need::Tick(Tick::MedBp)),
            Fact::answer(answers.med_glucose, Need::Tick(Tick::MedGlucose)),
            Fact::answer(answers.med_lipids, Need::Tick(Tick::MedLipids)),
        ]),
        waist_over: match (value(Key::Waist), waist_limit) {
            (Some(waist), Some(limit)) => Fact::known(limit.holds_for(waist)),
            (Some(_), None) => Fact::unknown(&[Need::Sex]),
            (None, _) if evaluation.sex.is_none() => Fact::unknown(&[Need::Value(Key::Waist), Need::Sex]),
            (None, _) => Fact::unknown(&[Need::Value(Key::Waist)]),
        },
        bmi_over: match bmi {
            Some(bmi) => Fact::known(BMI.holds_for(bmi)),
            None => Fact::any([
                value(Key::Height).map_or_else(|| Fact::unknown(&[Need::Value(Key::Height)]), |_| Fact::default()),
                value(Key::Weight).map_or_else(|| Fact::unknown(&[Need::Value(Key::Weight)]), |_| Fact::default()),
            ]),
        },
        blood_pressure: risk_fact(&blood_pressure.1),
        lipids: risk_fact(&lipids.1),
        glucose: risk_fact(&glucose.1),
        smoker: Fact::answer(answers.smoker, Need::Tick(Tick::Smoker)),
        senior: match evaluation.age {
            Some(age) => Fact::known(SENIOR_AGES.contains(&age)),
            None => Fact::unknown(&[Need::Age]),
        },
    };

    let (level, needs) = match facts::conclude(&facts, level) {
        Ok(level) => (level, Vec::new()),
        Err(needs) => (SupportLevel::Incomplete, needs),
    };
    let mut reasons = Vec::new();

    // Step 1. A decided group has its facts known, so the values are there.
    let group = decided(&facts, group);
    match (group, value(Key::Waist), waist_limit, bmi) {
        (Some(Some(Group::A)), Some(waist), Some(limit), _) => reasons.push(Reason::GroupA { waist, limit }),
        (Some(Some(Group::B)), Some(waist), Some(waist_limit), Some(bmi)) => {
            reasons.push(Reason::GroupB { waist, waist_limit, bmi, bmi_limit: BMI });
        }
        (Some(None), Some(waist), Some(waist_limit), Some(bmi)) => {
            reasons.push(Reason::NotOverweight { waist, waist_limit, bmi, bmi_limit: BMI });
        }
        _ => {}
    }

    // Step 2.
    for (risk, weighings) in [blood_pressure, lipids, glucose] {
        for weighed in weighings.into_iter().flatten().filter(Weighed::holds) {
            let Weighed { key, timing, value, limit } = weighed;
            reasons.push(Reason::Risk(Finding { risk, key, timing, value, limit }));
        }
    }
    if facts.smoker.known == Some(true) {
        if let Some(counted) = decided(&facts, smoking_counted) {
            reasons.push(Reason::Smoking { counted });
        }
    }

    // Step 3: the count the known risks make; `at_least` when unknown ones could add.
    if let Some(Some(group)) = group {
        let counts = outcomes(&facts, risk_count);
        let count = counts.iter().copied().min().unwrap_or(0);
        let at_least = counts.iter().any(|&other| other != count);
        if count > 0 || !at_least {
            reasons.push(Reason::RiskCount { group, count, at_least });
        }
        // Step 4, which medicine would make moot.
        if let (Some(age), Some(true)) = (evaluation.age, decided(&facts, senior_turns_active)) {
            if facts.medication.known != Some(true) {
                reasons.push(Reason::SeniorMotivational { age });
            }
        }
    }
    let treatments = [
        (answers.med_bp, Treatment::BloodPressure),
        (answers.med_glucose, Treatment::Glucose),
        (answers.med_lipids, Treatment::Lipids),
    ];
    reasons
        .extend(treatments.into_iter().filter(|(taken, _)| *taken == Some(true)).map(|(_, t)| Reason::Medication(t)));
    if let Some(age) = evaluation.age.filter(|age| !TARGET_AGES.contains(age)) {
        reasons.push(Reason::OutsideTargetAges { age });
    }

    Stratification { level, reasons, needs, bmi }
}

/// The waist limit that decides for this waist: the sex's, or with no sex
/// one that gives the same answer for both (90 to hold, 85 not to); `None`
/// when the answer depends on the sex.
fn waist_limit(waist: Option<f64>, sex: Option<Sex>) -> Option<Limit> {
    match (sex, waist) {
        (Some(Sex::Male), _) => Some(WAIST_MEN),
        (Some(Sex::Female), _) => Some(WAIST_WOMEN),
        (None, Some(waist)) if WAIST_WOMEN.holds_for(waist) => Some(WAIST_WOMEN),
        (None, Some(waist)) if !WAIST_MEN.holds_for(waist) => Some(WAIST_MEN),
        (None, _) => None,
    }
}
