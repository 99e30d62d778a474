//! Inside an insurer's portal, only with the allowed origins: tell the parent page
//! our content height so it can size the iframe, and take the participant's checkup
//! when the portal hands it over (docs/product.md, "Values from a checkup file"),
//! answering with counts only, never a value.

use std::rc::Rc;

use kenshin_core::import::handoff::{self, HandedItem, MAX_ITEMS};
use kenshin_core::import::{self, Checkup, ImportError, Review};
use kenshin_core::settings::Settings;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

pub const HEIGHT_MESSAGE: &str = "kenshin-check:height";
pub const MEASURE_REQUEST: &str = "kenshin-check:measure";
/// Posted once the app can take a checkup: a portal that posts earlier would be lost.
pub const READY_MESSAGE: &str = "kenshin-check:ready";
pub const CHECKUP_MESSAGE: &str = "kenshin-check:checkup";
pub const CHECKUP_RECEIVED: &str = "kenshin-check:checkup-received";

/// Keeps the observers alive; dropping it stops reporting.
pub struct Reporter {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Drop for Reporter {
    fn drop(&mut self) {
        self.observer.disconnect();
        let _ = gloo::utils::window()
            .remove_event_listener_with_callback("message", self.on_message.as_ref().unchecked_ref());
    }
}

fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&window, &parent)).then_some(parent)
}

/// A message `{type, …fields}`.
fn message(kind: &str, fields: &[(&str, JsValue)]) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*name).into(), value);
    }
    message
}

/// Posts `{type, height}` to the parent.
fn post_height(settings: &Settings) {
    let Some(body) = gloo::utils::document().body() else { return };
    post(settings, &message(HEIGHT_MESSAGE, &[("height", body.scroll_height().into())]));
}

/// Posts `message` to the parent, addressed to each allowed origin: the browser
/// delivers it only if the parent really has that origin.
fn post(settings: &Settings, message: &js_sys::Object) {
    let Some(parent) = parent() else { return };
    // Where the browser tells the parent's origin (Chromium, Safari), address
    // only that one, if allowed; elsewhere try each allowed origin: the
    // browser delivers only to the one that matches.
    let ancestor = parent_origin();
    match ancestor {
        Some(origin) if settings.allows_parent(&origin) => {
            let _ = parent.post_message(message, &origin);
        }
        Some(_) => {}
        None => {
            for origin in &settings.allowed_parents {
                let _ = parent.post_message(message, origin);
            }
        }
    }
}

/// `location.ancestorOrigins[0]`, not in web-sys' bindings.
fn parent_origin() -> Option<String> {
    let location = gloo::utils::window().location();
    let origins = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    if origins.is_undefined() {
        return None;
    }
    js_sys::Reflect::get(&origins, &"0".into())
        .ok()?
        .as_string()
        // Firefox reports "null" when the portal's iframe has referrerpolicy="no-referrer":
        // the parent is then unknown, and the fallback (the allowed origins as targets,
        // which the browser itself checks) applies.
        .filter(|origin| origin != "null")
}

/// A field of a message, as text (a number is taken as written).
fn field(object: &JsValue, name: &str) -> Option<String> {
    let value = js_sys::Reflect::get(object, &name.into()).ok()?;
    value.as_string().or_else(|| value.as_f64().filter(|n| n.is_finite()).map(kenshin_core::number::plain))
}

/// A `kenshin-check:checkup` message → the checkup it holds: the document as a
/// string, or the portal's items.
fn handed_checkup(data: &JsValue) -> Result<Checkup, ImportError> {
    if let Some(document) = field(data, "document") {
        return import::read_text(&document, crate::xml::parse);
    }
    let items = js_sys::Reflect::get(data, &"items".into()).map_err(|_| ImportError::NotAMessage)?;
    if !js_sys::Array::is_array(&items) {
        return Err(ImportError::NotAMessage);
    }
    let items = js_sys::Array::from(&items);
    if items.length() as usize > MAX_ITEMS {
        return Err(ImportError::NotAMessage);
    }
    let items = items
        .iter()
        .map(|item| HandedItem {
            code: field(&item, "code").unwrap_or_default(),
            value: field(&item, "value").unwrap_or_default(),
            unit: field(&item, "unit").unwrap_or_default(),
        })
        .collect();
    handoff::checkup(
        items,
        field(data, "sex").as_deref(),
        field(data, "birth_date").as_deref(),
        field(data, "checkup_date").as_deref(),
    )
}

/// Starts reporting when framed and some parent origin is allowed; a checkup
/// the portal hands over goes to `on_checkup`.
pub fn start(settings: Rc<Settings>, on_checkup: Callback<Result<Review, ImportError>>) -> Option<Reporter> {
    parent()?;
    if settings.allowed_parents.is_empty() {
        return None;
    }
    let body = gloo::utils::document().body()?;
    let on_resize = {
        let settings = Rc::clone(&settings);
        Closure::<dyn FnMut()>::new(move || post_height(&settings))
    };
    let ready_settings = Rc::clone(&settings);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let from_parent = match (event.source(), parent()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent || !settings.allows_parent(&event.origin()) {
            return;
        }
        let data = event.data();
        match field(&data, "type").as_deref() {
            Some(MEASURE_REQUEST) => post_height(&settings),
            Some(CHECKUP_MESSAGE) => {
                let read = handed_checkup(&data).map(|checkup| import::review(&checkup));
                let (read_count, refused_count) =
                    read.as_ref().map_or((0, 0), |review| (review.read.len(), review.refused.len()));
                let answer = message(
                    CHECKUP_RECEIVED,
                    &[("read", (read_count as u32).into()), ("refused", (refused_count as u32).into())],
                );
                // To the sender only: its origin was just checked.
                if let Some(parent) = parent() {
                    let _ = parent.post_message(&answer, &event.origin());
                }
                on_checkup.emit(read);
            }
            _ => {}
        }
    });
    let _ = gloo::utils::window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    post(&ready_settings, &message(READY_MESSAGE, &[]));
    Some(Reporter { observer, _on_resize: on_resize, on_message })
}
