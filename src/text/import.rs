//! The shape of the words for values from a checkup file (docs/product.md, "Values
//! from a checkup file"): each language fills it in its own folder (`ja/import.rs`,
//! `en/import.rs`).

use kenshin_core::import::item_codes::Variant;
use kenshin_core::import::{ImportError, Refusal};

pub struct ImportText {
    pub heading: &'static str,
    /// Where the file comes from, and that it stays on the device.
    pub hint: &'static str,
    pub pick: &'static str,
    pub review_heading: &'static str,
    /// The heading of a review the portal handed over.
    pub from_portal: &'static str,
    pub review_intro: &'static str,
    /// Said when the file holds nothing the check uses.
    pub nothing_read: &'static str,
    /// Before the reason an item cannot be used: "使えません。" / "Not used: ".
    pub refused: &'static str,
    /// Between an item's name and its value or reason: "：" / ": ".
    pub separator: &'static str,
    pub apply: &'static str,
    pub discard: &'static str,
    /// After applying: how many controls were filled.
    pub applied: fn(count: usize) -> String,
    /// After a value read more than once: every reading ("1回目 188、2回目 184"), and
    /// when two readings were averaged, that MHLW's rule uses the mean.
    pub readings: fn(list: &str, averaged: bool) -> String,
    /// "1回目", "空腹時", …: how a reading was taken.
    pub variant: fn(variant: Variant) -> &'static str,
    /// Why an item could not be used; `unit` is the field's own unit.
    pub refusal: fn(refusal: &Refusal, unit: &str) -> String,
    /// Why a file could not be read.
    pub error: fn(error: ImportError) -> &'static str,
    /// Said after every error: nothing changed.
    pub unchanged: &'static str,
}
