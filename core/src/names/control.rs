//! Every control the participant fills in, with its one name: the `id` and
//! `name` the page gives it, which the form's pairs, the page a restart takes
//! over, the values kept on the device, the bands (`data-band-for`) and the
//! support level's missing list all use. These are the stable hooks of
//! docs/product.md ("Stable hooks"): they never change.
//!
//! The choices inside a control have their own hooks on their own types
//! (`Sex::id`, `Timing::id`, `UrineProtein::id`, [`yes_no`]).

use crate::answers::Tick;
use crate::key::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Control {
    /// One of the 17 checkup values.
    Value(Key),
    Age,
    Sex,
    CheckupDate,
    /// The follow-up questions (leaflet ※1's last two criteria).
    TreatedNow,
    CheckupRequiresCare,
    GlucoseTiming,
    TgTiming,
    UrineProtein,
    /// Smoking and the three medications (質問票).
    Tick(Tick),
    /// The interview's date and time, typed in the guide.
    AppointmentDate,
    AppointmentTime,
}

/// The controls that are not checkup values, in the order of the page.
const OTHERS: [Control; 14] = [
    Control::Age,
    Control::CheckupDate,
    Control::AppointmentDate,
    Control::AppointmentTime,
    Control::Sex,
    Control::TreatedNow,
    Control::CheckupRequiresCare,
    Control::GlucoseTiming,
    Control::TgTiming,
    Control::UrineProtein,
    Control::Tick(Tick::Smoker),
    Control::Tick(Tick::MedBp),
    Control::Tick(Tick::MedGlucose),
    Control::Tick(Tick::MedLipids),
];
const COUNT: usize = Key::ALL.len() + OTHERS.len();

impl Control {
    /// The checkup file's `<input type="file">` (docs/product.md, "Values from a checkup
    /// file"): not an entry of its own, it fills the controls above.
    pub const CHECKUP_FILE: &'static str = "checkup_file";

    /// "Keep my values on this device" (docs/product.md, "Privacy rules"): not an entry,
    /// whether what is entered is kept. A takeover reads it back by this name.
    pub const KEEP_VALUES: &'static str = "keep_values";

    /// Every control: the 17 values, then the others.
    pub const ALL: [Control; COUNT] = {
        let mut all = [Control::Age; COUNT];
        let mut index = 0;
        while index < COUNT {
            all[index] =
                if index < Key::ALL.len() { Control::Value(Key::ALL[index]) } else { OTHERS[index - Key::ALL.len()] };
            index += 1;
        }
        all
    };

    /// The control's `id` and `name` in the page (for a radio group, the
    /// radios' `name`).
    pub const fn id(self) -> &'static str {
        match self {
            Control::Value(key) => key.id(),
            Control::Age => "age",
            Control::Sex => "sex",
            Control::CheckupDate => "checkup_date",
            Control::TreatedNow => "treated_now",
            Control::CheckupRequiresCare => "checkup_requires_care",
            Control::GlucoseTiming => "glucose_timing",
            Control::TgTiming => "tg_timing",
            Control::UrineProtein => "urine_protein",
            Control::Tick(tick) => tick.id(),
            Control::AppointmentDate => "appointment_date",
            Control::AppointmentTime => "appointment_time",
        }
    }

    /// Whether the control is in the form's national part (docs/product.md, "National
    /// bands and support level"): the values beyond the ※1 criteria, the
    /// triglycerides' timing, urine protein and the questionnaire's ticks.
    pub const fn in_national_part(self) -> bool {
        match self {
            Control::Value(key) => !key.is_criterion(),
            Control::TgTiming | Control::UrineProtein | Control::Tick(_) => true,
            Control::Age
            | Control::Sex
            | Control::CheckupDate
            | Control::TreatedNow
            | Control::CheckupRequiresCare
            | Control::GlucoseTiming
            | Control::AppointmentDate
            | Control::AppointmentTime => false,
        }
    }

    pub fn from_id(id: &str) -> Option<Control> {
        Control::ALL.into_iter().find(|control| control.id() == id)
    }
}

/// The radio value of a yes/no question ("yes" / "no").
pub const fn yes_no(yes: bool) -> &'static str {
    if yes {
        "yes"
    } else {
        "no"
    }
}
