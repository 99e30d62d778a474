//! "Keep my values on this device": the only storage the app ever writes,
//! and only after the participant ticks it. Nothing else is stored. The
//! text and its format are the core's (core/src/evaluation/saved.rs); this is the glue.

use kenshin_core::saved::{self, KEY};
use kenshin_core::Entries;

fn local_storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and some private modes: then there is no storage.
    gloo::utils::window().local_storage().ok().flatten()
}

/// The text the device kept, if it kept any (`saved::load` reads it: src/takeover.rs).
pub fn kept_text() -> Option<String> {
    local_storage()?.get_item(KEY).ok().flatten()
}

/// The browser would not keep the values: no storage here (a portal's frame with
/// third-party storage blocked, a sandbox, some private modes) or a full one.
#[derive(Debug)]
pub struct Refused;

/// Keeps `entries`, or says that the browser refused: the participant must not
/// close the page believing they are kept.
pub fn save(entries: &Entries) -> Result<(), Refused> {
    let storage = local_storage().ok_or(Refused)?;
    storage.set_item(KEY, &saved::save(entries)).map_err(|_| Refused)
}

pub fn erase() {
    if let Some(storage) = local_storage() {
        if storage.get_item(KEY).ok().flatten().is_some() {
            let _ = storage.remove_item(KEY);
        }
    }
}
