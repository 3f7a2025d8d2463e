//! `#/embed?view=check`: "Embed this". Generates the loader snippet and the plain iframe snippet for
//! a screen, theme and accent, with copy buttons that announce the result.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clipboard;
use crate::content::{fill, ui::embed_this as text, CONTENT};
use crate::domain::case::fold;
use crate::domain::embed::{is_valid_view, query_pairs, Rgb, Snippet, Theme};
use crate::env::use_env;

/// The screens offered, besides one entry per dimension; the first is recommended (the default):
/// the quick check, what a blog reader is most likely to finish.
const VIEWS: [(&str, &str); 8] = [
    ("check", text::VIEW_CHECK),
    ("quiz", text::VIEW_QUIZ),
    ("", text::VIEW_HOME),
    ("explore", text::VIEW_EXPLORE),
    ("week", text::VIEW_WEEK),
    ("levels", text::VIEW_LEVELS),
    ("results", text::VIEW_RESULTS),
    ("history", text::VIEW_HISTORY),
];

fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => text::THEME_AUTO,
        Theme::Light => text::THEME_LIGHT,
        Theme::Dark => text::THEME_DARK,
    }
}

#[component]
pub fn EmbedThis() -> Html {
    let location = use_location();
    let env = use_env();
    let opts = env.options.clone();
    let initial_view = location
        .as_ref()
        .and_then(|l| {
            query_pairs(l.query_str())
                .into_iter()
                .find(|(k, _)| k == "view")
                .map(|(_, v)| v.trim_matches('/').to_string())
        })
        .filter(|v| is_valid_view(v))
        .unwrap_or_else(|| VIEWS[0].0.to_string());

    let view = use_state(|| initial_view);
    let theme = use_state(|| opts.theme);
    let accent_text = use_state(|| opts.accent.map(|a| a.hex()).unwrap_or_default());
    let events = use_state(|| false);
    let status = use_state(String::new);
    let loader_ref = use_node_ref();
    let iframe_ref = use_node_ref();

    let accent = Rgb::parse_hex(&accent_text);
    let accent_invalid = !accent_text.trim().is_empty() && accent.is_none();
    let snippet = Snippet {
        base: env.base.clone(),
        view: (*view).clone(),
        theme: *theme,
        accent,
        events: *events,
    };

    let on_view = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            view.set(select.value());
        })
    };
    let on_accent = {
        let accent_text = accent_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            accent_text.set(input.value());
        })
    };
    let on_events = {
        let events = events.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            events.set(input.checked());
        })
    };
    let copy_loader = copy_callback(loader_ref.clone(), text::LOADER_LABEL, status.clone());
    let copy_iframe = copy_callback(iframe_ref.clone(), text::IFRAME_LABEL, status.clone());

    let known = view.is_empty()
        || VIEWS.iter().any(|(v, _)| v == &view.as_str())
        || CONTENT
            .dimensions
            .iter()
            .any(|d| format!("explore/{}", d.id) == *view);
    let option = |value: String, label: String| {
        let selected = *view == value;
        html! { <option value={value} selected={selected}>{ label }</option> }
    };

    html! {
        <div class="page embed-page" data-testid="embed-this">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>

            <form class="embed-options" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="embed-view">{ text::VIEW_LABEL }</label>
                    <select id="embed-view" data-testid="embed-view" onchange={on_view}>
                        { for VIEWS.iter().map(|(v, l)| option(v.to_string(), l.to_string())) }
                        if !known {
                            { option((*view).clone(), fill(text::VIEW_OTHER, &[("view", &view)])) }
                        }
                        <optgroup label={text::VIEW_DIMENSIONS}>
                            { for CONTENT.dimensions.iter().map(|d| option(format!("explore/{}", d.id), d.name.to_string())) }
                        </optgroup>
                    </select>
                </div>

                <fieldset class="field">
                    <legend>{ text::THEME_LEGEND }</legend>
                    { for Theme::ALL.iter().map(|t| {
                        let t = *t;
                        let onchange = {
                            let theme = theme.clone();
                            Callback::from(move |_: Event| theme.set(t))
                        };
                        let id = format!("embed-theme-{}", t.as_str());
                        html! {
                            <div class="radio">
                                <input type="radio" name="embed-theme" id={id.clone()} value={t.as_str()}
                                       checked={*theme == t} onchange={onchange} />
                                <label for={id}>{ theme_label(t) }</label>
                            </div>
                        }
                    }) }
                </fieldset>

                <div class="field">
                    <label for="embed-accent">{ text::ACCENT_LABEL }</label>
                    <input id="embed-accent" type="text" data-testid="embed-accent" inputmode="text"
                           autocomplete="off" spellcheck="false" placeholder="#0b5cad"
                           value={(*accent_text).clone()} oninput={on_accent}
                           aria-invalid={accent_invalid.then_some("true")}
                           aria-describedby="embed-accent-hint" />
                    <p id="embed-accent-hint" class={classes!("hint", accent_invalid.then_some("error"))}
                       data-testid="embed-accent-hint">
                        { if accent_invalid { text::ACCENT_INVALID } else { text::ACCENT_HINT } }
                    </p>
                </div>

                <div class="field checkbox">
                    <input id="embed-events" type="checkbox" data-testid="embed-events"
                           checked={*events} onchange={on_events} />
                    <label for="embed-events">
                        { text::EVENTS_BEFORE }{ " " }
                        <code>{ "staffcheck:completed" }</code>
                        { " " }{ fill(text::EVENTS_AFTER, &[("count", &CONTENT.readiness.len().to_string())]) }
                    </label>
                </div>
            </form>

            { view_snippet(SnippetView {
                id: "loader",
                title: text::LOADER_TITLE,
                about: text::LOADER_ABOUT,
                label: text::LOADER_LABEL,
                text: snippet.loader(),
                rows: 6,
                node: loader_ref,
                on_copy: copy_loader,
                primary: true,
            }) }
            { view_snippet(SnippetView {
                id: "iframe",
                title: text::IFRAME_TITLE,
                about: text::IFRAME_ABOUT,
                label: text::IFRAME_LABEL,
                text: snippet.iframe(),
                rows: 4,
                node: iframe_ref,
                on_copy: copy_iframe,
                primary: false,
            }) }

            <p class="copy-status" role="status" aria-live="polite" data-testid="copy-status">{ (*status).clone() }</p>

            <p>
                <a href={snippet.embed_url(None)} target="_blank" rel="noopener" data-testid="embed-preview">
                    { text::PREVIEW }
                    <span class="visually-hidden">{ " " }{ text::NEW_TAB }</span>
                    <span aria-hidden="true">{ " ↗" }</span>
                </a>
            </p>
            <p class="hint">{ text::STORAGE_HINT }</p>
        </div>
    }
}

/// One snippet: what it is for, the text to select, and its copy button.
struct SnippetView {
    id: &'static str,
    title: &'static str,
    about: &'static str,
    label: &'static str,
    text: String,
    rows: u8,
    node: NodeRef,
    on_copy: Callback<MouseEvent>,
    primary: bool,
}

fn view_snippet(v: SnippetView) -> Html {
    let title_id = format!("{}-title", v.id);
    let area_id = format!("snippet-{}", v.id);
    html! {
        <section class="snippet" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ v.title }</h2>
            <p>{ v.about }</p>
            <label class="visually-hidden" for={area_id.clone()}>{ v.label }</label>
            <textarea id={area_id.clone()} data-testid={area_id} ref={v.node}
                      readonly=true rows={v.rows.to_string()} spellcheck="false" value={v.text} />
            <button type="button" class={classes!("button", v.primary.then_some("primary"))}
                    data-testid={format!("copy-{}", v.id)} onclick={v.on_copy}>
                { fill(text::COPY, &[("what", &fold(v.label))]) }
            </button>
        </section>
    }
}

/// Copies the textarea's text (`clipboard`): the async clipboard first, then the selected text
/// with the older `execCommand("copy")`; when both fail the text stays selected and the status
/// says copying failed. The outcome goes to the live region, reworded when it repeats so it is announced.
fn copy_callback(
    area: NodeRef,
    what: &'static str,
    status: UseStateHandle<String>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let Some(area) = area.cast::<HtmlTextAreaElement>() else {
            return;
        };
        let text = area.value();
        let announce = {
            let status = status.clone();
            move |ok: bool| {
                let mut message = if ok {
                    fill(text::COPIED, &[("what", what)])
                } else {
                    fill(text::COPY_FAILED, &[("what", &fold(what))])
                };
                if *status == message {
                    message = fill(text::AGAIN, &[("message", &message)]);
                }
                status.set(message);
            }
        };
        wasm_bindgen_futures::spawn_local(async move {
            let copied = clipboard::copy(&text).await || {
                area.select();
                clipboard::copy_selection()
            };
            announce(copied);
        });
    })
}
