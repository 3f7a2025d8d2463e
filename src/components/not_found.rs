use yew::prelude::*;

use crate::content::ui::not_found as text;

use crate::components::dimension_list::{dimension_list, DimensionListProps};
use crate::route::Route;

/// A helpful not-found page: what was missing, and where to go instead. `missing`: the dimension
/// id that was asked for, when the missing page is a dimension.
pub fn not_found(missing: Option<AttrValue>) -> Html {
    html! {
        <div class="page not-found" data-testid="not-found">
            <h1>{ text::HEADING }</h1>
            if let Some(id) = &missing {
                <p class="lede">
                    { text::NO_DIMENSION_BEFORE }<code>{ id.clone() }</code>{ text::NO_DIMENSION_AFTER }
                </p>
            } else {
                <p class="lede">{ text::LEDE }</p>
            }
            { dimension_list(&DimensionListProps { label: text::ALL_DIMENSIONS.into() }) }
            <p><a href={Route::Home.href()}>{ text::HOME }</a></p>
        </div>
    }
}

/// The not-found page of `/404` and of every path that names no screen.
#[component]
pub fn NotFound() -> Html {
    not_found(None)
}
