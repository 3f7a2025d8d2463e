use yew::prelude::*;

use crate::content::{fill, ui::evidence_summary as text, CONTENT};
use crate::domain::answers::Answers;
use crate::domain::evidence::{unbacked, Evidence};
use crate::domain::packet::evidence_counts;
use crate::domain::scoring::score;
use crate::route::Route;

pub struct EvidenceSummaryProps<'a> {
    /// The result the statements come from.
    pub answers: &'a Answers,
    pub evidence: &'a [Evidence],
}

/// How much evidence each dimension has, and the statements answered yes that nothing backs up
/// yet: the next things to write down.
pub fn evidence_summary(props: &EvidenceSummaryProps<'_>) -> Html {
    let yes = score(&CONTENT, props.answers).readiness.yes;
    let next = unbacked(&yes, props.evidence);
    let counts = evidence_counts(&CONTENT, props.evidence);
    html! {
        <section class="card evidence-summary" data-testid="evidence-summary" aria-labelledby="evidence-summary-title">
            <h2 id="evidence-summary-title">{ text::HEADING }</h2>
            <p>{ if props.evidence.len() == 1 { text::INTRO_ONE.to_string() } else { fill(text::INTRO, &[("n", &props.evidence.len().to_string())]) } }</p>
            if !next.is_empty() {
                <h3>{ text::NEXT_HEADING }</h3>
                <ul data-testid="results-unbacked">
                    { for next.iter().filter_map(|id| CONTENT.readiness_statement(id)).map(|r| html! {
                        <li key={r.id}>{ r.text }</li>
                    }) }
                </ul>
            }
            <details>
                <summary>{ text::BY_DIMENSION }</summary>
                <table class="evidence-counts" data-testid="evidence-counts">
                    <caption class="visually-hidden">{ text::BY_DIMENSION }</caption>
                    <thead><tr><th scope="col">{ text::DIMENSION }</th><th scope="col">{ text::ENTRIES }</th></tr></thead>
                    <tbody>
                        { for counts.iter().filter_map(|(id, n)| CONTENT.dimension(id).map(|d| (d, n))).map(|(d, n)| html! {
                            <tr key={d.id} data-dimension={d.id}>
                                <th scope="row"><a href={Route::Dimension { id: d.id.to_string() }.href()}>{ d.name }</a></th>
                                <td>{ n.to_string() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
            <p><a class="button" href={Route::Evidence.href()} data-testid="to-evidence">{ text::OPEN }</a></p>
        </section>
    }
}
