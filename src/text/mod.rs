//! Every sentence the participant reads, one table per language.
//! Components never hold user-facing literals: they look them up here.

mod en;
#[cfg(feature = "prerender")]
pub mod first_view;
pub mod guide;
pub mod import;
mod ja;
#[cfg(feature = "prerender")]
pub mod no_wasm;
pub mod privacy_notice;

use kenshin_core::stratification::Reason;
use kenshin_core::{criteria, number, Band, InputError, Key, Limit, Sex, SupportLevel, Timing};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// The value of `?lang=` and of `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub const fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    pub const fn text(self) -> &'static Text {
        match self {
            Lang::Ja => &ja::JA,
            Lang::En => &en::EN,
        }
    }

    /// The session guide's words (`ja/guide.rs`, `en/guide.rs`).
    pub const fn guide(self) -> &'static guide::GuideText {
        match self {
            Lang::Ja => &ja::GUIDE_JA,
            Lang::En => &en::GUIDE_EN,
        }
    }

    /// The words for values from a checkup file (`ja/import.rs`, `en/import.rs`).
    pub const fn import(self) -> &'static import::ImportText {
        match self {
            Lang::Ja => &ja::IMPORT_JA,
            Lang::En => &en::IMPORT_EN,
        }
    }

    /// The first view's words for what the app has not decided yet (`first_view.rs`;
    /// build time only).
    #[cfg(feature = "prerender")]
    pub const fn first_view(self) -> &'static first_view::FirstViewText {
        match self {
            Lang::Ja => &ja::FIRST_VIEW_JA,
            Lang::En => &en::FIRST_VIEW_EN,
        }
    }

    /// The page shown where the app cannot run (`no_wasm.rs`; build time only).
    #[cfg(feature = "prerender")]
    pub const fn no_wasm(self) -> &'static no_wasm::NoWasmText {
        match self {
            Lang::Ja => &ja::NO_WASM_JA,
            Lang::En => &en::NO_WASM_EN,
        }
    }

    /// The operator's privacy notice from the leaflet (`privacy_notice.rs`).
    pub const fn privacy_notice(self) -> &'static privacy_notice::PrivacyNotice {
        match self {
            Lang::Ja => &privacy_notice::PRIVACY_NOTICE_JA,
            Lang::En => &privacy_notice::PRIVACY_NOTICE_EN,
        }
    }
}

/// The words of one language. Sentences that embed values are functions.
pub struct Text {
    pub app_title: &'static str,
    pub app_lead: &'static str,
    pub privacy_promise: &'static str,
    /// The language toggle, written in the language it switches to.
    pub switch_language: &'static str,
    pub nav_label: &'static str,
    pub nav_checker: &'static str,
    pub nav_guide: &'static str,

    pub about_you_heading: &'static str,
    pub sex_legend: &'static str,
    pub male: &'static str,
    pub female: &'static str,
    pub age_label: &'static str,
    pub age_unit: &'static str,
    pub checkup_date_label: &'static str,
    pub checkup_date_old: &'static str,
    pub checkup_date_future: &'static str,

    pub values_heading: &'static str,
    pub values_hint: &'static str,
    /// Labels of every value, in `Key::ALL` order (the nine criteria first).
    pub value_labels: [&'static str; Key::ALL.len()],
    pub optional: &'static str,

    pub follow_up_heading: &'static str,
    pub treated_now_question: &'static str,
    pub checkup_requires_care_question: &'static str,
    pub yes: &'static str,
    pub no: &'static str,

    pub result_heading: &'static str,
    /// The link from the verdict bar to the full result.
    pub see_result: &'static str,
    pub verdict_see_doctor_first: &'static str,
    pub verdict_see_doctor_first_detail: &'static str,
    pub verdict_may_start: &'static str,
    pub verdict_may_start_detail: &'static str,
    pub verdict_incomplete: &'static str,
    pub verdict_incomplete_detail: &'static str,
    pub missing_intro: &'static str,
    pub glucose_or_hba1c: &'static str,
    pub corrections_intro: &'static str,
    /// Why the sex is needed, with the men's and women's limits (`criteria.rs`).
    pub creatinine_needs_sex: fn(men: &str, women: &str) -> String,
    pub estimated: &'static str,
    pub estimated_egfr_note: &'static str,
    pub estimate_needs_intro: &'static str,
    pub not_a_diagnosis: &'static str,
    pub precautions_for_you: &'static str,

    pub precautions_heading: &'static str,
    pub applies_to_you: &'static str,
    /// The leaflet's nine precautions, in its order and words.
    pub precautions: [&'static str; kenshin_core::precautions::COUNT],
    pub criteria_heading: &'static str,

    /// Before the operator's insurer name: "提供: ".
    pub provided_by: &'static str,
    pub keep_values: &'static str,
    pub keep_values_hint: &'static str,
    /// Said where the browser refused to keep the values.
    pub keep_refused: &'static str,
    /// A newer release waits; the button loads it, keeping what was typed.
    pub update_ready: &'static str,
    pub load_update: &'static str,
    pub erase_saved: &'static str,
    pub print: &'static str,
    pub clear_all: &'static str,
    pub cleared: &'static str,
    pub undo: &'static str,
    pub print_heading: &'static str,
    pub print_checkup_date: &'static str,
    pub print_printed_on: &'static str,
    pub print_not_entered: &'static str,
    pub print_note: &'static str,

    // National bands and support level (MHLW 令和6年度版), secondary to the verdict.
    pub national_heading: &'static str,
    pub national_intro: &'static str,
    pub body_heading: &'static str,
    pub lipids_heading: &'static str,
    pub other_heading: &'static str,
    pub questionnaire_heading: &'static str,
    pub glucose_timing_legend: &'static str,
    pub tg_timing_legend: &'static str,
    pub fasting: &'static str,
    pub random: &'static str,
    pub urine_protein_label: &'static str,
    pub not_selected: &'static str,
    pub smoker_label: &'static str,
    pub med_bp_label: &'static str,
    pub med_glucose_label: &'static str,
    pub med_lipids_label: &'static str,
    pub band_prefix: &'static str,
    pub band_names: [&'static str; 3],
    /// Under hemoglobin while no sex is chosen: its limits depend on it.
    pub hemoglobin_needs_sex: &'static str,
    /// The summary under the verdict (`components/summary.rs`).
    pub summary_heading: &'static str,
    pub support_heading: &'static str,
    pub support_intro: &'static str,
    pub support_missing_intro: &'static str,
    pub fiscal_age_note: &'static str,
    pub bmi_label: &'static str,
    /// "130 mmHg 以上": any limit (criterion, band or step), the one
    /// place a language words 以上 / 未満 / 以下.
    pub limit: fn(value: &str, unit: &str, limit: Limit) -> String,
    /// One step of the support-level reasoning, in words.
    pub support_reason: fn(reason: &Reason) -> String,
    pub support_level_name: fn(level: SupportLevel) -> &'static str,

    /// Before a criterion's limit: "基準 " (see `Text::criterion`).
    pub criterion_prefix: &'static str,
    /// Before creatinine's limit for men / for women: "男性 ".
    pub criterion_men: &'static str,
    pub criterion_women: &'static str,
    /// Why a field's text cannot be used; `unit` is the field's unit.
    pub input_error: fn(error: InputError, unit: &str) -> String,
    /// A list of items as a sentence fragment ("A、B" / "A, B").
    pub list_separator: &'static str,
}

impl Text {
    /// Asks for the sex when creatinine's verdict depends on it, with both limits.
    pub fn creatinine_sex_note(&self) -> String {
        let limit = |limit: Limit| number::fixed(limit.value(), Key::Creatinine.decimals());
        (self.creatinine_needs_sex)(&limit(criteria::CREATININE_MEN), &limit(criteria::CREATININE_WOMEN))
    }

    /// A sex as the form's radio labels it.
    pub fn sex_name(&self, sex: Sex) -> &'static str {
        match sex {
            Sex::Male => self.male,
            Sex::Female => self.female,
        }
    }

    /// A blood sample's timing as the form's radio labels it.
    pub fn timing_name(&self, timing: Timing) -> &'static str {
        match timing {
            Timing::Fasting => self.fasting,
            Timing::Random => self.random,
        }
    }

    pub fn band_name(&self, band: Band) -> &'static str {
        self.band_names[match band {
            Band::Normal => 0,
            Band::Guidance => 1,
            Band::SeeDoctor => 2,
        }]
    }

    /// `limit` worded with its key's decimals and unit: "130 mmHg 以上".
    pub fn key_limit(&self, key: Key, limit: Limit) -> String {
        (self.limit)(&number::fixed(limit.value(), key.decimals()), key.unit(), limit)
    }

    /// A value with its unit, as the summary (on screen and printed) shows it: "186 mmHg", or an
    /// estimate with its decimal and the word: "54.5 mL/min/1.73m² (推算値)".
    pub fn value_text(&self, key: Key, value: f64, estimated: bool) -> String {
        if estimated {
            format!("{} {} ({})", number::fixed(value, number::ESTIMATE_DECIMALS), key.unit(), self.estimated)
        } else {
            format!("{} {}", number::plain(value), key.unit())
        }
    }

    /// "基準 男性 2.00 mg/dL 以上": a criterion's limit and, for creatinine,
    /// whose it is.
    pub fn criterion(&self, key: Key, limit: Limit, sex: Option<Sex>) -> String {
        let whose = match sex {
            Some(Sex::Male) => self.criterion_men,
            Some(Sex::Female) => self.criterion_women,
            None => "",
        };
        format!("{}{whose}{}", self.criterion_prefix, self.key_limit(key, limit))
    }
}

/// Shared by both tables: numbers in messages are written the same way.
pub(crate) fn range_number(value: f64) -> String {
    kenshin_core::number::plain(value)
}
