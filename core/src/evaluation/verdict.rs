//! The form as typed → the programme's verdict, every criterion that holds,
//! and what is missing or needs a correction (docs/product.md, "Verdict").
//!
//! Only the nine criteria keys (`Key::CRITERIA`) flag or count as missing.
//! The other keys (national bands and support level) are parsed here too, so their errors are shown
//! in the same way, and to keep the rule simple any error in any field makes
//! the verdict `incomplete` when no criterion holds: a form is judged only
//! once everything typed into it is understood.

use crate::control::Control;
use crate::criteria;
use crate::egfr;
use crate::form::Form;
use crate::input::{self, InputError};
use crate::key::{Key, Sex};
use crate::limit::Limit;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// At least one criterion holds: see a doctor and get permission first.
    SeeDoctorFirst,
    /// No criterion holds and every mandatory checkup item was entered.
    MayStart,
    /// No criterion holds yet, but something is missing or needs a correction.
    Incomplete,
}

impl Verdict {
    /// The stable hook `data-verdict`; tests read the verdict from it (docs/product.md, "Stable hooks").
    pub const fn id(self) -> &'static str {
        match self {
            Verdict::SeeDoctorFirst => "see-doctor-first",
            Verdict::MayStart => "may-start",
            Verdict::Incomplete => "incomplete",
        }
    }
}

/// A mandatory item of the specific health checkup that was not entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Value(Key),
    /// Either fasting/random glucose or HbA1c is enough.
    GlucoseOrHba1c,
}

/// What an estimate of eGFR still needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateNeed {
    Age,
    Sex,
}

/// A criterion that holds, with what was entered and the threshold it met.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flag {
    pub key: Key,
    pub value: f64,
    pub threshold: Limit,
    /// The value is the eGFR estimated from creatinine, not one entered.
    pub estimated: bool,
    /// For creatinine: whose threshold applied (None: the 2.00 that holds for anyone).
    pub sex: Option<Sex>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub verdict: Verdict,
    /// Every criterion that holds, in leaflet order.
    pub flags: Vec<Flag>,
    /// Every control whose text cannot be used (a value or the age), with why.
    pub errors: Vec<(Control, InputError)>,
    /// Mandatory items not entered (only those without an error).
    pub missing: Vec<Missing>,
    /// Creatinine is in 1.50–1.99 and no sex was given.
    pub creatinine_needs_sex: bool,
    /// eGFR estimated from creatinine, age and sex when eGFR is blank.
    pub estimated_egfr: Option<f64>,
    /// Creatinine was given and eGFR is blank, but the estimate lacks these.
    pub estimate_needs: Vec<EstimateNeed>,
    /// Each value as understood, for showing and printing.
    pub values: [Option<f64>; Key::ALL.len()],
    pub age: Option<u32>,
    /// As chosen; carried here so that what reads the evaluation needs nothing beside it.
    pub sex: Option<Sex>,
}

impl Evaluation {
    pub fn error(&self, control: Control) -> Option<InputError> {
        self.errors.iter().find(|(c, _)| *c == control).map(|(_, e)| *e)
    }

    pub fn flag(&self, key: Key) -> Option<&Flag> {
        self.flags.iter().find(|flag| flag.key == key)
    }

    pub fn value(&self, key: Key) -> Option<f64> {
        self.values[key.index()]
    }
}

/// The items of the specific health checkup that every participant has
/// (the mandatory items, without which `may-start` would be a guess;
/// docs/product.md, "Verdict"), in the order of the form.
const MANDATORY: [Missing; 6] = [
    Missing::Value(Key::SystolicBp),
    Missing::Value(Key::DiastolicBp),
    Missing::GlucoseOrHba1c,
    Missing::Value(Key::Ast),
    Missing::Value(Key::Alt),
    Missing::Value(Key::Ggt),
];

pub fn evaluate(form: &Form) -> Evaluation {
    let mut errors = Vec::new();
    let mut values = [None; Key::ALL.len()];
    for key in Key::ALL {
        match input::parse_value(key, form.value(key)) {
            Ok(value) => values[key.index()] = value,
            Err(error) => errors.push((Control::Value(key), error)),
        }
    }
    if let (Some(systolic), Some(diastolic)) = (values[Key::SystolicBp.index()], values[Key::DiastolicBp.index()]) {
        if diastolic >= systolic {
            values[Key::DiastolicBp.index()] = None;
            errors.push((Control::Value(Key::DiastolicBp), InputError::DiastolicNotBelowSystolic));
        }
    }
    let age = input::parse_age(&form.age).unwrap_or_else(|error| {
        errors.push((Control::Age, error));
        None
    });

    let sex = form.sex;
    let mut flags = Vec::new();
    for key in Key::CRITERIA {
        if let (Some(value), Some(threshold)) = (values[key.index()], criteria::threshold(key, sex)) {
            if threshold.holds_for(value) {
                let sex = if key == Key::Creatinine { sex } else { None };
                flags.push(Flag { key, value, threshold, estimated: false, sex });
            }
        }
    }

    let creatinine = values[Key::Creatinine.index()];
    let egfr_blank = input::is_blank(form.value(Key::Egfr));
    let mut estimated_egfr = None;
    let mut estimate_needs = Vec::new();
    if let (Some(creatinine), true) = (creatinine, egfr_blank) {
        match (age, sex) {
            (Some(age), Some(sex)) => {
                let estimate = egfr::estimate(creatinine, age, sex);
                estimated_egfr = Some(estimate);
                if criteria::EGFR.holds_for(estimate) {
                    flags.push(Flag {
                        key: Key::Egfr,
                        value: estimate,
                        threshold: criteria::EGFR,
                        estimated: true,
                        sex: None,
                    });
                }
            }
            _ => {
                if age.is_none() {
                    estimate_needs.push(EstimateNeed::Age);
                }
                if sex.is_none() {
                    estimate_needs.push(EstimateNeed::Sex);
                }
            }
        }
    }
    let creatinine_needs_sex = creatinine.is_some_and(|value| criteria::creatinine_needs_sex(value, sex));

    let has_error = |key: Key| errors.iter().any(|(control, _)| *control == Control::Value(key));
    let is_missing = |item: &Missing| match *item {
        Missing::Value(key) => values[key.index()].is_none() && !has_error(key),
        Missing::GlucoseOrHba1c => {
            [Key::Glucose, Key::Hba1c].iter().all(|&key| values[key.index()].is_none() && !has_error(key))
        }
    };
    let missing: Vec<Missing> = MANDATORY.into_iter().filter(is_missing).collect();

    let verdict = if !flags.is_empty() {
        Verdict::SeeDoctorFirst
    } else if errors.is_empty() && missing.is_empty() && !creatinine_needs_sex {
        Verdict::MayStart
    } else {
        Verdict::Incomplete
    };

    Evaluation {
        verdict,
        flags,
        errors,
        missing,
        creatinine_needs_sex,
        estimated_egfr,
        estimate_needs,
        values,
        age,
        sex,
    }
}
