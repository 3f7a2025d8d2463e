//! Views: which route an embed shows, as a route path without the leading `/#/`.

/// A view is a route path without the leading `/#/`: `""` (home), `quiz`, `explore/scope`.
/// Only lower-case letters, digits, `-` and single `/` between segments.
pub fn is_valid_view(view: &str) -> bool {
    view.is_empty()
        || (view.len() <= 100
            && view.split('/').all(|seg| {
                !seg.is_empty()
                    && seg
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            }))
}

/// The view of a router path (`/explore/scope` → `explore/scope`); invalid paths and the embed
/// screen itself give the home view `""`.
pub fn view_of_path(path: &str) -> String {
    let view = path.trim_matches('/');
    if view == "embed" || !is_valid_view(view) {
        String::new()
    } else {
        view.to_string()
    }
}
