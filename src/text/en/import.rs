//! Values from a checkup file: the words in English.

use crate::text::en::checker::EN;
use crate::text::import::ImportText;
use kenshin_core::import::item_codes::Variant;
use kenshin_core::import::{ImportError, Refusal};
use kenshin_core::Timing;

pub static IMPORT_EN: ImportText = ImportText {
    heading: "Fill in from your checkup file",
    hint: "Choose your checkup result file (the national standard .xml whose name starts with \"h\", offered by insurers' sites) to fill in the values. It is read on this device only and never sent anywhere.",
    pick: "Choose a file",
    review_heading: "Values read from the file",
    from_portal: "The checkup result your insurer's site sent",
    review_intro: "Check them, then press \"Use these values\". Nothing in the form changes until you do.",
    nothing_read: "This file holds none of the values this check uses.",
    refused: "not used. ",
    separator: ": ",
    apply: "Use these values",
    discard: "Don't use them",
    applied: |count| format!("{count} items filled in from the file."),
    readings: |list, averaged| {
        let rule = if averaged { ". When measured twice, the mean is used, as MHLW prescribes" } else { "" };
        format!(" ({list}{rule})")
    },
    variant,
    refusal,
    error,
    unchanged: "Nothing in the form has changed.",
};

fn variant(variant: Variant) -> &'static str {
    match variant {
        Variant::Single => "",
        Variant::FirstReading => "1st reading",
        Variant::SecondReading => "2nd reading",
        Variant::OtherReading => "other (mean)",
        Variant::Taken(Timing::Fasting) => EN.fasting,
        Variant::Taken(Timing::Random) => EN.random,
        Variant::Measured => "measured",
        Variant::SelfMeasured => "self-measured",
        Variant::SelfReported => "self-reported",
    }
}

fn refusal(refusal: &Refusal, unit: &str) -> String {
    match refusal {
        Refusal::JdsHba1c => "A JDS value (used until FY2012); the limit is in NGSP, so it is not used.".into(),
        Refusal::WrongUnit(given) if given.is_empty() => format!("No unit is given (it should be {unit})."),
        Refusal::WrongUnit(given) => format!("The unit is {given} (it should be {unit}); values are never converted."),
        Refusal::NotDone => "Recorded as not done.".into(),
        Refusal::NotMeasured => "Recorded as could not be measured.".into(),
        Refusal::BeyondRange { above: true } => "Recorded only as above the measurable range, with no number.".into(),
        Refusal::BeyondRange { above: false } => "Recorded only as below the measurable range, with no number.".into(),
        Refusal::NotUsable(error) => (EN.input_error)(*error, unit),
        Refusal::UnknownAnswer => "An answer code this check cannot use.".into(),
    }
}

fn error(error: ImportError) -> &'static str {
    match error {
        ImportError::TooLarge => "This file is too large (up to 1 MB). Please choose one person's result file.",
        ImportError::Zip => "This is a zip file. Open it and choose the .xml file inside whose name starts with \"h\".",
        ImportError::NotXml => "This file cannot be read as XML. Please choose your checkup result file (an .xml whose name starts with \"h\").",
        ImportError::Doctype => "For safety, files with a document type declaration (DOCTYPE) are not read.",
        ImportError::NotCheckup => "This is not a specific health checkup result file (it may be a guidance or claims file).",
        ImportError::SeveralPeople => "This file holds more than one person's results. Please choose your own file only.",
        ImportError::NotAMessage => "What your insurer's site sent could not be read.",
    }
}
