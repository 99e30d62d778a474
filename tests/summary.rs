//! Component tests of the checkup at a glance (docs/product.md, "Summary"): the
//! summary under the verdict lists exactly what was entered, most concerning
//! first; the folded parts open when they concern the participant. The order
//! and the places on the scales are the core's (core/tests/summary.rs,
//! core/tests/scale.rs); this proves the page shows what it decides.

#![cfg(target_arch = "wasm32")]

mod support;

use support::page::{attribute, click, fill, mount_app, one, text, texts, type_into, verdict};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A 58-year-old man's checkup as a new user types it: blood pressure 186 meets a
/// ※1 criterion, the rest fall in the national bands, creatinine and the waist have none.
const TYPICAL: &[(&str, &str)] = &[
    ("sex", "male"),
    ("age", "58"),
    ("systolic_bp", "186"),
    ("diastolic_bp", "104"),
    ("hba1c", "7.9"),
    ("ast", "45"),
    ("alt", "61"),
    ("ggt", "120"),
    ("creatinine", "1.1"),
    ("waist", "92"),
    ("triglycerides", "210"),
    ("hdl", "38"),
    ("ldl", "150"),
];

/// The summary's lines, by the control each links to, in page order.
fn lines(root: &Element) -> Vec<String> {
    let nodes = root.query_selector_all("[data-summary] [data-summary-item]").unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("data-summary-item").unwrap())
        .collect()
}

fn line(root: &Element, key: &str) -> String {
    text(root, &format!("[data-summary-item={key}]"))
}

fn national_open(root: &Element) -> bool {
    one(root, ".national details").has_attribute("open")
}

#[wasm_bindgen_test]
async fn the_summary_lists_exactly_the_entered_values_most_concerning_first() {
    let root = mount_app().await;
    assert!(root.query_selector("[data-summary]").unwrap().is_none(), "nothing entered, no summary");
    fill(&root, &[("sex", "male"), ("age", "58")]).await;
    assert!(root.query_selector("[data-summary]").unwrap().is_none(), "a sex and an age are not values");

    fill(&root, TYPICAL).await;
    assert_eq!(verdict(&root), "see-doctor-first");
    assert_eq!(
        lines(&root),
        [
            "systolic_bp",
            "diastolic_bp",
            "hba1c",
            "alt",
            "ggt",
            "ldl",
            "ast",
            "egfr",
            "triglycerides",
            "hdl",
            "creatinine",
            "waist"
        ]
    );
    // The criterion met, with its limit; the line is the verdict's flag.
    assert!(line(&root, "systolic_bp").contains("186 mmHg"));
    assert!(line(&root, "systolic_bp").contains("基準 180 mmHg 以上"));
    assert_eq!(texts(&root, "[data-flag]").len(), 1);
    assert_eq!(attribute(&root, "[data-flag]", "data-summary-item").as_deref(), Some("systolic_bp"));
    // The band in words; eGFR estimated from creatinine, said so.
    assert!(line(&root, "hdl").contains("38 mg/dL") && line(&root, "hdl").contains("保健指導判定値"));
    assert!(line(&root, "egfr").contains("54.5 mL/min/1.73m² (推算値)"), "{}", line(&root, "egfr"));
    // A scale for each banded value, none for those without a band.
    for key in ["systolic_bp", "egfr", "triglycerides", "hdl"] {
        assert!(
            root.query_selector(&format!("[data-summary-item={key}] [data-scale-for={key}]")).unwrap().is_some(),
            "{key}"
        );
    }
    for key in ["creatinine", "waist"] {
        assert!(root.query_selector(&format!("[data-summary-item={key}] svg")).unwrap().is_none(), "{key}");
    }
    // Each line links to its field.
    assert_eq!(attribute(&root, "[data-summary-item=hdl] a", "href").as_deref(), Some("#hdl"));

    // A value taken away leaves the summary; a new one takes its place by concern.
    type_into(&root, "ldl", "").await;
    type_into(&root, "glucose", "95").await;
    assert_eq!(lines(&root)[..6], ["systolic_bp", "diastolic_bp", "hba1c", "alt", "ggt", "ast"]);
    assert_eq!(lines(&root)[9], "glucose", "normal comes after the bands and before the values without one");

    click(&root, ".lang-toggle").await;
    assert_eq!(text(&root, "#summary-heading"), "Your values, most concerning first");
    assert!(line(&root, "systolic_bp").contains("180 mmHg or higher"));
    // Back, so the page's language (which the URL keeps) is as it was for the next test.
    click(&root, ".lang-toggle").await;
}

#[wasm_bindgen_test]
async fn the_national_part_opens_when_a_value_in_it_is_entered_and_stays_as_left() {
    let root = mount_app().await;
    assert!(!national_open(&root), "folded while nothing in it is entered");
    type_into(&root, "systolic_bp", "150").await;
    assert!(!national_open(&root), "a criterion's value is not in it");
    type_into(&root, "hdl", "38").await;
    assert!(national_open(&root), "opened by itself");
    // Taking the value away does not fold what the participant is typing in.
    type_into(&root, "hdl", "").await;
    assert!(national_open(&root), "stays open");
    click(&root, ".national summary").await;
    assert!(!national_open(&root), "folded by the participant");
    // A value entered there, the part folded: it stays folded until the participant
    // follows the value's line in the summary to its field.
    type_into(&root, "waist", "92").await;
    assert!(national_open(&root), "a value coming to be entered opens it");
    click(&root, ".national summary").await;
    type_into(&root, "systolic_bp", "151").await;
    assert!(!national_open(&root), "what the participant folded stays folded");
    click(&root, "[data-summary-item=waist] a").await;
    assert!(national_open(&root), "the summary's link to the waist opens it");
}

#[wasm_bindgen_test]
async fn hemoglobin_waits_for_the_sex_and_says_so() {
    let root = mount_app().await;
    type_into(&root, "hemoglobin", "12.5").await;
    assert!(text(&root, ".field:has(#hemoglobin) .hint").contains("性別を選ぶと"));
    assert!(root.query_selector("[data-band-for=hemoglobin]").unwrap().is_none());
    assert!(root.query_selector("[data-scale-for=hemoglobin]").unwrap().is_none());
    fill(&root, &[("sex", "male")]).await;
    assert_eq!(attribute(&root, "[data-band-for=hemoglobin]", "data-band").as_deref(), Some("guidance"));
    assert!(root.query_selector(".field:has(#hemoglobin) [data-scale-for=hemoglobin]").unwrap().is_some());
    assert_eq!(text(&root, ".field:has(#hemoglobin) .hint"), "");
    fill(&root, &[("sex", "female")]).await;
    assert_eq!(attribute(&root, "[data-band-for=hemoglobin]", "data-band").as_deref(), Some("normal"));
}

#[wasm_bindgen_test]
async fn the_precautions_that_concern_the_participant_are_in_the_result_in_full() {
    let root = mount_app().await;
    assert!(root.query_selector("[data-precaution-for-you]").unwrap().is_none());
    assert!(!one(&root, ".precautions details").has_attribute("open"), "the nine are folded");
    type_into(&root, "systolic_bp", "185").await;
    click(&root, "input[name=treated_now][value=yes]").await;
    // Under treatment: 1 and 2 (core/src/rules/precautions.rs); a criterion holds: 4.
    let for_you = texts(&root, "#result [data-precaution-for-you]");
    assert_eq!(for_you.len(), 3, "{for_you:?}");
    assert!(for_you[0].starts_with("治療中の疾病がある場合は"), "{}", for_you[0]);
    assert!(for_you[2].contains("以下の基準（※1）"), "{}", for_you[2]);
    assert_eq!(attribute(&root, "#result [data-precaution-for-you]", "value").as_deref(), Some("1"));
    assert!(!one(&root, ".precautions details").has_attribute("open"), "still folded: what concerns them is above");
}
