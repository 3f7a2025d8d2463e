//! `StoreProvider` loads the envelope once, saves after every local change (in an effect, never in
//! the reducer) and follows saves made in other tabs; `use_store()` hands the store to components.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::history::merge_import;
use crate::domain::quiz::QuizAction;
use crate::domain::store::{Attempt, KEY};
use crate::state::store::{Store, StoreAction};
use crate::storage;

use super::save_timer;

type Reducer = UseReducerHandle<Store>;

/// The store as pages and components use it: read it through `Deref`, change it through intent
/// methods (never raw `StoreAction`s; saving and other tabs are this module's business).
#[derive(Clone, PartialEq)]
pub struct StoreHandle(Reducer);

impl std::ops::Deref for StoreHandle {
    type Target = Store;

    fn deref(&self) -> &Store {
        &self.0
    }
}

impl StoreHandle {
    /// A step of the self-check in progress.
    pub fn quiz(&self, action: QuizAction) {
        self.0.dispatch(StoreAction::Quiz(action));
    }

    /// Keeps a finished self-check and drops the progress.
    pub fn finish(&self, attempt: Attempt) {
        self.0.dispatch(StoreAction::Finish(attempt));
    }

    /// Starts the self-check again from its first section.
    pub fn retake(&self) {
        self.quiz(QuizAction::Restart);
        self.quiz(QuizAction::Next);
    }

    /// Deletes one attempt (undoable with `undo_delete`).
    pub fn delete(&self, id: String) {
        self.0.dispatch(StoreAction::Delete(id));
    }

    pub fn undo_delete(&self) {
        self.0.dispatch(StoreAction::UndoDelete);
    }

    /// Deletes every attempt and the self-check in progress.
    pub fn clear_all(&self) {
        self.0.dispatch(StoreAction::ClearAll);
    }

    /// Adds the attempts that are not here yet; returns how many that was.
    pub fn import(&self, attempts: Vec<Attempt>) -> usize {
        let (_, added) = merge_import(&self.envelope, &attempts);
        self.0.dispatch(StoreAction::Import(attempts));
        added
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
        <ContextProvider<StoreHandle> context={StoreHandle(store)}>
            { props.children.clone() }
        </ContextProvider<StoreHandle>>
    }
}

fn save_now(store: &Reducer) {
    match storage::save(&store.envelope) {
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
