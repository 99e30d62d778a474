//! The head of the one-page sheet to hand to a doctor, shown only when printing:
//! the dates, who, the verdict and what the sheet is. The values follow it, each
//! with its scale and the ※1 limit it meets: the screen's summary, printed
//! (components/summary.rs; styles/app.css, `@media print`). Made here on the
//! device like everything else.

use crate::components::result_panel::verdict_words;
use kenshin_core::{Evaluation, Sex};
use yew::prelude::*;

use crate::text::Lang;

pub fn print_summary(lang: Lang, evaluation: &Evaluation, checkup_date: &str, today: &str) -> Html {
    let text = lang.text();
    let (_, verdict, _) = verdict_words(evaluation.verdict, text);
    let sex = match evaluation.sex {
        Some(Sex::Male) => text.male,
        Some(Sex::Female) => text.female,
        None => text.print_not_entered,
    };
    let age = evaluation.age.map_or(text.print_not_entered.to_string(), |age| format!("{age} {}", text.age_unit));
    let or_not_entered = |value: &str| {
        if value.is_empty() {
            text.print_not_entered.to_string()
        } else {
            value.to_string()
        }
    };
    html! {
        <section class="print-summary" aria-hidden="true">
            <h1>{ text.print_heading }</h1>
            <p>
                { format!("{}: {}　{}: {}", text.print_checkup_date, or_not_entered(checkup_date),
                    text.print_printed_on, today) }
            </p>
            <p>{ format!("{}: {}　{}: {}", text.sex_legend, sex, text.age_label, age) }</p>
            <p class="print-verdict"><strong>{ verdict }</strong></p>
            <p>{ text.not_a_diagnosis }</p>
            <p class="print-note">{ text.print_note }</p>
        </section>
    }
}
