use yew::prelude::*;

use crate::content::ui::footer as text;

use crate::route::Route;

/// The page footer: what staffcheck is, embedding it, how it scores, and the data it keeps.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { text::ABOUT }
            </p>
            <p>
                <a href={Route::Embed.href()}>{ text::EMBED }</a>
                { " · " }
                <a href={Route::HowScored.href()}>{ text::HOW_SCORED }</a>
                { " · " }
                <a href={Route::Data.href()}>{ text::DATA }</a>
            </p>
        </footer>
    }
}
