//! What the component tests do to the page, as a person would: mount the app in
//! a container of its own, type into a field, click, and read the verdict.
// Each test file uses the part it needs.
#![allow(dead_code)]

use kenshin_check::App;
use kenshin_core::Control;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::{settled, until};

/// A fresh container at the end of the page's body.
pub fn new_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts a fresh app in its own container and returns the container.
pub async fn mount_app() -> Element {
    let root = new_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), kenshin_check::props()).render();
    until("the app has rendered its result", || root.query_selector("[data-verdict]").unwrap().is_some()).await;
    settled(&root).await;
    root
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

pub fn input(root: &Element, id: &str) -> HtmlInputElement {
    one(root, &format!("#{id}")).unchecked_into()
}

/// An event of `kind` that bubbles, as the browser's own do.
pub fn bubbling(kind: &str) -> Event {
    let init = EventInit::new();
    init.set_bubbles(true);
    Event::new_with_event_init_dict(kind, &init).unwrap()
}

/// Sets the field `id` to `text` and sends the input event typing would.
pub async fn type_into(root: &Element, id: &str, text: &str) {
    let field = input(root, id);
    field.set_value(text);
    field.dispatch_event(&bubbling("input")).unwrap();
    settled(root).await;
}

pub async fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
    settled(root).await;
}

/// Sets each control (by its id, `kenshin_core::Control`) as a participant does:
/// a choice or a tick by tapping it, the urine protein by choosing, a field by typing.
pub async fn fill(root: &Element, values: &[(&str, &str)]) {
    for &(id, value) in values {
        match Control::from_id(id).unwrap_or_else(|| panic!("{id} is not a control")) {
            Control::Tick(_) => click(root, &format!("#{id}")).await,
            Control::UrineProtein => {
                let select: HtmlSelectElement = one(root, &format!("#{id}")).unchecked_into();
                select.set_value(value);
                select.dispatch_event(&bubbling("change")).unwrap();
                settled(root).await;
            }
            Control::Sex
            | Control::TreatedNow
            | Control::CheckupRequiresCare
            | Control::GlucoseTiming
            | Control::TgTiming => {
                click(root, &format!("input[name={id}][value=\"{value}\"]")).await;
            }
            _ => type_into(root, id, value).await,
        }
    }
}

/// The text of the first element `selector` finds, or "" when there is none.
pub fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|node| node.text_content()).unwrap_or_default()
}

/// The text of every element `selector` finds, in page order.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

/// `attribute` of the first element `selector` finds, if both are there.
pub fn attribute(root: &Element, selector: &str, attribute: &str) -> Option<String> {
    root.query_selector(selector).unwrap().and_then(|node| node.get_attribute(attribute))
}

pub fn verdict(root: &Element) -> String {
    one(root, "[data-verdict]").get_attribute("data-verdict").unwrap()
}
