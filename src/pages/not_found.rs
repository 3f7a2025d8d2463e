use yew::prelude::*;

use crate::components::dimension_list::DimensionList;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The dimension id that was asked for, when the missing page is a dimension.
    #[prop_or_default]
    pub missing: Option<AttrValue>,
}

/// A helpful not-found page: what was missing, and where to go instead.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <div class="page not-found" data-testid="not-found">
            <h1>{ "That page does not exist" }</h1>
            if let Some(id) = &props.missing {
                <p class="lede">
                    { "There is no dimension called “" }<code>{ id.clone() }</code>{ "”. " }
                    { "It may have been mistyped. These are the dimensions staffcheck covers:" }
                </p>
            } else {
                <p class="lede">{ "The link may be mistyped or out of date. Try one of these:" }</p>
            }
            <DimensionList label="All dimensions" />
            <p><a href={Route::Home.href()}>{ "Go to the start page" }</a></p>
        </div>
    }
}
