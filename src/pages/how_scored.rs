use yew::prelude::*;

use crate::content::{Figure, CONTENT};
use crate::domain::answers::{Answers, SCALE_MAX, SCALE_MIN};
use crate::domain::scoring::{
    scale_position, score, Band, MotivationFit, BAND_PATH, BAND_STAFF, CROSS_TEAM,
    DEPTH_AND_DELIVERY, MOTIVATION_DRAWN, MOTIVATION_MIXED, SCORING_VERSION, TARGET,
    WRONG_AXIS_GAP,
};
use crate::route::Route;

/// `#/how-scored`: the scoring model in plain words, with every number taken from `scoring.rs`.
#[component]
pub fn HowScored() -> Html {
    let total = CONTENT.readiness.len();
    let bar = CONTENT.bar;
    html! {
        <article class="page how-scored" data-testid="how-scored">
            <h1>{ "How is this scored?" }</h1>
            <p class="lede">
                { "Your result comes from fixed rules applied to your answers, in your browser. " }
                { "There is no weighting hidden from you and nothing is sent anywhere. " }
                { "This page describes every rule." }
            </p>

            <section aria-labelledby="hs-readiness">
                <h2 id="hs-readiness">{ format!("Readiness: the {bar}-of-{total} bar") }</h2>
                <p>
                    { format!("The readiness check has {total} statements about work you have already done. ") }
                    { "Each “yes” counts one. A “not yet”, or a statement you skipped, counts nothing. " }
                    { format!("With at least {bar} yes answers you meet the bar. ") }
                    { "This count is the verdict, and nothing else on the results page can change it: " }
                    { "not your positions, not your band and not your motivation." }
                </p>
            </section>

            <section aria-labelledby="hs-position">
                <h2 id="hs-position">{ "Your position on each dimension" }</h2>
                <p>
                    { format!("Each of the {} dimensions places you on a line from 0 to 100. ", CONTENT.dimensions.len()) }
                    { "0 means the Senior description fits your work; 100 means the Staff description fits. " }
                    { "Every dimension has one question on a five-point scale between the two descriptions:" }
                </p>
                <table class="how-scored-table" data-testid="scale-mapping">
                    <caption>{ "Scale point and the position it gives" }</caption>
                    <thead>
                        <tr><th scope="col">{ "Scale point" }</th><th scope="col" class="num">{ "Position" }</th></tr>
                    </thead>
                    <tbody>
                        { for (SCALE_MIN..=SCALE_MAX).map(|p| html! {
                            <tr>
                                <th scope="row">{ scale_point_label(p) }</th>
                                <td class="num">{ scale_position(p) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                if !CONTENT.figures.is_empty() {
                    <p>
                        { "A few dimensions also ask about a concrete figure, such as the share of your " }
                        { "time spent on work that crosses teams. Each answer has a fixed position:" }
                    </p>
                    <ul class="how-scored-figures">
                        { for CONTENT.figures.iter().map(view_figure) }
                    </ul>
                }
                <p>
                    { "A dimension’s position is the mean of the items you answered on it, rounded to a " }
                    { "whole number (halves round up). A dimension you skipped entirely has no position: " }
                    { "it is left out, never counted as 0." }
                </p>
                { view_example() }
                <p>
                    { format!("The chart’s dashed ring and the table’s target column are at {TARGET}: ") }
                    { "scale point 4, where the Staff description starts to fit. " }
                    { format!("Your gaps are up to three dimensions below {TARGET}, weakest first; ") }
                    { format!("your strengths are up to three dimensions at {BAND_PATH} or above, strongest first.") }
                </p>
            </section>

            <section aria-labelledby="hs-band">
                <h2 id="hs-band">{ "Overall position and band" }</h2>
                <p>
                    { "Your overall position is the mean of the positions of the dimensions you answered, " }
                    { "rounded the same way. It places you in one of three bands:" }
                </p>
                <table class="how-scored-table" data-testid="band-thresholds">
                    <caption>{ "Bands by overall position" }</caption>
                    <thead>
                        <tr><th scope="col">{ "Overall position" }</th><th scope="col">{ "Band" }</th></tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">{ format!("0 to {}", BAND_PATH.saturating_sub(1)) }</th><td>{ Band::Senior.label() }</td></tr>
                        <tr><th scope="row">{ format!("{BAND_PATH} to {}", BAND_STAFF.saturating_sub(1)) }</th><td>{ Band::Path.label() }</td></tr>
                        <tr><th scope="row">{ format!("{BAND_STAFF} to 100") }</th><td>{ Band::Staff.label() }</td></tr>
                    </tbody>
                </table>
            </section>

            <section aria-labelledby="hs-wrong-axis">
                <h2 id="hs-wrong-axis">{ "The wrong-axis pattern" }</h2>
                <p>
                    { "Many strong Senior engineers grow only deeper: harder projects, more delivery. " }
                    { "The results page points this out when two things are both true:" }
                </p>
                <ul>
                    <li>
                        { format!("the mean of the cross-team dimensions ({}) is below {BAND_PATH}, and", names(&CROSS_TEAM)) }
                    </li>
                    <li>
                        { format!(
                            "the mean of the depth-and-delivery dimensions ({}) is at least {WRONG_AXIS_GAP} points higher.",
                            names(&DEPTH_AND_DELIVERY)
                        ) }
                    </li>
                </ul>
                <p>{ "Both groups need at least one answered dimension for the check to apply." }</p>
            </section>

            <section aria-labelledby="hs-motivation">
                <h2 id="hs-motivation">{ "Motivation is kept separate" }</h2>
                <p>
                    { format!("The {} statements about whether you want the work use the same five-point scale ", CONTENT.motivation.len()) }
                    { "and the same positions, averaged into one number. " }
                    { format!("From {MOTIVATION_DRAWN}: “{}”. ", MotivationFit::Drawn.label()) }
                    { format!("From {MOTIVATION_MIXED} to {}: “{}”. ", MOTIVATION_DRAWN.saturating_sub(1), MotivationFit::Mixed.label()) }
                    { format!("Below {MOTIVATION_MIXED}: “{}”.", MotivationFit::Cautious.label()) }
                </p>
                <p>
                    { "It never enters readiness, positions or the band. Wanting to stay Senior is a " }
                    { "legitimate answer, and the results say so." }
                </p>
            </section>

            <section aria-labelledby="hs-not">
                <h2 id="hs-not">{ "What the score is not" }</h2>
                <p>
                    { "It is not a promotion checklist, and no company uses these exact rules. Promotion " }
                    { "committees look for impact that holds over two to three quarters, backed by artifacts " }
                    { "they can read. Treat the result as a mirror: answering generously only hides what you " }
                    { "came to find." }
                </p>
            </section>

            <p class="how-scored-version" data-testid="scoring-version">
                { format!("Scoring version {SCORING_VERSION}. Saved results record the version they were scored with.") }
            </p>
            <p><a href={Route::Explore.href()}>{ "Compare the levels, dimension by dimension" }</a></p>
        </article>
    }
}

fn scale_point_label(p: u8) -> String {
    if p == SCALE_MIN {
        format!("{p}: the Senior description")
    } else if p == SCALE_MAX {
        format!("{p}: the Staff description")
    } else {
        p.to_string()
    }
}

fn view_figure(f: &'static Figure) -> Html {
    let dimension = CONTENT
        .dimension(f.dimension)
        .map_or(f.dimension, |d| d.name);
    html! {
        <li key={f.id}>
            <strong>{ dimension }</strong>{ ": " }{ f.prompt }
            <ul class="how-scored-options">
                { for f.options.iter().map(|o| html! {
                    <li>{ format!("{}: {}", o.label, o.position) }</li>
                }) }
            </ul>
        </li>
    }
}

/// A worked example computed by the real scoring: scale point 4 plus a figure's middle option.
fn view_example() -> Html {
    let Some(f) = CONTENT.figures.first() else {
        return Html::default();
    };
    let Some(d) = CONTENT.dimension(f.dimension) else {
        return Html::default();
    };
    let index = f.options.len() / 2;
    let Some(option) = f.options.get(index) else {
        return Html::default();
    };
    let point = SCALE_MAX.saturating_sub(1).max(SCALE_MIN);
    let mut answers = Answers::default();
    answers.scale.insert(d.id.to_string(), point);
    answers
        .figures
        .insert(f.id.to_string(), u8::try_from(index).unwrap_or(0));
    let result = score(&CONTENT, &answers);
    let Some(position) = result
        .dimensions
        .iter()
        .find(|x| x.id == d.id)
        .and_then(|x| x.position)
    else {
        return Html::default();
    };
    let a = scale_position(point);
    let b = u32::from(option.position);
    let sum = a + b;
    let (exact, rounded) = if sum.is_multiple_of(2) {
        (format!("{}", sum / 2), String::new())
    } else {
        (format!("{}.5", sum / 2), format!(", rounded to {position}"))
    };
    html! {
        <p class="how-scored-example" data-testid="worked-example">
            <strong>{ "Example: " }</strong>
            { format!(
                "on {}, you pick scale point {point} (position {a}) and “{}” for the figure question \
                 (position {b}). The dimension’s position is ({a} + {b}) ÷ 2 = {exact}{rounded}.",
                d.name, option.label
            ) }
        </p>
    }
}

fn names(ids: &[&str]) -> String {
    ids.iter()
        .filter_map(|id| CONTENT.dimension(id))
        .map(|d| d.name)
        .collect::<Vec<_>>()
        .join(", ")
}
