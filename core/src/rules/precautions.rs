//! The leaflet's nine precautions (プログラムご利用上の注意事項) and which of
//! them speak to this participant, as a pre-participation screen would.

use crate::verdict::Verdict;

/// The precautions are numbered 1–9 as in the leaflet.
pub const COUNT: usize = 9;

/// Answers to the two follow-up questions; `None` until answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FollowUp {
    /// "Are you being treated for an illness now?"
    pub treated_now: Option<bool>,
    /// "Did your checkup say you need treatment or a detailed examination?"
    pub checkup_requires_care: Option<bool>,
}

/// Leaflet numbers (1-based) of the precautions that apply to this
/// participant in particular, in order.
pub fn highlighted(follow_up: FollowUp, verdict: Verdict) -> Vec<usize> {
    let treated = follow_up.treated_now == Some(true);
    let requires_care = follow_up.checkup_requires_care == Some(true);
    let mut numbers = Vec::new();
    // 1: under treatment → follow the attending doctor, tell the counsellor.
    if treated {
        numbers.push(1);
    }
    // 2: starting treatment during the programme → tell the counsellor;
    // likely for whoever is told to get treatment or examination.
    if treated || requires_care {
        numbers.push(2);
    }
    // 3: follow the checkup's instructions (要治療・要精密検査) before joining.
    if requires_care {
        numbers.push(3);
    }
    // 4: a criterion of ※1 holds → see a doctor and get permission first.
    if verdict == Verdict::SeeDoctorFirst {
        numbers.push(4);
    }
    numbers
}
