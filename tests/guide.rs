//! Component tests of the session guide in headless Chromium: the guide
//! mounted on its own (no operator settings: the leaflet's defaults) and
//! within the app, and the shape of its two text tables.

#![cfg(target_arch = "wasm32")]

mod support;

use kenshin_check::components::guide::{Guide, GuideProps};
use kenshin_check::text::privacy_notice::PrivacyNotice;
use kenshin_check::text::Lang;
use kenshin_core::Date;
use support::page::{click, mount_app, new_root, one, text, texts, type_into};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount_guide(lang: Lang) -> Element {
    let root = new_root();
    yew::Renderer::<Guide>::with_root_and_props(
        root.clone(),
        GuideProps { lang, today: Date { year: 2026, month: 12, day: 1 } },
    )
    .render();
    support::until("the guide has rendered", || root.query_selector("[data-guide-part]").unwrap().is_some()).await;
    support::settled(&root).await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn every_part_is_there_in_order_with_the_leaflet_defaults() {
    let root = mount_guide(Lang::En).await;
    let parts: Vec<String> = (0..count(&root, "[data-guide-part]"))
        .map(|i| {
            let node = root.query_selector_all("[data-guide-part]").unwrap().item(i).unwrap();
            node.unchecked_into::<Element>().get_attribute("data-guide-part").unwrap()
        })
        .collect();
    assert_eq!(parts, ["steps", "appointment", "webex", "prepare", "data", "camera", "join", "privacy"]);
    assert_eq!(
        one(&root, "[data-guide-part=steps] a[href^='tel:']").get_attribute("href").as_deref(),
        Some("tel:0120559870")
    );
    assert_eq!(count(&root, "[data-webex=recommended]"), 1);
    assert_eq!(count(&root, "[data-webex=other]"), 2);
    let privacy = one(&root, "a[href='https://www.sompo-hs.co.jp/privacy_form/']");
    assert_eq!(privacy.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert_eq!(count(&root, "[data-privacy-point]"), 7);
    assert_eq!(count(&root, "[data-precaution]"), 9);
    assert_eq!(count(&root, "[data-highlighted]"), 0, "nothing is marked in the guide");
    // Nothing starts on its own: no camera until the participant taps.
    assert_eq!(one(&root, "[data-camera-status]").get_attribute("data-camera-status").as_deref(), Some("idle"));
}

#[wasm_bindgen_test]
async fn the_checklist_counts_ticks_and_the_data_use_is_the_interviews() {
    let root = mount_guide(Lang::Ja).await;
    assert_eq!(one(&root, ".checklist-progress").get_attribute("data-ready").as_deref(), Some("0"));
    click(&root, "#prepare-2").await;
    click(&root, "#prepare-4").await;
    assert_eq!(one(&root, ".checklist-progress").get_attribute("data-ready").as_deref(), Some("2"));
    assert!(one(&root, ".checklist-progress").text_content().unwrap().contains("5 項目中 2 項目"));

    let data = one(&root, "#session-data");
    assert_eq!(data.get_attribute("data-megabytes").as_deref(), Some("660"));
    assert!(data.text_content().unwrap().contains("60分の面談で、およそ 660 MB（約 0.66 GB）"));
}

#[wasm_bindgen_test]
async fn the_appointment_shows_in_words_with_a_calendar_file_and_stays_across_pages() {
    let root = mount_app().await;
    click(&root, "[data-nav=guide]").await;
    assert_eq!(count(&root, "[data-action=add-to-calendar]"), 0, "no file without a date and a time");
    type_into(&root, "appointment_date", "2031-05-06").await;
    assert_eq!(count(&root, "[data-action=add-to-calendar]"), 0, "a date alone is not an appointment");
    type_into(&root, "appointment_time", "09:05").await;
    assert_eq!(one(&root, ".appointment strong").text_content().unwrap(), "2031年5月6日（火）9時05分から");
    let link = one(&root, "[data-action=add-to-calendar]");
    assert_eq!(link.get_attribute("download").as_deref(), Some("kenshin-interview-20310506-0905.ics"));
    assert!(!link.get_attribute("href").unwrap().starts_with("blob:"), "the file is made when tapped");
    // The test page stays: the browser's download is stopped after the app's handler ran.
    let stop = wasm_bindgen::closure::Closure::<dyn Fn(Event)>::new(|event: Event| event.prevent_default());
    gloo::utils::window().add_event_listener_with_callback("click", stop.as_ref().unchecked_ref()).unwrap();
    click(&root, "[data-action=add-to-calendar]").await;
    gloo::utils::window().remove_event_listener_with_callback("click", stop.as_ref().unchecked_ref()).unwrap();
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"), "tapped: the link points at the file");
    type_into(&root, "appointment_time", "").await;
    assert_eq!(count(&root, "[data-action=add-to-calendar]"), 0, "cleared time: no file");
    type_into(&root, "appointment_time", "10:00").await;
    click(&root, "[data-nav=checker]").await;
    click(&root, "[data-nav=guide]").await;
    let date: HtmlInputElement = one(&root, "#appointment_date").unchecked_into();
    assert_eq!(date.value(), "2031-05-06", "the appointment is an entry of the app, kept across pages");
}

#[wasm_bindgen_test]
async fn the_app_shows_the_guide_and_back_without_losing_values() {
    let root = mount_app().await;
    type_into(&root, "systolic_bp", "185").await;
    click(&root, "[data-nav=guide]").await;
    assert_eq!(count(&root, "[data-section=guide]"), 1);
    // The checker stays in the page, hidden, so a restart after a failure still finds what was typed.
    assert_eq!(count(&root, "main[hidden] #systolic_bp"), 1, "the checker is hidden while the guide shows");
    click(&root, "[data-nav=checker]").await;
    let field: HtmlInputElement = one(&root, "#systolic_bp").unchecked_into();
    assert_eq!(field.value(), "185");
}

/// The two tables say the same things: same number of list items, nothing empty.
#[wasm_bindgen_test]
fn both_languages_have_the_same_shape() {
    fn shape(notice: &PrivacyNotice) -> Vec<(usize, usize, usize)> {
        notice.points.iter().map(|p| (p.paragraphs.len(), p.list.len(), p.notes.len())).collect()
    }
    assert_eq!(shape(Lang::Ja.privacy_notice()), shape(Lang::En.privacy_notice()));
    for lang in [Lang::Ja, Lang::En] {
        let text = lang.guide();
        let mut all: Vec<&str> = vec![text.lead, text.steps_heading, text.webex_heading, text.camera_framed_operator];
        all.extend(text.step_titles);
        all.extend(text.join_steps);
        all.extend(text.app_promise);
        all.extend(text.prepare_items.iter().flat_map(|(item, note)| [*item, *note]));
        let notice = lang.privacy_notice();
        all.extend([notice.contact_heading, notice.contact_name, notice.contact_link]);
        for point in &notice.points {
            all.push(point.title);
            all.extend(point.paragraphs.iter().chain(point.list).chain(point.notes));
        }
        assert!(all.iter().all(|s| !s.trim().is_empty()));
        assert!(text.camera_framed_operator.contains("allow=\"camera; microphone\""));
    }
    assert!(!std::ptr::eq(Lang::Ja.guide(), Lang::En.guide()));
}

#[wasm_bindgen_test]
async fn the_three_steps_give_the_counsellor_number_as_a_tap_to_call_link() {
    #[rustfmt::skip]
    let table = [
        (Lang::Ja, "電話またはメール",       "健康保険組合・共済組合"),
        (Lang::En, "by phone or by e-mail", "health insurance society"),
    ];
    for (lang, contact, insurer) in table {
        let root = mount_guide(lang).await;
        let steps = texts(&root, "[data-guide-part=steps] .guide-step");
        assert_eq!(steps.len(), 3, "{lang:?}");
        assert!(steps[0].contains(contact) && steps[0].contains(insurer), "{lang:?}: {}", steps[0]);
        assert!(steps[1].contains("Webex"), "{lang:?}: {}", steps[1]);
        let call = "a[href='tel:0120559870']";
        assert_eq!(text(&root, &format!("[data-guide-part=steps] {call}")).trim(), "0120-559-870");
        // The join-day part repeats it: the counsellor calls when the connection fails.
        assert_eq!(count(&root, &format!("[data-guide-part=join] {call}")), 1, "{lang:?}");
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn the_data_use_and_the_join_day_steps_in_both_languages() {
    #[rustfmt::skip]
    let table = [
        (Lang::Ja, "60分の面談で、およそ 660 MB（約 0.66 GB）",          "ミーティング番号", "相談員よりお電話"),
        (Lang::En, "A 60-minute interview uses about 660 MB (about 0.66 GB)", "meeting number and password", "counsellor will phone you"),
    ];
    for (lang, data_use, meeting, trouble) in table {
        let root = mount_guide(lang).await;
        assert!(text(&root, "#session-data").contains(data_use), "{lang:?}");
        assert!(text(&root, "[data-guide-part=data]").contains("Wi-Fi"), "{lang:?}");
        let steps = texts(&root, ".join-steps li");
        assert_eq!(steps.len(), 4, "{lang:?}");
        assert!(steps[2].contains(meeting), "{lang:?}: {}", steps[2]);
        assert!(text(&root, ".join-trouble").contains(trouble), "{lang:?}");
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn privacy_shows_the_app_promise_first_then_the_leaflets_seven_points_and_the_contact() {
    // The leaflet's privacy section, copied word for word into the repository.
    let leaflet = include_str!("fixtures/leaflet-privacy.txt");
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '(' => '（',
                ')' => '）',
                other => other,
            })
            .collect()
    };
    for lang in [Lang::Ja, Lang::En] {
        let root = mount_guide(lang).await;
        let first = one(&root, "[data-guide-part=privacy] h2 + *");
        assert_eq!(
            first.get_attribute("data-app-promise").as_deref(),
            Some("true"),
            "{lang:?}: the promise comes first"
        );
        assert_eq!(count(&root, "[data-guide-part=privacy] [data-privacy-point]"), 7);
        let contact = one(&root, "[data-guide-part=privacy] a[href='https://www.sompo-hs.co.jp/privacy_form/']");
        assert_eq!(contact.get_attribute("target").as_deref(), Some("_blank"));
        if lang == Lang::Ja {
            // The leaflet's sentences appear word for word (its half-width brackets aside).
            let shown = squeeze(&text(&root, "[data-guide-part=privacy]"));
            for sentence in [
                "当社がお預かりした個人情報については、ご本人の同意がある場合、および法令等に基づく例外を除き、第三者に提供いたしません。",
                "当社がお預かりした個人情報を他者と共同利用することはありません。",
                "サービス改善のための分析",
                "なお、タブレット上でのクッキー情報を利用した個人情報の取得は行っていません。",
            ] {
                assert!(squeeze(leaflet).contains(&squeeze(sentence)), "the leaflet has: {sentence}");
                assert!(shown.contains(&squeeze(sentence)), "the guide shows: {sentence}");
            }
        }
        root.remove();
    }
}
