//! Which Webex download to offer first: the visitor's platform from the
//! browser's user agent, and the three download destinations. The leaflet asks
//! for the app on the device used on the day (STEP 2); offering that device's
//! download first saves a search, and the others stay one tap away.
//! Which app (Webex or Webex Meetings) and its links: `webex_app.rs`.

use crate::webex_app::WebexApp;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Platform {
    /// iPhone, iPod touch and iPad (iPadOS included).
    Ios,
    Android,
    Windows,
    Mac,
    Linux,
    /// Anything else, including ChromeOS and an empty user agent.
    Other,
}

impl Platform {
    pub const fn id(self) -> &'static str {
        match self {
            Platform::Ios => "ios",
            Platform::Android => "android",
            Platform::Windows => "windows",
            Platform::Mac => "mac",
            Platform::Linux => "linux",
            Platform::Other => "other",
        }
    }

    /// From `navigator.userAgent` and `navigator.maxTouchPoints`.
    ///
    /// iPadOS 13+ Safari asks for desktop sites with a Macintosh user agent;
    /// no Mac has a touch screen, so Macintosh with touch points is an iPad.
    /// Likewise Android tablets ask for desktop sites with an "X11; Linux"
    /// user agent: Linux with touch points is taken as Android, since few
    /// Linux desktops have touch screens and the desktop page is one tap away.
    pub fn detect(user_agent: &str, max_touch_points: u32) -> Platform {
        let has = |token: &str| user_agent.contains(token);
        let touch = max_touch_points > 1;
        if has("iPhone") || has("iPad") || has("iPod") {
            Platform::Ios
        } else if has("Android") {
            Platform::Android
        } else if has("Windows") {
            Platform::Windows
        } else if has("Macintosh") || has("Mac OS X") {
            if touch {
                Platform::Ios
            } else {
                Platform::Mac
            }
        } else if has("CrOS") {
            Platform::Other
        } else if has("Linux") || has("X11") {
            if touch {
                Platform::Android
            } else {
                Platform::Linux
            }
        } else {
            Platform::Other
        }
    }
}

/// Where the Webex app is downloaded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Store {
    AppStore,
    GooglePlay,
    /// Cisco's download page for Windows, macOS and Linux.
    Desktop,
}

impl Store {
    pub const fn id(self) -> &'static str {
        match self {
            Store::AppStore => "app-store",
            Store::GooglePlay => "google-play",
            Store::Desktop => "desktop",
        }
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Download {
    pub store: Store,
    pub url: &'static str,
}

/// The Webex app's three destinations, in the order the guide lists them
/// (the store IDs and their sources live in `webex_app.rs`, once).
pub const WEBEX_DOWNLOADS: [Download; 3] = crate::webex_app::WEBEX;

/// The default app's ([`WebexApp::Webex`]) download from this store; for the
/// operator's app use [`WebexApp::download`].
pub fn download(store: Store) -> &'static Download {
    WebexApp::Webex.download(store)
}

/// The default app's download for this platform; anything not mobile gets the
/// desktop page, which also links to the mobile stores. For the operator's app
/// use [`WebexApp::recommended_download`].
pub fn recommended_download(platform: Platform) -> &'static Download {
    WebexApp::Webex.recommended_download(platform)
}

pub(crate) fn recommended_store(platform: Platform) -> Store {
    match platform {
        Platform::Ios => Store::AppStore,
        Platform::Android => Store::GooglePlay,
        Platform::Windows | Platform::Mac | Platform::Linux | Platform::Other => Store::Desktop,
    }
}

/// The default app's two others, most likely first: a phone user's other
/// device is most likely a PC, so after a mobile store comes the desktop page;
/// after the desktop page, the App Store then Google Play. For the operator's
/// app use [`WebexApp::other_downloads`].
pub fn other_downloads(platform: Platform) -> [&'static Download; 2] {
    WebexApp::Webex.other_downloads(platform)
}

pub(crate) fn other_stores(platform: Platform) -> [Store; 2] {
    match recommended_store(platform) {
        Store::AppStore => [Store::Desktop, Store::GooglePlay],
        Store::GooglePlay => [Store::Desktop, Store::AppStore],
        Store::Desktop => [Store::AppStore, Store::GooglePlay],
    }
}
