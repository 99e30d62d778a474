//! The appointment in the participant's own calendar: the typed date and
//! time, days left, and an RFC 5545 file that every calendar app can read.

use kenshin_core::calendar::{escape_text, file_name, fold, ics, Appointment, CalendarTexts, Time, MIME_TYPE};
use kenshin_core::Date;
use proptest::prelude::*;

fn date(year: i32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

fn appointment(date_text: &str, time_text: &str) -> Appointment {
    Appointment::parse(date_text, time_text).unwrap_or_else(|| panic!("{date_text} {time_text}"))
}

const STEPS: [&str; 2] = ["1. Webexアプリを開く", "2. 「参加」をタップ"];

fn texts() -> CalendarTexts<'static> {
    CalendarTexts {
        title: "特定保健指導の面談（Webex）",
        counsellor_label: "相談員発信番号:",
        description: &STEPS,
        alarm_evening_before: "明日は面談です。アプリの更新、充電、イヤホン、健診結果の準備を。",
        alarm_minutes_before: "まもなく面談です。Webexを開いて「参加」をタップ。",
    }
}

/// 2026-12-01T21:47:43Z.
const STAMP: i64 = 1_796_161_663;

/// RFC 5545 §3.1: a CRLF followed by one space or tab is removed.
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .replace("\r\n\t", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The inverse of §3.3.11's escaping, written here independently of the core.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What the file can carry of a text: line breaks become LF, and the control
/// characters TEXT does not allow are gone.
fn carried(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| !matches!(c, '\u{0}'..='\u{8}' | '\u{a}'..='\u{1f}' | '\u{7f}') || c == '\n')
        .collect()
}

fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines.iter().filter_map(|line| line.strip_prefix(name)).collect()
}

#[test]
fn only_real_times_parse() {
    let time = |hour, minute, second| Some(Time { hour, minute, second });
    #[rustfmt::skip]
    let table: &[(&str, Option<Time>)] = &[
        ("14:30",        time(14, 30, 0)),
        ("00:00",        time(0, 0, 0)),
        ("23:59",        time(23, 59, 0)),
        ("09:05:07",     time(9, 5, 7)),
        ("09:05:07.250", time(9, 5, 7)),
        ("24:00",        None),
        ("12:60",        None),
        ("12:30:60",     None),
        ("9:30",         None),
        ("09:3",         None),
        ("0930",         None),
        ("09:30:",       None),
        ("09:30:07.",    None),
        ("09:30:07.1234", None),
        ("1é:30",        None),
        ("09:30x",       None),
        ("+9:30",        None),                  // a sign is not a digit
        ("",             None),
    ];
    for &(text, expected) in table {
        assert_eq!(Time::parse(text), expected, "{text:?}");
    }
}

#[test]
fn days_left_counts_calendar_days_to_the_appointment() {
    assert_eq!(appointment("2026-12-15", "14:30").days_left(date(2026, 12, 1)), 14);
    assert_eq!(appointment("2026-12-15", "14:30").days_left(date(2026, 12, 16)), -1);
}

#[test]
fn folding_at_exactly_75_octets() {
    // "SUMMARY:" is 8 octets; 66, 67 and 68 more make 74, 75 and 76.
    #[rustfmt::skip]
    let table: &[(usize, &[usize])] = &[
        (66, &[74]),
        (67, &[75]),
        (68, &[75, 2]),             // the continuation: one space and one octet
        (67 + 74, &[75, 75]),
        (67 + 75, &[75, 75, 2]),
    ];
    for &(extra, lengths) in table {
        let line = format!("SUMMARY:{}", "a".repeat(extra));
        let folded = fold(&line);
        let physical: Vec<&str> = folded.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert_eq!(physical.iter().map(|l| l.len()).collect::<Vec<_>>(), lengths, "{extra}");
        assert!(physical[1..].iter().all(|l| l.starts_with(' ')));
        assert_eq!(unfold(&folded), [line]);
    }
}

#[test]
fn multi_byte_characters_are_never_split() {
    // 3-octet kana and a 4-octet emoji, offset so a character straddles 75.
    #[rustfmt::skip]
    let table: &[(&str, usize, &[usize])] = &[
        ("",   22, &[74]),          // 8 + 66
        ("a",  22, &[75]),          // 9 + 66: exactly 75
        ("",   23, &[74, 4]),       // the 23rd would make 77: it moves down whole
        ("ab", 22, &[73, 4]),       // 10 + 63; the 22nd would make 76
        ("a",  46, &[75, 73]),      // 22 kana, then 1 + 3 × 24 on the continuation
        ("a",  47, &[75, 73, 4]),
    ];
    for &(prefix, kana, lengths) in table {
        let line = format!("SUMMARY:{prefix}{}", "あ".repeat(kana));
        let folded = fold(&line);
        let physical: Vec<&str> = folded.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert_eq!(physical.iter().map(|l| l.len()).collect::<Vec<_>>(), lengths, "{prefix} {kana}");
        assert_eq!(unfold(&folded), [line]);
    }
    let emoji = format!("SUMMARY:abc{}", "😀".repeat(20)); // 11 + 80 octets
    let folded = fold(&emoji);
    for physical in folded.split("\r\n") {
        assert!(physical.len() <= 75 && std::str::from_utf8(physical.as_bytes()).is_ok());
    }
    assert_eq!(folded.split("\r\n").next().unwrap().len(), 75); // 11 + 4 × 16
    assert_eq!(unfold(&folded), [emoji]);
}

#[test]
fn text_values_are_escaped() {
    #[rustfmt::skip]
    let table: &[(&str, &str)] = &[
        ("a\\b",      "a\\\\b"),
        ("a;b",       "a\\;b"),
        ("a,b",       "a\\,b"),
        ("a\nb",      "a\\nb"),
        ("a\r\nb",    "a\\nb"),
        ("a\rb",      "a\\nb"),
        ("a:b\"c",    "a:b\"c"),      // colon and quote need nothing in a value
        ("a\tb",      "a\tb"),
        ("a\u{7}b\u{7f}", "ab"),      // not allowed in TEXT
        ("面談、9時；",  "面談、9時；"),  // full-width punctuation is not special
        ("\\n",       "\\\\n"),       // a typed backslash-n stays two characters
    ];
    for &(text, escaped) in table {
        assert_eq!(escape_text(text), escaped, "{text:?}");
        assert_eq!(unescape(escaped), carried(text), "{text:?}");
    }
}

#[test]
fn the_file_has_one_event_in_japan_time_with_two_alarms() {
    let file = ics(appointment("2026-12-15", "14:30"), &texts(), "0120-559-870", STAMP);
    assert!(!file.replace("\r\n", "").contains('\n'), "no bare LF");
    assert!(!file.replace("\r\n", "").contains('\r'), "no bare CR");
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    let lines = unfold(&file);
    #[rustfmt::skip]
    let expected_in_order = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "DTSTAMP:20261201T214743Z", "DTSTART;TZID=Asia/Tokyo:20261215T143000",
        "DURATION:PT1H", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT19H30M", "END:VALARM",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT10M", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ];
    let mut at = 0;
    for wanted in expected_in_order {
        at += lines[at..].iter().position(|l| l == wanted).unwrap_or_else(|| panic!("{wanted} after line {at}"));
    }
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 2);
    assert_eq!(values(&lines, "PRODID:").len(), 1);
    assert_eq!(values(&lines, "SUMMARY:"), [texts().title]);
    assert_eq!(
        values(&lines, "DESCRIPTION:").iter().map(|v| unescape(v)).collect::<Vec<_>>(),
        [
            "相談員発信番号: 0120-559-870\n1. Webexアプリを開く\n2. 「参加」をタップ".to_string(),
            texts().alarm_evening_before.to_string(),
            texts().alarm_minutes_before.to_string(),
        ]
    );
    assert_eq!(MIME_TYPE, "text/calendar;charset=utf-8");
}

#[test]
fn the_evening_alarm_rings_at_19_the_day_before() {
    #[rustfmt::skip]
    let table: &[(&str, &str)] = &[
        ("00:00",    "-PT5H"),
        ("09:00",    "-PT14H"),
        ("10:30",    "-PT15H30M"),
        ("19:00",    "-PT24H"),
        ("20:15",    "-PT25H15M"),
        ("23:59",    "-PT28H59M"),
        ("08:00:30", "-PT13H0M30S"),  // the grammar needs minutes between hours and seconds
    ];
    for &(time, trigger) in table {
        let lines = unfold(&ics(appointment("2026-12-15", time), &texts(), "0120-559-870", STAMP));
        assert_eq!(values(&lines, "TRIGGER:"), [trigger, "-PT10M"], "{time}");
    }
}

#[test]
fn the_uid_is_stable_and_follows_the_appointment() {
    let a = appointment("2026-12-15", "14:30");
    let uid = |file: &str| values(&unfold(file), "UID:")[0].to_string();
    let first = uid(&ics(a, &texts(), "0120-559-870", STAMP));
    let english = CalendarTexts { title: "Health guidance interview", ..texts() };
    assert_eq!(uid(&ics(a, &english, "03-1234-5678", STAMP + 3600)), first, "same appointment, same UID");
    assert_ne!(uid(&ics(appointment("2026-12-15", "14:31"), &texts(), "0120-559-870", STAMP)), first);
    assert_ne!(uid(&ics(appointment("2026-12-16", "14:30"), &texts(), "0120-559-870", STAMP)), first);
    assert_eq!(first, "20261215T143000-interview@kenshin-check.invalid");
}

#[test]
fn dtstamp_is_utc_from_unix_seconds() {
    #[rustfmt::skip]
    let table: &[(i64, &str)] = &[
        (0,             "19700101T000000Z"),
        (951_782_400,   "20000229T000000Z"),
        (STAMP,         "20261201T214743Z"),
        (-5,            "19700101T000000Z"),  // clamped
    ];
    for &(seconds, stamp) in table {
        let lines = unfold(&ics(appointment("2026-12-15", "14:30"), &texts(), "0120-559-870", seconds));
        assert_eq!(values(&lines, "DTSTAMP:"), [stamp], "{seconds}");
    }
}

#[test]
fn the_file_name_ends_with_ics() {
    assert_eq!(file_name(appointment("2026-12-05", "09:05")), "kenshin-interview-20261205-0905.ics");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_text_folds_to_short_valid_lines_and_round_trips(
        title in any::<String>(),
        label in "\\PC{0,30}",
        step in prop_oneof![any::<String>(), "[あ-ん😀,;\\\\\n\r a-z]{0,200}"],
        evening in "[漢字かなカナ,;:\\\\\n]{0,120}",
        soon in any::<String>(),
        number in "[0-9-]{0,13}",
    ) {
        let description = [step.as_str()];
        let texts = CalendarTexts {
            title: &title,
            counsellor_label: &label,
            description: &description,
            alarm_evening_before: &evening,
            alarm_minutes_before: &soon,
        };
        let file = ics(appointment("2026-12-15", "14:30"), &texts, &number, STAMP);
        prop_assert!(file.ends_with("\r\n"));
        for physical in file.as_bytes().split(|&b| b == b'\n') {
            if physical.is_empty() {
                continue;
            }
            let physical = physical.strip_suffix(b"\r").expect("every LF is part of a CRLF");
            prop_assert!(!physical.contains(&b'\r'), "no bare CR");
            prop_assert!(physical.len() <= 75, "{} octets", physical.len());
            prop_assert!(std::str::from_utf8(physical).is_ok(), "a fold split a character");
        }
        let lines = unfold(&file);
        let summary = values(&lines, "SUMMARY:");
        prop_assert_eq!(summary.len(), 1);
        prop_assert_eq!(unescape(summary[0]), carried(&title));
        let descriptions: Vec<String> = values(&lines, "DESCRIPTION:").iter().map(|v| unescape(v)).collect();
        prop_assert_eq!(descriptions, vec![carried(&format!("{label} {number}\n{step}")), carried(&evening), carried(&soon)]);
        prop_assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 2);
    }
}

proptest! {
    #[test]
    fn typed_times_never_panic(time_text in "\\PC{0,12}|[0-9:.]{0,13}") {
        if let Some(time) = Time::parse(&time_text) {
            prop_assert!(time.hour < 24 && time.minute < 60 && time.second < 60);
        }
    }
}
