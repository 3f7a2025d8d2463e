use yew::prelude::*;

use crate::content::CONTENT;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DimensionListProps {
    /// The accessible name of the list.
    pub label: AttrValue,
}

/// Links to every dimension, with its one-line summary.
pub fn dimension_list(props: &DimensionListProps) -> Html {
    html! {
        <ul class="dimension-list" data-testid="dimension-list" aria-label={props.label.clone()}>
            { for CONTENT.dimensions.iter().map(|d| html! {
                <li key={d.id}>
                    <a href={Route::Dimension { id: d.id.to_string() }.href()}>{ d.name }</a>
                    <span class="dimension-list-summary">{ d.summary }</span>
                </li>
            }) }
        </ul>
    }
}
