use yew::prelude::*;

use crate::components::plan_view::{plan_view, PlanViewProps};
use crate::components::radar_chart::{radar_chart, RadarChartProps};
use crate::components::result_card::ResultCard;
use crate::components::score_table::{score_table, ScoreTableProps};
use crate::components::sources_note::{sources_note, SourcesNoteProps};
use crate::components::staff_choice::{staff_choice, StaffChoiceProps};
use crate::content::{fill, ui::results as text, ui::results_them as them, voice, CONTENT};
use crate::domain::answers::Answers;
use crate::domain::card::Card;
use crate::domain::scoring::{
    score, DimensionScore, ReadinessResult, Score, WrongAxis, BAND_PATH, CROSS_TEAM,
    DEPTH_AND_DELIVERY, TARGET,
};
use crate::route::Route;

/// `Properties` so a test can mount the view as a component of its own.
#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub answers: Answers,
    /// Whose result it is when it is not the visitor's own: their name, or empty when unknown.
    /// The view then speaks about them ("Priya’s strengths"), never to "you", and leaves out the
    /// advice addressed to the person who answered.
    #[prop_or_default]
    pub about: Option<AttrValue>,
}

/// The results of the self-check, verdict first: readiness and band, the radar chart and its
/// table, strengths and gaps, the 30/60/90-day plan, motivation (kept apart) and calibration.
/// Purely presentational: everything is derived from `answers` by `scoring::score`.
pub fn result_view(props: &ResultViewProps) -> Html {
    // Out-of-range values (e.g. from edited storage) never reach the numbers.
    let answers = props.answers.clone().sanitised();
    let score = score(&CONTENT, &answers);
    let about = props.about.as_deref();
    let v = |yours: &str, theirs: &str| voice(about, yours, theirs);
    let heading = AttrValue::from(v(text::VERDICT_HEADING, them::VERDICT_HEADING));
    let axes: Vec<(AttrValue, Option<u8>)> = score
        .dimensions
        .iter()
        .map(|d| (AttrValue::from(d.name), d.position))
        .collect();
    let gap_ids: Vec<&'static str> = score.gaps(3).iter().map(|d| d.id).collect();
    let card = Card {
        count: score.readiness.count,
        total: score.readiness.total,
        bar: score.readiness.bar,
        name: about.map(str::to_string),
        positions: Some(score.dimensions.iter().map(|d| d.position).collect()),
    };
    html! {
        <div class="result-view" data-testid="result-view">
            { view_verdict(&score, &answers, heading, about) }
            <section class="result-chart" aria-labelledby="result-chart-title">
                <h2 id="result-chart-title">{ v(text::CHART_HEADING, them::CHART_HEADING) }</h2>
                { radar_chart(&RadarChartProps {
                    axes,
                    id: "result-radar".into(),
                    series_label: AttrValue::from(v(crate::content::ui::radar::DEFAULT_LABEL, them::SERIES_LABEL)),
                    title: fill(&v(text::RADAR_TITLE, them::RADAR_TITLE), &[("count", &score.dimensions.len().to_string())]).into(),
                    overlay: None,
                }) }
                { score_table(&ScoreTableProps { rows: &score.dimensions, about }) }
            </section>
            <ResultCard card={card} />
            { view_strengths(&score.strengths(3), about) }
            { view_gaps(&score.gaps(3), score.overall.is_some(), about) }
            // The plan is for the person who answered: on someone else's result, their gaps above
            // link to how to practise each instead.
            if about.is_none() {
                { plan_view(&PlanViewProps { gaps: &gap_ids }) }
            }
            { view_motivation(&score, about) }
            if about.is_none() {
                { view_calibration() }
            }
        </div>
    }
}

fn view_statements(ids: &[&'static str], testid: &'static str, answers: &Answers) -> Html {
    html! {
        <ul class="result-statements" data-testid={testid}>
            { for ids.iter().map(|id| html! {
                <li key={*id} data-statement={*id}>
                    { CONTENT.statement(id) }
                    if !answers.readiness.contains_key(*id) {
                        <span class="statement-note">{ " " }{ text::NOT_ANSWERED }</span>
                    }
                </li>
            }) }
        </ul>
    }
}

fn view_verdict(score: &Score, answers: &Answers, heading: AttrValue, about: Option<&str>) -> Html {
    let v = |yours: &str, theirs: &str| voice(about, yours, theirs);
    let r: &ReadinessResult = &score.readiness;
    let met = r.meets_bar();
    let short = r.bar.saturating_sub(r.count);
    let figures = [
        ("bar", r.bar.to_string()),
        ("total", r.total.to_string()),
        ("count", r.count.to_string()),
        ("short", short.to_string()),
    ];
    let figures: Vec<(&str, &str)> = figures.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sentence = fill(
        match (met, short) {
            (true, _) => v(text::BAR_MET, them::BAR_MET),
            (false, 1) => text::BAR_SHORT_ONE.to_string(),
            (false, _) => text::BAR_SHORT_MANY.to_string(),
        }
        .as_str(),
        &figures,
    );
    let yes = view_statements(&r.yes, "yes-statements", answers);
    let missing = view_statements(&r.not_yet, "missing-statements", answers);
    html! {
        <section class={classes!("result-verdict", if met { "is-met" } else { "is-not-met" })}
                 data-testid="verdict" aria-labelledby="verdict-title">
            <h2 id="verdict-title">{ heading }</h2>
            <p class="result-readiness">
                <span class="result-count" data-testid="readiness-count">
                    { fill(text::COUNT, &figures) }
                </span>
                { " " }{ text::COUNT_LABEL }
            </p>
            <p class="result-readiness-verdict" data-testid="readiness-verdict">
                <strong>{ if met { text::MET } else { text::NOT_MET } }</strong>
                { " " }{ sentence }
            </p>
            if met {
                <h3>{ fill(&v(text::DECIDED_BY_YES, them::DECIDED_BY_YES), &[("count", &r.count.to_string())]) }</h3>
                { yes }
                if !r.not_yet.is_empty() {
                    <details class="result-more">
                        <summary>{ fill(text::STILL_NOT_YET, &[("count", &r.not_yet.len().to_string())]) }</summary>
                        { missing }
                    </details>
                }
            } else {
                <h3>{ fill(text::DECIDED_BY_NOT_YET, &[("count", &r.not_yet.len().to_string())]) }</h3>
                { missing }
                if !r.yes.is_empty() {
                    <details class="result-more">
                        <summary>{ fill(&v(text::YOUR_YES, them::YOUR_YES), &[("count", &r.yes.len().to_string())]) }</summary>
                        { yes }
                    </details>
                }
            }
            { view_band(score, about) }
            if let Some(w) = score.wrong_axis {
                { view_wrong_axis(w, about) }
            }
        </section>
    }
}

fn view_band(score: &Score, about: Option<&str>) -> Html {
    let v = |yours: &str, theirs: &str| voice(about, yours, theirs);
    let answered = score
        .dimensions
        .iter()
        .filter(|d| d.position.is_some())
        .count();
    match (score.overall, score.band()) {
        (Some(overall), Some(band)) => html! {
            <div class="result-band">
                <h3>{ text::OVERALL_HEADING }</h3>
                <p>
                    <strong class="result-band-label" data-testid="band">{ band.label() }</strong>
                    { ": " }
                    <span data-testid="overall">{ overall }</span>
                    { " " }{ fill(&v(text::OVERALL_MEAN, them::OVERALL_MEAN), &[("answered", &answered.to_string())]) }
                </p>
                <p data-testid="band-explanation">{ v(band.explanation(), band.explanation_them()) }</p>
            </div>
        },
        _ => html! {
            <div class="result-band">
                <h3>{ text::OVERALL_HEADING }</h3>
                <p>{ v(text::NO_OVERALL, them::NO_OVERALL) }</p>
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
        Some((last, rest)) if !rest.is_empty() => fill(
            text::LIST_AND,
            &[("rest", &rest.join(", ")), ("last", last)],
        ),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    }
}

fn view_wrong_axis(w: WrongAxis, about: Option<&str>) -> Html {
    html! {
        <div class="result-callout wrong-axis" data-testid="wrong-axis">
            <h3>{ voice(about, text::WRONG_AXIS_HEADING, them::WRONG_AXIS_HEADING) }</h3>
            <p>
                { fill(text::WRONG_AXIS_FIGURES, &[
                    ("depth_names", &names(&DEPTH_AND_DELIVERY)),
                    ("depth", &w.depth.to_string()),
                    ("cross_names", &names(&CROSS_TEAM)),
                    ("cross", &w.cross_team.to_string()),
                ]) }
            </p>
            // The notes and steps speak to the person who answered: only on one's own result.
            if about.is_none() {
                { for CONTENT.axis_notes().iter().map(|n| html! { <p key={n.id}>{ n.text }</p> }) }
                <h4>{ text::WRONG_AXIS_CHANGE }</h4>
                <ul>
                    { for CONTENT.axis_steps().iter().map(|n| html! { <li key={n.id}>{ n.text }</li> }) }
                </ul>
            }
            { sources_note(&SourcesNoteProps { ids: &axis_sources() }) }
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

fn view_strengths(strengths: &[&DimensionScore], about: Option<&str>) -> Html {
    let v = |yours: &str, theirs: &str| voice(about, yours, theirs);
    html! {
        <section class="result-strengths" data-testid="strengths" aria-labelledby="strengths-title">
            <h2 id="strengths-title">{ v(text::STRENGTHS_HEADING, them::STRENGTHS_HEADING) }</h2>
            if strengths.is_empty() {
                <p>{ fill(&v(text::NO_STRENGTHS, them::NO_STRENGTHS), &[("band", &BAND_PATH.to_string())]) }</p>
            } else {
                <p>{ fill(&v(text::STRENGTHS_INTRO, them::STRENGTHS_INTRO), &[("band", &BAND_PATH.to_string())]) }</p>
                <ol class="result-dimension-list">
                    { for strengths.iter().map(|d| html! {
                        <li data-testid="strength" data-dimension={d.id} key={d.id}>
                            { dimension_link(d) }
                            <span class="result-position">
                                { fill(text::POSITION_OF_100, &[("position", &d.position.unwrap_or_default().to_string())]) }
                            </span>
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

fn view_gaps(gaps: &[&DimensionScore], any_answered: bool, about: Option<&str>) -> Html {
    let v = |yours: &str, theirs: &str| voice(about, yours, theirs);
    html! {
        <section class="result-gaps" data-testid="gaps" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{ v(text::GAPS_HEADING, them::GAPS_HEADING) }</h2>
            if gaps.is_empty() {
                <p>
                    if any_answered {
                        { fill(&v(text::NO_GAPS, them::NO_GAPS), &[("target", &TARGET.to_string())]) }
                    } else {
                        { v(text::GAPS_UNANSWERED, them::GAPS_UNANSWERED) }
                    }
                </p>
            } else {
                <p>
                    { fill(
                        if gaps.len() == 1 { text::GAPS_INTRO_ONE } else { text::GAPS_INTRO_MANY },
                        &[("count", &gaps.len().to_string()), ("target", &TARGET.to_string())],
                    ) }
                </p>
                <ol class="result-gap-list">
                    { for gaps.iter().map(|d| view_gap(d, about.is_some())) }
                </ol>
            }
        </section>
    }
}

/// One gap; on someone else's result the practice (advice to the person who answered) is a link
/// to the dimension's page instead.
fn view_gap(d: &DimensionScore, theirs: bool) -> Html {
    let position = d.position.unwrap_or_default();
    let practice = CONTENT.dimension(d.id);
    html! {
        <li class="card topped result-gap" data-testid="gap" data-dimension={d.id} key={d.id}>
            <h3>{ dimension_link(d) }</h3>
            <p class="result-position">
                { fill(text::GAP_POSITION, &[
                    ("position", &position.to_string()),
                    ("below", &TARGET.saturating_sub(position).to_string()),
                ]) }
            </p>
            if theirs {
                <p class="gap-how"><a href={Route::Dimension { id: d.id.to_string() }.href()}>
                    { fill(them::GAP_PRACTICE_LINK, &[("dimension", d.name)]) }
                </a></p>
            } else if let Some(p) = practice {
                <p class="gap-artifact" data-testid="gap-artifact">
                    <strong>{ text::PRODUCE }</strong>{ " " }{ p.practice_artifact() }
                </p>
                <p class="gap-how" data-testid="gap-how">{ p.practice_how() }</p>
            }
        </li>
    }
}

fn view_motivation(score: &Score, about: Option<&str>) -> Html {
    let v = |yours: &str, theirs: &str| voice(about, yours, theirs);
    let (Some(value), Some(fit)) = (score.motivation, score.motivation_fit()) else {
        // The choice is addressed to the person who answered, so only on one's own result.
        return if about.is_none() {
            staff_choice(&StaffChoiceProps { fit: None })
        } else {
            Html::default()
        };
    };
    html! {
        <section class="result-motivation" data-testid="motivation" aria-labelledby="motivation-title">
            <h2 id="motivation-title">{ v(text::MOTIVATION_HEADING, them::MOTIVATION_HEADING) }</h2>
            <p>
                <strong data-testid="motivation-fit">{ v(fit.label(), fit.label_them()) }</strong>
                { " " }{ fill(text::MOTIVATION_VALUE, &[("value", &value.to_string())]) }
            </p>
            <p>{ v(fit.explanation(), fit.explanation_them()) }</p>
            <p class="result-motivation-separate">{ v(text::MOTIVATION_SEPARATE, them::MOTIVATION_SEPARATE) }</p>
            if about.is_none() {
                { staff_choice(&StaffChoiceProps { fit: Some(fit) }) }
            }
        </section>
    }
}

fn view_calibration() -> Html {
    html! {
        <section class="result-calibration" data-testid="calibration" aria-labelledby="calibration-title">
            <h2 id="calibration-title">{ text::CALIBRATION_HEADING }</h2>
            <ul>
                { for [
                    (text::CALIBRATION_CHECKLIST, text::CALIBRATION_CHECKLIST_TEXT),
                    (text::CALIBRATION_SUSTAINED, text::CALIBRATION_SUSTAINED_TEXT),
                    (text::CALIBRATION_WRITTEN, text::CALIBRATION_WRITTEN_TEXT),
                    (text::CALIBRATION_MIRROR, text::CALIBRATION_MIRROR_TEXT),
                ].iter().map(|(lead, rest)| html! {
                    <li><strong>{ *lead }{ " " }</strong>{ *rest }</li>
                }) }
            </ul>
            <p>
                { text::HOW_SCORED_LINK_INTRO }{ " " }
                <a href={Route::HowScored.href()}>{ text::HOW_SCORED_LINK }</a>
            </p>
        </section>
    }
}

fn axis_sources() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = CONTENT
        .axis_notes()
        .iter()
        .chain(CONTENT.axis_steps())
        .flat_map(|n| n.sources.iter().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}
