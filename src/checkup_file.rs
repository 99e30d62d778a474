//! The checkup file the participant picks: its text, read in the page and handed
//! to the core (`kenshin_core::import`). Nothing is sent anywhere, and nothing of
//! this runs before a file is picked.

use kenshin_core::import::{self, ImportError, Review, MAX_FILE_BYTES};
use wasm_bindgen_futures::JsFuture;

/// Reads `file` and reviews what it holds; a file over the limit is refused before
/// a byte of it is read.
pub async fn read(file: web_sys::File) -> Result<Review, ImportError> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(ImportError::TooLarge);
    }
    // As UTF-8, the standard's encoding. A file the browser cannot read (moved or
    // deleted since it was picked) is, to the participant, not a readable file.
    let text = JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string()).ok_or(ImportError::NotXml)?;
    import::read_text(&text, crate::xml::parse).map(|checkup| import::review(&checkup))
}
