//! English.

use super::{range_number, Text};
use kenshin_core::{Comparison, InputError, Sex};

pub static EN: Text = Text {
    app_title: "Checkup result check",
    app_lead: "Enter the values from your health checkup to see whether you must see a doctor and get permission before starting the health-guidance programme.",
    privacy_promise: "What you enter is checked on this device only and is never sent anywhere.",
    switch_language: "日本語",
    nav_label: "Pages",
    nav_checker: "Checkup check",
    nav_guide: "Getting ready",

    about_you_heading: "About you",
    sex_legend: "Sex",
    male: "Male",
    female: "Female",
    age_label: "Age",
    age_unit: "years",
    checkup_date_label: "Date of your checkup",
    checkup_date_old: "This checkup is more than 12 months old. Please have the results of your latest checkup ready for the interview.",
    checkup_date_future: "The checkup date is after today. Please check the date.",

    values_heading: "Checkup values",
    values_hint: "Type the numbers as printed on your results sheet. Leave a value blank if you do not have it.",
    value_labels: [
        "Systolic blood pressure (top number)",
        "Diastolic blood pressure (bottom number)",
        "Blood glucose (fasting or random)",
        "HbA1c (NGSP)",
        "AST (GOT)",
        "ALT (GPT)",
        "γ-GT (γ-GTP)",
        "Serum creatinine",
        "eGFR",
        "Waist circumference",
        "Height",
        "Weight",
        "Triglycerides",
        "HDL cholesterol",
        "LDL cholesterol",
        "Non-HDL cholesterol",
        "Haemoglobin",
    ],
    optional: "optional",

    follow_up_heading: "Two more questions",
    treated_now_question: "Are you being treated for an illness now?",
    checkup_requires_care_question: "Did your checkup result say you need treatment or a detailed examination (要治療・要精密検査)?",
    yes: "Yes",
    no: "No",

    result_heading: "Result",
    verdict_see_doctor_first: "See a doctor before you start",
    verdict_see_doctor_first_detail: "These values meet the programme's criteria. Before starting, you must see a doctor and get their permission.",
    verdict_may_start: "No see-a-doctor-first criterion applies",
    verdict_may_start_detail: "None of the values you entered meets the criteria that require seeing a doctor before starting.",
    verdict_incomplete: "Not enough to decide yet",
    verdict_incomplete_detail: "No value entered so far meets the criteria, but the check needs the following.",
    flags_heading: "Values that meet the criteria",
    missing_intro: "Not entered yet:",
    glucose_or_hba1c: "blood glucose or HbA1c",
    corrections_intro: "Please check:",
    creatinine_needs_sex: "The creatinine criterion differs by sex (men 2.00, women 1.50 mg/dL or higher). Please choose your sex.",
    estimated: "estimated",
    estimated_egfr_note: "eGFR is blank, so it was estimated from creatinine, age and sex (Japanese Society of Nephrology equation).",
    estimate_needs_intro: "To estimate eGFR, also enter:",
    not_a_diagnosis: "This is the programme's rule for taking part, not a diagnosis. Always follow the instructions in your checkup results (treatment, detailed examination) and your doctor's.",
    precautions_for_you: "Precautions that concern you in particular:",

    precautions_heading: "Precautions for using the programme",
    applies_to_you: "Concerns you",
    precautions: [
        "If you are being treated for an illness, follow your attending doctor's instructions, tell your programme counsellor what they are, and receive support for lifestyle improvement within the limits your doctor sets.",
        "If you see a doctor and start treatment during the programme, tell your counsellor.",
        "Always follow the instructions in your checkup results before taking part in the programme (treatment, detailed examination, limits on diet or exercise, etc.).",
        "If any one of your checkup results meets the criteria below (※1), you must see a doctor and get their permission before you start.",
        "Take part with care for your own condition; if you feel unwell, consult a doctor on whether to continue or stop. Check the weather and that it is safe. (If you have an attending doctor, always get their permission first.)",
        "The programme may be paused depending on your condition, symptoms, test values, treatment and so on.",
        "To improve our service, calls during telephone support may be recorded.",
        "If you come to live outside Japan, for example after a transfer, face-to-face interviews and telephone support end.",
        "On the phone or in an interview, we may ask your full name and date of birth to confirm who you are.",
    ],
    criteria_heading: "Criteria (※1)",

    print: "Print the result",
    clear_all: "Clear all",
    cleared: "Everything you entered has been cleared.",
    undo: "Undo",
    print_heading: "Checkup result check (before the programme)",
    print_checkup_date: "Date of checkup",
    print_printed_on: "Printed on",
    print_value: "Value",
    print_not_entered: "not entered",
    print_note: "This sheet was made on the participant's own device and was not sent anywhere.",

    criterion,
    input_error,
    list_separator: ", ",
};

fn criterion(threshold: &str, unit: &str, comparison: Comparison, sex: Option<Sex>) -> String {
    let whose = match sex {
        Some(Sex::Male) => "men ",
        Some(Sex::Female) => "women ",
        None => "",
    };
    let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
    match comparison {
        Comparison::AtLeast => format!("criterion: {whose}{threshold}{unit} or higher"),
        Comparison::Below => format!("criterion: below {threshold}{unit}"),
    }
}

fn input_error(error: InputError, unit: &str) -> String {
    match error {
        InputError::NotANumber => "Enter a number, for example 120.".into(),
        InputError::DecimalComma => "Use a point for decimals, for example 1.5 (not 1,5).".into(),
        InputError::Negative => "The value cannot be negative.".into(),
        InputError::WrongUnit { expected } => format!("This value is measured in {expected}."),
        InputError::OutOfRange { min, max } => format!(
            "Enter a value from {} to {} {unit}. Please check your results sheet again.",
            range_number(min),
            range_number(max)
        ),
        InputError::NotWholeNumber => "Enter your age in whole years, for example 52.".into(),
        InputError::DiastolicNotBelowSystolic => {
            "The bottom number is lower than the top number. Please check both values.".into()
        }
        InputError::TooLong => "That is too long. Enter the number only.".into(),
    }
}
