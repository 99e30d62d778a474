//! Build time, native (`cargo run --features prerender --bin prerender`, run by
//! scripts/post_build.mjs): renders with Yew's server-side renderer what
//! index.html holds for a browser where the app cannot run, from the same
//! components, core and sentence tables as the app. Arguments: the page's
//! settings as `name=value` (the `<meta name="kenshin:…">` it is built with);
//! prints the HTML for each language, Japanese first.

use std::rc::Rc;

use kenshin_check::components::no_wasm::no_wasm;
use kenshin_check::text::Lang;
use kenshin_core::settings::Settings;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
struct PageProps {
    lang: Lang,
    settings: Rc<Settings>,
}

#[component]
fn NoWasmPage(props: &PageProps) -> Html {
    no_wasm(props.lang, &props.settings)
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
        let renderer = LocalServerRenderer::<NoWasmPage>::with_props(PageProps { lang, settings: settings.clone() })
            .hydratable(false);
        println!("{}", futures::executor::block_on(renderer.render()));
    }
}
