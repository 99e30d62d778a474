//! No string a person (or a cat on the keyboard) types makes the core panic.

use kenshin_core::input::{parse_age, parse_value};
use kenshin_core::{evaluate, Form, Key, Sex};
use proptest::prelude::*;

fn sex() -> impl Strategy<Value = Option<Sex>> {
    prop_oneof![Just(None), Just(Some(Sex::Male)), Just(Some(Sex::Female))]
}

/// Digits, separators, signs and units are where the parser's edges are.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[0-9０-９.,，．+\\-−eE% ]{0,12}(mmHg|mg/dL|%|U/L|歳)?", "\\PC{0,60}",]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_never_panics(raw in typed()) {
        for key in Key::ALL {
            let _ = parse_value(key, &raw);
        }
        let _ = parse_age(&raw);
    }

    #[test]
    fn a_parsed_value_is_finite_and_in_range(raw in typed()) {
        for key in Key::ALL {
            if let Ok(Some(value)) = parse_value(key, &raw) {
                let (min, max) = key.plausible_range();
                prop_assert!(value.is_finite() && value >= min && value <= max);
            }
        }
    }

    #[test]
    fn evaluation_never_panics(values in prop::array::uniform17(typed()), age in typed(), sex in sex()) {
        let form = Form { sex, age, values };
        let evaluation = evaluate(&form);
        prop_assert_eq!(evaluation.flags.is_empty(), evaluation.verdict != kenshin_core::Verdict::SeeDoctorFirst);
    }
}
