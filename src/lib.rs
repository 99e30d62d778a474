//! kenshin-check: the web shell. It gathers input and renders; every rule
//! lives in `kenshin_core`.

pub mod app;
mod browser;
mod checkup_file;
pub mod components;
mod embedding;
mod settings;
pub mod state;
mod storage;
mod takeover;
pub mod text;
mod update;
mod xml;

pub use app::{App, AppProps};

/// Starts the app in the browser over the page it is loaded in (src/main.rs).
pub fn start() {
    // Before the mount clears the page: what it holds (a first view typed into
    // before the wasm arrived, or a restart's copy) becomes the starting state.
    takeover::capture();
    let props = props();
    // index.html's "Loading…" placeholder goes in the same task as the first
    // render, so no frame shows both.
    if let Some(placeholder) = gloo::utils::document().get_element_by_id("loading") {
        placeholder.remove();
    }
    yew::Renderer::<App>::with_props(props).render();
}

/// The app's props in the browser: the page's settings, what the page held
/// (`takeover::capture`, if it ran) or the device kept, and today.
pub fn props() -> AppProps {
    let settings = std::rc::Rc::new(settings::load());
    AppProps { settings, start: takeover::initial_state(browser::initial_lang()), today: Some(browser::today()) }
}

/// Talc instead of the default dlmalloc: a maintained allocator made for
/// wasm, smaller than dlmalloc. The page runs on one thread (no atomics),
/// which is what talc's single-threaded wasm allocator requires.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
