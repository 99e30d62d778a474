//! The session guide (issue 4): getting ready for the online interview.

use yew::prelude::*;

use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub lang: Lang,
}

#[component]
pub fn Guide(props: &GuideProps) -> Html {
    let _text = props.lang.text();
    html! {
        <section class="guide" data-section="guide"></section>
    }
}
