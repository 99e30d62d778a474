//! The values kept on the device: whatever was entered comes back exactly,
//! and no text in storage (an older format, another app's, a corrupted one)
//! makes loading panic or brings back anything but empty entries.

use kenshin_core::precautions::FollowUp;
use kenshin_core::saved::{load, save};
use kenshin_core::{Answers, Entries, Form, Key, Sex, Timing, UrineProtein};
use proptest::prelude::*;

fn entries() -> impl Strategy<Value = Entries> {
    let choice = |n: usize| prop::option::of(0..n);
    let text = || prop_oneof![any::<String>(), "[0-9０-９.,%&=+ ]{0,8}", "\\PC{0,20}"];
    let typed = (prop::array::uniform17(text()), text(), text(), choice(2), (text(), text()));
    let answers = (choice(2), choice(2), choice(5), prop::array::uniform6(prop::option::of(any::<bool>())));
    (typed, answers).prop_map(
        |((values, age, checkup_date, sex, appointment), (glucose_timing, tg_timing, urine, yes_no))| {
            let [treated_now, checkup_requires_care, smoker, med_bp, med_glucose, med_lipids] = yes_no;
            Entries {
                form: Form { sex: sex.map(|i| Sex::ALL[i]), age, values },
                checkup_date,
                follow_up: FollowUp { treated_now, checkup_requires_care },
                answers: Answers {
                    glucose_timing: glucose_timing.map(|i| Timing::ALL[i]),
                    tg_timing: tg_timing.map(|i| Timing::ALL[i]),
                    urine_protein: urine.map(|i| UrineProtein::ALL[i]),
                    smoker,
                    med_bp,
                    med_glucose,
                    med_lipids,
                },
                appointment_date: appointment.0,
                appointment_time: appointment.1,
            }
        },
    )
}

#[test]
fn what_is_kept_reads_as_names_and_values() {
    let mut entries = Entries::empty();
    entries.form.set_value(Key::SystolicBp, "１８５ mmHg");
    entries.form.sex = Some(Sex::Female);
    let text = save(&entries);
    assert!(text.starts_with("v2&systolic_bp=%EF%BC%91%EF%BC%98%EF%BC%95%20mmHg&diastolic_bp=&"), "{text}");
    assert!(text.contains("&sex=female&"), "{text}");
    assert_eq!(load(&text), entries);
}

#[test]
fn text_of_another_or_no_version_gives_empty_entries() {
    for text in [
        "",
        "v2&age",
        "v2&age=%4",
        "v2&age=%ZZ",
        "v2&age=%FF",
        "v3&age=50",
        "v2age=50",
        // The unversioned pairs of the builds before the format had a version.
        "systolic_bp=185&age=50&sex=male",
    ] {
        assert_eq!(load(text), Entries::empty(), "{text:?}");
    }
    assert_eq!(load("v2").form.age, "", "no pairs at all is empty entries too");
    assert_eq!(load("v2&age=50&unknown=1").form.age, "50", "a name this build does not know is skipped");
}

/// Anything, a near-miss of format 2, and the unversioned pairs of older builds.
fn stored_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "v2(&[a-z_]{0,12}=[%0-9A-Fa-z]{0,6}){0,4}",
        "(age|sex|systolic_bp)=[0-9a-z%]{1,4}(&age=[0-9]{1,3})?",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_entries_come_back_exactly(entries in entries()) {
        prop_assert_eq!(load(&save(&entries)), entries);
    }

    /// Whatever storage holds: no panic, and what is read is written back
    /// (the app saves it over the text at once) as a text that reads the same.
    #[test]
    fn any_text_loads_and_is_then_written_over(text in stored_text()) {
        let loaded = load(&text);
        if !text.starts_with("v2") {
            prop_assert_eq!(&loaded, &Entries::empty());
        }
        prop_assert_eq!(load(&save(&loaded)), loaded);
    }
}
