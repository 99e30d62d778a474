//! Build time, native (`cargo run --features prerender --bin prerender`, run by
//! scripts/build/prerender.mjs): renders with Yew's server-side renderer what
//! index.html holds before the app runs, from the same components, core and
//! sentence tables as the app, and validates the page's settings with the core.
//! Arguments: the page's settings as `name=value` (the `<meta name="kenshin:…">`
//! it is built with). Prints one JSON object:
//! - `firstView`: the checker in the page's default language, nothing entered and
//!   nothing decided (docs/product.md, "First view");
//! - `noWasm`: `{ja, en}`, the page for a browser where the app cannot run;
//! - `builtWith`: what index.html's head script compares before the first paint:
//!   `firstView` and `noWasm`, the settings each shows as `name=value` lines (the
//!   first view is shown only where they are still the page's; the no-wasm page
//!   drops the parts that show one edited since), the accent colour the first
//!   view shows (blank for the style sheet's own) and the storage key under which
//!   a device keeps values (where there are some, the first view is not shown);
//! - `allowedParents`: the origins that may frame the app, as the core validated
//!   them (none where one is invalid), for the response headers;
//! - `warnings`: the settings the core refused, and why.

use std::collections::HashMap;
use std::rc::Rc;

use kenshin_check::components::no_wasm::no_wasm;
use kenshin_check::state::State;
use kenshin_check::text::Lang;
use kenshin_check::{App, AppProps};
use kenshin_core::settings::Settings;
use serde_json::json;
use yew::prelude::*;
use yew::{BaseComponent, LocalServerRenderer};

/// The settings the first view shows (the header's insurer, the accent colour), and
/// those the no-wasm page shows (the counsellor's number, the Webex app's downloads).
const FIRST_VIEW_SETTINGS: [&str; 2] = ["insurer-name", "accent-colour"];
const NO_WASM_SETTINGS: [&str; 2] = ["counsellor-number", "webex-app"];

#[derive(Properties, PartialEq)]
struct PageProps {
    lang: Lang,
    settings: Rc<Settings>,
}

#[component]
fn NoWasmPage(props: &PageProps) -> Html {
    no_wasm(props.lang, &props.settings)
}

fn render<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}

/// `name=value` per line, as the page's meta tags hold them now.
fn shown(names: &[&str], page: &HashMap<&str, &str>) -> String {
    let lines: Vec<String> = names.iter().map(|name| format!("{name}={}", page.get(name).unwrap_or(&""))).collect();
    lines.join("\n")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let page: HashMap<&str, &str> = args.iter().filter_map(|arg| arg.split_once('=')).collect();
    let (settings, warnings) = Settings::from_pairs(page.iter().map(|(name, value)| (*name, *value)));
    let settings = Rc::new(settings);
    let no_wasm = |lang| render::<NoWasmPage>(PageProps { lang, settings: settings.clone() });
    let lang = settings.default_lang.and_then(Lang::from_code).unwrap_or(Lang::Ja);
    let first_view = AppProps { settings: settings.clone(), start: State::new(lang, None), today: None };
    let first_view_shows = format!("lang={}\n{}", lang.code(), shown(&FIRST_VIEW_SETTINGS, &page));
    let printed = json!({
        "firstView": render::<App>(first_view),
        "noWasm": { "ja": no_wasm(Lang::Ja), "en": no_wasm(Lang::En) },
        "builtWith": {
            "firstView": first_view_shows,
            "noWasm": shown(&NO_WASM_SETTINGS, &page),
            "accent": settings.accent_colour.as_deref().unwrap_or_default(),
            "kept": kenshin_core::saved::KEY,
        },
        "allowedParents": settings.allowed_parents,
        "warnings": warnings,
    });
    println!("{printed}");
}
