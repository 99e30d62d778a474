//! A newer release of the app, installed while this one shows the page (docs/product.md,
//! "New releases"): src/loader.js says so with the event `kenshin-check:update-ready` (only
//! after the app has started, so its listener is there), and the app shows the notice. Its button
//! (`[data-action="load-update"]`) puts the form aside for the reload (src/takeover.rs);
//! the loader, which listens for that button's click, then lets the newer release in.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const READY: &str = "kenshin-check:update-ready";

/// The window's listener for the loader's word, removed when dropped.
pub struct Listening(Closure<dyn FnMut()>);

impl Drop for Listening {
    fn drop(&mut self) {
        let _ = gloo::utils::window().remove_event_listener_with_callback(READY, self.0.as_ref().unchecked_ref());
    }
}

/// Calls `on_ready` when a newer release waits.
pub fn listen(on_ready: impl FnMut() + 'static) -> Listening {
    let listener = Closure::<dyn FnMut()>::new(on_ready);
    let _ = gloo::utils::window().add_event_listener_with_callback(READY, listener.as_ref().unchecked_ref());
    Listening(listener)
}
