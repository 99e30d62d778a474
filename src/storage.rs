//! "Keep my values on this device": the only storage the app ever writes,
//! and only after the participant ticks it. Nothing else is stored.

use crate::state::Entries;

/// One key; the version lets a later format ignore an older one.
pub const KEY: &str = "kenshin-check:v1";

fn local_storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and some private modes: then there is no storage.
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn load() -> Option<Entries> {
    let saved = local_storage()?.get_item(KEY).ok().flatten()?;
    // Written by URLSearchParams: '+' is a space, everything else percent-encoded.
    let decode =
        |text: &str| js_sys::decode_uri_component(&text.replace('+', " ")).map(String::from).unwrap_or_default();
    let pairs =
        saved.split('&').filter_map(|pair| pair.split_once('=')).map(|(name, value)| (decode(name), decode(value)));
    // Collected: `from_pairs` then has one copy in the wasm, shared with the takeover's.
    Some(Entries::from_pairs(pairs.collect::<Vec<_>>()))
}

pub fn save(entries: &Entries) {
    let Some(storage) = local_storage() else { return };
    let Ok(params) = web_sys::UrlSearchParams::new() else { return };
    for (name, value) in entries.to_pairs() {
        params.append(name, &value);
    }
    let _ = storage.set_item(KEY, &String::from(params.to_string()));
}

pub fn erase() {
    if let Some(storage) = local_storage() {
        if storage.get_item(KEY).ok().flatten().is_some() {
            let _ = storage.remove_item(KEY);
        }
    }
}
