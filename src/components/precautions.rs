//! The leaflet's nine precautions in full, those that concern this
//! participant marked in words, and the criteria (※1) they refer to.

use kenshin_core::{criteria, Key, Sex};
use yew::prelude::*;

use crate::components::{disclosure, paragraph};
use crate::text::Lang;

/// `highlighted`: leaflet numbers (1-based) to mark. Folded unless `open`; `ontoggle`
/// hears the participant open or fold it. The content is rendered only while open:
/// folded, the nine paragraphs and the ※1 list are not rebuilt at every keystroke.
pub fn precautions(lang: Lang, highlighted: &[usize], open: bool, ontoggle: Option<Callback<bool>>) -> Html {
    let text = lang.text();
    let children = if open {
        html! {
            <>
                <ol>
                    { for text.precautions.iter().enumerate().map(|(i, precaution)| {
                        let number = i + 1;
                        let concerns = highlighted.contains(&number);
                        html! {
                            <li data-precaution={number.to_string()}
                                data-highlighted={concerns.then_some("true")}>
                                if concerns { <strong class="badge">{ text.applies_to_you }</strong> }
                                { paragraph(*precaution) }
                            </li>
                        }
                    }) }
                </ol>
                <h3>{ text.criteria_heading }</h3>
                <ul class="criteria-list">
                    { for criterion_rows(lang) }
                </ul>
            </>
        }
    } else {
        Html::default()
    };
    html! {
        <section class="precautions" aria-labelledby="precautions-heading">
            { disclosure("precautions-heading", text.precautions_heading, open, ontoggle, children) }
        </section>
    }
}

/// One row per threshold; creatinine has one per sex. Plain loops: the
/// iterator adapters cost more wasm.
pub(crate) fn criterion_rows(lang: Lang) -> Vec<Html> {
    let text = lang.text();
    let mut rows = Vec::new();
    for key in Key::CRITERIA {
        let sexes: &[Option<Sex>] =
            if key == Key::Creatinine { &[Some(Sex::Male), Some(Sex::Female)] } else { &[None] };
        for &sex in sexes {
            let Some(threshold) = criteria::threshold(key, sex) else {
                continue;
            };
            rows.push(html! {
                <li>
                    <span>{ text.value_labels[key.index()] }</span>{ ": " }
                    { text.criterion(key, threshold, sex) }
                </li>
            });
        }
    }
    rows
}
