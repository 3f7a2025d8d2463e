//! Browser tests (wasm-bindgen-test in headless Chromium): components render the right rows.
//! Run by `scripts/test` with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use staffcheck::components::compare_table::{compare_table, CompareTableProps};
use staffcheck::content::CONTENT;
use staffcheck::domain::filter::filter;
use staffcheck::pages::explore::Explore;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

mod browser;
use browser::{all, mount_point, until};

wasm_bindgen_test_configure!(run_in_browser);

/// `compare_table` is a plain function; the renderer needs a component around it.
#[yew::component]
fn CompareTable(props: &CompareTableProps) -> yew::Html {
    compare_table(props)
}

fn row_ids(root: &Element) -> Vec<String> {
    all(root, "[data-testid=explorer-row]")
        .iter()
        .filter_map(|e| e.get_attribute("data-dimension"))
        .collect()
}

#[wasm_bindgen_test]
async fn compare_table_renders_one_row_per_filtered_dimension() {
    let root = mount_point();
    let rows = filter(CONTENT.dimensions, "mentorship");
    let expected: Vec<String> = rows
        .iter()
        .map(|i| CONTENT.dimensions[*i].id.to_string())
        .collect();
    assert!(expected.contains(&"mentorship".to_string()));
    yew::Renderer::<CompareTable>::with_root_and_props(
        root.clone(),
        CompareTableProps {
            rows,
            show_principal: false,
            evidence: Vec::new(),
        },
    )
    .render();
    until(&root, "rows", |r| !row_ids(r).is_empty()).await;
    assert_eq!(row_ids(&root), expected);
    assert!(root
        .query_selector("[data-testid=principal-cell]")
        .expect("query")
        .is_none());
}

#[wasm_bindgen_test]
async fn compare_table_shows_the_principal_column_on_request() {
    let root = mount_point();
    yew::Renderer::<CompareTable>::with_root_and_props(
        root.clone(),
        CompareTableProps {
            rows: vec![0, 1],
            show_principal: true,
            evidence: vec![2, 0],
        },
    )
    .render();
    until(&root, "principal cells", |r| {
        r.query_selector_all("[data-testid=principal-cell]")
            .map(|l| l.length() == 2)
            .unwrap_or(false)
    })
    .await;
    // Evidence counts show only for dimensions that have some.
    let counts = root
        .query_selector_all("[data-testid=row-evidence]")
        .expect("query");
    assert_eq!(counts.length(), 1);
    let text = counts
        .get(0)
        .and_then(|n| n.text_content())
        .unwrap_or_default();
    assert!(text.starts_with('2'), "{text}");
}

#[wasm_bindgen_test]
async fn explorer_filters_rows_as_you_type() {
    let root = mount_point();
    yew::Renderer::<Explore>::with_root(root.clone()).render();
    until(&root, "all rows", |r| {
        row_ids(r).len() == CONTENT.dimensions.len()
    })
    .await;

    let input: HtmlInputElement = root
        .query_selector("[data-testid=explorer-filter]")
        .expect("query")
        .expect("filter input")
        .dyn_into()
        .expect("an input");
    let type_text = |text: &str| {
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
        input.dispatch_event(&event).expect("dispatch");
    };

    type_text("depth-vs-breadth");
    until(&root, "one row", |r| row_ids(r) == ["depth-vs-breadth"]).await;

    type_text("zzzxqj");
    until(&root, "the empty state", |r| {
        r.query_selector("[data-testid=explorer-empty]")
            .map(|e| e.is_some())
            .unwrap_or(false)
    })
    .await;
    assert!(row_ids(&root).is_empty());
    let count = root
        .query_selector("[data-testid=explorer-count]")
        .expect("query")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert_eq!(
        count,
        format!("Showing 0 of {} dimensions", CONTENT.dimensions.len())
    );

    type_text("");
    until(&root, "all rows again", |r| {
        row_ids(r).len() == CONTENT.dimensions.len()
    })
    .await;
}
