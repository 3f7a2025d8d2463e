//! `StoreProvider` loads the envelope once, saves after every local change (in an effect, never in
//! the reducer) and follows saves made in other tabs; `use_store()` hands the store to components.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::store::KEY;
use crate::state::store::{Store, StoreAction};
use crate::storage;

use super::save_timer;

pub use super::intents::people::{NameProblem, Who};

type Reducer = UseReducerHandle<Store>;

/// The store as pages and components use it: read it through `Deref`, change it through intent
/// methods (never raw `StoreAction`s; saving and other tabs are this module's business). The
/// intents live in `hooks::intents`, one file per domain.
#[derive(Clone, PartialEq)]
pub struct StoreHandle(Reducer);

impl std::ops::Deref for StoreHandle {
    type Target = Store;

    fn deref(&self) -> &Store {
        &self.0
    }
}

impl StoreHandle {
    /// For the intents in `hooks::intents`.
    pub(in crate::hooks) fn dispatch(&self, action: StoreAction) {
        self.0.dispatch(action);
    }

    /// Whether what is shown may not be changed: storage holds data from a newer version of the
    /// widget, which this one cannot save over, and the visitor has not dismissed that notice.
    /// Every screen that offers changes asks this, so they all agree.
    pub fn read_only(&self) -> bool {
        !self.writable && matches!(self.notice, Some(storage::Notice::Newer { .. }))
    }

    /// Before the reader build hands over to the full build in this page: what it holds is saved
    /// here and now, and goes with it (`storage::stash`), so what storage did not keep (blocked,
    /// full) is not lost either. Saving here does not wait for the provider's own save: yew's
    /// scheduler may yield to the browser between a screen's effects and the provider's, and the
    /// hand-over, run from the screen's effect, can come first (then the full build failing to
    /// start would lose the note typed last).
    pub fn hand_over(&self) {
        if self.writable && self.revision > 0 {
            // A failure (a full quota) is the stash's to make good; the full build says so.
            let _ = storage::save(&self.envelope);
        }
        storage::stash(&self.envelope);
    }

    pub fn dismiss_notice(&self) {
        self.0.dispatch(StoreAction::DismissNotice);
    }
}

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

    // Saving re-reads, merges and rewrites the whole history, so typing a note does not save on
    // every keystroke: it waits for a pause, and is flushed on blur, on leaving or hiding the
    // page, and before any other change. Nothing typed is lost: the store holds it meanwhile.
    let pending = use_mut_ref(|| Option::<Reducer>::None);
    {
        let store = store.clone();
        let pending = pending.clone();
        use_effect_with(store.revision, move |revision| {
            if *revision > 0 && store.writable {
                if store.typing {
                    *pending.borrow_mut() = Some(store.clone());
                    let pending = pending.clone();
                    save_timer::schedule(move || flush(&pending));
                } else {
                    save_timer::cancel();
                    pending.borrow_mut().take();
                    save_now(&store);
                }
            }
        });
    }
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let pending = pending.clone();
            save_timer::flush_on_leave(move || flush(&pending))
        });
    }

    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "storage", move |e| {
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    if key.as_deref() == Some(KEY) {
                        if let Some(envelope) = storage::reload() {
                            dispatcher.dispatch(StoreAction::External(envelope));
                        }
                    }
                })
            });
            // Dropping the listener removes it.
            move || drop(listener)
        });
    }

    html! {
        <ContextProvider<StoreHandle> context={StoreHandle(store)}>
            { props.children.clone() }
        </ContextProvider<StoreHandle>>
    }
}

fn save_now(store: &Reducer) {
    // Only the full build's actions ask for an overwrite (deleting everything, undoing a merge):
    // the reader build carries no `replace`.
    let saved = if cfg!(not(feature = "reader")) && store.overwrite {
        storage::replace(&store.envelope)
    } else {
        storage::save(&store.envelope)
    };
    match saved {
        Ok(written) => store.dispatch(StoreAction::External(written)),
        Err(notice) => store.dispatch(StoreAction::SaveFailed(notice)),
    }
}

/// Saves what typing left unsaved, if anything.
fn flush(pending: &std::rc::Rc<std::cell::RefCell<Option<Reducer>>>) {
    save_timer::cancel();
    let store = pending.borrow_mut().take();
    if let Some(store) = store {
        save_now(&store);
    }
}

/// The store, from the nearest `StoreProvider`.
#[hook]
pub fn use_store() -> Option<StoreHandle> {
    use_context::<StoreHandle>()
}
