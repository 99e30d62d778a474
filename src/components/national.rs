//! The national checkup limits for every value and the estimated support
//! level (階層化): reference information, kept apart from the verdict.

use kenshin_core::stratification::Need;
use kenshin_core::{
    bands, number, Assessment, Control, Entries, Key, Stratification, SupportLevel, Tick, Timing, UrineProtein,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::band_note::band_note;
use crate::components::radio_group::{choices, radio_group, RadioGroupProps};
use crate::components::value_field::{value_field, ValueFieldProps};
use crate::components::{disclosure, hint};
use crate::state::Action;
use crate::text::{Lang, Text};

pub struct NationalProps<'a> {
    pub lang: Lang,
    pub entries: &'a Entries,
    pub assessment: &'a Assessment,
    /// The controls filled from a checkup file and not edited since.
    pub imported: &'a [Control],
    pub ondispatch: Callback<Action>,
    /// Shown open (a participant passes over it folded).
    pub open: bool,
    pub ontoggle: Callback<bool>,
}

/// The timing radios (`glucose_timing`, `tg_timing`).
pub fn timing_choice(
    control: Control,
    legend: &'static str,
    selected: Option<Timing>,
    text: &Text,
    imported: bool,
    onchange: Callback<Timing>,
) -> Html {
    radio_group(RadioGroupProps {
        control,
        legend: legend.into(),
        choices: choices(Timing::ALL.map(|timing| (timing, text.timing_name(timing))), Timing::id, selected, &onchange),
        imported,
    })
}

pub fn national(props: &NationalProps) -> Html {
    let text = props.lang.text();
    let answers = props.entries.answers;
    let imported = |control: Control| props.imported.contains(&control);
    // One value field, with what follows it: the BMI under the weight, the
    // timing under the triglycerides.
    let field = |key: Key| {
        let error =
            props.assessment.evaluation.error(Control::Value(key)).map(|error| (text.input_error)(error, key.unit()));
        let extra = match key {
            Key::Weight => bmi_note(&props.assessment.stratification, text),
            Key::Hemoglobin if bands::hemoglobin_needs_sex(&props.assessment.evaluation) => {
                hint(text.hemoglobin_needs_sex)
            }
            Key::Triglycerides => timing_choice(
                Control::TgTiming,
                text.tg_timing_legend,
                answers.tg_timing,
                text,
                imported(Control::TgTiming),
                props.ondispatch.reform(Action::SetTgTiming),
            ),
            _ => Html::default(),
        };
        value_field(ValueFieldProps {
            control: Control::Value(key),
            label: text.value_labels[key.index()].into(),
            unit: key.unit().into(),
            value: props.entries.form.value(key).to_string().into(),
            note: None,
            error,
            imported: imported(Control::Value(key)),
            children: html! {
                <>
                    { band_note(props.assessment.band(Control::Value(key)), text) }
                    { extra }
                </>
            },
            oninput: props.ondispatch.reform(move |raw| Action::SetValue(key, raw)),
        })
    };
    let urine_id = Control::UrineProtein.id();
    let on_urine = props.ondispatch.reform(|event: Event| {
        let id = event.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetUrineProtein(UrineProtein::from_id(&id))
    });
    let checkbox = |tick: Tick| {
        let id = Control::Tick(tick).id();
        let onchange = props.ondispatch.reform(move |event: Event| {
            Action::SetTicked(tick, event.target_unchecked_into::<HtmlInputElement>().checked())
        });
        html! {
            <label class="check" for={id}>
                <input type="checkbox" {id} name={id} checked={answers.ticked(tick) == Some(true)}
                    data-imported={imported(Control::Tick(tick)).then_some("true")} {onchange} />
                <span>{ tick_label(tick, text) }</span>
            </label>
        }
    };
    let children = html! {
        <>
            <p class="national-intro">{ text.national_intro }</p>
            { for [
                (text.body_heading, &[Key::Waist, Key::Height, Key::Weight][..]),
                (text.lipids_heading, &[Key::Triglycerides, Key::Hdl, Key::Ldl, Key::NonHdl]),
                (text.other_heading, &[Key::Hemoglobin]),
            ].into_iter().map(|(heading, keys)| html! {
                <>
                    <h3>{ heading }</h3>
                    { for keys.iter().map(|&key| field(key)) }
                </>
            }) }
            <div class="field">
                <label for={urine_id}>{ text.urine_protein_label }</label>
                <select id={urine_id} name={urine_id} onchange={on_urine}
                    data-imported={imported(Control::UrineProtein).then_some("true")}>
                    <option value="" selected={answers.urine_protein.is_none()}>{ text.not_selected }</option>
                    { for UrineProtein::ALL.into_iter().map(|grade| html! {
                        <option value={grade.id()} selected={answers.urine_protein == Some(grade)}>{ urine_label(grade) }</option>
                    }) }
                </select>
                { band_note(props.assessment.band(Control::UrineProtein), text) }
            </div>
            <h3>{ text.questionnaire_heading }</h3>
            { for Tick::ALL.into_iter().map(checkbox) }
            { support_level(&props.assessment.stratification, text) }
        </>
    };
    html! {
        <section class="national" aria-labelledby="national-heading">
            { disclosure("national-heading", text.national_heading, props.open, Some(props.ontoggle.clone()), children) }
        </section>
    }
}

/// The grades as printed on checkup sheets; the same in both languages.
pub(crate) fn urine_label(grade: UrineProtein) -> &'static str {
    match grade {
        UrineProtein::Negative => "（−）",
        UrineProtein::Trace => "（±）",
        UrineProtein::One => "（＋）",
        UrineProtein::Two => "（2＋）",
        UrineProtein::Three => "（3＋）",
    }
}

fn bmi_note(stratification: &Stratification, text: &Text) -> Html {
    match stratification.bmi {
        Some(bmi) => {
            html! { <p class="estimate" data-bmi={number::fixed(bmi, number::ESTIMATE_DECIMALS)}>{ format!("{} {}", text.bmi_label, number::fixed(bmi, number::ESTIMATE_DECIMALS)) }</p> }
        }
        None => Html::default(),
    }
}

fn support_level(stratification: &Stratification, text: &Text) -> Html {
    let level = stratification.level;
    let missing: Vec<&str> = stratification.needs.iter().map(|need| need_label(*need, text)).collect();
    html! {
        <div class="support" data-support-level={level.id()} aria-live="polite">
            <h3>{ text.support_heading }</h3>
            <p class="support-intro">{ text.support_intro }</p>
            <p class="support-level">{ (text.support_level_name)(level) }</p>
            if !stratification.reasons.is_empty() {
                <ol class="support-reasons">
                    { for stratification.reasons.iter().map(|reason| html! { <li>{ (text.support_reason)(reason) }</li> }) }
                </ol>
            }
            if level == SupportLevel::Incomplete && !missing.is_empty() {
                <p class="missing">{ text.support_missing_intro }{ " " }{ missing.join(text.list_separator) }</p>
            }
            { hint(text.fiscal_age_note) }
        </div>
    }
}

fn need_label(need: Need, text: &Text) -> &'static str {
    match need {
        Need::Sex => text.sex_legend,
        Need::Age => text.age_label,
        Need::Value(key) => text.value_labels[key.index()],
        Need::GlucoseOrHba1c => text.glucose_or_hba1c,
        Need::GlucoseTiming => text.glucose_timing_legend,
        Need::TgTiming => text.tg_timing_legend,
        Need::Tick(tick) => tick_label(tick, text),
    }
}

/// A questionnaire checkbox's label, also its name in the missing list.
pub(crate) fn tick_label(tick: Tick, text: &Text) -> &'static str {
    match tick {
        Tick::Smoker => text.smoker_label,
        Tick::MedBp => text.med_bp_label,
        Tick::MedGlucose => text.med_glucose_label,
        Tick::MedLipids => text.med_lipids_label,
    }
}
