//! Everything the participant entered, as entered, and its names: the
//! `name` of each control in the page, which the form's pairs, the page a
//! restart takes over and the values kept on the device (`saved`) all use.

use crate::answers::{Answers, Tick, Timing, UrineProtein};
use crate::calendar;
use crate::field::{Key, Sex};
use crate::precautions::FollowUp;
use crate::verdict::Form;

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

/// A yes/no question's value in the page ("yes" / "no").
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
            appointment_date: String::new(),
            appointment_time: String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Entries::empty()
    }

    /// Every entry as (name, text), in form order; "" for a blank or an
    /// unanswered choice, so that `from_pairs` gives back exactly these entries.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let answers = &self.answers;
        let mut pairs: Vec<(&'static str, String)> =
            Key::ALL.into_iter().map(|key| (key.id(), self.form.value(key).to_string())).collect();
        pairs.push(("age", self.form.age.clone()));
        pairs.push(("checkup_date", self.checkup_date.clone()));
        pairs.push((calendar::DATE_ID, self.appointment_date.clone()));
        pairs.push((calendar::TIME_ID, self.appointment_time.clone()));
        let choices = [
            ("sex", self.form.sex.map(Sex::id)),
            ("treated_now", yes_no(self.follow_up.treated_now)),
            ("checkup_requires_care", yes_no(self.follow_up.checkup_requires_care)),
            ("glucose_timing", answers.glucose_timing.map(Timing::id)),
            ("tg_timing", answers.tg_timing.map(Timing::id)),
            ("urine_protein", answers.urine_protein.map(UrineProtein::id)),
        ];
        let ticks = Tick::ALL.map(|tick| (tick.id(), yes_no(answers.ticked(tick))));
        pairs.extend(
            choices.into_iter().chain(ticks).map(|(name, value)| (name, value.unwrap_or_default().to_string())),
        );
        pairs
    }

    /// The inverse of `to_pairs`, and what a form's controls send: a name
    /// that is absent keeps its starting value; unknown names and values are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Entries {
        let mut entries = Entries::empty();
        let answers = &mut entries.answers;
        for (name, value) in pairs {
            match name.as_str() {
                "age" => entries.form.age = value,
                "checkup_date" => entries.checkup_date = value,
                calendar::DATE_ID => entries.appointment_date = value,
                calendar::TIME_ID => entries.appointment_time = value,
                "sex" => entries.form.sex = Sex::from_id(&value),
                "treated_now" => entries.follow_up.treated_now = parse_yes_no(&value),
                "checkup_requires_care" => entries.follow_up.checkup_requires_care = parse_yes_no(&value),
                "glucose_timing" => answers.glucose_timing = Timing::from_id(&value),
                "tg_timing" => answers.tg_timing = Timing::from_id(&value),
                "urine_protein" => answers.urine_protein = UrineProtein::from_id(&value),
                _ => {
                    if let Some(key) = Key::from_id(&name) {
                        entries.form.set_value(key, value);
                    } else if let Some(tick) = Tick::from_id(&name) {
                        *answers.ticked_mut(tick) = parse_yes_no(&value);
                    }
                }
            }
        }
        entries
    }
}
