use yew::prelude::*;

use crate::components::markdown_view::MarkdownView;
use crate::components::page_skeleton::page_skeleton;
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
    let message = use_state(|| Option::<String>::None);
    let Some(store) = store else {
        return Html::default();
    };
    if !store.ready {
        return page_skeleton(text::AGENDA_SKELETON);
    }
    let Some(person) = store
        .envelope
        .people
        .iter()
        .find(|p| p.id == props.id.as_str())
    else {
        return crate::pages::person::missing();
    };
    let md = agenda_markdown(&CONTENT, person, &env.today);
    let download = {
        let (md, message, today, name) = (
            md.clone(),
            message.clone(),
            env.today.clone(),
            person.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let slug: String = name
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect();
            let file = format!("staffcheck-1-1-{slug}-{today}.md");
            message.set(crate::download::download(&file, "text/markdown", &md).err());
        })
    };
    let print = Callback::from(|_: MouseEvent| crate::print::print_page());
    html! {
        <div class="page agenda" data-testid="agenda-page">
            <p class="no-print">
                <a href={Route::Person { id: person.id.clone() }.href()}>{ fill(text::BACK_TO, &[("name", &person.name)]) }</a>
            </p>
            <div class="tool-row no-print">
                <button type="button" class="button primary" data-testid="agenda-download" onclick={download}>{ text::DOWNLOAD }</button>
                <button type="button" class="button" data-testid="agenda-print" onclick={print}>{ text::PRINT }</button>
            </div>
            if let Some(m) = &*message {
                <p role="alert" class="hint error">{ m.clone() }</p>
            }
            <MarkdownView text={AttrValue::from(md)} />
        </div>
    }
}
