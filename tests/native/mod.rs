//! For native tests of screens: a screen rendered as the prerenderer renders it (a current-thread
//! runtime, no hydration), under a store that has read `loaded`.

use staffcheck::hooks::use_store::StoreProvider;
use staffcheck::storage::Loaded;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// What storage holds for the screens of a test: a working store over `envelope`.
#[allow(dead_code)]
pub fn working(envelope: staffcheck::domain::store::Envelope) -> Loaded {
    Loaded {
        envelope,
        writable: true,
        notice: None,
    }
}

#[derive(Properties, PartialEq)]
struct WithStoreProps {
    loaded: Loaded,
    screen: Html,
}

#[component]
fn WithStore(props: &WithStoreProps) -> Html {
    html! {
        <StoreProvider loaded={Some(props.loaded.clone())}>
            { props.screen.clone() }
        </StoreProvider>
    }
}

/// The HTML of `screen` under a store that has read `loaded`.
pub fn render_with_store(loaded: Loaded, screen: Html) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(&runtime, async move {
        LocalServerRenderer::<WithStore>::with_props(WithStoreProps { loaded, screen })
            .hydratable(false)
            .render()
            .await
    })
}
