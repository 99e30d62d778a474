//! The camera and microphone check's logic (docs/product.md, "Session
//! guide"): its states and what moves it between them, the level meter's
//! number, and which problem a failure is. The browser glue that feeds these
//! lives in the shell (`src/components/guide/camera/`); nothing here knows a
//! browser, so every rule is tested on the host.

/// Why the camera and microphone check could not run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaProblem {
    /// The person (or the browser's setting) said no.
    Denied,
    /// Framed by a portal whose iframe lacks `allow="camera; microphone"`.
    Framed,
    /// Framed, and the browser does not say whether the iframe allows the camera:
    /// either the person said no or the portal did not allow it.
    DeniedOrFramed,
    NoDevice,
    /// Another application holds the camera or microphone.
    InUse,
    /// No `navigator.mediaDevices`: an old browser or a page not served over https.
    Unsupported,
    Other,
}

impl MediaProblem {
    /// The `data-media-problem` hook.
    pub const fn id(self) -> &'static str {
        match self {
            MediaProblem::Denied => "denied",
            MediaProblem::Framed => "framed",
            MediaProblem::DeniedOrFramed => "denied-or-framed",
            MediaProblem::NoDevice => "no-device",
            MediaProblem::InUse => "in-use",
            MediaProblem::Unsupported => "unsupported",
            MediaProblem::Other => "other",
        }
    }

    /// Whether the portal's iframe may be the cause, so the participant is
    /// offered the check in a new tab and the operator a note.
    pub const fn may_be_framing(self) -> bool {
        matches!(self, MediaProblem::Framed | MediaProblem::DeniedOrFramed)
    }
}

/// Where the check stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckStatus {
    Idle,
    /// Asked for the camera and microphone; waiting for the browser.
    Starting,
    Running,
    Stopped,
    /// Stopped because the page was hidden.
    StoppedHidden,
    Failed(MediaProblem),
}

/// What happens to the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckEvent {
    /// The participant tapped "start".
    Start,
    /// The browser handed over the stream.
    Streaming,
    Failed(MediaProblem),
    /// The participant tapped "stop".
    Stop,
    /// The page was hidden (another app, the lock screen): the devices are released.
    Hidden,
}

impl CheckStatus {
    /// The `data-camera-status` hook.
    pub const fn id(self) -> &'static str {
        match self {
            CheckStatus::Idle => "idle",
            CheckStatus::Starting => "starting",
            CheckStatus::Running => "running",
            CheckStatus::Stopped | CheckStatus::StoppedHidden => "stopped",
            CheckStatus::Failed(_) => "failed",
        }
    }

    /// Holding, or about to hold, the camera and microphone.
    pub const fn is_active(self) -> bool {
        matches!(self, CheckStatus::Starting | CheckStatus::Running)
    }

    /// The status after `event`. A stream or a failure that arrives when the
    /// check is no longer starting (stopped, hidden, restarted) changes
    /// nothing: the shell releases that stream at once. Hiding a page where
    /// nothing runs changes nothing either.
    pub const fn after(self, event: CheckEvent) -> CheckStatus {
        match (event, self.is_active()) {
            (CheckEvent::Start, _) => CheckStatus::Starting,
            (CheckEvent::Streaming, _) if matches!(self, CheckStatus::Starting) => CheckStatus::Running,
            (CheckEvent::Failed(problem), _) if matches!(self, CheckStatus::Starting) => CheckStatus::Failed(problem),
            (CheckEvent::Stop, true) => CheckStatus::Stopped,
            (CheckEvent::Hidden, true) => CheckStatus::StoppedHidden,
            (CheckEvent::Streaming | CheckEvent::Failed(_) | CheckEvent::Stop | CheckEvent::Hidden, _) => self,
        }
    }
}

/// How much the meter keeps of its last reading each time: it falls back
/// gently instead of flickering.
pub const LEVEL_DECAY: f64 = 0.8;

/// 0–100 from the RMS of one window of samples: −60 dBFS and below is 0,
/// 0 dBFS is 100.
pub fn loudness(samples: &[f32]) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let mean_square = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum::<f64>() / samples.len() as f64;
    if mean_square.is_nan() || mean_square <= 0.0 {
        return 0.0;
    }
    let decibels = 10.0 * mean_square.log10();
    ((decibels + 60.0) / 60.0 * 100.0).clamp(0.0, 100.0)
}

/// The meter's next level: the new window's loudness, or the last level
/// decayed if that is higher.
pub fn next_level(previous: f64, samples: &[f32]) -> f64 {
    (previous * LEVEL_DECAY).max(loudness(samples))
}

/// The meter's `value` attribute: a whole number 0–100, rounded half to even.
/// An integer, not `{:.0}`: float formatting costs ~14 KB of wasm.
pub fn meter_value(level: f64) -> u32 {
    level.clamp(0.0, 100.0).round_ties_even() as u32
}

/// Before asking: a permissions policy that forbids the camera or the
/// microphone (`policy_allows`, `None` where the browser does not say) means
/// the request cannot succeed, framed by the portal or not.
pub const fn blocked_before_asking(framed: bool, policy_allows: Option<bool>) -> Option<MediaProblem> {
    match (policy_allows, framed) {
        (Some(false), true) => Some(MediaProblem::Framed),
        (Some(false), false) => Some(MediaProblem::Unsupported),
        (Some(true) | None, _) => None,
    }
}

/// A failed request's DOMException `name` → what to tell the participant.
/// A refusal inside a frame is the person's unless the policy says the frame
/// may not ask; where the browser does not say, it may be either.
pub fn classify(error_name: &str, framed: bool, policy_allows: Option<bool>) -> MediaProblem {
    match error_name {
        "NotAllowedError" | "PermissionDeniedError" if framed => match policy_allows {
            Some(true) => MediaProblem::Denied,
            Some(false) => MediaProblem::Framed,
            None => MediaProblem::DeniedOrFramed,
        },
        "NotAllowedError" | "PermissionDeniedError" => MediaProblem::Denied,
        "SecurityError" if framed => MediaProblem::Framed,
        "SecurityError" | "TypeError" => MediaProblem::Unsupported,
        "NotFoundError" | "DevicesNotFoundError" | "OverconstrainedError" => MediaProblem::NoDevice,
        "NotReadableError" | "TrackStartError" | "AbortError" => MediaProblem::InUse,
        _ => MediaProblem::Other,
    }
}
