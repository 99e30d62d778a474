//! Elements whose `class` is computed, without `Classes` (issue 6): `html!`
//! turns any non-literal `class={…}` into a `Classes`, an `IndexSet` of
//! strings, and that machinery costs ~2.8 KB of the brotli'd wasm. These
//! build the same virtual DOM as `html!` does: the same tag, attributes
//! (`class` last, as `html!` orders them) and children.

use yew::html::IntoEventCallback;
use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, Listeners, VTag};
use yew::{Html, MouseEvent};

/// `<name keys…=values…>children</name>`; a `None` value leaves its attribute out.
#[inline(never)]
pub fn element(name: &'static str, keys: &'static [&'static str], values: Vec<Option<AttrValue>>, listeners: Listeners, children: Html) -> Html {
    let values = values.into_iter().map(|value| value.map(AttributeOrProperty::Attribute)).collect();
    Html::from(VTag::__new_other(
        AttrValue::Static(name),
        Default::default(),
        None,
        Attributes::Dynamic { keys, values },
        listeners,
        children,
    ))
}

/// The class names that apply, joined with spaces as `classes!` joins them;
/// `None` (no attribute) when none applies. Each name is one word.
pub fn class_list(names: &[Option<&'static str>]) -> Option<AttrValue> {
    let mut list = String::new();
    for name in names.iter().flatten() {
        if !list.is_empty() {
            list.push(' ');
        }
        list.push_str(name);
    }
    (!list.is_empty()).then(|| AttrValue::from(list))
}

/// An `onclick` listener, as `html!`'s `onclick={…}` makes it.
pub fn onclick(callback: impl IntoEventCallback<MouseEvent>) -> Listeners {
    Listeners::Pending(Box::new([yew::html::onclick::Wrapper::__macro_new(callback)]))
}
