//! The interview's date and time, typed by the participant (STEP 1: the
//! counsellor agrees them by phone or e-mail): shown in words with the days
//! left, and an "add to my calendar" link to an iCalendar file made here, on
//! the device, as a `blob:` URL (`calendar.rs` writes it). Nothing is sent;
//! the date and time are entries like the checker's, kept only when the
//! participant ticks "keep".

use std::rc::Rc;

use js_sys::Array;
use kenshin_core::calendar::{self, Appointment, CalendarTexts, EVENING_BEFORE_HOUR, MINUTES_BEFORE};
use kenshin_core::settings::Settings;
use kenshin_core::Control;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlInputElement, Url};
use yew::prelude::*;

use super::{AppointmentInput, PartProps};
use crate::components::{hint, paragraph};
use crate::text::guide::named;
use crate::text::Lang;

/// The file is made when the link is tapped, from what is typed then: the
/// click handler points the link at a fresh `blob:` URL (revoking the one
/// before) and the browser then follows it, as it follows any link once the
/// click's handlers have run. No state, no effect: nothing to get stale.
pub fn appointment(part: &PartProps, input: AppointmentInput) -> Html {
    let text = part.lang.guide();
    let appointment = Appointment::parse(&input.date, &input.time);
    let typed = |callback: Callback<String>| {
        callback.reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value())
    };
    html! {
        <section class="guide-part" id="guide-appointment" aria-labelledby="guide-appointment-heading"
            data-guide-part="appointment">
            <h2 id="guide-appointment-heading">{ text.appointment_heading }</h2>
            { paragraph(text.appointment_intro) }
            <p class="appointment-fields">
                <label>{ text.appointment_date_label }
                    <input id={Control::AppointmentDate.id()} name={Control::AppointmentDate.id()} type="date" value={input.date}
                        oninput={typed(input.on_date)} /></label>
                <label>{ text.appointment_time_label }
                    <input id={Control::AppointmentTime.id()} name={Control::AppointmentTime.id()} type="time" value={input.time}
                        oninput={typed(input.on_time)} /></label>
            </p>
            if let Some(at) = appointment {
                <p class="appointment" role="status" data-days-left={at.days_left(input.today).to_string()}>
                    <strong>{ (text.appointment_when)(at) }</strong><br />
                    { (text.appointment_days_left)(at.days_left(input.today)) }
                    <a class="calendar-link" href="#guide-appointment" download={calendar::file_name(at)}
                        data-action="add-to-calendar" onclick={on_add(part, at)}>{ text.add_to_calendar }</a>
                    <span class="hint">{ (text.calendar_hint)(EVENING_BEFORE_HOUR, MINUTES_BEFORE) }</span>
                </p>
            }
            { hint(text.appointment_kept) }
        </section>
    }
}

/// Points the tapped link at the file, made now; a browser that cannot
/// download (some portal apps' web views) leaves the page as it was, with
/// the date, time and steps readable on it.
fn on_add(part: &PartProps, at: Appointment) -> Callback<MouseEvent> {
    let (lang, settings) = (part.lang, Rc::clone(&part.settings));
    Callback::from(move |event: MouseEvent| {
        let link = event.target_unchecked_into::<Element>();
        let Some(link) = link.closest("a").ok().flatten() else { return };
        if let Some(old) = link.get_attribute("href").filter(|href| href.starts_with("blob:")) {
            let _ = Url::revoke_object_url(&old);
        }
        if let Some(url) = object_url(&file_text(at, lang, &settings)) {
            let _ = link.set_attribute("href", &url);
        }
    })
}

/// The iCalendar file in the current language: the counsellor's number and
/// the join-day steps; no health value (the API takes none).
fn file_text(at: Appointment, lang: Lang, settings: &Settings) -> String {
    let text = lang.guide();
    let app = settings.webex_app;
    let steps: Vec<String> = text.join_steps.iter().map(|step| named(step, app)).collect();
    let mut description: Vec<&str> = steps.iter().map(String::as_str).collect();
    description.push(text.join_trouble);
    let (evening, soon) = (named(text.calendar_alarm_evening, app), named(text.calendar_alarm_soon, app));
    let texts = CalendarTexts {
        title: text.calendar_title,
        counsellor_label: text.calendar_counsellor_label,
        description: &description,
        alarm_evening_before: &evening,
        alarm_minutes_before: &soon,
    };
    let now_seconds = (js_sys::Date::now() / 1000.0) as i64;
    calendar::ics(at, &texts, &settings.counsellor_number, now_seconds)
}

/// A `blob:` URL for the file: made in this page, it goes nowhere.
fn object_url(contents: &str) -> Option<String> {
    let parts = Array::of1(&contents.into());
    let options = BlobPropertyBag::new();
    options.set_type(calendar::MIME_TYPE);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}
