//! What the participant typed into the verdict's fields, exactly as typed: the
//! one input of `verdict::evaluate`.

use crate::key::{Key, Sex};

/// What the participant typed, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    pub sex: Option<Sex>,
    pub age: String,
    pub values: [String; Key::ALL.len()],
}

impl Form {
    pub fn value(&self, key: Key) -> &str {
        &self.values[key.index()]
    }

    pub fn set_value(&mut self, key: Key, raw: impl Into<String>) {
        self.values[key.index()] = raw.into();
    }
}
