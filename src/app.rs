//! The checker page: one reducer holds what was typed; the core decides.

use std::rc::Rc;

use kenshin_core::checkup_date::CheckupDateStatus;
use kenshin_core::control::yes_no;
use kenshin_core::settings::Settings;
use kenshin_core::summary::national_part_entered;
use kenshin_core::Date;
use kenshin_core::{assess, Control, Key, Sex};
use yew::prelude::*;

use crate::components::band_note::band_note;
use crate::components::checkup_import::{checkup_import, REVIEW_ID};
use crate::components::first_view;
use crate::components::guide::{guide_page, AppointmentInput};
use crate::components::national::{national, timing_choice, NationalProps};
use crate::components::precautions::precautions;
use crate::components::print_summary::print_summary;
use crate::components::radio_group::{choices, radio_group, RadioGroupProps};
use crate::components::result_panel::{egfr_estimate, result_panel, verdict_bar};
use crate::components::scale::scale_patterns;
use crate::components::summary::summary;
use crate::components::value_field::{value_field, ValueFieldProps};
use crate::components::{hint, undo_offer};
use crate::state::{Action, Page, State, Undo};
use crate::text::Text;

use crate::{browser, embedding, storage, takeover, update};

/// What the app starts from: in the browser (`crate::start`), the page's settings,
/// what the page held or the device kept, and today; in the first view (rendered
/// at build time by src/bin/prerender.rs, docs/product.md "First view"), the
/// settings the page is built with, nothing entered, and no day known.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub settings: Rc<Settings>,
    pub start: State,
    /// `None` in the first view: then nothing is decided (the verdict is pending,
    /// whatever is typed before the app runs) and nothing below the result is shown.
    pub today: Option<Date>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let settings = &props.settings;
    let today = props.today;
    let prerendered = today.is_none();
    let state = use_reducer(|| props.start.clone());
    let lang = state.lang;
    // After the first render (then a no-op): where the taken-over page had the focus.
    use_effect_with(lang, |lang| {
        browser::apply_lang(*lang);
        takeover::restore_focus();
    });
    // What the page around the app says while it runs: a portal's messages, and the loader's
    // word that a newer release waits (src/update.rs).
    {
        let settings = Rc::clone(settings);
        let on_checkup = state.dispatcher().to_callback().reform(|read| Action::ImportRead(read, true));
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let reporter = embedding::start(settings, on_checkup);
            let listening = update::listen(move || dispatcher.dispatch(Action::UpdateReady));
            move || drop((reporter, listening))
        });
    }
    // Written on every change only while kept; erased once when unticked. Where the browser
    // refuses, at the tick or at a later change, the box is unticked and says so.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((state.keep, state.entries.clone()), move |(keep, entries)| {
            if *keep && storage::save(entries).is_err() {
                dispatcher.dispatch(Action::KeepRefused);
            }
        });
    }
    use_effect_with(state.keep, |keep| {
        if !*keep {
            storage::erase();
        }
    });

    // The review of a file the participant picked takes the focus, so it is seen and read
    // out. A portal's hand-off shows its review in the same place without moving the
    // focus: it may arrive while the participant is typing.
    let review_shown = matches!(state.import, Some(crate::state::Import::Review { from_portal: false, .. }));
    use_effect_with(review_shown, |shown| {
        if *shown {
            browser::focus(REVIEW_ID);
        }
    });

    let text = lang.text();
    let entries = &state.entries;
    let imported = |control: Control| state.imported.contains(&control);
    // The core decides everything shown, once per change.
    let assessment = use_memo((entries.clone(), today), |(entries, today)| assess(entries, *today));
    let evaluation = &assessment.evaluation;
    // Every control dispatches through this one callback.
    let actions = state.dispatcher().to_callback();
    let dispatch = |make: fn(String) -> Action| actions.reform(make);
    let error_text =
        |control: Control, unit: &str| evaluation.error(control).map(|error| (text.input_error)(error, unit));

    let on_lang = actions.reform(move |_: MouseEvent| Action::SetLang(lang.other()));
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_clear = actions.reform(|_: MouseEvent| Action::ClearAll);
    let on_undo = actions.reform(|_: MouseEvent| Action::Undo);
    let yes_no_choices = |selected: Option<bool>, make: fn(bool) -> Action| {
        choices([(true, text.yes), (false, text.no)], yes_no, selected, &actions.reform(make))
    };

    let (bar, result) = first_view::pending(lang, today).unwrap_or_else(|| {
        (verdict_bar(evaluation.verdict, text), result_panel(evaluation, lang, &assessment.precautions))
    });
    // The national part, folded, opens by itself when a value in it comes to be entered
    // (typed, kept or read from a file), and otherwise stays as the participant leaves it:
    // the page never folds what is being typed or read, nor opens what was just folded.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(national_part_entered(&assessment.summary), move |entered| {
            if *entered {
                dispatcher.dispatch(Action::SetNationalOpen(true));
            }
        });
    }
    // A summary line's link to a field in the folded national part opens it first.
    let on_follow = {
        let dispatcher = state.dispatcher();
        Callback::from(move |control: Control| {
            if control.in_national_part() {
                dispatcher.dispatch(Action::SetNationalOpen(true));
            }
        })
    };

    // The loader, listening for this button's click, then loads the newer release (src/update.rs).
    let on_load_update = {
        let (entries, page) = (state.entries.clone(), state.page);
        Callback::from(move |_: MouseEvent| takeover::stash_for_reload(&entries, page))
    };
    let on_keep = actions
        .reform(|event: Event| Action::SetKeep(event.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));
    let on_erase_saved = actions.reform(|_: MouseEvent| Action::SetKeep(false));

    html! {
        <div class="app">
            <header class="app-header">
                <div>
                    <h1>{ text.app_title }</h1>
                    if let Some(name) = &settings.insurer_name {
                        <p class="insurer">{ text.provided_by }{ name.clone() }</p>
                    }
                </div>
                <button type="button" class="lang-toggle" lang={lang.other().code()} onclick={on_lang}>
                    { text.switch_language }
                </button>
            </header>
            <nav class="page-nav" aria-label={text.nav_label}>
                { for [(Page::Checker, text.nav_checker), (Page::Guide, text.nav_guide)].into_iter().map(|(page, label)| {
                    let onclick = actions.reform(move |_: MouseEvent| Action::Show(page));
                    // Styled and found by `aria-current`.
                    if state.page == page {
                        html! { <button type="button" class="nav-tab" data-nav={page.id()} aria-current="page" {onclick}>{ label }</button> }
                    } else {
                        html! { <button type="button" class="nav-tab" data-nav={page.id()} {onclick}>{ label }</button> }
                    }
                }) }
            </nav>
            if state.update_ready {
                <p class="update-ready" role="status" data-update-ready="">
                    { text.update_ready }
                    <button type="button" data-action="load-update" onclick={on_load_update}>{ text.load_update }</button>
                </p>
            }
            if let (Page::Guide, Some(today)) = (state.page, today) {
                <main>{ guide_page(lang, Rc::clone(settings), AppointmentInput {
                    date: entries.appointment_date.clone().into(),
                    time: entries.appointment_time.clone().into(),
                    on_date: dispatch(Action::SetAppointmentDate),
                    on_time: dispatch(Action::SetAppointmentTime),
                    today,
                }) }</main>
            }
            // Kept in the page, hidden, while the guide is shown: what was
            // typed stays in the DOM, where a restart takes it over from.
            <main hidden={state.page == Page::Guide}>
                <p class="lead">{ text.app_lead }</p>
                <p class="privacy-promise">{ text.privacy_promise }</p>
                { checkup_import(lang, &state, &actions) }
                <form class="checker" autocomplete="off" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <section aria-labelledby="about-heading">
                        <h2 id="about-heading">{ text.about_you_heading }</h2>
                        { radio_group(RadioGroupProps {
                            control: Control::Sex,
                            legend: text.sex_legend.into(),
                            choices: choices(Sex::ALL.map(|sex| (sex, text.sex_name(sex))), Sex::id, entries.form.sex, &actions.reform(Action::SetSex)),
                            imported: imported(Control::Sex),
                        }) }
                        { value_field(ValueFieldProps {
                            control: Control::Age,
                            label: text.age_label.into(),
                            unit: text.age_unit.into(),
                            value: entries.form.age.clone().into(),
                            note: None,
                            error: error_text(Control::Age, text.age_unit),
                            imported: imported(Control::Age),
                            children: Html::default(),
                            oninput: dispatch(Action::SetAge),
                        }) }
                        { checkup_date_field(text, &entries.checkup_date, assessment.checkup_date, today, imported(Control::CheckupDate), dispatch(Action::SetCheckupDate)) }
                    </section>
                    <section aria-labelledby="values-heading">
                        <h2 id="values-heading">{ text.values_heading }</h2>
                        { hint(text.values_hint) }
                        { for Key::CRITERIA.into_iter().map(|key| {
                            let oninput = actions.reform(move |raw| Action::SetValue(key, raw));
                            let optional = matches!(key, Key::Creatinine | Key::Egfr).then_some(AttrValue::from(text.optional));
                            value_field(ValueFieldProps {
                                control: Control::Value(key),
                                label: text.value_labels[key.index()].into(),
                                unit: key.unit().into(),
                                value: entries.form.value(key).to_string().into(),
                                note: optional,
                                error: error_text(Control::Value(key), key.unit()),
                                imported: imported(Control::Value(key)),
                                children: html! {
                                    <>
                                        if key == Key::Egfr { { egfr_estimate(evaluation, text) } }
                                        if key == Key::Glucose {
                                            { timing_choice(Control::GlucoseTiming, text.glucose_timing_legend, entries.answers.glucose_timing, text, imported(Control::GlucoseTiming),
                                                actions.reform(Action::SetGlucoseTiming)) }
                                        }
                                        { band_note(assessment.band(Control::Value(key)), text) }
                                    </>
                                },
                                oninput,
                            })
                        }) }
                    </section>
                    <section aria-labelledby="follow-up-heading">
                        <h2 id="follow-up-heading">{ text.follow_up_heading }</h2>
                        { radio_group(RadioGroupProps {
                            control: Control::TreatedNow,
                            legend: text.treated_now_question.into(),
                            choices: yes_no_choices(entries.follow_up.treated_now, Action::SetTreatedNow),
                            imported: false,
                        }) }
                        { radio_group(RadioGroupProps {
                            control: Control::CheckupRequiresCare,
                            legend: text.checkup_requires_care_question.into(),
                            choices: yes_no_choices(entries.follow_up.checkup_requires_care, Action::SetCheckupRequiresCare),
                            imported: false,
                        }) }
                    </section>
                    { bar }
                </form>
                { result }
                if !prerendered { { summary(&assessment.summary, text, &on_follow) } }
                <div class="actions">
                    <button type="button" class="print" onclick={on_print}>{ text.print }</button>
                    <button type="button" class="clear" data-action="clear" onclick={on_clear}>{ text.clear_all }</button>
                </div>
                <div class="keep">
                    <label class="check" for={Control::KEEP_VALUES}>
                        <input type="checkbox" id={Control::KEEP_VALUES} name={Control::KEEP_VALUES} checked={state.keep} onchange={on_keep} />
                        <span>{ text.keep_values }</span>
                    </label>
                    { hint(text.keep_values_hint) }
                    if state.keep_refused {
                        <p class="warning" role="alert" data-keep-refused="">{ text.keep_refused }</p>
                    }
                    if state.keep {
                        <button type="button" data-action="erase-saved" onclick={on_erase_saved}>{ text.erase_saved }</button>
                    }
                </div>
                if let Some((Undo::ClearAll, _)) = state.undo {
                    { undo_offer(text.cleared, text.undo, on_undo) }
                }
                // Below the result, out of the first screen: left to the app.
                if !prerendered {
                    { national(&NationalProps {
                        lang,
                        entries,
                        assessment: &assessment,
                        imported: &state.imported,
                        ondispatch: actions.clone(),
                        open: state.national_open,
                        ontoggle: actions.reform(Action::SetNationalOpen),
                    }) }
                    // The guide shows them too: one copy keeps the ids unique.
                    // Folded: those that concern the participant are in the result, in full.
                    if state.page == Page::Checker {
                        { precautions(lang, &assessment.precautions, state.precautions_open, Some(actions.reform(Action::SetPrecautionsOpen))) }
                    }
                }
            </main>
            if let Some(today) = today {
                { print_summary(lang, evaluation, &entries.checkup_date, &today.iso()) }
            }
            { scale_patterns() }
        </div>
    }
}

fn checkup_date_field(
    text: &Text,
    value: &str,
    status: Option<CheckupDateStatus>,
    today: Option<Date>,
    imported: bool,
    oninput: Callback<String>,
) -> Html {
    let warning = status.and_then(|status| match status {
        CheckupDateStatus::Recent => None,
        CheckupDateStatus::OlderThanAYear => Some(text.checkup_date_old),
        CheckupDateStatus::InFuture => Some(text.checkup_date_future),
    });
    let oninput =
        oninput.reform(|event: InputEvent| event.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let id = Control::CheckupDate.id();
    let warning_id = format!("{id}-warning");
    html! {
        <div class="field">
            <label for={id}>{ text.checkup_date_label }<span class="note">{ text.optional }</span></label>
            <input {id} name={id} type="date" value={value.to_string()} max={today.map(Date::iso)}
                data-imported={imported.then_some("true")}
                aria-describedby={warning.map(|_| warning_id.clone())} {oninput} />
            if let Some(warning) = warning {
                <p class="warning" id={warning_id} role="status" data-warning="checkup-date">{ warning }</p>
            }
        </div>
    }
}
