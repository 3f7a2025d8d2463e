//! The only code that touches localStorage. Every access returns a `Result`: storage may be
//! blocked (sandboxed or third-party iframes, some private modes), full, or hold data this build
//! cannot read. The app then keeps working in memory and says so.

pub mod json;

use crate::domain::store::{merge, parse_with, Envelope, Parsed, Prefer, BACKUP_PREFIX, KEY};
use json::{to_json, BrowserJson};

/// Reads a stored value with the browser's JSON.
fn parse(raw: Option<&str>) -> Parsed {
    parse_with::<BrowserJson>(raw)
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
