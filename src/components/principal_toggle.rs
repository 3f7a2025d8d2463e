use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrincipalToggleProps {
    pub checked: bool,
    pub on_toggle: Callback<bool>,
}

/// The checkbox that shows or hides the Principal column.
pub fn principal_toggle(props: &PrincipalToggleProps) -> Html {
    let on_change = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_toggle.emit(input.checked());
        })
    };
    html! {
        <div class="principal-toggle">
            <input
                id="toggle-principal"
                type="checkbox"
                data-testid="toggle-principal"
                checked={props.checked}
                onchange={on_change}
            />
            <label for="toggle-principal">{ crate::content::ui::compare::SHOW_PRINCIPAL }</label>
        </div>
    }
}
