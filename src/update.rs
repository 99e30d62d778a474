//! A newer release of the app, installed while this one serves the page (docs/product.md,
//! "Offline and new releases"): src/loader.js says so, on `<html data-update-waiting>` and
//! with the event `kenshin-check:update-ready`; when the participant taps the notice (or
//! has typed nothing yet), the form is put aside for the reload (src/takeover.rs) and the
//! loader is asked to load it (`kenshin-check:load-update`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::takeover;

/// The window's listener for the loader's word, removed when dropped.
pub struct Listening(Closure<dyn FnMut()>);

impl Drop for Listening {
    fn drop(&mut self) {
        let _ = gloo::utils::window().remove_event_listener_with_callback(READY, self.0.as_ref().unchecked_ref());
    }
}

const READY: &str = "kenshin-check:update-ready";

/// Calls `on_ready` when a newer release waits: at once if it already did.
pub fn listen(mut on_ready: impl FnMut() + 'static) -> Listening {
    let waiting =
        gloo::utils::document().document_element().is_some_and(|root| root.has_attribute("data-update-waiting"));
    if waiting {
        on_ready();
    }
    let listener = Closure::<dyn FnMut()>::new(on_ready);
    let _ = gloo::utils::window().add_event_listener_with_callback(READY, listener.as_ref().unchecked_ref());
    Listening(listener)
}

/// Whether the participant is in a field right now (then the page never reloads by itself).
pub fn in_use() -> bool {
    let active = gloo::utils::document().active_element();
    active.is_some_and(|element| matches!(element.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

/// Puts what was typed aside and asks the loader for the newer release.
pub fn load() {
    takeover::stash_for_reload();
    if let Ok(event) = web_sys::Event::new("kenshin-check:load-update") {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
