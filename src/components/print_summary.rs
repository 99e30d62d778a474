//! A one-page summary to hand to a doctor, shown only when printing.
//! It is generated here on the device like everything else.

use std::rc::Rc;

use kenshin_core::{number, Evaluation, Key, Sex, Verdict};
use yew::prelude::*;

use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    pub lang: Lang,
    pub evaluation: Rc<Evaluation>,
    pub sex: Option<Sex>,
    pub checkup_date: AttrValue,
    pub today: AttrValue,
}

#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let text = props.lang.text();
    let evaluation = &props.evaluation;
    let verdict = match evaluation.verdict {
        Verdict::SeeDoctorFirst => text.verdict_see_doctor_first,
        Verdict::MayStart => text.verdict_may_start,
        Verdict::Incomplete => text.verdict_incomplete,
    };
    let sex = match props.sex {
        Some(Sex::Male) => text.male,
        Some(Sex::Female) => text.female,
        None => text.print_not_entered,
    };
    let age = evaluation.age.map_or(text.print_not_entered.to_string(), |age| format!("{age} {}", text.age_unit));
    let or_not_entered = |value: &str| if value.is_empty() { text.print_not_entered.to_string() } else { value.to_string() };
    html! {
        <section class="print-summary" aria-hidden="true">
            <h1>{ text.print_heading }</h1>
            <p>
                { format!("{}: {}　{}: {}", text.print_checkup_date, or_not_entered(&props.checkup_date),
                    text.print_printed_on, props.today) }
            </p>
            <p>{ format!("{}: {}　{}: {}", text.sex_legend, sex, text.age_label, age) }</p>
            <p class="print-verdict"><strong>{ verdict }</strong></p>
            <table>
                <tbody>
                    { for Key::CRITERIA.into_iter().map(|key| {
                        let flagged = evaluation.flag(key).is_some();
                        let value = match (evaluation.value(key), key, evaluation.estimated_egfr) {
                            (Some(value), _, _) => format!("{} {}", number::plain(value), key.unit()),
                            (None, Key::Egfr, Some(estimate)) =>
                                format!("{} {} ({})", number::fixed(estimate, 1), key.unit(), text.estimated),
                            _ => text.print_not_entered.to_string(),
                        };
                        html! {
                            <tr class={classes!(flagged.then_some("flagged"))}>
                                <th scope="row">{ text.value_labels[key.index()] }</th>
                                <td>{ value }</td>
                                <td>{ if flagged { "※1" } else { "" } }</td>
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
