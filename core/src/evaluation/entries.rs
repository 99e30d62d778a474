//! Everything the participant entered, as entered, read and written by
//! control (`control.rs` names them): the form's pairs, the page a restart
//! takes over and the values kept on the device (`saved`) all go through
//! `text` and `set`.

use crate::answers::{Answers, Timing, UrineProtein};
use crate::control::{yes_no, Control};
use crate::form::Form;
use crate::key::Sex;
use crate::precautions::FollowUp;

#[derive(Clone, Debug, PartialEq)]
pub struct Entries {
    pub form: Form,
    pub checkup_date: String,
    pub follow_up: FollowUp,
    /// Timings, urine protein, smoking and medication (national bands, 階層化).
    pub answers: Answers,
    /// The interview's date and time as typed in the guide (`calendar.rs`):
    /// no health data, kept and erased with the rest.
    pub appointment_date: String,
    pub appointment_time: String,
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
            appointment_date: String::new(),
            appointment_time: String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Entries::empty()
    }

    /// What `control` holds, as the page holds it: "" for a blank or an
    /// unanswered choice.
    pub fn text(&self, control: Control) -> String {
        let answers = &self.answers;
        let choice = match control {
            Control::Value(key) => return self.form.value(key).to_string(),
            Control::Age => return self.form.age.clone(),
            Control::CheckupDate => return self.checkup_date.clone(),
            Control::AppointmentDate => return self.appointment_date.clone(),
            Control::AppointmentTime => return self.appointment_time.clone(),
            Control::Sex => self.form.sex.map(Sex::id),
            Control::TreatedNow => self.follow_up.treated_now.map(yes_no),
            Control::CheckupRequiresCare => self.follow_up.checkup_requires_care.map(yes_no),
            Control::GlucoseTiming => answers.glucose_timing.map(Timing::id),
            Control::TgTiming => answers.tg_timing.map(Timing::id),
            Control::UrineProtein => answers.urine_protein.map(UrineProtein::id),
            Control::Tick(tick) => answers.ticked(tick).map(yes_no),
        };
        choice.unwrap_or_default().to_string()
    }

    /// Sets `control` from the page's text; a choice the control does not
    /// have leaves it unanswered.
    pub fn set(&mut self, control: Control, text: String) {
        let answers = &mut self.answers;
        match control {
            Control::Value(key) => self.form.set_value(key, text),
            Control::Age => self.form.age = text,
            Control::CheckupDate => self.checkup_date = text,
            Control::AppointmentDate => self.appointment_date = text,
            Control::AppointmentTime => self.appointment_time = text,
            Control::Sex => self.form.sex = Sex::from_id(&text),
            Control::TreatedNow => self.follow_up.treated_now = parse_yes_no(&text),
            Control::CheckupRequiresCare => self.follow_up.checkup_requires_care = parse_yes_no(&text),
            Control::GlucoseTiming => answers.glucose_timing = Timing::from_id(&text),
            Control::TgTiming => answers.tg_timing = Timing::from_id(&text),
            Control::UrineProtein => answers.urine_protein = UrineProtein::from_id(&text),
            Control::Tick(tick) => *answers.ticked_mut(tick) = parse_yes_no(&text),
        }
    }

    /// Every entry as (name, text), in the page's order, so that
    /// `from_pairs` gives back exactly these entries.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Control::ALL.into_iter().map(|control| (control.id(), self.text(control))).collect()
    }

    /// The inverse of `to_pairs`, and what a form's controls send: a name
    /// that is absent keeps its starting value; unknown names are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Entries {
        let mut entries = Entries::empty();
        for (name, value) in pairs {
            if let Some(control) = Control::from_id(&name) {
                entries.set(control, value);
            }
        }
        entries
    }
}
