//! Getting the check ready: the first view's words in English.

use crate::text::first_view::FirstViewText;

pub static FIRST_VIEW_EN: FirstViewText = FirstViewText {
    pending: "Getting the check ready…",
    pending_detail: "You can type your values now. The check uses them as soon as it is ready.",
    pending_hint: "If no result appears after a while, note down your values, then reload the page.",
};
