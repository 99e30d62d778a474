//! The few things the shell asks of the browser: the page's language (read
//! from `<html lang>`, kept in the URL), today's date, printing. Kept here so
//! components stay plain.

use kenshin_core::Date;

use crate::text::Lang;

/// The page's language, `<html lang>`: index.html's head script sets it
/// before the first paint (`?lang=`, else the operator's `default-lang`, else
/// Japanese), so the page is in it with or without the app. Japanese if the
/// attribute names no language the app has.
pub fn initial_lang() -> Lang {
    gloo::utils::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::Ja)
}

/// Keep `?lang=` in the address (a reload keeps the language) and tell
/// assistive technology which language the page is in. No request is made.
pub fn apply_lang(lang: Lang) {
    let window = gloo::utils::window();
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    let href = window.location().href().unwrap_or_default();
    if let Ok(url) = web_sys::Url::new(&href) {
        url.search_params().set("lang", lang.code());
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
        }
    }
    gloo::utils::document().set_title(lang.text().app_title);
}

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Moves the focus to the element `id` (made focusable with `tabindex="-1"`) and
/// brings it into view.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
