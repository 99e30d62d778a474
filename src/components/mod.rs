//! One component per file; each only gathers input or renders what the core decided.

pub mod band_note;
pub mod guide;
pub mod national;
pub mod precautions;
pub mod print_summary;
pub mod radio_group;
pub mod result_panel;
pub mod value_field;
