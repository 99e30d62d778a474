//! The interview appointment: the date and time a participant types, how many
//! days are left, and an iCalendar file (RFC 5545) for their own calendar,
//! made on the device.
//!
//! For the shell:
//! - [`Date::parse_iso`] the `type=date` value ("YYYY-MM-DD"), [`Time::parse`] the
//!   `type=time` value ("HH:MM", "HH:MM:SS", "HH:MM:SS.mmm"); both `None`
//!   unless real. Together an [`Appointment`], in Japan time.
//! - [`Appointment::days_left`]: today's date comes from the shell (the core
//!   has no clock); negative once the day has passed.
//! - [`ics`] builds the file from the appointment, the texts in the current
//!   language ([`CalendarTexts`]), the counsellor's number and the current
//!   time as Unix seconds (for `DTSTAMP`); [`file_name`] and [`MIME_TYPE`] for
//!   the `download` link's name and the Blob's type.
//!
//! Nothing about health goes in: the API takes no checkup value, only the
//! appointment, the caller's texts and the counsellor's number.

use crate::date::{days_between, Date};

/// The Blob's type: RFC 5545 §8.1 registers text/calendar; UTF-8 per §3.1.4.
pub const MIME_TYPE: &str = "text/calendar;charset=utf-8";

/// The interview lasts an hour (the leaflet's 60 minutes).
pub const DURATION_MINUTES: u32 = 60;
/// The first alarm rings at this hour (Japan time) the evening before.
pub const EVENING_BEFORE_HOUR: u32 = 19;
/// The second alarm rings this many minutes before the start.
pub const MINUTES_BEFORE: u32 = 10;

/// A wall-clock time in Japan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Time {
    /// The value of an `<input type="time">`: "HH:MM", optionally ":SS" and
    /// a fraction (HTML's "valid time string"); the fraction is dropped.
    pub fn parse(text: &str) -> Option<Time> {
        let text = text.trim();
        let (hm, rest) = match text.get(5..) {
            Some(rest) => (&text[..5], rest),
            None => return None,
        };
        let hour = two_digits(hm.get(..2)?)?;
        let minute = (hm.as_bytes()[2] == b':').then(|| two_digits(hm.get(3..)?))??;
        let second = match rest.strip_prefix(':') {
            None if rest.is_empty() => 0,
            None => return None,
            Some(rest) => {
                let second = two_digits(rest.get(..2)?)?;
                let fraction = &rest[2..];
                let fraction_ok = fraction.is_empty()
                    || fraction.strip_prefix('.').is_some_and(|digits| {
                        (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
                    });
                if !fraction_ok {
                    return None;
                }
                second
            }
        };
        (hour < 24 && minute < 60 && second < 60).then_some(Time { hour, minute, second })
    }

    fn seconds_of_day(self) -> u32 {
        self.hour * 3600 + self.minute * 60 + self.second
    }
}

fn two_digits(text: &str) -> Option<u32> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

/// When the interview starts, in Japan time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Appointment {
    pub date: Date,
    pub time: Time,
}

impl Appointment {
    /// From the two inputs' values; `None` unless both are real.
    pub fn parse(date: &str, time: &str) -> Option<Appointment> {
        Some(Appointment { date: Date::parse_iso(date)?, time: Time::parse(time)? })
    }

    /// Days from `today` (Japan date, from the shell) to the interview day.
    pub fn days_left(self, today: Date) -> i64 {
        days_between(today, self.date)
    }

    /// "20261215T143000": local time, for `DTSTART;TZID=Asia/Tokyo`.
    fn local_stamp(self) -> String {
        stamp(self.date, self.time)
    }

    /// A UID that is the same each time the same appointment is saved, so a
    /// calendar that honours UIDs updates the event instead of adding a copy
    /// (RFC 5545 §3.8.4.7): the local start names it. `.invalid` is reserved
    /// (RFC 6761 §6.4), so it names no one's real domain.
    pub fn uid(self) -> String {
        [&self.local_stamp(), "-interview@kenshin-check.invalid"].concat()
    }

    /// How long before the start the evening-before alarm rings: from 19:00
    /// the day before to the start (5 h for a 00:00 start, 28 h 59 min for
    /// 23:59).
    fn seconds_from_evening_before(self) -> u32 {
        (24 - EVENING_BEFORE_HOUR) * 3600 + self.time.seconds_of_day()
    }
}

/// The words, in the current language, that go into the file. The shell owns
/// them; the core only escapes and folds.
#[derive(Clone, Copy, Debug)]
pub struct CalendarTexts<'a> {
    /// `SUMMARY`: the event's title.
    pub title: &'a str,
    /// Put before the counsellor's number in the first line of `DESCRIPTION`
    /// ("相談員発信番号:"); a space separates them.
    pub counsellor_label: &'a str,
    /// The other lines of `DESCRIPTION` (the join-day steps).
    pub description: &'a [&'a str],
    /// The alarm the evening before (install/update, charge, earphones, results).
    pub alarm_evening_before: &'a str,
    /// The alarm ten minutes before (open Webex, tap 参加).
    pub alarm_minutes_before: &'a str,
}

/// "kenshin-interview-20261215-1430.ics": the `download` attribute's name.
pub fn file_name(appointment: Appointment) -> String {
    let stamp = appointment.local_stamp();
    ["kenshin-interview-", &stamp[..8], "-", &stamp[9..13], ".ics"].concat()
}

/// The whole file: CRLF line ends, folded at 75 octets, TEXT escaped.
///
/// - `VTIMEZONE` Asia/Tokyo and `DTSTART;TZID=Asia/Tokyo` (RFC 5545 §3.6.5,
///   §3.8.2.4): the event stays at the time the counsellor agreed, in Japan,
///   wherever the device is set; Japan has kept +09:00 without daylight
///   saving since 1951, so one `STANDARD` rule from 1970 is exact.
/// - `DURATION:PT60M` (§3.8.2.5) rather than `DTEND`: one number to get right.
/// - Two `VALARM`s with `ACTION:DISPLAY` and a `DESCRIPTION` (§3.6.6). The
///   evening-before alarm is a trigger relative to the start (§3.8.6.3,
///   `-PT19H30M` for 14:30), which lands at 19:00 JST the day before. Relative
///   triggers are what calendar apps read most widely, and they move with the
///   event if the participant edits it; with no daylight saving in Japan the
///   relative and the absolute time never differ.
/// - `CLASS:PRIVATE` (§3.8.1.3): a calendar shared with others shows busy,
///   not the title.
/// - `stamp_unix_seconds` is now, for `DTSTAMP` (UTC, §3.8.7.2).
pub fn ics(
    appointment: Appointment,
    texts: &CalendarTexts,
    counsellor_number: &str,
    stamp_unix_seconds: i64,
) -> String {
    let mut description = [texts.counsellor_label, " ", counsellor_number].concat();
    for line in texts.description {
        description.push('\n');
        description.push_str(line);
    }
    let (length, evening) = (duration(DURATION_MINUTES * 60), duration(appointment.seconds_from_evening_before()));
    let soon = duration(MINUTES_BEFORE * 60);
    // The lines after the fixed head, as (name and parameters with the
    // colon, value); TEXT values escaped, each line folded.
    let lines: [(&str, &str); 17] = [
        ("UID:", &appointment.uid()),
        ("DTSTAMP:", &utc_stamp(stamp_unix_seconds)),
        ("DTSTART;TZID=Asia/Tokyo:", &appointment.local_stamp()),
        ("DURATION:", &length),
        ("SUMMARY:", &escape_text(texts.title)),
        ("DESCRIPTION:", &escape_text(&description)),
        ("CLASS:", "PRIVATE"),
        ("BEGIN:", "VALARM"),
        ("ACTION:", "DISPLAY"),
        ("DESCRIPTION:", &escape_text(texts.alarm_evening_before)),
        ("TRIGGER:-", &evening),
        ("END:", "VALARM"),
        ("BEGIN:", "VALARM"),
        ("ACTION:", "DISPLAY"),
        ("DESCRIPTION:", &escape_text(texts.alarm_minutes_before)),
        ("TRIGGER:-", &soon),
        ("END:", "VALARM"),
    ];
    let mut file = String::from(HEAD);
    for (name, value) in lines {
        file.push_str(&fold(&[name, value].concat()));
    }
    file.push_str(TAIL);
    file
}

/// The lines that never change, each short of 75 octets, written out once:
/// the calendar, the Japan time zone (no daylight saving since 1951, so one
/// `STANDARD` rule), the event's start.
const HEAD: &str = concat!(
    "BEGIN:VCALENDAR\r\n",
    "VERSION:2.0\r\n",
    "PRODID:-//kenshin-check//interview appointment//EN\r\n",
    "CALSCALE:GREGORIAN\r\n",
    "METHOD:PUBLISH\r\n",
    "BEGIN:VTIMEZONE\r\n",
    "TZID:Asia/Tokyo\r\n",
    "BEGIN:STANDARD\r\n",
    "DTSTART:19700101T000000\r\n",
    "TZOFFSETFROM:+0900\r\n",
    "TZOFFSETTO:+0900\r\n",
    "TZNAME:JST\r\n",
    "END:STANDARD\r\n",
    "END:VTIMEZONE\r\n",
    "BEGIN:VEVENT\r\n",
);
const TAIL: &str = "END:VEVENT\r\nEND:VCALENDAR\r\n";

/// A duration as RFC 5545 §3.3.6 writes it ("PT1H", "PT10M", "PT19H30M"):
/// each unit only when not zero, except that the grammar reaches seconds
/// from hours only through minutes ("PT13H0M30S"); zero is "PT0S".
fn duration(seconds: u32) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut text = String::from("PT");
    let mut unit = |amount: u32, unit: char, shown: bool| {
        if shown {
            text.push_str(&amount.to_string());
            text.push(unit);
        }
    };
    unit(hours, 'H', hours > 0);
    unit(minutes, 'M', minutes > 0 || (hours > 0 && seconds > 0));
    unit(seconds, 'S', seconds > 0 || (hours == 0 && minutes == 0));
    text
}

/// "20261201T214743Z" from Unix seconds, clamped to years 1970–9999.
fn utc_stamp(unix_seconds: i64) -> String {
    let seconds = unix_seconds.clamp(0, 253_402_300_799);
    let date = Date::from_days_since_1970(seconds.div_euclid(86_400));
    let of_day = seconds.rem_euclid(86_400) as u32;
    let time = Time { hour: of_day / 3600, minute: of_day / 60 % 60, second: of_day % 60 };
    stamp(date, time) + "Z"
}

/// "20261215T143000": RFC 5545's DATE-TIME form (§3.3.5) without a zone;
/// one `format!` for the local start, `DTSTAMP` and the file's name.
fn stamp(date: Date, time: Time) -> String {
    let (d, t) = (date, time);
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}", d.year, d.month, d.day, t.hour, t.minute, t.second)
}

/// A TEXT value escaped per RFC 5545 §3.3.11: `\` `;` `,` get a backslash, a
/// line break (CRLF, CR or LF) becomes `\n`. Other control characters are not
/// allowed in TEXT (TSAFE-CHAR excludes CONTROL except HTAB), so they are
/// dropped.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push('\t'),
            '\u{0}'..='\u{1f}' | '\u{7f}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// One content line folded per RFC 5545 §3.1: no physical line longer than
/// 75 octets without its CRLF; a continuation starts with one space, which
/// counts toward its 75; folds fall between characters, never inside a UTF-8
/// sequence. Ends with CRLF.
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut folded = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut length = 0; // octets on the current physical line
    for c in line.chars() {
        if length + c.len_utf8() > LIMIT {
            folded.push_str("\r\n ");
            length = 1;
        }
        folded.push(c);
        length += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}
