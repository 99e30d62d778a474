//! Part 5: Camera and microphone check, on the participant's tap: a local preview
//! and a live microphone level. Nothing is recorded or sent: the stream goes
//! to a muted <video> and an AnalyserNode, nowhere else. Every track stops on
//! "Stop", when the guide is left (unmount) and when the page is hidden.
//! The view is here; the browser's media glue is in `media.rs`; the states,
//! the meter's number and what a failure means are the core's `media_check.rs`.

mod media;

use std::rc::Rc;

use js_sys::Function;
use kenshin_core::media_check::{CheckEvent, CheckStatus, MediaProblem};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::PartProps;
use crate::components::paragraph;
use crate::text::guide::named;
use media::{advance, start, stop, Shared};

/// A hook rendering the part: `LiveParts` holds parts 3–5's state in one component.
#[hook]
pub fn use_camera_check(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let status = use_state_eq(|| CheckStatus::Idle);
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
                    if hidden {
                        stop(&shared, &video, &meter);
                        advance(&shared, &status, CheckEvent::Hidden);
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
            advance(&shared, &status, CheckEvent::Stop);
        })
    };

    let active = status.is_active();
    let message = match *status {
        CheckStatus::Idle | CheckStatus::Failed(_) => None,
        CheckStatus::Starting => Some(text.camera_starting),
        CheckStatus::Running => Some(text.camera_running),
        CheckStatus::Stopped => Some(text.camera_stopped),
        CheckStatus::StoppedHidden => Some(text.camera_stopped_hidden),
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
            if let CheckStatus::Failed(problem) = *status {
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
    let here = gloo::utils::window().location().href().unwrap_or_default();
    html! {
        <div class="camera-problem" role="alert" data-media-problem={problem.id()}>
            { paragraph(named(text.media_problem(problem), props.settings.webex_app)) }
            if problem == MediaProblem::DeniedOrFramed {
                { paragraph(text.camera_framed) }
            }
            if problem.may_be_framing() {
                <p><a class="external-link" href={here} target="_blank" rel="noopener noreferrer">
                    { text.camera_open_new_tab }<span class="visually-hidden">{ text.new_tab }</span>
                </a></p>
                <p class="operator-note" data-operator-note="iframe-allow">{ text.camera_framed_operator }</p>
            }
        </div>
    }
}
