//! The checker's state: what the participant typed, as typed (the core's
//! `Entries`), and the language. Decisions are made by `kenshin_core` from
//! this, never stored.

use std::rc::Rc;

use kenshin_core::{Answers, Entries, Key, Sex};
use yew::Reducible;

use crate::text::Lang;

/// The two parts of the app; moving between them keeps every entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Checker,
    Guide,
}

impl Page {
    /// The stable hook `data-nav`; tests navigate with it (docs/product.md, "Stable hooks").
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
    /// The participant asked to keep entries on this device.
    pub keep: bool,
    pub entries: Entries,
    /// What "clear all" removed, until the next change: one tap brings it back.
    pub cleared: Option<Entries>,
}

impl State {
    pub fn new(lang: Lang, kept: Option<Entries>) -> Self {
        let keep = kept.is_some();
        State { lang, page: Page::Checker, keep, entries: kept.unwrap_or_else(Entries::empty), cleared: None }
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
    SetKeep(bool),
    SetAnswers(Answers),
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
            Action::SetKeep(keep) => {
                state.keep = keep;
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
            Action::SetAnswers(answers) => entries.answers = answers,
            Action::SetTreatedNow(yes) => entries.follow_up.treated_now = Some(yes),
            Action::SetCheckupRequiresCare(yes) => entries.follow_up.checkup_requires_care = Some(yes),
        }
        // Typing again means the cleared values are not wanted back.
        state.cleared = None;
        Rc::new(state)
    }
}
