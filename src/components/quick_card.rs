//! A quick check's result card, in both builds: on the reader build's verdict too, so a blog
//! reader who finishes can download or share the image without waiting for the full build.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::components::result_card::ResultCard;
use crate::content::CONTENT;
use crate::domain::card::Card;
use crate::domain::quick::QuickVerdict;

pub struct QuickCardProps<'a> {
    /// Statement id -> yes / not yet.
    pub readiness: &'a BTreeMap<String, bool>,
    /// The name the person typed, if any (a shared quick link can carry one).
    pub name: Option<&'a str>,
}

pub fn quick_card(props: &QuickCardProps<'_>) -> Html {
    let r = QuickVerdict::of(&CONTENT, props.readiness).readiness;
    let card = Card {
        count: r.count,
        total: r.total,
        bar: r.bar,
        name: props.name.map(str::to_string),
        positions: None,
    };
    html! { <ResultCard {card} /> }
}
