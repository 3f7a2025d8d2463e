//! The result card as a PNG, made in the browser (nothing is sent anywhere): the card's SVG
//! (`domain::card`) in the page's own colours ([`page_colours`]) drawn on a canvas, then downloaded or handed to
//! the Web Share API where the browser can share files.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::{fill, ui::card as text};
use crate::domain::card::{Colours, HEIGHT, WIDTH};
use crate::domain::embed::percent_encode;
use crate::navigator::{call, method, navigator};

fn failed(what: &str) -> String {
    fill(text::FAILED, &[("what", what)])
}

/// The page's colours now: its theme (light, dark or the system's) and the embed's accent. A
/// property the page does not set (never, with its own stylesheet) leaves the SVG's default.
pub fn page_colours() -> Colours {
    let style = web_sys::window().and_then(|w| {
        let root = w.document()?.document_element()?;
        w.get_computed_style(&root).ok().flatten()
    });
    Colours::from_properties(|name| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    })
}

/// A card's SVG (`WIDTH` × `HEIGHT`) as a PNG blob.
pub async fn png(svg: &str) -> Result<web_sys::Blob, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| failed("document"))?;
    let image: web_sys::HtmlImageElement = document
        .create_element("img")
        .map_err(|_| failed("img"))?
        .dyn_into()
        .map_err(|_| failed("img"))?;
    // A data: URL (the strict CSP's img-src allows data:, not blob:).
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        percent_encode(svg)
    ));
    JsFuture::from(image.decode())
        .await
        .map_err(|_| failed("decode"))?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|_| failed("canvas"))?
        .dyn_into()
        .map_err(|_| failed("canvas"))?;
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(|| failed("2d"))?;
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(|_| failed("draw"))?;
    let blob = js_sys::Promise::new(&mut |resolve, reject| {
        let refuse = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                reject.call0(&JsValue::NULL)
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if canvas
            .to_blob_with_type(done.unchecked_ref(), "image/png")
            .is_err()
        {
            let _ = refuse.call0(&JsValue::NULL);
        }
    });
    JsFuture::from(blob)
        .await
        .map_err(|_| failed("png"))?
        .dyn_into()
        .map_err(|_| failed("png"))
}

/// Shares `blob` as the file `text::FILE` where the browser can share files; false when it
/// cannot (the caller downloads instead) or the visitor dismissed the sheet.
pub async fn share(blob: &web_sys::Blob) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let parts = js_sys::Array::of1(blob);
    let Ok(file) = web_sys::File::new_with_blob_sequence_and_options(&parts, text::FILE, &options)
    else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
    let _ = js_sys::Reflect::set(&data, &"title".into(), &text::SHARE_TITLE.into());
    let can = method(&navigator, "canShare")
        .and_then(|f| f.call1(&navigator, &data).ok())
        .is_some_and(|v| v.is_truthy());
    can && call(&navigator, "share", Some(&data)).await.is_some()
}
