//! Saving text as a file the visitor downloads (exports, backups of unreadable data).

use wasm_bindgen::JsCast;

/// Offers `text` as a file called `filename`. Returns a message when the browser refuses.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail =
        |what: &str| crate::content::fill(crate::content::ui::download::FAILED, &[("what", what)]);
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("document"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into()
        .map_err(|_| fail("link"))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
