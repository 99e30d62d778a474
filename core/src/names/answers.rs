//! The answers the national bands and the support level need that are not
//! numbers: when blood was taken, the urine protein grade, smoking and
//! medication. `None` is "not answered".

/// When the blood sample was taken: after 10 hours or more without food
/// (空腹時), or otherwise but not within 3.5 hours of starting a meal (随時).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Timing {
    Fasting,
    Random,
}

impl Timing {
    pub const ALL: [Timing; 2] = [Timing::Fasting, Timing::Random];

    /// The stable hook: the radio value of `glucose_timing` / `tg_timing`; tests
    /// select on it (docs/product.md, "Stable hooks").
    pub const fn id(self) -> &'static str {
        match self {
            Timing::Fasting => "fasting",
            Timing::Random => "random",
        }
    }

    pub fn from_id(id: &str) -> Option<Timing> {
        Timing::ALL.into_iter().find(|timing| timing.id() == id)
    }
}

/// The dipstick grade of urine protein (尿蛋白), lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UrineProtein {
    /// (−)
    Negative,
    /// (±)
    Trace,
    /// (1+)
    One,
    /// (2+)
    Two,
    /// (3+)
    Three,
}

impl UrineProtein {
    pub const ALL: [UrineProtein; 5] =
        [UrineProtein::Negative, UrineProtein::Trace, UrineProtein::One, UrineProtein::Two, UrineProtein::Three];

    /// The stable hook: the option value of the `urine_protein` select; tests
    /// select on it (docs/product.md, "Stable hooks").
    pub const fn id(self) -> &'static str {
        match self {
            UrineProtein::Negative => "-",
            UrineProtein::Trace => "+-",
            UrineProtein::One => "1+",
            UrineProtein::Two => "2+",
            UrineProtein::Three => "3+",
        }
    }

    pub fn from_id(id: &str) -> Option<UrineProtein> {
        UrineProtein::ALL.into_iter().find(|grade| grade.id() == id)
    }
}

/// The questionnaire's checkboxes (質問票: smoking, medicine for ①–③).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tick {
    Smoker,
    MedBp,
    MedGlucose,
    MedLipids,
}

impl Tick {
    pub const ALL: [Tick; 4] = [Tick::Smoker, Tick::MedBp, Tick::MedGlucose, Tick::MedLipids];

    /// The stable hook: the checkbox's `id` and `name` (docs/product.md, "Stable hooks").
    pub const fn id(self) -> &'static str {
        match self {
            Tick::Smoker => "smoker",
            Tick::MedBp => "med_bp",
            Tick::MedGlucose => "med_glucose",
            Tick::MedLipids => "med_lipids",
        }
    }

    /// Position in `ALL`.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_id(id: &str) -> Option<Tick> {
        Tick::ALL.into_iter().find(|tick| tick.id() == id)
    }
}

/// The radio groups, select and checkboxes of the national bands and the
/// support level, named as their hooks.
/// A checkbox always answers (`Some(checked)`); `None` is for a caller that
/// can tell "not answered" apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub glucose_timing: Option<Timing>,
    pub tg_timing: Option<Timing>,
    pub urine_protein: Option<UrineProtein>,
    pub smoker: Option<bool>,
    pub med_bp: Option<bool>,
    pub med_glucose: Option<bool>,
    pub med_lipids: Option<bool>,
}

impl Answers {
    /// The answer a checkbox holds, to read or to set.
    pub fn ticked_mut(&mut self, tick: Tick) -> &mut Option<bool> {
        match tick {
            Tick::Smoker => &mut self.smoker,
            Tick::MedBp => &mut self.med_bp,
            Tick::MedGlucose => &mut self.med_glucose,
            Tick::MedLipids => &mut self.med_lipids,
        }
    }

    pub fn ticked(mut self, tick: Tick) -> Option<bool> {
        *self.ticked_mut(tick)
    }
}
