//! MHLW's steps 1–4 and ⑤ (docs/product.md, "National bands and support
//! level"; the sources are cited in `mod.rs`), once every fact is known. The
//! level and every reason are derived from these same functions, so a rule
//! changed here changes both.

use super::facts::Facts;
use super::{Group, SupportLevel};

/// Step 1: A by waist, else B by BMI, else not a target.
pub(super) fn group(facts: &Facts<bool>) -> Option<Group> {
    match (facts.waist_over, facts.bmi_over) {
        (true, _) => Some(Group::A),
        (false, true) => Some(Group::B),
        (false, false) => None,
    }
}

/// Step 2 ④: smoking counts only with one of ①–③.
pub(super) fn smoking_counted(facts: &Facts<bool>) -> bool {
    facts.smoker && (facts.blood_pressure || facts.lipids || facts.glucose)
}

/// Step 2: the number of additional risks.
pub(super) fn risk_count(facts: &Facts<bool>) -> u8 {
    [facts.blood_pressure, facts.lipids, facts.glucose, smoking_counted(facts)].into_iter().map(u8::from).sum()
}

/// Step 3.
pub(super) fn group_level(group: Group, risks: u8) -> SupportLevel {
    match (group, risks) {
        (_, 0) => SupportLevel::Information,
        (Group::A, 1) | (Group::B, 1..=2) => SupportLevel::Motivational,
        (Group::A, _) | (Group::B, _) => SupportLevel::Active,
    }
}

/// Step 4: at 65–74, what step 3 makes active becomes motivational.
pub(super) fn senior_turns_active(facts: &Facts<bool>) -> bool {
    facts.senior && group(facts).is_some_and(|group| group_level(group, risk_count(facts)) == SupportLevel::Active)
}

/// ⑤ and steps 1–4.
pub(super) fn level(facts: &Facts<bool>) -> SupportLevel {
    match group(facts) {
        _ if facts.medication => SupportLevel::Information,
        None => SupportLevel::Information,
        Some(_) if senior_turns_active(facts) => SupportLevel::Motivational,
        Some(group) => group_level(group, risk_count(facts)),
    }
}
