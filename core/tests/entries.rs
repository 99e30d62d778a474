//! Everything the participant entered: empty is a new form, and anything
//! entered or answered differently is not (the shell offers no undo for
//! clearing an empty form).

use kenshin_core::{Entries, Key, Tick};

#[test]
fn a_new_form_is_empty_and_any_entry_or_answer_is_not() {
    assert!(Entries::empty().is_empty());
    let changes: [fn(&mut Entries); 5] = [
        |entries| entries.form.set_value(Key::Hdl, "38"),
        |entries| entries.form.age = "50".into(),
        |entries| *entries.answers.ticked_mut(Tick::Smoker) = Some(true),
        |entries| entries.checkup_date = "2026-04-01".into(),
        |entries| entries.appointment_time = "10:00".into(),
    ];
    for (i, change) in changes.iter().enumerate() {
        let mut entries = Entries::empty();
        change(&mut entries);
        assert!(!entries.is_empty(), "change {i}");
    }
}
