//! Part 5: Camera and microphone check, on the participant's tap: a local preview
//! and a live microphone level. Nothing is recorded or sent: the stream goes
//! to a muted <video> and an AnalyserNode, nowhere else. Every track stops on
//! "Stop", when the guide is left (unmount) and when the page is hidden.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AnalyserNode, AudioContext, HtmlMediaElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};
use yew::prelude::*;

use super::PartProps;
use crate::components::paragraph;
use crate::text::guide::{named, MediaProblem};

/// How often the level meter is read; with a 2048-sample window (≈ 43 ms)
/// consecutive reads overlap, so short sounds are not missed.
const LEVEL_INTERVAL_MS: i32 = 50;
const FFT_SIZE: u32 = 2048;
/// The meter falls back gently instead of flickering.
const LEVEL_DECAY: f64 = 0.8;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Status {
    Idle,
    Starting,
    Running,
    Stopped,
    /// Stopped because the page was hidden.
    StoppedHidden,
    Failed(MediaProblem),
}

impl Status {
    const fn id(self) -> &'static str {
        match self {
            Status::Idle => "idle",
            Status::Starting => "starting",
            Status::Running => "running",
            Status::Stopped | Status::StoppedHidden => "stopped",
            Status::Failed(_) => "failed",
        }
    }
}

const fn problem_id(problem: MediaProblem) -> &'static str {
    match problem {
        MediaProblem::Denied => "denied",
        MediaProblem::Framed => "framed",
        MediaProblem::DeniedOrFramed => "denied-or-framed",
        MediaProblem::NoDevice => "no-device",
        MediaProblem::InUse => "in-use",
        MediaProblem::Unsupported => "unsupported",
        MediaProblem::Other => "other",
    }
}

/// What a running check holds. `stop` releases all of it.
#[derive(Default)]
struct Session {
    stream: Option<MediaStream>,
    audio: Option<AudioContext>,
    interval: Option<i32>,
    _tick: Option<Closure<dyn FnMut()>>,
}

impl Session {
    fn stop(self) {
        if let Some(stream) = &self.stream {
            stop_tracks(stream);
        }
        if let Some(interval) = self.interval {
            gloo::utils::window().clear_interval_with_handle(interval);
        }
        if let Some(audio) = &self.audio {
            let _ = audio.close();
        }
    }
}

#[derive(Default)]
struct Shared {
    /// Bumped on every start and stop: a stream that arrives for an older
    /// generation (the person tapped Stop, or left, while it was coming) is
    /// stopped at once.
    generation: u32,
    session: Option<Session>,
    /// The preview and the level meter: kept here rather than in two
    /// `use_node_ref` hooks (one hook type less in the wasm: bytes every participant downloads).
    video: NodeRef,
    meter: NodeRef,
}

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Stops everything; returns whether anything was running or starting.
fn stop(shared: &RefCell<Shared>, video: &NodeRef, meter: &NodeRef) -> bool {
    let mut shared = shared.borrow_mut();
    shared.generation = shared.generation.wrapping_add(1);
    let was_active = shared.session.is_some();
    if let Some(session) = shared.session.take() {
        session.stop();
    }
    if let Some(video) = video.cast::<HtmlMediaElement>() {
        video.set_src_object(None);
    }
    if let Some(meter) = meter.cast::<web_sys::Element>() {
        let _ = meter.set_attribute("value", "0");
    }
    was_active
}

/// A hook rendering the part: `LiveParts` holds parts 3–5's state in one
/// component (each component costs ~0.3 KB of the brotli'd wasm, which every participant downloads).
#[hook]
pub fn use_camera_check(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let status = use_state_eq(|| Status::Idle);
    let shared = use_mut_ref(Shared::default);
    let (video, meter) = {
        let shared = shared.borrow();
        (shared.video.clone(), shared.meter.clone())
    };

    // Stop on unmount (back to the checker) and whenever the page is hidden.
    {
        let shared = Rc::clone(&shared);
        let (video, meter, status) = (video.clone(), meter.clone(), status.clone());
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let on_hidden = {
                let (shared, video, meter) = (Rc::clone(&shared), video.clone(), meter.clone());
                Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                    let hidden = event.type_() == "pagehide" || gloo::utils::document().hidden();
                    if hidden && stop(&shared, &video, &meter) {
                        status.set(Status::StoppedHidden);
                    }
                })
            };
            let listener: &Function = on_hidden.as_ref().unchecked_ref();
            let _ = document.add_event_listener_with_callback("visibilitychange", listener);
            let _ = gloo::utils::window().add_event_listener_with_callback("pagehide", listener);
            move || {
                let listener: &Function = on_hidden.as_ref().unchecked_ref();
                let _ = document.remove_event_listener_with_callback("visibilitychange", listener);
                let _ = gloo::utils::window().remove_event_listener_with_callback("pagehide", listener);
                stop(&shared, &video, &meter);
            }
        });
    }

    let on_start = {
        let shared = Rc::clone(&shared);
        let (video, meter, status) = (video.clone(), meter.clone(), status.clone());
        Callback::from(move |_: MouseEvent| start(&shared, &video, &meter, &status))
    };
    let on_stop = {
        let shared = Rc::clone(&shared);
        let (video, meter, status) = (video.clone(), meter.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            stop(&shared, &video, &meter);
            status.set(Status::Stopped);
        })
    };

    let active = matches!(*status, Status::Starting | Status::Running);
    let message = match *status {
        Status::Idle => None,
        Status::Starting => Some(text.camera_starting),
        Status::Running => Some(text.camera_running),
        Status::Stopped => Some(text.camera_stopped),
        Status::StoppedHidden => Some(text.camera_stopped_hidden),
        Status::Failed(_) => None,
    };

    html! {
        <section class="guide-part" id="guide-camera" aria-labelledby="guide-camera-heading" data-guide-part="camera">
            <h2 id="guide-camera-heading">{ text.camera_heading }</h2>
            { paragraph(text.camera_intro) }
            <p class="guide-private">{ text.camera_private }</p>
            <div class="camera-controls">
                if active {
                    <button type="button" class="camera-stop" data-action="camera-stop" onclick={on_stop}>{ text.camera_stop }</button>
                } else {
                    <button type="button" class="camera-start primary" data-action="camera-start" onclick={on_start}>{ text.camera_start }</button>
                }
            </div>
            <p class="camera-status" role="status" data-camera-status={status.id()}>
                { message.unwrap_or_default() }
            </p>
            if let Status::Failed(problem) = *status {
                { problem_message(props, problem) }
            }
            <div class="camera-live" hidden={!active}>
                <figure class="camera-preview">
                    <video ref={video.clone()} id="camera-preview" muted=true autoplay=true playsinline=true
                        aria-describedby="camera-preview-caption"></video>
                    <figcaption id="camera-preview-caption">{ text.camera_preview_label }</figcaption>
                </figure>
                <div class="mic-level">
                    <label for="mic-level">{ text.camera_level_label }</label>
                    <meter ref={meter.clone()} id="mic-level" min="0" max="100" low="10" high="90" optimum="50" value="0"
                        aria-describedby="mic-level-hint"></meter>
                    <p class="hint" id="mic-level-hint">{ text.camera_level_hint }</p>
                </div>
            </div>
        </section>
    }
}

fn problem_message(props: &PartProps, problem: MediaProblem) -> Html {
    let text = props.lang.guide();
    let framed = matches!(problem, MediaProblem::Framed | MediaProblem::DeniedOrFramed);
    let here = gloo::utils::window().location().href().unwrap_or_default();
    html! {
        <div class="camera-problem" role="alert" data-media-problem={problem_id(problem)}>
            { paragraph(named(text.media_problem(problem), props.settings.webex_app)) }
            if problem == MediaProblem::DeniedOrFramed {
                { paragraph(text.camera_framed) }
            }
            if framed {
                <p><a class="external-link" href={here} target="_blank" rel="noopener noreferrer">
                    { text.camera_open_new_tab }<span class="visually-hidden">{ text.new_tab }</span>
                </a></p>
                <p class="operator-note" data-operator-note="iframe-allow">{ text.camera_framed_operator }</p>
            }
        </div>
    }
}

fn start(shared: &Rc<RefCell<Shared>>, video: &NodeRef, meter: &NodeRef, status: &UseStateHandle<Status>) {
    stop(shared, video, meter);
    let framed = is_framed();
    if policy_allows_media() == Some(false) {
        status.set(Status::Failed(if framed { MediaProblem::Framed } else { MediaProblem::Unsupported }));
        return;
    }
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let Some(devices) = Reflect::get(&navigator, &JsValue::from_str("mediaDevices"))
        .ok()
        .filter(|devices| devices.is_object())
        .map(|devices| devices.unchecked_into::<web_sys::MediaDevices>())
    else {
        status.set(Status::Failed(MediaProblem::Unsupported));
        return;
    };

    // Created inside the tap: browsers (Safari in particular) only let audio
    // start from a user gesture.
    let audio = AudioContext::new().ok();
    if let Some(audio) = &audio {
        let _ = audio.resume();
    }
    let generation = {
        let mut shared = shared.borrow_mut();
        shared.session = Some(Session { audio, ..Session::default() });
        shared.generation
    };

    let constraints = MediaStreamConstraints::new();
    let video_constraints = Object::new();
    let _ = Reflect::set(&video_constraints, &JsValue::from_str("facingMode"), &JsValue::from_str("user"));
    constraints.set_video(&video_constraints);
    constraints.set_audio_bool(true);
    let promise = match devices.get_user_media_with_constraints(&constraints) {
        Ok(promise) => promise,
        Err(error) => {
            stop(shared, video, meter);
            status.set(Status::Failed(classify(&error, framed)));
            return;
        }
    };
    status.set(Status::Starting);

    let on_stream = {
        let (shared, video, meter, status) = (Rc::clone(shared), video.clone(), meter.clone(), status.clone());
        move |value: JsValue| {
            let stream: MediaStream = value.unchecked_into();
            let current = shared.borrow().generation == generation && shared.borrow().session.is_some();
            if !current {
                stop_tracks(&stream);
                return;
            }
            attach(&shared, &stream, &video, &meter);
            status.set(Status::Running);
        }
    };
    let on_error = {
        let (shared, video, meter, status) = (Rc::clone(shared), video.clone(), meter.clone(), status.clone());
        move |error: JsValue| {
            if shared.borrow().generation != generation {
                return;
            }
            stop(&shared, &video, &meter);
            status.set(Status::Failed(classify(&error, framed)));
        }
    };
    // One of the two is never called and is reclaimed with the page: a few
    // bytes per tap, and no wasm-bindgen-futures dependency.
    let on_stream = Closure::once_into_js(on_stream);
    let on_error = Closure::once_into_js(on_error);
    if let Ok(then) = Reflect::get(&promise, &JsValue::from_str("then")).and_then(|f| f.dyn_into::<Function>()) {
        let _ = then.call2(&promise, &on_stream, &on_error);
    }
}

/// Shows the stream in the preview and starts the level meter.
fn attach(shared: &Rc<RefCell<Shared>>, stream: &MediaStream, video: &NodeRef, meter: &NodeRef) {
    if let Some(element) = video.cast::<HtmlMediaElement>() {
        element.set_muted(true);
        element.set_src_object(Some(stream));
        if let Ok(playing) = element.play() {
            // A rejected play() (e.g. power saving) must not surface as an uncaught error.
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
            let _ = playing.catch(&ignore);
            ignore.forget();
        }
    }
    let mut shared = shared.borrow_mut();
    let Some(session) = shared.session.as_mut() else {
        return;
    };
    // Not `stream.clone()`: that is MediaStream.prototype.clone(), new tracks.
    session.stream = Some(Clone::clone(stream));
    let Some(audio) = session.audio.clone() else {
        return;
    };
    let Some(analyser) = analyser_for(&audio, stream) else {
        return;
    };
    let meter = meter.clone();
    let mut samples = vec![0f32; FFT_SIZE as usize];
    let mut level = 0f64;
    let tick = Closure::<dyn FnMut()>::new(move || {
        analyser.get_float_time_domain_data(&mut samples);
        level = (level * LEVEL_DECAY).max(loudness(&samples));
        if let Some(meter) = meter.cast::<web_sys::Element>() {
            // Integer, not `{:.0}`: float formatting costs ~14 KB of wasm; both round
            // half to even, and `level` is always within 0–100.
            let _ = meter.set_attribute("value", &(level.round_ties_even() as u32).to_string());
        }
    });
    session.interval = gloo::utils::window()
        .set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), LEVEL_INTERVAL_MS)
        .ok();
    session._tick = Some(tick);
}

fn analyser_for(audio: &AudioContext, stream: &MediaStream) -> Option<AnalyserNode> {
    let source = audio.create_media_stream_source(stream).ok()?;
    let analyser = audio.create_analyser().ok()?;
    analyser.set_fft_size(FFT_SIZE);
    // Source → analyser only: never to the speakers (that would echo).
    source.connect_with_audio_node(&analyser).ok()?;
    Some(analyser)
}

/// 0–100 from the RMS of one window: −60 dBFS and below is 0, 0 dBFS is 100.
fn loudness(samples: &[f32]) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let mean_square = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum::<f64>() / samples.len() as f64;
    if mean_square <= 0.0 {
        return 0.0;
    }
    let decibels = 10.0 * mean_square.log10();
    ((decibels + 60.0) / 60.0 * 100.0).clamp(0.0, 100.0)
}

fn is_framed() -> bool {
    let window = gloo::utils::window();
    match Reflect::get(&window, &JsValue::from_str("top")) {
        Ok(top) => !Object::is(&top, &window),
        Err(_) => true,
    }
}

/// Whether this document's permissions policy lets it use both the camera
/// and the microphone; `None` where the browser does not say (Safari, Firefox).
fn policy_allows_media() -> Option<bool> {
    let document = gloo::utils::document();
    let policy = ["permissionsPolicy", "featurePolicy"]
        .iter()
        .filter_map(|name| Reflect::get(&document, &JsValue::from_str(name)).ok())
        .find(JsValue::is_object)?;
    let allows = Reflect::get(&policy, &JsValue::from_str("allowsFeature")).ok()?.dyn_into::<Function>().ok()?;
    let allowed = |feature: &str| allows.call1(&policy, &JsValue::from_str(feature)).ok()?.as_bool();
    Some(allowed("camera")? && allowed("microphone")?)
}

/// The DOMException's name → what to tell the participant.
fn classify(error: &JsValue, framed: bool) -> MediaProblem {
    let name =
        Reflect::get(error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string()).unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "PermissionDeniedError" if framed => match policy_allows_media() {
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
