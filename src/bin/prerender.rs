//! Build time, native (`cargo run --features prerender --bin prerender`, run by
//! scripts/post_build.mjs): renders with Yew's server-side renderer what
//! index.html holds before the app runs, from the same components, core and
//! sentence tables as the app. Arguments: the page's settings as `name=value`
//! (the `<meta name="kenshin:…">` it is built with). Prints one line each:
//! 1–2. the page for a browser where the app cannot run, in Japanese, then English;
//! 3. the first view (docs/product.md, "First view"): the checker in the page's
//!    default language, nothing entered and nothing decided;
//! 4. its language code, and 5. the accent colour it shows (blank for the
//!    style sheet's own), as the core validated them; 6. the storage key under
//!    which a device keeps values (where there are some, the first view is not shown).

use std::rc::Rc;

use kenshin_check::components::no_wasm::no_wasm;
use kenshin_check::state::State;
use kenshin_check::text::Lang;
use kenshin_check::{App, AppProps};
use kenshin_core::settings::Settings;
use yew::prelude::*;
use yew::{BaseComponent, LocalServerRenderer};

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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pairs = args.iter().filter_map(|arg| arg.split_once('='));
    let (settings, warnings) = Settings::from_pairs(pairs);
    for warning in warnings {
        eprintln!("{warning}");
    }
    let settings = Rc::new(settings);
    for lang in [Lang::Ja, Lang::En] {
        println!("{}", render::<NoWasmPage>(PageProps { lang, settings: settings.clone() }));
    }
    let lang = settings.default_lang.and_then(Lang::from_code).unwrap_or(Lang::Ja);
    let first_view = AppProps { settings: settings.clone(), start: State::new(lang, None), today: None };
    println!("{}", render::<App>(first_view));
    println!("{}", lang.code());
    println!("{}", settings.accent_colour.as_deref().unwrap_or_default());
    println!("{}", kenshin_core::saved::KEY);
}
