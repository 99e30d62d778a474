//! What a person types → a number, or a typed error the app can explain.
//!
//! Japanese keyboards produce full-width digits (１８０) and marks (．，％);
//! checkup sheets print "1,000" and units. All of that is accepted. A decimal
//! comma ("1,5") is ambiguous with a thousands separator and is rejected.

use crate::key::Key;

/// Longer input is not a number anyone meant to type.
pub const MAX_INPUT_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Letters or marks that make no number ("abc", "NaN", "1.2.3").
    NotANumber,
    /// A comma used as a decimal mark ("1,5"): write "1.5".
    DecimalComma,
    /// A minus sign: checkup values are never negative.
    Negative,
    /// A unit that does not belong to this field ("180 mg/dL" in blood pressure).
    WrongUnit {
        expected: &'static str,
    },
    /// A number no checkup can show; most likely a typing slip.
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// Age must be whole years.
    NotWholeNumber,
    /// Diastolic pressure must be below systolic.
    DiastolicNotBelowSystolic,
    TooLong,
}

/// Parse one checkup value. `Ok(None)` means the field is empty.
pub fn parse_value(key: Key, raw: &str) -> Result<Option<f64>, InputError> {
    let (min, max) = key.plausible_range();
    parse_in_range(raw, key.unit_spellings(), key.unit(), min, max)
}

/// Parse an age in whole years. Accepts a trailing 歳/才/years.
pub fn parse_age(raw: &str) -> Result<Option<u32>, InputError> {
    let (min, max) = crate::key::AGE_RANGE;
    let Some(age) = parse_in_range(raw, &["歳", "才", "years", "year", "yrs"], "歳", min, max)? else {
        return Ok(None);
    };
    if age.fract() != 0.0 {
        return Err(InputError::NotWholeNumber);
    }
    Ok(Some(age as u32))
}

fn parse_in_range(
    raw: &str,
    unit_spellings: &[&str],
    unit: &'static str,
    min: f64,
    max: f64,
) -> Result<Option<f64>, InputError> {
    if is_blank(raw) {
        return Ok(None);
    }
    if raw.chars().count() > MAX_INPUT_CHARS {
        return Err(InputError::TooLong);
    }
    let folded = fold_width(raw);
    let text = folded.trim();
    let number_part = strip_unit(text, unit_spellings, unit)?;
    let value = parse_number(number_part)?;
    if !(min..=max).contains(&value) {
        return Err(InputError::OutOfRange { min, max });
    }
    Ok(Some(value))
}

/// Whether a field is blank: nothing but white space, however long (the ideographic space
/// a Japanese keyboard types is white space too). The one rule: a blank value is "not
/// entered", never an error; the verdict asks the same for eGFR (an estimate only where
/// it is blank).
pub fn is_blank(raw: &str) -> bool {
    raw.trim().is_empty()
}

/// Full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space,
/// the Kelvin sign (U+212A) to K as Unicode's compatibility mapping does,
/// and the dashes Japanese keyboards give for a minus to '-'.
fn fold_width(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{212A}' => 'K',
            '\u{3000}' => ' ',
            '\u{2212}' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{30FC}' => '-',
            '\u{3002}' => '.',
            '\u{3001}' => ',',
            _ => c,
        })
        .collect()
}

/// Removes a trailing unit that belongs to the field; any other trailing
/// letters are an error.
fn strip_unit<'a>(text: &'a str, spellings: &[&str], unit: &'static str) -> Result<&'a str, InputError> {
    let number_end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' ')))
        .map_or(text.len(), |(i, _)| i);
    let (number, suffix) = text.split_at(number_end);
    if suffix.is_empty() {
        return Ok(number.trim_end());
    }
    // Units in any case ("mmHg", "MG/DL"): every spelling is written in lowercase.
    let suffix = suffix.to_ascii_lowercase();
    if spellings.iter().any(|s| *s == suffix) {
        return Ok(number.trim_end());
    }
    if looks_like_unit(&suffix) && !number.trim().is_empty() {
        return Err(InputError::WrongUnit { expected: unit });
    }
    Err(InputError::NotANumber)
}

/// A suffix that is a unit of some other field, so the message can say which unit fits.
fn looks_like_unit(suffix: &str) -> bool {
    const UNITS: [&str; 12] =
        ["mmhg", "mg/dl", "%", "u/l", "iu/l", "ml/min/1.73m2", "ml/min/1.73m²", "歳", "才", "cm", "kg", "g/dl"];
    UNITS.contains(&suffix)
}

/// A plain decimal number, optionally with a leading '+' and thousands separators.
fn parse_number(text: &str) -> Result<f64, InputError> {
    let text = text.trim();
    let unsigned = match text.as_bytes().first() {
        Some(b'-') => {
            return if text[1..].trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                Err(InputError::Negative)
            } else {
                Err(InputError::NotANumber)
            }
        }
        Some(b'+') => text[1..].trim_start(),
        _ => text,
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if let Some(fraction) = fraction {
        if !all_digits(fraction) || (fraction.is_empty() && whole.is_empty()) {
            return Err(if fraction.contains(',') { InputError::DecimalComma } else { InputError::NotANumber });
        }
    }
    let whole_digits = if whole.contains(',') {
        grouped_digits(whole).ok_or(if fraction.is_none() && is_decimal_comma(whole) {
            InputError::DecimalComma
        } else {
            InputError::NotANumber
        })?
    } else {
        whole.to_string()
    };
    if !all_digits(&whole_digits) || (whole_digits.is_empty() && fraction.is_none()) {
        return Err(InputError::NotANumber);
    }
    Ok(crate::number::from_digits(&whole_digits, fraction.unwrap_or("")))
}

/// "1,000" or "12,345,678" → the digits without separators; None if the
/// commas are not in groups of three.
fn grouped_digits(whole: &str) -> Option<String> {
    let mut groups = whole.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    Some(digits)
}

/// "1,5" or "6,25": digits, one comma, then one, two or four-plus digits.
fn is_decimal_comma(whole: &str) -> bool {
    match whole.split_once(',') {
        Some((left, right)) => {
            !left.is_empty()
                && !right.is_empty()
                && !right.contains(',')
                && left.bytes().all(|b| b.is_ascii_digit())
                && right.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}
