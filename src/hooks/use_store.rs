//! `StoreProvider` loads the envelope once, saves after every local change (in an effect, never in
//! the reducer) and follows saves made in other tabs; `use_store()` hands the store to components.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::CONTENT;
use crate::dates::now;
use crate::domain::evidence::{build, validate, Draft, Evidence, EvidenceDraft, FieldError};
use crate::domain::history::{merge_imported, Added, Imported};
use crate::domain::people::{check_name, merged_into, CheckIn, NameError, Person};
use crate::domain::quiz::QuizAction;
use crate::domain::share::Shared;
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

    /// Before the reader build hands over to the full build in this page: everything it holds
    /// goes with it (`storage::stash`), so what storage did not keep (blocked, full) is not lost.
    pub fn hand_over(&self) {
        storage::stash(&self.envelope);
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

    /// Adds what an export file holds and is not here yet; returns how many attempts and evidence
    /// entries that was.
    pub fn import(&self, imported: Imported) -> Added {
        let (_, added) = merge_imported(&self.envelope, &imported);
        self.0.dispatch(StoreAction::Import(imported));
        added
    }

    /// Adds an evidence entry (`editing` is `None`) or saves the edit of `editing`, if the draft
    /// is valid on `today`; otherwise says what to fix and changes nothing.
    pub fn save_evidence(
        &self,
        draft: &Draft,
        editing: Option<&str>,
        today: &str,
    ) -> Result<Evidence, Vec<FieldError>> {
        validate(draft, today)?;
        let existing = editing.and_then(|id| self.envelope.evidence.iter().find(|e| e.id == id));
        let entry = build(&CONTENT, draft, existing, now());
        self.0.dispatch(StoreAction::SaveEvidence(entry.clone()));
        Ok(entry)
    }

    /// Keeps what the evidence form holds while it is typed (saved after a pause, like a note).
    pub fn keep_evidence_draft(&self, editing: Option<String>, draft: Draft) {
        let kept = EvidenceDraft { editing, draft };
        self.0
            .dispatch(StoreAction::EvidenceDraft(Some(Box::new(kept))));
    }

    /// The form was cancelled: its draft is dropped.
    pub fn drop_evidence_draft(&self) {
        self.0.dispatch(StoreAction::EvidenceDraft(None));
    }

    /// Deletes one evidence entry (undoable with `undo_delete_evidence`).
    pub fn delete_evidence(&self, id: String) {
        self.0.dispatch(StoreAction::DeleteEvidence(id));
    }

    pub fn undo_delete_evidence(&self) {
        self.0.dispatch(StoreAction::UndoDeleteEvidence);
    }

    /// Chooses an entry as one of the strongest projects for the packet, or not.
    pub fn mark_strong(&self, id: String, strong: bool) {
        self.0.dispatch(StoreAction::MarkStrong {
            id,
            strong,
            at: now(),
        });
    }

    /// The person `who` names: an existing one, or a new one (its name checked).
    fn person_for(&self, who: &Who) -> Result<Person, NameError> {
        match who {
            Who::Existing(id) => self.envelope.person(id).cloned().ok_or(NameError::Empty),
            Who::New(name) => {
                let name = check_name(name, &self.envelope.people, None)?;
                Ok(Person::new(&name, now()))
            }
        }
    }

    /// The name `who` stands for (as typed, or the existing person's).
    pub fn name_of(&self, who: &Who) -> String {
        match who {
            Who::New(n) => n.trim().to_string(),
            Who::Existing(id) => self
                .envelope
                .person(id)
                .map_or_else(String::new, |p| p.name.clone()),
        }
    }

    /// What to tell the visitor when `who` could not be used: the message, and for a duplicate name
    /// the person who already has it (id, name), to offer instead.
    pub fn name_problem(&self, who: &Who, e: &NameError) -> NameProblem {
        let typed = match who {
            Who::New(n) => n.as_str(),
            Who::Existing(_) => "",
        };
        let duplicate = match e {
            NameError::Duplicate(id) => self
                .envelope
                .person(id)
                .map(|p| (p.id.clone(), p.name.clone())),
            _ => None,
        };
        (e.message(typed), duplicate)
    }

    /// Files someone else's result, opened from a link, under a person (never in one's own
    /// history), with the mentor's rating if there is one. Returns (person id, check-in id).
    pub fn save_shared(
        &self,
        who: &Who,
        shared: &Shared,
        rating: Option<std::collections::BTreeMap<String, u8>>,
        today: &str,
    ) -> Result<(String, String), NameError> {
        let mut person = self.person_for(who)?;
        let (day, saved) = match shared.day {
            Some(d) => (crate::domain::day::format(d), false),
            None => (today.to_string(), true),
        };
        let mut c = CheckIn::new(shared.answers.clone(), &day, saved, now());
        c.mentor = rating.unwrap_or_default();
        let ids = (person.id.clone(), c.id.clone());
        person.add(c);
        self.0.dispatch(StoreAction::PutPerson(person));
        Ok(ids)
    }

    /// Keeps the mentor's rating of one check-in.
    pub fn rate_checkin(
        &self,
        person: &str,
        checkin: &str,
        rating: std::collections::BTreeMap<String, u8>,
    ) {
        let Some(mut p) = self.envelope.person(person).cloned() else {
            return;
        };
        if let Some(c) = p.checkins.iter_mut().find(|c| c.id == checkin) {
            c.mentor = rating;
            c.updated_at = now();
            self.0.dispatch(StoreAction::PutPerson(p));
        }
    }

    pub fn rename_person(&self, id: &str, name: &str) -> Result<(), NameError> {
        let name = check_name(name, &self.envelope.people, Some(id))?;
        if let Some(mut p) = self.envelope.person(id).cloned() {
            p.name = name;
            p.updated_at = now();
            self.0.dispatch(StoreAction::PutPerson(p));
        }
        Ok(())
    }

    pub fn set_person_notes(&self, id: &str, notes: String) {
        if let Some(mut p) = self.envelope.person(id).cloned() {
            if p.notes != notes {
                p.notes = notes;
                p.updated_at = now();
                self.0.dispatch(StoreAction::PutPerson(p));
            }
        }
    }

    /// Adds a person with no check-ins yet.
    pub fn add_person(&self, name: &str) -> Result<String, NameError> {
        let p = self.person_for(&Who::New(name.to_string()))?;
        let id = p.id.clone();
        self.0.dispatch(StoreAction::PutPerson(p));
        Ok(id)
    }

    /// Deletes a person and everything kept about them (undoable with `undo_delete_person`).
    pub fn delete_person(&self, id: String) {
        self.0.dispatch(StoreAction::DeletePerson(id));
    }

    pub fn undo_delete_person(&self) {
        self.0.dispatch(StoreAction::UndoDeletePerson);
    }

    /// Moves `from`'s check-ins and notes to `into`, then removes `from`.
    pub fn merge_people(&self, into: &str, from: &str) {
        if let (Some(a), Some(b)) = (self.envelope.person(into), self.envelope.person(from)) {
            if a.id != b.id {
                let into = merged_into(a, b, now());
                self.0.dispatch(StoreAction::MergePeople {
                    into,
                    from: from.to_string(),
                });
            }
        }
    }

    /// One of one's own history entries was someone else's: it moves to a person, nothing lost.
    pub fn move_attempt(&self, attempt: &str, who: &Who) -> Result<String, NameError> {
        let Some(a) = self
            .envelope
            .attempts
            .iter()
            .find(|a| a.id == attempt)
            .cloned()
        else {
            return Err(NameError::Empty);
        };
        let mut person = self.person_for(who)?;
        person.add(CheckIn::from_attempt(&a, now()));
        let id = person.id.clone();
        self.0.dispatch(StoreAction::MoveAttempt {
            attempt: attempt.to_string(),
            person,
        });
        Ok(id)
    }

    /// Starts the 30 / 60 / 90-day plan on `day` (check-offs are kept).
    /// Returns false, changing nothing, when `day` is not a real day on or before `today`.
    pub fn start_plan(&self, day: &str, today: &str) -> bool {
        let ok = crate::domain::tracker::can_start(day, today);
        if ok {
            let day = day.trim().to_string();
            self.0.dispatch(StoreAction::StartPlan { day, at: now() });
        }
        ok
    }

    /// Checks a plan step off, or not; the plan starts `today` if it had not started.
    pub fn check_step(&self, step: String, done: bool, today: &str) {
        self.0.dispatch(StoreAction::CheckStep {
            step,
            done,
            at: now(),
            today: today.to_string(),
        });
    }

    pub fn dismiss_notice(&self) {
        self.0.dispatch(StoreAction::DismissNotice);
    }
}

/// Why a name could not be used: the message, and the person a duplicate name belongs to.
pub type NameProblem = (String, Option<(String, String)>);

/// Whom a result is filed under.
#[derive(Clone, Debug, PartialEq)]
pub enum Who {
    Existing(String),
    New(String),
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
