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

use std::ops::RangeInclusive;

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

/// One yes/no fact of the rules; `None` while unknown, with what it needs.
#[derive(Clone, Debug, Default)]
struct Fact {
    known: Option<bool>,
    needs: Vec<Need>,
}

impl Fact {
    fn known(value: bool) -> Fact {
        Fact { known: Some(value), needs: Vec::new() }
    }
    fn unknown(needs: &[Need]) -> Fact {
        Fact { known: None, needs: needs.to_vec() }
    }
    /// From an answer that is either given or `needs`.
    fn answer(answer: Option<bool>, needs: Need) -> Fact {
        answer.map_or_else(|| Fact::unknown(&[needs]), Fact::known)
    }
    /// True if any part is; false if every part is; else unknown.
    fn any(parts: impl IntoIterator<Item = Fact>) -> Fact {
        let parts: Vec<Fact> = parts.into_iter().collect();
        if parts.iter().any(|part| part.known == Some(true)) {
            Fact::known(true)
        } else if parts.iter().all(|part| part.known == Some(false)) {
            Fact::known(false)
        } else {
            Fact { known: None, needs: parts.into_iter().flat_map(|part| part.needs).collect() }
        }
    }
}

/// The yes/no facts steps 1–4 read, by name: `Facts<Fact>` as far as the
/// input tells, `Facts<bool>` for one way every unknown one could turn out.
#[derive(Clone, Copy, Debug, Default)]
struct Facts<T> {
    /// ⑤: takes medicine for ①–③.
    medication: T,
    /// Step 1: the waist is at or above its limit.
    waist_over: T,
    /// Step 1: BMI is at or above 25.
    bmi_over: T,
    /// Step 2 ①–③.
    blood_pressure: T,
    lipids: T,
    glucose: T,
    /// Step 2 ④ as answered, before "counted only with another risk".
    smoker: T,
    /// Step 4: aged 65–74.
    senior: T,
}

impl<T> Facts<T> {
    /// Every fact, in the order `map` visits them.
    fn each(&self) -> [&T; 8] {
        [
            &self.medication,
            &self.waist_over,
            &self.bmi_over,
            &self.blood_pressure,
            &self.lipids,
            &self.glucose,
            &self.smoker,
            &self.senior,
        ]
    }

    fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Facts<U> {
        Facts {
            medication: f(&self.medication),
            waist_over: f(&self.waist_over),
            bmi_over: f(&self.bmi_over),
            blood_pressure: f(&self.blood_pressure),
            lipids: f(&self.lipids),
            glucose: f(&self.glucose),
            smoker: f(&self.smoker),
            senior: f(&self.senior),
        }
    }
}

// The rules, once every fact is known. The level and every reason are
// derived from these same functions, so a rule changed here changes both.

/// Step 1: A by waist, else B by BMI, else not a target.
fn group(facts: &Facts<bool>) -> Option<Group> {
    match (facts.waist_over, facts.bmi_over) {
        (true, _) => Some(Group::A),
        (false, true) => Some(Group::B),
        (false, false) => None,
    }
}

/// Step 2 ④: smoking counts only with one of ①–③.
fn smoking_counted(facts: &Facts<bool>) -> bool {
    facts.smoker && (facts.blood_pressure || facts.lipids || facts.glucose)
}

/// Step 2: the number of additional risks.
fn risk_count(facts: &Facts<bool>) -> u8 {
    [facts.blood_pressure, facts.lipids, facts.glucose, smoking_counted(facts)].into_iter().map(u8::from).sum()
}

/// Step 3.
fn group_level(group: Group, risks: u8) -> SupportLevel {
    match (group, risks) {
        (_, 0) => SupportLevel::Information,
        (Group::A, 1) | (Group::B, 1..=2) => SupportLevel::Motivational,
        (Group::A, _) | (Group::B, _) => SupportLevel::Active,
    }
}

/// Step 4: at 65–74, what step 3 makes active becomes motivational.
fn senior_turns_active(facts: &Facts<bool>) -> bool {
    facts.senior && group(facts).is_some_and(|group| group_level(group, risk_count(facts)) == SupportLevel::Active)
}

/// ⑤ and steps 1–4.
fn level(facts: &Facts<bool>) -> SupportLevel {
    match group(facts) {
        _ if facts.medication => SupportLevel::Information,
        None => SupportLevel::Information,
        Some(_) if senior_turns_active(facts) => SupportLevel::Motivational,
        Some(group) => group_level(group, risk_count(facts)),
    }
}

/// What `rule` gives for every way the unknown facts could turn out: the
/// `n`-th outcome takes the `b`-th unknown fact as true iff bit `b` of `n` is set.
fn outcomes<T>(facts: &Facts<Fact>, rule: impl Fn(&Facts<bool>) -> T) -> Vec<T> {
    let unknown = facts.each().iter().filter(|fact| fact.known.is_none()).count();
    (0..1usize << unknown)
        .map(|outcome| {
            let mut bit = 0;
            rule(&facts.map(|fact| {
                fact.known.unwrap_or_else(|| {
                    bit += 1;
                    outcome & (1 << (bit - 1)) != 0
                })
            }))
        })
        .collect()
}

/// What `rule` gives whichever way the unknown facts turn out, if that is one answer.
fn decided<T: PartialEq>(facts: &Facts<Fact>, rule: impl Fn(&Facts<bool>) -> T) -> Option<T> {
    let mut outcomes = outcomes(facts, rule);
    let first = outcomes.swap_remove(0);
    outcomes.iter().all(|outcome| *outcome == first).then_some(first)
}

/// One value weighed against its limit for a risk of step 2: `Ok` once the
/// value (and the limit) is known, `Err` with what it needs.
type Weighing = Result<Weighed, Need>;

#[derive(Clone, Copy, Debug)]
struct Weighed {
    key: Key,
    timing: Option<Timing>,
    value: f64,
    limit: Limit,
}

impl Weighed {
    fn holds(&self) -> bool {
        self.limit.holds_for(self.value)
    }
}

fn weigh(key: Key, value: Option<f64>, timing: Option<Timing>, limit: Limit, needs: Need) -> Weighing {
    value.map(|value| Weighed { key, timing, value, limit }).ok_or(needs)
}

/// Step 2 ①–③: what each value says about each risk, in MHLW order.
fn weighings(evaluation: &Evaluation, answers: &Answers) -> [(Risk, Vec<Weighing>); 3] {
    let against = |key: Key, limit: Limit, needs: Need| weigh(key, evaluation.value(key), None, limit, needs);
    [
        (
            Risk::BloodPressure,
            vec![
                against(Key::SystolicBp, SYSTOLIC_BP, Need::Value(Key::SystolicBp)),
                against(Key::DiastolicBp, DIASTOLIC_BP, Need::Value(Key::DiastolicBp)),
            ],
        ),
        (
            Risk::Lipids,
            vec![
                triglycerides(evaluation.value(Key::Triglycerides), answers.tg_timing),
                against(Key::Hdl, HDL, Need::Value(Key::Hdl)),
            ],
        ),
        (Risk::Glucose, glucose(evaluation, answers)),
    ]
}

/// A risk holds if any of its values does; unknown while one that is not
/// known could make it hold.
fn risk_fact(weighings: &[Weighing]) -> Fact {
    Fact::any(weighings.iter().map(|weighing| match weighing {
        Ok(weighed) => Fact::known(weighed.holds()),
        Err(needs) => Fact::unknown(&[*needs]),
    }))
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

    let (level, needs) = conclude(&facts);
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

/// Tries every unknown fact both ways: one level for all → that level;
/// else `Incomplete`, with the needs of every fact whose flip can change it.
fn conclude(facts: &Facts<Fact>) -> (SupportLevel, Vec<Need>) {
    let levels = outcomes(facts, level);
    if levels.iter().all(|level| *level == levels[0]) {
        return (levels[0], Vec::new());
    }
    let unknown = facts.each().into_iter().filter(|fact| fact.known.is_none());
    let mut missing: Vec<Need> = unknown
        .enumerate()
        .filter(|&(bit, _)| (0..levels.len()).any(|outcome| levels[outcome] != levels[outcome ^ (1 << bit)]))
        .flat_map(|(_, fact)| fact.needs.iter().copied())
        .collect();
    // Into form order. A handful of items; a std sort adds 1.2 KB brotli (docs/product.md,
    // "Size and speed").
    for i in 1..missing.len() {
        let mut j = i;
        while j > 0 && missing[j - 1] > missing[j] {
            missing.swap(j - 1, j);
            j -= 1;
        }
    }
    missing.dedup();
    (SupportLevel::Incomplete, missing)
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

/// ② a: fasting 150, random 175. With no timing it is known only where
/// both agree: the 175 limit then stands for both.
fn triglycerides(value: Option<f64>, timing: Option<Timing>) -> Weighing {
    let limit = match (value, timing) {
        (_, Some(Timing::Fasting)) => FASTING_TRIGLYCERIDES,
        (_, Some(Timing::Random)) => RANDOM_TRIGLYCERIDES,
        (Some(value), None) if FASTING_TRIGLYCERIDES.holds_for(value) != RANDOM_TRIGLYCERIDES.holds_for(value) => {
            return Err(Need::TgTiming);
        }
        (_, None) => RANDOM_TRIGLYCERIDES,
    };
    weigh(Key::Triglycerides, value, timing, limit, Need::Value(Key::Triglycerides))
}

/// ③: when more than one was measured, fasting glucose comes first, then
/// HbA1c, then random glucose (特定健康診査・特定保健指導の円滑な実施に向けた
/// 手引き; 告示 平成20年厚生労働省告示第8号: 随時血糖 only when HbA1c was not measured).
fn glucose(evaluation: &Evaluation, answers: &Answers) -> Vec<Weighing> {
    let value = |key: Key| evaluation.value(key);
    let timing = answers.glucose_timing;
    let by_glucose = weigh(Key::Glucose, value(Key::Glucose), timing, GLUCOSE, Need::GlucoseOrHba1c);
    let by_hba1c = weigh(Key::Hba1c, value(Key::Hba1c), None, HBA1C, Need::GlucoseOrHba1c);
    match (value(Key::Glucose), timing, value(Key::Hba1c)) {
        (None, _, None) => vec![Err(Need::GlucoseOrHba1c)],
        (Some(_), Some(Timing::Fasting), _) | (Some(_), _, None) => vec![by_glucose],
        (None, _, Some(_)) | (Some(_), Some(Timing::Random), Some(_)) => vec![by_hba1c],
        (Some(glucose), None, Some(hba1c)) => {
            // Fasting → glucose decides; random → HbA1c does. Known if both agree.
            if GLUCOSE.holds_for(glucose) == HBA1C.holds_for(hba1c) {
                vec![by_glucose, by_hba1c]
            } else {
                vec![Err(Need::GlucoseTiming)]
            }
        }
    }
}
