use yew::prelude::*;

use crate::content::ui::person as text;
use crate::route::Route;

/// A person link that leads nowhere (deleted, merged, or from another browser).
pub fn person_missing() -> Html {
    html! {
        <div class="page person-missing" data-testid="person-missing">
            <h1>{ text::MISSING_HEADING }</h1>
            <p>{ text::MISSING }</p>
            <p><a href={Route::People.href()}>{ text::ALL_PEOPLE }</a></p>
        </div>
    }
}
