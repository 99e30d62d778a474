//! One input, one verdict: the least a Yew app must do to pass the bench's
//! start-up probe (type "185" into #systolic_bp, see [data-verdict] turn
//! "see-doctor-first"). Nothing else, so its start-up is Yew's own cost.
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component]
fn Floor() -> Html {
    let value = use_state(String::new);
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| value.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let verdict = match value.trim().parse::<u32>() {
        Ok(mmhg) if mmhg >= 180 => "see-doctor-first",
        _ => "incomplete",
    };
    html! {
        <main>
            <label for="systolic_bp">{ "最高血圧 (mmHg)" }</label>
            <input id="systolic_bp" inputmode="decimal" {oninput} />
            <p data-verdict={verdict} aria-live="polite">{ verdict }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
