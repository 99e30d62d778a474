//! The page where the app cannot run (docs/product.md, "Without WebAssembly"):
//! rendered at build time, once per language (`src/bin/prerender.rs`), into
//! index.html, where the loader shows it when WebAssembly is missing or the app
//! fails to load. It says so in words, keeps the ※1 criteria from the core (the
//! same rows as the precautions' table) so the values can be compared by hand,
//! and keeps the counsellor's number and the Webex downloads usable. Plain HTML:
//! nothing in it needs a script.

use kenshin_core::settings::Settings;
use yew::prelude::*;

use crate::components::guide::{counsellor_link, download_link};
use crate::components::paragraph;
use crate::components::precautions::criterion_rows;
use crate::text::no_wasm::NoWasmText;
use crate::text::Lang;
use kenshin_core::webex_app::LinkRole;

/// The page in one language, with the operator's settings the page was built with.
/// The parts that show a setting are marked `data-settings-part`: the loader drops
/// them if the page's settings were edited after the build.
pub fn no_wasm(lang: Lang, settings: &Settings) -> Html {
    let text: &NoWasmText = lang.no_wasm();
    let guide = lang.guide();
    let app = settings.webex_app;
    html! {
        <div lang={lang.code()} data-no-wasm-lang={lang.code()}>
            <h1>{ text.heading }</h1>
            <p role="alert">{ text.cannot_run }</p>
            <ul>{ for text.what_to_try.iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
            // Shown only in a frame (CSS, from the head script's data-framed): the app's own
            // address in a new tab, where no portal's sandbox applies.
            <p class="open-in-tab">
                <a href={format!("./?lang={}", lang.code())} target="_blank" rel="noopener">{ text.open_in_tab }</a>
            </p>
            <h2>{ lang.text().criteria_heading }</h2>
            { paragraph(text.compare_by_hand) }
            <ul class="criteria-list">{ for criterion_rows(lang) }</ul>
            <div data-settings-part="counsellor">
                <h2>{ text.counsellor_heading }</h2>
                { paragraph(text.counsellor_intro) }
                { counsellor_link(settings) }
            </div>
            <div data-settings-part="webex">
                <h2>{ text.download_heading }</h2>
                <ul>
                    { for app.downloads().iter().map(|download| html! {
                        <li>{ download_link(guide, app, download, LinkRole::Other) }</li>
                    }) }
                </ul>
            </div>
        </div>
    }
}
