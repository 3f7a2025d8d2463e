//! `StoreProvider` loads the envelope once, saves after every local change (in an effect, never in
//! the reducer) and follows saves made in other tabs; `use_store()` hands the store to components.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::store::KEY;
use crate::state::store::{Store, StoreAction};
use crate::storage;

pub type StoreHandle = UseReducerHandle<Store>;

#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    /// What storage held, read at start-up; `None` at build time (screens show a skeleton).
    #[prop_or_default]
    pub loaded: Option<crate::storage::Loaded>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let loaded = props.loaded.clone();
    let store = use_reducer(move || match loaded {
        Some(loaded) => Store::from_loaded(loaded),
        None => Store::unknown(),
    });

    {
        let store = store.clone();
        use_effect_with(store.revision, move |revision| {
            if *revision > 0 && store.writable {
                match storage::save(&store.envelope) {
                    Ok(written) => store.dispatch(StoreAction::External(written)),
                    Err(notice) => store.dispatch(StoreAction::SaveFailed(notice)),
                }
            }
        });
    }

    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                    if e.key().as_deref() == Some(KEY) {
                        if let Some(envelope) = storage::reload() {
                            dispatcher.dispatch(StoreAction::External(envelope));
                        }
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    html! {
        <ContextProvider<StoreHandle> context={store}>
            { props.children.clone() }
        </ContextProvider<StoreHandle>>
    }
}

/// The store, from the nearest `StoreProvider`.
#[hook]
pub fn use_store() -> Option<StoreHandle> {
    use_context::<StoreHandle>()
}
