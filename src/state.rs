//! The checker's state: what the participant typed, as typed, and the
//! language. Decisions are made by `kenshin_core` from this, never stored.

use std::rc::Rc;

use kenshin_core::precautions::FollowUp;
use kenshin_core::{Form, Key, Sex};
use yew::Reducible;

use crate::text::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct Entries {
    pub form: Form,
    pub checkup_date: String,
    pub follow_up: FollowUp,
}

impl Entries {
    pub fn empty() -> Self {
        Entries { form: Form::default(), checkup_date: String::new(), follow_up: FollowUp::default() }
    }

    pub fn is_empty(&self) -> bool {
        *self == Entries::empty()
    }
}

/// The two parts of the app; moving between them keeps every entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Checker,
    Guide,
}

impl Page {
    /// The stable hook `data-nav` (SPEC §7).
    pub const fn id(self) -> &'static str {
        match self {
            Page::Checker => "checker",
            Page::Guide => "guide",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub page: Page,
    pub entries: Entries,
    /// What "clear all" removed, until the next change: one tap brings it back.
    pub cleared: Option<Entries>,
}

impl State {
    pub fn new(lang: Lang) -> Self {
        State { lang, page: Page::Checker, entries: Entries::empty(), cleared: None }
    }
}

pub enum Action {
    SetValue(Key, String),
    SetAge(String),
    SetSex(Sex),
    SetCheckupDate(String),
    SetTreatedNow(bool),
    SetCheckupRequiresCare(bool),
    SetLang(Lang),
    Show(Page),
    ClearAll,
    UndoClear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        let entries = &mut state.entries;
        match action {
            Action::SetLang(lang) => {
                state.lang = lang;
                return Rc::new(state);
            }
            Action::Show(page) => {
                state.page = page;
                return Rc::new(state);
            }
            Action::ClearAll => {
                if !entries.is_empty() {
                    state.cleared = Some(std::mem::replace(entries, Entries::empty()));
                }
                return Rc::new(state);
            }
            Action::UndoClear => {
                if let Some(previous) = state.cleared.take() {
                    state.entries = previous;
                }
                return Rc::new(state);
            }
            Action::SetValue(key, raw) => entries.form.set_value(key, raw),
            Action::SetAge(raw) => entries.form.age = raw,
            Action::SetSex(sex) => entries.form.sex = Some(sex),
            Action::SetCheckupDate(raw) => entries.checkup_date = raw,
            Action::SetTreatedNow(yes) => entries.follow_up.treated_now = Some(yes),
            Action::SetCheckupRequiresCare(yes) => entries.follow_up.checkup_requires_care = Some(yes),
        }
        // Typing again means the cleared values are not wanted back.
        state.cleared = None;
        Rc::new(state)
    }
}
