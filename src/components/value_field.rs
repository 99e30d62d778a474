//! A labelled text input for one number, with its unit and its error.
//! It keeps exactly what was typed: parsing happens in the core, and the
//! text is never rewritten (that is what would make the caret jump).

use kenshin_core::Control;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct ValueFieldProps {
    /// Its `id` and `name` (the stable hook).
    pub control: Control,
    pub label: AttrValue,
    pub unit: AttrValue,
    pub value: AttrValue,
    /// A short word after the label, e.g. "optional".
    pub note: Option<AttrValue>,
    /// Why the text cannot be used, in the current language.
    pub error: Option<String>,
    /// Filled from a checkup file and not edited since (`data-imported`).
    pub imported: bool,
    /// Extra content under the input, such as an estimate.
    pub children: Html,
    pub oninput: Callback<String>,
}

pub fn value_field(props: ValueFieldProps) -> Html {
    let props = &props;
    let id = props.control.id();
    let oninput = {
        let oninput = props.oninput.clone();
        Callback::from(move |event: InputEvent| oninput.emit(event.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let error_id = format!("{id}-error");
    let unit_id = format!("{id}-unit");
    let described_by = match props.error {
        Some(_) => format!("{error_id} {unit_id}"),
        None => unit_id.clone(),
    };
    html! {
        <div class="field">
            <label for={id}>
                { props.label.clone() }
                if let Some(note) = &props.note { <span class="note">{ note.clone() }</span> }
            </label>
            <div class="input-row">
                <input
                    {id}
                    name={id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={props.value.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    data-imported={props.imported.then_some("true")}
                    aria-describedby={described_by}
                    {oninput}
                />
                <span class="unit" id={unit_id}>{ props.unit.clone() }</span>
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error.clone() }</p>
            }
            { props.children.clone() }
        </div>
    }
}
