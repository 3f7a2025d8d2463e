use yew::prelude::*;

use crate::components::delete_everything::DeleteEverything;
use crate::components::import_file::ImportFile;
use crate::components::page_skeleton::ready_store;
use crate::components::storage_room::StorageRoom;
use crate::content::ui::{data_page as text, history_page};
use crate::dates::now;
use crate::domain::kept::{Health, Kept};
use crate::download::download;
use crate::hooks::use_store::use_store;
use crate::storage::json::export_json;

/// The export's file name: it holds everything kept, not only the history.
const EXPORT_FILE: &str = "staffcheck-data.json";

/// `#/data`: what this browser keeps, in words and counts; how much room it takes and whether the
/// browser will keep it; whether saving works; export everything, import, delete everything.
#[component]
pub fn DataPage() -> Html {
    let store = use_store();
    // What became of the last export, import or deletion: (it worked, what to say).
    let message = use_state(|| Option::<(bool, String)>::None);
    // Copies of unreadable data set aside beside staffcheck's entry (read from storage once the
    // page runs; none at build time).
    let backups = use_state(|| 0usize);
    {
        let backups = backups.clone();
        use_effect_with((), move |_| {
            backups.set(crate::storage::backup_keys().len())
        });
    }
    let store = match ready_store(store, text::HEADING) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let kept = Kept {
        backups: *backups,
        ..Kept::of(&store.envelope)
    };
    let lines = kept.lines();
    let health = Health::of(store.writable, store.notice.as_ref());
    let read_only = store.read_only();

    let export = {
        let (store, message) = (store.clone(), message.clone());
        Callback::from(move |()| {
            let json = export_json(&store.envelope, now());
            match download(EXPORT_FILE, "application/json", &json) {
                Ok(()) => message.set(Some((true, text::EXPORTED.into()))),
                Err(e) => message.set(Some((false, e))),
            }
        })
    };
    let on_message = {
        let message = message.clone();
        Callback::from(move |m: (bool, String)| message.set(Some(m)))
    };
    let on_delete = {
        let (store, message, backups) = (store.clone(), message.clone(), backups.clone());
        Callback::from(move |()| {
            store.delete_everything();
            backups.set(0);
            message.set(Some((true, text::DELETED.into())));
        })
    };
    let export_click = {
        let export = export.clone();
        Callback::from(move |_: MouseEvent| export.emit(()))
    };

    html! {
        <div class="page data" data-testid="data-page">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>
            if let Some((ok, said)) = &*message {
                <p class={classes!("history-message", (!ok).then_some("error"))} role="status"
                   data-testid="data-message">{ said.clone() }</p>
            }
            <section class="card" aria-labelledby="data-kept-title">
                <h2 id="data-kept-title">{ text::KEPT_HEADING }</h2>
                if lines.is_empty() {
                    <p data-testid="data-nothing">{ text::NOTHING }</p>
                } else {
                    <ul class="kept-list" data-testid="data-kept">
                        { for lines.iter().map(|l| html! { <li data-testid="data-kept-item">{ l.clone() }</li> }) }
                    </ul>
                }
            </section>
            <section class={classes!("card", "data-status", health.kind())} aria-labelledby="data-status-title"
                     data-testid="data-status" data-kind={health.kind()}>
                <h2 id="data-status-title">{ text::STATUS_HEADING }</h2>
                <p>{ health.message() }</p>
            </section>
            <StorageRoom can_ask={health == Health::Working} />
            <section class="card" aria-labelledby="data-move-title">
                <h2 id="data-move-title">{ text::MOVE_HEADING }</h2>
                <p class="hint">{ if kept.exportable() { text::EXPORT_HOLDS } else { text::NOTHING_TO_EXPORT } }</p>
                <div class="tool-row">
                    <button type="button" class="button primary" data-testid="data-export" onclick={export_click}
                            disabled={!kept.exportable()}>{ text::EXPORT }</button>
                    <ImportFile label={text::IMPORT} testid="data-import" disabled={read_only}
                                unreadable={history_page::UNREADABLE} on_message={on_message} />
                </div>
                <p class="hint">{ text::IMPORT_HINT }</p>
            </section>
            if !read_only && !kept.is_empty() {
                <section class="card" aria-labelledby="data-clear-title">
                    <h2 id="data-clear-title">{ text::CLEAR_HEADING }</h2>
                    <p class="hint">{ text::CLEAR_HINT }</p>
                    <DeleteEverything lines={lines.clone()} on_export={export} on_delete={on_delete} />
                </section>
            }
        </div>
    }
}
