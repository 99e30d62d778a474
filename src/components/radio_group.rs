//! A group of large radio buttons under one question.

use yew::prelude::*;

pub struct RadioGroupProps {
    /// The stable hook: the radios' `name`.
    pub name: &'static str,
    pub legend: AttrValue,
    /// (value, label) of each choice, in order.
    pub options: Vec<(&'static str, AttrValue)>,
    pub selected: Option<&'static str>,
    pub onchange: Callback<&'static str>,
}

/// A function, not a component: stateless, and each component costs
/// ~0.3 KB of the brotli'd wasm, bytes every participant downloads.
pub fn radio_group(props: RadioGroupProps) -> Html {
    let props = &props;
    html! {
        <fieldset class="radio-group">
            <legend>{ props.legend.clone() }</legend>
            <div class="choices">
                { for props.options.iter().map(|(value, label)| {
                    let value = *value;
                    let onchange = props.onchange.reform(move |_: Event| value);
                    let id = format!("{}-{}", props.name, value);
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" {id} name={props.name} {value}
                                checked={props.selected == Some(value)} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
