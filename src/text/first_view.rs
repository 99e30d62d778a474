//! The first view's words for what is not decided yet (docs/product.md, "First
//! view"): the checker rendered at build time (`src/bin/prerender.rs`) says the
//! check is getting ready, never a verdict, whatever is typed before the app runs.
//! Build time only, so none of them is in the wasm.

pub struct FirstViewText {
    /// In the verdict bar and the result's title.
    pub pending: &'static str,
    pub pending_detail: &'static str,
    /// Shown only if the app has still not started after a while (CSS).
    pub pending_hint: &'static str,
}
