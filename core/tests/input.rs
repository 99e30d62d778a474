//! What people type into a checkup field, and what the app makes of it.

use kenshin_core::input::{parse_age, parse_value, InputError, MAX_INPUT_CHARS};
use kenshin_core::Key;

#[test]
fn accepts_what_japanese_and_english_keyboards_type() {
    #[rustfmt::skip]
    let table: &[(Key, &str, f64)] = &[
        (Key::SystolicBp, "180", 180.0),
        (Key::SystolicBp, " 180 ", 180.0),
        (Key::SystolicBp, "１８０", 180.0),              // full-width digits
        (Key::SystolicBp, "\u{3000}１８０\u{3000}", 180.0), // ideographic spaces
        (Key::SystolicBp, "+180", 180.0),
        (Key::SystolicBp, "180mmHg", 180.0),             // trailing unit
        (Key::SystolicBp, "180 mmhg", 180.0),
        (Key::SystolicBp, "１８０ｍｍＨｇ", 180.0),
        (Key::Hba1c, "６．５", 6.5),                      // full-width point
        (Key::Hba1c, "6。5", 6.5),                        // the ideographic full stop
        (Key::SystolicBp, "180\u{3000}mmHg", 180.0),     // an ideographic space before the unit
        (Key::Hba1c, "6.5%", 6.5),
        (Key::Hba1c, "6.5 ％", 6.5),
        (Key::Creatinine, ".8", 0.8),                    // no leading zero
        (Key::SystolicBp, "180.", 180.0),
        (Key::Ggt, "1,000", 1000.0),                     // thousands separator
        (Key::Ggt, "１，０００", 1000.0),
        (Key::Ggt, "1、000", 1000.0),                    // the ideographic comma
        (Key::Ggt, "1,000 U/L", 1000.0),
        (Key::Ggt, "1000IU/L", 1000.0),
        (Key::Ast, "400 U/L", 400.0),
        (Key::Glucose, "300mg/dl", 300.0),
        (Key::Creatinine, "1.50 mg/dL", 1.5),
        (Key::Creatinine, "0.8", 0.8),
        (Key::Egfr, "29.9", 29.9),
        (Key::Egfr, "45 mL/min/1.73m²", 45.0),
        (Key::Egfr, "45ml/min/1.73m2", 45.0),
        (Key::Weight, "65 KG", 65.0),                    // a unit in any case
        (Key::Weight, "６５ｋｇ", 65.0),
        (Key::Weight, "65 \u{212A}g", 65.0),             // the Kelvin sign for K
        (Key::Egfr, "45 ML/分/1.73M²", 45.0),
    ];
    for &(key, raw, expected) in table {
        assert_eq!(parse_value(key, raw), Ok(Some(expected)), "{key:?} {raw:?}");
    }
}

#[test]
fn empty_or_blank_is_no_value_not_an_error() {
    for raw in ["", " ", "\u{3000}", "\t\n"] {
        assert_eq!(parse_value(Key::SystolicBp, raw), Ok(None), "{raw:?}");
        assert_eq!(parse_age(raw), Ok(None), "{raw:?}");
    }
}

#[test]
fn rejects_what_cannot_be_a_value_with_a_reason() {
    use InputError::*;
    #[rustfmt::skip]
    let table: &[(Key, &str, InputError)] = &[
        (Key::Creatinine, "1,5", DecimalComma),          // decimal comma
        (Key::Creatinine, "１，５", DecimalComma),
        (Key::Hba1c, "6,5%", DecimalComma),
        (Key::Ggt, "1,00", DecimalComma),
        (Key::Ggt, "10,00,000", NotANumber),             // bad grouping
        (Key::Ggt, ",500", NotANumber),                  // no digits before the comma
        (Key::Ggt, "1,", NotANumber),                    // none after it
        (Key::Creatinine, ",5", NotANumber),
        (Key::Ggt, "1000,000", DecimalComma),            // four digits before it: not a thousands separator
        (Key::Ggt, "100,000", OutOfRange { min: 1.0, max: 10000.0 }), // three: it is one
        (Key::SystolicBp, "abc", NotANumber),
        (Key::SystolicBp, "NaN", NotANumber),
        (Key::SystolicBp, "inf", NotANumber),
        (Key::SystolicBp, "-inf", NotANumber),
        (Key::SystolicBp, "1e3", NotANumber),
        (Key::SystolicBp, "1.2.3", NotANumber),
        (Key::SystolicBp, "18 0", NotANumber),
        (Key::SystolicBp, ".", NotANumber),
        (Key::SystolicBp, "+", NotANumber),
        (Key::SystolicBp, "-", NotANumber),
        (Key::SystolicBp, "0x10", NotANumber),
        (Key::SystolicBp, "-120", Negative),
        (Key::Creatinine, "-.5", Negative),
        (Key::SystolicBp, "-x", NotANumber),             // a dash before no number
        (Key::SystolicBp, "−120", Negative),             // U+2212 minus
        (Key::SystolicBp, "180 mg/dL", WrongUnit { expected: "mmHg" }),
        (Key::Hba1c, "6.5 mmHg", WrongUnit { expected: "%" }),
        (Key::SystolicBp, "180 apples", NotANumber),
        (Key::SystolicBp, "49", OutOfRange { min: 50.0, max: 300.0 }),
        (Key::SystolicBp, "301", OutOfRange { min: 50.0, max: 300.0 }),
        (Key::DiastolicBp, "29", OutOfRange { min: 30.0, max: 200.0 }),
        (Key::Hba1c, "2.9", OutOfRange { min: 3.0, max: 20.0 }),
        (Key::Hba1c, "20.1", OutOfRange { min: 3.0, max: 20.0 }),
        (Key::Hba1c, "65", OutOfRange { min: 3.0, max: 20.0 }), // "6.5" without its point
        (Key::Creatinine, "0.09", OutOfRange { min: 0.1, max: 20.0 }),
        (Key::Creatinine, "20.01", OutOfRange { min: 0.1, max: 20.0 }),
        (Key::Creatinine, "0", OutOfRange { min: 0.1, max: 20.0 }),
    ];
    for &(key, raw, expected) in table {
        assert_eq!(parse_value(key, raw), Err(expected), "{key:?} {raw:?}");
    }
}

#[test]
fn plausible_ranges_include_their_ends() {
    for key in Key::ALL {
        let (min, max) = key.plausible_range();
        assert_eq!(parse_value(key, &min.to_string()), Ok(Some(min)), "{key:?} min");
        assert_eq!(parse_value(key, &max.to_string()), Ok(Some(max)), "{key:?} max");
    }
}

#[test]
fn very_long_input_is_rejected_not_parsed() {
    let long = "1".repeat(MAX_INPUT_CHARS + 1);
    assert_eq!(parse_value(Key::Ggt, &long), Err(InputError::TooLong));
    let long_digits = format!("{}1", "0".repeat(MAX_INPUT_CHARS - 1));
    assert!(parse_value(Key::Ggt, &long_digits).is_ok());
    assert_eq!(parse_value(Key::Ggt, &"あ".repeat(10_000)), Err(InputError::TooLong));
    // White space of any length is blank, not too long: the one rule for blank.
    for blank in [" ".repeat(MAX_INPUT_CHARS + 1), "\u{3000}".repeat(MAX_INPUT_CHARS * 3), "\t \n".into()] {
        assert_eq!(parse_value(Key::Ggt, &blank), Ok(None));
        assert!(kenshin_core::input::is_blank(&blank));
    }
}

#[test]
fn age_is_whole_years_with_an_optional_unit() {
    assert_eq!(parse_age("52"), Ok(Some(52)));
    assert_eq!(parse_age("５２歳"), Ok(Some(52)));
    assert_eq!(parse_age("52 才"), Ok(Some(52)));
    assert_eq!(parse_age("52 years"), Ok(Some(52)));
    assert_eq!(parse_age("52.5"), Err(InputError::NotWholeNumber));
    assert_eq!(parse_age("17"), Err(InputError::OutOfRange { min: 18.0, max: 120.0 }));
    assert_eq!(parse_age("121"), Err(InputError::OutOfRange { min: 18.0, max: 120.0 }));
    assert_eq!(parse_age("fifty"), Err(InputError::NotANumber));
}
