//! Component tests of the national bands and the estimated support level inside
//! the app (docs/product.md, "National bands and support level"): what the
//! participant reads, in both languages, beside and apart from the verdict.
//! The rules themselves are the core's tables (core/tests/bands.rs,
//! core/tests/stratification.rs); this proves the page says what they decide.

#![cfg(target_arch = "wasm32")]

mod support;

use support::page::{attribute, click, fill, mount_app, text, verdict};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A 58-year-old man, waist 92 cm: group A, with blood pressure, lipid and
/// glucose risks; no programme criterion holds.
const ACTIVE: Values = &[
    ("sex", "male"),
    ("age", "58"),
    ("systolic_bp", "142"),
    ("diastolic_bp", "88"),
    ("glucose", "110"),
    ("hba1c", "5.9"),
    ("ast", "35"),
    ("alt", "40"),
    ("ggt", "80"),
    ("waist", "92"),
    ("height", "170"),
    ("weight", "78"),
    ("triglycerides", "180"),
    ("hdl", "38"),
];

/// Controls set as a participant would, by id: (control, value).
type Values = &'static [(&'static str, &'static str)];

fn support_level(root: &Element) -> String {
    attribute(root, "[data-support-level]", "data-support-level").unwrap_or_default()
}

/// The support section's words in Japanese, then in English (the toggle is
/// switched back so the next test starts in Japanese).
async fn support_words(root: &Element) -> (String, String) {
    let ja = text(root, "[data-support-level]");
    click(root, ".lang-toggle").await;
    let en = text(root, "[data-support-level]");
    click(root, ".lang-toggle").await;
    (ja, en)
}

#[wasm_bindgen_test]
async fn each_support_level_is_said_with_its_reason_in_both_languages() {
    #[rustfmt::skip]
    let table: &[(&str, Values, &str, &str)] = &[
        ("active",       &[],                                     "積極的支援", "Active support"),
        ("motivational", &[("age", "67")],                        "65〜74歳",   "65–74"),
        ("information",  &[("med_bp", "yes")],                    "血圧の薬",   "medicine for blood pressure"),
    ];
    for &(level, change, ja, en) in table {
        let root = mount_app().await;
        fill(&root, ACTIVE).await;
        fill(&root, change).await;
        assert_eq!(support_level(&root), level);
        let (ja_words, en_words) = support_words(&root).await;
        assert!(ja_words.contains(ja), "{level}: {ja_words}");
        assert!(en_words.contains(en), "{level}: {en_words}");
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn an_incomplete_level_names_what_it_still_needs() {
    let root = mount_app().await;
    fill(&root, &[("waist", "88"), ("systolic_bp", "135")]).await;
    assert_eq!(support_level(&root), "incomplete");
    let (ja, en) = support_words(&root).await;
    assert!(ja.contains("性別"), "{ja}");
    assert!(en.contains("Sex"), "{en}");
    root.remove();
}

#[wasm_bindgen_test]
async fn bands_sit_beside_each_value_in_words_apart_from_the_verdict() {
    let root = mount_app().await;
    fill(&root, ACTIVE).await;
    fill(&root, &[("urine_protein", "+-")]).await;
    // The programme's own criteria do not hold: the verdict stays may-start.
    assert_eq!(verdict(&root), "may-start");
    let band = |key: &str| attribute(&root, &format!("[data-band-for=\"{key}\"]"), "data-band");
    assert_eq!(band("systolic_bp").as_deref(), Some("see-doctor"));
    for key in ["diastolic_bp", "glucose", "hba1c", "ast", "ggt", "triglycerides", "hdl", "urine_protein"] {
        assert_eq!(band(key).as_deref(), Some("guidance"), "{key}");
    }
    let words = text(&root, "[data-band-for=\"systolic_bp\"]");
    assert!(words.contains("受診勧奨判定値") && words.contains("140 mmHg 以上"), "{words}");
    assert!(text(&root, ".national-intro").contains("別のもの"));
    click(&root, ".lang-toggle").await;
    let words = text(&root, "[data-band-for=\"systolic_bp\"]");
    assert!(words.contains("See-a-doctor level") && words.contains("140 mmHg or higher"), "{words}");
    assert!(text(&root, ".national-intro").contains("separate from the Result"));
    click(&root, ".lang-toggle").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn random_triglycerides_use_the_random_limit_and_non_hdl_is_banded_only_without_ldl() {
    let root = mount_app().await;
    let band = |key: &str| attribute(&root, &format!("[data-band-for=\"{key}\"]"), "data-band");
    fill(&root, &[("triglycerides", "160"), ("non_hdl", "155")]).await;
    assert_eq!(band("triglycerides").as_deref(), Some("guidance"));
    fill(&root, &[("tg_timing", "random")]).await;
    assert_eq!(band("triglycerides").as_deref(), Some("normal"));
    assert_eq!(band("non_hdl").as_deref(), Some("guidance"));
    fill(&root, &[("ldl", "100")]).await;
    assert_eq!(band("non_hdl"), None);
    assert_eq!(band("ldl").as_deref(), Some("normal"));
    root.remove();
}
