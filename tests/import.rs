//! Component tests in headless Chromium: values from a checkup file. A file is
//! handed to the real file input as a picker would, and what is rendered is read.

#![cfg(target_arch = "wasm32")]

mod support;

use support::page::{bubbling, click, input, mount_app, type_into, verdict};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &[u8] = include_bytes!("../examples/checkup-sample.xml");

/// Puts a file holding `bytes` into the checkup file input, as a picker does, and
/// waits for what the app makes of it.
async fn pick(root: &Element, bytes: &[u8], until: &str) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "h0000000001.xml").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let field = input(root, "checkup_file");
    field.set_files(transfer.files().as_ref());
    field.dispatch_event(&bubbling("change")).unwrap();
    support::until(until, || root.query_selector(until).unwrap().is_some()).await;
    support::settled(root).await;
}

fn all(root: &Element, selector: &str, attribute: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|index| list.item(index).unwrap().unchecked_into::<Element>().get_attribute(attribute).unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_sample_is_reviewed_then_applied_then_undone() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "150").await;
    type_into(&root, "egfr", "70").await;
    pick(&root, SAMPLE, "[data-import-review]").await;
    // The review lists what the file fills, in the form's order, and nothing changed yet.
    assert_eq!(
        all(&root, "[data-import-item]", "data-import-item"),
        [
            "systolic_bp",
            "diastolic_bp",
            "glucose",
            "hba1c",
            "ast",
            "alt",
            "ggt",
            "creatinine",
            "waist",
            "height",
            "weight",
            "triglycerides",
            "hdl",
            "ldl",
            "age",
            "checkup_date",
            "sex",
            "glucose_timing",
            "tg_timing",
            "urine_protein",
            "smoker",
            "med_bp",
            "med_glucose",
            "med_lipids",
        ]
    );
    let systolic_row = root.query_selector("[data-import-item=systolic_bp]").unwrap().unwrap().text_content().unwrap();
    assert!(
        systolic_row.contains("186 mmHg") && systolic_row.contains("188") && systolic_row.contains("184"),
        "{systolic_row}"
    );
    assert_eq!(input(&root, "systolic_bp").value(), "150");
    assert_eq!(verdict(&root), "incomplete");
    assert_eq!(gloo::utils::document().active_element().map(|e| e.id()).as_deref(), Some("import-review"));

    click(&root, "[data-action=apply-import]").await;
    assert!(root.query_selector("[data-import-review]").unwrap().is_none());
    assert_eq!(input(&root, "systolic_bp").value(), "186");
    assert_eq!(input(&root, "egfr").value(), "70", "not in the file: as typed");
    assert_eq!(verdict(&root), "see-doctor-first");
    assert_eq!(input(&root, "systolic_bp").get_attribute("data-imported").as_deref(), Some("true"));
    assert_eq!(input(&root, "egfr").get_attribute("data-imported"), None);

    // Editing a filled field ends its mark; the others keep theirs.
    type_into(&root, "ast", "46").await;
    assert_eq!(input(&root, "ast").get_attribute("data-imported"), None);
    assert_eq!(input(&root, "alt").get_attribute("data-imported").as_deref(), Some("true"));

    // Undo is offered again after a new apply, and puts the form back exactly.
    pick(&root, SAMPLE, "[data-import-review]").await;
    click(&root, "[data-action=apply-import]").await;
    click(&root, ".import .undo").await;
    assert_eq!(input(&root, "systolic_bp").value(), "186");
    assert_eq!(input(&root, "ast").value(), "46");
    assert!(all(&root, "[data-imported]", "data-imported").is_empty());
}

#[wasm_bindgen_test]
async fn discarding_the_review_changes_nothing() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "150").await;
    let before = root.query_selector("form").unwrap().unwrap().inner_html();
    pick(&root, SAMPLE, "[data-import-review]").await;
    click(&root, "[data-action=discard-import]").await;
    assert!(root.query_selector("[data-import-review]").unwrap().is_none());
    assert_eq!(root.query_selector("form").unwrap().unwrap().inner_html(), before);
}

#[wasm_bindgen_test]
async fn an_unreadable_file_says_why_and_changes_nothing() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "150").await;
    pick(&root, b"PK\x03\x04 a zip", "[data-import-error]").await;
    let message = root.query_selector("[data-import-error]").unwrap().unwrap().text_content().unwrap();
    assert!(message.contains("zip"), "{message}");
    assert_eq!(input(&root, "systolic_bp").value(), "150");
    assert!(root.query_selector("[data-import-review]").unwrap().is_none());
}
