use yew::prelude::*;

use crate::content::{fill, ui::how_scored as text, Figure, CONTENT};
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
    let total = CONTENT.readiness.len().to_string();
    let bar = CONTENT.bar.to_string();
    let target = TARGET.to_string();
    let path = BAND_PATH.to_string();
    let staff = BAND_STAFF.to_string();
    html! {
        <article class="page how-scored" data-testid="how-scored">
            <h1>{ text::HEADING }</h1>
            <p class="lede">{ text::LEDE }</p>

            <section aria-labelledby="hs-readiness">
                <h2 id="hs-readiness">{ fill(text::READINESS_HEADING, &[("bar", &bar), ("total", &total)]) }</h2>
                <p>{ fill(text::READINESS, &[("bar", &bar), ("total", &total)]) }</p>
            </section>

            <section aria-labelledby="hs-position">
                <h2 id="hs-position">{ text::POSITION_HEADING }</h2>
                <p>{ fill(text::POSITION, &[("count", &CONTENT.dimensions.len().to_string())]) }</p>
                <table class="how-scored-table" data-testid="scale-mapping">
                    <caption>{ text::SCALE_CAPTION }</caption>
                    <thead>
                        <tr><th scope="col">{ text::SCALE_POINT }</th><th scope="col" class="num">{ text::POSITION_COLUMN }</th></tr>
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
                    <p>{ text::FIGURES }</p>
                    <ul class="how-scored-figures">
                        { for CONTENT.figures.iter().map(view_figure) }
                    </ul>
                }
                <p>{ text::MEAN }</p>
                { view_example() }
                <p>{ fill(text::TARGET, &[("target", &target), ("path", &path)]) }</p>
            </section>

            <section aria-labelledby="hs-band">
                <h2 id="hs-band">{ text::BAND_HEADING }</h2>
                <p>{ text::BAND }</p>
                <table class="how-scored-table" data-testid="band-thresholds">
                    <caption>{ text::BAND_CAPTION }</caption>
                    <thead>
                        <tr><th scope="col">{ text::OVERALL_COLUMN }</th><th scope="col">{ text::BAND_COLUMN }</th></tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">{ range(0, BAND_PATH.saturating_sub(1)) }</th><td>{ Band::Senior.label() }</td></tr>
                        <tr><th scope="row">{ range(BAND_PATH, BAND_STAFF.saturating_sub(1)) }</th><td>{ Band::Path.label() }</td></tr>
                        <tr><th scope="row">{ fill(text::RANGE, &[("low", &staff), ("high", "100")]) }</th><td>{ Band::Staff.label() }</td></tr>
                    </tbody>
                </table>
            </section>

            <section aria-labelledby="hs-wrong-axis">
                <h2 id="hs-wrong-axis">{ text::WRONG_AXIS_HEADING }</h2>
                <p>{ text::WRONG_AXIS }</p>
                <ul>
                    <li>{ fill(text::WRONG_AXIS_CROSS, &[("names", &names(&CROSS_TEAM)), ("path", &path)]) }</li>
                    <li>
                        { fill(text::WRONG_AXIS_DEPTH, &[
                            ("names", &names(&DEPTH_AND_DELIVERY)),
                            ("gap", &WRONG_AXIS_GAP.to_string()),
                        ]) }
                    </li>
                </ul>
                <p>{ text::WRONG_AXIS_BOTH }</p>
            </section>

            <section aria-labelledby="hs-motivation">
                <h2 id="hs-motivation">{ text::MOTIVATION_HEADING }</h2>
                <p>
                    { fill(text::MOTIVATION, &[("count", &CONTENT.motivation.len().to_string())]) }{ " " }
                    { fill(text::MOTIVATION_DRAWN, &[
                        ("from", &MOTIVATION_DRAWN.to_string()),
                        ("label", MotivationFit::Drawn.label()),
                    ]) }{ " " }
                    { fill(text::MOTIVATION_MIXED, &[
                        ("from", &MOTIVATION_MIXED.to_string()),
                        ("to", &MOTIVATION_DRAWN.saturating_sub(1).to_string()),
                        ("label", MotivationFit::Mixed.label()),
                    ]) }{ " " }
                    { fill(text::MOTIVATION_CAUTIOUS, &[
                        ("below", &MOTIVATION_MIXED.to_string()),
                        ("label", MotivationFit::Cautious.label()),
                    ]) }
                </p>
                <p>{ text::MOTIVATION_SEPARATE }</p>
            </section>

            <section aria-labelledby="hs-not">
                <h2 id="hs-not">{ text::NOT_HEADING }</h2>
                <p>{ text::NOT }</p>
            </section>

            <p class="how-scored-version" data-testid="scoring-version">
                { fill(text::VERSION, &[("version", &SCORING_VERSION.to_string())]) }
            </p>
            <p><a href={Route::Explore.href()}>{ text::EXPLORE_LINK }</a></p>
        </article>
    }
}

fn range(low: u8, high: u8) -> String {
    fill(
        text::RANGE,
        &[("low", &low.to_string()), ("high", &high.to_string())],
    )
}

fn scale_point_label(p: u8) -> String {
    let point = p.to_string();
    if p == SCALE_MIN {
        fill(text::SCALE_SENIOR, &[("point", &point)])
    } else if p == SCALE_MAX {
        fill(text::SCALE_STAFF, &[("point", &point)])
    } else {
        point
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
                    <li>{ fill(text::OPTION, &[("label", o.label), ("position", &o.position.to_string())]) }</li>
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
        (
            format!("{}.5", sum / 2),
            fill(
                text::EXAMPLE_ROUNDED,
                &[("position", &position.to_string())],
            ),
        )
    };
    html! {
        <p class="how-scored-example" data-testid="worked-example">
            <strong>{ text::EXAMPLE_LABEL }{ " " }</strong>
            { fill(text::EXAMPLE, &[
                ("dimension", d.name),
                ("point", &point.to_string()),
                ("a", &a.to_string()),
                ("b", &b.to_string()),
                ("option", option.label),
                ("exact", &exact),
                ("rounded", &rounded),
            ]) }
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
