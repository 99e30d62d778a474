//! The device, from real user agents, and the store it gets apps from first.

use kenshin_core::platform::Store;
use kenshin_core::Platform::{self, *};

#[test]
fn platforms_from_real_user_agents() {
    #[rustfmt::skip]
    let table: &[(&str, &str, u32, Platform)] = &[
        ("iPhone Safari",
         "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", 5, Ios),
        ("iPhone Chrome",
         "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1", 5, Ios),
        ("iPad Safari, desktop mode (iPadOS 13+)",
         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", 5, Ios),
        ("iPad Safari, iPadOS 12",
         "Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1", 5, Ios),
        ("Android Chrome",
         "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36", 5, Android),
        ("Android Samsung Internet",
         "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36", 5, Android),
        ("Android Firefox",
         "Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0", 5, Android),
        ("Android tablet Chrome, desktop site",
         "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 10, Android),
        ("Windows Chrome",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 0, Windows),
        ("Windows Edge on a touch screen",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51", 10, Windows),
        ("macOS Safari",
         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15", 0, Mac),
        ("macOS Chrome",
         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 0, Mac),
        ("Linux Firefox",
         "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", 0, Linux),
        ("ChromeOS",
         "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 0, Other),
        ("empty", "", 0, Other),
        ("iPad, no touch points reported",
         "Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1", 0, Ios),
        ("iPod, no touch points reported",
         "Mozilla/5.0 (iPod; CPU OS 9_3 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13E233", 0, Ios),
        ("macOS, one touch point (a pen or a trackpad, not a touch screen)",
         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15", 1, Mac),
        ("Mac OS X without Macintosh (an old Firefox)",
         "Mozilla/5.0 (Mac OS X 10.6; rv:2.0) Gecko/20100101 Firefox/4.0", 0, Mac),
        ("Linux under Wayland, no X11 in the agent",
         "Mozilla/5.0 (Wayland; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", 0, Linux),
    ];
    for &(name, user_agent, touch_points, expected) in table {
        assert_eq!(Platform::detect(user_agent, touch_points), expected, "{name}");
    }
}

#[test]
fn each_platform_is_offered_its_own_store_first_and_the_others_after() {
    use Store::*;
    #[rustfmt::skip]
    let table: &[(Platform, Store, [Store; 2])] = &[
        (Ios,     AppStore,   [Desktop, GooglePlay]),
        (Android, GooglePlay, [Desktop, AppStore]),
        (Windows, Desktop,    [AppStore, GooglePlay]),
        (Mac,     Desktop,    [AppStore, GooglePlay]),
        (Linux,   Desktop,    [AppStore, GooglePlay]),
        (Other,   Desktop,    [AppStore, GooglePlay]),
    ];
    for &(platform, recommended, others) in table {
        assert_eq!(platform.store(), recommended, "{platform:?}");
        assert_eq!(platform.other_stores(), others, "{platform:?}");
    }
}

#[test]
fn the_stable_hooks_of_devices_and_stores() {
    // docs/product.md, "Stable hooks".
    assert_eq!(
        [Ios, Android, Windows, Mac, Linux, Other].map(Platform::id),
        ["ios", "android", "windows", "mac", "linux", "other"]
    );
    assert_eq!(
        [Store::AppStore, Store::GooglePlay, Store::Desktop].map(Store::id),
        ["app-store", "google-play", "desktop"]
    );
}
