//! The programme's "see a doctor first" criteria: the leaflet's note ※1
//! (プログラムご利用上の注意事項 4, (※1)の基準値), one row per value.
//! If any one holds, the participant sees a doctor and gets permission first.

use crate::key::{Key, Sex};
use crate::limit::Limit;

/// Source: leaflet (※1)の基準値. Boundaries are exact (see `Limit`), as the
/// leaflet's words say.
pub const SYSTOLIC_BP: Limit = Limit::AtLeast(180.0); // 最高血圧 180mmHg以上
pub const DIASTOLIC_BP: Limit = Limit::AtLeast(120.0); // 最低血圧 120mmHg以上
pub const GLUCOSE: Limit = Limit::AtLeast(300.0); // 血糖 300mg/dl以上
pub const HBA1C: Limit = Limit::AtLeast(10.0); // HbA1c(NGSP) 10.0%以上
pub const AST: Limit = Limit::AtLeast(400.0); // AST(GOT) 400U/L以上
pub const ALT: Limit = Limit::AtLeast(400.0); // ALT(GPT) 400U/L以上
pub const GGT: Limit = Limit::AtLeast(1000.0); // γ-GT(γ-GTP) 1000U/L以上
pub const CREATININE_MEN: Limit = Limit::AtLeast(2.00); // 血清クレアチニン 男性2.00mg/dl以上
pub const CREATININE_WOMEN: Limit = Limit::AtLeast(1.50); // 血清クレアチニン 女性1.50mg/dl以上
pub const EGFR: Limit = Limit::Below(30.0); // eGFR 30未満

/// The threshold that applies to `key` for a person of `sex`; `None` for
/// the keys that are not criteria (`Key::is_criterion`).
///
/// Creatinine depends on sex; with no sex given the men's 2.00 applies,
/// since it holds whatever the sex (docs/product.md, "Programme criteria").
/// The band 1.50–1.99 then needs the
/// sex, which `verdict` asks for instead of guessing.
pub const fn threshold(key: Key, sex: Option<Sex>) -> Option<Limit> {
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
