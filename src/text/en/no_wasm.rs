//! The page where the check cannot run, in English.

use crate::text::no_wasm::NoWasmText;

pub static NO_WASM_EN: NoWasmText = NoWasmText {
    heading: "The check cannot run on this device",
    cannot_run: "This browser cannot use a feature the check needs (WebAssembly), or it failed to load. Nothing you typed has been sent anywhere.",
    what_to_try: &[
        "Reload the page.",
        "If your iPhone or iPad is in Lockdown Mode, exclude this site from it or try another device.",
        "A device managed by your employer may block it. Try your own smartphone or computer.",
    ],
    open_in_tab: "If it does not work inside your portal, open the checker in a new tab",
    compare_by_hand: "Compare the values in your checkup results with the criteria (※1) below. If any one applies, see a doctor and get their permission before starting the programme.",
    counsellor_heading: "Questions, and your interview",
    counsellor_intro: "Your counsellor will call you from this number.",
    download_heading: "Download Webex (free)",
};
