//! The wasm entry point: takes over the page the browser already holds, then
//! mounts the app (`app.rs`) over it.

fn main() {
    // Before the mount clears the page: what it already holds (after a
    // restart, what was typed) becomes the starting state.
    kenshin_check::takeover::capture();
    // index.html's "Loading…" placeholder goes in the same task as the first
    // render, so no frame shows both.
    if let Some(placeholder) = gloo::utils::document().get_element_by_id("loading") {
        placeholder.remove();
    }
    yew::Renderer::<kenshin_check::App>::new().render();
}
