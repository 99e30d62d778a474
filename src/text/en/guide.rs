//! The session guide in English: the leaflet's guidance, said plainly.

use crate::text::guide::GuideText;
use kenshin_core::calendar::Appointment;
use kenshin_core::webex_app::{Browser, BrowserJoin, DeviceRequirement, MobileOs};

pub static GUIDE_EN: GuideText = GuideText {
    lead: "Your health guidance interview takes place on a tablet, a smartphone or a computer. Use this page to get ready before the day.",
    video_guide: "Watch the video guide",
    contents_label: "On this page",
    new_tab: " (opens in a new tab)",

    steps_heading: "How it works",
    step_badges: ["STEP 1", "STEP 2", "The day"],
    step_titles: [
        "Your health counsellor contacts you",
        "You meet your counsellor on Webex",
        "Connect on Webex at the appointed time",
    ],
    contact_phone_or_email: "Before the interview, your health counsellor will contact you by phone or by e-mail. Whether it is phone or e-mail depends on the contract with your organisation (your health insurance society or mutual aid association).",
    contact_phone: "Before the interview, your health counsellor will phone you.",
    contact_email: "Before the interview, your health counsellor will e-mail you.",
    caller_number_label: "Your counsellor's number (when contacting you by phone)",
    caller_number_hint: "Calls from your counsellor come from this number. Tap it to call.",
    step2_body: "You meet your health counsellor on a smartphone, a tablet or a computer, using the web meeting system Webex. Before the day, please install the {app} app on the device you will use.",
    step2_pc_note: "If your computer has no camera or microphone, please get one. If you use a computer, please also check that the camera and microphone work.",
    step3_body: "The steps are under \"On the day\" below. If you cannot connect, your counsellor will phone you.",

    webex_heading: "Download the {app} app",
    webex_intro: "Before the day, install the {app} app on the device you will use for the interview.",
    webex_free: "The free Webex plan is all you need; you do not have to sign up for a paid plan.",
    webex_recommended_intro: "For this device:",
    webex_unknown_device: "We could not tell which device this is, so the computer download page comes first.",
    webex_others_summary: "Downloads for other devices",
    webex_search_hint: "If you cannot find it, search the store for \"{app}\".",
    platform_ios: "iPhone and iPad",
    platform_android: "Android",
    platform_windows: "Windows computer",
    platform_mac: "Mac",
    platform_linux: "Linux computer",
    store_app_store: "Get {app} on the App Store (iPhone, iPad)",
    store_google_play: "Get {app} on Google Play (Android)",
    store_desktop: "Webex download page for computers (Windows, Mac, Linux)",
    requirements_heading: "Which phones and tablets work",
    requirement: requirement_en,
    requirement_check: [
        "To see your version: Settings → General → About → iOS Version",
        "To see your version: Settings → About phone (the name varies by model) → Android version",
    ],
    requirement_too_old: "If yours is older, use another phone, a tablet or a computer, or tell your counsellor when they contact you.",
    app_will_not_install: "If the app will not install or open, use another phone, a tablet or a computer, or tell your counsellor when they contact you.",
    update_app: update_app_en,
    browser_join_heading: "On a computer, you can join without installing anything",
    browser_join_body: "Open the interview link you were sent on your computer: Webex shows a page to join. Choose \"Join from your browser\" to take part without installing the app. Browsers you can use:",
    browser_name: browser_name_en,
    browser_join_account: "Unless the host asks for one, you need no Webex account (you join with your name and e-mail address). If you prefer the app, download it from the page below.",

    appointment_heading: "Your interview",
    appointment_intro: "Enter the date and time agreed with your counsellor: you see the days left and can add it to your calendar. Nothing is sent anywhere.",
    appointment_date_label: "Date",
    appointment_time_label: "Start time",
    appointment_when: appointment_when_en,
    appointment_days_left: appointment_days_left_en,
    add_to_calendar: "Add to my calendar",
    calendar_hint: calendar_hint_en,
    appointment_kept: "The date and time stay on this device only if \"Keep my values on this device\" is ticked on the checker.",
    calendar_title: "Health guidance interview (Webex)",
    calendar_counsellor_label: "Your counsellor's number:",
    calendar_alarm_evening: "Your health guidance interview is tomorrow. Update the {app} app, charge your device, and have earphones and your checkup results ready.",
    calendar_alarm_soon: "Your interview starts soon. Open the {app} app and tap \"Join\".",

    prepare_heading: "What to have ready",
    prepare_intro: "Tick each item when it is ready.",
    prepare_items: [
        ("A smartphone, a tablet or a computer", "With the {app} app installed."),
        ("Earphones (recommended)", "We recommend earphones to protect your privacy."),
        ("Your latest health checkup results", "You will go through them together in the interview."),
        ("Wi-Fi", "You pay for the data you use, so Wi-Fi is recommended. Not needed on a computer with a LAN cable."),
        ("On a computer: a camera and a microphone", "If it has none, please get them. You can try them under \"Camera and microphone check\" below."),
    ],
    prepare_progress: prepare_progress_en,
    prepare_all_done: "You are ready.",
    prepare_not_stored: "These ticks stay on this screen only; they are not saved or sent anywhere.",

    data_heading: "Your connection (Wi-Fi recommended)",
    data_wifi: "Webex is free to use, but you pay for the data, so we recommend Wi-Fi (please have a router or similar ready).",
    data_lan: "On a computer connected with a LAN cable, you do not need Wi-Fi.",
    data_result: data_result_en,

    camera_heading: "Camera and microphone check",
    camera_intro: "Tap \"Start the check\" to see this device's camera picture and how loud its microphone hears you. If your browser asks, choose \"Allow\".",
    camera_private: "The picture and sound are only shown on this screen: nothing is recorded or sent. Tap \"Stop\" when you are done.",
    camera_start: "Start the check",
    camera_stop: "Stop",
    camera_starting: "Starting the camera and microphone…",
    camera_running: "If you see yourself and the microphone bar moves when you speak, you are ready.",
    camera_preview_label: "Camera picture (stays on this device)",
    camera_level_label: "Microphone level",
    camera_level_hint: "The bar moves when you speak.",
    camera_stopped: "The camera and microphone are off.",
    camera_stopped_hidden: "You left this screen, so the camera and microphone were turned off.",
    camera_denied: "The camera or microphone was not allowed. Allow them for this page (the lock icon in the address bar, or your browser's settings), then tap \"Start the check\" again.",
    camera_framed: "This page is shown inside another site (a portal), which does not let it use the camera and microphone. Open this page in a new tab to check them.",
    camera_framed_operator: "For the portal's operator: add allow=\"camera; microphone\" to the iframe that shows this page.",
    camera_open_new_tab: "Open this page in a new tab",
    camera_no_device: "No camera or microphone was found. If your computer has none, please get one (a USB camera, earphones with a microphone, …), connect it and try again.",
    camera_in_use: "Another app seems to be using the camera or microphone. Close other apps such as Webex and try again.",
    camera_unsupported: "This browser cannot check the camera and microphone from this page. Try an up-to-date browser, or check them in the {app} app.",
    camera_other: "The camera and microphone could not be checked. Please try again.",

    join_heading: "On the day",
    join_intro: "At the appointed time, connect to Webex like this:",
    join_steps: [
        "Open the {app} app.",
        "Tap \"Join\" (参加).",
        "Enter the meeting number and password you were sent (or tap the meeting link you were sent).",
        "If the name and e-mail fields are empty, fill them in too, then connect.",
    ],
    join_trouble_heading: "If you cannot connect, or get cut off",
    join_trouble: "If we cannot see you connected at the appointed time, or the connection drops during the interview, your counsellor will phone you. Tell them what is happening and they will help.",

    privacy_heading: "Personal information",
    app_promise_heading: "This app's promise",
    app_promise: [
        "What you type into this app stays on this device.",
        "Once the page has loaded, this app makes no network request at all: nothing you type is sent, and there is no analytics. Automated tests check this every time.",
        "Values are kept on this device only if you choose so, and you can erase them at any time.",
        "The camera and microphone check records nothing and sends nothing.",
    ],
    operator_heading: "How the Company handles your personal information",
    operator_intro: "SOMPO Health Support (SOMPOヘルスサポート株式会社, \"the Company\") handles personal information as follows.",
};

fn prepare_progress_en(done: usize, total: usize) -> String {
    format!("{done} of {total} ready.")
}

fn data_result_en(minutes: u32, megabytes: u32, gigabytes: &str) -> String {
    format!("A {minutes}-minute interview uses about {megabytes} MB (about {gigabytes} GB) of data.")
}

fn requirement_en(row: &DeviceRequirement) -> String {
    let ram = match (row.min_ram_gb, row.recommended_ram_gb) {
        (Some(min), Some(recommended)) => format!(", at least {min} GB of memory (RAM; {recommended} GB recommended)"),
        (Some(min), None) => format!(", at least {min} GB of memory (RAM)"),
        _ => String::new(),
    };
    match row.os {
        MobileOs::Ios => format!("iPhone, iPad: iOS or iPadOS {} or newer{ram}", row.min_os_major),
        MobileOs::Android => format!("Android: Android {} or newer{ram}", row.min_os_major),
    }
}

fn update_app_en(months: Option<u32>) -> String {
    match months {
        Some(months) => {
            format!("Update the app before the day: a version more than {months} months old may be signed out.")
        }
        None => "Update the app before the day.".into(),
    }
}

fn browser_name_en(row: &BrowserJoin) -> String {
    let name = match row.browser {
        Browser::Chrome => "Google Chrome",
        Browser::Edge => "Microsoft Edge",
        Browser::Firefox => "Firefox (not the ESR version)",
        Browser::Safari => "Safari (Mac)",
    };
    match (row.sends_video_up_to, row.can_share_screen) {
        (Some(lines), false) if lines < 720 => format!("{name}: sends video up to {lines}p, no screen sharing"),
        (_, false) => format!("{name}: no screen sharing"),
        _ => name.to_string(),
    }
}

const WEEKDAYS_EN: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn appointment_when_en(at: Appointment) -> String {
    let (date, time) = (at.date, at.time);
    let weekday = WEEKDAYS_EN[date.weekday_from_sunday()];
    let month = MONTHS_EN[date.month as usize - 1];
    format!("{weekday} {} {month} {}, from {}:{:02}", date.day, date.year, time.hour, time.minute)
}

fn appointment_days_left_en(days: i64) -> String {
    match days {
        ..=-1 => "This day has passed: please check the date.".into(),
        0 => "Your interview is today.".into(),
        1 => "Your interview is tomorrow.".into(),
        days => format!("{days} days to go."),
    }
}

fn calendar_hint_en(evening_hour: u32, minutes_before: u32) -> String {
    format!("It goes into your calendar with reminders at {evening_hour}:00 the evening before and {minutes_before} minutes before. If that does not work, write the date and time in your diary.")
}
