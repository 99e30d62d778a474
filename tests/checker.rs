//! Component tests in headless Chromium: mount the app, type as a person
//! would (input events on the real inputs), and read what is rendered.

#![cfg(target_arch = "wasm32")]

mod support;

use support::page::{click, input, mount_app, type_into, verdict};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).unwrap().map(|element| element.text_content().unwrap_or_default())
}

#[wasm_bindgen_test]
async fn starts_incomplete_in_japanese_with_every_field_labelled() {
    let root = mount_app().await;
    assert_eq!(verdict(&root), "incomplete");
    for id in ["age", "systolic_bp", "diastolic_bp", "glucose", "hba1c", "ast", "alt", "ggt", "creatinine", "egfr"] {
        let field = input(&root, id);
        assert_eq!(field.name(), id);
        assert_eq!(field.get_attribute("inputmode").as_deref(), Some("decimal"), "{id}");
        let label = text_of(&root, &format!("label[for={id}]")).unwrap_or_else(|| panic!("label for {id}"));
        assert!(!label.trim().is_empty(), "{id} has a visible label");
    }
    assert!(text_of(&root, "[data-verdict]").unwrap().contains("まだ判定できません"));
}

#[wasm_bindgen_test]
async fn a_high_systolic_value_flags_as_it_is_typed() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "18").await;
    assert_eq!(verdict(&root), "incomplete", "18 is not yet a value");
    type_into(&root, "systolic_bp", "182").await;
    assert_eq!(verdict(&root), "see-doctor-first");
    let flag = text_of(&root, "[data-flag=systolic_bp]").expect("the flag is shown");
    assert!(flag.contains("182 mmHg"), "{flag}");
    assert!(flag.contains("180 mmHg 以上"), "{flag}");
}

#[wasm_bindgen_test]
async fn a_complete_normal_checkup_may_start() {
    let root = mount_app().await;
    for (id, value) in [
        ("systolic_bp", "１３２"),
        ("diastolic_bp", "84"),
        ("hba1c", "5.8%"),
        ("ast", "25"),
        ("alt", "30"),
        ("ggt", "1,0"),
    ] {
        type_into(&root, id, value).await;
    }
    assert_eq!(verdict(&root), "incomplete", "1,0 is a decimal comma");
    assert_eq!(input(&root, "ggt").get_attribute("aria-invalid").as_deref(), Some("true"));
    let error_id = input(&root, "ggt").get_attribute("aria-describedby").unwrap();
    let message = text_of(&root, &format!("#{}", error_id.split(' ').next().unwrap())).unwrap();
    assert!(message.contains("1.5"), "{message}");
    assert_eq!(input(&root, "ggt").value(), "1,0", "the typed text stays");

    type_into(&root, "ggt", "45").await;
    assert_eq!(verdict(&root), "may-start");
    assert_eq!(input(&root, "ggt").get_attribute("aria-invalid"), None);
    assert_eq!(input(&root, "systolic_bp").value(), "１３２", "other values are kept");
}

#[wasm_bindgen_test]
async fn creatinine_asks_for_sex_then_estimates_egfr() {
    let root = mount_app().await;
    type_into(&root, "creatinine", "1.6").await;
    // Both limits, as the leaflet prints them, from the core's criteria.
    let note = text_of(&root, ".needs-sex").expect("asks for the sex");
    assert!(note.contains("男性 2.00、女性 1.50 mg/dL"), "{note}");
    click(&root, "input[name=sex][value=female]").await;
    assert_eq!(verdict(&root), "see-doctor-first");
    assert!(root.query_selector("[data-flag=creatinine]").unwrap().is_some());

    type_into(&root, "creatinine", "1.42").await;
    type_into(&root, "age", "62").await;
    let flag = root.query_selector("[data-flag=egfr]").unwrap().expect("estimated eGFR 29.9 flags");
    assert_eq!(flag.get_attribute("data-estimated").as_deref(), Some("true"));
    assert!(flag.text_content().unwrap().contains("29.9"));
}

#[wasm_bindgen_test]
async fn switching_language_keeps_every_value() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "185").await;
    type_into(&root, "ast", "abc").await;
    click(&root, ".lang-toggle").await;
    assert!(text_of(&root, "h1").unwrap().contains("Checkup result check"));
    assert_eq!(input(&root, "systolic_bp").value(), "185");
    assert_eq!(input(&root, "ast").value(), "abc");
    assert!(text_of(&root, "#ast-error").unwrap().contains("Enter a number"));
    assert!(text_of(&root, "[data-flag=systolic_bp]").unwrap().contains("180 mmHg or higher"));
    click(&root, ".lang-toggle").await;
    assert!(text_of(&root, "h1").unwrap().contains("健診結果チェック"));
}

#[wasm_bindgen_test]
async fn follow_up_answers_highlight_the_matching_precautions() {
    let root = mount_app().await;
    // Folded, they are not on the page; opened, all nine are.
    assert_eq!(root.query_selector_all("[data-precaution]").unwrap().length(), 0);
    click(&root, ".precautions summary").await;
    assert_eq!(root.query_selector_all("[data-precaution]").unwrap().length(), 9);
    assert_eq!(root.query_selector_all("[data-highlighted]").unwrap().length(), 0);
    click(&root, "input[name=treated_now][value=yes]").await;
    click(&root, "input[name=checkup_requires_care][value=yes]").await;
    let highlighted: Vec<String> = (0..root.query_selector_all("[data-highlighted]").unwrap().length())
        .map(|i| {
            let node = root.query_selector_all("[data-highlighted]").unwrap().item(i).unwrap();
            node.unchecked_into::<Element>().get_attribute("data-precaution").unwrap()
        })
        .collect();
    assert_eq!(highlighted, ["1", "2", "3"]);
}

#[wasm_bindgen_test]
async fn clear_all_empties_every_field_and_can_be_undone() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "185").await;
    type_into(&root, "age", "50").await;
    click(&root, "[data-action=clear]").await;
    assert_eq!(input(&root, "systolic_bp").value(), "");
    assert_eq!(input(&root, "age").value(), "");
    assert_eq!(verdict(&root), "incomplete");
    click(&root, ".undo").await;
    assert_eq!(input(&root, "systolic_bp").value(), "185");
    assert_eq!(verdict(&root), "see-doctor-first");
}

#[wasm_bindgen_test]
async fn undo_stays_offered_while_moving_around_and_goes_with_the_next_edit() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "185").await;
    click(&root, "[data-action=clear]").await;
    // Twice, so the page's language (which the URL keeps) is back as it was.
    click(&root, ".lang-toggle").await;
    click(&root, ".lang-toggle").await;
    click(&root, "[data-nav=guide]").await;
    click(&root, "[data-nav=checker]").await;
    assert!(root.query_selector(".undo").unwrap().is_some(), "language and navigation keep the offer");
    click(&root, "#smoker").await;
    assert!(root.query_selector(".undo").unwrap().is_none(), "an edit ends it");
}

#[wasm_bindgen_test]
async fn two_boxes_ticked_before_a_render_both_count() {
    let root = mount_app().await;
    // Both clicks land before the app renders again: each change is applied
    // to the state as it then is, so neither is lost.
    for id in ["med_bp", "med_glucose"] {
        let element: web_sys::HtmlElement = input(&root, id).unchecked_into();
        element.click();
    }
    support::settled(&root).await;
    let reasons = root.query_selector_all(".support-reasons li").unwrap().length();
    assert_eq!(reasons, 2, "one reason for each medicine");
    assert_eq!(
        root.query_selector("[data-support-level]").unwrap().unwrap().get_attribute("data-support-level").as_deref(),
        Some("information")
    );
}

/// Makes the page's `localStorage.setItem` throw as a full or refusing storage does,
/// until the returned guard is dropped.
struct RefusingStorage(js_sys::Function);

impl RefusingStorage {
    fn start() -> Self {
        let prototype = js_sys::Reflect::get(&gloo::utils::window(), &"Storage".into()).unwrap();
        let prototype = js_sys::Reflect::get(&prototype, &"prototype".into()).unwrap();
        let original: js_sys::Function = js_sys::Reflect::get(&prototype, &"setItem".into()).unwrap().unchecked_into();
        let refuse = js_sys::Function::new_no_args(
            "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')",
        );
        js_sys::Reflect::set(&prototype, &"setItem".into(), &refuse).unwrap();
        RefusingStorage(original)
    }
}

impl Drop for RefusingStorage {
    fn drop(&mut self) {
        let prototype = js_sys::Reflect::get(&gloo::utils::window(), &"Storage".into()).unwrap();
        let prototype = js_sys::Reflect::get(&prototype, &"prototype".into()).unwrap();
        js_sys::Reflect::set(&prototype, &"setItem".into(), &self.0).unwrap();
    }
}

fn keep_box(root: &Element) -> web_sys::HtmlInputElement {
    input(root, "keep_values")
}

#[wasm_bindgen_test]
async fn keeping_where_the_browser_refuses_says_so_and_unticks_the_box() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "150").await;
    let refusing = RefusingStorage::start();
    click(&root, "#keep_values").await;
    assert!(!keep_box(&root).checked(), "the box does not claim what did not happen");
    let said = text_of(&root, "[data-keep-refused]").expect("the refusal is said next to the box");
    assert!(said.contains("保存できません"), "{said}");
    assert_eq!(verdict(&root), "incomplete", "the checker keeps judging");
    drop(refusing);
    click(&root, "#keep_values").await;
    assert!(keep_box(&root).checked());
    assert!(text_of(&root, "[data-keep-refused]").is_none(), "kept now: the message goes");
    click(&root, "#keep_values").await;
}

#[wasm_bindgen_test]
async fn a_later_write_that_fails_is_said_at_that_moment() {
    let root = mount_app().await;
    click(&root, "#keep_values").await;
    assert!(keep_box(&root).checked());
    let refusing = RefusingStorage::start();
    type_into(&root, "systolic_bp", "186").await;
    assert!(!keep_box(&root).checked());
    assert!(text_of(&root, "[data-keep-refused]").is_some());
    assert_eq!(verdict(&root), "see-doctor-first");
    drop(refusing);
    click(&root, "[data-action=clear]").await;
}

#[wasm_bindgen_test]
async fn incomplete_names_the_mandatory_items_still_missing_in_both_languages() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "128").await;
    type_into(&root, "diastolic_bp", "82").await;
    assert_eq!(verdict(&root), "incomplete");
    let missing = text_of(&root, ".missing").expect("the missing items are listed");
    for item in ["AST（GOT）", "ALT（GPT）", "GTP）"] {
        assert!(missing.contains(item), "{missing}");
    }
    assert!(!missing.contains("収縮期"), "what was typed is not asked for: {missing}");
    click(&root, ".lang-toggle").await;
    let missing = text_of(&root, ".missing").unwrap();
    assert!(missing.contains("AST (GOT)"), "{missing}");
    click(&root, ".lang-toggle").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn a_checkup_older_than_twelve_months_is_warned_about() {
    let root = mount_app().await;
    assert!(text_of(&root, "[data-warning=checkup-date]").is_none());
    type_into(&root, "checkup_date", "2020-04-01").await;
    let warning = text_of(&root, "[data-warning=checkup-date]").expect("the warning is shown");
    assert!(warning.contains("12か月以上前"), "{warning}");
    root.remove();
}
