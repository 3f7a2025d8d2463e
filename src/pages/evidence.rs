use yew::prelude::*;

use crate::components::case_nav::{case_nav, CaseNavProps};
use crate::components::evidence_form::{input_id, EvidenceForm, TITLE_ID};
use crate::components::evidence_item::{evidence_item, EvidenceItemProps};
use crate::components::page_skeleton::ready_store;
use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{fill, ui::evidence_page as text, CONTENT};
use crate::domain::evidence::{newest_first, unbacked, Draft, FieldError, STRONG_MAX};
use crate::domain::packet::latest_yes;
use crate::env::use_env;
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/evidence`: the evidence log — add, edit, delete (with undo), choose the strongest projects.
#[component]
pub fn EvidencePage() -> Html {
    let store = use_store();
    let env = use_env();
    // The entry being edited (`None`: the form adds a new one), and a counter that gives the form a
    // fresh start after each save.
    // An entry being written when the page was left (or reloaded) comes back as it was.
    let editing = use_state(|| {
        store
            .as_ref()
            .and_then(|s| s.envelope.evidence_draft.as_ref())
            .and_then(|d| d.editing.clone())
    });
    let generation = use_state(|| 0u32);
    let errors = use_state(Vec::<FieldError>::new);
    let status = use_state(|| Option::<String>::None);

    let store = match ready_store(store, text::HEADING) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let today = env.today.clone();
    let log = newest_first(&store.envelope.evidence);
    let strong_count = log.iter().filter(|e| e.strong).count();
    let editing_entry = (*editing)
        .as_ref()
        .and_then(|id| store.envelope.evidence.iter().find(|e| &e.id == id));
    let kept = store
        .envelope
        .evidence_draft
        .as_ref()
        .filter(|d| d.editing == *editing)
        .map(|d| d.draft.clone());
    // The form starts from what is being written (kept in the store), else the entry to edit, else
    // a blank entry dated today.
    let initial = match (kept, editing_entry) {
        (Some(d), _) => d,
        (None, Some(e)) => Draft::of(e),
        (None, None) => Draft::new(&today),
    };
    let on_change = {
        let (store, editing) = (store.clone(), editing.clone());
        Callback::from(move |d: Draft| store.keep_evidence_draft((*editing).clone(), d))
    };
    let yes = latest_yes(&CONTENT, &store.envelope);
    let next = unbacked(&yes, &store.envelope.evidence);

    let on_submit = {
        let (store, editing, generation, errors, status, today) = (
            store.clone(),
            editing.clone(),
            generation.clone(),
            errors.clone(),
            status.clone(),
            today.clone(),
        );
        Callback::from(move |draft: Draft| {
            match store.save_evidence(&draft, editing.as_deref(), &today) {
                Ok(entry) => {
                    let message = if editing.is_some() {
                        text::SAVED_EDIT
                    } else {
                        text::SAVED_NEW
                    };
                    status.set(Some(fill(message, &[("title", &entry.title)])));
                    errors.set(Vec::new());
                    editing.set(None);
                    generation.set(*generation + 1);
                    // The form starts afresh: focus goes to its heading, so the next Tab reaches
                    // its first field rather than the top of the page.
                    crate::focus::focus_later(TITLE_ID);
                }
                Err(problems) => {
                    // The problems are in the form's order: focus goes to the first one named.
                    if let Some(first) = problems.first() {
                        crate::focus::focus_later(input_id(first.field));
                    }
                    errors.set(problems);
                }
            }
        })
    };
    let on_cancel = {
        let (store, editing, generation, errors) = (
            store.clone(),
            editing.clone(),
            generation.clone(),
            errors.clone(),
        );
        Callback::from(move |()| {
            store.drop_evidence_draft();
            editing.set(None);
            errors.set(Vec::new());
            generation.set(*generation + 1);
        })
    };
    let on_edit = {
        let (editing, generation, errors) = (editing.clone(), generation.clone(), errors.clone());
        Callback::from(move |id: String| {
            editing.set(Some(id));
            errors.set(Vec::new());
            generation.set(*generation + 1);
            focus_form();
        })
    };
    let on_delete = {
        let (store, status, editing) = (store.clone(), status.clone(), editing.clone());
        Callback::from(move |id: String| {
            if editing.as_deref() == Some(id.as_str()) {
                editing.set(None);
            }
            store.delete_evidence(id);
            status.set(None);
        })
    };
    let on_strong = {
        let store = store.clone();
        Callback::from(move |(id, on): (String, bool)| store.mark_strong(id, on))
    };
    let undo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.undo_delete_evidence())
    };
    let log_for = |statement: &'static str| {
        let (store, editing, generation, today) = (
            store.clone(),
            editing.clone(),
            generation.clone(),
            today.clone(),
        );
        let dimension = CONTENT.readiness_statement(statement).map(|r| r.dimension);
        Callback::from(move |_: MouseEvent| {
            let mut d = Draft::new(&today);
            d.statements = vec![statement.to_string()];
            d.dimensions = dimension.into_iter().map(str::to_string).collect();
            store.keep_evidence_draft(None, d);
            editing.set(None);
            generation.set(*generation + 1);
            focus_form();
        })
    };

    html! {
        <div class="page case evidence" data-testid="evidence-page">
            <h1>{ text::HEADING }</h1>
            { case_nav(&CaseNavProps { current: Route::Evidence }) }
            <p class="lede">{ text::LEDE }</p>
            <h2>{ text::COLLECT_HEADING }</h2>
            <ul class="notes" data-testid="evidence-collect">
                { for CONTENT.evidence_collect().iter().map(|n| html! { <li key={n.id}>{ n.text }</li> }) }
            </ul>
            { sources_note(&SourcesNoteProps { ids: &["s3", "s1"] }) }
            if !store.writable {
                <p class="hint" data-testid="evidence-memory-only">{ text::MEMORY_ONLY }</p>
            }
            if !next.is_empty() {
                <section class="card next-to-write" data-testid="unbacked" aria-labelledby="unbacked-title">
                    <h2 id="unbacked-title">{ text::NEXT_HEADING }</h2>
                    <p>{ text::NEXT_INTRO }</p>
                    <ul>
                        { for next.iter().filter_map(|id| CONTENT.readiness_statement(id)).map(|r| html! {
                            <li key={r.id} data-statement={r.id}>
                                { r.text }{ " " }
                                <button type="button" class="link-button" data-testid="log-for" onclick={log_for(r.id)}>
                                    { text::LOG_FOR }<span class="visually-hidden">{ format!(": {}", r.text) }</span>
                                </button>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <EvidenceForm key={format!("form-{}", *generation)} initial={initial}
                          editing={editing_entry.is_some()} errors={(*errors).clone()}
                          on_submit={on_submit} on_change={Some(on_change)}
                          on_cancel={(editing_entry.is_some() || store.envelope.evidence_draft.is_some()).then_some(on_cancel)} />
            <div role="status" class="case-status" data-testid="evidence-status">
                if let Some(gone) = &store.last_deleted_evidence {
                    { fill(text::DELETED, &[("title", &gone.title)]) }{ " " }
                    <button type="button" class="link-button" data-testid="evidence-undo" onclick={undo}>{ text::UNDO }</button>
                } else if let Some(s) = &*status {
                    { s.clone() }
                }
            </div>
            <section aria-labelledby="log-title">
                <h2 id="log-title">{ fill(text::LOG_HEADING, &[("n", &log.len().to_string())]) }</h2>
                if log.is_empty() {
                    <p data-testid="evidence-empty">{ text::EMPTY }</p>
                } else {
                    <p class="hint">{ fill(text::STRONG_HINT, &[("max", &STRONG_MAX.to_string()), ("n", &strong_count.to_string())]) }</p>
                    <ul class="evidence-list" data-testid="evidence-list">
                        { for log.iter().map(|e| html! {
                            <key={e.id.clone()}>
                                { evidence_item(&EvidenceItemProps {
                                    entry: e,
                                    strong_full: strong_count >= STRONG_MAX,
                                    read_only: store.read_only(),
                                    on_edit: on_edit.clone(),
                                    on_delete: on_delete.clone(),
                                    on_strong: on_strong.clone(),
                                }) }
                            </>
                        }) }
                    </ul>
                }
            </section>
        </div>
    }
}

/// Moves focus to the form's first field (after "Edit" or "Log evidence for this").
fn focus_form() {
    crate::focus::focus_later(input_id(crate::domain::evidence::Field::Date));
}
