//! English: the same pages as Japanese, said plainly. One file per page: the
//! checker, the guide.

mod checker;
mod guide;
#[cfg(feature = "prerender")]
mod no_wasm;

pub use checker::EN;
pub use guide::GUIDE_EN;
#[cfg(feature = "prerender")]
pub use no_wasm::NO_WASM_EN;
