//! The pure core of kenshin-check: everything the app decides, nothing it draws.
//!
//! This crate never touches the browser (no yew, web-sys, gloo or wasm-bindgen),
//! so every rule is tested with plain `cargo test` on the host. It has no
//! reason for `unsafe`, and forbidding it keeps a memory error out of the rules.

#![forbid(unsafe_code)]

// The folders group the files for a reader; each module has one path, at the
// crate's root (`kenshin_core::criteria`, never `kenshin_core::rules::criteria`).
mod evaluation;
mod guide;
mod names;
mod rules;

pub mod date;
pub mod import;
pub mod settings;

pub use evaluation::{assessment, entries, form, input, number, saved, summary, verdict};
pub use guide::{calendar, data_use, media_check, platform, webex_app};
pub use names::{answers, control, key};
pub use rules::{bands, bmi, checkup_date, criteria, egfr, fiscal_year_age, limit, precautions, scale, stratification};

pub use answers::{Answers, Tick, Timing, UrineProtein};
pub use assessment::{assess, Assessment};
pub use bands::{value_bands, Band, ValueBand};
pub use control::Control;
pub use date::Date;
pub use entries::Entries;
pub use form::Form;
pub use input::InputError;
pub use key::{Key, Sex};
pub use limit::Limit;
pub use platform::Platform;
pub use stratification::{stratify, Stratification, SupportLevel};
pub use verdict::{evaluate, Evaluation, Flag, Verdict};
pub use webex_app::WebexApp;
