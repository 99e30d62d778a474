//! The checker page in English: labels, messages, the verdict and the support level.

use crate::text::{range_number, Text};
use kenshin_core::stratification::{Group, Reason, Risk, Treatment, SENIOR_AGES, TARGET_AGES};
use kenshin_core::{number, InputError, Key, Limit, SupportLevel, Timing};

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
        "γ-\u{2060}GT (γ-\u{2060}GTP)", // U+2060 WORD JOINER: never "γ-" at a line end
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
    see_result: "See the result ↓",
    verdict_see_doctor_first: "See a doctor before you start",
    verdict_see_doctor_first_detail: "A value meets the programme's criteria (※1): it heads the list of your values below. Before starting, you must see a doctor and get their permission.",
    verdict_may_start: "No see-a-doctor-first criterion applies",
    verdict_may_start_detail: "None of the values you entered meets the criteria that require seeing a doctor before starting.",
    verdict_incomplete: "Not enough to decide yet",
    verdict_incomplete_detail: "No value entered so far meets the criteria, but the check needs the following.",
    missing_intro: "Not entered yet:",
    glucose_or_hba1c: "blood glucose or HbA1c",
    corrections_intro: "Please check:",
    creatinine_needs_sex: |men, women| format!("The creatinine criterion differs by sex (men {men}, women {women} mg/dL or higher). Please choose your sex."),
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

    provided_by: "Provided by ",
    keep_values: "Keep my values on this device",
    keep_values_hint: "If you do not keep them, the values are gone when you close the page. Do not keep them on a device you share with others.",
    keep_refused: "This device does not let the values be kept: they are gone when you close the page.",
    update_ready: "A newer version is ready. Your values stay.",
    load_update: "Update",
    erase_saved: "Erase the values kept on this device",
    print: "Print the result",
    clear_all: "Clear all",
    cleared: "Everything you entered has been cleared.",
    undo: "Undo",
    print_heading: "Checkup result check (before the programme)",
    print_checkup_date: "Date of checkup",
    print_printed_on: "Printed on",
    print_not_entered: "not entered",
    print_note: "This sheet was made on the participant's own device and was not sent anywhere.",

    national_heading: "Compared with the national standard (for reference)",
    national_intro: "Below, your values are compared with the national checkup limits (MHLW, Standard Health Checkup and Guidance Programme, FY2024 edition). This is separate from the Result above (whether you must see a doctor before starting the programme) and does not change it.",
    body_heading: "Body measurements",
    lipids_heading: "Lipids",
    other_heading: "Anaemia and urine",
    questionnaire_heading: "Questionnaire",
    glucose_timing_legend: "Blood glucose was measured",
    tg_timing_legend: "Triglycerides were measured",
    fasting: "Fasting",
    random: "Random (after eating)",
    urine_protein_label: "Urine protein",
    not_selected: "Choose",
    smoker_label: "I smoke regularly",
    med_bp_label: "I take medicine to lower blood pressure",
    med_glucose_label: "I take medicine or insulin to lower blood glucose",
    med_lipids_label: "I take medicine to lower cholesterol or triglycerides",
    band_prefix: "National standard: ",
    band_names: ["Normal", "Guidance level (保健指導判定値)", "See-a-doctor level (受診勧奨判定値)"],
    hemoglobin_needs_sex: "Hemoglobin limits differ for men and women: choose your sex to compare it with the national standard.",
    summary_heading: "Your values, most concerning first",
    support_heading: "Support level of specific health guidance (estimate)",
    support_intro: "From waist, BMI and the additional risks, this estimates which support level your results lead to (階層化), to explain your invitation.",
    support_missing_intro: "To estimate it, also enter:",
    fiscal_age_note: "Age means the age you reach by the end of the fiscal year (April to March) of your checkup.",
    bmi_label: "BMI",
    limit: en_limit,
    support_reason: en_support_reason,
    support_level_name: en_level_name,

    criterion_prefix: "criterion: ",
    criterion_men: "men ",
    criterion_women: "women ",
    input_error,
    list_separator: ", ",
};

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

fn en_limit(value: &str, unit: &str, limit: Limit) -> String {
    let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
    match limit {
        Limit::AtLeast(_) => format!("{value}{unit} or higher"),
        Limit::Below(_) => format!("below {value}{unit}"),
        Limit::AtMost(_) => format!("{value}{unit} or lower"),
    }
}

fn en_level_name(level: SupportLevel) -> &'static str {
    match level {
        SupportLevel::Active => "Active support (積極的支援)",
        SupportLevel::Motivational => "Motivational support (動機付け支援)",
        SupportLevel::Information => "Information only (not a target of specific health guidance)",
        SupportLevel::Incomplete => "Cannot estimate yet",
    }
}

fn en_support_reason(reason: &Reason) -> String {
    // Glucose's field label already says "fasting or random"; the timing follows it.
    let label = |key: Key| if key == Key::Glucose { "Blood glucose" } else { EN.value_labels[key.index()] };
    let limit = |key: Key, limit: Limit| EN.key_limit(key, limit);
    let bmi_limit = |l: Limit| en_limit(&number::fixed(l.value(), 0), "", l);
    match *reason {
        Reason::GroupA { waist, limit: l } => {
            format!("Step 1: waist {} cm ({}) → a target by waist (group A)", number::plain(waist), limit(Key::Waist, l))
        }
        Reason::GroupB { waist, waist_limit, bmi, bmi_limit: b } => format!(
            "Step 1: waist {} cm is not {}, but BMI {} ({}) → a target by BMI (group B)",
            number::plain(waist),
            limit(Key::Waist, waist_limit),
            number::fixed(bmi, number::ESTIMATE_DECIMALS),
            bmi_limit(b)
        ),
        Reason::NotOverweight { waist, waist_limit, bmi, bmi_limit: b } => format!(
            "Step 1: waist {} cm (limit {}) and BMI {} (limit {}) are both below their limits → not a target",
            number::plain(waist),
            limit(Key::Waist, waist_limit),
            number::fixed(bmi, number::ESTIMATE_DECIMALS),
            bmi_limit(b)
        ),
        Reason::Risk(finding) => {
            let risk = match finding.risk {
                Risk::BloodPressure => "blood pressure",
                Risk::Lipids => "lipids",
                Risk::Glucose => "glucose",
            };
            let timing = match finding.timing {
                Some(Timing::Fasting) => " (fasting)",
                Some(Timing::Random) => " (random)",
                None => "",
            };
            format!(
                "Step 2: {risk} risk — {}{timing} {} {} ({})",
                label(finding.key),
                number::plain(finding.value),
                finding.key.unit(),
                limit(finding.key, finding.limit)
            )
        }
        Reason::Smoking { counted: true } => "Step 2: smoking (counted, since another risk is present)".into(),
        Reason::Smoking { counted: false } => "Step 2: smoking (not counted, since no other risk is present)".into(),
        Reason::RiskCount { group, count, at_least } => format!(
            "Step 3: {} with {}{count} additional risk{}",
            match group {
                Group::A => "group A (waist)",
                Group::B => "group B (BMI)",
            },
            if at_least { "at least " } else { "" },
            if count == 1 { "" } else { "s" }
        ),
        Reason::SeniorMotivational { age } => {
            format!(
                "Step 4: aged {age} ({}–{}), so active support becomes motivational support",
                SENIOR_AGES.start(),
                SENIOR_AGES.end()
            )
        }
        Reason::Medication(treatment) => format!(
            "You take medicine for {}, so you are not a target of specific health guidance (continue your treatment with your doctor)",
            match treatment {
                Treatment::BloodPressure => "blood pressure",
                Treatment::Glucose => "blood glucose",
                Treatment::Lipids => "lipids",
            }
        ),
        Reason::OutsideTargetAges { age } => format!(
            "Specific health guidance is for ages {}–{} (age entered: {age})",
            TARGET_AGES.start(),
            TARGET_AGES.end()
        ),
    }
}
