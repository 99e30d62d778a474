//! The pure core of kenshin-check: everything the app decides, nothing it draws.
//!
//! This crate never touches the browser (no yew, web-sys, gloo or wasm-bindgen),
//! so every rule is tested with plain `cargo test` on the host. It has no
//! reason for `unsafe`, and forbidding it keeps a memory error out of the rules.

#![forbid(unsafe_code)]

pub mod answers;
pub mod assessment;
pub mod bands;
pub mod bmi;
pub mod calendar;
pub mod checkup_date;
pub mod control;
pub mod criteria;
pub mod data_use;
pub mod egfr;
pub mod entries;
pub mod field;
pub mod fiscal_year_age;
pub mod input;
pub mod limit;
pub mod media_check;
pub mod number;
pub mod platform;
pub mod precautions;
pub mod saved;
pub mod settings;
pub mod stratification;
pub mod verdict;
pub mod webex_app;

pub use answers::{Answers, Tick, Timing, UrineProtein};
pub use assessment::{assess, Assessment};
pub use bands::{value_bands, Band, ValueBand};
pub use control::Control;
pub use entries::Entries;
pub use field::{Key, Sex};
pub use input::InputError;
pub use limit::Limit;
pub use platform::{recommended_download, Platform};
pub use stratification::{stratify, Stratification, SupportLevel};
pub use verdict::{evaluate, Evaluation, Flag, Form, Verdict};
pub use webex_app::WebexApp;
