//! A portal that keeps checkup values in a database hands them over as item codes
//! with values and units (docs/product.md, "Values from a checkup file"): the same
//! `Checkup` a file gives, so the same review follows.

use crate::date::Date;
use crate::import::document::{Checkup, Finding, ImportError, Observation};
use crate::key::Sex;

/// More items than any checkup has (the item table has under 300 rows): a message
/// with more is not a checkup.
pub const MAX_ITEMS: usize = 1000;

/// One item as the portal gives it: `{ code, value, unit }`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HandedItem {
    pub code: String,
    pub value: String,
    /// Empty for an answer code (urine protein, the questionnaire).
    pub unit: String,
}

/// The message's items and header fields → the checkup they describe. A sex or
/// date that is not of the agreed form ("male"/"female", "YYYY-MM-DD") is left out.
pub fn checkup(
    items: Vec<HandedItem>,
    sex: Option<&str>,
    birth_date: Option<&str>,
    checkup_date: Option<&str>,
) -> Result<Checkup, ImportError> {
    if items.len() > MAX_ITEMS {
        return Err(ImportError::NotAMessage);
    }
    let observations = items
        .into_iter()
        .map(|item| {
            let unit = (!item.unit.trim().is_empty()).then_some(item.unit);
            let finding = if item.value.trim().is_empty() {
                Finding::NotMeasured
            } else {
                Finding::Value { value: item.value, unit }
            };
            Observation { code: item.code.trim().to_string(), finding }
        })
        .collect();
    Ok(Checkup {
        exam_date: checkup_date.and_then(Date::parse_iso),
        sex: sex.and_then(Sex::from_id),
        birth_date: birth_date.and_then(Date::parse_iso),
        observations,
    })
}
