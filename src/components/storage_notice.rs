use yew::prelude::*;

use crate::download::download;
use crate::hooks::use_store::use_store;
use crate::storage::json::to_json;
use crate::storage::Notice;

/// Tells the visitor when their results cannot be kept, and offers to download them.
#[component]
pub fn StorageNotice() -> Html {
    let Some(store) = use_store() else {
        return Html::default();
    };
    let Some(notice) = store.notice.clone() else {
        return Html::default();
    };
    let export = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download(
                "staffcheck-results.json",
                "application/json",
                &to_json(&store.envelope),
            );
        })
    };
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dismiss_notice())
    };
    let (kind, title, body, extra): (&str, &str, String, Html) = match &notice {
        Notice::Unavailable => (
            "unavailable",
            "Results will not be kept",
            "This browser is not letting staffcheck store anything here (an embedded frame, a \
             private window or a privacy setting can do that). Everything still works, but what \
             you enter is gone when you leave this page. Download your results to keep them."
                .into(),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ "Download my results" }</button> },
        ),
        Notice::Corrupt { backup_key, raw, error } => {
            let raw = raw.clone();
            let save_raw = Callback::from(move |_: MouseEvent| {
                let _ = download("staffcheck-unreadable-data.txt", "text/plain", &raw);
            });
            let body = match backup_key {
                Some(key) => format!(
                    "The results saved in this browser could not be read ({error}). Nothing was \
                     deleted: the old text is kept under the key “{key}”, and staffcheck has \
                     started a fresh history."
                ),
                None => format!(
                    "The results saved in this browser could not be read ({error}). They were left \
                     untouched, and nothing you do now will be saved over them."
                ),
            };
            (
                "corrupt",
                "Saved results could not be read",
                body,
                html! { <button type="button" class="button" data-testid="notice-download-raw" onclick={save_raw}>{ "Download the unreadable data" }</button> },
            )
        }
        Notice::Newer { schema } => (
            "newer",
            "Saved by a newer version",
            format!(
                "Your results here were saved by a newer version of staffcheck (format {schema}). \
                 They are shown read-only and will not be changed; new answers last only for this visit."
            ),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ "Download my results" }</button> },
        ),
        Notice::QuotaExceeded => (
            "quota",
            "Storage is full",
            "Your browser's storage for this site is full, so the latest change was not saved. \
             Everything saved before is intact. Download your results to keep the new ones."
                .into(),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ "Download my results" }</button> },
        ),
        Notice::SaveFailed(reason) => (
            "save-failed",
            "Could not save",
            format!("The browser refused to save ({reason}). Everything saved before is intact."),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ "Download my results" }</button> },
        ),
    };
    html! {
        <section class={classes!("storage-notice", kind.to_string())} data-testid="storage-notice"
                 data-kind={kind.to_string()} role="status" aria-labelledby="storage-notice-title">
            <h2 id="storage-notice-title">{ title }</h2>
            <p>{ body }</p>
            <div class="notice-actions">
                { extra }
                <button type="button" class="link-button" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        </section>
    }
}
