//! For native tests of the store and its screens: what working storage holds, the store that has
//! read it, and a screen rendered as the prerenderer renders it (a current-thread runtime, no
//! hydration) under that store. Each test file uses some of these.
#![allow(dead_code)]

use std::rc::Rc;

use staffcheck::domain::evidence::Evidence;
use staffcheck::domain::store::Envelope;
use staffcheck::hooks::use_store::StoreProvider;
use staffcheck::state::store::Store;
use staffcheck::storage::Loaded;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// What storage holds for the screens of a test: a working store over `envelope`.
pub fn working(envelope: Envelope) -> Loaded {
    Loaded {
        envelope,
        writable: true,
        notice: None,
    }
}

/// The store once it has read working storage holding `envelope`.
pub fn store(envelope: Envelope) -> Rc<Store> {
    Rc::new(Store::from_loaded(working(envelope)))
}

/// An envelope holding these evidence entries and nothing else.
pub fn with_evidence(entries: Vec<Evidence>) -> Envelope {
    Envelope {
        evidence: entries,
        ..Envelope::default()
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
