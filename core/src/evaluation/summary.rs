//! The whole checkup at a glance: every value entered, most concerning first
//! (docs/product.md, "Summary").

use crate::bands::{Band, Reading, ValueBand};
use crate::control::Control;
use crate::key::Key;
use crate::verdict::{Evaluation, Flag};

/// How much a value asks for attention, the most first: a ※1 criterion that
/// holds (the programme's "see a doctor first"), then the national
/// see-a-doctor band, the guidance band, normal, and last a value that has no
/// band (height, weight, waist, creatinine, or a band that needs an answer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    Criterion,
    SeeDoctor,
    Guidance,
    Normal,
    NoBand,
}

impl Concern {
    /// The most concerning first.
    pub const ALL: [Concern; 5] =
        [Concern::Criterion, Concern::SeeDoctor, Concern::Guidance, Concern::Normal, Concern::NoBand];
}

/// One line of the summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SummaryItem {
    /// A value, or urine protein; its id is the field the line links to.
    pub control: Control,
    pub reading: Reading,
    pub concern: Concern,
    /// The ※1 criterion the value meets, if it meets one.
    pub flag: Option<Flag>,
    /// The national band, where the value has one.
    pub band: Option<ValueBand>,
}

/// Every value entered (and eGFR estimated where it was left blank), with
/// urine protein where it was chosen, in order of concern; values of the same
/// concern keep the form's order.
pub fn summary(evaluation: &Evaluation, bands: &[ValueBand]) -> Vec<SummaryItem> {
    let band_of = |control: Control| bands.iter().find(|band| band.control == control).copied();
    let mut entered = Vec::new();
    for key in Key::ALL {
        let control = Control::Value(key);
        let reading = match (evaluation.value(key), key, evaluation.estimated_egfr) {
            (Some(value), _, _) => Reading::Entered(value),
            (None, Key::Egfr, Some(estimate)) => Reading::Estimated(estimate),
            _ => continue,
        };
        let (band, flag) = (band_of(control), evaluation.flag(key).copied());
        let concern = if flag.is_some() { Concern::Criterion } else { concern_of(band) };
        entered.push(SummaryItem { control, reading, concern, flag, band });
    }
    if let Some(band) = band_of(Control::UrineProtein) {
        let item = SummaryItem {
            control: Control::UrineProtein,
            reading: band.reading,
            concern: concern_of(Some(band)),
            flag: None,
            band: Some(band),
        };
        entered.push(item);
    }
    let mut ordered = Vec::new();
    for concern in Concern::ALL {
        ordered.extend(entered.iter().filter(|item| item.concern == concern));
    }
    ordered
}

fn concern_of(band: Option<ValueBand>) -> Concern {
    match band.map(|band| band.band) {
        Some(Band::SeeDoctor) => Concern::SeeDoctor,
        Some(Band::Guidance) => Concern::Guidance,
        Some(Band::Normal) => Concern::Normal,
        None => Concern::NoBand,
    }
}

/// Whether a value of the form's national part (beyond the ※1 criteria) or
/// urine protein is entered: that part then opens by itself, so what was
/// entered there (from a file too) is never out of sight.
pub fn national_part_entered(items: &[SummaryItem]) -> bool {
    items.iter().any(|item| match item.control {
        Control::Value(key) => !key.is_criterion(),
        _ => true,
    })
}
