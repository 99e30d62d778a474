//! Step 2 ①–③ (追加リスク): each value weighed against its 保健指導判定値,
//! which limit applies (the triglycerides' timing, glucose or HbA1c), and a
//! risk as a fact of the reasoning.

use super::facts::Fact;
use super::{Need, Risk, DIASTOLIC_BP, FASTING_TRIGLYCERIDES, GLUCOSE, HBA1C, HDL, RANDOM_TRIGLYCERIDES, SYSTOLIC_BP};
use crate::answers::{Answers, Timing};
use crate::key::Key;
use crate::limit::Limit;
use crate::verdict::Evaluation;

/// One value weighed against its limit for a risk of step 2: `Ok` once the
/// value (and the limit) is known, `Err` with what it needs.
pub(super) type Weighing = Result<Weighed, Need>;

#[derive(Clone, Copy, Debug)]
pub(super) struct Weighed {
    pub key: Key,
    pub timing: Option<Timing>,
    pub value: f64,
    pub limit: Limit,
}

impl Weighed {
    pub fn holds(&self) -> bool {
        self.limit.holds_for(self.value)
    }
}

pub(super) fn weigh(key: Key, value: Option<f64>, timing: Option<Timing>, limit: Limit, needs: Need) -> Weighing {
    value.map(|value| Weighed { key, timing, value, limit }).ok_or(needs)
}

/// Step 2 ①–③: what each value says about each risk, in MHLW order.
pub(super) fn weighings(evaluation: &Evaluation, answers: &Answers) -> [(Risk, Vec<Weighing>); 3] {
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
pub(super) fn risk_fact(weighings: &[Weighing]) -> Fact {
    Fact::any(weighings.iter().map(|weighing| match weighing {
        Ok(weighed) => Fact::known(weighed.holds()),
        Err(needs) => Fact::unknown(&[*needs]),
    }))
}

/// ② a: fasting 150, random 175. With no timing it is known only where
/// both agree: the 175 limit then stands for both.
pub(super) fn triglycerides(value: Option<f64>, timing: Option<Timing>) -> Weighing {
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
pub(super) fn glucose(evaluation: &Evaluation, answers: &Answers) -> Vec<Weighing> {
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
