//! Part 3: What to have ready, as a checklist: ticks live in this component's
//! state only, never stored or sent.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::PartProps;
use crate::components::{hint, paragraph};
use crate::text::guide::named;

/// A hook rendering the part: `LiveParts` holds parts 3–5's state in one component.
#[hook]
pub fn use_checklist(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let ticked = use_state(|| [false; 5]);
    let total = text.prepare_items.len();
    let done = ticked.iter().filter(|&&tick| tick).count();
    html! {
        <section class="guide-part" id="guide-prepare" aria-labelledby="guide-prepare-heading" data-guide-part="prepare">
            <h2 id="guide-prepare-heading">{ text.prepare_heading }</h2>
            { paragraph(text.prepare_intro) }
            <ul class="checklist">
                { for text.prepare_items.iter().enumerate().map(|(index, (item, note))| {
                    let id = format!("prepare-{}", index + 1);
                    let note_id = format!("{id}-note");
                    let onchange = {
                        let ticked = ticked.clone();
                        Callback::from(move |event: Event| {
                            let mut next = *ticked;
                            next[index] = event.target_unchecked_into::<HtmlInputElement>().checked();
                            ticked.set(next);
                        })
                    };
                    html! {
                        <li>
                            <label class="check-item" for={id.clone()}>
                                <input type="checkbox" id={id.clone()} name={id.clone()} checked={ticked[index]}
                                    aria-describedby={note_id.clone()} {onchange} />
                                <span class="check-text">
                                    <span class="check-label">{ *item }</span>
                                    <span class="check-note" id={note_id}>{ named(note, props.settings.webex_app) }</span>
                                </span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            <p class="checklist-progress" role="status" data-ready={done.to_string()} data-all-done={(done == total).then_some("true")}>
                { if done == total { text.prepare_all_done.to_string() } else { (text.prepare_progress)(done, total) } }
            </p>
            { hint(text.prepare_not_stored) }
        </section>
    }
}
