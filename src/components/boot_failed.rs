use yew::prelude::*;

use crate::content::ui::boot_failed as text;

use crate::env::use_env;

/// What the prerendered page says when the app itself cannot start (no WebAssembly, a blocked
/// download, a strict policy, a sandboxed frame): the text on the page still works, and the widget
/// can be opened in a tab of its own. Rendered at build time into a `<template>`; `boot/pick.js`
/// shows it and points the link at the current route.
#[component]
pub fn BootFailed() -> Html {
    let env = use_env();
    html! {
        <div class="card boot-failed" role="alert" data-testid="boot-failed">
            <h2>{ text::HEADING }</h2>
            <p>{ text::TEXT }</p>
            <p>
                <a href={env.page.clone()} target="_blank" rel="noopener" data-testid="boot-failed-open">
                    { text::OPEN }
                    <span class="visually-hidden">{ " " }{ text::NEW_TAB }</span>
                </a>
            </p>
        </div>
    }
}
