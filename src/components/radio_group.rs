//! A group of large radio buttons under one question.

use kenshin_core::Control;
use yew::prelude::*;

pub struct RadioGroupProps {
    /// The stable hook: the radios' `name`.
    pub control: Control,
    pub legend: AttrValue,
    pub choices: Vec<Choice>,
    /// Answered from a checkup file and not changed since (`data-imported`).
    pub imported: bool,
}

/// One radio: its value (a stable hook), its label, and the change it makes.
pub struct Choice {
    pub value: &'static str,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<Event>,
}

/// The choices for each of `options`, in order: each radio dispatches its own
/// typed option, so no value is ever parsed back from the page.
pub fn choices<T: Copy + PartialEq + 'static>(
    options: impl IntoIterator<Item = (T, &'static str)>,
    value: fn(T) -> &'static str,
    selected: Option<T>,
    onchange: &Callback<T>,
) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(option, label)| Choice {
            value: value(option),
            label: label.into(),
            checked: selected == Some(option),
            onchange: onchange.reform(move |_: Event| option),
        })
        .collect()
}

pub fn radio_group(props: RadioGroupProps) -> Html {
    let name = props.control.id();
    html! {
        <fieldset class="radio-group" data-imported={props.imported.then_some("true")}>
            <legend>{ props.legend }</legend>
            <div class="choices">
                { for props.choices.into_iter().map(|Choice { value, label, checked, onchange }| {
                    let id = format!("{name}-{value}");
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="radio" {id} {name} {value} {checked} {onchange} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
