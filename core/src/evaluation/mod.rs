//! From what was typed to what is shown: reading what a person types, the
//! entries as entered, the programme's verdict, `assess` (the shell's one
//! call per change) and the text kept on the device.

pub mod assessment;
pub mod entries;
pub mod form;
pub mod input;
pub mod number;
pub mod saved;
pub mod summary;
pub mod verdict;
