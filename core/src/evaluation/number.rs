//! Numbers in and out, with integer arithmetic: the standard float
//! formatting and parsing machinery would add ~15 KB to the wasm, and
//! checkup values never need more than 15 significant digits.

/// Exact powers of ten (every one up to 10^22 is exactly representable).
const POWERS_OF_TEN: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// Most significant digits kept; more cannot matter for a checkup value.
const MAX_DIGITS: usize = 15;

/// With a fixed number of decimals (at most 6): thresholds as the leaflet
/// prints them ("10.0", "2.00") and estimates ("27.4"). Rounds half away from zero.
pub fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 1e18 {
        return "—".to_string();
    }
    let scaled = scaled as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0decimals$}")
    }
}

/// An estimate (BMI from height and weight, eGFR from creatinine) is rounded
/// to one decimal and shown with it ("27.4", "30.0"): the rules read it as
/// it is shown.
pub const ESTIMATE_DECIMALS: usize = 1;

/// As typed, without trailing zeros: "182", "6.5", "1.52".
pub fn plain(value: f64) -> String {
    let text = fixed(value, 6);
    match text.find('.') {
        Some(_) => text.trim_end_matches('0').trim_end_matches('.').to_string(),
        None => text,
    }
}

/// Round half away from zero to `decimals` places.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = POWERS_OF_TEN[decimals.clamp(0, 15) as usize];
    (value * scale).round() / scale
}

/// The value of `whole` "." `fraction`, both plain ASCII digit strings (either
/// may be empty). The result is the correctly rounded double for up to 15
/// significant digits: an exact integer divided by an exact power of ten.
pub fn from_digits(whole: &str, fraction: &str) -> f64 {
    let whole = whole.trim_start_matches('0');
    if whole.len() > MAX_DIGITS {
        return f64::INFINITY;
    }
    let kept = fraction.len().min(MAX_DIGITS - whole.len());
    let mut mantissa: u64 = 0;
    for digit in whole.bytes().chain(fraction.bytes().take(kept)) {
        mantissa = mantissa * 10 + u64::from(digit - b'0');
    }
    mantissa as f64 / POWERS_OF_TEN[kept]
}
