use yew::prelude::*;

pub struct UndoNoticeProps {
    /// What was deleted, in words (ending in a space before the button).
    pub message: AttrValue,
    pub undo_label: AttrValue,
    /// `data-testid` of the notice and of its button.
    pub testid: AttrValue,
    pub undo_testid: AttrValue,
    pub on_undo: Callback<()>,
}

/// "Deleted …. Undo": said once something is deleted, until it is undone or the visitor moves on.
pub fn undo_notice(props: &UndoNoticeProps) -> Html {
    let on_undo = props.on_undo.clone();
    let undo = Callback::from(move |_: MouseEvent| on_undo.emit(()));
    html! {
        <p class="undo" role="status" data-testid={props.testid.clone()}>
            { props.message.clone() }
            <button type="button" class="link-button" data-testid={props.undo_testid.clone()} onclick={undo}>{ props.undo_label.clone() }</button>
        </p>
    }
}
