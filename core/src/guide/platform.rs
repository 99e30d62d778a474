//! The visitor's device from the browser's user agent, and where such a
//! device gets apps. The leaflet asks for the app on the device used on the
//! day (STEP 2); offering that device's store first saves a search, and the
//! others stay one tap away. Which app (Webex or Webex Meetings) and its links
//! in each store: `webex_app.rs`, which reads this file (never the reverse).

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

impl Platform {
    /// Where this device gets apps; anything not mobile gets the desktop page,
    /// which also links to the mobile stores.
    pub const fn store(self) -> Store {
        match self {
            Platform::Ios => Store::AppStore,
            Platform::Android => Store::GooglePlay,
            Platform::Windows | Platform::Mac | Platform::Linux | Platform::Other => Store::Desktop,
        }
    }

    /// The two other stores, most likely first: a phone user's other device
    /// is most likely a PC, so after a mobile store comes the desktop page;
    /// after the desktop page, the App Store then Google Play.
    pub const fn other_stores(self) -> [Store; 2] {
        match self.store() {
            Store::AppStore => [Store::Desktop, Store::GooglePlay],
            Store::GooglePlay => [Store::Desktop, Store::AppStore],
            Store::Desktop => [Store::AppStore, Store::GooglePlay],
        }
    }
}
