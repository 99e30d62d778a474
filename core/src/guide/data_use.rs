//! How much mobile data a Webex interview uses (leaflet STEP 2, 2. 通信環境):
//! about 660 MB per 60 minutes; the guide says it for the interview's length
//! (`calendar::DURATION_MINUTES`) in megabytes and gigabytes.

/// The leaflet's figure: おおよそ 660MB/60分.
pub const MEGABYTES_PER_HOUR: u32 = 660;

/// The data a session of `minutes` uses, in whole megabytes (rounded up).
pub fn megabytes(minutes: u32) -> u32 {
    let megabytes = (u64::from(minutes) * u64::from(MEGABYTES_PER_HOUR)).div_ceil(60);
    u32::try_from(megabytes).unwrap_or(u32::MAX)
}

/// Megabytes as gigabytes (1 GB = 1000 MB), two decimals rounded half up in
/// integer arithmetic: "0.66", "0.50" for 495 MB, "1.32".
pub fn gigabytes_text(megabytes: u32) -> String {
    let hundredths = megabytes.saturating_add(5) / 10;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}
