//! Which Cisco app the operator's meetings need, where to get it, what a device
//! needs to run it, and which PC browsers can join without installing anything.
//!
//! Data only: the shell owns every sentence and turns these enums and numbers
//! into words per language.
//!
//! For the shell:
//! - `settings.webex_app` (operator setting `kenshin:webex-app`, see
//!   `settings.rs`) is a [`WebexApp`].
//! - [`WebexApp::recommended_download`] / [`WebexApp::other_downloads`]: the
//!   links for this [`Platform`], in the order `Platform::store` and
//!   `Platform::other_stores` give.
//! - [`WebexApp::requirements`]: rows of [`DeviceRequirement`]; an empty slice
//!   means Cisco publishes nothing citable for that app: show no numbers.
//!   [`WebexApp::requirement_for`] picks the row for a platform, if any.
//! - [`WebexApp::signed_out_after_months`]: an app (or an app on an
//!   unsupported OS) older than this may be signed out.
//! - [`BROWSER_JOIN`]: the browsers a PC can join from, with their limits.

use crate::platform::{Platform, Store};

/// One of an app's download links: the store and the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Download {
    pub store: Store,
    pub url: &'static str,
}

/// A download link's place in the guide: the one for this device (styled as
/// the primary link) or one of the others; its id is the `data-webex` hook
/// (docs/product.md, "Stable hooks").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkRole {
    Recommended,
    Other,
}

impl LinkRole {
    pub const fn id(self) -> &'static str {
        match self {
            LinkRole::Recommended => "recommended",
            LinkRole::Other => "other",
        }
    }
}

/// The mobile app the participant installs. Cisco's "Webex App support
/// policy" (help.webex.com/en-us/article/ne3khsm, last updated 2026-03-05,
/// section "Webex App and Webex Meetings mobile app"): customers on the Webex
/// Suite meeting platform join in the Webex app; customers not on it keep
/// using the Webex Meetings mobile app, and the Webex mobile app cannot join
/// those meetings. So the operator has to say which one (one question to
/// their Webex administrator: is our site on the Webex Suite meeting platform?).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum WebexApp {
    /// The unified Webex app (formerly Cisco Spark / Webex Teams).
    #[default]
    Webex,
    /// The older Webex Meetings mobile app.
    WebexMeetings,
}

// Each store ID is written here once.
/// The Webex app's three destinations, in `Store` order.
pub const WEBEX: [Download; 3] = [
    // id833967564: help.webex.com/en-us/article/uragif "Webex for Government app
    // installation" (last updated 2026-02-27), step "Download Webex App": iPhone and
    // iPad → apps.apple.com/us/app/cisco-spark/id833967564. The /jp/ store front
    // without the slug opens the same app in Japanese.
    Download { store: Store::AppStore, url: "https://apps.apple.com/jp/app/id833967564" },
    // com.cisco.wx2.android: the same uragif step, Android → Google Play
    // play.google.com/store/apps/details?id=com.cisco.wx2.android.
    Download { store: Store::GooglePlay, url: "https://play.google.com/store/apps/details?id=com.cisco.wx2.android" },
    DESKTOP,
];

/// The Webex Meetings app's three destinations, in `Store` order.
pub const WEBEX_MEETINGS: [Download; 3] = [
    // id298844386: help.webex.com/en-us/article/ne3khsm "Webex App support policy"
    // (last updated 2026-03-05), "Webex Meetings app for iOS" →
    // apps.apple.com/us/app/webex-meetings/id298844386. /jp/ store front as above.
    Download { store: Store::AppStore, url: "https://apps.apple.com/jp/app/id298844386" },
    // com.cisco.webex.meetings: the same ne3khsm section, "Webex Meetings app for
    // Android" → play.google.com/store/apps/details?id=com.cisco.webex.meetings.
    Download {
        store: Store::GooglePlay,
        url: "https://play.google.com/store/apps/details?id=com.cisco.webex.meetings",
    },
    DESKTOP,
];

// Linked as "Downloads" from webex.com's own footer (2026) and used by nixpkgs'
// "Webex for Linux" package as its download page: Windows, macOS and Linux. One page
// for both apps: on a PC the guide offers joining from the browser first anyway.
const DESKTOP: Download = Download { store: Store::Desktop, url: "https://www.webex.com/downloads.html" };

impl WebexApp {
    pub const ALL: [WebexApp; 2] = [WebexApp::Webex, WebexApp::WebexMeetings];

    /// The value of the `kenshin:webex-app` setting, and a stable hook for the
    /// shell (`data-webex-app`).
    pub const fn id(self) -> &'static str {
        match self {
            WebexApp::Webex => "webex",
            WebexApp::WebexMeetings => "webex-meetings",
        }
    }

    /// The app's name as the stores and Cisco write it, the same in every
    /// language: a product name is not translated.
    pub const fn name(self) -> &'static str {
        match self {
            WebexApp::Webex => "Webex",
            WebexApp::WebexMeetings => "Webex Meetings",
        }
    }

    pub fn from_id(id: &str) -> Option<WebexApp> {
        WebexApp::ALL.into_iter().find(|app| app.id() == id)
    }

    /// App Store, Google Play, desktop page.
    pub const fn downloads(self) -> &'static [Download; 3] {
        match self {
            WebexApp::Webex => &WEBEX,
            WebexApp::WebexMeetings => &WEBEX_MEETINGS,
        }
    }

    pub const fn download(self, store: Store) -> &'static Download {
        let downloads = self.downloads();
        match store {
            Store::AppStore => &downloads[0],
            Store::GooglePlay => &downloads[1],
            Store::Desktop => &downloads[2],
        }
    }

    /// The download for this platform's store (`Platform::store`).
    pub fn recommended_download(self, platform: Platform) -> &'static Download {
        self.download(platform.store())
    }

    /// The two others, most likely first (`Platform::other_stores`).
    pub fn other_downloads(self, platform: Platform) -> [&'static Download; 2] {
        platform.other_stores().map(|store| self.download(store))
    }

    /// What a phone or tablet needs; empty when Cisco publishes nothing
    /// citable for this app (then the shell shows no numbers at all).
    pub const fn requirements(self) -> &'static [DeviceRequirement] {
        match self {
            WebexApp::Webex => &WEBEX_REQUIREMENTS,
            // help.webex.com n6rk5el (2025-12-09) sends the Meetings mobile app's
            // requirements to article nowvmhw "Support for the Meetings mobile app",
            // which could not be read to cite: no numbers rather than a guess.
            WebexApp::WebexMeetings => &[],
        }
    }

    /// The row for this platform, if the app has one (iPhone/iPad, Android).
    pub fn requirement_for(self, platform: Platform) -> Option<&'static DeviceRequirement> {
        let os = match platform {
            Platform::Ios => MobileOs::Ios,
            Platform::Android => MobileOs::Android,
            _ => return None,
        };
        self.requirements().iter().find(|row| row.os == os)
    }

    /// ne3khsm, "Mobile" → "Versions supported": a version of the Webex app
    /// more than six months old may be forced to sign out; and under "OS
    /// requirements": on an unsupported OS the store stops offering updates,
    /// and the app may be signed out after six months. None for the Meetings
    /// app: nothing citable found.
    pub const fn signed_out_after_months(self) -> Option<u32> {
        match self {
            WebexApp::Webex => Some(6),
            WebexApp::WebexMeetings => None,
        }
    }
}

/// iOS covers iPadOS: Cisco states them together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MobileOs {
    /// iPhone (iOS) and iPad (iPadOS), same version numbers.
    Ios,
    Android,
}

impl MobileOs {
    /// 0 for iOS, 1 for Android: the order of the text tables' per-OS words.
    pub const fn index(self) -> usize {
        match self {
            MobileOs::Ios => 0,
            MobileOs::Android => 1,
        }
    }
}

/// One row of what a device needs to run the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceRequirement {
    pub os: MobileOs,
    /// The oldest supported major version ("17" → iOS 17 or newer).
    pub min_os_major: u32,
    /// Cisco's minimum memory, when it states one.
    pub min_ram_gb: Option<u32>,
    /// Cisco's recommended memory, when it states one.
    pub recommended_ram_gb: Option<u32>,
}

/// help.webex.com/en-us/article/ne3khsm "Webex App support policy", last updated
/// 2026-03-05, tab "Mobile", section "OS requirements".
const WEBEX_REQUIREMENTS: [DeviceRequirement; 2] = [
    // "Starting October 7, 2025, Webex App 45.10 and later versions will support …
    // iOS 17 and iPadOS 17 (and newer versions)"; 45.9 was the last for iOS 16.
    DeviceRequirement { os: MobileOs::Ios, min_os_major: 17, min_ram_gb: None, recommended_ram_gb: None },
    // "Starting April 2026, Webex App will not be supported on Android 11. Webex
    // version 46.4 will be the last version supporting Android 11." So Android 12 or
    // newer. "Minimum memory requirement: 4 GB of RAM; Minimum memory recommended:
    // 6 GB of RAM."
    DeviceRequirement { os: MobileOs::Android, min_os_major: 12, min_ram_gb: Some(4), recommended_ram_gb: Some(6) },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Browser {
    Chrome,
    Edge,
    /// Firefox, not the Extended Support Release.
    Firefox,
    Safari,
}

/// One browser a PC can join a meeting from, without installing the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrowserJoin {
    pub browser: Browser,
    /// The desktop platforms Cisco lists it on.
    pub platforms: &'static [Platform],
    /// The highest video it sends, in lines (720 → 720p), when Cisco states one.
    pub sends_video_up_to: Option<u32>,
    pub can_share_screen: bool,
    /// True for Firefox: Cisco says "Mozilla Firefox ESR isn't supported".
    pub esr_excluded: bool,
}

/// help.webex.com/en-us/article/n6rk5el "Webex Meetings System Requirements and
/// Cross-Platform Information", last updated 2025-12-09: "Browsers" and "Meetings
/// Web app supported operating systems and browsers". Chrome and Firefox send up
/// to 720p and share content; Edge sends video (no resolution given) and shares
/// content; Safari (Mac only) sends 540p and cannot share content; Firefox ESR is
/// not supported.
pub const BROWSER_JOIN: [BrowserJoin; 4] = [
    BrowserJoin {
        browser: Browser::Chrome,
        platforms: &[Platform::Windows, Platform::Mac, Platform::Linux],
        sends_video_up_to: Some(720),
        can_share_screen: true,
        esr_excluded: false,
    },
    BrowserJoin {
        browser: Browser::Edge,
        platforms: &[Platform::Windows, Platform::Mac],
        sends_video_up_to: None,
        can_share_screen: true,
        esr_excluded: false,
    },
    BrowserJoin {
        browser: Browser::Firefox,
        platforms: &[Platform::Windows, Platform::Mac, Platform::Linux],
        sends_video_up_to: Some(720),
        can_share_screen: true,
        esr_excluded: true,
    },
    BrowserJoin {
        browser: Browser::Safari,
        platforms: &[Platform::Mac],
        sends_video_up_to: Some(540),
        can_share_screen: false,
        esr_excluded: false,
    },
];

/// The browsers Cisco lists for this platform, in `BROWSER_JOIN` order.
pub fn browsers_for(platform: Platform) -> impl Iterator<Item = &'static BrowserJoin> {
    BROWSER_JOIN.iter().filter(move |row| row.platforms.contains(&platform))
}
