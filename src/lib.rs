//! kenshin-check: the web shell. It gathers input and renders; every rule
//! lives in `kenshin_core`.

mod alloc;
pub mod app;
mod browser;
pub mod components;
mod embedding;
mod settings;
pub mod state;
mod storage;
pub mod takeover;
pub mod text;

pub use app::App;
