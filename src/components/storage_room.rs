use yew::prelude::*;

use crate::content::{fill, ui::data_page as text};
use crate::domain::kept::{room, size};
use crate::hooks::use_store::use_store;
use crate::storage_manager::{self, Estimate};

/// What the browser says about the site's storage, read after each change (in effects).
#[derive(Clone, Debug, Default, PartialEq)]
struct Measured {
    /// staffcheck's own entry, in bytes (`None`: storage cannot be read).
    own: Option<f64>,
    /// The Storage API's estimate for the whole site.
    estimate: Option<Estimate>,
    /// Whether the browser keeps the site's storage until the visitor clears it.
    persisted: Option<bool>,
}

#[derive(Properties, PartialEq)]
pub struct StorageRoomProps {
    /// Whether asking the browser to keep the data makes sense (storage works here).
    pub can_ask: bool,
}

/// How much room staffcheck takes against what the browser allows, and whether the browser will
/// keep it (asking, and saying what it answered).
#[component]
pub fn StorageRoom(props: &StorageRoomProps) -> Html {
    let measured = use_state(|| Option::<Measured>::None);
    // The browser's answer to being asked, during this visit (from the button or, before, when
    // the first evidence entry or person was kept).
    let asked = use_state(|| Option::<bool>::None);
    let store = use_store();
    let envelope = store.as_ref().map(|s| s.envelope.clone());
    {
        let (measured, asked) = (measured.clone(), asked.clone());
        use_effect_with(envelope, move |_| {
            // After this change's save (the store saves in its own effect): a task later.
            let timeout = gloo_timers::callback::Timeout::new(0, move || {
                let own = crate::storage::stored_bytes();
                asked.set(storage_manager::asked());
                wasm_bindgen_futures::spawn_local(async move {
                    let estimate = storage_manager::estimate().await;
                    let persisted = storage_manager::persisted().await;
                    measured.set(Some(Measured {
                        own,
                        estimate,
                        persisted,
                    }));
                });
            });
            move || drop(timeout)
        });
    }
    let ask = {
        let (measured, asked) = (measured.clone(), asked.clone());
        Callback::from(move |_: MouseEvent| {
            let (measured, asked) = (measured.clone(), asked.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let answer = storage_manager::persist().await;
                asked.set(answer);
                let persisted = storage_manager::persisted().await.or(answer);
                measured.set(Some(Measured {
                    persisted,
                    ..(*measured).clone().unwrap_or_default()
                }));
            });
        })
    };
    let Some(m) = (*measured).clone() else {
        return html! {
            <section class="card data-room" aria-labelledby="data-room-title" aria-busy="true">
                <h2 id="data-room-title">{ text::ROOM_HEADING }</h2>
            </section>
        };
    };
    let own = match m.own {
        Some(bytes) => fill(text::OWN_SIZE, &[("size", &size(bytes))]),
        None => text::OWN_SIZE_UNKNOWN.to_string(),
    };
    let site = match m.estimate {
        Some(e) => fill(text::SITE_ROOM, &[("room", &room(e.usage, e.quota))]),
        None => text::SITE_ROOM_UNKNOWN.to_string(),
    };
    let (kind, kept) = match m.persisted {
        Some(true) => ("yes", text::PERSISTED),
        Some(false) => ("no", text::NOT_PERSISTED),
        None => ("unknown", text::PERSIST_UNKNOWN),
    };
    html! {
        <>
            <section class="card data-room" aria-labelledby="data-room-title" data-testid="data-room">
                <h2 id="data-room-title">{ text::ROOM_HEADING }</h2>
                <p data-testid="data-own-size">{ own }</p>
                <p data-testid="data-site-room">{ site }</p>
            </section>
            <section class="card data-persist" aria-labelledby="data-persist-title">
                <h2 id="data-persist-title">{ text::PERSIST_HEADING }</h2>
                <p data-testid="data-persisted" data-persisted={kind}>{ kept }</p>
                if let Some(answer) = *asked {
                    <p role="status" data-testid="data-asked" data-answer={if answer { "yes" } else { "no" }}>
                        { if answer { text::ASKED_YES } else { text::ASKED_NO } }
                    </p>
                }
                if m.persisted == Some(false) && props.can_ask && asked.is_none() {
                    <button type="button" class="button" data-testid="data-persist-ask" onclick={ask}>{ text::PERSIST_ASK }</button>
                }
            </section>
        </>
    }
}
