//! The first view's verdict bar and result (docs/product.md, "First view"): the
//! checker rendered at build time, before any app runs, decides nothing, so both
//! say the check is getting ready, whatever is typed, with no `data-verdict`, and,
//! if the app never starts, to note the values and reload (CSS shows the hint
//! after a while, as index.html's loading line). Only the build-time renderer
//! makes a first view (in the browser today is always known), so the wasm
//! carries none of it.

use kenshin_core::Date;
use yew::prelude::*;

use crate::text::Lang;

/// The verdict bar and the result in place of the app's, where no day is
/// known (the first view); `None` where the app decides.
#[cfg(feature = "prerender")]
pub fn pending(lang: Lang, today: Option<Date>) -> Option<(Html, Html)> {
    use crate::components::result_panel::bar;

    if today.is_some() {
        return None;
    }
    let text = lang.text();
    let words = lang.first_view();
    let result = html! {
        <section id="result" class="result" aria-labelledby="result-heading">
            <h2 id="result-heading">{ text.result_heading }</h2>
            <p class="verdict-title"><span class="verdict-symbol" aria-hidden="true">{ "…" }</span>{ words.pending }</p>
            <p class="verdict-detail">{ words.pending_detail }</p>
            <p class="pending-hint">{ words.pending_hint }</p>
            <p class="disclaimer">{ text.not_a_diagnosis }</p>
        </section>
    };
    Some((bar("…", words.pending, None, text), result))
}

/// In the wasm: the app always decides.
#[cfg(not(feature = "prerender"))]
pub fn pending(_lang: Lang, _today: Option<Date>) -> Option<(Html, Html)> {
    None
}
