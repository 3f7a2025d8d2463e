use yew::prelude::*;

/// The first view of a screen that depends on what this browser stored or on the link: its heading
/// and grey placeholder blocks, until the app has read them (a prerendered page, before the
/// WebAssembly has arrived). `heading`: the screen's heading, known before its data is.
pub fn page_skeleton(heading: impl Into<AttrValue>) -> Html {
    html! {
        <div class="page skeleton" data-testid="skeleton" aria-busy="true">
            <h1>{ heading.into() }</h1>
            <div class="skeleton-line wide" aria-hidden="true"></div>
            <div class="skeleton-line" aria-hidden="true"></div>
            <div class="skeleton-block" aria-hidden="true"></div>
            <div class="skeleton-line" aria-hidden="true"></div>
        </div>
    }
}

/// The store of a screen that needs what storage holds, once it has been read; else what the
/// screen shows meanwhile: nothing outside a `StoreProvider`, its skeleton (under `heading`)
/// before storage is read (at build time, when the view is prerendered).
pub fn ready_store(
    store: Option<crate::hooks::use_store::StoreHandle>,
    heading: &'static str,
) -> Result<crate::hooks::use_store::StoreHandle, Html> {
    match store {
        None => Err(Html::default()),
        Some(store) if !store.ready => Err(page_skeleton(heading)),
        Some(store) => Ok(store),
    }
}
