//! Values from a checkup file (docs/product.md, "Values from a checkup file"): the
//! file picker, the review the participant confirms before anything changes, a file's
//! error in words, and the line that undoes an applied review.

use kenshin_core::control::yes_no;
use kenshin_core::import::{Read, Review};
use kenshin_core::{Control, Sex, Timing, UrineProtein};
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::checkup_file;
use crate::components::national::{tick_label, urine_label};
use crate::components::{hint, undo_offer};
use crate::state::{Action, Import, State, Undo};
use crate::text::{Lang, Text};

/// The id of the review's region, which takes the focus when a review arrives.
pub const REVIEW_ID: &str = "import-review";

pub fn checkup_import(lang: Lang, state: &State, ondispatch: &Callback<Action>) -> Html {
    let words = lang.import();
    let text = lang.text();
    let id = Control::CHECKUP_FILE;
    let onchange = {
        let ondispatch = ondispatch.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Picking the same file again must read it again.
            input.set_value("");
            let ondispatch = ondispatch.clone();
            spawn_local(async move { ondispatch.emit(Action::ImportRead(checkup_file::read(file).await, false)) });
        })
    };
    let on_apply = ondispatch.reform(|_: MouseEvent| Action::ApplyImport);
    let on_discard = ondispatch.reform(|_: MouseEvent| Action::DiscardImport);
    let on_undo = ondispatch.reform(|_: MouseEvent| Action::Undo);
    html! {
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{ words.heading }</h2>
            { hint(words.hint) }
            <label class="file-pick" for={id}>{ words.pick }</label>
            <input type="file" {id} name={id} accept=".xml,application/xml,text/xml" {onchange} />
            { match &state.import {
                Some(Import::Error(error)) => html! {
                    <p class="error" role="alert" data-import-error="">{ (words.error)(*error) }{ " " }{ words.unchanged }</p>
                },
                Some(Import::Review { review, from_portal }) => html! {
                    <div class="import-review" id={REVIEW_ID} data-import-review="" tabindex="-1"
                        role="region" aria-labelledby="import-review-heading">
                        <h3 id="import-review-heading">{ if *from_portal { words.from_portal } else { words.review_heading } }</h3>
                        { review_rows(review, lang) }
                        if !review.read.is_empty() {
                            <button type="button" class="primary" data-action="apply-import" onclick={on_apply}>{ words.apply }</button>
                        }
                        <button type="button" data-action="discard-import" onclick={on_discard}>{ words.discard }</button>
                    </div>
                },
                None => Html::default(),
            } }
            if let Some((Undo::Import, _)) = state.undo {
                { undo_offer((words.applied)(state.imported.len()), text.undo, on_undo) }
            }
        </section>
    }
}

fn review_rows(review: &Review, lang: Lang) -> Html {
    let words = lang.import();
    let text = lang.text();
    if review.is_empty() {
        return hint(words.nothing_read);
    }
    html! {
        <>
            if !review.read.is_empty() { { hint(words.review_intro) } }
            <ul class="import-items">
                { for review.read.iter().map(|read| html! {
                    <li data-import-item={read.control.id()}>
                        { label(read.control, text) }{ words.separator }<span class="value">{ shown(read, text) }</span>{ readings(read, lang) }
                    </li>
                }) }
                // What the file holds but cannot be used, with why, after what it fills.
                { for review.refused.iter().map(|refused| {
                    let unit = match refused.control {
                        Control::Value(key) => key.unit(),
                        _ => "",
                    };
                    html! {
                        <li class="refused" data-import-refused={refused.control.id()}>
                            { label(refused.control, text) }{ words.separator }{ words.refused }{ (words.refusal)(&refused.reason, unit) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// Every reading of a value the file holds more than once, and whether the mean of
/// two counts (`Read::measured_twice`); nothing for a value read once.
fn readings(read: &Read, lang: Lang) -> String {
    if read.readings.is_empty() {
        return String::new();
    }
    let words = lang.import();
    let each: Vec<String> =
        read.readings.iter().map(|(variant, value)| format!("{} {value}", (words.variant)(*variant))).collect();
    (words.readings)(&each.join(lang.text().list_separator), read.measured_twice())
}

/// The control's name as the form labels it.
fn label(control: Control, text: &Text) -> &'static str {
    match control {
        Control::Value(key) => text.value_labels[key.index()],
        Control::Age => text.age_label,
        Control::Sex => text.sex_legend,
        Control::CheckupDate => text.checkup_date_label,
        Control::GlucoseTiming => text.glucose_timing_legend,
        Control::TgTiming => text.tg_timing_legend,
        Control::UrineProtein => text.urine_protein_label,
        Control::Tick(tick) => tick_label(tick, text),
        Control::TreatedNow => text.treated_now_question,
        Control::CheckupRequiresCare => text.checkup_requires_care_question,
        Control::AppointmentDate | Control::AppointmentTime => "",
    }
}

/// What the control will show, in words: "186 mmHg", "男性", "空腹時".
fn shown(read: &Read, text: &Text) -> String {
    let value = read.text.as_str();
    match read.control {
        Control::Value(key) => format!("{value} {}", key.unit()),
        Control::Age => format!("{value} {}", text.age_unit),
        Control::Sex => Sex::from_id(value).map_or(value, |sex| text.sex_name(sex)).into(),
        Control::GlucoseTiming | Control::TgTiming => {
            Timing::from_id(value).map_or(value, |timing| text.timing_name(timing)).into()
        }
        Control::UrineProtein => {
            UrineProtein::from_id(value).map_or_else(|| value.to_string(), |grade| urine_label(grade).to_string())
        }
        Control::Tick(_) | Control::TreatedNow | Control::CheckupRequiresCare => {
            if value == yes_no(true) { text.yes } else { text.no }.into()
        }
        Control::CheckupDate | Control::AppointmentDate | Control::AppointmentTime => value.into(),
    }
}
