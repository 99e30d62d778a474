//! The checker's state: what the participant typed, as typed, and the
//! language. Decisions are made by `kenshin_core` from this, never stored.

use std::rc::Rc;

use kenshin_core::precautions::FollowUp;
use kenshin_core::{Answers, Form, Key, Sex, Timing, UrineProtein};
use yew::Reducible;

use crate::text::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct Entries {
    pub form: Form,
    pub checkup_date: String,
    pub follow_up: FollowUp,
    /// Timings, urine protein, smoking and medication (national bands, 階層化).
    pub answers: Answers,
}

/// A yes/no question's stored form.
pub fn yes_no(answer: Option<bool>) -> Option<&'static str> {
    answer.map(|yes| if yes { "yes" } else { "no" })
}

fn parse_yes_no(text: &str) -> Option<bool> {
    match text {
        // "on": a ticked checkbox's value in the page (HTML's default value),
        // as a form sends it; an unticked one sends nothing.
        "yes" | "on" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

impl Entries {
    pub fn empty() -> Self {
        Entries {
            form: Form::default(),
            checkup_date: String::new(),
            follow_up: FollowUp::default(),
            // Timings start at fasting, checkboxes unticked (docs/product.md, "National
            // bands and support level").
            answers: Answers {
                glucose_timing: Some(Timing::Fasting),
                tg_timing: Some(Timing::Fasting),
                urine_protein: None,
                smoker: Some(false),
                med_bp: Some(false),
                med_glucose: Some(false),
                med_lipids: Some(false),
            },
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Entries::empty()
    }

    /// Every non-empty entry as (name, text).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let answers = &self.answers;
        let mut pairs: Vec<(&'static str, String)> =
            Key::ALL.into_iter().map(|key| (key.id(), self.form.value(key).to_string())).collect();
        pairs.push(("age", self.form.age.clone()));
        pairs.push(("checkup_date", self.checkup_date.clone()));
        let choices = [
            ("sex", self.form.sex.map(Sex::id)),
            ("treated_now", yes_no(self.follow_up.treated_now)),
            ("checkup_requires_care", yes_no(self.follow_up.checkup_requires_care)),
            ("glucose_timing", answers.glucose_timing.map(Timing::id)),
            ("tg_timing", answers.tg_timing.map(Timing::id)),
            ("urine_protein", answers.urine_protein.map(UrineProtein::id)),
            ("smoker", yes_no(answers.smoker)),
            ("med_bp", yes_no(answers.med_bp)),
            ("med_glucose", yes_no(answers.med_glucose)),
            ("med_lipids", yes_no(answers.med_lipids)),
        ];
        pairs.extend(choices.into_iter().filter_map(|(name, value)| Some((name, value?.to_string()))));
        pairs.retain(|(_, value)| !value.is_empty());
        pairs
    }

    /// The inverse of `to_pairs`; unknown names and values are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Entries {
        let mut entries = Entries::empty();
        let answers = &mut entries.answers;
        for (name, value) in pairs {
            match name.as_str() {
                "age" => entries.form.age = value,
                "checkup_date" => entries.checkup_date = value,
                "sex" => entries.form.sex = Sex::from_id(&value),
                "treated_now" => entries.follow_up.treated_now = parse_yes_no(&value),
                "checkup_requires_care" => entries.follow_up.checkup_requires_care = parse_yes_no(&value),
                "glucose_timing" => answers.glucose_timing = Timing::from_id(&value),
                "tg_timing" => answers.tg_timing = Timing::from_id(&value),
                "urine_protein" => answers.urine_protein = UrineProtein::from_id(&value),
                "smoker" => answers.smoker = parse_yes_no(&value),
                "med_bp" => answers.med_bp = parse_yes_no(&value),
                "med_glucose" => answers.med_glucose = parse_yes_no(&value),
                "med_lipids" => answers.med_lipids = parse_yes_no(&value),
                _ => {
                    if let Some(key) = Key::from_id(&name) {
                        entries.form.set_value(key, value);
                    }
                }
            }
        }
        entries
    }
}

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
