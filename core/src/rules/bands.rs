//! The national bands of each checkup value: normal, the health
//! guidance level (保健指導判定値) or the see-a-doctor level (受診勧奨判定値).
//!
//! Source of every rule below: MHLW 標準的な健診・保健指導プログラム（令和6年度版）,
//! 「健診検査項目の保健指導判定値及び受診勧奨判定値」. These bands are secondary
//! to the programme verdict (leaflet ※1) and never change it.

use crate::answers::Answers;
pub use crate::answers::{Timing, UrineProtein};
use crate::control::Control;
use crate::criteria;
use crate::key::{Key, Sex};
use crate::limit::Limit;
use crate::scale::{self, Scale};
use crate::verdict::Evaluation;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    Normal,
    /// 保健指導判定値: lifestyle guidance is advised.
    Guidance,
    /// 受診勧奨判定値: seeing a doctor is advised.
    SeeDoctor,
}

impl Band {
    /// The stable hook `data-band`; tests select on it (docs/product.md, "Stable hooks").
    pub const fn id(self) -> &'static str {
        match self {
            Band::Normal => "normal",
            Band::Guidance => "guidance",
            Band::SeeDoctor => "see-doctor",
        }
    }
}

/// The two limits of one value: the see-a-doctor one is the stricter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    pub guidance: Limit,
    pub see_doctor: Limit,
}

impl Rule {
    const fn at_least(guidance: f64, see_doctor: f64) -> Rule {
        Rule { guidance: Limit::AtLeast(guidance), see_doctor: Limit::AtLeast(see_doctor) }
    }
    const fn below(guidance: f64, see_doctor: f64) -> Rule {
        Rule { guidance: Limit::Below(guidance), see_doctor: Limit::Below(see_doctor) }
    }
    const fn at_most(guidance: f64, see_doctor: f64) -> Rule {
        Rule { guidance: Limit::AtMost(guidance), see_doctor: Limit::AtMost(see_doctor) }
    }

    pub fn band(self, value: f64) -> Band {
        if self.see_doctor.holds_for(value) {
            Band::SeeDoctor
        } else if self.guidance.holds_for(value) {
            Band::Guidance
        } else {
            Band::Normal
        }
    }
}

// Source for each: MHLW 令和6年度版, 保健指導判定値 / 受診勧奨判定値.
pub const SYSTOLIC_BP: Rule = Rule::at_least(130.0, 140.0); // 収縮期血圧 130以上 / 140以上 mmHg
pub const DIASTOLIC_BP: Rule = Rule::at_least(85.0, 90.0); // 拡張期血圧 85以上 / 90以上 mmHg
/// Fasting and random glucose share their limits, so timing does not matter here.
pub const GLUCOSE: Rule = Rule::at_least(100.0, 126.0); // 空腹時血糖・随時血糖 100以上 / 126以上 mg/dl
pub const HBA1C: Rule = Rule::at_least(5.6, 6.5); // HbA1c(NGSP) 5.6以上 / 6.5以上 %
pub const FASTING_TRIGLYCERIDES: Rule = Rule::at_least(150.0, 300.0); // 空腹時中性脂肪 150以上 / 300以上 mg/dl
pub const RANDOM_TRIGLYCERIDES: Rule = Rule::at_least(175.0, 300.0); // 随時中性脂肪 175以上 / 300以上 mg/dl
/// MHLW prints 39以下 / 34以下 for whole mg/dL, i.e. below 40 / below 35.
pub const HDL: Rule = Rule::below(40.0, 35.0); // HDLコレステロール 40未満 / 35未満 mg/dl
pub const LDL: Rule = Rule::at_least(120.0, 140.0); // LDLコレステロール 120以上 / 140以上 mg/dl
/// Used only when LDL was not measured (LDLコレステロールに代えて).
pub const NON_HDL: Rule = Rule::at_least(150.0, 170.0); // Non-HDLコレステロール 150以上 / 170以上 mg/dl
pub const AST: Rule = Rule::at_least(31.0, 51.0); // AST(GOT) 31以上 / 51以上 U/L
pub const ALT: Rule = Rule::at_least(31.0, 51.0); // ALT(GPT) 31以上 / 51以上 U/L
pub const GGT: Rule = Rule::at_least(51.0, 101.0); // γ-GT(γ-GTP) 51以上 / 101以上 U/L
pub const EGFR: Rule = Rule::below(60.0, 45.0); // eGFR 60未満 / 45未満 mL/min/1.73m²
pub const HEMOGLOBIN_MEN: Rule = Rule::at_most(13.0, 12.0); // 血色素量 男性 13.0以下 / 12.0以下 g/dl
pub const HEMOGLOBIN_WOMEN: Rule = Rule::at_most(12.0, 11.0); // 血色素量 女性 12.0以下 / 11.0以下 g/dl
pub const URINE_PROTEIN_GUIDANCE: UrineProtein = UrineProtein::Trace; // 尿蛋白 (±)
pub const URINE_PROTEIN_SEE_DOCTOR: UrineProtein = UrineProtein::One; // 尿蛋白 (+)以上

/// What was banded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    Entered(f64),
    /// eGFR estimated from creatinine, as the checker does when eGFR is blank.
    Estimated(f64),
    UrineProtein(UrineProtein),
}

/// One value's band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueBand {
    /// The control banded (its id is the stable hook `data-band-for`): a
    /// value, or urine protein.
    pub control: Control,
    pub band: Band,
    pub reading: Reading,
    /// The limits that applied; `None` for urine protein, and for
    /// triglycerides of unknown timing (both timings gave this band).
    pub rule: Option<Rule>,
    /// The programme's ※1 limit of the same value, if it has one.
    pub criterion: Option<Limit>,
}

impl ValueBand {
    /// The picture of where the value stands; `None` for triglycerides of
    /// unknown timing, whose limits are not known.
    pub fn scale(&self) -> Option<Scale> {
        match (self.reading, self.rule) {
            (Reading::UrineProtein(grade), _) => Some(scale::of_urine_protein(grade)),
            (Reading::Entered(value) | Reading::Estimated(value), Some(rule)) => {
                Some(scale::of_value(rule, self.criterion, value))
            }
            (_, None) => None,
        }
    }
}

/// Every value that has a band, in form order. A value is left out when it
/// is blank or its band depends on an answer not given (see `triglycerides`,
/// `hemoglobin`); non-HDL is banded only when LDL is blank.
pub fn value_bands(evaluation: &Evaluation, answers: &Answers) -> Vec<ValueBand> {
    let value = |key: Key| evaluation.value(key);
    let criterion = |key: Key| criteria::threshold(key, evaluation.sex);
    let banded = |key: Key, value: Option<f64>, rule: Rule| {
        value.map(|value| ValueBand {
            control: Control::Value(key),
            band: rule.band(value),
            reading: Reading::Entered(value),
            rule: Some(rule),
            criterion: criterion(key),
        })
    };
    let entered = |key: Key, rule: Rule| banded(key, value(key), rule);
    // There is an estimate only where eGFR is blank (verdict.rs); an entered eGFR wins below anyway.
    let estimated_egfr = evaluation.estimated_egfr.map(|estimate| ValueBand {
        control: Control::Value(Key::Egfr),
        band: EGFR.band(estimate),
        reading: Reading::Estimated(estimate),
        rule: Some(EGFR),
        criterion: criterion(Key::Egfr),
    });
    let tg_timing = answers.tg_timing;
    let triglycerides = value(Key::Triglycerides).and_then(|value| {
        let band = triglycerides(value, tg_timing)?;
        let rule = tg_timing.map(triglycerides_rule);
        Some(ValueBand {
            control: Control::Value(Key::Triglycerides),
            band,
            reading: Reading::Entered(value),
            rule,
            criterion: None,
        })
    });
    let hemoglobin = evaluation.sex.and_then(|sex| entered(Key::Hemoglobin, hemoglobin_rule(sex)));
    let urine_protein = answers.urine_protein.map(|grade| ValueBand {
        control: Control::UrineProtein,
        band: urine_protein(grade),
        reading: Reading::UrineProtein(grade),
        rule: None,
        criterion: None,
    });
    [
        entered(Key::SystolicBp, SYSTOLIC_BP),
        entered(Key::DiastolicBp, DIASTOLIC_BP),
        entered(Key::Glucose, GLUCOSE),
        entered(Key::Hba1c, HBA1C),
        entered(Key::Ast, AST),
        entered(Key::Alt, ALT),
        entered(Key::Ggt, GGT),
        entered(Key::Egfr, EGFR).or(estimated_egfr),
        triglycerides,
        entered(Key::Hdl, HDL),
        entered(Key::Ldl, LDL),
        // Non-HDL stands in for LDL where there is no LDL value (blank, or not understood).
        banded(Key::NonHdl, value(Key::NonHdl).filter(|_| value(Key::Ldl).is_none()), NON_HDL),
        hemoglobin,
        urine_protein,
    ]
    .into_iter()
    .flatten()
    .collect()
}

pub const fn triglycerides_rule(timing: Timing) -> Rule {
    match timing {
        Timing::Fasting => FASTING_TRIGLYCERIDES,
        Timing::Random => RANDOM_TRIGLYCERIDES,
    }
}

/// Triglycerides by timing. With no timing the band is given only where
/// both timings agree (below 150, or 175 and over); 150–174 needs it.
pub fn triglycerides(value: f64, timing: Option<Timing>) -> Option<Band> {
    match timing {
        Some(timing) => Some(triglycerides_rule(timing).band(value)),
        None => {
            let (fasting, random) = (FASTING_TRIGLYCERIDES.band(value), RANDOM_TRIGLYCERIDES.band(value));
            (fasting == random).then_some(fasting)
        }
    }
}

pub const fn hemoglobin_rule(sex: Sex) -> Rule {
    match sex {
        Sex::Male => HEMOGLOBIN_MEN,
        Sex::Female => HEMOGLOBIN_WOMEN,
    }
}

/// Hemoglobin was entered but has no band: its limits depend on the sex, which
/// was not chosen (said under the field instead of a band).
pub fn hemoglobin_needs_sex(evaluation: &Evaluation) -> bool {
    evaluation.value(Key::Hemoglobin).is_some() && evaluation.sex.is_none()
}

/// Hemoglobin limits differ by sex; with no sex there is no band (`None`).
pub fn hemoglobin(value: f64, sex: Option<Sex>) -> Option<Band> {
    sex.map(|sex| hemoglobin_rule(sex).band(value))
}

pub fn urine_protein(grade: UrineProtein) -> Band {
    if grade >= URINE_PROTEIN_SEE_DOCTOR {
        Band::SeeDoctor
    } else if grade >= URINE_PROTEIN_GUIDANCE {
        Band::Guidance
    } else {
        Band::Normal
    }
}
