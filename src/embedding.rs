//! Inside an insurer's portal: tell the parent page our content height so
//! it can size the iframe, and nothing else, only to the allowed origins.

use std::rc::Rc;

use kenshin_core::settings::Settings;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub const HEIGHT_MESSAGE: &str = "kenshin-check:height";
pub const MEASURE_REQUEST: &str = "kenshin-check:measure";

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

/// Posts `{type, height}` to the parent, addressed to each allowed origin:
/// the browser delivers it only if the parent really has that origin.
fn post_height(settings: &Settings) {
    let Some(parent) = parent() else { return };
    let Some(body) = gloo::utils::document().body() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &body.scroll_height().into());
    // Where the browser tells the parent's origin (Chromium, Safari), address
    // only that one, if allowed; elsewhere try each allowed origin: the
    // browser delivers only to the one that matches.
    let ancestor = parent_origin();
    match ancestor {
        Some(origin) if settings.allows_parent(&origin) => {
            let _ = parent.post_message(&message, &origin);
        }
        Some(_) => {}
        None => {
            for origin in &settings.allowed_parents {
                let _ = parent.post_message(&message, origin);
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

/// Starts reporting when framed and some parent origin is allowed.
pub fn start(settings: Rc<Settings>) -> Option<Reporter> {
    parent()?;
    if settings.allowed_parents.is_empty() {
        return None;
    }
    let body = gloo::utils::document().body()?;
    let on_resize = {
        let settings = Rc::clone(&settings);
        Closure::<dyn FnMut()>::new(move || post_height(&settings))
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let from_parent = match (event.source(), parent()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok().and_then(|v| v.as_string());
        if from_parent && settings.allows_parent(&event.origin()) && kind.as_deref() == Some(MEASURE_REQUEST) {
            post_height(&settings);
        }
    });
    let _ = gloo::utils::window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    Some(Reporter { observer, _on_resize: on_resize, on_message })
}
