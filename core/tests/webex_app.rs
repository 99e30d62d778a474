//! The operator's Cisco app: its links per device, what a device needs, and
//! the PC browsers that join without installing anything.

use kenshin_core::platform::Store;
use kenshin_core::webex_app::{
    browsers_for, Browser, DeviceRequirement, MobileOs, BROWSER_JOIN, WEBEX, WEBEX_MEETINGS,
};
use kenshin_core::Platform::{self, *};
use kenshin_core::WebexApp::{self, *};

#[test]
fn each_app_has_its_own_store_entries() {
    #[rustfmt::skip]
    let table: &[(WebexApp, Platform, &str)] = &[
        (Webex,         Ios,     "https://apps.apple.com/jp/app/id833967564"),
        (Webex,         Android, "https://play.google.com/store/apps/details?id=com.cisco.wx2.android"),
        (Webex,         Windows, "https://www.webex.com/downloads.html"),
        (WebexMeetings, Ios,     "https://apps.apple.com/jp/app/id298844386"),
        (WebexMeetings, Android, "https://play.google.com/store/apps/details?id=com.cisco.webex.meetings"),
        (WebexMeetings, Mac,     "https://www.webex.com/downloads.html"),
        (WebexMeetings, Other,   "https://www.webex.com/downloads.html"),
    ];
    for &(app, platform, url) in table {
        assert_eq!(app.recommended_download(platform).url, url, "{app:?} on {platform:?}");
    }
}

#[test]
fn the_others_come_in_the_same_order_for_both_apps() {
    use Store::*;
    #[rustfmt::skip]
    let table: &[(Platform, Store, [Store; 2])] = &[
        (Ios,     AppStore,   [Desktop, GooglePlay]),
        (Android, GooglePlay, [Desktop, AppStore]),
        (Windows, Desktop,    [AppStore, GooglePlay]),
        (Linux,   Desktop,    [AppStore, GooglePlay]),
    ];
    for app in WebexApp::ALL {
        for &(platform, recommended, others) in table {
            assert_eq!(app.recommended_download(platform).store, recommended, "{app:?} {platform:?}");
            assert_eq!(app.other_downloads(platform).map(|d| d.store), others, "{app:?} {platform:?}");
        }
        assert_eq!(app.downloads().map(|d| d.store), [AppStore, GooglePlay, Desktop]);
    }
}

#[test]
fn the_three_destinations_are_https_and_distinct() {
    let stores = WEBEX.map(|download| download.store);
    assert_eq!(stores, [Store::AppStore, Store::GooglePlay, Store::Desktop]);
    for download in WEBEX {
        assert!(download.url.starts_with("https://"), "{download:?}");
    }
    for (i, a) in WEBEX.iter().enumerate() {
        for b in &WEBEX[i + 1..] {
            assert_ne!(a.url, b.url, "{:?} and {:?} lead to the same place", a.store, b.store);
        }
    }
    assert!(WEBEX[0].url.starts_with("https://apps.apple.com/"));
    assert!(WEBEX[1].url.starts_with("https://play.google.com/store/apps/details?id="));
}

#[test]
fn no_store_id_is_shared_between_the_apps() {
    for store in [Store::AppStore, Store::GooglePlay] {
        assert_ne!(Webex.download(store).url, WebexMeetings.download(store).url, "{store:?}");
    }
    for download in WEBEX.iter().chain(&WEBEX_MEETINGS) {
        assert!(download.url.starts_with("https://"), "{download:?}");
    }
}

#[test]
fn ids_round_trip() {
    for app in WebexApp::ALL {
        assert_eq!(WebexApp::from_id(app.id()), Some(app));
    }
    assert_eq!(Webex.id(), "webex");
    assert_eq!(WebexMeetings.id(), "webex-meetings");
    assert_eq!(WebexApp::from_id("Webex"), None, "ids are exact");
    assert_eq!(WebexApp::from_id("teams"), None);
}

#[test]
fn device_requirements_per_app() {
    #[rustfmt::skip]
    let table: &[(WebexApp, Platform, Option<DeviceRequirement>)] = &[
        (Webex, Ios, Some(DeviceRequirement { os: MobileOs::Ios, min_os_major: 17, min_ram_gb: None, recommended_ram_gb: None })),
        (Webex, Android, Some(DeviceRequirement { os: MobileOs::Android, min_os_major: 12, min_ram_gb: Some(4), recommended_ram_gb: Some(6) })),
        (Webex, Windows, None),
        (Webex, Other, None),
        // Nothing citable for the Meetings app: no numbers, never a guess.
        (WebexMeetings, Ios, None),
        (WebexMeetings, Android, None),
    ];
    for &(app, platform, expected) in table {
        assert_eq!(app.requirement_for(platform).copied(), expected, "{app:?} on {platform:?}");
    }
    assert_eq!(Webex.requirements().len(), 2);
    assert!(WebexMeetings.requirements().is_empty());
    assert_eq!(Webex.signed_out_after_months(), Some(6));
    assert_eq!(WebexMeetings.signed_out_after_months(), None);
}

#[test]
fn pc_browsers_that_join_without_the_app() {
    #[rustfmt::skip]
    let table: &[(Platform, &[Browser])] = &[
        (Windows, &[Browser::Chrome, Browser::Edge, Browser::Firefox]),
        (Mac,     &[Browser::Chrome, Browser::Edge, Browser::Firefox, Browser::Safari]),
        (Linux,   &[Browser::Chrome, Browser::Firefox]),
        (Ios,     &[]),
        (Android, &[]),
    ];
    for &(platform, browsers) in table {
        let found: Vec<Browser> = browsers_for(platform).map(|row| row.browser).collect();
        assert_eq!(found, browsers, "{platform:?}");
    }
    let row = |browser| BROWSER_JOIN.iter().find(|row| row.browser == browser).unwrap();
    assert_eq!(row(Browser::Safari).sends_video_up_to, Some(540));
    assert!(!row(Browser::Safari).can_share_screen);
    assert!(row(Browser::Firefox).esr_excluded);
    assert_eq!(BROWSER_JOIN.iter().filter(|row| row.esr_excluded).count(), 1);
    assert_eq!(row(Browser::Chrome).sends_video_up_to, Some(720));
    assert_eq!(row(Browser::Edge).sends_video_up_to, None, "Cisco gives no resolution for Edge");
}

#[test]
fn names_hooks_and_the_order_of_the_per_os_words() {
    // A product name is the same in every language; the link roles are `data-webex` hooks.
    assert_eq!(WebexApp::ALL.map(WebexApp::name), ["Webex", "Webex Meetings"]);
    use kenshin_core::webex_app::LinkRole;
    assert_eq!([LinkRole::Recommended, LinkRole::Other].map(LinkRole::id), ["recommended", "other"]);
    assert_eq!([MobileOs::Ios, MobileOs::Android].map(MobileOs::index), [0, 1]);
}
