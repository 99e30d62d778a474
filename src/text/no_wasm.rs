//! The sentences of the page shown where the app cannot run (no WebAssembly:
//! iOS Lockdown Mode, a managed device, a failed download). Rendered at build
//! time only (`src/bin/prerender.rs`), so none of them is in the wasm.

pub struct NoWasmText {
    pub heading: &'static str,
    /// Why the check does not run, in words a participant can act on.
    pub cannot_run: &'static str,
    pub what_to_try: &'static [&'static str],
    /// Where the page is in a portal's frame: the checker in a tab of its own.
    pub open_in_tab: &'static str,
    /// Before the criteria: compare the values by hand.
    pub compare_by_hand: &'static str,
    pub counsellor_heading: &'static str,
    pub counsellor_intro: &'static str,
    pub download_heading: &'static str,
}
