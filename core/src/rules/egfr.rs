//! Estimated eGFR from serum creatinine: the Japanese Society of Nephrology
//! equation (日本腎臓学会 推算GFR式), used because the leaflet's eGFR criterion
//! (※1, eGFR 30未満) should still apply when a checkup sheet gives creatinine
//! but no eGFR (docs/product.md, "Programme criteria"):
//! eGFR = 194 × Cr^−1.094 × age^−0.287 (× 0.739 for women).

use crate::key::Sex;
use crate::number::{round_to, ESTIMATE_DECIMALS};

/// The estimate in mL/min/1.73m², rounded to one decimal as it is shown;
/// the < 30 criterion is applied to this shown value.
pub fn estimate(creatinine_mg_dl: f64, age_years: u32, sex: Sex) -> f64 {
    let for_men = 194.0 * creatinine_mg_dl.powf(-1.094) * f64::from(age_years).powf(-0.287);
    let raw = match sex {
        Sex::Male => for_men,
        Sex::Female => for_men * 0.739,
    };
    round_to(raw, ESTIMATE_DECIMALS as i32)
}
