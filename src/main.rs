fn main() {
    yew::Renderer::<kenshin_check::App>::new().render();
}
