use yew::prelude::*;

use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{fill, ui::levels as text, ui::staff_choice, Note, CONTENT};

/// `#/levels`: what companies call the levels, and the ladder beyond Staff.
#[component]
pub fn Levels() -> Html {
    html! {
        <div class="page levels" data-testid="levels">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>
            <table class="company-table" data-testid="company-table">
                <caption>{ text::COMPANY_CAPTION }</caption>
                <thead>
                    <tr><th scope="col">{ text::COMPANY }</th><th scope="col">{ text::SENIOR }</th><th scope="col">{ text::STAFF }</th></tr>
                </thead>
                <tbody>
                    { for CONTENT.companies.iter().map(|c| html! {
                        <tr><th scope="row">{ c.name }</th><td>{ c.senior }</td><td>{ c.staff }</td></tr>
                    }) }
                </tbody>
            </table>
            { notes("company-notes", CONTENT.company_notes) }
            { sources_note(&SourcesNoteProps { ids: &company_sources() }) }
            <h2>{ text::BEYOND_STAFF }</h2>
            <ol class="ladder" data-testid="ladder">
                { for CONTENT.ladder.iter().map(|s| html! {
                    <li key={s.id}><strong>{ s.name }</strong>{ ": " }{ s.owns }</li>
                }) }
            </ol>
            { notes("ladder-notes", CONTENT.ladder_notes) }
            { sources_note(&SourcesNoteProps { ids: &ladder_sources() }) }

            <h2>{ text::CHANGES_HEADING }</h2>
            { notes("shift-notes", CONTENT.shift_notes) }
            <h3>{ text::OPTIMISE_HEADING }</h3>
            { notes("optimise-shifts", CONTENT.optimise_shifts) }
            <h3>{ text::HARD_HEADING }</h3>
            { notes("jump-hard", CONTENT.jump_hard) }
            <h3>{ text::SKILLS_HEADING }</h3>
            { notes("skills-more", CONTENT.skills_more) }
            { sources_note(&SourcesNoteProps { ids: &sources_of_all(&[CONTENT.shift_notes, CONTENT.optimise_shifts, CONTENT.jump_hard, CONTENT.skills_more]) }) }

            <h2 id="pay-title">{ text::PAY_HEADING }</h2>
            <table class="company-table pay-table" data-testid="pay-table" aria-labelledby="pay-title">
                <thead>
                    <tr>
                        <th scope="col">{ text::LEVEL }</th>
                        <th scope="col">{ text::BASE }</th>
                        <th scope="col">{ text::TOTAL }</th>
                    </tr>
                </thead>
                <tbody>
                    { for CONTENT.pay.iter().map(|p| html! {
                        <tr data-level={p.level}>
                            <th scope="row">{ CONTENT.level(p.level).map_or(p.level, |l| l.name) }</th>
                            <td>{ range(p.base_low, p.base_high, false) }</td>
                            <td>{ range(p.total_low, p.total_high, p.total_open) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            { notes("pay-notes", CONTENT.pay_notes) }
            { sources_note(&SourcesNoteProps { ids: &sources_of(CONTENT.pay_notes) }) }

            <h2>{ text::TIMELINE_HEADING }</h2>
            { notes("timeline", CONTENT.timeline) }
            { sources_note(&SourcesNoteProps { ids: &sources_of(CONTENT.timeline) }) }

            <h2>{ text::CHOICE_HEADING }</h2>
            { notes("choice-notes", CONTENT.choice_notes()) }
            <div class="home-levels choice-reasons">
                <section class="card" aria-labelledby="pursue-title">
                    <h3 id="pursue-title">{ staff_choice::PURSUE_HEADING }</h3>
                    { notes("pursue-reasons", CONTENT.pursue_reasons()) }
                </section>
                <section class="card" aria-labelledby="stay-title">
                    <h3 id="stay-title">{ staff_choice::STAY_HEADING }</h3>
                    { notes("stay-reasons", CONTENT.stay_reasons()) }
                </section>
            </div>
            { sources_note(&SourcesNoteProps { ids: &sources_of_all(&[CONTENT.choice_notes(), CONTENT.pursue_reasons(), CONTENT.stay_reasons()]) }) }

            <h2>{ text::CASE_HEADING }</h2>
            { notes("case-notes", CONTENT.case_notes) }
            <h3>{ text::PATH_HEADING }</h3>
            <ol class="notes" data-testid="path-steps">
                { for CONTENT.path_steps.iter().map(|n| html! { <li key={n.id}>{ n.text }</li> }) }
            </ol>
            <h3>{ text::TAKES_HEADING }</h3>
            { notes("what-it-takes", CONTENT.what_it_takes) }
            <h3>{ text::NOT_COUNTED_HEADING }</h3>
            { notes("not-counted", CONTENT.not_counted) }
            <h3>{ text::PITFALLS_HEADING }</h3>
            { notes("pitfalls", CONTENT.pitfalls) }
            <h3>{ text::TRUST_HEADING }</h3>
            { notes("trust-ways", CONTENT.trust_ways) }
            <h3>{ text::BEYOND_TASKS_HEADING }</h3>
            { notes("beyond-tasks", CONTENT.beyond_tasks) }
            <h3>{ text::MENTORING_HEADING }</h3>
            { notes("mentoring-ways", CONTENT.mentoring_ways) }
            <h3>{ text::ARTIFACTS_HEADING }</h3>
            { notes("artifacts", CONTENT.artifacts) }
            { sources_note(&SourcesNoteProps { ids: &sources_of_all(&[CONTENT.case_notes, CONTENT.path_steps, CONTENT.what_it_takes, CONTENT.not_counted, CONTENT.pitfalls, CONTENT.trust_ways, CONTENT.beyond_tasks, CONTENT.mentoring_ways, CONTENT.artifacts]) }) }

            <h2>{ text::METRICS_HEADING }</h2>
            { notes("metric-families", CONTENT.metric_families) }
            <h3>{ text::METRICS_BY_ROLE_HEADING }</h3>
            { notes("metrics-by-role", CONTENT.metrics_by_role) }
            <h3>{ text::BUSINESS_HEADING }</h3>
            { notes("business-impacts", CONTENT.business_impacts) }
            { sources_note(&SourcesNoteProps { ids: &sources_of_all(&[CONTENT.metric_families, CONTENT.metrics_by_role, CONTENT.business_impacts]) }) }
        </div>
    }
}

/// The sources of the level names and of the notes that qualify them.
fn company_sources() -> Vec<&'static str> {
    let mut ids = sources_of(CONTENT.company_notes);
    add_sources(&mut ids, CONTENT.companies.iter().flat_map(|c| c.sources));
    ids
}

/// The sources of the ladder's steps and of the notes under it.
fn ladder_sources() -> Vec<&'static str> {
    let mut ids = Vec::new();
    add_sources(&mut ids, CONTENT.ladder.iter().flat_map(|s| s.sources));
    add_sources(
        &mut ids,
        CONTENT.ladder_notes.iter().flat_map(|n| n.sources),
    );
    ids
}

fn add_sources<'a>(ids: &mut Vec<&'static str>, more: impl Iterator<Item = &'a &'static str>) {
    for s in more {
        if !ids.contains(s) {
            ids.push(s);
        }
    }
}

/// A list of sourced statements, one item each.
fn notes(testid: &'static str, list: &'static [Note]) -> Html {
    html! {
        <ul class="notes" data-testid={testid}>
            { for list.iter().map(|n| html! { <li key={n.id}>{ n.text }</li> }) }
        </ul>
    }
}

/// "$130K–$200K", or "$250K–$450K+" when the source leaves the top open.
fn range(low: u32, high: u32, open: bool) -> String {
    fill(
        if open {
            text::PAY_RANGE_OPEN
        } else {
            text::PAY_RANGE
        },
        &[("low", &low.to_string()), ("high", &high.to_string())],
    )
}

/// The sources behind a list of notes, each once, in order of first use.
fn sources_of(notes: &'static [Note]) -> Vec<&'static str> {
    sources_of_all(&[notes])
}

fn sources_of_all(lists: &[&'static [Note]]) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    add_sources(
        &mut ids,
        lists.iter().flat_map(|l| l.iter()).flat_map(|n| n.sources),
    );
    ids
}
