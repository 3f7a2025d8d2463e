use yew::prelude::*;

use crate::content::{fill, ui::storage_notice as text};
use crate::download::download;
use crate::hooks::use_store::use_store;
use crate::route::Route;
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
            text::UNAVAILABLE_TITLE,
            text::UNAVAILABLE.into(),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ text::DOWNLOAD }</button> },
        ),
        Notice::Corrupt {
            backup_key,
            raw,
            error,
        } => {
            let raw = raw.clone();
            let save_raw = Callback::from(move |_: MouseEvent| {
                let _ = download("staffcheck-unreadable-data.txt", "text/plain", &raw);
            });
            let body = match backup_key {
                Some(key) => fill(text::CORRUPT_BACKED_UP, &[("key", key), ("error", error)]),
                None => fill(text::CORRUPT_LEFT, &[("error", error)]),
            };
            (
                "corrupt",
                text::CORRUPT_TITLE,
                body,
                html! { <button type="button" class="button" data-testid="notice-download-raw" onclick={save_raw}>{ text::DOWNLOAD_RAW }</button> },
            )
        }
        Notice::Newer { schema } => (
            "newer",
            text::NEWER_TITLE,
            fill(text::NEWER, &[("schema", &schema.to_string())]),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ text::DOWNLOAD }</button> },
        ),
        Notice::QuotaExceeded => (
            "quota",
            text::QUOTA_TITLE,
            text::QUOTA.into(),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ text::DOWNLOAD }</button> },
        ),
        Notice::SaveFailed(reason) => (
            "save-failed",
            text::SAVE_FAILED_TITLE,
            fill(text::SAVE_FAILED, &[("reason", reason)]),
            html! { <button type="button" class="button" data-testid="notice-export" onclick={export}>{ text::DOWNLOAD }</button> },
        ),
    };
    html! {
        <section class={classes!("storage-notice", kind.to_string())} data-testid="storage-notice"
                 data-kind={kind.to_string()} role="status" aria-labelledby="storage-notice-title">
            <h2 id="storage-notice-title">{ title }</h2>
            <p>{ body }</p>
            <div class="notice-actions">
                { extra }
                <a href={Route::Data.href()} data-testid="notice-data-link">{ text::DATA_LINK }</a>
                <button type="button" class="link-button" onclick={dismiss}>{ text::DISMISS }</button>
            </div>
        </section>
    }
}
