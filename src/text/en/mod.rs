//! English: the same pages as Japanese, said plainly. One file per page: the
//! checker, the guide.

mod checker;
#[cfg(feature = "prerender")]
mod first_view;
mod guide;
mod import;
#[cfg(feature = "prerender")]
mod no_wasm;

pub use checker::EN;
#[cfg(feature = "prerender")]
pub use first_view::FIRST_VIEW_EN;
pub use guide::GUIDE_EN;
pub use import::IMPORT_EN;
#[cfg(feature = "prerender")]
pub use no_wasm::NO_WASM_EN;
