use yew::prelude::*;

use crate::card_image;
use crate::content::ui::card as text;
use crate::domain::card::{asks_download, Card};
use crate::download::download_blob;
use crate::trig::Trig;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub card: Card,
}

/// Makes the image and downloads it, or shares it (`share`) where the browser can, else
/// downloads it; what happened, in words.
async fn deliver(card: Card, share: bool) -> String {
    match card_image::png(&card).await {
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
    let run = {
        let status = status.clone();
        move |card: Card, share: bool| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(deliver(card, share).await));
            });
        }
    };
    // A link that asks for the image (`?card=download`: the reader build's "Download image" on a
    // quick verdict) has it made at once, and the ask dropped from the address, so a reload or a
    // way back here does not make it again.
    let location = yew_router::hooks::use_location();
    let navigator = yew_router::hooks::use_navigator();
    let route = yew_router::hooks::use_route::<crate::route::Route>();
    let asked = location.is_some_and(|l| asks_download(l.query_str()));
    {
        let (run, card) = (run.clone(), props.card.clone());
        use_effect_with(asked, move |asked| {
            if *asked {
                run(card, false);
                if let (Some(navigator), Some(route)) = (navigator, route) {
                    navigator.replace(&route);
                }
            }
        });
    }
    let make = |share: bool| {
        let (run, card) = (run.clone(), props.card.clone());
        Callback::from(move |_: MouseEvent| run(card.clone(), share))
    };
    let preview = props.card.svg::<Trig>(None);
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
