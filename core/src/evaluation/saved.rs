//! The text kept on the device when the participant ticks "keep my values on
//! this device" (docs/product.md, "Privacy rules"): what is written, and how
//! it is read back. The browser glue only stores and fetches the text.
//!
//! Format 2: `v2`, then `&name=value` for every entry (`Entries::to_pairs`),
//! each name and value percent-encoded but for ASCII letters, digits and
//! `-._*`. Text of any other form, including the unversioned pairs written
//! before the format had a version, is not read: it gives empty entries,
//! which the app then writes over. A participant who kept values with that
//! older build types them once more; nothing else is lost.

use crate::entries::Entries;

/// The one storage key. The text carries its format's version, and the key
/// stays as it was, so that "erase" also removes what an older build kept.
pub const KEY: &str = "kenshin-check:v1";

/// What the text starts with; a later format changes it.
const VERSION: &str = "v2";

/// `entries` as the text to keep.
pub fn save(entries: &Entries) -> String {
    let mut text = String::from(VERSION);
    for (name, value) in entries.to_pairs() {
        text.push('&');
        encode(name, &mut text);
        text.push('=');
        encode(&value, &mut text);
    }
    text
}

/// The entries in `text`; empty entries for text of an unknown version or
/// that is not whole (never a panic).
pub fn load(text: &str) -> Entries {
    read(text).unwrap_or_else(Entries::empty)
}

fn read(text: &str) -> Option<Entries> {
    let pairs = text.strip_prefix(VERSION)?;
    let mut read = Vec::new();
    if !pairs.is_empty() {
        for pair in pairs.strip_prefix('&')?.split('&') {
            let (name, value) = pair.split_once('=')?;
            read.push((decode(name)?, decode(value)?));
        }
    }
    Some(Entries::from_pairs(read))
}

fn encode(text: &str, into: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._*".contains(&byte) {
            into.push(char::from(byte));
        } else {
            into.push('%');
            into.push(char::from(HEX[usize::from(byte >> 4)]));
            into.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
}

/// `None` for a `%` not followed by two hex digits, or bytes that are not UTF-8.
fn decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, after)) = rest.split_first() {
        if byte == b'%' {
            let hex = after.get(..2)?;
            let digit = |at: usize| char::from(hex[at]).to_digit(16);
            bytes.push((digit(0)? * 16 + digit(1)?) as u8);
            rest = &after[2..];
        } else {
            bytes.push(byte);
            rest = after;
        }
    }
    String::from_utf8(bytes).ok()
}
