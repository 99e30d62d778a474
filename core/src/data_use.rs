//! How much mobile data a Webex interview uses (leaflet STEP 2, 2. 通信環境):
//! about 660 MB per 60 minutes. The guide's small calculator turns a session
//! length typed by the participant into megabytes and gigabytes.

/// The leaflet's figure: おおよそ 660MB/60分.
pub const MEGABYTES_PER_HOUR: u32 = 660;

/// Accepted session lengths, in minutes. Longer is not an interview.
pub const MINUTES_RANGE: (u32, u32) = (1, 600);

/// Longer input is not a number anyone meant to type.
const MAX_INPUT_CHARS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinutesError {
    /// Not a whole number of minutes ("abc", "1.5", "-3").
    NotANumber,
    /// Outside `MINUTES_RANGE`.
    OutOfRange { min: u32, max: u32 },
}

/// The data a session of `minutes` uses, in whole megabytes (rounded up).
pub fn megabytes(minutes: u32) -> u32 {
    let megabytes = (u64::from(minutes) * u64::from(MEGABYTES_PER_HOUR)).div_ceil(60);
    u32::try_from(megabytes).unwrap_or(u32::MAX)
}

/// Megabytes as gigabytes (1 GB = 1000 MB), two decimals rounded half up in
/// integer arithmetic: "0.66", "0.50" for 495 MB, "1.32".
pub fn gigabytes_text(megabytes: u32) -> String {
    let hundredths = megabytes.saturating_add(5) / 10;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// What the participant typed as a session length: whole minutes, ASCII or
/// full-width digits (６０), optionally followed by 分 / min / minutes.
/// `Ok(None)` means the field is empty.
pub fn parse_minutes(raw: &str) -> Result<Option<u32>, MinutesError> {
    if raw.chars().count() > MAX_INPUT_CHARS {
        return Err(MinutesError::NotANumber);
    }
    let folded: String = raw
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    let text = folded.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let lower = text.to_ascii_lowercase();
    let digits = ["分間", "分", "minutes", "minute", "mins", "min"]
        .iter()
        .find_map(|unit| lower.strip_suffix(unit))
        .unwrap_or(&lower)
        .trim_end();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MinutesError::NotANumber);
    }
    let (min, max) = MINUTES_RANGE;
    match digits.parse::<u32>() {
        Ok(minutes) if (min..=max).contains(&minutes) => Ok(Some(minutes)),
        _ => Err(MinutesError::OutOfRange { min, max }),
    }
}
