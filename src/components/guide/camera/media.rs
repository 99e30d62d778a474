//! The camera check's browser glue: the media session (stream, audio
//! context, meter interval), asking for the devices, and probing whether a
//! frame or a permissions policy is in the way. What each step means is
//! decided by the core (`media_check.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Reflect};
use kenshin_core::media_check::{
    blocked_before_asking, classify, meter_value, next_level, CheckEvent, CheckStatus, MediaProblem,
};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AnalyserNode, AudioContext, HtmlMediaElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};
use yew::prelude::*;

/// How often the level meter is read; with a 2048-sample window (≈ 43 ms)
/// consecutive reads overlap, so short sounds are not missed.
const LEVEL_INTERVAL_MS: i32 = 50;
const FFT_SIZE: u32 = 2048;

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

pub struct Shared {
    /// Bumped on every start and stop: a stream that arrives for an older
    /// generation (the person tapped Stop, or left, while it was coming) is
    /// stopped at once.
    generation: u32,
    /// The check's status as it is now (a callback's copy of the rendered
    /// one may be out of date); `Status` renders it.
    status: CheckStatus,
    session: Option<Session>,
    /// The preview and the level meter: kept here rather than in two
    /// `use_node_ref` hooks (one hook type less in the wasm: bytes every participant downloads).
    pub video: NodeRef,
    pub meter: NodeRef,
}

impl Default for Shared {
    fn default() -> Shared {
        Shared {
            generation: 0,
            status: CheckStatus::Idle,
            session: None,
            video: NodeRef::default(),
            meter: NodeRef::default(),
        }
    }
}

pub type Status = UseStateHandle<CheckStatus>;

/// Moves the check on by `event` (the core decides where to) and renders it.
pub fn advance(shared: &RefCell<Shared>, status: &Status, event: CheckEvent) {
    let next = {
        let mut shared = shared.borrow_mut();
        shared.status = shared.status.after(event);
        shared.status
    };
    status.set(next);
}

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Releases the devices and clears the preview and the meter.
pub fn stop(shared: &RefCell<Shared>, video: &NodeRef, meter: &NodeRef) {
    let mut shared = shared.borrow_mut();
    shared.generation = shared.generation.wrapping_add(1);
    if let Some(session) = shared.session.take() {
        session.stop();
    }
    if let Some(video) = video.cast::<HtmlMediaElement>() {
        video.set_src_object(None);
    }
    if let Some(meter) = meter.cast::<web_sys::Element>() {
        let _ = meter.set_attribute("value", "0");
    }
}

pub fn start(shared: &Rc<RefCell<Shared>>, video: &NodeRef, meter: &NodeRef, status: &Status) {
    stop(shared, video, meter);
    advance(shared, status, CheckEvent::Start);
    let fail = |problem: MediaProblem| {
        stop(shared, video, meter);
        advance(shared, status, CheckEvent::Failed(problem));
    };
    let framed = is_framed();
    if let Some(problem) = blocked_before_asking(framed, policy_allows_media()) {
        fail(problem);
        return;
    }
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let Some(devices) = Reflect::get(&navigator, &JsValue::from_str("mediaDevices"))
        .ok()
        .filter(|devices| devices.is_object())
        .map(|devices| devices.unchecked_into::<web_sys::MediaDevices>())
    else {
        fail(MediaProblem::Unsupported);
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
            fail(failure(&error, framed));
            return;
        }
    };

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
            advance(&shared, &status, CheckEvent::Streaming);
        }
    };
    let on_error = {
        let (shared, video, meter, status) = (Rc::clone(shared), video.clone(), meter.clone(), status.clone());
        move |error: JsValue| {
            if shared.borrow().generation != generation {
                return;
            }
            stop(&shared, &video, &meter);
            advance(&shared, &status, CheckEvent::Failed(failure(&error, framed)));
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
        level = next_level(level, &samples);
        if let Some(meter) = meter.cast::<web_sys::Element>() {
            let _ = meter.set_attribute("value", &meter_value(level).to_string());
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

/// A failed request → what to tell the participant (the core decides from
/// the DOMException's name).
fn failure(error: &JsValue, framed: bool) -> MediaProblem {
    let name =
        Reflect::get(error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string()).unwrap_or_default();
    classify(&name, framed, policy_allows_media())
}
