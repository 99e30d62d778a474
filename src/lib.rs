//! kenshin-check: the web shell. It gathers input and renders; every rule
//! lives in `kenshin_core`.

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

/// Talc instead of the default dlmalloc: a maintained allocator made for
/// wasm, smaller than dlmalloc. The page runs on one thread (no atomics),
/// which is what talc's single-threaded wasm allocator requires.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
