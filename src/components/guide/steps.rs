//! Part 1: The three steps of the leaflet: the counsellor contacts you, the
//! interview on Webex, the day itself.

use yew::prelude::*;

use super::{counsellor_link, PartProps};
use crate::components::{hint, paragraph};
use crate::text::guide::named;

pub fn steps(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let settings = &props.settings;
    let step = |index: usize, body: Html| {
        html! {
            <li class="guide-step" data-step={(index + 1).to_string()}>
                <h3><span class="step-badge">{ text.step_badges[index] }</span>{ text.step_titles[index] }</h3>
                { body }
            </li>
        }
    };
    html! {
        <section class="guide-part" id="guide-steps" aria-labelledby="guide-steps-heading" data-guide-part="steps">
            <h2 id="guide-steps-heading">{ text.steps_heading }</h2>
            <ol class="guide-steps">
                { step(0, html! {
                    <>
                        { paragraph(text.contact(settings.contact)) }
                        <div class="caller-number">
                            <p class="caller-number-label">{ text.caller_number_label }</p>
                            { counsellor_link(settings) }
                            { hint(text.caller_number_hint) }
                        </div>
                    </>
                }) }
                { step(1, html! {
                    <>
                        { paragraph(named(text.step2_body, settings.webex_app)) }
                        { paragraph(text.step2_pc_note) }
                    </>
                }) }
                { step(2, html! { { paragraph(text.step3_body) } }) }
            </ol>
        </section>
    }
}
