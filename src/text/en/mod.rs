//! English: the same pages as Japanese, said plainly. One file per page: the
//! checker, the guide.

mod checker;
mod guide;

pub use checker::EN;
pub use guide::GUIDE_EN;
