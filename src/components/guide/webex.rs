//! Part 2: Webex download for this device: the platform is detected by the core
//! from the user agent and touch points; its download comes first, the
//! others one tap away. Plain external links: the app itself requests nothing.

use kenshin_core::platform::{other_downloads, Download};
use kenshin_core::{recommended_download, Platform};
use yew::prelude::*;

use super::PartProps;
use crate::text::guide::GuideText;

/// The visitor's platform, from what the browser says about itself.
fn this_platform() -> Platform {
    let navigator = gloo::utils::window().navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    let touch_points = u32::try_from(navigator.max_touch_points()).unwrap_or(0);
    Platform::detect(&user_agent, touch_points)
}

/// A function, not a component (each costs ~0.3 KB of the brotli'd wasm);
/// the platform is read again on each render, the same each time.
pub fn webex_download(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let platform = this_platform();
    let recommended = recommended_download(platform);
    html! {
        <section class="guide-part" id="guide-webex" aria-labelledby="guide-webex-heading" data-guide-part="webex"
            data-platform={platform.id()}>
            <h2 id="guide-webex-heading">{ text.webex_heading }</h2>
            <p>{ text.webex_intro }</p>
            <p class="guide-note">{ text.webex_free }</p>
            if let Some(device) = text.platform(platform) {
                <p class="webex-for">{ text.webex_recommended_intro }{ " " }<strong>{ device }</strong></p>
            } else {
                <p class="webex-for">{ text.webex_unknown_device }</p>
            }
            { download_link(text, recommended, "recommended") }
            <details class="webex-others">
                <summary>{ text.webex_others_summary }</summary>
                <ul>
                    { for other_downloads(platform).into_iter().map(|download| html! {
                        <li>{ download_link(text, download, "other") }</li>
                    }) }
                </ul>
            </details>
            <p class="hint">{ text.webex_search_hint }</p>
        </section>
    }
}

/// `role`: `recommended` (styled as the primary link) or `other`.
fn download_link(text: &GuideText, download: &Download, role: &'static str) -> Html {
    html! {
        <a href={download.url} target="_blank" rel="noopener noreferrer" data-webex={role}
            data-store={download.store.id()} class="external-link webex-link">
            { text.store(download.store) }<span class="visually-hidden">{ text.new_tab }</span>
        </a>
    }
}
