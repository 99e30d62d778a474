//! 日本語: the default language, the participants' and the leaflet's
//! (docs/product.md, "Languages"). One file per page: the checker, the guide.

mod checker;
mod guide;

pub use checker::JA;
pub use guide::GUIDE_JA;
