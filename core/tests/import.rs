//! A checkup file or a portal's items → the review the participant confirms.
//! The fixtures (tests/fixtures/import/, examples/checkup-sample.xml) are written
//! by hand from the schema; every person in them is invented.

use kenshin_core::import::document::{ATTRIBUTES, XSI, XSI_TYPE};
use kenshin_core::import::handoff::{self, HandedItem};
use kenshin_core::import::item_codes::{item, Item, Variant, CODES};
use kenshin_core::import::review::age_on;
use kenshin_core::import::{review, Checkup, Element, Finding, ImportError, Observation, Parsed, Refusal, Review};
use kenshin_core::Date;
use kenshin_core::{assess, Control, Entries, InputError, Key, Sex, Tick, Timing, Verdict};

const COMPLETE: &str = include_str!("fixtures/import/complete-3ki.xml");
const FOURTH: &str = include_str!("fixtures/import/fourth-random.xml");
const ODD: &str = include_str!("fixtures/import/odd-values.xml");
const SAMPLE: &str = include_str!("../../examples/checkup-sample.xml");

/// What the page's DOMParser gives the core, from a crate's parser: every element
/// with its namespace, local name and the attributes the reading uses.
fn parse(text: &str) -> Parsed {
    fn element(node: roxmltree::Node) -> Element {
        let attributes = ATTRIBUTES
            .iter()
            .filter_map(|&name| {
                let value = if name == XSI_TYPE { node.attribute((XSI, "type")) } else { node.attribute(name) };
                value.map(|value| (name, value.to_string()))
            })
            .collect();
        Element {
            namespace: node.tag_name().namespace().unwrap_or_default().to_string(),
            name: node.tag_name().name().to_string(),
            attributes,
            children: node.children().filter(|child| child.is_element()).map(element).collect(),
        }
    }
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
    roxmltree::Document::parse_with_options(text, options).ok().map(|document| element(document.root_element()))
}

/// The file's bytes as the page reads them (`Blob.text()`: UTF-8, a byte that is not
/// becomes U+FFFD), then the core.
fn read_document(bytes: &[u8]) -> Result<Checkup, ImportError> {
    kenshin_core::import::read_text(&String::from_utf8_lossy(bytes), parse)
}

fn reviewed(text: &str) -> Review {
    review(&read_document(text.as_bytes()).expect("a checkup"))
}

fn read_text(review: &Review, control: Control) -> Option<&str> {
    review.read.iter().find(|read| read.control == control).map(|read| read.text.as_str())
}

fn refusal(review: &Review, control: Control) -> Option<&Refusal> {
    review.refused.iter().find(|refused| refused.control == control).map(|refused| &refused.reason)
}

fn value(key: Key) -> Control {
    Control::Value(key)
}

#[test]
fn every_item_code_of_the_table_names_its_value_with_every_method_variant() {
    use Variant::*;
    #[rustfmt::skip]
    let table: &[(&str, Item)] = &[
        ("9A751000000000001", Item::Value(Key::SystolicBp, FirstReading)),
        ("9A752000000000001", Item::Value(Key::SystolicBp, SecondReading)),
        ("9A755000000000001", Item::Value(Key::SystolicBp, OtherReading)),
        ("9A761000000000001", Item::Value(Key::DiastolicBp, FirstReading)),
        ("9A762000000000001", Item::Value(Key::DiastolicBp, SecondReading)),
        ("9A765000000000001", Item::Value(Key::DiastolicBp, OtherReading)),
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
        ("3D045000001906202", Item::Hba1cJds),
        ("3D045000001999902", Item::Hba1cJds),
        ("3B035000002327201", Item::Value(Key::Ast, Single)),
        ("3B035000002399901", Item::Value(Key::Ast, Single)),
        ("3B045000002327201", Item::Value(Key::Alt, Single)),
        ("3B045000002399901", Item::Value(Key::Alt, Single)),
        ("3B090000002327101", Item::Value(Key::Ggt, Single)),
        ("3B090000002399901", Item::Value(Key::Ggt, Single)),
        ("3C015000002327101", Item::Value(Key::Creatinine, Single)),
        ("3C015000002399901", Item::Value(Key::Creatinine, Single)),
        ("8A065000002391901", Item::Value(Key::Egfr, Single)),
        ("9N016160100000001", Item::Value(Key::Waist, Measured)),
        ("9N016160200000001", Item::Value(Key::Waist, SelfMeasured)),
        ("9N016160300000001", Item::Value(Key::Waist, SelfReported)),
        ("9N001000000000001", Item::Value(Key::Height, Single)),
        ("9N006000000000001", Item::Value(Key::Weight, Single)),
        ("3F015000002327101", Item::Value(Key::Triglycerides, Taken(Timing::Fasting))),
        ("3F015000002327201", Item::Value(Key::Triglycerides, Taken(Timing::Fasting))),
        ("3F015000002399901", Item::Value(Key::Triglycerides, Taken(Timing::Fasting))),
        ("3F015129902327101", Item::Value(Key::Triglycerides, Taken(Timing::Random))),
        ("3F015129902327201", Item::Value(Key::Triglycerides, Taken(Timing::Random))),
        ("3F015129902399901", Item::Value(Key::Triglycerides, Taken(Timing::Random))),
        ("3F070000002327101", Item::Value(Key::Hdl, Single)),
        ("3F070000002327201", Item::Value(Key::Hdl, Single)),
        ("3F070000002399901", Item::Value(Key::Hdl, Single)),
        ("3F077000002327101", Item::Value(Key::Ldl, Single)),
        ("3F077000002327201", Item::Value(Key::Ldl, Single)),
        ("3F077000002399901", Item::Value(Key::Ldl, Single)),
        ("3F077000002391901", Item::Value(Key::Ldl, Single)),
        ("3F069000002391901", Item::Value(Key::NonHdl, Single)),
        ("2A030000001930101", Item::Value(Key::Hemoglobin, Single)),
        ("1A010000000191111", Item::UrineProtein),
        ("1A010000000190111", Item::UrineProtein),
        ("9N701000000000011", Item::Medication(Tick::MedBp)),
        ("9N706000000000011", Item::Medication(Tick::MedGlucose)),
        ("9N711000000000011", Item::Medication(Tick::MedLipids)),
        ("9N736000000000011", Item::Smoking),
    ];
    for &(code, expected) in table {
        assert_eq!(item(code), Some(expected), "{code}");
    }
    // Items the app does not use, and near misses, are not read.
    for code in
        ["9N011000000000001", "9N121000000000001", "3C015161002399949", "9A75100000000000", "9a751000000000001", ""]
    {
        assert_eq!(item(code), None, "{code:?}");
    }
    // Every code is 17 characters and listed once.
    for (index, (code, _)) in CODES.iter().enumerate() {
        assert_eq!(code.len(), 17, "{code}");
        assert!(CODES[..index].iter().all(|(other, _)| other != code), "{code} twice");
    }
}

#[test]
fn a_complete_third_period_file_fills_every_control_it_holds() {
    let review = reviewed(COMPLETE);
    #[rustfmt::skip]
    let expected: &[(Control, &str)] = &[
        (value(Key::SystolicBp), "186"),    // the mean of 188 and 184
        (value(Key::DiastolicBp), "103.5"), // the mean of 106 and 101
        (value(Key::Glucose), "128"),
        (value(Key::Hba1c), "7.9"),
        (value(Key::Ast), "45"),
        (value(Key::Alt), "61"),
        (value(Key::Ggt), "120"),
        (value(Key::Creatinine), "1.10"),   // nested in its 一連検査 group
        (value(Key::Egfr), "53.2"),
        (value(Key::Waist), "92.0"),
        (value(Key::Height), "170.2"),
        (value(Key::Weight), "72.5"),
        (value(Key::Triglycerides), "210"),
        (value(Key::Hdl), "38"),
        (value(Key::Ldl), "150"),
        (value(Key::Hemoglobin), "14.8"),   // nested in the 貧血検査 group
        (Control::Age, "57"),               // born 14 June 1965, examined 13 June 2023
        (Control::Sex, "male"),
        (Control::CheckupDate, "2023-06-13"),
        (Control::GlucoseTiming, "fasting"),
        (Control::TgTiming, "fasting"),
        (Control::UrineProtein, "+-"),
        (Control::Tick(Tick::Smoker), "yes"),
        (Control::Tick(Tick::MedBp), "no"),
        (Control::Tick(Tick::MedGlucose), "no"),
        (Control::Tick(Tick::MedLipids), "no"),
    ];
    let read: Vec<(Control, &str)> = review.read.iter().map(|read| (read.control, read.text.as_str())).collect();
    // In the form's order.
    let mut in_form_order = expected.to_vec();
    in_form_order.sort_by_key(|(control, _)| Control::ALL.iter().position(|c| c == control));
    assert_eq!(read, in_form_order);
    assert_eq!(review.refused, vec![]);
    // Both readings are shown beside the value that counts.
    let systolic = review.read.iter().find(|read| read.control == value(Key::SystolicBp)).unwrap();
    assert_eq!(
        systolic.readings,
        vec![(Variant::FirstReading, "188".to_string()), (Variant::SecondReading, "184".to_string())]
    );
}

#[test]
fn applied_the_sample_gives_the_verdict_typing_it_would() {
    let review = reviewed(SAMPLE);
    let applied = review.apply(&Entries::empty());
    let assessment = assess(&applied, Some(Date { year: 2025, month: 7, day: 1 }));
    assert_eq!(assessment.evaluation.verdict, Verdict::SeeDoctorFirst);
    assert_eq!(applied.form.value(Key::SystolicBp), "186");
    assert_eq!(applied.form.value(Key::DiastolicBp), "104");
    assert_eq!(applied.form.age, "58");
    // 第4期 smoking answer 2 (smoked before, not in the last month) is not a smoker.
    assert_eq!(applied.answers.smoker, Some(false));
    // Blank in the file, so the app estimates eGFR from creatinine, age and sex.
    assert!(assessment.evaluation.estimated_egfr.is_some());
}

#[test]
fn applying_replaces_only_what_the_file_holds() {
    let mut typed = Entries::empty();
    typed.set(value(Key::SystolicBp), "150".into());
    typed.set(value(Key::Egfr), "70".into());
    typed.set(Control::AppointmentDate, "2025-08-01".into());
    let applied = reviewed(SAMPLE).apply(&typed);
    assert_eq!(applied.form.value(Key::SystolicBp), "186");
    assert_eq!(applied.form.value(Key::Egfr), "70", "the sample has no eGFR: what was typed stays");
    assert_eq!(applied.appointment_date, "2025-08-01");
}

#[test]
fn a_fourth_period_file_with_random_glucose_and_triglycerides() {
    let review = reviewed(FOURTH);
    #[rustfmt::skip]
    let table: &[(Control, &str)] = &[
        (value(Key::Glucose), "165"),
        (Control::GlucoseTiming, "random"),
        (value(Key::Triglycerides), "260"),
        (Control::TgTiming, "random"),
        (value(Key::SystolicBp), "128"), // one reading, その他
        (value(Key::DiastolicBp), "82"),
        (value(Key::Waist), "84"),       // 自己申告
        (value(Key::Ast), "22"),         // "U/l", the table's display unit
        (Control::UrineProtein, "-"),
        (Control::Tick(Tick::Smoker), "no"),
        (Control::Sex, "female"),
        (Control::Age, "64"),            // born 29 February 1960, examined 28 February 2025
    ];
    for &(control, text) in table {
        assert_eq!(read_text(&review, control), Some(text), "{control:?}");
    }
}

#[test]
fn every_odd_value_is_refused_with_its_reason() {
    let review = reviewed(ODD);
    #[rustfmt::skip]
    let table: &[(Control, Refusal)] = &[
        (value(Key::SystolicBp), Refusal::NotUsable(InputError::OutOfRange { min: 50.0, max: 300.0 })),
        (value(Key::Glucose), Refusal::BeyondRange { above: true }),
        (value(Key::Hba1c), Refusal::JdsHba1c),
        (value(Key::Ast), Refusal::NotDone),
        (value(Key::Alt), Refusal::NotMeasured),
        (value(Key::Creatinine), Refusal::WrongUnit("umol/L".into())),
        (value(Key::Hdl), Refusal::BeyondRange { above: false }),
        (Control::UrineProtein, Refusal::UnknownAnswer),
    ];
    for (control, reason) in table {
        assert_eq!(refusal(&review, *control), Some(reason), "{control:?}");
        assert_eq!(read_text(&review, *control), None, "{control:?} refused and read");
    }
    assert_eq!(review.refused.len(), table.len());
    // H beside a number: the number is the value.
    assert_eq!(read_text(&review, value(Key::Ggt)), Some("1200"));
    assert_eq!(read_text(&review, value(Key::DiastolicBp)), Some("88"));
}

#[test]
fn units_in_both_spellings_and_a_wrong_one() {
    #[rustfmt::skip]
    let table: &[(&str, &str, &str, Option<&str>)] = &[
        ("9A751000000000001", "142", "mmHg", Some("142")),
        ("9A751000000000001", "142", "mm[Hg]", Some("142")),
        ("9A751000000000001", "142", "kPa", None),
        ("3D010000001926101", "99", "mg/dl", Some("99")),
        ("3D010000001926101", "99", "mg/dL", Some("99")),
        ("3D010000001926101", "5.5", "mmol/L", None),
        ("3B035000002327201", "30", "U/l", Some("30")),
        ("3B035000002327201", "30", "U/L", Some("30")),
        ("3B035000002327201", "30", "IU/L", None),
        ("8A065000002391901", "61.5", "ml/min/1.73m2", Some("61.5")),
        ("2A030000001930101", "13.2", "g/dl", Some("13.2")),
        ("2A030000001930101", "132", "g/L", None),
        ("3D046000001906202", "6.0", "%", Some("6.0")),
        ("3D046000001906202", "42", "mmol/mol", None),
        ("9N006000000000001", "60", "", None),
    ];
    for &(code, number, unit, expected) in table {
        let checkup = Checkup {
            observations: vec![Observation {
                code: code.into(),
                finding: Finding::Value { value: number.into(), unit: Some(unit.into()) },
            }],
            ..Checkup::default()
        };
        let review = review(&checkup);
        let key = match item(code) {
            Some(Item::Value(key, _)) => key,
            other => panic!("{other:?}"),
        };
        assert_eq!(read_text(&review, value(key)), expected, "{code} {number} {unit}");
        if expected.is_none() {
            assert_eq!(refusal(&review, value(key)), Some(&Refusal::WrongUnit(unit.into())));
        }
    }
}

#[test]
fn blood_pressure_read_more_than_once() {
    use Variant::*;
    #[rustfmt::skip]
    let table: &[(&[(Variant, &str)], &str)] = &[
        (&[(FirstReading, "150")], "150"),
        (&[(SecondReading, "150")], "150"),
        (&[(OtherReading, "150")], "150"),
        (&[(FirstReading, "182"), (SecondReading, "178")], "180"),   // at the criterion: flags
        (&[(FirstReading, "181"), (SecondReading, "178")], "179.5"), // below it: does not
        (&[(FirstReading, "160"), (SecondReading, "150"), (OtherReading, "155")], "155"), // その他: the mean entered
        (&[(FirstReading, "160"), (SecondReading, "150"), (OtherReading, "170")], "170"), // as submitted
        (&[(FirstReading, "160"), (OtherReading, "170")], "170"),
    ];
    let code = |variant| match variant {
        FirstReading => "9A751000000000001",
        SecondReading => "9A752000000000001",
        _ => "9A755000000000001",
    };
    for &(readings, expected) in table {
        let observations = readings
            .iter()
            .map(|&(variant, number)| Observation {
                code: code(variant).into(),
                finding: Finding::Value { value: number.into(), unit: Some("mmHg".into()) },
            })
            .collect();
        let review = review(&Checkup { observations, ..Checkup::default() });
        assert_eq!(read_text(&review, value(Key::SystolicBp)), Some(expected), "{readings:?}");
    }
}

#[test]
fn smoking_answers_of_both_periods() {
    #[rustfmt::skip]
    let table: &[(&str, Option<&str>)] = &[
        ("1", Some("yes")), // はい (第3期 and 第4期)
        ("2", Some("no")),  // 第3期 いいえ; 第4期 以前は吸っていたが最近1ヶ月間は吸っていない
        ("3", Some("no")),  // 第4期 いいえ
        ("4", None),
        ("", None),
    ];
    for &(answer, expected) in table {
        let checkup = Checkup {
            observations: vec![Observation {
                code: "9N736000000000011".into(),
                finding: Finding::Value { value: answer.into(), unit: None },
            }],
            ..Checkup::default()
        };
        assert_eq!(read_text(&review(&checkup), Control::Tick(Tick::Smoker)), expected, "{answer:?}");
    }
}

#[test]
fn the_age_on_the_exam_date_around_a_birthday() {
    let date = |year, month, day| Date { year, month, day };
    #[rustfmt::skip]
    let table: &[(Date, Date, Option<u32>)] = &[
        (date(1965, 6, 14), date(2023, 6, 13), Some(57)), // the day before
        (date(1965, 6, 14), date(2023, 6, 14), Some(58)), // on the birthday
        (date(1965, 6, 14), date(2023, 6, 15), Some(58)),
        (date(1960, 2, 29), date(2025, 2, 28), Some(64)), // born on 29 February
        (date(1960, 2, 29), date(2025, 3, 1), Some(65)),
        (date(2030, 1, 1), date(2025, 1, 1), None),       // born after the exam
    ];
    for &(birth, exam, expected) in table {
        assert_eq!(age_on(birth, exam), expected, "{birth:?} {exam:?}");
    }
}

#[test]
fn files_that_cannot_be_read_say_why_and_read_nothing() {
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00DATA/h0000000001.xml".to_vec();
    let junk = vec![b'x'; 2 * 1024 * 1024];
    let shift_jis = b"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>\x8c\x92\x90\x66</a>".to_vec();
    #[rustfmt::skip]
    let table: &[(&[u8], ImportError)] = &[
        (&junk, ImportError::TooLarge),
        (&zip, ImportError::Zip),
        (&shift_jis, ImportError::NotCheckup), // read as UTF-8: well-formed, but not a checkup
        (b"not xml at all", ImportError::NotXml),
        (b"<ClinicalDocument xmlns=\"urn:hl7-org:v3\">", ImportError::NotXml),
        (b"", ImportError::NotXml),
        (include_bytes!("fixtures/import/doctype.xml"), ImportError::Doctype),
        (include_bytes!("fixtures/import/other-document.xml"), ImportError::NotCheckup),
        (include_bytes!("fixtures/import/several-people.xml"), ImportError::SeveralPeople),
        (b"<html><body>a web page</body></html>", ImportError::NotCheckup),
        // The right element in no namespace is not the standard's.
        (b"<ClinicalDocument><code code=\"10\"/></ClinicalDocument>", ImportError::NotCheckup),
    ];
    for (bytes, expected) in table {
        assert_eq!(
            read_document(bytes),
            Err(*expected),
            "{:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(60)])
        );
    }
}

#[test]
fn the_header_gives_only_the_exam_date_sex_and_birth_date() {
    let checkup = read_document(COMPLETE.as_bytes()).unwrap();
    assert_eq!(checkup.sex, Some(Sex::Male));
    assert_eq!(checkup.birth_date, Some(Date { year: 1965, month: 6, day: 14 }));
    // documentationOf/serviceEvent, not the document's own effectiveTime (when it was made).
    assert_eq!(checkup.exam_date, Some(Date { year: 2023, month: 6, day: 13 }));
    // The name, insurer number, 記号・番号 and address are nowhere in what was read.
    let read = format!("{checkup:?}");
    for private in ["ケンシン", "タロウ", "06139999", "記号", "番号", "架空区", "100-0000", "架空健診"]
    {
        assert!(!read.contains(private), "{private} was read");
    }
}

#[test]
fn a_portals_items_give_the_same_review_as_the_file() {
    let items = |list: &[(&str, &str, &str)]| {
        list.iter()
            .map(|&(code, value, unit)| HandedItem { code: code.into(), value: value.into(), unit: unit.into() })
            .collect::<Vec<_>>()
    };
    let checkup = handoff::checkup(
        items(&[
            ("9A755000000000001", "142", "mmHg"),
            ("9A765000000000001", "92", "mmHg"),
            ("3D046000001906202", "6.3", "%"),
            ("1A010000000191111", "3", ""),
            ("9N701000000000011", "1", ""),
            ("3D045000001906202", "6.1", "%"),
            ("3B035000002327201", "30", ""),
        ]),
        Some("female"),
        Some("1970-04-01"),
        Some("2025-05-20"),
    )
    .unwrap();
    let review = review(&checkup);
    #[rustfmt::skip]
    let table: &[(Control, &str)] = &[
        (value(Key::SystolicBp), "142"),
        (value(Key::DiastolicBp), "92"),
        (value(Key::Hba1c), "6.3"),
        (Control::UrineProtein, "1+"),
        (Control::Tick(Tick::MedBp), "yes"),
        (Control::Sex, "female"),
        (Control::Age, "55"),
        (Control::CheckupDate, "2025-05-20"),
    ];
    for &(control, text) in table {
        assert_eq!(read_text(&review, control), Some(text), "{control:?}");
    }
    // JDS is refused only where NGSP is not there; a number without a unit is refused.
    assert_eq!(refusal(&review, value(Key::Hba1c)), None);
    assert_eq!(refusal(&review, value(Key::Ast)), Some(&Refusal::WrongUnit(String::new())));
    // A sex or date not of the agreed form is left out.
    let odd = handoff::checkup(Vec::new(), Some("M"), Some("1970/04/01"), Some("yesterday")).unwrap();
    assert_eq!((odd.sex, odd.birth_date, odd.exam_date), (None, None, None));
    let too_many = vec![HandedItem::default(); handoff::MAX_ITEMS + 1];
    assert_eq!(handoff::checkup(too_many, None, None, None), Err(ImportError::NotAMessage));
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    /// Bytes shaped like the file: the sample cut and spliced, XML-ish text, anything.
    fn file() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            any::<Vec<u8>>(),
            "\\PC{0,200}".prop_map(String::into_bytes),
            (0..SAMPLE.len(), 0..SAMPLE.len(), "\\PC{0,20}").prop_map(|(cut, resume, insert)| {
                let mut bytes = SAMPLE.as_bytes()[..cut].to_vec();
                bytes.extend_from_slice(insert.as_bytes());
                bytes.extend_from_slice(&SAMPLE.as_bytes()[resume..]);
                bytes
            }),
            (any::<String>(), any::<String>()).prop_map(|(code, value)| {
                format!(
                    "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
                     <code code=\"10\"/><entry><observation><code code=\"{}\"/><value xsi:type=\"PQ\" value=\"{}\" unit=\"mmHg\"/>\
                     </observation></entry></ClinicalDocument>",
                    code.replace(['<', '&', '"'], ""),
                    value.replace(['<', '&', '"'], "")
                )
                .into_bytes()
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn any_file_gives_a_review_or_an_error(bytes in file()) {
            if let Ok(checkup) = read_document(&bytes) {
                let review = review(&checkup);
                let applied = review.apply(&Entries::empty());
                let _ = assess(&applied, None);
            }
        }

        #[test]
        fn any_handed_items_give_a_review(items in prop::collection::vec((any::<String>(), any::<String>(), any::<String>()), 0..20),
                                          sex in any::<String>(), birth in any::<String>(), date in any::<String>()) {
            let items = items.into_iter().map(|(code, value, unit)| HandedItem { code, value, unit }).collect();
            let checkup = handoff::checkup(items, Some(&sex), Some(&birth), Some(&date)).unwrap();
            let _ = review(&checkup).apply(&Entries::empty());
        }
    }
}

/// Observations of a checkup: (item code, value, unit).
type Observed = &'static [(&'static str, &'static str, Option<&'static str>)];

/// The review of a checkup holding only these observations.
fn review_of(observations: &[(&str, &str, Option<&str>)]) -> Review {
    let observations = observations
        .iter()
        .map(|&(code, value, unit)| Observation {
            code: code.into(),
            finding: Finding::Value { value: value.into(), unit: unit.map(Into::into) },
        })
        .collect();
    review(&Checkup { observations, ..Checkup::default() })
}

#[test]
fn of_several_values_fasting_comes_before_random_and_measured_before_said() {
    #[rustfmt::skip]
    let table: &[(Observed, Control, &str)] = &[
        // Random glucose listed first, fasting second: fasting counts, with its timing.
        (&[("3D010129901926101", "140", Some("mg/dL")), ("3D010000001926101", "98", Some("mg/dL"))], value(Key::Glucose), "98"),
        (&[("3D010129901926101", "140", Some("mg/dL")), ("3D010000001926101", "98", Some("mg/dL"))], Control::GlucoseTiming, "fasting"),
        // The waist said by the person listed first, the one measured second: measured counts.
        (&[("9N016160300000001", "80", Some("cm")), ("9N016160100000001", "86", Some("cm"))], value(Key::Waist), "86"),
        (&[("9N016160300000001", "80", Some("cm")), ("9N016160200000001", "81", Some("cm"))], value(Key::Waist), "81"), // 自己判定 before 自己申告
        // Each timing goes to its own value's question.
        (&[("3D010000001926101", "98", Some("mg/dL")), ("3F015129902327101", "200", Some("mg/dL"))], Control::GlucoseTiming, "fasting"),
        (&[("3D010000001926101", "98", Some("mg/dL")), ("3F015129902327101", "200", Some("mg/dL"))], Control::TgTiming, "random"),
    ];
    for &(observations, control, expected) in table {
        assert_eq!(read_text(&review_of(observations), control), Some(expected), "{control:?} of {observations:?}");
    }
    let once = review_of(&[("3D010000001926101", "98", Some("mg/dL"))]);
    assert!(once.read.iter().all(|read| read.readings.is_empty()), "a value read once lists no readings");
}

#[test]
fn every_urine_protein_answer_and_what_was_measured_twice() {
    for (code, grade) in [("1", "-"), ("2", "+-"), ("3", "1+"), ("4", "2+"), ("5", "3+")] {
        assert_eq!(read_text(&review_of(&[("1A010000000191111", code, None)]), Control::UrineProtein), Some(grade));
    }
    let systolic = |review: &Review| review.read.iter().find(|read| read.control == value(Key::SystolicBp)).cloned();
    #[rustfmt::skip]
    let table: &[(Observed, bool)] = &[
        (&[("9A751000000000001", "150", Some("mmHg")), ("9A752000000000001", "140", Some("mmHg"))], true),
        (&[("9A751000000000001", "150", Some("mmHg")), ("9A755000000000001", "145", Some("mmHg"))], false),
        (&[("9A752000000000001", "140", Some("mmHg")), ("9A755000000000001", "145", Some("mmHg"))], false),
    ];
    for &(observations, twice) in table {
        let read = systolic(&review_of(observations)).expect("systolic is read");
        assert_eq!(read.measured_twice(), twice, "{observations:?}");
    }
}

#[test]
fn a_review_is_empty_only_with_nothing_read_and_nothing_refused() {
    assert!(review_of(&[]).is_empty());
    assert!(!review_of(&[("3D010000001926101", "98", Some("mg/dL"))]).is_empty(), "one value read");
    assert!(!review_of(&[("1A010000000191111", "9", None)]).is_empty(), "one answer refused");
}

#[test]
fn the_largest_file_and_the_most_items_are_still_read() {
    let largest = "x".repeat(kenshin_core::import::document::MAX_FILE_BYTES);
    assert_eq!(kenshin_core::import::read_text(&largest, parse), Err(ImportError::NotXml), "read, not too large");
    let most = vec![HandedItem::default(); handoff::MAX_ITEMS];
    assert!(handoff::checkup(most, None, None, None).is_ok());
}
