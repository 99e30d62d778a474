//! Part 2: getting the app the operator's meetings need (`kenshin:webex-app`,
//! `webex_app.rs`) for this device: the platform is detected by the core from
//! the user agent and touch points; its download comes first, with what a
//! phone or tablet needs, the others one tap away. On a computer, joining
//! from the browser comes first: nothing has to be installed. Plain external
//! links: the app itself requests nothing.

use kenshin_core::webex_app::{browsers_for, DeviceRequirement, Download, LinkRole};
use kenshin_core::{Platform, WebexApp};
use yew::prelude::*;

use super::PartProps;
use crate::components::{hint, paragraph};
use crate::text::guide::{named, GuideText};

/// The visitor's platform, from what the browser says about itself.
fn this_platform() -> Platform {
    let navigator = gloo::utils::window().navigator();
    let user_agent = navigator.user_agent().unwrap_or_default();
    let touch_points = u32::try_from(navigator.max_touch_points()).unwrap_or(0);
    Platform::detect(&user_agent, touch_points)
}

/// The platform is read again on each render, the same each time.
pub fn webex_download(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let app = props.settings.webex_app;
    let platform = this_platform();
    let recommended = app.recommended_download(platform);
    let requirement = app.requirement_for(platform);
    let computer = matches!(platform, Platform::Windows | Platform::Mac | Platform::Linux);
    let mobile = matches!(platform, Platform::Ios | Platform::Android);
    html! {
        <section class="guide-part" id="guide-webex" aria-labelledby="guide-webex-heading" data-guide-part="webex"
            data-platform={platform.id()} data-webex-app={app.id()}>
            <h2 id="guide-webex-heading">{ named(text.webex_heading, app) }</h2>
            if computer { { browser_join(text, platform) } }
            { paragraph(named(text.webex_intro, app)) }
            <p class="guide-note">{ text.webex_free }</p>
            if let Some(device) = text.platform(platform) {
                <p class="webex-for">{ text.webex_recommended_intro }{ " " }<strong>{ device }</strong></p>
            } else {
                <p class="webex-for">{ text.webex_unknown_device }</p>
            }
            { download_link(text, app, recommended, LinkRole::Recommended) }
            // On a phone or tablet: what it needs (no numbers where Cisco publishes none).
            if mobile { { requirements(text, app, requirement.map(std::slice::from_ref).unwrap_or_default()) } }
            <details class="webex-others">
                <summary>{ text.webex_others_summary }</summary>
                <ul>
                    { for app.other_downloads(platform).into_iter().map(|download| html! {
                        <li>{ download_link(text, app, download, LinkRole::Other) }</li>
                    }) }
                </ul>
            </details>
            { hint(named(text.webex_search_hint, app)) }
        </section>
    }
}

pub(crate) fn download_link(text: &GuideText, app: WebexApp, download: &Download, role: LinkRole) -> Html {
    html! {
        <a href={download.url} target="_blank" rel="noopener noreferrer" data-webex={role.id()}
            data-store={download.store.id()} class="external-link webex-link">
            { named(text.store(download.store), app) }<span class="visually-hidden">{ text.new_tab }</span>
        </a>
    }
}

/// What a phone or tablet needs, how to see its version, what to do when it
/// is older; with no citable numbers for the app (`rows` empty), only "update"
/// and what to do if it will not install.
fn requirements(text: &GuideText, app: WebexApp, rows: &[DeviceRequirement]) -> Html {
    html! {
        <div class="requirements" data-requirements={app.id()}>
            if !rows.is_empty() {
                <h3>{ text.requirements_heading }</h3>
                { for rows.iter().map(|row| html! {
                    <p><strong>{ (text.requirement)(row) }</strong><br />{ text.requirement_check[row.os.index()] }</p>
                }) }
                { paragraph(text.requirement_too_old) }
            } else {
                { paragraph(text.app_will_not_install) }
            }
            { paragraph((text.update_app)(app.signed_out_after_months())) }
        </div>
    }
}

/// On a computer: the meeting link opens Webex's join page, which offers
/// joining from the browser; the browsers Cisco lists for this computer.
fn browser_join(text: &GuideText, platform: Platform) -> Html {
    html! {
        <div class="browser-join" data-join="browser">
            <h3>{ text.browser_join_heading }</h3>
            { paragraph(text.browser_join_body) }
            <ul>
                { for browsers_for(platform).map(|row| html! { <li>{ (text.browser_name)(row) }</li> }) }
            </ul>
            { paragraph(text.browser_join_account) }
        </div>
    }
}
