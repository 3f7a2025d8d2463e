//! A quick check's result card. The full build shows the card itself (`ResultCard`). The reader
//! build does not carry the card's drawing code (8 kB brotli, more than the quick check's whole
//! budget, in the build every blog reader downloads): its card says what the image says, and its
//! "Download image" leads to the quick check's page in history, where the full build makes the
//! image at once (`CardAsk`), beside "Share…" and the private link (`quick_card_links`).

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::content::CONTENT;
use crate::domain::card::{Card, CardAsk};
use crate::domain::quick::QuickVerdict;

pub struct QuickCardProps<'a> {
    /// Statement id -> yes / not yet.
    pub readiness: &'a BTreeMap<String, bool>,
    /// The name the person typed, if any (a shared quick link can carry one).
    pub name: Option<&'a str>,
    /// The quick check as kept in history (the reader build links to its page; without one it
    /// shows nothing).
    pub attempt: Option<&'a str>,
    /// What the link that led here asks the card to do at once (the full build's card).
    pub ask: Option<CardAsk>,
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
    html! { <crate::components::result_card::ResultCard card={card(props)} ask={props.ask} /> }
}

#[cfg(feature = "reader")]
pub fn quick_card(props: &QuickCardProps<'_>) -> Html {
    use crate::components::quick_card_links::{quick_card_links, QuickCardLinksProps};
    let Some(attempt) = props.attempt else {
        return Html::default();
    };
    quick_card_links(&QuickCardLinksProps {
        attempt,
        card: &card(props),
    })
}
