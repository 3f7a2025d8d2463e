use yew::prelude::*;

use crate::components::markdown_tools::MarkdownTools;
use crate::components::markdown_view::{markdown_view, MarkdownViewProps};
use crate::components::page_skeleton::ready_store;
use crate::content::{fill, ui::person as text, CONTENT};
use crate::domain::people::agenda_markdown;
use crate::env::use_env;
use crate::hooks::use_store::use_store;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AgendaPageProps {
    pub id: AttrValue,
}

/// `#/people/<id>/agenda`: the 1:1 agenda for a person, to print or download as Markdown. The
/// screen shows the same text the download holds.
#[component]
pub fn AgendaPage(props: &AgendaPageProps) -> Html {
    let store = use_store();
    let env = use_env();
    let store = match ready_store(store, text::AGENDA_SKELETON) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let Some(person) = store.envelope.person(&props.id) else {
        return crate::components::person_missing::person_missing();
    };
    let md = agenda_markdown(&CONTENT, person, &env.today);
    let slug: String = person
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let file = format!("staffcheck-1-1-{slug}-{}.md", env.today);
    html! {
        <div class="page agenda" data-testid="agenda-page">
            <p class="no-print">
                <a href={Route::Person { id: person.id.clone() }.href()}>{ fill(text::BACK_TO, &[("name", &person.name)]) }</a>
            </p>
            <MarkdownTools file={file} markdown={md.clone()} testid="agenda" />
            { markdown_view(&MarkdownViewProps { text: &md }) }
        </div>
    }
}
