//! Saving text as a file the visitor downloads (exports, backups of unreadable data).

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// Offers `text` as a file called `filename`. Returns a message when the browser refuses.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    // The text's UTF-8 bytes as they are (no round trip through a JS string).
    offer(filename, &Blob::new_with_options(text, Some(mime)))
}

/// Offers `blob` (an image made in the page) as a file called `filename`.
pub fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), String> {
    offer(filename, &Blob::from(blob.clone()))
}

fn offer(filename: &str, blob: &Blob) -> Result<(), String> {
    let fail =
        |what: &str| crate::content::fill(crate::content::ui::download::FAILED, &[("what", what)]);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("document"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into()
        .map_err(|_| fail("link"))?;
    // The URL is revoked when `url` is dropped, after the click has started the download.
    let url = ObjectUrl::from(blob.clone());
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    Ok(())
}
