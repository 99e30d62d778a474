//! The values a participant types: their keys (the stable `id`/`name` hooks),
//! units and the range of values a real checkup can show.

/// One checkup value of the programme's criteria (leaflet ※1), in leaflet order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    SystolicBp,
    DiastolicBp,
    Glucose,
    Hba1c,
    Ast,
    Alt,
    Ggt,
    Creatinine,
    Egfr,
}

impl Key {
    pub const ALL: [Key; 9] = [
        Key::SystolicBp,
        Key::DiastolicBp,
        Key::Glucose,
        Key::Hba1c,
        Key::Ast,
        Key::Alt,
        Key::Ggt,
        Key::Creatinine,
        Key::Egfr,
    ];

    /// Position in `ALL`, for per-key arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The stable hook: the input's `id` and `name` (SPEC §5).
    pub const fn id(self) -> &'static str {
        match self {
            Key::SystolicBp => "systolic_bp",
            Key::DiastolicBp => "diastolic_bp",
            Key::Glucose => "glucose",
            Key::Hba1c => "hba1c",
            Key::Ast => "ast",
            Key::Alt => "alt",
            Key::Ggt => "ggt",
            Key::Creatinine => "creatinine",
            Key::Egfr => "egfr",
        }
    }

    pub fn from_id(id: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|key| key.id() == id)
    }

    /// The unit printed on checkup sheets (SPEC §1).
    pub const fn unit(self) -> &'static str {
        match self {
            Key::SystolicBp | Key::DiastolicBp => "mmHg",
            Key::Glucose | Key::Creatinine => "mg/dL",
            Key::Hba1c => "%",
            Key::Ast | Key::Alt | Key::Ggt => "U/L",
            Key::Egfr => "mL/min/1.73m²",
        }
    }

    /// Spellings of the unit a person may type after the number; compared
    /// case-insensitively after full-width characters are folded.
    pub const fn unit_spellings(self) -> &'static [&'static str] {
        match self {
            Key::SystolicBp | Key::DiastolicBp => &["mmhg"],
            Key::Glucose | Key::Creatinine => &["mg/dl", "mg/100ml"],
            Key::Hba1c => &["%"],
            Key::Ast | Key::Alt | Key::Ggt => &["u/l", "iu/l"],
            Key::Egfr => &["ml/min/1.73m²", "ml/min/1.73m2", "ml/分/1.73m²", "ml/分/1.73m2"],
        }
    }

    /// Values outside this range cannot come from a living person's checkup:
    /// they are typing slips, reported as errors rather than flags (SPEC §2).
    pub const fn plausible_range(self) -> (f64, f64) {
        match self {
            Key::SystolicBp => (50.0, 300.0),
            Key::DiastolicBp => (30.0, 200.0),
            Key::Glucose => (20.0, 1500.0),
            Key::Hba1c => (3.0, 20.0),
            Key::Ast | Key::Alt => (1.0, 10000.0),
            Key::Ggt => (1.0, 10000.0),
            Key::Creatinine => (0.1, 20.0),
            Key::Egfr => (1.0, 200.0),
        }
    }

    /// Decimal places used when a threshold or estimate of this key is shown.
    pub const fn decimals(self) -> usize {
        match self {
            Key::Hba1c => 1,
            Key::Creatinine => 2,
            _ => 0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// The stable hook: the radio value of the `sex` group (SPEC §5).
    pub const fn id(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }

    pub fn from_id(id: &str) -> Option<Sex> {
        match id {
            "male" => Some(Sex::Male),
            "female" => Some(Sex::Female),
            _ => None,
        }
    }
}

/// Ages the age field accepts, in whole years. The programme is for ages
/// 40–74, but a younger or older person may still want to check their values.
pub const AGE_RANGE: (f64, f64) = (18.0, 120.0);
