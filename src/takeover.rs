//! Taking over a page that already holds the checker's form.
//!
//! The page can hold what the participant typed before this instance of the
//! app started: the first view (docs/product.md, "First view") holds the form
//! before the wasm arrives; after a failure the loader replaces the page's body
//! with a copy of itself (the typed text, ticks and choices survive; the failed
//! instance's event listeners do not) and starts a fresh instance.
//! Either way the typed values are in the DOM, and Yew's mount clears the
//! host element, so they are read here first (`capture`, before mounting)
//! and become the starting state. It reads the form controls themselves,
//! by their `name`, not a stash written for it: whatever shows the form can
//! be taken over. Where the participant was (the focused field and its caret)
//! is put back after the first render.
//!
//! One exception: reloading into a newer release (src/loader.js) leaves no DOM
//! to read, so `stash_for_reload` puts the entries (in the core's text for kept
//! values) into the page's own history entry (`history.state`, which a reload
//! keeps and which never leaves the browser; not storage), and `capture` takes
//! them from there once and clears it.

use std::cell::RefCell;

use js_sys::{Function, Object, Reflect};
use kenshin_core::saved;
use kenshin_core::{Control, Entries, Key};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::state::{Page, State};
use crate::storage;
use crate::text::Lang;

/// What a page held: its non-blank fields and choices as (name, value),
/// whether "keep" was ticked, and the page shown.
struct Held {
    pairs: Vec<(String, String)>,
    keep: bool,
    page: Page,
    /// After a reload into a newer release: the form it stashed, in the text "keep" keeps.
    stash: Option<String>,
}

thread_local! {
    /// What the page held, until the first render takes it.
    static TAKEN: RefCell<Option<Held>> = const { RefCell::new(None) };
    /// The focused element's id and its selection (start, end), until restored.
    static FOCUS: RefCell<Option<(String, JsValue, JsValue)>> = const { RefCell::new(None) };
}

/// A property read without a typed binding for each kind of element: the
/// few imports the app already has instead of one per element type and
/// property (bytes).
fn property(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &name.into()).unwrap_or_default()
}

/// What `history.state` starts with when a reload into a newer release left the form in it.
const STASH: &str = "kenshin-check:";

/// What submitting the fields as a form would send: each named field's text, each
/// select's choice, and only the checked radios and checkboxes (a checkbox without a
/// value attribute sends "on"), blank ones too; and the page shown.
fn read_page() -> (Vec<(String, String)>, Page) {
    let document = gloo::utils::document();
    let selector = "input[name]:not([type=radio],[type=checkbox]),select[name],input[name]:checked";
    let mut pairs = Vec::new();
    if let Ok(controls) = document.query_selector_all(selector) {
        for index in 0..controls.length() {
            let Some(node) = controls.item(index) else { continue };
            let name = node.unchecked_ref::<Element>().get_attribute("name").unwrap_or_default();
            pairs.push((name, property(&node, "value").as_string().unwrap_or_default()));
        }
    }
    // The guide's section is in the page only while the guide is shown.
    let guide = ["[data-section=", Page::Guide.id(), "]"].concat();
    let page = match document.query_selector(&guide) {
        Ok(Some(_)) => Page::Guide,
        _ => Page::Checker,
    };
    (pairs, page)
}

/// Puts `entries` and the page shown into this page's history entry, for the reload into a
/// newer release: `kenshin-check:<page>:` and the text "keep" would keep (the core's format).
pub fn stash_for_reload(entries: &Entries, page: Page) {
    let stash = [STASH, page.id(), ":", &saved::save(entries)].concat();
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state(&stash.into(), "");
    }
}

/// The form a reload into a newer release left in the history entry (its text and page), taken once.
fn take_stash() -> Option<(String, Page)> {
    let history = gloo::utils::window().history().ok()?;
    let stash = history.state().ok()?.as_string()?;
    let (page, text) = stash.strip_prefix(STASH)?.split_once(':')?;
    let _ = history.replace_state(&JsValue::NULL, "");
    let page = if page == Page::Guide.id() { Page::Guide } else { Page::Checker };
    Some((text.to_string(), page))
}

/// Reads the checker's controls from the page (or, after a reload into a newer
/// release, what it stashed); call before Yew mounts. Nothing is kept when the page
/// holds no checker field (a first load).
pub fn capture() {
    // After a reload into a newer release: the entries it stashed ("keep" is as the device says).
    let held = match take_stash() {
        Some((text, page)) => Held { pairs: Vec::new(), keep: false, page, stash: Some(text) },
        None => {
            let (mut pairs, page) = read_page();
            if !pairs.iter().any(|(name, _)| Key::from_id(name).is_some()) {
                return;
            }
            let keep = pairs.iter().any(|(name, _)| name == Control::KEEP_VALUES);
            pairs.retain(|(_, value)| !value.is_empty());
            Held { pairs, keep, page, stash: None }
        }
    };
    TAKEN.with(|cell| *cell.borrow_mut() = Some(held));
    let document = gloo::utils::document();
    let focus = document
        .active_element()
        .map(|element| (element.id(), property(&element, "selectionStart"), property(&element, "selectionEnd")));
    FOCUS.with(|cell| *cell.borrow_mut() = focus);
}

/// The starting state: what the device kept, with what the page held over it
/// (the page is newer: it has what was typed since). A first view never shows
/// what was kept (it is built before any device has kept anything), so what was
/// typed into it joins what was kept rather than replace it, and "keep" stays
/// ticked. A restart's copy holds all that was kept already.
pub fn initial_state(lang: Lang) -> State {
    let kept_text = storage::kept_text();
    let mut held = TAKEN.with(|cell| cell.borrow_mut().take());
    let keep = kept_text.is_some() || held.as_ref().is_some_and(|held| held.keep);
    // A reload into a newer release stashed the form: newer than what the device kept.
    let text = held.as_mut().and_then(|held| held.stash.take()).or(kept_text);
    let kept = text.map(|text| saved::load(&text));
    let Some(Held { pairs, page, .. }) = held else {
        return State::new(lang, kept);
    };
    let kept_pairs = kept.map(|entries| entries.to_pairs()).unwrap_or_default();
    let kept_pairs = kept_pairs.into_iter().map(|(name, value)| (name.to_string(), value));
    let mut state = State::new(lang, Some(Entries::from_pairs(kept_pairs.chain(pairs))));
    state.keep = keep;
    state.page = page;
    state
}

/// After the first render: the focus and caret back where they were in the
/// page that was taken over, without scrolling (the page is where it was: the
/// mount clears and re-renders it in one task, with no layout in between).
/// Runs once.
pub fn restore_focus() {
    let Some((id, start, end)) = FOCUS.with(|cell| cell.borrow_mut().take()) else { return };
    let Some(element) = gloo::utils::document().get_element_by_id(&id) else { return };
    let call = |name: &str, first: &JsValue, second: &JsValue| {
        let _ = property(&element, name).unchecked_into::<Function>().call2(&element, first, second);
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"preventScroll".into(), &JsValue::TRUE);
    call("focus", &options, &JsValue::UNDEFINED);
    if start.as_f64().is_some() {
        call("setSelectionRange", &start, &end);
    }
}
