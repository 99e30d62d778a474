//! Where one value stands against the national standard: in words (never
//! colour alone) and, beside them, its scale; visibly secondary to the
//! programme's verdict.

use kenshin_core::bands::{Reading, ValueBand};
use kenshin_core::{Band, Control};
use yew::prelude::*;

use crate::components::scale::scale_picture;
use crate::text::Text;

pub fn band_note(band: Option<&ValueBand>, text: &Text) -> Html {
    let Some(band) = band else {
        return Html::default();
    };
    let limit = match (band.band, band.rule, band.control) {
        (Band::Guidance, Some(rule), Control::Value(key)) => Some((key, rule.guidance)),
        (Band::SeeDoctor, Some(rule), Control::Value(key)) => Some((key, rule.see_doctor)),
        _ => None,
    };
    let limit = limit.map(|(key, limit)| text.key_limit(key, limit));
    let estimated = matches!(band.reading, Reading::Estimated(_));
    html! {
        <>
            <p class="band" data-band-for={band.control.id()} data-band={band.band.id()}>
                <span class="band-prefix">{ text.band_prefix }</span>
                { band_words(band.band, text) }
                if let Some(limit) = limit { { format!(" ({limit})") } }
                if estimated { { format!(" — {}", text.estimated) } }
            </p>
            { band.scale().map(|scale| scale_picture(band.control, &scale)) }
        </>
    }
}

/// A band's name, with its shape (▲ see a doctor, △ guidance) before it.
pub fn band_words(band: Band, text: &Text) -> Html {
    html! { <span class="band-name" data-band-name={band.id()}>{ text.band_name(band) }</span> }
}
