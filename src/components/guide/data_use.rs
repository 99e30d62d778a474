//! Part 4: Data use: Wi-Fi recommended, ≈ 660 MB per 60 minutes, and a small
//! calculator (the arithmetic is in `kenshin_core::data_use`).

use kenshin_core::data_use::{gigabytes_text, megabytes, parse_minutes};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::PartProps;

const FIELD: &str = "session_minutes";

/// A hook rendering the part: `LiveParts` holds parts 3–5's state in one
/// component (each component costs ~0.3 KB of the brotli'd wasm).
#[hook]
pub fn use_data_use(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let raw = use_state(|| "60".to_string());
    let oninput = {
        let raw = raw.clone();
        Callback::from(move |event: InputEvent| raw.set(event.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let parsed = parse_minutes(&raw);
    let (result, error) = match parsed {
        Ok(Some(minutes)) => {
            let mb = megabytes(minutes);
            (Some((mb, (text.data_result)(minutes, mb, &gigabytes_text(mb)))), None)
        }
        Ok(None) => (None, None),
        Err(error) => (None, Some((text.data_error)(error))),
    };
    let unit_id = format!("{FIELD}-unit");
    let error_id = format!("{FIELD}-error");
    let result_id = format!("{FIELD}-result");
    let described_by = match error {
        Some(_) => format!("{error_id} {unit_id}"),
        None => format!("{unit_id} {result_id}"),
    };
    html! {
        <section class="guide-part" id="guide-data" aria-labelledby="guide-data-heading" data-guide-part="data">
            <h2 id="guide-data-heading">{ text.data_heading }</h2>
            <p>{ text.data_wifi }</p>
            <p>{ text.data_lan }</p>
            <p class="guide-note">{ text.data_rate }</p>
            <div class="field data-calculator">
                <label for={FIELD}>{ text.data_minutes_label }</label>
                <div class="input-row">
                    <input id={FIELD} name={FIELD} type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                        value={(*raw).clone()} aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={described_by} {oninput} />
                    <span class="unit" id={unit_id}>{ text.data_minutes_unit }</span>
                </div>
                if let Some(error) = error {
                    <p class="error" id={error_id}>{ error }</p>
                }
                <p class="data-result" id={result_id} role="status"
                    data-megabytes={result.as_ref().map(|(mb, _)| mb.to_string())}>
                    { result.map(|(_, sentence)| sentence).unwrap_or_default() }
                </p>
            </div>
        </section>
    }
}
