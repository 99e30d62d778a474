//! Values in without typing: the participant's checkup as MHLW's standard file
//! (特定健診情報ファイル, HL7 CDA R2 XML) or as a portal's list of item codes, read on
//! the device into a review the participant confirms before anything changes
//! (docs/product.md, "Values from a checkup file"; docs/checkup-file.md holds every
//! fact of the format this module uses, with its source).
//!
//! - `item_codes`: which 17-character item code fills which control, and how;
//! - `document`: the file's text and the parser's tree → a `Checkup` (only the exam date, sex, birth date
//!   and the observations: never a name, insurer number or address);
//! - `handoff`: a portal's `{items, sex, birth_date, checkup_date}` → the same `Checkup`;
//! - `review`: a `Checkup` → what each control would get, what was refused and why.

pub mod document;
pub mod handoff;
pub mod item_codes;
pub mod review;

pub use document::{read_text, Checkup, Element, Finding, ImportError, Observation, Parsed, MAX_FILE_BYTES};
pub use review::{review, Read, Refusal, Refused, Review};
