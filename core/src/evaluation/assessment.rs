//! The one entry point: from everything the participant entered to
//! everything the app shows. The shell calls `assess` once per change and
//! only renders what it returns.

use crate::bands::{value_bands, ValueBand};
use crate::checkup_date::{self, CheckupDateStatus};
use crate::control::Control;
use crate::date::Date;
use crate::entries::Entries;
use crate::precautions;
use crate::stratification::{stratify, Stratification};
use crate::summary::{summary, SummaryItem};
use crate::verdict::{evaluate, Evaluation};

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// The programme's verdict and what it rests on (the form as understood).
    pub evaluation: Evaluation,
    /// The national bands of each value, in form order.
    pub bands: Vec<ValueBand>,
    /// Every value entered, most concerning first.
    pub summary: Vec<SummaryItem>,
    /// The estimated support level (階層化) and its reasons.
    pub stratification: Stratification,
    /// Leaflet numbers (1-based) of the precautions that concern this participant.
    pub precautions: Vec<usize>,
    /// `None` while no whole date is entered, or when today is not known.
    pub checkup_date: Option<CheckupDateStatus>,
}

impl Assessment {
    /// The band shown under `control`, if it has one.
    pub fn band(&self, control: Control) -> Option<&ValueBand> {
        self.bands.iter().find(|band| band.control == control)
    }
}

/// Everything the app shows, decided from `entries` as of `today`. `today` is
/// `None` where no day is known (the first view, rendered at build time): then
/// the checkup date is not judged.
pub fn assess(entries: &Entries, today: Option<Date>) -> Assessment {
    let evaluation = evaluate(&entries.form);
    let bands = value_bands(&evaluation, &entries.answers);
    Assessment {
        summary: summary(&evaluation, &bands),
        bands,
        stratification: stratify(&evaluation, &entries.answers),
        precautions: precautions::highlighted(entries.follow_up, evaluation.verdict),
        checkup_date: Date::parse_iso(&entries.checkup_date)
            .zip(today)
            .map(|(date, today)| checkup_date::status(date, today)),
        evaluation,
    }
}
