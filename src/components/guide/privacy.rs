//! Part 7: Privacy: this app's own promise first, then the leaflet's seven points
//! on personal information in full, with the operator's contact as a link.

use yew::prelude::*;

use super::{external_link, PartProps};
use crate::components::paragraph;

pub fn privacy(props: &PartProps) -> Html {
    let text = props.lang.guide();
    let notice = props.lang.privacy_notice();
    let url = props.settings.privacy_url.clone();
    html! {
        <section class="guide-part" id="guide-privacy" aria-labelledby="guide-privacy-heading" data-guide-part="privacy">
            <h2 id="guide-privacy-heading">{ text.privacy_heading }</h2>
            <div class="app-promise" data-app-promise="true">
                <h3>{ text.app_promise_heading }</h3>
                <ul>
                    { for text.app_promise.iter().map(|line| html! { <li>{ *line }</li> }) }
                </ul>
            </div>
            <h3>{ text.operator_heading }</h3>
            { paragraph(text.operator_intro) }
            { for notice.points.iter().enumerate().map(|(index, point)| html! {
                <div class="privacy-point" data-privacy-point={(index + 1).to_string()}>
                    <h4>{ point.title }</h4>
                    { for point.paragraphs.iter().map(|&sentence| paragraph(sentence)) }
                    if !point.list.is_empty() {
                        <ul>{ for point.list.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
                    }
                    { for point.notes.iter().map(|note| html! { <p class="privacy-note">{ *note }</p> }) }
                </div>
            }) }
            <div class="privacy-contact">
                <h4>{ notice.contact_heading }</h4>
                { paragraph(notice.contact_name) }
                { external_link(&url, notice.contact_link, text.new_tab,
                    html! { <span class="link-url" lang="en">{ url.clone() }</span> }) }
            </div>
        </section>
    }
}
