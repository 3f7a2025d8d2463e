use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBoxProps {
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

/// A labelled search box that reports every keystroke.
pub fn filter_box(props: &FilterBoxProps) -> Html {
    let on_input = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    html! {
        <div class="filter-box">
            <label for="explorer-filter">{ crate::content::ui::compare::FILTER }</label>
            <input
                id="explorer-filter"
                type="search"
                data-testid="explorer-filter"
                placeholder={crate::content::ui::compare::FILTER_PLACEHOLDER}
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                oninput={on_input}
            />
        </div>
    }
}
