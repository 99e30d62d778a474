//! The verdict, as the participant types: what it means, what is missing, what
//! needs a correction. Every criterion that holds, with the value entered and its
//! threshold, heads the summary right under it (components/summary.rs).

use kenshin_core::verdict::{EstimateNeed, Missing};
use kenshin_core::{number, Control, Evaluation, Key, Verdict};
use yew::prelude::*;

use crate::components::paragraph;
use crate::text::{Lang, Text};

/// `precautions`: leaflet numbers of the precautions that concern this participant,
/// said here in full (the list of all nine is folded further down).
pub fn result_panel(evaluation: &Evaluation, lang: Lang, precautions: &[usize]) -> Html {
    let text = lang.text();
    let verdict = evaluation.verdict;
    let (symbol, title, detail) = verdict_words(verdict, text);
    html! {
        <section id="result" class="result" data-verdict={verdict.id()} aria-live="polite" aria-labelledby="result-heading">
            <h2 id="result-heading">{ text.result_heading }</h2>
            <p class="verdict-title"><span class="verdict-symbol" aria-hidden="true">{ symbol }</span>{ title }</p>
            <p class="verdict-detail">{ detail }</p>
            if verdict != Verdict::SeeDoctorFirst { { still_needed(evaluation, text) } }
            if !precautions.is_empty() {
                <p class="for-you">{ text.precautions_for_you }</p>
                <ol class="for-you">
                    { for precautions.iter().map(|&n| html! {
                        <li value={n.to_string()} data-precaution-for-you={n.to_string()}>{ paragraph(text.precautions[n - 1]) }</li>
                    }) }
                </ol>
            }
            <p class="disclaimer">{ text.not_a_diagnosis }</p>
        </section>
    }
}

/// The verdict's symbol (a shape besides the colour), title and explanation.
pub fn verdict_words(verdict: Verdict, text: &Text) -> (&'static str, &'static str, &'static str) {
    match verdict {
        Verdict::SeeDoctorFirst => ("!", text.verdict_see_doctor_first, text.verdict_see_doctor_first_detail),
        Verdict::MayStart => ("✓", text.verdict_may_start, text.verdict_may_start_detail),
        Verdict::Incomplete => ("…", text.verdict_incomplete, text.verdict_incomplete_detail),
    }
}

/// The last thing in the form, stuck to the bottom of a phone screen while
/// the inputs scroll by: the verdict is seen as values are typed, and one tap
/// goes to the full result. The result region stays the live region, and the
/// only `[data-verdict]`: the bar's colour follows `data-verdict-bar`.
pub fn verdict_bar(verdict: Verdict, text: &Text) -> Html {
    let (symbol, title, _) = verdict_words(verdict, text);
    bar(symbol, title, Some(verdict), text)
}

/// The bar with `title`; `verdict` `None` (the first view's) has no colour.
pub(crate) fn bar(symbol: &'static str, title: &'static str, verdict: Option<Verdict>, text: &Text) -> Html {
    html! {
        <a href="#result" class="verdict-bar" data-verdict-bar={verdict.map(Verdict::id)}>
            <span><span class="verdict-symbol" aria-hidden="true">{ symbol }</span>{ title }</span>
            <span class="verdict-bar-go">{ text.see_result }</span>
        </a>
    }
}

/// What the check still needs before it can say `may-start`.
fn still_needed(evaluation: &Evaluation, text: &Text) -> Html {
    let missing: Vec<&str> = evaluation
        .missing
        .iter()
        .map(|missing| match missing {
            Missing::Value(key) => text.value_labels[key.index()],
            Missing::GlucoseOrHba1c => text.glucose_or_hba1c,
        })
        .collect();
    let corrections: Vec<(&str, &str)> = evaluation
        .errors
        .iter()
        .map(|&(control, _)| {
            // Only a value or the age holds typed text that can be wrong.
            let label = match control {
                Control::Value(key) => text.value_labels[key.index()],
                _ => text.age_label,
            };
            (control.id(), label)
        })
        .collect();
    html! {
        <>
            if !missing.is_empty() {
                <p class="missing">{ text.missing_intro }{ " " }{ missing.join(text.list_separator) }</p>
            }
            if !corrections.is_empty() {
                <p class="corrections">
                    { text.corrections_intro }
                    { for corrections.into_iter().map(|(id, label)| html! {
                        <>{ " " }<a href={format!("#{id}")}>{ label }</a></>
                    }) }
                </p>
            }
            if evaluation.creatinine_needs_sex {
                <p class="needs-sex">{ text.creatinine_sex_note() }</p>
            }
        </>
    }
}

/// Under the eGFR field: the estimate, or what it still needs.
pub fn egfr_estimate(evaluation: &Evaluation, text: &Text) -> Html {
    if let Some(estimate) = evaluation.estimated_egfr {
        return html! {
            <p class="estimate" data-estimated-egfr={number::fixed(estimate, number::ESTIMATE_DECIMALS)}>
                <strong>{ format!("{} {} {}", text.estimated, number::fixed(estimate, number::ESTIMATE_DECIMALS), Key::Egfr.unit()) }</strong>
                { " " }{ text.estimated_egfr_note }
            </p>
        };
    }
    if evaluation.estimate_needs.is_empty() {
        return Html::default();
    }
    let needs: Vec<&str> = evaluation
        .estimate_needs
        .iter()
        .map(|need| match need {
            EstimateNeed::Age => text.age_label,
            EstimateNeed::Sex => text.sex_legend,
        })
        .collect();
    html! { <p class="estimate">{ text.estimate_needs_intro }{ " " }{ needs.join(text.list_separator) }</p> }
}
