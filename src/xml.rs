//! The page's own XML parser (DOMParser, which never fetches anything) → the core's
//! `Element` tree; what the tree means is decided in `kenshin_core::import`. The core
//! refuses a document type declaration before this parser ever sees the text.

use kenshin_core::import::document::{ATTRIBUTES, XSI, XSI_TYPE};
use kenshin_core::import::{Element, Parsed};

/// Deeper than any checkup file (about 10 levels): a file nested deeper is not one, and
/// copying it would only use up the stack.
const MAX_DEPTH: usize = 64;

pub fn parse(text: &str) -> Parsed {
    let parser = web_sys::DomParser::new().ok()?;
    let document = parser.parse_from_string(text, web_sys::SupportedType::ApplicationXml).ok()?;
    // Text that is not well-formed gives a document holding a <parsererror>: inside the
    // root in Chromium and WebKit, as the root in Firefox.
    if document.get_elements_by_tag_name("parsererror").length() > 0 {
        return None;
    }
    element(&document.document_element()?, 0)
}

fn element(node: &web_sys::Element, depth: usize) -> Option<Element> {
    if depth > MAX_DEPTH {
        return None;
    }
    let attributes = ATTRIBUTES
        .iter()
        .filter_map(|&name| {
            let value =
                if name == XSI_TYPE { node.get_attribute_ns(Some(XSI), "type") } else { node.get_attribute(name) };
            value.map(|value| (name, value))
        })
        .collect();
    let list = node.children();
    let children = (0..list.length()).filter_map(|index| list.item(index)).map(|child| element(&child, depth + 1));
    Some(Element {
        namespace: node.namespace_uri().unwrap_or_default(),
        name: node.local_name(),
        attributes,
        children: children.collect::<Option<_>>()?,
    })
}
