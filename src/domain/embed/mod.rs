//! Embed mode, pure part, one concern per module: the widget's query string parsed and validated
//! into [`EmbedOptions`] (`options`, with its codec in `query` and origin rules in `origin`), the
//! accent colour made WCAG AA-safe (`colour`), the "open full size" URL and the widget's directory
//! (`url`), which views an embed may show (`view`), the two snippets the "Embed this" screen hands
//! out (`snippet`), and the messages posted to the host page (`messages`). No yew or web-sys:
//! tested natively in `tests/embed.rs`. The browser glue is `src/embed.rs`.
//!
//! Anything a visitor or a host page controls is validated here; a bad value falls back to the
//! default and never reaches the page's styles or a `postMessage` target. Every item is
//! re-exported here, so `crate::domain::embed::X` names it whichever module it lives in.

pub mod colour;
pub mod messages;
pub mod options;
pub mod origin;
pub mod query;
pub mod snippet;
pub mod url;
pub mod view;

pub use colour::{accent_tokens, text_on, AccentTokens, Rgb, AA_TEXT, BLACK, WHITE};
pub use messages::{verdict, Check, COMPLETED_MESSAGE, HEIGHT_MESSAGE};
pub use options::{parse_query, EmbedOptions, Theme, EMBED_PARAMS};
pub use origin::parse_origin;
pub use query::{percent_decode, percent_encode, query_pairs};
pub use snippet::{escape_html, Snippet, IFRAME_SNIPPET_HEIGHT};
pub use url::{full_size_url, widget_base};
pub use view::{is_valid_view, view_of_path};
