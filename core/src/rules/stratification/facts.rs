//! The support level's reasoning with blanks (階層化 with inputs not yet given):
//! each yes/no fact the rules read is known or unknown, with what it needs;
//! a rule's answer is known when every way the unknown facts could turn out
//! gives the same one. Knows nothing of MHLW's steps: `rules.rs` does.

use super::Need;

/// One yes/no fact of the rules; `None` while unknown, with what it needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Fact {
    pub known: Option<bool>,
    pub needs: Vec<Need>,
}

impl Fact {
    pub fn known(value: bool) -> Fact {
        Fact { known: Some(value), needs: Vec::new() }
    }

    pub fn unknown(needs: &[Need]) -> Fact {
        Fact { known: None, needs: needs.to_vec() }
    }

    /// From an answer that is either given or `needs`.
    pub fn answer(answer: Option<bool>, needs: Need) -> Fact {
        answer.map_or_else(|| Fact::unknown(&[needs]), Fact::known)
    }

    /// True if any part is; false if every part is; else unknown.
    pub fn any(parts: impl IntoIterator<Item = Fact>) -> Fact {
        let parts: Vec<Fact> = parts.into_iter().collect();
        if parts.iter().any(|part| part.known == Some(true)) {
            Fact::known(true)
        } else if parts.iter().all(|part| part.known == Some(false)) {
            Fact::known(false)
        } else {
            Fact { known: None, needs: parts.into_iter().flat_map(|part| part.needs).collect() }
        }
    }
}

/// The yes/no facts steps 1–4 read, by name: `Facts<Fact>` as far as the
/// input tells, `Facts<bool>` for one way every unknown one could turn out.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Facts<T> {
    /// ⑤: takes medicine for ①–③.
    pub medication: T,
    /// Step 1: the waist is at or above its limit.
    pub waist_over: T,
    /// Step 1: BMI is at or above 25.
    pub bmi_over: T,
    /// Step 2 ①–③.
    pub blood_pressure: T,
    pub lipids: T,
    pub glucose: T,
    /// Step 2 ④ as answered, before "counted only with another risk".
    pub smoker: T,
    /// Step 4: aged 65–74.
    pub senior: T,
}

impl<T> Facts<T> {
    /// Every fact, in the order `map` visits them.
    fn each(&self) -> [&T; 8] {
        [
            &self.medication,
            &self.waist_over,
            &self.bmi_over,
            &self.blood_pressure,
            &self.lipids,
            &self.glucose,
            &self.smoker,
            &self.senior,
        ]
    }

    fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Facts<U> {
        Facts {
            medication: f(&self.medication),
            waist_over: f(&self.waist_over),
            bmi_over: f(&self.bmi_over),
            blood_pressure: f(&self.blood_pressure),
            lipids: f(&self.lipids),
            glucose: f(&self.glucose),
            smoker: f(&self.smoker),
            senior: f(&self.senior),
        }
    }
}

/// What `rule` gives for every way the unknown facts could turn out: the
/// `n`-th outcome takes the `b`-th unknown fact as true iff bit `b` of `n` is set.
pub(super) fn outcomes<T>(facts: &Facts<Fact>, rule: impl Fn(&Facts<bool>) -> T) -> Vec<T> {
    let unknown = facts.each().iter().filter(|fact| fact.known.is_none()).count();
    (0..1usize << unknown)
        .map(|outcome| {
            let mut bit = 0;
            rule(&facts.map(|fact| {
                fact.known.unwrap_or_else(|| {
                    bit += 1;
                    outcome & (1 << (bit - 1)) != 0
                })
            }))
        })
        .collect()
}

/// What `rule` gives whichever way the unknown facts turn out, if that is one answer.
pub(super) fn decided<T: PartialEq>(facts: &Facts<Fact>, rule: impl Fn(&Facts<bool>) -> T) -> Option<T> {
    let mut outcomes = outcomes(facts, rule);
    let first = outcomes.swap_remove(0);
    outcomes.iter().all(|outcome| *outcome == first).then_some(first)
}

/// `rule`'s one answer, or else the needs of every unknown fact whose flip
/// can change it, in form order, each once.
pub(super) fn conclude<T: PartialEq>(facts: &Facts<Fact>, rule: impl Fn(&Facts<bool>) -> T) -> Result<T, Vec<Need>> {
    let mut answers = outcomes(facts, rule);
    if answers.iter().all(|answer| *answer == answers[0]) {
        return Ok(answers.swap_remove(0));
    }
    let unknown = facts.each().into_iter().filter(|fact| fact.known.is_none());
    let mut needs: Vec<Need> = unknown
        .enumerate()
        .filter(|&(bit, _)| (0..answers.len()).any(|outcome| answers[outcome] != answers[outcome ^ (1 << bit)]))
        .flat_map(|(_, fact)| fact.needs.iter().copied())
        .collect();
    // Into form order. A handful of items; a std sort adds 1.2 KB brotli (docs/product.md,
    // "Size and speed").
    for i in 1..needs.len() {
        let mut j = i;
        while j > 0 && needs[j - 1] > needs[j] {
            needs.swap(j - 1, j);
            j -= 1;
        }
    }
    needs.dedup();
    Err(needs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Tick;
    use crate::key::Key;

    /// A fact as the input gives it: yes, no, or blank.
    type Given = Option<bool>;
    /// What `conclude` gives: the answer, or the needs behind it.
    type Concluded = Result<bool, &'static [Need]>;
    /// (smoker, senior) in each outcome, in the order tried.
    type Tried = &'static [(bool, bool)];

    const YES: Given = Some(true);
    const NO: Given = Some(false);
    const BLANK: Given = None;

    /// Facts with the smoker and senior facts set as given, every other one false.
    fn facts(smoker: Given, senior: Given) -> Facts<Fact> {
        let fact = |value: Given, needs: Need| Fact::answer(value, needs);
        Facts {
            smoker: fact(smoker, Need::Tick(Tick::Smoker)),
            senior: fact(senior, Need::Age),
            ..Facts::default().map(|_: &Fact| Fact::known(false))
        }
    }

    #[test]
    fn any_is_true_with_one_true_false_with_all_false_else_unknown_with_every_need() {
        let blank = |key| Fact::unknown(&[Need::Value(key)]);
        #[rustfmt::skip]
        let table: &[(Vec<Fact>, Given, &[Need])] = &[
            (vec![Fact::known(true), blank(Key::Hdl)],            YES,   &[]),
            (vec![Fact::known(false), Fact::known(false)],         NO,    &[]),
            (vec![],                                               NO,    &[]),
            (vec![Fact::known(false), blank(Key::Hdl)],            BLANK, &[Need::Value(Key::Hdl)]),
            (vec![blank(Key::SystolicBp), blank(Key::DiastolicBp)], BLANK, &[Need::Value(Key::SystolicBp), Need::Value(Key::DiastolicBp)]),
        ];
        for (parts, known, needs) in table {
            let got = Fact::any(parts.clone());
            assert_eq!((got.known, got.needs.as_slice()), (*known, *needs), "{parts:?}");
        }
    }

    #[test]
    fn every_way_the_unknown_facts_turn_out_is_tried_once() {
        let both = |facts: &Facts<bool>| (facts.smoker, facts.senior);
        #[rustfmt::skip]
        let table: &[(Given, Given, Tried)] = &[
            (YES,   NO,    &[(true, false)]),
            (BLANK, NO,    &[(false, false), (true, false)]),
            (YES,   BLANK, &[(true, false), (true, true)]),
            (BLANK, BLANK, &[(false, false), (true, false), (false, true), (true, true)]),
        ];
        for &(smoker, senior, expected) in table {
            assert_eq!(outcomes(&facts(smoker, senior), both), expected, "{smoker:?} {senior:?}");
        }
    }

    #[test]
    fn an_answer_is_decided_when_every_outcome_agrees() {
        let smoker = |facts: &Facts<bool>| facts.smoker;
        let either = |facts: &Facts<bool>| facts.smoker || facts.senior;
        #[rustfmt::skip]
        let table: &[(Given, Given, Given, Given)] = &[
            // smoker, senior → decided(smoker), decided(smoker or senior)
            (YES,   BLANK, YES,   YES),
            (NO,    BLANK, NO,    BLANK),
            (BLANK, YES,   BLANK, YES),
            (BLANK, NO,    BLANK, BLANK),
            (NO,    NO,    NO,    NO),
        ];
        for &(smoker_given, senior_given, by_smoker, by_either) in table {
            let given = facts(smoker_given, senior_given);
            assert_eq!(decided(&given, smoker), by_smoker, "{smoker_given:?} {senior_given:?}");
            assert_eq!(decided(&given, either), by_either, "{smoker_given:?} {senior_given:?}");
        }
    }

    #[test]
    fn an_undecided_answer_needs_only_the_facts_that_can_change_it_in_form_order() {
        let smoker = |facts: &Facts<bool>| facts.smoker;
        let both = |facts: &Facts<bool>| facts.smoker && facts.senior;
        #[rustfmt::skip]
        let table: &[(Given, Given, Concluded, Concluded)] = &[
            // smoker, senior → conclude(smoker), conclude(smoker and senior)
            (BLANK, BLANK, Err(&[Need::Tick(Tick::Smoker)]), Err(&[Need::Age, Need::Tick(Tick::Smoker)])),
            (BLANK, NO,    Err(&[Need::Tick(Tick::Smoker)]), Ok(false)),
            (NO,    BLANK, Ok(false),                         Ok(false)),
            (YES,   BLANK, Ok(true),                          Err(&[Need::Age])),
            (YES,   YES,   Ok(true),                          Ok(true)),
        ];
        for &(smoker_given, senior_given, by_smoker, by_both) in table {
            let given = facts(smoker_given, senior_given);
            assert_eq!(
                conclude(&given, smoker),
                by_smoker.map_err(<[Need]>::to_vec),
                "{smoker_given:?} {senior_given:?}"
            );
            assert_eq!(conclude(&given, both), by_both.map_err(<[Need]>::to_vec), "{smoker_given:?} {senior_given:?}");
        }
    }

    #[test]
    fn a_need_shared_by_two_facts_is_named_once() {
        let both = |facts: &Facts<bool>| facts.smoker && facts.senior;
        let given = Facts { smoker: Fact::unknown(&[Need::Age]), senior: Fact::unknown(&[Need::Age]), ..facts(NO, NO) };
        assert_eq!(conclude(&given, both), Err(vec![Need::Age]));
    }
}
