//! The session guide (docs/product.md, "Session guide"; the leaflet's STEP 1–2 and 当日): getting ready for the online
//! interview. One file per part; every sentence comes from `text::guide`.

mod appointment;
mod camera;
mod checklist;
mod data_use;
mod join_day;
mod privacy;
mod steps;
mod webex;

#[cfg(feature = "prerender")]
pub(crate) use webex::download_link;

use std::rc::Rc;

use kenshin_core::settings::Settings;
use kenshin_core::Date;
use kenshin_core::WebexApp;
use yew::prelude::*;

use crate::components::precautions::precautions;
use crate::state::Page;
use crate::text::guide::named;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub lang: Lang,
    /// Today, as the app's own `today` would be.
    pub today: Date,
}

/// The guide with the leaflet's default settings and no appointment
/// (component tests); the app renders `guide_page` with the operator's.
#[component]
pub fn Guide(props: &GuideProps) -> Html {
    let none = AppointmentInput {
        date: AttrValue::default(),
        time: AttrValue::default(),
        on_date: Callback::noop(),
        on_time: Callback::noop(),
        today: props.today,
    };
    guide_page(props.lang, Rc::default(), none)
}

/// The interview's date and time as typed, and where their changes go: they
/// are entries of the app's state, kept or erased with the others.
pub struct AppointmentInput {
    pub date: AttrValue,
    pub time: AttrValue,
    pub on_date: Callback<String>,
    pub on_time: Callback<String>,
    /// For the days left: the app's one `today`, the one the checkup date is
    /// checked against (the guide is never part of the first view, made without one).
    pub today: Date,
}

/// What every part receives.
#[derive(Properties, PartialEq, Clone)]
pub struct PartProps {
    pub lang: Lang,
    /// The operator's settings (counsellor number, privacy URL, contact method).
    pub settings: Rc<Settings>,
}

/// The parts in page order: (element id, heading).
fn contents(lang: Lang, app: WebexApp) -> [(&'static str, String); 9] {
    let text = lang.guide();
    [
        ("guide-steps", text.steps_heading.into()),
        ("guide-appointment", text.appointment_heading.into()),
        ("guide-webex", named(text.webex_heading, app)),
        ("guide-prepare", text.prepare_heading.into()),
        ("guide-data", text.data_heading.into()),
        ("guide-camera", text.camera_heading.into()),
        ("guide-join", text.join_heading.into()),
        ("guide-privacy", text.privacy_heading.into()),
        ("precautions-heading", lang.text().precautions_heading.into()),
    ]
}

/// The guide with the operator's settings, passed as an argument rather
/// than a yew context (~2 KB of wasm).
pub fn guide_page(lang: Lang, settings: Rc<Settings>, appointment: AppointmentInput) -> Html {
    let text = lang.guide();
    let part = PartProps { lang, settings };
    html! {
        <div class="guide" data-section={Page::Guide.id()}>
            <p class="lead">{ text.lead }</p>
            if let Some(url) = &part.settings.video_url {
                <p>{ external_link(url, text.video_guide, text.new_tab, html! {}) }</p>
            }
            <nav class="guide-contents" aria-label={text.contents_label}>
                <ol>
                    { for contents(lang, part.settings.webex_app).into_iter().map(|(id, heading)| html! {
                        <li><a href={format!("#{id}")}>{ heading }</a></li>
                    }) }
                </ol>
            </nav>
            { steps::steps(&part) }
            { appointment::appointment(&part, appointment) }
            { webex::webex_download(&part) }
            <LiveParts ..part.clone() />
            { join_day::join_day(&part) }
            { privacy::privacy(&part) }
            { precautions(lang, &[], true, None) }
        </div>
    }
}

/// Parts 3–5, the ones with state (ticks, minutes, the camera check), as one
/// component instead of three (see `crate::components`): the state still
/// lives exactly while the guide is shown.
#[component]
fn LiveParts(props: &PartProps) -> Html {
    let checklist = checklist::use_checklist(props);
    let camera = camera::use_camera_check(props);
    html! { <>{ checklist }{ data_use::data_use(props) }{ camera }</> }
}

/// The counsellor's number as a tap-to-call link (docs/product.md, "Stable hooks").
pub(crate) fn counsellor_link(settings: &Settings) -> Html {
    html! {
        <a class="tel-link" href={format!("tel:{}", settings.counsellor_tel())}>{ settings.counsellor_number.clone() }</a>
    }
}

/// A plain link to another site: it opens outside this page (and outside
/// the portal's iframe), and tells nothing about this page.
fn external_link(href: &str, label: &str, new_tab: &str, extra: Html) -> Html {
    html! {
        <a class="external-link" href={href.to_string()} target="_blank" rel="noopener noreferrer">
            { label.to_string() }<span class="visually-hidden">{ new_tab.to_string() }</span>
            { extra }
        </a>
    }
}
