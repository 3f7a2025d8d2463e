//! The two snippets the "Embed this" screen hands out (the loader and the plain iframe), and the
//! URLs in them.

use crate::domain::embed::colour::Rgb;
use crate::domain::embed::options::Theme;
use crate::domain::embed::origin::parse_origin;
use crate::domain::embed::query::percent_encode;
use crate::domain::embed::view::is_valid_view;

/// Height (CSS px) of the plain-iframe snippet, which has no loader to size it.
pub const IFRAME_SNIPPET_HEIGHT: u32 = 800;

/// What an embed shows and how: the input of both snippets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The widget's directory URL, ending in `/` (see [`crate::domain::embed::url::widget_base`]).
    pub base: String,
    /// A valid view (see [`is_valid_view`]); anything else is treated as home.
    pub view: String,
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// Ask for `staffcheck:completed` events.
    pub events: bool,
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Snippet {
    fn view(&self) -> &str {
        if is_valid_view(&self.view) {
            &self.view
        } else {
            ""
        }
    }

    /// The full-size widget at this view (the no-JavaScript fallback link).
    pub fn page_url(&self) -> String {
        format!("{}#/{}", self.base, self.view())
    }

    /// The widget in embed mode at this view, optionally naming the host origin.
    pub fn embed_url(&self, origin: Option<&str>) -> String {
        let mut url = format!("{}?embed=1&theme={}", self.base, self.theme.as_str());
        if let Some(a) = self.accent {
            url.push_str(&format!("&accent={}", &a.hex()[1..]));
        }
        if let Some(o) = origin.and_then(parse_origin) {
            if self.events {
                url.push_str("&events=1");
            }
            url.push_str(&format!("&origin={}", percent_encode(&o)));
        }
        url.push_str(&format!("#/{}", self.view()));
        url
    }

    /// The loader snippet: a placeholder (a plain link without JavaScript) and `embed.js`.
    pub fn loader(&self) -> String {
        let mut attrs = format!(
            "data-staffcheck data-view=\"{}\" data-theme=\"{}\"",
            escape_html(self.view()),
            self.theme.as_str()
        );
        if let Some(a) = self.accent {
            attrs.push_str(&format!(" data-accent=\"{}\"", &a.hex()[1..]));
        }
        if self.events {
            attrs.push_str(" data-events=\"completed\"");
        }
        format!(
            "<div {attrs}>\n  <a href=\"{}\">{}</a>\n</div>\n<script async src=\"{}embed.js\"></script>",
            escape_html(&self.page_url()),
            escape_html(crate::content::ui::embed_snippet::PLACEHOLDER_LINK),
            escape_html(&self.base),
        )
    }

    /// The plain iframe snippet: no script on the host page, a fixed height and the widget's own
    /// scrollbar when the content is taller. Events need the loader (they need the host's origin).
    pub fn iframe(&self) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{IFRAME_SNIPPET_HEIGHT}\" loading=\"lazy\" allow=\"clipboard-write\" style=\"border:0;width:100%;max-width:100%\"></iframe>",
            escape_html(&self.embed_url(None)),
            escape_html(crate::content::ui::embed_snippet::IFRAME_TITLE),
        )
    }
}
