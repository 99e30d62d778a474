//! How numbers are written back to the participant.

/// With a fixed number of decimals: thresholds as the leaflet prints them
/// ("10.0", "2.00") and estimates ("27.4").
pub fn fixed(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
}

/// As typed, without a trailing ".0": "182", "6.5", "1.52".
pub fn plain(value: f64) -> String {
    format!("{value}")
}

/// Round half away from zero to `decimals` places.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}
