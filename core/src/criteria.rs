//! The programme's "see a doctor first" criteria: the leaflet's note ※1
//! (プログラムご利用上の注意事項 4, (※1)の基準値), one row per value.
//! If any one holds, the participant sees a doctor and gets permission first.

use crate::field::{Key, Sex};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Comparison {
    /// Holds when the value is at or above the threshold (以上).
    AtLeast,
    /// Holds when the value is below the threshold (未満).
    Below,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Threshold {
    pub value: f64,
    pub comparison: Comparison,
}

impl Threshold {
    const fn at_least(value: f64) -> Self {
        Threshold { value, comparison: Comparison::AtLeast }
    }
    const fn below(value: f64) -> Self {
        Threshold { value, comparison: Comparison::Below }
    }

    pub fn holds_for(self, value: f64) -> bool {
        match self.comparison {
            Comparison::AtLeast => value >= self.value,
            Comparison::Below => value < self.value,
        }
    }
}

/// Source: leaflet (※1)の基準値. Boundaries are exact: 以上 includes the
/// threshold and 未満 excludes it, as the leaflet's words say.
pub const SYSTOLIC_BP: Threshold = Threshold::at_least(180.0); // 最高血圧 180mmHg以上
pub const DIASTOLIC_BP: Threshold = Threshold::at_least(120.0); // 最低血圧 120mmHg以上
pub const GLUCOSE: Threshold = Threshold::at_least(300.0); // 血糖 300mg/dl以上
pub const HBA1C: Threshold = Threshold::at_least(10.0); // HbA1c(NGSP) 10.0%以上
pub const AST: Threshold = Threshold::at_least(400.0); // AST(GOT) 400U/L以上
pub const ALT: Threshold = Threshold::at_least(400.0); // ALT(GPT) 400U/L以上
pub const GGT: Threshold = Threshold::at_least(1000.0); // γ-GT(γ-GTP) 1000U/L以上
pub const CREATININE_MEN: Threshold = Threshold::at_least(2.00); // 血清クレアチニン 男性2.00mg/dl以上
pub const CREATININE_WOMEN: Threshold = Threshold::at_least(1.50); // 血清クレアチニン 女性1.50mg/dl以上
pub const EGFR: Threshold = Threshold::below(30.0); // eGFR 30未満

/// The threshold that applies to `key` for a person of `sex`; `None` for
/// the keys that are not criteria (`Key::is_criterion`).
///
/// Creatinine depends on sex; with no sex given the men's 2.00 applies,
/// since it holds whatever the sex (docs/product.md, "Programme criteria").
/// The band 1.50–1.99 then needs the
/// sex, which `verdict` asks for instead of guessing.
pub const fn threshold(key: Key, sex: Option<Sex>) -> Option<Threshold> {
    Some(match key {
        Key::SystolicBp => SYSTOLIC_BP,
        Key::DiastolicBp => DIASTOLIC_BP,
        Key::Glucose => GLUCOSE,
        Key::Hba1c => HBA1C,
        Key::Ast => AST,
        Key::Alt => ALT,
        Key::Ggt => GGT,
        Key::Creatinine => match sex {
            Some(Sex::Female) => CREATININE_WOMEN,
            Some(Sex::Male) | None => CREATININE_MEN,
        },
        Key::Egfr => EGFR,
        Key::Waist
        | Key::Height
        | Key::Weight
        | Key::Triglycerides
        | Key::Hdl
        | Key::Ldl
        | Key::NonHdl
        | Key::Hemoglobin => return None,
    })
}

/// Whether creatinine `value` flags for one sex but not the other, so the
/// answer depends on a sex that was not given.
pub fn creatinine_needs_sex(value: f64, sex: Option<Sex>) -> bool {
    sex.is_none() && CREATININE_WOMEN.holds_for(value) && !CREATININE_MEN.holds_for(value)
}
