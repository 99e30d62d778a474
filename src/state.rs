//! The checker's state: what the participant typed, as typed (the core's
//! `Entries`), and the language. Decisions are made by `kenshin_core` from
//! this, never stored.

use std::rc::Rc;

use kenshin_core::import::{ImportError, Review};
use kenshin_core::{Control, Entries, Key, Sex, Tick, Timing, UrineProtein};
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
    /// The browser refused to keep them (the box was unticked again, and says why).
    pub keep_refused: bool,
    /// A newer release of the app has installed and waits for the participant.
    pub update_ready: bool,
    pub entries: Entries,
    /// The form as it was before "clear all" or applying a review, until the next
    /// change: one tap puts it back.
    pub undo: Option<(Undo, Entries)>,
    /// A checkup file or a portal's hand-off, read and waiting for the participant.
    pub import: Option<Import>,
    /// The controls the last applied review filled, each until it is edited.
    pub imported: Vec<Control>,
    /// The national part is open, as the participant or the page last left it.
    pub national_open: bool,
    /// The precautions are open, as the participant last left them.
    pub precautions_open: bool,
}

/// What "undo" takes back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Undo {
    ClearAll,
    /// Applying a review (the controls it filled are `State::imported`: any edit
    /// ends the offer, so they are all still there while it stands).
    Import,
}

/// What a file or a portal handed over, before the participant decides.
#[derive(Clone, Debug)]
pub enum Import {
    Review { review: Rc<Review>, from_portal: bool },
    Error(ImportError),
}

/// A review is the one it was read as: a new file or message makes a new one.
impl PartialEq for Import {
    fn eq(&self, other: &Import) -> bool {
        match (self, other) {
            (Import::Review { review, .. }, Import::Review { review: other, .. }) => Rc::ptr_eq(review, other),
            (Import::Error(error), Import::Error(other)) => error == other,
            _ => false,
        }
    }
}

impl State {
    pub fn new(lang: Lang, kept: Option<Entries>) -> Self {
        let keep = kept.is_some();
        State {
            lang,
            page: Page::Checker,
            keep,
            keep_refused: false,
            update_ready: false,
            entries: kept.unwrap_or_else(Entries::empty),
            undo: None,
            import: None,
            imported: Vec::new(),
            national_open: false,
            precautions_open: false,
        }
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
    /// Keeping failed: the browser refused to store the values.
    KeepRefused,
    /// The loader says a newer release waits (src/loader.js).
    UpdateReady,
    ClearAll,
    Undo,
    /// A file was read or a portal handed a checkup over (`true`): show its review.
    ImportRead(Result<Review, ImportError>, bool),
    ApplyImport,
    DiscardImport,
    /// The national part was opened (`true`) or closed, by a tap or by the page.
    SetNationalOpen(bool),
    /// The precautions were opened (`true`) or folded.
    SetPrecautionsOpen(bool),
}

impl Action {
    /// The control this action edits, if it edits one.
    fn control(&self) -> Option<Control> {
        Some(match self {
            Action::SetValue(key, _) => Control::Value(*key),
            Action::SetAge(_) => Control::Age,
            Action::SetSex(_) => Control::Sex,
            Action::SetCheckupDate(_) => Control::CheckupDate,
            Action::SetAppointmentDate(_) => Control::AppointmentDate,
            Action::SetAppointmentTime(_) => Control::AppointmentTime,
            Action::SetTreatedNow(_) => Control::TreatedNow,
            Action::SetCheckupRequiresCare(_) => Control::CheckupRequiresCare,
            Action::SetGlucoseTiming(_) => Control::GlucoseTiming,
            Action::SetTgTiming(_) => Control::TgTiming,
            Action::SetUrineProtein(_) => Control::UrineProtein,
            Action::SetTicked(tick, _) => Control::Tick(*tick),
            _ => return None,
        })
    }

    /// Whether this edits what was entered: then the form as it was before "clear
    /// all" or an applied review is no longer offered back (typing again means it
    /// is not wanted). Moving around, the language, keeping, clearing and undoing
    /// itself leave the offer as it is.
    fn edits_entries(&self) -> bool {
        self.control().is_some() || matches!(self, Action::ApplyImport)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        if action.edits_entries() {
            state.undo = None;
        }
        if let Some(control) = action.control() {
            state.imported.retain(|imported| *imported != control);
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
            Action::SetKeep(keep) => {
                state.keep = keep;
                state.keep_refused = false;
            }
            Action::UpdateReady => state.update_ready = true,
            Action::KeepRefused => {
                state.keep = false;
                state.keep_refused = true;
            }
            Action::ClearAll => {
                if !entries.is_empty() {
                    state.undo = Some((Undo::ClearAll, std::mem::replace(entries, Entries::empty())));
                    state.imported.clear();
                }
            }
            Action::Undo => {
                if let Some((_, previous)) = state.undo.take() {
                    state.entries = previous;
                    state.imported.clear();
                }
            }
            Action::ImportRead(read, from_portal) => {
                state.import = Some(match read {
                    Ok(review) => Import::Review { review: Rc::new(review), from_portal },
                    Err(error) => Import::Error(error),
                });
            }
            Action::ApplyImport => {
                if let Some(Import::Review { review, .. }) = state.import.take() {
                    let before = std::mem::replace(&mut state.entries, review.apply(&self.entries));
                    state.undo = Some((Undo::Import, before));
                    state.imported = review.read.iter().map(|read| read.control).collect();
                }
            }
            Action::DiscardImport => state.import = None,
            Action::SetNationalOpen(open) => state.national_open = open,
            Action::SetPrecautionsOpen(open) => state.precautions_open = open,
        }
        Rc::new(state)
    }
}
