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
    /// The ※1 criterion the value meets, if it meets one.
    pub flag: Option<Flag>,
    /// The national band, where the value has one.
    pub band: Option<ValueBand>,
}

impl SummaryItem {
    /// A criterion met first, whatever the band; otherwise the band's.
    pub fn concern(&self) -> Concern {
        match (self.flag, self.band.map(|band| band.band)) {
            (Some(_), _) => Concern::Criterion,
            (None, Some(Band::SeeDoctor)) => Concern::SeeDoctor,
            (None, Some(Band::Guidance)) => Concern::Guidance,
            (None, Some(Band::Normal)) => Concern::Normal,
            (None, None) => Concern::NoBand,
        }
    }
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
        entered.push(SummaryItem { control, reading, flag: evaluation.flag(key).copied(), band: band_of(control) });
    }
    if let Some(band) = band_of(Control::UrineProtein) {
        entered.push(SummaryItem {
            control: Control::UrineProtein,
            reading: band.reading,
            flag: None,
            band: Some(band),
        });
    }
    let mut ordered = Vec::new();
    for concern in Concern::ALL {
        ordered.extend(entered.iter().filter(|item| item.concern() == concern));
    }
    ordered
}

/// Whether a value of the form's national part (beyond the ※1 criteria) or
/// urine protein is entered: that part then opens by itself, so what was
/// entered there (from a file too) is never out of sight.
pub fn national_part_entered(items: &[SummaryItem]) -> bool {
    items.iter().any(|item| item.control.in_national_part())
}
