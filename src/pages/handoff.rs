//! The reader build's stand-in for a screen only the full build carries: it hands over.

use yew::prelude::*;

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
