//! Part 4: Data use: Wi-Fi recommended, and what the interview uses: the
//! leaflet's ≈ 660 MB per 60 minutes, for the interview's length, from the
//! core's numbers (`kenshin_core::data_use`, `calendar::DURATION_MINUTES`).

use kenshin_core::calendar::DURATION_MINUTES;
use kenshin_core::data_use::{gigabytes_text, megabytes};
use yew::prelude::*;

use super::PartProps;
use crate::components::paragraph;

pub fn data_use(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let mb = megabytes(DURATION_MINUTES);
    html! {
        <section class="guide-part" id="guide-data" aria-labelledby="guide-data-heading" data-guide-part="data">
            <h2 id="guide-data-heading">{ text.data_heading }</h2>
            { paragraph(text.data_wifi) }
            { paragraph(text.data_lan) }
            <p class="guide-note" id="session-data" data-megabytes={mb.to_string()}>
                { (text.data_result)(DURATION_MINUTES, mb, &gigabytes_text(mb)) }
            </p>
        </section>
    }
}
