//! Component tests of the newer-release notice (src/update.rs): what the app shows when the
//! loader says a newer release waits, and what it puts aside when the participant taps it.

#![cfg(target_arch = "wasm32")]

mod support;

use support::page::{click, mount_app, type_into};
use support::settled;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn say_update_ready() {
    let event = web_sys::Event::new("kenshin-check:update-ready").unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
}

/// What was put aside in the history entry for the reload.
fn stashed() -> String {
    gloo::utils::window().history().unwrap().state().unwrap().as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_notice_offers_the_newer_release_and_its_button_puts_the_form_aside_for_the_reload() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "186").await;
    assert!(root.query_selector("[data-update-ready]").unwrap().is_none(), "nothing to offer yet");
    say_update_ready();
    settled(&root).await;
    let notice = root.query_selector("[data-update-ready]").unwrap().expect("the notice shows");
    assert!(notice.text_content().unwrap().contains("新しいバージョン"));
    assert_eq!(stashed(), "", "nothing is put aside before the tap");
    click(&root, "[data-action=load-update]").await;
    let stash = stashed();
    assert!(stash.starts_with("kenshin-check:checker:"), "{stash}");
    assert!(stash.contains("systolic_bp=186"), "what was typed is put aside for the reload: {stash}");
    gloo::utils::window().history().unwrap().replace_state(&JsValue::NULL, "").unwrap();
    click(&root, "[data-action=clear]").await;
}
