use yew::prelude::*;

use crate::content::ui::markdown_tools as text;

#[derive(Properties, PartialEq)]
pub struct MarkdownToolsProps {
    /// The download's file name.
    pub file: AttrValue,
    /// The Markdown the download holds (the same text the screen shows).
    pub markdown: AttrValue,
    /// Prefix of the buttons' test ids: `<testid>-download`, `<testid>-print`.
    pub testid: AttrValue,
}

/// "Download as Markdown" and "Print" for a document shown on screen (the promotion packet, the
/// 1:1 agenda), and why a download failed, if it did.
#[component]
pub fn MarkdownTools(props: &MarkdownToolsProps) -> Html {
    let message = use_state(|| Option::<String>::None);
    let download = {
        let (file, markdown, message) =
            (props.file.clone(), props.markdown.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            message.set(crate::download::download(&file, "text/markdown", &markdown).err());
        })
    };
    let print = Callback::from(|_: MouseEvent| crate::print::print_page());
    html! {
        <>
            <div class="tool-row no-print">
                <button type="button" class="button primary" data-testid={format!("{}-download", props.testid)} onclick={download}>{ text::DOWNLOAD }</button>
                <button type="button" class="button" data-testid={format!("{}-print", props.testid)} onclick={print}>{ text::PRINT }</button>
            </div>
            if let Some(m) = &*message {
                <p role="alert" class="hint error">{ m.clone() }</p>
            }
        </>
    }
}
