use yew::prelude::*;

use crate::card_image;
use crate::content::ui::card as text;
use crate::domain::card::{Card, Colours};
use crate::download::download_blob;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub card: Card,
}

/// The card's SVG. The reader build shows quick checks' cards alone, so it draws them without
/// the radar chart and does not carry the chart's code.
#[cfg(feature = "reader")]
fn draw(card: &Card, colours: Option<&Colours>) -> String {
    card.svg_without_radar(colours)
}

#[cfg(not(feature = "reader"))]
fn draw(card: &Card, colours: Option<&Colours>) -> String {
    card.svg::<crate::trig::Trig>(colours)
}

/// Makes the image and downloads it, or shares it (`share`) where the browser can, else
/// downloads it; what happened, in words.
async fn deliver(card: Card, share: bool) -> String {
    match card_image::png(&draw(&card, Some(&card_image::page_colours()))).await {
        Err(message) => message,
        Ok(blob) if share && card_image::share(&blob).await => text::SHARED.to_string(),
        Ok(blob) => match download_blob(text::FILE, &blob) {
            Ok(()) => text::DOWNLOADED.to_string(),
            Err(message) => message,
        },
    }
}

/// The verdict as an image to post or send: shown here in the page's colours, its text beside
/// it, with "Download image" and, where the browser can share files, "Share…".
#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let status = use_state(|| Option::<String>::None);
    let can_share = use_state(|| false);
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| {
            can_share.set(crate::navigator::can_share_files())
        });
    }
    // share: false downloads; true shares, and downloads where the browser cannot share it.
    let make = |share: bool| {
        let (status, card) = (status.clone(), props.card.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, card) = (status.clone(), card.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(deliver(card, share).await));
            });
        })
    };
    let preview = draw(&props.card, None);
    html! {
        <section class="result-card" data-testid="result-card" aria-labelledby="result-card-title">
            <h2 id="result-card-title">{ text::HEADING }</h2>
            <p>{ text::LEAD }</p>
            <figure class="card-preview">
                <div class="card-image" aria-hidden="true">{ Html::from_html_unchecked(preview.into()) }</div>
                <figcaption data-testid="card-alt">{ props.card.alt() }</figcaption>
            </figure>
            <div class="tool-row">
                <button type="button" class="button primary" data-testid="card-download" onclick={make(false)}>
                    { text::DOWNLOAD }
                </button>
                if *can_share {
                    <button type="button" class="button" data-testid="card-share" onclick={make(true)}>
                        { text::SHARE }
                    </button>
                }
            </div>
            <p class="share-status" role="status" data-testid="card-status">
                { (*status).clone().unwrap_or_default() }
            </p>
        </section>
    }
}
