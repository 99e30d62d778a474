fn main() {
    // index.html's "Loading…" placeholder goes in the same task as the first
    // render, so no frame shows both.
    if let Some(placeholder) = gloo::utils::document().get_element_by_id("loading") {
        placeholder.remove();
    }
    yew::Renderer::<kenshin_check::App>::new().render();
}
