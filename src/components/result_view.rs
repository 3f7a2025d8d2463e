use yew::prelude::*;

use crate::components::plan_view::PlanView;
use crate::components::radar_chart::RadarChart;
use crate::components::score_table::ScoreTable;
use crate::content::CONTENT;
use crate::domain::answers::Answers;
use crate::domain::scoring::{
    score, DimensionScore, ReadinessResult, Score, WrongAxis, BAND_PATH, CROSS_TEAM,
    DEPTH_AND_DELIVERY, TARGET,
};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub answers: Answers,
    /// The heading (h2) of the verdict; "Your verdict" by default.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

/// The results of the self-check, verdict first: readiness and band, the radar chart and its
/// table, strengths and gaps, the 30/60/90-day plan, motivation (kept apart) and calibration.
/// Purely presentational: everything is derived from `answers` by `scoring::score`.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    // Out-of-range values (e.g. from edited storage) never reach the numbers.
    let answers = props.answers.clone().sanitised();
    let score = score(&CONTENT, &answers);
    let heading = props
        .heading
        .clone()
        .unwrap_or_else(|| AttrValue::from("Your verdict"));
    let axes: Vec<(AttrValue, Option<u8>)> = score
        .dimensions
        .iter()
        .map(|d| (AttrValue::from(d.name), d.position))
        .collect();
    let gap_ids: Vec<&'static str> = score.gaps(3).iter().map(|d| d.id).collect();
    html! {
        <div class="result-view" data-testid="result-view">
            { view_verdict(&score, &answers, heading) }
            <section class="result-chart" aria-labelledby="result-chart-title">
                <h2 id="result-chart-title">{ "Where you stand on each dimension" }</h2>
                <RadarChart axes={axes} id="result-radar"
                    title={format!("Your position on {} dimensions against the Staff target", score.dimensions.len())} />
                <ScoreTable rows={score.dimensions.clone()} />
            </section>
            { view_strengths(&score.strengths(3)) }
            { view_gaps(&score.gaps(3), score.overall.is_some()) }
            <PlanView gaps={gap_ids} />
            { view_motivation(&score) }
            { view_calibration() }
        </div>
    }
}

fn statement_text(id: &str) -> &'static str {
    CONTENT
        .readiness
        .iter()
        .find(|r| r.id == id)
        .map_or("", |r| r.text)
}

fn view_statements(ids: &[&'static str], testid: &'static str, answers: &Answers) -> Html {
    html! {
        <ul class="result-statements" data-testid={testid}>
            { for ids.iter().map(|id| html! {
                <li key={*id} data-statement={*id}>
                    { statement_text(id) }
                    if !answers.readiness.contains_key(*id) {
                        <span class="statement-note">{ " (not answered)" }</span>
                    }
                </li>
            }) }
        </ul>
    }
}

fn view_verdict(score: &Score, answers: &Answers, heading: AttrValue) -> Html {
    let r: &ReadinessResult = &score.readiness;
    let met = r.meets_bar();
    let short = r.bar.saturating_sub(r.count);
    let sentence = if met {
        format!(
            "The bar is {} of {}, and you answered yes to {}: the kind of evidence a Staff case is \
             built on is already there.",
            r.bar, r.total, r.count
        )
    } else {
        format!(
            "The bar is {} of {}; {} more yes {} reach it.",
            r.bar,
            r.total,
            short,
            if short == 1 {
                "answer would"
            } else {
                "answers would"
            }
        )
    };
    let yes = view_statements(&r.yes, "yes-statements", answers);
    let missing = view_statements(&r.not_yet, "missing-statements", answers);
    html! {
        <section class={classes!("result-verdict", if met { "is-met" } else { "is-not-met" })}
                 data-testid="verdict" aria-labelledby="verdict-title">
            <h2 id="verdict-title">{ heading }</h2>
            <p class="result-readiness">
                <span class="result-count" data-testid="readiness-count">
                    { format!("{} of {}", r.count, r.total) }
                </span>
                { " readiness statements answered yes" }
            </p>
            <p class="result-readiness-verdict" data-testid="readiness-verdict">
                <strong>{ if met { "Meets the bar." } else { "Not yet at the bar." } }</strong>
                { " " }{ sentence }
            </p>
            if met {
                <h3>{ format!("What decided it: the {} statements you answered yes", r.count) }</h3>
                { yes }
                if !r.not_yet.is_empty() {
                    <details class="result-more">
                        <summary>{ format!("Still at not yet ({})", r.not_yet.len()) }</summary>
                        { missing }
                    </details>
                }
            } else {
                <h3>{ format!("What decided it: the {} statements still at not yet", r.not_yet.len()) }</h3>
                { missing }
                if !r.yes.is_empty() {
                    <details class="result-more">
                        <summary>{ format!("Your yes answers ({})", r.yes.len()) }</summary>
                        { yes }
                    </details>
                }
            }
            { view_band(score) }
            if let Some(w) = score.wrong_axis {
                { view_wrong_axis(w) }
            }
        </section>
    }
}

fn view_band(score: &Score) -> Html {
    let answered = score
        .dimensions
        .iter()
        .filter(|d| d.position.is_some())
        .count();
    match (score.overall, score.band()) {
        (Some(overall), Some(band)) => html! {
            <div class="result-band">
                <h3>{ "Overall position" }</h3>
                <p>
                    <strong class="result-band-label" data-testid="band">{ band.label() }</strong>
                    { ": " }
                    <span data-testid="overall">{ overall }</span>
                    { format!(" of 100, the mean of the {answered} dimensions you answered.") }
                </p>
                <p data-testid="band-explanation">{ band.explanation() }</p>
            </div>
        },
        _ => html! {
            <div class="result-band">
                <h3>{ "Overall position" }</h3>
                <p>{ "You have not answered any dimension question yet, so there is no overall position or band." }</p>
            </div>
        },
    }
}

fn names(ids: &[&str]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| CONTENT.dimension(id))
        .map(|d| d.name)
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {}", rest.join(", "), last),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

fn view_wrong_axis(w: WrongAxis) -> Html {
    html! {
        <div class="result-callout wrong-axis" data-testid="wrong-axis">
            <h3>{ "You may be pushing on the wrong axis" }</h3>
            <p>
                { format!(
                    "Depth and delivery ({}) average {} here, while cross-team scope, influence and \
                     artifacts ({}) average only {}.",
                    names(&DEPTH_AND_DELIVERY), w.depth, names(&CROSS_TEAM), w.cross_team
                ) }
            </p>
            <p>
                { "This is a common shape. Harder projects, more features and deeper expertise keep " }
                { "raising a bar you already clear. Staff is judged on a second axis: problems that " }
                { "reach past your team, decisions you shape without authority over the people who " }
                { "carry them out, and written work that other teams build on. More of the first axis " }
                { "does not add up to the second." }
            </p>
            <h4>{ "What to change" }</h4>
            <ul>
                <li>{ "Choose one problem that several teams feel and own it through to a measurable result, agreed with your manager as real work rather than a side project." }</li>
                <li>{ "Leave a written trail: an RFC, a migration plan or a design doc that other teams can read, challenge and adopt." }</li>
                <li>{ "Hand the most attractive feature on your roadmap to a less experienced engineer, and spend the time it frees outside your team." }</li>
                <li>{ "Set aside regular time for engineers and reviews beyond your own team, so your reach grows on purpose." }</li>
            </ul>
        </div>
    }
}

fn dimension_link(d: &DimensionScore) -> Html {
    let href = Route::Dimension {
        id: d.id.to_string(),
    }
    .href();
    html! { <a href={href}>{ d.name }</a> }
}

fn view_strengths(strengths: &[&DimensionScore]) -> Html {
    html! {
        <section class="result-strengths" data-testid="strengths" aria-labelledby="strengths-title">
            <h2 id="strengths-title">{ "Your strengths" }</h2>
            if strengths.is_empty() {
                <p>
                    { format!("None of the dimensions you answered is at {BAND_PATH} or above yet. ") }
                    { "That is common when the work has mostly been inside one team; the gaps below are where to start." }
                </p>
            } else {
                <p>{ format!("Your strongest dimensions at {BAND_PATH} or above, strongest first.") }</p>
                <ol class="result-dimension-list">
                    { for strengths.iter().map(|d| html! {
                        <li data-testid="strength" data-dimension={d.id} key={d.id}>
                            { dimension_link(d) }
                            <span class="result-position">
                                { format!(": {} of 100", d.position.unwrap_or_default()) }
                            </span>
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

fn view_gaps(gaps: &[&DimensionScore], any_answered: bool) -> Html {
    html! {
        <section class="result-gaps" data-testid="gaps" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{ "Your gaps" }</h2>
            if gaps.is_empty() {
                <p>
                    if any_answered {
                        { format!("No gaps: every dimension you answered is at or above the Staff target of {TARGET}.") }
                    } else {
                        { "Answer the dimension questions to see where your gaps are." }
                    }
                </p>
            } else {
                <p>
                    { format!("The {} furthest below the Staff target of {TARGET}, weakest first, ", plural(gaps.len())) }
                    { "each with one artifact to produce and how to practise it." }
                </p>
                <ol class="result-gap-list">
                    { for gaps.iter().map(|d| view_gap(d)) }
                </ol>
            }
        </section>
    }
}

fn plural(n: usize) -> String {
    match n {
        1 => "dimension".to_string(),
        n => format!("{n} dimensions"),
    }
}

fn view_gap(d: &DimensionScore) -> Html {
    let position = d.position.unwrap_or_default();
    let practice = CONTENT.dimension(d.id);
    html! {
        <li class="card topped result-gap" data-testid="gap" data-dimension={d.id} key={d.id}>
            <h3>{ dimension_link(d) }</h3>
            <p class="result-position">
                { format!("Position {position} of 100, {} below the target.", TARGET.saturating_sub(position)) }
            </p>
            if let Some(p) = practice {
                <p class="gap-artifact" data-testid="gap-artifact">
                    <strong>{ "Produce: " }</strong>{ p.practice_artifact }
                </p>
                <p class="gap-how" data-testid="gap-how">{ p.practice_how }</p>
            }
        </li>
    }
}

fn view_motivation(score: &Score) -> Html {
    let (Some(value), Some(fit)) = (score.motivation, score.motivation_fit()) else {
        return Html::default();
    };
    html! {
        <section class="result-motivation" data-testid="motivation" aria-labelledby="motivation-title">
            <h2 id="motivation-title">{ "Do you want the work?" }</h2>
            <p>
                <strong data-testid="motivation-fit">{ fit.label() }</strong>
                { format!(" (motivation {value} of 100)") }
            </p>
            <p>{ fit.explanation() }</p>
            <p class="result-motivation-separate">
                { "This is reported on its own and never counts toward readiness, your positions or your " }
                { "band. Staff is its own kind of work rather than a step up in the same work: choosing to stay " }
                { "Senior is legitimate, and many excellent engineers make that choice." }
            </p>
        </section>
    }
}

fn view_calibration() -> Html {
    html! {
        <section class="result-calibration" data-testid="calibration" aria-labelledby="calibration-title">
            <h2 id="calibration-title">{ "Reading this result fairly" }</h2>
            <ul>
                <li>
                    <strong>{ "Not a promotion checklist. " }</strong>
                    { "Companies weigh these dimensions differently, and a count of yes answers does not " }
                    { "make a case on its own. Compare it with your own company's ladder and talk it through " }
                    { "with your manager." }
                </li>
                <li>
                    <strong>{ "Sustained evidence. " }</strong>
                    { "Promotion committees usually want to see Staff-level impact hold over two to three " }
                    { "quarters, not in one strong month. Answer for the work you have done, not the work you " }
                    { "plan, and come back after a quarter to compare." }
                </li>
                <li>
                    <strong>{ "Evidence is written down. " }</strong>
                    { "The RFC, the dashboard, the memo and the playbook are what others can read. Keep " }
                    { "baselines and results as you go." }
                </li>
                <li>
                    <strong>{ "A mirror, not a score to game. " }</strong>
                    { "Rounding your answers up only hides the gaps you came here to find." }
                </li>
            </ul>
            <p>
                { "Every rule behind these numbers: " }
                <a href={Route::HowScored.href()}>{ "How is this scored?" }</a>
            </p>
        </section>
    }
}
