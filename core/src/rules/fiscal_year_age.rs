//! The age that counts for the specific health checkup and guidance: the age
//! a person reaches within the fiscal year (April–March) of the checkup
//! (当該年度において達する年齢).

use crate::date::Date;

/// The fiscal year (年度) a date falls in: April 2026 – March 2027 is 2026.
pub fn fiscal_year(date: Date) -> i32 {
    if date.month >= 4 {
        date.year
    } else {
        date.year - 1
    }
}

/// The age reached by the end of the fiscal year of `on`. By law an age is
/// reached the day before the birthday (年齢計算ニ関スル法律), so someone born
/// on 1 April reaches it on 31 March, within the year: the result is the age
/// on the 1 April that starts the next fiscal year. `None` if not yet born then.
pub fn fiscal_year_age(birth: Date, on: Date) -> Option<u32> {
    let next_year = fiscal_year(on) + 1;
    let birthday_after_april_first = (birth.month, birth.day) > (4, 1);
    let age = next_year - birth.year - i32::from(birthday_after_april_first);
    u32::try_from(age).ok()
}
