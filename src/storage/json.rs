//! The browser's own JSON (`JSON.parse`, `JSON.stringify`) for the domain's [`Json`] trait:
//! values cross into Rust through serde-wasm-bindgen, so the WebAssembly carries no JSON parser
//! or printer. Only meaningful in a browser (natively every call fails).

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::history::{export_json_with, parse_import_with, ImportError, Imported};
use crate::domain::json::Json;
use crate::domain::store::Envelope;

pub struct BrowserJson;

/// `doc[key]`, or `None` when `doc` is not an object (`Reflect.get` throws on primitives).
pub(super) fn member(doc: &JsValue, key: &str) -> Option<JsValue> {
    if !doc.is_object() {
        return None;
    }
    js_sys::Reflect::get(doc, &JsValue::from_str(key)).ok()
}

impl Json for BrowserJson {
    type Doc = JsValue;

    fn parse(text: &str) -> Result<JsValue, String> {
        js_sys::JSON::parse(text).map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "unreadable".into())
        })
    }

    fn uint(doc: &JsValue, key: &str) -> Option<u64> {
        // Like serde_json's `as_u64`: a whole number from 0 up to u64::MAX.
        let n = member(doc, key)?.as_f64()?;
        (n.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(&n)).then_some(n as u64)
    }

    fn string(doc: &JsValue, key: &str) -> Option<String> {
        member(doc, key)?.as_string()
    }

    fn items(doc: &JsValue, key: &str) -> Option<Vec<JsValue>> {
        let list = member(doc, key)?;
        js_sys::Array::is_array(&list).then(|| js_sys::Array::from(&list).to_vec())
    }

    fn field(doc: &JsValue, key: &str) -> Option<JsValue> {
        member(doc, key).filter(|v| !v.is_null() && !v.is_undefined())
    }

    fn decode<T: DeserializeOwned>(doc: JsValue) -> Result<T, String> {
        serde_wasm_bindgen::from_value(doc).map_err(|e| e.to_string())
    }

    fn encode<T: Serialize>(value: &T, pretty: bool) -> Option<String> {
        stringify(&to_value(value)?, pretty)
    }
}

/// `value` as a JS value: maps as plain objects and `None` as `null`, as serde_json writes them.
fn to_value<T: Serialize>(value: &T) -> Option<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
}

fn stringify(value: &JsValue, pretty: bool) -> Option<String> {
    let text = if pretty {
        js_sys::JSON::stringify_with_replacer_and_space(value, &JsValue::NULL, &JsValue::from(2))
    } else {
        js_sys::JSON::stringify(value)
    };
    text.ok()?.as_string()
}

/// The text stored under `KEY` (`domain::store::to_json` with the browser's JSON).
#[cfg(not(feature = "reader"))]
pub fn to_json(envelope: &Envelope) -> String {
    crate::domain::store::to_json_with::<BrowserJson>(envelope)
}

/// The text stored under `KEY`: in the reader build, with the case it carries as stored.
#[cfg(feature = "reader")]
pub fn to_json(envelope: &Envelope) -> String {
    let value = to_value(envelope);
    if let Some(value) = &value {
        super::carry::put(value);
    }
    value
        .and_then(|v| stringify(&v, false))
        .unwrap_or_else(|| String::from("{}"))
}

/// The JSON export of every attempt (`domain::history::export_json` with the browser's JSON).
pub fn export_json(envelope: &Envelope, now: f64) -> String {
    export_json_with::<BrowserJson>(envelope, now)
}

/// Reads an export file, all or nothing (`domain::history::parse_import` with the browser's
/// JSON).
pub fn parse_import(text: &str) -> Result<Imported, ImportError> {
    parse_import_with::<BrowserJson>(text)
}
