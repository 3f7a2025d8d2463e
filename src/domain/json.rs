//! JSON text as the domain needs it, behind a small trait, so the same parsing rules (schema
//! checks, migrations, all-or-nothing imports) run on either implementation:
//!
//! - [`SerdeJson`] (natively: tests and tools) uses serde_json;
//! - in the browser, `crate::storage::json::BrowserJson` uses the browser's own `JSON.parse` and
//!   `JSON.stringify` with serde-wasm-bindgen, so the WebAssembly carries no JSON parser or
//!   printer of its own (about 40 kB).
//!
//! The domain stays pure: it only names the trait.

use serde::de::DeserializeOwned;
use serde::Serialize;

pub trait Json {
    /// A parsed document.
    type Doc;

    /// Parses JSON text; the error says why it is not JSON.
    fn parse(text: &str) -> Result<Self::Doc, String>;

    /// `doc[key]` if `doc` is an object and that member is a whole number >= 0.
    fn uint(doc: &Self::Doc, key: &str) -> Option<u64>;

    /// `doc[key]` if `doc` is an object and that member is a string.
    fn string(doc: &Self::Doc, key: &str) -> Option<String>;

    /// The elements of `doc[key]` if `doc` is an object and that member is an array.
    fn items(doc: &Self::Doc, key: &str) -> Option<Vec<Self::Doc>>;

    /// `doc[key]` if `doc` is an object with that member and it is not `null`.
    fn field(doc: &Self::Doc, key: &str) -> Option<Self::Doc>;

    /// Reads a document as `T`; the error says what did not fit.
    fn decode<T: DeserializeOwned>(doc: Self::Doc) -> Result<T, String>;

    /// `value` as JSON text (indented when `pretty`), or `None` if it cannot be written.
    fn encode<T: Serialize>(value: &T, pretty: bool) -> Option<String>;
}

/// serde_json, for native builds (and, until every caller uses `crate::storage::json`, for the
/// convenience functions `store::parse`, `store::to_json`, `history::export_json` and
/// `history::parse_import`).
pub struct SerdeJson;

impl Json for SerdeJson {
    type Doc = serde_json::Value;

    fn parse(text: &str) -> Result<Self::Doc, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    fn uint(doc: &Self::Doc, key: &str) -> Option<u64> {
        doc.get(key)?.as_u64()
    }

    fn string(doc: &Self::Doc, key: &str) -> Option<String> {
        doc.get(key)?.as_str().map(str::to_string)
    }

    fn items(doc: &Self::Doc, key: &str) -> Option<Vec<Self::Doc>> {
        doc.get(key)?.as_array().cloned()
    }

    fn field(doc: &Self::Doc, key: &str) -> Option<Self::Doc> {
        doc.get(key).filter(|v| !v.is_null()).cloned()
    }

    fn decode<T: DeserializeOwned>(doc: Self::Doc) -> Result<T, String> {
        serde_json::from_value(doc).map_err(|e| e.to_string())
    }

    fn encode<T: Serialize>(value: &T, pretty: bool) -> Option<String> {
        if pretty {
            serde_json::to_string_pretty(value).ok()
        } else {
            serde_json::to_string(value).ok()
        }
    }
}

/// For `#[serde(skip_serializing_if = "is_false")]`: a flag that is off is not written.
pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}
