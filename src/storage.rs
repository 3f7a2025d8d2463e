//! The only code that touches localStorage. Every access returns a `Result`: storage may be
//! blocked (sandboxed or third-party iframes, some private modes), full, or hold data this build
//! cannot read. The app then keeps working in memory and says so.

pub mod json;

use crate::domain::store::{merge, parse_with, Envelope, Parsed, Prefer, BACKUP_PREFIX, KEY};
use json::{to_json, BrowserJson};

/// Reads a stored value with the browser's JSON.
#[cfg(not(feature = "reader"))]
fn parse(raw: Option<&str>) -> Parsed {
    parse_with::<BrowserJson>(raw)
}

/// Reads a stored value with the browser's JSON, and keeps its case as stored (`carry`).
#[cfg(feature = "reader")]
fn parse(raw: Option<&str>) -> Parsed {
    use crate::domain::json::Json;
    let Some(doc) = raw.and_then(|raw| BrowserJson::parse(raw).ok()) else {
        return parse_with::<BrowserJson>(raw);
    };
    match crate::domain::store::parse_doc::<BrowserJson>(doc.clone()) {
        Parsed::Ready(mut envelope) => {
            carry::take(&doc);
            envelope.case_started = carry::started();
            Parsed::Ready(envelope)
        }
        other => other,
    }
}

/// The reader build's case (`domain::store::CASE_KEYS`): it reads none of it, so it keeps the
/// members of the last stored document it read as they are, and writes them back with every
/// document it writes (`json::to_json`). Another tab's changes to the case are what storage
/// holds when this build saves, so they are the ones written back.
#[cfg(feature = "reader")]
mod carry {
    use std::cell::RefCell;

    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    use super::json::member;
    use crate::domain::store::{CASE_KEYS, PACKET_FIELDS, PACKET_SCHEMA};

    thread_local! {
        static CASE: RefCell<Object> = RefCell::new(Object::new());
    }

    /// Keeps the case of `doc`, a stored document that reads as an envelope, brought up to this
    /// build's schema as `domain::store::migrate` brings the rest: a document older than
    /// `PACKET_SCHEMA` has the packet's fields emptied (`migrate_4_to_5`).
    pub fn take(doc: &JsValue) {
        let case = Object::new();
        for key in CASE_KEYS {
            if let Some(value) = member(doc, key).filter(|v| !v.is_undefined()) {
                let _ = Reflect::set(&case, &key.into(), &value);
            }
        }
        let schema = member(doc, "schema")
            .and_then(|s| s.as_f64())
            .unwrap_or(0.0);
        if schema < f64::from(PACKET_SCHEMA) {
            let mut entries: Vec<JsValue> = member(&case, "evidence")
                .filter(Array::is_array)
                .map(|list| Array::from(&list).to_vec())
                .unwrap_or_default();
            entries.extend(member(&case, "evidence_draft").and_then(|d| member(&d, "draft")));
            for entry in entries.iter().filter(|e| e.is_object()) {
                for field in PACKET_FIELDS {
                    let _ =
                        Reflect::delete_property(entry.unchecked_ref::<Object>(), &field.into());
                }
            }
        }
        CASE.with(|c| *c.borrow_mut() = case);
    }

    /// Puts the case kept into `doc`, an envelope being written.
    pub fn put(doc: &JsValue) {
        CASE.with(|c| {
            let case = c.borrow();
            for key in CASE_KEYS {
                if let Some(value) = member(&case, key).filter(|v| !v.is_undefined()) {
                    let _ = Reflect::set(doc, &key.into(), &value);
                }
            }
        });
    }

    /// Whether the case kept has evidence or a plan (`Envelope::has_case`).
    pub fn started() -> bool {
        CASE.with(|c| {
            let case = c.borrow();
            let evidence = member(&case, "evidence")
                .filter(Array::is_array)
                .is_some_and(|e| Array::from(&e).length() > 0);
            evidence || member(&case, "plan").is_some_and(|p| !p.is_null() && !p.is_undefined())
        })
    }
}

pub use crate::domain::store::{Loaded, Notice};

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Where what storage could not keep waits while the reader build hands over to the full build
/// in the same page (a property of `window`, as JSON).
const STASH: &str = "__staffcheckUnsaved";

/// Leaves the envelope for the next build in this page.
pub fn stash(envelope: &Envelope) {
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &STASH.into(), &to_json(envelope).into());
    }
}

/// What the previous build in this page could not store, taken once.
fn take_stash() -> Option<Envelope> {
    let w = web_sys::window()?;
    let text = js_sys::Reflect::get(&w, &STASH.into()).ok()?.as_string()?;
    let _ = js_sys::Reflect::delete_property(&w, &STASH.into());
    match parse(Some(&text)) {
        Parsed::Ready(envelope) => Some(envelope),
        _ => None,
    }
}

/// Reads the envelope, moving corrupt data aside first. After the reader build handed over
/// (`stash`), what it held comes back: instead of storage that cannot be written, and otherwise
/// saved now if storage does not have it yet (a save that failed, e.g. a full quota, fails again
/// here and says so, and the data stays in memory).
pub fn load() -> Loaded {
    let mut loaded = load_stored();
    let Some(held) = take_stash() else {
        return loaded;
    };
    if !loaded.writable {
        loaded.envelope = held;
    } else if held != loaded.envelope {
        match save(&held) {
            Ok(written) => loaded.envelope = written,
            Err(notice) => {
                loaded.envelope = merge(&held, &loaded.envelope, Prefer::Ours);
                loaded.notice = Some(notice);
            }
        }
    }
    loaded
}

fn load_stored() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            envelope: Envelope::default(),
            writable: false,
            notice: Some(Notice::Unavailable),
        };
    };
    let raw = match storage.get_item(KEY) {
        Ok(raw) => raw,
        Err(_) => {
            return Loaded {
                envelope: Envelope::default(),
                writable: false,
                notice: Some(Notice::Unavailable),
            }
        }
    };
    match parse(raw.as_deref()) {
        Parsed::Empty => Loaded {
            envelope: Envelope::default(),
            writable: true,
            notice: None,
        },
        Parsed::Ready(envelope) => Loaded {
            envelope,
            writable: true,
            notice: None,
        },
        Parsed::Newer { schema, envelope } => Loaded {
            envelope: envelope.unwrap_or_default(),
            writable: false,
            notice: Some(Notice::Newer { schema }),
        },
        Parsed::Corrupt { error } => {
            let raw = raw.unwrap_or_default();
            let backup_key = format!("{BACKUP_PREFIX}{}", now() as u64);
            let moved = storage.set_item(&backup_key, &raw).is_ok();
            Loaded {
                envelope: Envelope::default(),
                // Only start afresh once the old text is safe under the backup key.
                writable: moved,
                notice: Some(Notice::Corrupt {
                    backup_key: moved.then_some(backup_key),
                    raw,
                    error,
                }),
            }
        }
    }
}

/// Writes the envelope, merged with whatever another tab saved meanwhile, and returns what was
/// written. On failure nothing stored before is changed.
pub fn save(envelope: &Envelope) -> Result<Envelope, Notice> {
    let storage = local_storage().ok_or(Notice::Unavailable)?;
    let stored = storage.get_item(KEY).map_err(|_| Notice::Unavailable)?;
    let merged = match parse(stored.as_deref()) {
        Parsed::Ready(theirs) => merge(envelope, &theirs, Prefer::Ours),
        _ => envelope.clone(),
    };
    write(&storage, merged)
}

/// Writes the envelope as it is, over what is stored (after deleting everything, or undoing a
/// merge: merging would bring back what was taken away). On failure nothing stored is changed.
pub fn replace(envelope: &Envelope) -> Result<Envelope, Notice> {
    let storage = local_storage().ok_or(Notice::Unavailable)?;
    write(&storage, envelope.clone())
}

fn write(storage: &web_sys::Storage, envelope: Envelope) -> Result<Envelope, Notice> {
    #[cfg(feature = "reader")]
    let envelope = Envelope {
        case_started: carry::started(),
        ..envelope
    };
    storage
        .set_item(KEY, &to_json(&envelope))
        .map(|()| envelope)
        .map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                Notice::QuotaExceeded
            } else {
                Notice::SaveFailed(if name.is_empty() {
                    crate::content::ui::storage_notice::UNKNOWN_REASON.into()
                } else {
                    name
                })
            }
        })
}

/// The keys of the copies of unreadable data set aside at start-up (`BACKUP_PREFIX`).
pub fn backup_keys() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let n = storage.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect()
}

/// Removes every copy of unreadable data set aside (deleting everything).
pub fn remove_backups() {
    if let Some(storage) = local_storage() {
        for key in backup_keys() {
            let _ = storage.remove_item(&key);
        }
    }
}

/// How many bytes staffcheck's entry takes as the browser counts local storage (its key and its
/// text, two bytes a UTF-16 unit); `None` when storage cannot be read. Nothing stored: 0.
pub fn stored_bytes() -> Option<f64> {
    let raw = local_storage()?.get_item(KEY).ok()?;
    let units = |s: &str| s.encode_utf16().count() as f64;
    Some(raw.map_or(0.0, |r| (units(KEY) + units(&r)) * 2.0))
}

/// Re-reads the key after another tab changed it (the `storage` event).
pub fn reload() -> Option<Envelope> {
    let raw = local_storage()?.get_item(KEY).ok()?;
    match parse(raw.as_deref()) {
        Parsed::Ready(envelope) => Some(envelope),
        _ => None,
    }
}
