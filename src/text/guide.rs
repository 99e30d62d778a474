//! The shape of the session guide's words (docs/product.md, "Session guide"):
//! each language fills it in its own folder (`ja/guide.rs`, `en/guide.rs`).
//! The guide's components hold no user-facing literals: they look them up here.

use kenshin_core::calendar::Appointment;
use kenshin_core::media_check::MediaProblem;
use kenshin_core::platform::{Platform, Store};
use kenshin_core::settings::Contact;
use kenshin_core::webex_app::{BrowserJoin, DeviceRequirement};
use kenshin_core::WebexApp;

/// Stands for the app's name in a sentence that names it: the operator's
/// meetings need either the Webex or the Webex Meetings app (`webex_app.rs`).
const APP: &str = "{app}";

/// A sentence with the operator's app named in it.
pub fn named(sentence: &str, app: WebexApp) -> String {
    sentence.replace(APP, app.name())
}

pub struct GuideText {
    pub lead: &'static str,
    /// The link to the operator's video guide (setting kenshin:video-url).
    pub video_guide: &'static str,
    pub contents_label: &'static str,
    /// Said after a link that opens another site in a new tab.
    pub new_tab: &'static str,

    // 1. The three steps.
    pub steps_heading: &'static str,
    pub step_badges: [&'static str; 3],
    pub step_titles: [&'static str; 3],
    pub contact_phone_or_email: &'static str,
    pub contact_phone: &'static str,
    pub contact_email: &'static str,
    pub caller_number_label: &'static str,
    pub caller_number_hint: &'static str,
    pub step2_body: &'static str,
    pub step2_pc_note: &'static str,
    pub step3_body: &'static str,

    // 2. Webex download.
    pub webex_heading: &'static str,
    pub webex_intro: &'static str,
    pub webex_free: &'static str,
    pub webex_recommended_intro: &'static str,
    pub webex_unknown_device: &'static str,
    pub webex_others_summary: &'static str,
    pub webex_search_hint: &'static str,
    pub platform_ios: &'static str,
    pub platform_android: &'static str,
    pub platform_windows: &'static str,
    pub platform_mac: &'static str,
    pub platform_linux: &'static str,
    pub store_app_store: &'static str,
    pub store_google_play: &'static str,
    pub store_desktop: &'static str,
    /// What a phone or tablet needs (`webex_app.rs`), and what to do if it is older.
    pub requirements_heading: &'static str,
    pub requirement: fn(&DeviceRequirement) -> String,
    /// Where the phone shows its version, per `MobileOs` (iOS, Android): the
    /// app cannot know it (browsers freeze the version they report).
    pub requirement_check: [&'static str; 2],
    pub requirement_too_old: &'static str,
    /// Where no version numbers are published: what to do if the app will not install.
    pub app_will_not_install: &'static str,
    /// Keep the app up to date; `Some(months)`: an older app may be signed out.
    pub update_app: fn(Option<u32>) -> String,
    /// On a computer: the meeting link's page offers joining from the browser.
    pub browser_join_heading: &'static str,
    pub browser_join_body: &'static str,
    pub browser_name: fn(&BrowserJoin) -> String,
    /// No account needed, and the app remains the other way.
    /// No Webex account to make: the leaflet's join-day step has the participant enter
    /// the meeting number, password, and their name and e-mail where blank.
    pub browser_join_account: &'static str,

    // The appointment, in the participant's own calendar (`calendar.rs`).
    pub appointment_heading: &'static str,
    pub appointment_intro: &'static str,
    pub appointment_date_label: &'static str,
    pub appointment_time_label: &'static str,
    pub appointment_when: fn(Appointment) -> String,
    /// Days from today to the interview: 0 today, negative once past.
    pub appointment_days_left: fn(i64) -> String,
    pub add_to_calendar: &'static str,
    /// The reminders' times: the hour the evening before, the minutes before.
    pub calendar_hint: fn(evening_hour: u32, minutes_before: u32) -> String,
    pub appointment_kept: &'static str,
    /// The calendar file's own words: no health value ever goes in.
    pub calendar_title: &'static str,
    pub calendar_counsellor_label: &'static str,
    pub calendar_alarm_evening: &'static str,
    pub calendar_alarm_soon: &'static str,

    // 3. What to prepare.
    pub prepare_heading: &'static str,
    pub prepare_intro: &'static str,
    /// (item, note) pairs; the last one is for PCs only.
    pub prepare_items: [(&'static str, &'static str); 5],
    pub prepare_progress: fn(done: usize, total: usize) -> String,
    pub prepare_all_done: &'static str,
    pub prepare_not_stored: &'static str,

    // 4. Data use.
    pub data_heading: &'static str,
    pub data_wifi: &'static str,
    pub data_lan: &'static str,
    pub data_result: fn(minutes: u32, megabytes: u32, gigabytes: &str) -> String,

    // 5. Camera and microphone check.
    pub camera_heading: &'static str,
    pub camera_intro: &'static str,
    pub camera_private: &'static str,
    pub camera_start: &'static str,
    pub camera_stop: &'static str,
    pub camera_starting: &'static str,
    pub camera_running: &'static str,
    pub camera_preview_label: &'static str,
    pub camera_level_label: &'static str,
    pub camera_level_hint: &'static str,
    pub camera_stopped: &'static str,
    pub camera_stopped_hidden: &'static str,
    pub camera_denied: &'static str,
    pub camera_framed: &'static str,
    pub camera_framed_operator: &'static str,
    pub camera_open_new_tab: &'static str,
    pub camera_no_device: &'static str,
    pub camera_in_use: &'static str,
    pub camera_unsupported: &'static str,
    pub camera_other: &'static str,

    // 6. The day.
    pub join_heading: &'static str,
    pub join_intro: &'static str,
    pub join_steps: [&'static str; 4],
    pub join_trouble_heading: &'static str,
    pub join_trouble: &'static str,

    // 7. Privacy.
    pub privacy_heading: &'static str,
    pub app_promise_heading: &'static str,
    pub app_promise: [&'static str; 4],
    pub operator_heading: &'static str,
    pub operator_intro: &'static str,
}

impl GuideText {
    pub fn contact(&self, contact: Contact) -> &'static str {
        match contact {
            Contact::PhoneOrEmail => self.contact_phone_or_email,
            Contact::Phone => self.contact_phone,
            Contact::Email => self.contact_email,
        }
    }

    /// The device the recommended download is for; `None` when unknown.
    pub fn platform(&self, platform: Platform) -> Option<&'static str> {
        match platform {
            Platform::Ios => Some(self.platform_ios),
            Platform::Android => Some(self.platform_android),
            Platform::Windows => Some(self.platform_windows),
            Platform::Mac => Some(self.platform_mac),
            Platform::Linux => Some(self.platform_linux),
            Platform::Other => None,
        }
    }

    pub fn store(&self, store: Store) -> &'static str {
        match store {
            Store::AppStore => self.store_app_store,
            Store::GooglePlay => self.store_google_play,
            Store::Desktop => self.store_desktop,
        }
    }

    /// The explanation for a failed check; `Framed` and `DeniedOrFramed`
    /// are followed in the page by the note for the portal's operator.
    pub fn media_problem(&self, problem: MediaProblem) -> &'static str {
        match problem {
            MediaProblem::Denied | MediaProblem::DeniedOrFramed => self.camera_denied,
            MediaProblem::Framed => self.camera_framed,
            MediaProblem::NoDevice => self.camera_no_device,
            MediaProblem::InUse => self.camera_in_use,
            MediaProblem::Unsupported => self.camera_unsupported,
            MediaProblem::Other => self.camera_other,
        }
    }
}
