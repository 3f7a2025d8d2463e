use yew::prelude::*;

pub struct MarkdownViewProps<'a> {
    /// Markdown as the widget writes it (headings, lists, tables, paragraphs, **bold**).
    pub text: &'a str,
}

/// Shows the Markdown the widget writes (an agenda) as HTML, so the print view and the download
/// are one text. Only the few constructs the widget produces are read; everything is text, never
/// markup.
pub fn markdown_view(props: &MarkdownViewProps<'_>) -> Html {
    let lines: Vec<&str> = props.text.lines().collect();
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(h) = line.strip_prefix("# ") {
            out.push(html! { <h1>{ inline(h) }</h1> });
        } else if let Some(h) = line.strip_prefix("## ") {
            out.push(html! { <h2>{ inline(h) }</h2> });
        } else if let Some(h) = line.strip_prefix("### ") {
            out.push(html! { <h3>{ inline(h) }</h3> });
        } else if line.starts_with("- ") {
            let mut items = Vec::new();
            while i < lines.len() && lines[i].starts_with("- ") {
                items.push(html! { <li>{ inline(&lines[i][2..]) }</li> });
                i += 1;
            }
            out.push(html! { <ul>{ for items }</ul> });
            continue;
        } else if line.starts_with('|') {
            let mut rows: Vec<Vec<&str>> = Vec::new();
            while i < lines.len() && lines[i].starts_with('|') {
                let cells: Vec<&str> = lines[i]
                    .trim_matches('|')
                    .split('|')
                    .map(str::trim)
                    .collect();
                if !cells.iter().all(|c| c.chars().all(|ch| ch == '-')) {
                    rows.push(cells);
                }
                i += 1;
            }
            let (head, body) = rows
                .split_first()
                .map_or((Vec::new(), &[][..]), |(h, b)| (h.clone(), b));
            out.push(html! {
                <table class="compare-moves">
                    <thead><tr>{ for head.iter().map(|c| html! { <th scope="col">{ c.to_string() }</th> }) }</tr></thead>
                    <tbody>
                        { for body.iter().map(|r| html! {
                            <tr>
                                { for r.iter().enumerate().map(|(n, c)| if n == 0 {
                                    html! { <th scope="row">{ c.to_string() }</th> }
                                } else {
                                    html! { <td>{ c.to_string() }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            });
            continue;
        } else if !line.trim().is_empty() {
            out.push(html! { <p>{ inline(line) }</p> });
        }
        i += 1;
    }
    html! { <div class="markdown-view" data-testid="markdown-view">{ for out }</div> }
}

/// `**bold**` spans; the rest as text.
fn inline(text: &str) -> Html {
    let parts: Vec<&str> = text.split("**").collect();
    html! {
        <>
            { for parts.iter().enumerate().map(|(n, p)| if n % 2 == 1 {
                html! { <strong>{ p.to_string() }</strong> }
            } else {
                html! { { p.to_string() } }
            }) }
        </>
    }
}
