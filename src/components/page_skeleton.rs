use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageSkeletonProps {
    /// The screen's heading, known before its data is.
    pub heading: AttrValue,
}

/// The first view of a screen that depends on what this browser stored or on the link: its heading
/// and grey placeholder blocks, until the app has read them (a prerendered page, before the
/// WebAssembly has arrived).
#[component]
pub fn PageSkeleton(props: &PageSkeletonProps) -> Html {
    html! {
        <div class="page skeleton" data-testid="skeleton" aria-busy="true">
            <h1>{ props.heading.clone() }</h1>
            <div class="skeleton-line wide" aria-hidden="true"></div>
            <div class="skeleton-line" aria-hidden="true"></div>
            <div class="skeleton-block" aria-hidden="true"></div>
            <div class="skeleton-line" aria-hidden="true"></div>
        </div>
    }
}
