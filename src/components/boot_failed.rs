use yew::prelude::*;

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
            <h2>{ "The interactive part of staffcheck could not start here" }</h2>
            <p>
                { "Your browser did not run the widget's program: it may be blocked here, or the " }
                { "connection dropped. The text on this page is complete and its links work; the " }
                { "filter, the self-check and your history need the program." }
            </p>
            <p>
                <a href={env.page.clone()} target="_blank" rel="noopener" data-testid="boot-failed-open">
                    { "Open staffcheck in a new tab" }
                    <span class="visually-hidden">{ " (opens in a new tab)" }</span>
                </a>
            </p>
        </div>
    }
}
