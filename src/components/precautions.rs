//! The leaflet's nine precautions in full, those that concern this
//! participant marked in words, and the criteria (※1) they refer to.

use kenshin_core::{criteria, number, Key, Sex};
use yew::prelude::*;

use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct PrecautionsProps {
    pub lang: Lang,
    /// Leaflet numbers (1-based) to mark.
    pub highlighted: Vec<usize>,
}

#[component]
pub fn Precautions(props: &PrecautionsProps) -> Html {
    let text = props.lang.text();
    html! {
        <section class="precautions" aria-labelledby="precautions-heading">
            <h2 id="precautions-heading">{ text.precautions_heading }</h2>
            <ol>
                { for text.precautions.iter().enumerate().map(|(i, precaution)| {
                    let number = i + 1;
                    let concerns = props.highlighted.contains(&number);
                    html! {
                        <li id={format!("precaution-{number}")} class={classes!(concerns.then_some("concerns-you"))}
                            data-precaution={number.to_string()} data-highlighted={concerns.then_some("true")}>
                            if concerns { <strong class="badge">{ text.applies_to_you }</strong> }
                            <p>{ *precaution }</p>
                        </li>
                    }
                }) }
            </ol>
            <h3>{ text.criteria_heading }</h3>
            <ul class="criteria-list">
                { for Key::CRITERIA.into_iter().flat_map(|key| criterion_rows(key, props.lang)) }
            </ul>
        </section>
    }
}

/// One row per threshold; creatinine has one per sex.
fn criterion_rows(key: Key, lang: Lang) -> Vec<Html> {
    let text = lang.text();
    let sexes: &[Option<Sex>] = if key == Key::Creatinine { &[Some(Sex::Male), Some(Sex::Female)] } else { &[None] };
    sexes
        .iter()
        .filter_map(|&sex| {
            let threshold = criteria::threshold(key, sex)?;
            let value = number::fixed(threshold.value, key.decimals());
            Some(html! {
                <li>
                    <span>{ text.value_labels[key.index()] }</span>{ ": " }
                    { (text.criterion)(&value, key.unit(), threshold.comparison, sex) }
                </li>
            })
        })
        .collect()
}
