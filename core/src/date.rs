//! A calendar day, read from the one way the app writes one: "YYYY-MM-DD",
//! the value of an `<input type="date">` (HTML's "valid date string"), which
//! the checkup date, the appointment, the kept text and a portal's hand-off
//! all use. The core has no clock: today comes from the shell.

/// A real day between 1900 and 9999 (leap years included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date, if it is one: a year 1900–9999, a month, a day that month has.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1900..=9999).contains(&year) && (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(Date { year, month, day })
    }

    /// Exactly "YYYY-MM-DD" (white space around it aside), a real day; the
    /// one date parser of the core.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let text = text.trim();
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| {
            let part = &text[range];
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse::<u32>().ok())?
        };
        Date::new(i32::try_from(digits(0..4)?).ok()?, digits(5..7)?, digits(8..10)?)
    }

    /// "YYYY-MM-DD", the value an `<input type="date">` holds.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The same day `months` months earlier, clamped to the month's last day.
    pub fn months_before(self, months: u32) -> Date {
        let total = self.year * 12 + self.month as i32 - 1 - months as i32;
        let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// The day of the week, 0 for Sunday to 6 for Saturday (the order of the
    /// text tables' weekday names). 1970-01-01 was a Thursday.
    pub fn weekday_from_sunday(self) -> usize {
        (self.days_since_1970() + 4).rem_euclid(7) as usize
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard
    /// Hinnant's `days_from_civil`, public domain).
    pub(crate) fn days_since_1970(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of `days_since_1970` (Hinnant's `civil_from_days`).
    pub(crate) fn from_days_since_1970(days: i64) -> Date {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date { year: year as i32, month: month as u32, day: day as u32 }
    }
}

/// Days from `from` to `to`: 0 on the day, 1 the day before, negative after.
pub fn days_between(from: Date, to: Date) -> i64 {
    to.days_since_1970() - from.days_since_1970()
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    /// Every day from 1900 to 2100 and the last years of 9999 (four-century,
    /// century and leap-year ends included) comes back from its day number.
    #[test]
    fn day_numbers_read_back_as_the_same_day() {
        let mut previous = None;
        for year in (1900..=2100).chain(9996..=9999) {
            for month in 1..=12 {
                for day in 1..=31 {
                    let Some(date) = Date::new(year, month, day) else { continue };
                    let days = date.days_since_1970();
                    assert_eq!(Date::from_days_since_1970(days), date);
                    if let Some((before, before_days)) = previous {
                        if before_days + 1 != days {
                            assert!(year == 9996 && before == Date { year: 2100, month: 12, day: 31 }, "{date:?}");
                        }
                    }
                    previous = Some((date, days));
                }
            }
        }
    }
}
