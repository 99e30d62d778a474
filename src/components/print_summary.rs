//! A one-page summary to hand to a doctor, shown only when printing.
//! It is generated here on the device like everything else.

use crate::components::result_panel::verdict_words;
use kenshin_core::{number, Evaluation, Key, Sex};
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
            <table>
                <tbody>
                    { for Key::CRITERIA.into_iter().map(|key| {
                        let flag = evaluation.flag(key);
                        let flagged = flag.is_some();
                        let value = match (evaluation.value(key), key, evaluation.estimated_egfr) {
                            (Some(value), _, _) => format!("{} {}", number::plain(value), key.unit()),
                            (None, Key::Egfr, Some(estimate)) =>
                                format!("{} {} ({})", number::fixed(estimate, number::ESTIMATE_DECIMALS), key.unit(), text.estimated),
                            _ => text.print_not_entered.to_string(),
                        };
                        html! {
                            <tr data-flagged={flagged.then_some("true")}>
                                <th scope="row">{ text.value_labels[key.index()] }</th>
                                <td>{ value }</td>
                                <td>{ flag.map(|flag| text.criterion(key, flag.threshold, flag.sex)).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p>{ text.not_a_diagnosis }</p>
            <p class="print-note">{ text.print_note }</p>
        </section>
    }
}
