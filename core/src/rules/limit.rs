//! "At least / below / at most a number": the one way every limit in the
//! rules is said, the programme's criteria (leaflet ※1) and MHLW's bands and
//! steps alike, so each language words a limit in one place.

/// A limit, as the sources word it. Boundaries are exact: 以上 and 以下
/// include the number, 未満 excludes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Limit {
    /// 以上
    AtLeast(f64),
    /// 未満
    Below(f64),
    /// 以下
    AtMost(f64),
}

impl Limit {
    pub fn holds_for(self, value: f64) -> bool {
        match self {
            Limit::AtLeast(limit) => value >= limit,
            Limit::Below(limit) => value < limit,
            Limit::AtMost(limit) => value <= limit,
        }
    }

    pub const fn value(self) -> f64 {
        match self {
            Limit::AtLeast(limit) | Limit::Below(limit) | Limit::AtMost(limit) => limit,
        }
    }
}
