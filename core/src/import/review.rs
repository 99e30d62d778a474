//! A checkup → what each control of the form would get, and every item the app
//! knows but cannot use, with why (docs/product.md, "Values from a checkup file").
//! Nothing changes until the participant applies the review.

use crate::answers::{Tick, Timing, UrineProtein};
use crate::control::{yes_no, Control};
use crate::date::Date;
use crate::entries::Entries;
use crate::import::document::{Checkup, Finding};
use crate::import::item_codes::{self, Item, Variant};
use crate::input::{self, InputError};
use crate::key::Key;
use crate::number;

/// What the file gives one control, as the control holds it (`Entries::set`).
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub control: Control,
    pub text: String,
    /// Where the value was chosen from several in the file (blood pressure read
    /// twice; fasting and random glucose): every one, so the review shows them all.
    pub readings: Vec<(Variant, String)>,
}

impl Read {
    /// Whether the file holds the first and second readings of this value, so that
    /// MHLW's mean of the two is what counts (`blood_pressure`).
    pub fn measured_twice(&self) -> bool {
        let has = |variant| self.readings.iter().any(|(taken, _)| *taken == variant);
        has(Variant::FirstReading) && has(Variant::SecondReading)
    }
}

/// An item the app knows that the file holds but that cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    pub control: Control,
    pub reason: Refusal,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// HbA1c in JDS units (exams up to FY2012): the programme's 10.0 % is NGSP.
    JdsHba1c,
    /// A unit other than the field's own (never converted); empty if none was given.
    WrongUnit(String),
    /// Marked as not done.
    NotDone,
    /// Marked as not measurable, or no value given.
    NotMeasured,
    /// Only "above" or "below" the range the 健診機関 could enter, with no number.
    BeyondRange { above: bool },
    /// A number the form would not accept (the same reason typing it would give).
    NotUsable(InputError),
    /// An answer code the item does not have.
    UnknownAnswer,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Review {
    /// One row per control the file fills, in the form's order.
    pub read: Vec<Read>,
    /// One row per known item that could not be used and whose control the file
    /// does not fill otherwise, in the form's order.
    pub refused: Vec<Refused>,
}

impl Review {
    /// The form with every control the file fills replaced; everything else as it was.
    pub fn apply(&self, entries: &Entries) -> Entries {
        let mut applied = entries.clone();
        for read in &self.read {
            applied.set(read.control, read.text.clone());
        }
        applied
    }

    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.refused.is_empty()
    }
}

/// A number of `key` as the file gives it, with how it was taken.
struct Candidate {
    variant: Variant,
    text: String,
    value: f64,
}

/// What the file gives each control, kept by the control's place in the form
/// (`Control::ALL`), so that the review lists them in the form's order.
struct ByControl {
    read: Vec<Option<Read>>,
    refused: Vec<Option<Refusal>>,
}

impl ByControl {
    fn place(control: Control) -> usize {
        Control::ALL.iter().position(|known| *known == control).expect("every control is in Control::ALL")
    }

    /// The first answer in the file stands (a questionnaire item is asked once).
    fn read(&mut self, control: Control, text: String, readings: Vec<(Variant, String)>) {
        self.read[Self::place(control)].get_or_insert(Read { control, text, readings });
    }

    fn refuse(&mut self, control: Control, reason: Refusal) {
        self.refused[Self::place(control)].get_or_insert(reason);
    }
}

pub fn review(checkup: &Checkup) -> Review {
    let mut found = ByControl { read: vec![None; Control::ALL.len()], refused: vec![None; Control::ALL.len()] };
    let mut candidates: [Vec<Candidate>; Key::ALL.len()] = Default::default();
    for observation in &checkup.observations {
        let Some(item) = item_codes::item(&observation.code) else { continue };
        let answer = match &observation.finding {
            Finding::Value { value, unit } => Ok((value.as_str(), unit.as_deref())),
            Finding::NotDone => Err(Refusal::NotDone),
            Finding::NotMeasured => Err(Refusal::NotMeasured),
            &Finding::BeyondRange { above } => Err(Refusal::BeyondRange { above }),
        };
        let (control, outcome) = match item {
            Item::Value(key, variant) => {
                let outcome = answer.and_then(|(text, unit)| number_of(key, text, unit)).map(|(text, value)| {
                    candidates[key.index()].push(Candidate { variant, text, value });
                });
                (Control::Value(key), outcome.map(|()| None))
            }
            Item::Hba1cJds => (Control::Value(Key::Hba1c), Err(Refusal::JdsHba1c)),
            Item::UrineProtein => (Control::UrineProtein, answer.and_then(|(code, _)| urine_protein(code)).map(Some)),
            Item::Medication(tick) => (Control::Tick(tick), answer.and_then(|(code, _)| medication(code)).map(Some)),
            Item::Smoking => (Control::Tick(Tick::Smoker), answer.and_then(|(code, _)| smoking(code)).map(Some)),
        };
        match outcome {
            Ok(Some(text)) => found.read(control, text.to_string(), Vec::new()),
            Ok(None) => {}
            Err(reason) => found.refuse(control, reason),
        }
    }
    for key in Key::ALL {
        let taken = &candidates[key.index()];
        let Some((text, variant)) = choose(key, taken) else { continue };
        let readings = if taken.len() > 1 {
            taken.iter().map(|candidate| (candidate.variant, candidate.text.clone())).collect()
        } else {
            Vec::new()
        };
        found.read(Control::Value(key), text, readings);
        if let Variant::Taken(timing) = variant {
            let timing_control = if key == Key::Glucose { Control::GlucoseTiming } else { Control::TgTiming };
            found.read(timing_control, timing.id().to_string(), Vec::new());
        }
    }
    if let Some(sex) = checkup.sex {
        found.read(Control::Sex, sex.id().to_string(), Vec::new());
    }
    if let Some(exam) = checkup.exam_date {
        found.read(Control::CheckupDate, exam.iso(), Vec::new());
        if let Some(age) = checkup.birth_date.and_then(|birth| age_on(birth, exam)) {
            let text = age.to_string();
            match input::parse_age(&text) {
                Ok(_) => found.read(Control::Age, text, Vec::new()),
                Err(error) => found.refuse(Control::Age, Refusal::NotUsable(error)),
            }
        }
    }
    // A refusal matters only where the file gives the control nothing usable.
    let refused = Control::ALL
        .into_iter()
        .zip(found.refused)
        .zip(&found.read)
        .filter_map(|((control, reason), read)| Some(Refused { control, reason: reason.filter(|_| read.is_none())? }))
        .collect();
    Review { read: found.read.into_iter().flatten().collect(), refused }
}

/// A value and its unit → the text for the field and the number it means, or why not.
fn number_of(key: Key, text: &str, unit: Option<&str>) -> Result<(String, f64), Refusal> {
    let unit = unit.unwrap_or_default();
    if !item_codes::is_unit_of(key, unit) {
        return Err(Refusal::WrongUnit(unit.trim().to_string()));
    }
    match input::parse_value(key, text) {
        Ok(Some(value)) => Ok((text.trim().to_string(), value)),
        Ok(None) => Err(Refusal::NotMeasured),
        Err(error) => Err(Refusal::NotUsable(error)),
    }
}

/// The value a field gets from all the file gives for it, and which kind it is.
fn choose(key: Key, found: &[Candidate]) -> Option<(String, Variant)> {
    if matches!(key, Key::SystolicBp | Key::DiastolicBp) {
        return blood_pressure(found).map(|text| (text, Variant::Single));
    }
    // Fasting before random; measured before said (docs/checkup-file.md, "Several values").
    let rank = |variant: Variant| match variant {
        Variant::Taken(Timing::Fasting) | Variant::Measured => 0,
        Variant::Taken(Timing::Random) | Variant::SelfMeasured => 1,
        _ => 2,
    };
    let best = found.iter().min_by_key(|candidate| rank(candidate.variant))?;
    Some((best.text.clone(), best.variant))
}

/// The blood pressure that counts when the file holds several readings
/// (docs/checkup-file.md, "Blood pressure read twice"). MHLW measures twice and uses
/// the mean, which the 健診機関 enters as その他: so その他 when the file has it, else the
/// mean of the first and second readings, else the one reading there is.
fn blood_pressure(found: &[Candidate]) -> Option<String> {
    let of = |variant: Variant| found.iter().find(|candidate| candidate.variant == variant);
    match (of(Variant::OtherReading), of(Variant::FirstReading), of(Variant::SecondReading)) {
        (Some(submitted), _, _) => Some(submitted.text.clone()),
        (None, Some(first), Some(second)) => {
            Some(number::plain(number::round_to((first.value + second.value) / 2.0, 1)))
        }
        (None, Some(only), None) | (None, None, Some(only)) => Some(only.text.clone()),
        (None, None, None) => None,
    }
}

/// 尿蛋白 answers of 1.2.392.200119.6.2102: 1 −, 2 ±, 3 +, 4 ++, 5 +++.
fn urine_protein(code: &str) -> Result<&'static str, Refusal> {
    let grade = match code.trim() {
        "1" => UrineProtein::Negative,
        "2" => UrineProtein::Trace,
        "3" => UrineProtein::One,
        "4" => UrineProtein::Two,
        "5" => UrineProtein::Three,
        _ => return Err(Refusal::UnknownAnswer),
    };
    Ok(grade.id())
}

/// 服薬 answers of 1.2.392.200119.6.2003: 1 はい, 2 いいえ.
fn medication(code: &str) -> Result<&'static str, Refusal> {
    match code.trim() {
        "1" => Ok(yes_no(true)),
        "2" => Ok(yes_no(false)),
        _ => Err(Refusal::UnknownAnswer),
    }
}

/// 喫煙: 1 はい in both periods. 2 is いいえ in the 第3期 and "smoked before but not
/// in the last month" in the 第4期, 3 いいえ: only a current smoker counts for the
/// support level (docs/checkup-file.md, "Smoking").
fn smoking(code: &str) -> Result<&'static str, Refusal> {
    match code.trim() {
        "1" => Ok(yes_no(true)),
        "2" | "3" => Ok(yes_no(false)),
        _ => Err(Refusal::UnknownAnswer),
    }
}

/// Full years on `on` for someone born on `birth` (a birthday counts on the day).
pub fn age_on(birth: Date, on: Date) -> Option<u32> {
    let before_birthday = (on.month, on.day) < (birth.month, birth.day);
    u32::try_from(on.year - birth.year - i32::from(before_birthday)).ok()
}
