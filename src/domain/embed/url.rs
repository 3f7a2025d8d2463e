//! URLs derived from `location.href`: the "open full size" link and the widget's directory.

use crate::domain::embed::options::EMBED_PARAMS;
use crate::domain::embed::query::percent_decode;

/// The same page without the embed parameters (`href` is `location.href`): what "open full size"
/// links to. Other query parameters and the route (the hash) are kept.
pub fn full_size_url(href: &str) -> String {
    let (before_hash, hash) = match href.find('#') {
        Some(i) => href.split_at(i),
        None => (href, ""),
    };
    let (path, query) = match before_hash.find('?') {
        Some(i) => (&before_hash[..i], &before_hash[i + 1..]),
        None => (before_hash, ""),
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|part| !part.is_empty())
        .filter(|part| {
            let key = percent_decode(part.split('=').next().unwrap_or(""));
            !EMBED_PARAMS.contains(&key.as_str())
        })
        .collect();
    if kept.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{}{hash}", kept.join("&"))
    }
}

/// The directory the widget is served from (`location.href` without file name, query and hash),
/// ending in `/`: `https://me.github.io/staffcheck/index.html?x#/quiz` → `https://me.github.io/staffcheck/`.
/// The loader lives next to `index.html`, at `<base>embed.js`.
pub fn widget_base(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let url = &href[..end];
    let path_start = url
        .find("://")
        .map(|i| i + 3)
        .and_then(|i| url[i..].find('/').map(|j| i + j));
    match path_start {
        Some(start) => match url[start..].rfind('/') {
            Some(j) => url[..start + j + 1].to_string(),
            None => format!("{url}/"),
        },
        None => format!("{url}/"),
    }
}
