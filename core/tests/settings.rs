//! Operator settings: valid ones apply, anything else falls back to the
//! default with a warning, and nothing breaks.

use kenshin_core::settings::{contrast_with_white, Contact, Settings, DEFAULT_COUNSELLOR_NUMBER, DEFAULT_PRIVACY_URL};
use kenshin_core::WebexApp;

fn settings(pairs: &[(&str, &str)]) -> (Settings, Vec<String>) {
    Settings::from_pairs(pairs.iter().copied())
}

#[test]
fn no_settings_means_the_leaflet_defaults() {
    let (settings, warnings) = settings(&[]);
    assert_eq!(settings, Settings::default());
    assert!(warnings.is_empty());
    assert_eq!(settings.counsellor_number, DEFAULT_COUNSELLOR_NUMBER);
    assert_eq!(settings.counsellor_tel(), "0120559870");
    assert_eq!(settings.privacy_url, DEFAULT_PRIVACY_URL);
    assert_eq!(settings.contact, Contact::PhoneOrEmail);
    assert_eq!(settings.video_url, None, "the leaflet gives no video address: no link");
}

#[test]
fn valid_settings_apply() {
    let (settings, warnings) = settings(&[
        ("insurer-name", " 〇〇健康保険組合 "),
        ("contact", "email"),
        ("counsellor-number", "03-1234-5678"),
        ("privacy-url", "https://insurer.example.jp/privacy"),
        ("video-url", "https://video.example.jp/guide?v=1"),
        ("default-lang", "en"),
        ("accent-colour", "#0B5CAD"),
        ("allowed-parents", "https://portal.example.jp  http://127.0.0.1:4100"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(settings.insurer_name.as_deref(), Some("〇〇健康保険組合"));
    assert_eq!(settings.contact, Contact::Email);
    assert_eq!(settings.counsellor_tel(), "0312345678");
    assert_eq!(settings.privacy_url, "https://insurer.example.jp/privacy");
    assert_eq!(settings.video_url.as_deref(), Some("https://video.example.jp/guide?v=1"));
    assert_eq!(settings.default_lang, Some("en"));
    assert_eq!(settings.accent_colour.as_deref(), Some("#0b5cad"));
    assert!(settings.allows_parent("https://portal.example.jp"));
    assert!(settings.allows_parent("http://127.0.0.1:4100"));
    assert!(!settings.allows_parent("https://evil.example"));
}

#[test]
fn invalid_or_unknown_settings_fall_back_with_a_warning() {
    #[rustfmt::skip]
    let table: &[(&str, &str)] = &[
        ("insurer-name", "健保\u{7}"),
        ("contact", "fax"),
        ("counsellor-number", "call us"),
        ("counsellor-number", "0120-559"),
        ("privacy-url", "http://insecure.example/privacy"),
        ("privacy-url", "javascript:alert(1)"),
        ("privacy-url", "https://x.example/\"><script>"),
        ("video-url", "http://video.example.jp/guide"),
        ("video-url", "javascript:alert(1)"),
        ("default-lang", "fr"),
        ("accent-colour", "red"),
        ("accent-colour", "#ffff00"),            // white text on yellow: unreadable
        ("allowed-parents", "portal.example.jp"),
        ("allowed-parents", "http://portal.example.jp"),
        ("allowed-parents", "https://portal.example.jp/path"),
        ("colour", "#000000"),                   // unknown name
        ("webex-app", "teams"),
        ("webex-app", "Webex"),                  // values are exact, like contact's
    ];
    for &(name, value) in table {
        let (settings, warnings) = settings(&[(name, value)]);
        assert_eq!(settings, Settings::default(), "{name}={value}");
        assert_eq!(warnings.len(), 1, "{name}={value}");
        assert!(warnings[0].contains(name), "{}", warnings[0]);
    }
}

#[test]
fn an_empty_setting_keeps_its_default_quietly() {
    let (settings, warnings) = settings(&[("insurer-name", ""), ("allowed-parents", " "), ("accent-colour", "")]);
    assert_eq!(settings, Settings::default());
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn an_html_looking_insurer_name_is_kept_as_text() {
    // The shell renders it as a text node, so it cannot become markup.
    let (settings, warnings) = settings(&[("insurer-name", "<b>健保</b>")]);
    assert!(warnings.is_empty());
    assert_eq!(settings.insurer_name.as_deref(), Some("<b>健保</b>"));
}

#[test]
fn contrast_follows_wcag() {
    assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 0.01);
    assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 0.01);
    assert!(contrast_with_white([0x0b, 0x5c, 0xad]) >= 4.5);
    assert!(contrast_with_white([0x76, 0x76, 0x76]) >= 4.5); // the lightest grey that passes
    assert!(contrast_with_white([0x77, 0x77, 0x77]) < 4.5);
}

#[test]
fn the_webex_app_setting() {
    #[rustfmt::skip]
    let table: &[(&str, WebexApp, bool)] = &[
        ("webex",          WebexApp::Webex,         false),
        ("webex-meetings", WebexApp::WebexMeetings, false),
        (" webex-meetings ", WebexApp::WebexMeetings, false),
        ("",               WebexApp::Webex,         false), // empty: the default, quietly
        ("meetings",       WebexApp::Webex,         true),  // unknown: the default and a warning
    ];
    for &(value, expected, warns) in table {
        let (settings, warnings) = settings(&[("webex-app", value)]);
        assert_eq!(settings.webex_app, expected, "{value:?}");
        assert_eq!(warnings.len(), usize::from(warns), "{value:?}: {warnings:?}");
        if warns {
            assert!(warnings[0].contains("kenshin:webex-app") && warnings[0].contains(value), "{}", warnings[0]);
        }
    }
    assert_eq!(Settings::default().webex_app, WebexApp::Webex);
}
