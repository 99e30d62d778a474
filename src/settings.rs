//! Reads the operator's settings from `<meta name="kenshin:…">` tags: no
//! request, nothing executable. Validation lives in the core; warnings go
//! to the console so an operator sees what was not applied.

use kenshin_core::settings::Settings;
use wasm_bindgen::JsCast;

const PREFIX: &str = "kenshin:";

pub fn load() -> Settings {
    let document = gloo::utils::document();
    let mut pairs = Vec::new();
    if let Ok(metas) = document.query_selector_all("meta[name^='kenshin:']") {
        for i in 0..metas.length() {
            let Some(meta) = metas.item(i).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else { continue };
            let name = meta.get_attribute("name").unwrap_or_default();
            let content = meta.get_attribute("content").unwrap_or_default();
            pairs.push((name.trim_start_matches(PREFIX).to_string(), content));
        }
    }
    let (settings, warnings) = Settings::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    if let Some(colour) = &settings.accent_colour {
        // Through the CSSOM, which the content security policy does not restrict; a
        // `style` attribute would be refused: style-src allows only the page's own
        // `<style>`, by its hash.
        if let Some(root) = document.document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = root.style().set_property("--accent", colour);
        }
    }
    settings
}
