//! The reader build's card on a quick check's verdict: what the image says, and "Download image"
//! as a link to the quick check's page in history, where the full build makes the image at once
//! (`CardAsk`) and offers "Share…" (the reader build has no room for its code: 0.8 kB brotli). The full build is fetched and compiled once the link is
//! pointed at or focused: most readers never ask for an image, and on a phone the verdict should
//! not cost them the second build.

use yew::prelude::*;

use crate::content::ui::card as text;
use crate::domain::card::{Card, CardAsk};
use crate::route::Route;

pub struct QuickCardLinksProps<'a> {
    /// The quick check's id in history.
    pub attempt: &'a str,
    /// What the image says.
    pub card: &'a Card,
}

pub fn quick_card_links(props: &QuickCardLinksProps<'_>) -> Html {
    let href = Route::Attempt {
        id: props.attempt.to_string(),
    }
    .href()
        + CardAsk::Download.query();
    html! {
        <section class="result-card" data-testid="result-card" aria-labelledby="result-card-title">
            <h2 id="result-card-title">{ text::HEADING }</h2>
            <p>{ text::LEAD }</p>
            <p class="card-alt" data-testid="card-alt">{ props.card.alt() }</p>
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
