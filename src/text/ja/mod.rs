//! 日本語: the default language, the participants' and the leaflet's
//! (docs/product.md, "Languages"). One file per page: the checker, the guide.

mod checker;
#[cfg(feature = "prerender")]
mod first_view;
mod guide;
mod import;
#[cfg(feature = "prerender")]
mod no_wasm;

pub use checker::JA;
#[cfg(feature = "prerender")]
pub use first_view::FIRST_VIEW_JA;
pub use guide::GUIDE_JA;
pub use import::IMPORT_JA;
#[cfg(feature = "prerender")]
pub use no_wasm::NO_WASM_JA;
