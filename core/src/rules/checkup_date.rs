//! The leaflet asks for the latest checkup results (面談時にご準備いただくもの ③
//! 直近の健康診断の結果): warn when the checkup is more than 12 months old.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckupDateStatus {
    Recent,
    /// More than 12 months before today: ask for the latest results.
    OlderThanAYear,
    /// After today: most likely a slip.
    InFuture,
}

impl Date {
    /// Parse "YYYY-MM-DD", the value of an `<input type="date">`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse::<i32>().ok()?;
        let month = parts.next()?.parse::<u32>().ok()?;
        let day = parts.next()?.parse::<u32>().ok()?;
        Date::new(year, month, day)
    }

    /// The date, if it is one: a year 1900–9999, a month, a day that month has.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1900..=9999).contains(&year) && (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(Date { year, month, day })
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
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A checkup exactly 12 months ago is still recent; one day more is not.
pub fn status(checkup: Date, today: Date) -> CheckupDateStatus {
    if checkup > today {
        CheckupDateStatus::InFuture
    } else if checkup < today.months_before(12) {
        CheckupDateStatus::OlderThanAYear
    } else {
        CheckupDateStatus::Recent
    }
}
