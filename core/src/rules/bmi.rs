//! Body mass index, as checkup sheets print it.

use crate::number::{round_to, ESTIMATE_DECIMALS};

/// kg / m², rounded to one decimal; limits apply to this shown value,
/// as for the estimated eGFR (so 24.96 shows and counts as 25.0).
pub fn bmi(height_cm: f64, weight_kg: f64) -> f64 {
    let height_m = height_cm / 100.0;
    round_to(weight_kg / (height_m * height_m), ESTIMATE_DECIMALS as i32)
}
