//! The session guide's logic: which device and which Webex download, the
//! appointment's calendar file, the camera check, the data an interview uses.

pub mod calendar;
pub mod data_use;
pub mod media_check;
pub mod platform;
pub mod webex_app;
