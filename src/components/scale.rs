//! A value's scale, drawn from the core's `Scale` (core/src/rules/scale.rs): the
//! bands side by side, their limits and the ※1 limit under the bar, and a round
//! marker at the value (with an arrow in it when the value lies past an end).
//! A picture beside words that say the same (the band's name), so hidden from
//! assistive technology. Bands differ by pattern as well as colour, so a
//! black-and-white print still tells them apart (`scale_patterns`).

use kenshin_core::scale::{Scale, Side};
use kenshin_core::{number, Control};
use yew::prelude::*;

/// A share of the bar as an SVG length: "56.25%".
fn percent(share: f64) -> String {
    format!("{}%", number::fixed(share * 100.0, 2))
}

/// The scale of `control`'s value (its limits written with its key's decimals).
pub fn scale_picture(control: Control, scale: &Scale) -> Html {
    let decimals = match control {
        Control::Value(key) => key.decimals(),
        _ => 0,
    };
    // The marker: a dot, or an arrow pointing past the end the value lies beyond.
    let marker = match scale.beyond {
        Some(Side::Low) => "◀",
        Some(Side::High) => "▶",
        None => "●",
    };
    html! {
        <svg class="scale" data-scale-for={control.id()} aria-hidden="true">
            { for scale.segments.iter().map(|segment| html! {
                <rect data-scale-band={segment.band.id()} x={percent(segment.start)}
                    width={percent(segment.end - segment.start)} y="6" height="16" />
            }) }
            // Each limit: a line across the bar (dashed for ※1) and its number under it.
            { for scale.limits.iter().map(|limit| {
                let (at, label) = (percent(limit.at), number::fixed(limit.value, decimals));
                html! {
                    <g data-criterion={limit.criterion.then_some("")}>
                        <line x1={at.clone()} x2={at.clone()} y1="2" y2="26" />
                        <text x={at} y="38">{ if limit.criterion { format!("※1 {label}") } else { label } }</text>
                    </g>
                }
            }) }
            <text data-scale-marker="" x={percent(scale.marker)} y="20">{ marker }</text>
        </svg>
    }
}

/// The bands' patterns, once in the page, outside `main` so that the screen and the
/// print both have them: sparse stripes for guidance, cross-hatching for
/// see-a-doctor (normal is plain). Their colours are in styles/app.css.
pub fn scale_patterns() -> Html {
    html! {
        <svg class="scale-patterns" aria-hidden="true">
            <pattern id="scale-guidance" width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" /><path d="M0 6L6 0" />
            </pattern>
            <pattern id="scale-see-doctor" width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" /><path d="M0 6L6 0M0 0L6 6" />
            </pattern>
        </svg>
    }
}
