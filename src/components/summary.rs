//! The whole checkup on one screen, under the verdict: every value entered, most
//! concerning first (the core's `summary`), each with its band in words, its
//! scale, the ※1 limit it meets (a line that meets one is the verdict's
//! `data-flag`), and a link to its field. Shown only once
//! something is entered; it is also what the printed sheet lists (styles/app.css,
//! `@media print`, after `print_summary`).

use kenshin_core::bands::Reading;
use kenshin_core::summary::SummaryItem;
use kenshin_core::Control;
use yew::prelude::*;

use crate::components::band_note::band_words;
use crate::components::national::urine_label;
use crate::components::scale::scale_picture;
use crate::text::Text;

/// `onfollow`: a line's link was followed to the field of `Control` (a field in a
/// closed part of the page is shown first).
pub fn summary(items: &[SummaryItem], text: &Text, onfollow: &Callback<Control>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class="summary" data-summary="" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ text.summary_heading }</h2>
            <ul>{ for items.iter().map(|item| line(item, text, onfollow)) }</ul>
        </section>
    }
}

fn line(item: &SummaryItem, text: &Text, onfollow: &Callback<Control>) -> Html {
    let control = item.control;
    let (label, value) = match (control, item.reading) {
        (Control::Value(key), Reading::Entered(value) | Reading::Estimated(value)) => {
            (text.value_labels[key.index()], text.value_text(key, value, matches!(item.reading, Reading::Estimated(_))))
        }
        (_, Reading::UrineProtein(grade)) => (text.urine_protein_label, urine_label(grade).to_string()),
        // A summary line is a value or urine protein (core/src/evaluation/summary.rs).
        _ => return Html::default(),
    };
    let onclick = onfollow.reform(move |_: MouseEvent| control);
    html! {
        <li data-summary-item={control.id()} data-flag={item.flag.map(|flag| flag.key.id())}
            data-estimated={item.flag.filter(|flag| flag.estimated).map(|_| "true")}>
            <a href={format!("#{}", control.id())} {onclick}>
                <span class="summary-head">
                    <span class="summary-label">{ label }</span>{ " " }<strong>{ value }</strong>
                </span>
                <span class="summary-band">
                    if let Some(flag) = item.flag {
                        <span class="summary-criterion">{ text.criterion(flag.key, flag.threshold, flag.sex) }</span>
                    }
                    if let Some(band) = &item.band { { band_words(band.band, text) } }
                </span>
                { item.band.and_then(|band| band.scale()).map(|scale| scale_picture(control, &scale)) }
            </a>
        </li>
    }
}
