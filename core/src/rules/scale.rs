//! A value's place among its national bands, as a picture to draw: the bands
//! side by side in the order of the values (low on the left), the programme's
//! ※1 limit where the value has one, and a marker at the value. Every position
//! is a share of the bar's width, 0 at the left and 1 at the right; the shell
//! draws what this returns and never places a number itself.
//!
//! Each stretch between two limits takes an equal share of the bar and a
//! value is placed linearly within its stretch: the bar shows where a value
//! stands against its limits, so HDL's narrow 35–40 is as easy to see as
//! AST's 51–400. Where lower is worse (HDL, eGFR, hemoglobin) the see-a-doctor
//! band is on the left, as the values are.

use crate::answers::UrineProtein;
use crate::bands::{self, Band, Rule};
use crate::limit::Limit;

/// How far inside its band's segment the marker is kept, as a share of the
/// bar: a value at a limit is in the band the limit starts (以上, 未満 and
/// 以下 say which), and its marker is drawn visibly inside that band.
pub const MARKER_INSET: f64 = 0.03;

#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    /// The bands left to right, each once, with the share of the bar it covers.
    pub segments: Vec<Segment>,
    /// The limits between the segments and the ※1 limit, left to right.
    pub limits: Vec<LimitMark>,
    /// Where the marker is drawn: always inside the segment of the value's band.
    pub marker: f64,
    /// The value lies past the end of the bar on this side (the marker then
    /// points that way).
    pub beyond: Option<Side>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub band: Band,
    pub start: f64,
    pub end: f64,
}

/// A limit drawn on the bar, at `at`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LimitMark {
    pub at: f64,
    pub value: f64,
    /// The programme's ※1 limit (leaflet), not a national one.
    pub criterion: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Low,
    High,
}

/// The scale of `value` on `rule`'s bands, with `criterion` (the ※1 limit of
/// the same value, if it has one) marked.
pub fn of_value(rule: Rule, criterion: Option<Limit>, value: f64) -> Scale {
    // The limits in the order of the values: the ※1 limit lies past the
    // see-a-doctor one, on the side where values are worse.
    let mark = |value: f64, criterion: bool| LimitMark { at: 0.0, value, criterion };
    let (guidance, see_doctor) = (mark(rule.guidance.value(), false), mark(rule.see_doctor.value(), false));
    let higher_is_worse = guidance.value < see_doctor.value;
    let mut limits = if higher_is_worse { vec![guidance, see_doctor] } else { vec![see_doctor, guidance] };
    if let Some(criterion) = criterion {
        limits.insert(if higher_is_worse { 2 } else { 0 }, mark(criterion.value(), true));
    }
    // The bar runs one stretch beyond the first and the last limit, as wide
    // as the stretch next to it: stops 0 and `stretches` are its ends.
    let count = limits.len();
    let stretches = count + 1;
    let stop = |index: usize| match index {
        0 => 2.0 * limits[0].value - limits[1].value,
        _ if index == stretches => 2.0 * limits[count - 1].value - limits[count - 2].value,
        _ => limits[index - 1].value,
    };
    let share = |index: usize| index as f64 / stretches as f64;
    // Each stretch is in the band the rule gives its middle; neighbours in
    // the same band make one segment.
    let mut segments = Vec::new();
    let mut at = 0.0;
    let mut beyond = None;
    for index in 0..stretches {
        let (low, high) = (stop(index), stop(index + 1));
        add_run(&mut segments, rule.band((low + high) / 2.0), share(index));
        if value < low && index == 0 {
            beyond = Some(Side::Low);
        } else if value > high && index == stretches - 1 {
            (at, beyond) = (1.0, Some(Side::High));
        } else if value >= low {
            // The stretch the value is in is the last one whose start it has reached.
            at = share(index) + (value - low) / (high - low) / stretches as f64;
        }
    }
    for (index, limit) in limits.iter_mut().enumerate() {
        limit.at = share(index + 1);
    }
    Scale { marker: inside(&segments, rule.band(value), at), segments, limits, beyond }
}

/// The scale of a urine protein grade: one equal cell per grade, (−) to (3+),
/// each in its band; the marker in the middle of the grade's cell.
pub fn of_urine_protein(grade: UrineProtein) -> Scale {
    let cells = UrineProtein::ALL.len();
    let share = |index: usize| index as f64 / cells as f64;
    let mut segments = Vec::new();
    let mut at = 0.0;
    for (index, each) in UrineProtein::ALL.into_iter().enumerate() {
        add_run(&mut segments, bands::urine_protein(each), share(index));
        if each == grade {
            at = share(index) + share(1) / 2.0;
        }
    }
    Scale { marker: inside(&segments, bands::urine_protein(grade), at), segments, limits: Vec::new(), beyond: None }
}

/// The next stretch, from `start`, in `band`: the last segment goes on where it
/// is in the same band; otherwise it ends there and a new one begins.
fn add_run(segments: &mut Vec<Segment>, band: Band, start: f64) {
    match segments.last_mut() {
        Some(last) if last.band == band => {}
        last => {
            if let Some(last) = last {
                last.end = start;
            }
            segments.push(Segment { band, start, end: 1.0 });
        }
    }
}

/// `at`, moved inside the segment of `band` by `MARKER_INSET` where it is on
/// or near its edge.
fn inside(segments: &[Segment], band: Band, at: f64) -> f64 {
    match segments.iter().find(|segment| segment.band == band) {
        // Not `f64::clamp`: its check of the bounds would bring float formatting (about
        // 10 KB) into the wasm for a message no participant reads.
        Some(segment) => at.max(segment.start + MARKER_INSET).min(segment.end - MARKER_INSET),
        None => at,
    }
}
