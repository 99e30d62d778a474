//! Part 6: On the day: open the app → 参加 (Join) → meeting number and password
//! (or the link) → name and e-mail if empty; if it fails, the counsellor calls.

use yew::prelude::*;

use super::{counsellor_link, PartProps};
use crate::components::paragraph;
use crate::text::guide::named;

pub fn join_day(props: &PartProps) -> Html {
    let text = props.lang.guide();
    html! {
        <section class="guide-part" id="guide-join" aria-labelledby="guide-join-heading" data-guide-part="join">
            <h2 id="guide-join-heading">{ text.join_heading }</h2>
            { paragraph(text.join_intro) }
            <ol class="join-steps">
                { for text.join_steps.iter().map(|step| html! { <li>{ named(step, props.settings.webex_app) }</li> }) }
            </ol>
            <div class="join-trouble">
                <h3>{ text.join_trouble_heading }</h3>
                { paragraph(text.join_trouble) }
                <p class="caller-number-label">{ text.caller_number_label }</p>
                { counsellor_link(&props.settings) }
            </div>
        </section>
    }
}
