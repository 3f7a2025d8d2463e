//! The reader build's stand-in for a screen only the full build carries: it hands over.

use yew::prelude::*;

/// Beside home and the dimension pages in the reader build: a visitor who has started a case
/// (evidence, a plan) gets the full build, which shows it there (`components::case_panel`).
#[component]
pub fn CaseHandoff() -> Html {
    let store = crate::hooks::use_store::use_store();
    if store.is_some_and(|s| s.ready && s.envelope.has_case()) {
        html! { <Handoff /> }
    } else {
        Html::default()
    }
}

/// Asks the page to start the full build on this route (`boot::hand_off`), handing over what
/// storage could not keep.
#[component]
pub fn Handoff() -> Html {
    let store = crate::hooks::use_store::use_store();
    use_effect_with((), move |_| {
        if let Some(store) = store {
            store.hand_over();
        }
        crate::boot::hand_off();
    });
    Html::default()
}
