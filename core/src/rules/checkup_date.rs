//! The leaflet asks for the latest checkup results (面談時にご準備いただくもの ③
//! 直近の健康診断の結果): warn when the checkup is more than 12 months old.

use crate::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckupDateStatus {
    Recent,
    /// More than 12 months before today: ask for the latest results.
    OlderThanAYear,
    /// After today: most likely a slip.
    InFuture,
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
