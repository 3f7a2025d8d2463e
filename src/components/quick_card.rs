//! A quick check's result card. The full build shows the card itself (`ResultCard`). The reader
//! build does not carry the card's drawing code (8 kB brotli, more than the quick check's whole
//! budget, in the build every blog reader downloads): its card says what the image says, and its
//! "Download image" leads to the quick check's page in history (`DOWNLOAD_QUERY`), where the full
//! build makes the image at once, beside "Share…" (0.8 kB more than the reader build has room
//! for) and the private link. The full build is fetched and compiled once the link is pointed at
//! or focused: most readers never ask for an image, and on a phone the verdict should not cost
//! them the second build.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::CONTENT;
use crate::domain::card::Card;
use crate::domain::quick::QuickVerdict;

pub struct QuickCardProps<'a> {
    /// Statement id -> yes / not yet.
    pub readiness: &'a BTreeMap<String, bool>,
    /// The name the person typed, if any (a shared quick link can carry one).
    pub name: Option<&'a str>,
    /// The quick check as kept in history (the reader build links to its page; without one it
    /// shows nothing).
    pub attempt: Option<&'a str>,
}

fn card(props: &QuickCardProps<'_>) -> Card {
    let r = QuickVerdict::of(&CONTENT, props.readiness).readiness;
    Card {
        count: r.count,
        total: r.total,
        bar: r.bar,
        name: props.name.map(str::to_string),
        positions: None,
    }
}

#[cfg(not(feature = "reader"))]
pub fn quick_card(props: &QuickCardProps<'_>) -> Html {
    html! { <crate::components::result_card::ResultCard card={card(props)} /> }
}

#[cfg(feature = "reader")]
pub fn quick_card(props: &QuickCardProps<'_>) -> Html {
    use crate::content::ui::card as text;
    use crate::route::Route;
    let Some(id) = props.attempt else {
        return Html::default();
    };
    let href = Route::Attempt { id: id.to_string() }.href() + crate::domain::card::DOWNLOAD_QUERY;
    html! {
        <section class="result-card" data-testid="result-card" aria-labelledby="result-card-title">
            <h2 id="result-card-title">{ text::HEADING }</h2>
            <p>{ text::LEAD }</p>
            <p class="card-alt" data-testid="card-alt">{ card(props).alt() }</p>
            <div class="tool-row">
                <a class="button primary" data-testid="card-download" href={href}
                   onpointerenter={|_| crate::boot::prefetch_full()} onfocus={|_| crate::boot::prefetch_full()}>
                    { text::DOWNLOAD }
                </a>
            </div>
            <p class="hint">{ text::MAKE_HINT }</p>
        </section>
    }
}
