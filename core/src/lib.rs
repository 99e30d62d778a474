//! The pure core of kenshin-check: everything the app decides, nothing it draws.
//!
//! This crate never touches the browser (no yew, web-sys, gloo or wasm-bindgen),
//! so every rule is tested with plain `cargo test` on the host.

pub mod checkup_date;
pub mod criteria;
pub mod egfr;
pub mod field;
pub mod input;
pub mod number;
pub mod precautions;
pub mod verdict;

pub use criteria::{Comparison, Threshold};
pub use field::{Key, Sex};
pub use input::InputError;
pub use verdict::{evaluate, Evaluation, Flag, Form, Verdict};
