//! The checker's state: what the participant typed, as typed (the core's
//! `Entries`), and the language. Decisions are made by `kenshin_core` from
//! this, never stored.

use std::rc::Rc;

use kenshin_core::{Entries, Key, Sex, Tick, Timing, UrineProtein};
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

/// One change, as one control makes it; the reducer applies it to the
/// state as it is then, so no change is built from an older render's values.
pub enum Action {
    SetValue(Key, String),
    SetAge(String),
    SetSex(Sex),
    SetCheckupDate(String),
    SetAppointmentDate(String),
    SetAppointmentTime(String),
    SetTreatedNow(bool),
    SetCheckupRequiresCare(bool),
    SetGlucoseTiming(Timing),
    SetTgTiming(Timing),
    SetUrineProtein(Option<UrineProtein>),
    SetTicked(Tick, bool),
    SetLang(Lang),
    Show(Page),
    SetKeep(bool),
    ClearAll,
    UndoClear,
}

impl Action {
    /// Whether this edits what was entered: then the values "clear all"
    /// removed are no longer offered back (typing again means they are not
    /// wanted). Moving around, the language, keeping, clearing and undoing
    /// itself leave the offer as it is.
    fn edits_entries(&self) -> bool {
        match self {
            Action::SetValue(..)
            | Action::SetAge(_)
            | Action::SetSex(_)
            | Action::SetCheckupDate(_)
            | Action::SetAppointmentDate(_)
            | Action::SetAppointmentTime(_)
            | Action::SetTreatedNow(_)
            | Action::SetCheckupRequiresCare(_)
            | Action::SetGlucoseTiming(_)
            | Action::SetTgTiming(_)
            | Action::SetUrineProtein(_)
            | Action::SetTicked(..) => true,
            Action::SetLang(_) | Action::Show(_) | Action::SetKeep(_) | Action::ClearAll | Action::UndoClear => false,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        if action.edits_entries() {
            state.cleared = None;
        }
        let entries = &mut state.entries;
        let answers = &mut entries.answers;
        match action {
            Action::SetValue(key, raw) => entries.form.set_value(key, raw),
            Action::SetAge(raw) => entries.form.age = raw,
            Action::SetSex(sex) => entries.form.sex = Some(sex),
            Action::SetCheckupDate(raw) => entries.checkup_date = raw,
            Action::SetAppointmentDate(raw) => entries.appointment_date = raw,
            Action::SetAppointmentTime(raw) => entries.appointment_time = raw,
            Action::SetTreatedNow(yes) => entries.follow_up.treated_now = Some(yes),
            Action::SetCheckupRequiresCare(yes) => entries.follow_up.checkup_requires_care = Some(yes),
            Action::SetGlucoseTiming(timing) => answers.glucose_timing = Some(timing),
            Action::SetTgTiming(timing) => answers.tg_timing = Some(timing),
            Action::SetUrineProtein(grade) => answers.urine_protein = grade,
            Action::SetTicked(tick, checked) => *answers.ticked_mut(tick) = Some(checked),
            Action::SetLang(lang) => state.lang = lang,
            Action::Show(page) => state.page = page,
            Action::SetKeep(keep) => state.keep = keep,
            Action::ClearAll => {
                if !entries.is_empty() {
                    state.cleared = Some(std::mem::replace(entries, Entries::empty()));
                }
            }
            Action::UndoClear => {
                if let Some(previous) = state.cleared.take() {
                    state.entries = previous;
                }
            }
        }
        Rc::new(state)
    }
}
