//! Thresholds and rules: every number a decision uses, each once, with its
//! source cited beside it (the leaflet, MHLW's tables, the JSN equation).

pub mod bands;
pub mod bmi;
pub mod checkup_date;
pub mod criteria;
pub mod egfr;
pub mod fiscal_year_age;
pub mod limit;
pub mod precautions;
pub mod scale;
pub mod stratification;
