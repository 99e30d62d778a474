//! One view per file; each only gathers input or renders what the core decided.
//!
//! A view is a plain function returning `Html`, not a `#[component]`, unless it
//! holds state (`App`, the guide's `LiveParts`): a function renders as part of its
//! caller, while each component type adds its own lifecycle code to the wasm, about
//! 0.3 KB brotli'd that every participant downloads.

pub mod band_note;
pub mod checkup_import;
pub mod first_view;
pub mod guide;
pub mod national;
#[cfg(feature = "prerender")]
pub mod no_wasm;
pub mod precautions;
pub mod print_summary;
pub mod radio_group;
pub mod result_panel;
pub mod scale;
pub mod summary;
pub mod value_field;

use yew::prelude::*;

/// A paragraph of text. One shared function, not the `html!` of a `<p>` at
/// every place a sentence is shown: each inline `<p>` is its own copy of the
/// element-building code in the wasm (about 0.3 KB before compression).
#[inline(never)]
pub fn paragraph(text: impl Into<AttrValue>) -> Html {
    html! { <p>{ text.into() }</p> }
}

/// A paragraph of secondary text (`class="hint"`), shared as `paragraph` is.
#[inline(never)]
pub fn hint(text: impl Into<AttrValue>) -> Html {
    html! { <p class="hint">{ text.into() }</p> }
}

/// The offer to take back "clear all" or an applied review: what happened, and one tap.
#[inline(never)]
pub fn undo_offer(message: impl Into<AttrValue>, undo: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <p class="cleared" role="status">
            { message.into() }{ " " }
            <button type="button" class="undo" {onclick}>{ undo }</button>
        </p>
    }
}

/// A part of the page a participant can pass over on a phone, inside its caller's
/// section: its heading is the disclosure's summary (a 48 px target). With
/// `ontoggle`, it reports each opening and closing, the page's own included.
#[inline(never)]
pub fn disclosure(
    heading_id: &'static str,
    heading: &'static str,
    open: bool,
    ontoggle: Option<Callback<bool>>,
    children: Html,
) -> Html {
    let ontoggle = ontoggle.map(|ontoggle| {
        ontoggle.reform(|event: Event| event.target_unchecked_into::<web_sys::Element>().has_attribute("open"))
    });
    html! {
        <details class="fold" {open} {ontoggle}>
            <summary><h2 id={heading_id}>{ heading }</h2></summary>
            { children }
        </details>
    }
}
