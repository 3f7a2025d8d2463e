use yew::prelude::*;

use crate::components::clear_history::ClearHistory;
use crate::components::import_file::ImportFile;
use crate::content::{ui::history_page as text, CONTENT};
use crate::dates::now;
use crate::domain::history::markdown_summary;
use crate::domain::kept::Kept;
use crate::download::download;
use crate::hooks::use_store::StoreHandle;
use crate::print::print_page;
use crate::route::Route;
use crate::storage::json::export_json;

pub struct HistoryToolsProps<'a> {
    /// The store the tools export, import and clear.
    pub store: &'a StoreHandle,
    /// How many attempts the history holds.
    pub count: usize,
    pub read_only: bool,
    /// What became of an export or import: (it worked, what to say).
    pub on_message: Callback<(bool, String)>,
}

/// The history's tools: export (everything kept), import, Markdown, print, deleting every attempt,
/// and a link to the data screen.
pub fn history_tools(props: &HistoryToolsProps<'_>) -> Html {
    let store = props.store;
    let empty = props.count == 0;
    let export = {
        let (store, on_message) = (store.clone(), props.on_message.clone());
        Callback::from(move |_: MouseEvent| {
            let text = export_json(&store.envelope, now());
            match download("staffcheck-history.json", "application/json", &text) {
                Ok(()) => on_message.emit((true, text::EXPORTED.into())),
                Err(e) => on_message.emit((false, e)),
            }
        })
    };
    let markdown = {
        let (store, on_message) = (store.clone(), props.on_message.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(latest) = store.latest() {
                let text = markdown_summary(&CONTENT, latest, false);
                if let Err(e) = download("staffcheck-summary.md", "text/markdown", &text) {
                    on_message.emit((false, e));
                }
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| print_page());
    let on_clear = {
        let store = store.clone();
        Callback::from(move |()| store.clear_all())
    };
    // The export holds everything kept (people too), not only the history.
    let nothing_to_export = !Kept::of(&store.envelope).exportable();

    html! {
        <section class="history-tools" aria-labelledby="tools-title">
            <h2 id="tools-title">{ text::TOOLS_HEADING }</h2>
            <div class="tool-row">
                <button type="button" class="button" data-testid="export" onclick={export}
                        disabled={nothing_to_export}>{ text::EXPORT }</button>
                <ImportFile label={text::IMPORT} testid="import" disabled={props.read_only}
                            unreadable={text::UNREADABLE} on_message={props.on_message.clone()} />
                <button type="button" class="button" data-testid="markdown" onclick={markdown}
                        disabled={empty}>{ text::MARKDOWN }</button>
                <button type="button" class="button" onclick={print} disabled={empty}>
                    { text::PRINT }
                </button>
            </div>
            if !empty && !props.read_only {
                <ClearHistory count={props.count} on_clear={on_clear} />
            }
            <p><a href={Route::Data.href()} data-testid="data-link">{ crate::content::ui::data_page::HISTORY_LINK }</a></p>
        </section>
    }
}
