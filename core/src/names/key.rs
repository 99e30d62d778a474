//! The values a participant types: their keys (the stable `id`/`name` hooks),
//! units and the range of values a real checkup can show.

/// One numeric checkup value, in form order: first the programme's criteria
/// (leaflet ※1, in leaflet order), then the extra inputs that feed the national
/// bands and the support level only (docs/product.md, "National bands and
/// support level").
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
    Waist,
    Height,
    Weight,
    Triglycerides,
    Hdl,
    Ldl,
    NonHdl,
    Hemoglobin,
}

impl Key {
    /// The nine keys of the programme's criteria (leaflet ※1), in leaflet order.
    /// Only these decide the programme verdict.
    pub const CRITERIA: [Key; 9] = [
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

    /// Every key in form order (criteria first); `ALL[k.index()] == k`.
    pub const ALL: [Key; 17] = [
        Key::SystolicBp,
        Key::DiastolicBp,
        Key::Glucose,
        Key::Hba1c,
        Key::Ast,
        Key::Alt,
        Key::Ggt,
        Key::Creatinine,
        Key::Egfr,
        Key::Waist,
        Key::Height,
        Key::Weight,
        Key::Triglycerides,
        Key::Hdl,
        Key::Ldl,
        Key::NonHdl,
        Key::Hemoglobin,
    ];

    /// Whether this key is one of the programme's criteria (`CRITERIA`).
    pub const fn is_criterion(self) -> bool {
        self.index() < Key::CRITERIA.len()
    }

    /// Position in `ALL`, for per-key arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The stable hook: the input's `id` and `name`. Tests and operators select on
    /// it, so it never changes (docs/product.md, "Stable hooks").
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
            Key::Waist => "waist",
            Key::Height => "height",
            Key::Weight => "weight",
            Key::Triglycerides => "triglycerides",
            Key::Hdl => "hdl",
            Key::Ldl => "ldl",
            Key::NonHdl => "non_hdl",
            Key::Hemoglobin => "hemoglobin",
        }
    }

    pub fn from_id(id: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|key| key.id() == id)
    }

    /// The unit printed on checkup sheets, so a participant can compare the two
    /// at a glance (docs/product.md, "Programme criteria").
    pub const fn unit(self) -> &'static str {
        match self {
            Key::SystolicBp | Key::DiastolicBp => "mmHg",
            Key::Glucose | Key::Creatinine | Key::Triglycerides | Key::Hdl | Key::Ldl | Key::NonHdl => "mg/dL",
            Key::Waist | Key::Height => "cm",
            Key::Weight => "kg",
            Key::Hemoglobin => "g/dL",
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
            Key::Glucose | Key::Creatinine | Key::Triglycerides | Key::Hdl | Key::Ldl | Key::NonHdl => {
                &["mg/dl", "mg/100ml"]
            }
            Key::Waist | Key::Height => &["cm"],
            Key::Weight => &["kg"],
            Key::Hemoglobin => &["g/dl", "g/100ml"],
            Key::Hba1c => &["%"],
            Key::Ast | Key::Alt | Key::Ggt => &["u/l", "iu/l"],
            Key::Egfr => &["ml/min/1.73m²", "ml/min/1.73m2", "ml/分/1.73m²", "ml/分/1.73m2"],
        }
    }

    /// Values outside this range cannot come from a living person's checkup:
    /// they are typing slips, reported as errors rather than flags, so a slip
    /// never sends someone to a doctor (docs/product.md, "Input rules").
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
            Key::Waist => (40.0, 200.0),
            Key::Height => (100.0, 230.0),
            Key::Weight => (20.0, 300.0),
            Key::Triglycerides => (10.0, 5000.0),
            Key::Hdl => (5.0, 200.0),
            Key::Ldl => (10.0, 500.0),
            Key::NonHdl => (10.0, 600.0),
            Key::Hemoglobin => (3.0, 25.0),
        }
    }

    /// Decimal places used when a threshold or estimate of this key is shown.
    pub const fn decimals(self) -> usize {
        match self {
            Key::Hba1c | Key::Height | Key::Weight | Key::Hemoglobin => 1,
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
    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];

    /// The stable hook: the radio value of the `sex` group; tests select on it
    /// (docs/product.md, "Stable hooks").
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
