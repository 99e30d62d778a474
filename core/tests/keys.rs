//! The keys are the stable hooks (docs/product.md, "Stable hooks"): ids, order and units. Tests and
//! operators' scripts select on them, so a change here must be deliberate.

use kenshin_core::input::{parse_value, InputError};
use kenshin_core::{criteria, Key};

#[test]
fn all_is_in_form_order_with_the_criteria_first() {
    for (index, key) in Key::ALL.into_iter().enumerate() {
        assert_eq!(key.index(), index, "{key:?}");
        assert_eq!(Key::from_id(key.id()), Some(key));
        assert_eq!(key.is_criterion(), index < Key::CRITERIA.len(), "{key:?}");
        assert_eq!(criteria::threshold(key, None).is_some(), key.is_criterion(), "{key:?}");
    }
    assert_eq!(Key::ALL[..Key::CRITERIA.len()], Key::CRITERIA);
}

#[test]
fn ids_units_and_ranges_of_the_extra_values() {
    #[rustfmt::skip]
    let table: &[(Key, &str, &str, (f64, f64))] = &[
        (Key::Waist, "waist", "cm", (40.0, 200.0)),
        (Key::Height, "height", "cm", (100.0, 230.0)),
        (Key::Weight, "weight", "kg", (20.0, 300.0)),
        (Key::Triglycerides, "triglycerides", "mg/dL", (10.0, 5000.0)),
        (Key::Hdl, "hdl", "mg/dL", (5.0, 200.0)),
        (Key::Ldl, "ldl", "mg/dL", (10.0, 500.0)),
        (Key::NonHdl, "non_hdl", "mg/dL", (10.0, 600.0)),
        (Key::Hemoglobin, "hemoglobin", "g/dL", (3.0, 25.0)),
    ];
    for &(key, id, unit, range) in table {
        assert_eq!((key.id(), key.unit(), key.plausible_range()), (id, unit, range), "{key:?}");
    }
}

type Parsed = Result<Option<f64>, InputError>;

#[test]
fn the_extra_values_take_their_units() {
    #[rustfmt::skip]
    let table: &[(Key, &str, Parsed)] = &[
        (Key::Waist, "85.5cm", Ok(Some(85.5))),
        (Key::Waist, "８５．５ｃｍ", Ok(Some(85.5))),
        (Key::Height, "170.2 cm", Ok(Some(170.2))),
        (Key::Weight, "62.4kg", Ok(Some(62.4))),
        (Key::Weight, "62.4 KG", Ok(Some(62.4))),
        (Key::Triglycerides, "1,200 mg/dL", Ok(Some(1200.0))),
        (Key::Hdl, "39mg/dl", Ok(Some(39.0))),
        (Key::Hemoglobin, "13.5 g/dL", Ok(Some(13.5))),
        (Key::Waist, "85 kg", Err(InputError::WrongUnit { expected: "cm" })),
        (Key::Hemoglobin, "13 mg/dL", Err(InputError::WrongUnit { expected: "g/dL" })),
        (Key::Height, "1.70", Err(InputError::OutOfRange { min: 100.0, max: 230.0 })), // metres
        (Key::Hemoglobin, "135", Err(InputError::OutOfRange { min: 3.0, max: 25.0 })), // "13.5" without its point
    ];
    for (key, raw, expected) in table {
        assert_eq!(parse_value(*key, raw), *expected, "{key:?} {raw:?}");
    }
}

#[test]
fn the_questionnaire_checkboxes_are_named_by_their_hooks_and_each_sets_its_own_answer() {
    use kenshin_core::{Answers, Tick};
    assert_eq!(Tick::ALL.map(Tick::id), ["smoker", "med_bp", "med_glucose", "med_lipids"]);
    for tick in Tick::ALL {
        assert_eq!(Tick::from_id(tick.id()), Some(tick));
        let mut answers = Answers::default();
        *answers.ticked_mut(tick) = Some(true);
        let ticked: Vec<Tick> = Tick::ALL.into_iter().filter(|&other| answers.ticked(other) == Some(true)).collect();
        assert_eq!(ticked, [tick], "{tick:?} sets its own answer only");
    }
    assert_eq!(Tick::from_id("on"), None);
}

#[test]
fn each_value_is_shown_with_the_decimals_a_checkup_sheet_uses() {
    #[rustfmt::skip]
    let table = [
        (Key::SystolicBp, 0), (Key::Glucose, 0), (Key::Hba1c, 1), (Key::Height, 1), (Key::Weight, 1),
        (Key::Hemoglobin, 1), (Key::Creatinine, 2), (Key::Egfr, 0), (Key::Triglycerides, 0),
    ];
    for (key, decimals) in table {
        assert_eq!(key.decimals(), decimals, "{key:?}");
    }
}
