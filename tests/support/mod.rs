//! Waiting in the component tests: for a condition, checked at each yield to
//! the browser, with a timeout; never for a fixed time, which is either too
//! short on a slow machine (a flaky failure) or wasted on a fast one.

pub mod page;

use std::time::Duration;

use web_sys::Element;

/// Long enough for any render on a loaded CI machine; a test that needs more
/// is stuck, and says what it was waiting for.
const TIMEOUT_MS: f64 = 5_000.0;

/// Gives the browser one turn of its event loop. Yew renders in a microtask
/// queued by the event, and microtasks run before the next task, so after one
/// turn the render an event asked for has run (or is under way, if it was long
/// enough for Yew to yield between slices; `settled` covers that).
async fn yield_to_browser() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// Waits until `holds()` is true, checking after each yield to the browser;
/// panics with `what` after the timeout.
pub async fn until(what: &str, mut holds: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !holds() {
        assert!(js_sys::Date::now() - start < TIMEOUT_MS, "gave up after {TIMEOUT_MS} ms waiting until {what}");
        yield_to_browser().await;
    }
}

/// Waits until what `root` shows has stopped changing: the same markup before
/// and after a yield to the browser. Used after an event whose effect the test
/// then checks, including "nothing changed", which no positive condition can
/// wait for.
pub async fn settled(root: &Element) {
    let mut before = root.inner_html();
    let start = js_sys::Date::now();
    loop {
        yield_to_browser().await;
        let after = root.inner_html();
        if after == before {
            return;
        }
        assert!(js_sys::Date::now() - start < TIMEOUT_MS, "gave up after {TIMEOUT_MS} ms: the page kept changing");
        before = after;
    }
}
