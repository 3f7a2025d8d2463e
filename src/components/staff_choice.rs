use yew::prelude::*;

use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{ui::staff_choice as text, Note, CONTENT};
use crate::domain::scoring::MotivationFit;

pub struct StaffChoiceProps {
    /// How the visitor's motivation answers came out, if they gave any: when they lean towards
    /// Senior, the reasons to stay come first.
    pub fit: Option<MotivationFit>,
}

/// Whether to want Staff at all: the sources' thesis (Staff is a different job, not a rank; not for
/// the title or the pay; staying or stepping back to Senior is fine) and their reasons to go for
/// Staff or to stay Senior. All of it is sourced content (`levels.toml`).
pub fn staff_choice(props: &StaffChoiceProps) -> Html {
    let stay_first = props.fit == Some(MotivationFit::Cautious);
    let pursue = view_reasons(
        text::PURSUE_HEADING,
        "pursue-reasons",
        CONTENT.pursue_reasons(),
    );
    let stay = view_reasons(text::STAY_HEADING, "stay-reasons", CONTENT.stay_reasons());
    let mut sources: Vec<&'static str> = CONTENT
        .choice_notes()
        .iter()
        .chain(CONTENT.pursue_reasons())
        .chain(CONTENT.stay_reasons())
        .flat_map(|n| n.sources.iter().copied())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    html! {
        <div class="staff-choice" data-testid="staff-choice">
            <h3>{ text::HEADING }</h3>
            <p>{ text::INTRO }</p>
            <ul class="choice-notes" data-testid="choice-notes">
                { for CONTENT.choice_notes().iter().map(|n| html! {
                    <li key={n.id} data-note={n.id}>{ n.text }</li>
                }) }
            </ul>
            if stay_first {
                <p class="stay-first">{ text::STAY_FIRST }</p>
            }
            <div class="reason-columns">
                if stay_first {
                    { stay }{ pursue }
                } else {
                    { pursue }{ stay }
                }
            </div>
            { sources_note(&SourcesNoteProps { ids: &sources }) }
        </div>
    }
}

fn view_reasons(heading: &'static str, testid: &'static str, notes: &'static [Note]) -> Html {
    html! {
        <section class={classes!("reasons", testid)} data-testid={testid}>
            <h4>{ heading }</h4>
            <ul>
                { for notes.iter().map(|n| html! { <li key={n.id} data-note={n.id}>{ n.text }</li> }) }
            </ul>
        </section>
    }
}
