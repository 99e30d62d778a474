//! Component tests of the newer-release notice (src/update.rs): what the app does when the
//! loader says a newer release waits, and what it hands the loader when asked to load it.

#![cfg(target_arch = "wasm32")]

mod support;

use std::cell::Cell;
use std::rc::Rc;

use support::page::{click, mount_app, type_into};
use support::settled;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Counts the app's requests to load the newer release, while it lives.
struct Asked(Rc<Cell<u32>>, Closure<dyn FnMut()>);

impl Asked {
    fn start() -> Self {
        let count = Rc::new(Cell::new(0));
        let counted = Rc::clone(&count);
        let listener = Closure::<dyn FnMut()>::new(move || counted.set(counted.get() + 1));
        gloo::utils::window()
            .add_event_listener_with_callback("kenshin-check:load-update", listener.as_ref().unchecked_ref())
            .unwrap();
        Asked(count, listener)
    }
}

impl Drop for Asked {
    fn drop(&mut self) {
        let _ = gloo::utils::window()
            .remove_event_listener_with_callback("kenshin-check:load-update", self.1.as_ref().unchecked_ref());
    }
}

fn say_update_ready() {
    let event = web_sys::Event::new("kenshin-check:update-ready").unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
}

/// The (name, value) pairs put aside in the history entry for the reload.
fn stashed() -> Vec<(String, String)> {
    let state = gloo::utils::window().history().unwrap().state().unwrap();
    let list: js_sys::Array =
        js_sys::Reflect::get(&state, &"kenshin-check:form".into()).unwrap().dyn_into().unwrap_or_default();
    list.iter()
        .map(|pair| {
            let pair: js_sys::Array = pair.unchecked_into();
            (pair.get(0).as_string().unwrap(), pair.get(1).as_string().unwrap())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn with_values_typed_the_notice_offers_the_newer_release_and_its_button_puts_the_form_aside_first() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "186").await;
    let asked = Asked::start();
    say_update_ready();
    settled(&root).await;
    let notice = root.query_selector("[data-update-ready]").unwrap().expect("the notice shows");
    assert!(notice.text_content().unwrap().contains("新しいバージョン"));
    assert_eq!(asked.0.get(), 0, "never by itself while there are values");
    click(&root, "[data-action=load-update]").await;
    assert!(asked.0.get() >= 1, "the button asks the loader");
    assert!(
        stashed().contains(&("systolic_bp".to_string(), "186".to_string())),
        "what was typed is put aside for the reload"
    );
    gloo::utils::window().history().unwrap().replace_state(&JsValue::NULL, "").unwrap();
    click(&root, "[data-action=clear]").await;
}
