use yew::prelude::*;

use crate::components::case_nav::{case_nav, CaseNavProps};
use crate::components::markdown_tools::MarkdownTools;
use crate::components::page_skeleton::ready_store;
use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::content::{fill, ui::packet as md, ui::packet_page as text, Note, CONTENT};
use crate::domain::evidence::{proof_kind, Evidence, Proof};
use crate::domain::packet::{build, markdown, outcome_line, quote_line, OnePager};
use crate::domain::tracker::StepKind;
use crate::env::use_env;
use crate::hooks::use_store::use_store;
use crate::route::Route;

fn entry(e: &Evidence) -> Html {
    let dims: Vec<&str> = e
        .dimensions
        .iter()
        .filter_map(|id| CONTENT.dimension(id).map(|d| d.name))
        .collect();
    html! {
        <li data-testid="packet-entry" data-evidence={e.id.clone()}>
            <strong><bdi>{ e.title.clone() }</bdi></strong>{ format!(" ({})", e.date) }
            if !e.outcome.is_empty() { { ": " }<bdi>{ e.outcome.clone() }</bdi> }
            if !e.proof.is_empty() { <br /><span class="hint">{ md::PROOF }{ " " }<bdi>{ e.proof.clone() }</bdi></span> }
            if !dims.is_empty() { <br /><span class="hint">{ md::SUPPORTS }{ " " }{ dims.join(", ") }</span> }
        </li>
    }
}

/// One section of the one-page summary: a line per project that has something for it, or what to
/// log when none has.
fn summary_section(
    heading: &'static str,
    testid: &'static str,
    entries: &[&Evidence],
    none: &'static str,
    what: impl Fn(&Evidence) -> Html,
) -> Html {
    html! {
        <section data-testid={testid}>
            <h3>{ heading }</h3>
            if entries.is_empty() {
                <p class="hint" data-testid={format!("{testid}-none")}>{ none }</p>
            } else {
                <ul>
                    { for entries.iter().map(|e| html! {
                        <li data-evidence={e.id.clone()}><strong><bdi>{ e.title.clone() }</bdi></strong>{ ": " }{ what(e) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// Where the proof lives: a link for an http(s) address, the text for a place.
fn proof_html(proof: &str) -> Html {
    match proof_kind(proof) {
        Proof::Link(url) => {
            html! { <a href={url.to_string()} rel="noopener noreferrer">{ url.to_string() }</a> }
        }
        Proof::Place(place) => html! { <bdi>{ place.to_string() }</bdi> },
        Proof::None | Proof::Refused => Html::default(),
    }
}

/// The one-page summary and its appendix.
fn one_pager(s: &OnePager<'_>) -> Html {
    let lead = if s.projects.is_empty() {
        md::SUMMARY_EMPTY
    } else if s.picked {
        md::SUMMARY_PICKED
    } else {
        md::SUMMARY_FALLBACK
    };
    html! {
        <>
            <section class="packet-summary" data-testid="packet-summary" aria-labelledby="packet-summary">
                <h2 id="packet-summary">{ md::SUMMARY }</h2>
                <p data-testid="packet-summary-lead">{ lead }
                    if !s.picked { { " " }<a class="no-print" href={Route::Evidence.href()}>{ text::TO_LOG }</a> }
                </p>
                { summary_section(md::PROBLEM, "packet-problem", &s.projects, md::PROBLEM_NONE, |e| {
                    let dims: Vec<&str> = e.dimensions.iter().filter_map(|id| CONTENT.dimension(id).map(|d| d.name)).collect();
                    html! {
                        <>
                            { e.date.clone() }
                            if !dims.is_empty() { { format!("; {} {}", md::SUPPORTS, dims.join(", ")) } }
                        </>
                    }
                }) }
                { summary_section(md::OUTCOMES, "packet-outcomes", &s.outcomes, md::OUTCOMES_NONE, |e| html! { <bdi>{ outcome_line(e) }</bdi> }) }
                { summary_section(md::ARTIFACTS, "packet-artifacts", &s.artifacts, md::ARTIFACTS_NONE, |e| proof_html(&e.proof)) }
                { summary_section(md::ADOPTION, "packet-adoption", &s.adoption, md::ADOPTION_NONE, |e| html! { <bdi>{ e.adopted_by.clone() }</bdi> }) }
                { summary_section(md::TESTIMONIALS, "packet-testimonials", &s.testimonials, md::TESTIMONIALS_NONE, |e| html! { <bdi>{ quote_line(e) }</bdi> }) }
            </section>
            <section data-testid="packet-appendix">
                <h2>{ md::APPENDIX }</h2>
                if s.appendix.is_empty() {
                    <p class="hint">{ md::APPENDIX_NONE }</p>
                } else {
                    <ul>
                        { for s.appendix.iter().map(|e| html! {
                            <li data-evidence={e.id.clone()}><bdi>{ e.title.clone() }</bdi>{ ": " }{ proof_html(&e.proof) }</li>
                        }) }
                    </ul>
                }
            </section>
        </>
    }
}

/// `#/packet`: the promotion packet, from one's own data only: on screen, as Markdown, in print.
#[component]
pub fn PacketPage() -> Html {
    let store = use_store();
    let env = use_env();
    let store = match ready_store(store, text::HEADING) {
        Ok(store) => store,
        Err(view) => return view,
    };
    let packet = build(&CONTENT, &store.envelope);
    let file = format!("staffcheck-packet-{}.md", env.today);
    let md_text = markdown(&CONTENT, &packet, &env.today);
    let with_evidence: Vec<_> = packet
        .dimensions
        .iter()
        .filter(|d| !d.entries.is_empty())
        .collect();
    let without: Vec<&str> = packet
        .dimensions
        .iter()
        .filter(|d| d.entries.is_empty())
        .map(|d| d.dimension.name)
        .collect();

    html! {
        <div class="page case packet" data-testid="packet-page">
            <h1>{ text::HEADING }</h1>
            { case_nav(&CaseNavProps { current: Route::Packet }) }
            <p class="lede">{ text::LEDE }</p>
            <p class="hint">{ text::OWN_ONLY }</p>
            { sources_note(&SourcesNoteProps { ids: &["s3", "s0"] }) }
            <MarkdownTools file={file} markdown={md_text} testid="packet" />
            <article class="packet-sheet" data-testid="packet-sheet" aria-labelledby="packet-summary">
                { one_pager(&packet.summary) }
                <section>
                    <h2 id="packet-verdict">{ md::VERDICT }</h2>
                    if let Some(s) = &packet.verdict {
                        <p data-testid="packet-readiness">{ fill(md::READINESS, &[
                            ("yes", &s.readiness.count.to_string()),
                            ("total", &s.readiness.total.to_string()),
                            ("bar", &s.readiness.bar.to_string()),
                            ("verdict", if s.readiness.meets_bar() { md::MEETS_BAR } else { md::BELOW_BAR }),
                        ]) }</p>
                        if packet.trend.len() > 1 {
                            <p>{ md::TREND }</p>
                            <ul data-testid="packet-trend">
                                { for packet.trend.iter().map(|p| html! { <li>{ format!("{}: {} / {}", p.date, p.yes, p.total) }</li> }) }
                            </ul>
                        }
                    } else {
                        <p>{ md::NO_RESULT }{ " " }<a class="no-print" href={Route::Quiz.href()}>{ text::TAKE_QUIZ }</a></p>
                    }
                </section>
                <section>
                    <h2>{ md::PROJECTS }</h2>
                    if packet.projects.is_empty() {
                        <p>{ md::NO_PROJECTS }{ " " }<a class="no-print" href={Route::Evidence.href()}>{ text::TO_LOG }</a></p>
                    } else {
                        <ul data-testid="packet-projects">{ for packet.projects.iter().map(|e| entry(e)) }</ul>
                    }
                </section>
                <section>
                    <h2>{ md::BY_DIMENSION }</h2>
                    { for with_evidence.iter().map(|d| html! {
                        <>
                            <h3>{ d.dimension.name }{ d.position.map(|p| format!(" ({p}/100)")).unwrap_or_default() }</h3>
                            <ul>{ for d.entries.iter().map(|e| entry(e)) }</ul>
                        </>
                    }) }
                    if !without.is_empty() {
                        <p data-testid="packet-no-evidence">{ fill(text::WITHOUT, &[("list", &without.join(", "))]) }</p>
                    }
                </section>
                if !packet.undimensioned.is_empty() {
                    <section data-testid="packet-undimensioned">
                        <h2>{ md::UNDIMENSIONED }</h2>
                        <ul>{ for packet.undimensioned.iter().map(|e| entry(e)) }</ul>
                    </section>
                }
                if !packet.unbacked.is_empty() {
                    <section>
                        <h2>{ md::UNBACKED }</h2>
                        <ul>
                            { for packet.unbacked.iter().filter_map(|id| CONTENT.readiness_statement(id)).map(|r| html! { <li>{ r.text }</li> }) }
                        </ul>
                    </section>
                }
                <section>
                    <h2>{ md::GAPS }</h2>
                    if packet.gaps.is_empty() {
                        <p>{ md::NO_GAPS }</p>
                    } else {
                        <ul>{ for packet.gaps.iter().map(|d| html! { <li><strong>{ format!("{}: ", d.name) }</strong>{ d.practice_artifact() }</li> }) }</ul>
                    }
                </section>
                <section>
                    <h2>{ md::PLAN }</h2>
                    <ul class="packet-plan">
                        { for packet.steps.iter().map(|(s, done)| {
                            let what = match s.kind {
                                StepKind::Common(t) => t.to_string(),
                                StepKind::Gap(d) => format!("{}: {}", d.name, d.practice_artifact()),
                            };
                            html! {
                                <li class={classes!(done.then_some("done"))}>
                                    <span aria-hidden="true">{ if *done { "☑ " } else { "☐ " } }</span>
                                    <span class="visually-hidden">{ if *done { text::DONE } else { text::NOT_DONE } }</span>
                                    { format!("{} — {what}", s.phase.title) }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
                <section>
                    <h2>{ md::QUESTIONS }</h2>
                    <ul data-testid="packet-questions">{ for packet.questions.iter().map(|q| html! { <li>{ q.text }</li> }) }</ul>
                    if !packet.reasons.is_empty() {
                        <p>{ md::WHY_ASK }</p>
                        <ul data-testid="packet-reasons">{ for packet.reasons.iter().map(|r| html! { <li>{ r.text }</li> }) }</ul>
                    }
                    { sources_note(&SourcesNoteProps { ids: &question_sources(packet.questions, packet.reasons) }) }
                </section>
            </article>
        </div>
    }
}

/// The sources of the manager questions and of the reasons to ask them, each once.
fn question_sources(questions: &[Note], reasons: &[Note]) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for s in questions.iter().chain(reasons).flat_map(|n| n.sources) {
        if !ids.contains(s) {
            ids.push(s);
        }
    }
    ids
}
