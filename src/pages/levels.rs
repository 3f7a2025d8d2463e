use yew::prelude::*;

use crate::components::sources_note::SourcesNote;
use crate::content::CONTENT;

/// `#/levels`: what companies call the levels, and the ladder beyond Staff.
#[component]
pub fn Levels() -> Html {
    html! {
        <div class="page levels" data-testid="levels">
            <h1>{ "Titles and the ladder" }</h1>
            <p class="lede">{ "Companies name the levels differently; the shape of the jump is the same." }</p>
            <table class="company-table" data-testid="company-table">
                <caption>{ "Level names at large companies" }</caption>
                <thead>
                    <tr><th scope="col">{ "Company" }</th><th scope="col">{ "Senior" }</th><th scope="col">{ "Staff" }</th></tr>
                </thead>
                <tbody>
                    { for CONTENT.companies.iter().map(|c| html! {
                        <tr><th scope="row">{ c.name }</th><td>{ c.senior }</td><td>{ c.staff }</td></tr>
                    }) }
                </tbody>
            </table>
            <h2>{ "Beyond Staff" }</h2>
            <ol class="ladder" data-testid="ladder">
                { for CONTENT.ladder.iter().map(|s| html! {
                    <li key={s.id}><strong>{ s.name }</strong>{ ": " }{ s.owns }</li>
                }) }
            </ol>
            <SourcesNote ids={CONTENT.ladder.first().map_or(&[][..], |s| s.sources)} />
        </div>
    }
}
