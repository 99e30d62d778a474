//! The wasm entry point: the app (`app.rs`) takes over the page the browser
//! already holds (`kenshin_check::start`).

fn main() {
    kenshin_check::start();
}
