use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::clear_history::ClearHistory;
use crate::content::{ui::history_page as text, CONTENT};
use crate::dates::now;
use crate::domain::history::markdown_summary;
use crate::download::download;
use crate::file_read::read_text;
use crate::hooks::use_store::StoreHandle;
use crate::print::print_page;
use crate::storage::json::{export_json, parse_import};

pub struct HistoryToolsProps<'a> {
    /// The store the tools export, import and clear.
    pub store: &'a StoreHandle,
    /// How many attempts the history holds.
    pub count: usize,
    pub read_only: bool,
    /// What became of an export or import: (it worked, what to say).
    pub on_message: Callback<(bool, String)>,
}

/// The history's tools: export, import, Markdown, print, and deleting everything.
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
    let on_import = {
        let (store, on_message) = (store.clone(), props.on_message.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (store, on_message) = (store.clone(), on_message.clone());
            read_text(file, move |text| {
                let Some(text) = text else {
                    on_message.emit((false, text::UNREADABLE.into()));
                    return;
                };
                match parse_import(&text) {
                    Ok(imported) => {
                        let added = store.import(imported);
                        on_message.emit((true, import_message(added)));
                    }
                    Err(err) => on_message.emit((false, err.message())),
                }
            });
        })
    };
    let on_clear = {
        let store = store.clone();
        Callback::from(move |()| store.clear_all())
    };
    let nothing_to_export =
        empty && store.envelope.evidence.is_empty() && store.envelope.plan.is_none();

    html! {
        <section class="history-tools" aria-labelledby="tools-title">
            <h2 id="tools-title">{ text::TOOLS_HEADING }</h2>
            <div class="tool-row">
                <button type="button" class="button" data-testid="export" onclick={export}
                        disabled={nothing_to_export}>{ text::EXPORT }</button>
                <label class="button file-button">
                    { text::IMPORT }
                    <input type="file" accept="application/json,.json" data-testid="import"
                           class="visually-hidden" onchange={on_import} disabled={props.read_only} />
                </label>
                <button type="button" class="button" data-testid="markdown" onclick={markdown}
                        disabled={empty}>{ text::MARKDOWN }</button>
                <button type="button" class="button" onclick={print} disabled={empty}>
                    { text::PRINT }
                </button>
            </div>
            if !empty && !props.read_only {
                <ClearHistory count={props.count} on_clear={on_clear} />
            }
        </section>
    }
}

/// What an import added, in words.
fn import_message(added: crate::domain::history::Added) -> String {
    use crate::content::{fill, ui::history_import as text};
    let count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            one.to_string()
        } else {
            fill(many, &[("n", &n.to_string())])
        }
    };
    let attempts = count(added.attempts, text::ONE_ATTEMPT, text::ATTEMPTS);
    let evidence = count(added.evidence, text::ONE_ENTRY, text::ENTRIES);
    match (added.attempts, added.evidence) {
        (0, 0) => text::NOTHING_NEW.to_string(),
        (_, 0) => fill(text::IMPORTED, &[("what", &attempts)]),
        (0, _) => fill(text::IMPORTED, &[("what", &evidence)]),
        _ => fill(
            text::IMPORTED,
            &[(
                "what",
                &fill(text::BOTH, &[("a", &attempts), ("b", &evidence)]),
            )],
        ),
    }
}
