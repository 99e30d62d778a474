//! Which item code (項目コード, 17 characters, code system 1.2.392.200119.6.1005)
//! fills which control, and how. Every code is a row of MHLW's 「XML用特定健診項目情報」,
//! copied with its row into docs/checkup-file.md ("Item codes"): the 第3期 table
//! (XMLhc18tab.csv) and, for what the 第4期 added (random triglycerides, the new
//! smoking answers), the JP-CLINS 健診結果報告書 code system. Each item has several
//! method variants (検査方法); all are read.

use crate::answers::{Tick, Timing};
use crate::key::Key;

/// What an observation with a known item code means to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A number for a value field, read as `variant`.
    Value(Key, Variant),
    /// HbA1c in JDS units (only exams up to FY2012): never converted, refused.
    Hba1cJds,
    /// 尿蛋白, an answer of code system 1.2.392.200119.6.2102.
    UrineProtein,
    /// 服薬1–3 (血圧, 血糖, 脂質), はい/いいえ of 1.2.392.200119.6.2003.
    Medication(Tick),
    /// 喫煙: 第3期 はい/いいえ, 第4期 the three answers of 1.2.392.200119.6.24060.
    Smoking,
}

/// Which of several observations of one value this is. A value read more than once
/// is decided by `review::choose` from these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variant {
    /// The only kind the value has.
    Single,
    /// Blood pressure, 1回目 / 2回目 / その他.
    FirstReading,
    SecondReading,
    OtherReading,
    /// Glucose and triglycerides: 空腹時 / 随時 (the blood sample's timing).
    Taken(Timing),
    /// Waist: 実測 (measured at the checkup) / 自己判定 / 自己申告 (said by the person).
    Measured,
    SelfMeasured,
    SelfReported,
}

use Variant::*;

/// docs/checkup-file.md, "Item codes": each code as in the table, with its item.
#[rustfmt::skip]
pub const CODES: &[(&str, Item)] = &[
    // 身体計測 (XMLhc18tab.csv rows 10–70)
    ("9N001000000000001", Item::Value(Key::Height, Single)),           // 身長
    ("9N006000000000001", Item::Value(Key::Weight, Single)),           // 体重
    ("9N016160100000001", Item::Value(Key::Waist, Measured)),          // 腹囲(実測)
    ("9N016160200000001", Item::Value(Key::Waist, SelfMeasured)),      // 腹囲(自己判定)
    ("9N016160300000001", Item::Value(Key::Waist, SelfReported)),      // 腹囲(自己申告)
    // 血圧等 (rows 210–260)
    ("9A751000000000001", Item::Value(Key::SystolicBp, FirstReading)),   // 収縮期血圧(1回目)
    ("9A752000000000001", Item::Value(Key::SystolicBp, SecondReading)),  // 収縮期血圧(2回目)
    ("9A755000000000001", Item::Value(Key::SystolicBp, OtherReading)),   // 収縮期血圧(その他)
    ("9A761000000000001", Item::Value(Key::DiastolicBp, FirstReading)),  // 拡張期血圧(1回目)
    ("9A762000000000001", Item::Value(Key::DiastolicBp, SecondReading)), // 拡張期血圧(2回目)
    ("9A765000000000001", Item::Value(Key::DiastolicBp, OtherReading)),  // 拡張期血圧(その他)
    // 生化学検査: 中性脂肪 (rows 320–340; 随時 from the 第4期 code system)
    ("3F015000002327101", Item::Value(Key::Triglycerides, Taken(Timing::Fasting))),
    ("3F015000002327201", Item::Value(Key::Triglycerides, Taken(Timing::Fasting))),
    ("3F015000002399901", Item::Value(Key::Triglycerides, Taken(Timing::Fasting))),
    ("3F015129902327101", Item::Value(Key::Triglycerides, Taken(Timing::Random))),
    ("3F015129902327201", Item::Value(Key::Triglycerides, Taken(Timing::Random))),
    ("3F015129902399901", Item::Value(Key::Triglycerides, Taken(Timing::Random))),
    // HDL, LDL (直接法, その他, 計算法), non-HDL (rows 350–402)
    ("3F070000002327101", Item::Value(Key::Hdl, Single)),
    ("3F070000002327201", Item::Value(Key::Hdl, Single)),
    ("3F070000002399901", Item::Value(Key::Hdl, Single)),
    ("3F077000002327101", Item::Value(Key::Ldl, Single)),
    ("3F077000002327201", Item::Value(Key::Ldl, Single)),
    ("3F077000002399901", Item::Value(Key::Ldl, Single)),
    ("3F077000002391901", Item::Value(Key::Ldl, Single)),
    ("3F069000002391901", Item::Value(Key::NonHdl, Single)),
    // AST, ALT, γ-GT (rows 430–480)
    ("3B035000002327201", Item::Value(Key::Ast, Single)),
    ("3B035000002399901", Item::Value(Key::Ast, Single)),
    ("3B045000002327201", Item::Value(Key::Alt, Single)),
    ("3B045000002399901", Item::Value(Key::Alt, Single)),
    ("3B090000002327101", Item::Value(Key::Ggt, Single)),
    ("3B090000002399901", Item::Value(Key::Ggt, Single)),
    // 血清クレアチニン and eGFR, nested in their 一連検査 group (rows 510–527)
    ("3C015000002327101", Item::Value(Key::Creatinine, Single)),
    ("3C015000002399901", Item::Value(Key::Creatinine, Single)),
    ("8A065000002391901", Item::Value(Key::Egfr, Single)),
    // 血糖検査 (rows 620–698)
    ("3D010000001926101", Item::Value(Key::Glucose, Taken(Timing::Fasting))),
    ("3D010000002227101", Item::Value(Key::Glucose, Taken(Timing::Fasting))),
    ("3D010000001927201", Item::Value(Key::Glucose, Taken(Timing::Fasting))),
    ("3D010000001999901", Item::Value(Key::Glucose, Taken(Timing::Fasting))),
    ("3D010129901926101", Item::Value(Key::Glucose, Taken(Timing::Random))),
    ("3D010129902227101", Item::Value(Key::Glucose, Taken(Timing::Random))),
    ("3D010129901927201", Item::Value(Key::Glucose, Taken(Timing::Random))),
    ("3D010129901999901", Item::Value(Key::Glucose, Taken(Timing::Random))),
    ("3D046000001906202", Item::Value(Key::Hba1c, Single)),
    ("3D046000001920402", Item::Value(Key::Hba1c, Single)),
    ("3D046000001927102", Item::Value(Key::Hba1c, Single)),
    ("3D046000001999902", Item::Value(Key::Hba1c, Single)),
    // HbA1c (JDS値): no longer in the 第3期 table; the 2008 table's four methods
    ("3D045000001906202", Item::Hba1cJds),
    ("3D045000001920402", Item::Hba1cJds),
    ("3D045000001927102", Item::Hba1cJds),
    ("3D045000001999902", Item::Hba1cJds),
    // 尿検査 (rows 760–770)
    ("1A010000000191111", Item::UrineProtein),
    ("1A010000000190111", Item::UrineProtein),
    // 血液像検査, nested in the 貧血検査 group (row 850)
    ("2A030000001930101", Item::Value(Key::Hemoglobin, Single)),
    // 質問票 (rows 2290–2420)
    ("9N701000000000011", Item::Medication(Tick::MedBp)),
    ("9N706000000000011", Item::Medication(Tick::MedGlucose)),
    ("9N711000000000011", Item::Medication(Tick::MedLipids)),
    ("9N736000000000011", Item::Smoking),
];

/// The item an observation's code names, or `None` for an item the app does not use.
pub fn item(code: &str) -> Option<Item> {
    CODES.iter().find(|(known, _)| *known == code).map(|&(_, item)| item)
}

/// The units the table gives for `key`: its display unit and its UCUM code
/// (docs/checkup-file.md, "Units"), compared without regard to ASCII case, so
/// "mg/dl" and "mg/dL", "U/l" and "U/L" are both the field's own unit. Any other
/// unit refuses the item: a value is never converted.
const fn units(key: Key) -> &'static [&'static str] {
    match key {
        Key::SystolicBp | Key::DiastolicBp => &["mmHg", "mm[Hg]"],
        Key::Glucose | Key::Creatinine | Key::Triglycerides | Key::Hdl | Key::Ldl | Key::NonHdl => &["mg/dl"],
        Key::Hba1c => &["%"],
        Key::Ast | Key::Alt | Key::Ggt => &["U/l"],
        Key::Egfr => &["ml/min/1.73m2"],
        Key::Waist | Key::Height => &["cm"],
        Key::Weight => &["kg"],
        Key::Hemoglobin => &["g/dl"],
    }
}

/// Whether `unit` is the table's unit for `key`.
pub fn is_unit_of(key: Key, unit: &str) -> bool {
    units(key).iter().any(|known| known.eq_ignore_ascii_case(unit.trim()))
}
