//! Names: every control the participant fills in, with the one id the page
//! gives it, and the typed values and answers behind those controls.

pub mod answers;
pub mod control;
pub mod key;
