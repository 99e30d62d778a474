//! What several test files build: an evaluation holding exactly the numbers
//! a test names, as the form would have them once understood.

use kenshin_core::{evaluate, Evaluation, Form, Key, Sex};

/// An empty form's evaluation with these values set (not parsed, so any
/// number at all), the sex and no age.
pub fn understood(sex: Option<Sex>, values: &[(Key, f64)]) -> Evaluation {
    let mut evaluation = evaluate(&Form { sex, ..Form::default() });
    for &(key, value) in values {
        evaluation.values[key.index()] = Some(value);
    }
    evaluation
}
