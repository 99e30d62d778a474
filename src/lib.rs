//! kenshin-check: the web shell. It gathers input and renders; every rule
//! lives in `kenshin_core`.

pub mod app;
mod browser;
pub mod components;
pub mod state;
pub mod text;

pub use app::App;
