// The rules are the full build's: the reader build reads no case, so its `has_case` comes from
// the stored document itself (`storage::carry`), which the e2e suite covers; and a run with the
// reader feature must not write a table the boot script is then checked against.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "reader")))]
//! The boot script (`boot/pick.js`) re-implements some of the app's rules, since it runs before the
//! WebAssembly: the query, the host origin, the accent colours, the route's view, what storage
//! holds, and the placeholders. This test computes a table of inputs and answers with the app's own
//! Rust functions and writes it as JSON (`target/boot-vectors.json`, or `$BOOT_VECTORS`);
//! `boot/pick.test.mjs` (`node --test boot/`) checks every vector against pick.js. The Rust answer
//! is the right one: when they differ, pick.js is fixed.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::{json, Value};
use staffcheck::content::CONTENT;
use staffcheck::domain::embed::{
    accent_tokens, parse_origin, parse_query, percent_encode, AccentTokens, Rgb,
};
use staffcheck::domain::store::{self, Envelope, Parsed, KEY, SCHEMA};
use staffcheck::env::{BASE_PLACEHOLDER, PAGE_PLACEHOLDER};
use staffcheck::prerender::{self, PARAM_PLACEHOLDER, QUIZ_RESUME_KEY};
use staffcheck::route::Route;
use yew_router::Routable;

/// Where the table goes; `boot/pick.test.mjs` reads the same path.
fn vectors_path() -> PathBuf {
    match std::env::var_os("BOOT_VECTORS") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/boot-vectors.json"),
    }
}

// --- the query (parse_query) ---

const QUERIES: &[&str] = &[
    "",
    "?",
    "?embed",
    "?embed=",
    "?embed=1",
    "?embed=0",
    "?embed=true",
    "?embed=TRUE",
    "?embed=Yes",
    "?embed=oN",
    "?embed=no",
    "?embed=false",
    "?embed=2",
    "?embed=+1+",
    "?embed=%201%09",
    // Rust's trim: U+0085 is white space, U+FEFF is not (JavaScript's trim says the opposite).
    "?embed=%C2%851",
    "?embed=%EF%BB%BF1",
    "?embed=1&embed=0",
    "?embed=0&embed=1",
    "?embed=no&embed",
    "?emb%65d=1",
    "?embed%3D1",
    "?EMBED=1",
    "?embed=1%",
    "?embed=%31",
    "?embed=%zz",
    "?embed=%ff",
    "?embed=1&&&",
    "&embed=1",
    "embed=1",
    "?x=1&embed=1",
    "?theme=dark",
    "?theme=DARK",
    "?theme=+light+",
    "?theme=Light",
    "?theme=auto",
    "?theme=blue",
    "?theme=dark&theme=light",
    "?theme=",
    "?theme=dar%6B",
    // KELVIN SIGN lower-cases to "k" in JavaScript, not in to_ascii_lowercase.
    "?theme=dar%E2%84%AA",
    "?theme=dark%ff",
    "?accent=0b5cad",
    "?accent=%230b5cad",
    "?accent=#0b5cad",
    "?accent=0BF",
    "?accent=%230bf",
    "?accent=+0bf+",
    "?accent=0b5cad&accent=ff0000",
    "?accent=0b5ca",
    "?accent=0b5cadd",
    "?accent=gggggg",
    "?accent=%23%230bf",
    "?accent=red",
    "?accent=",
    "?accent=0b5c%61d",
    "?accent=rgb(1,2,3)",
    "?embed=1&theme=dark&accent=0b5cad&events=1&origin=https%3A%2F%2Fblog.example",
    "?origin=https://blog.example",
    "?origin=https%3A%2F%2Fuser%40blog.example",
    "?origin=https://user@blog.example",
    "?origin=https%3A%2F%2Fblog.example&origin=https%3A%2F%2Fother.example",
    "?origin=https%3A%2F%2Fblog.example%",
    "?origin=https%3A%2F%2Fa_b.example",
    "?origin=+https%3A%2F%2Fblog.example%2F+",
];

fn query_vectors() -> Vec<Value> {
    let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
    // Every origin below, as the loader passes it.
    queries.extend(
        ORIGINS
            .iter()
            .map(|o| format!("?embed=1&origin={}", percent_encode(o))),
    );
    queries
        .iter()
        .map(|q| {
            let o = parse_query(q);
            json!({
                "query": q,
                "embed": o.embed,
                "theme": o.theme.as_str(),
                "accent": o.accent.map(Rgb::hex),
                "origin": o.origin,
            })
        })
        .collect()
}

// --- the host origin (parse_origin) ---

const ORIGINS: &[&str] = &[
    "https://blog.example",
    "http://blog.example",
    "https://blog.example/",
    "https://blog.example//",
    "HTTPS://Blog.EXAMPLE",
    "https://blog.example:443",
    "http://blog.example:80",
    "https://blog.example:80",
    "http://blog.example:443",
    "https://blog.example:8443",
    "https://blog.example:08443",
    "https://blog.example:0443",
    "https://blog.example:065535",
    "https://blog.example:000443",
    "https://blog.example:0",
    "https://blog.example:65535",
    "https://blog.example:65536",
    "https://blog.example:123456",
    "https://blog.example:",
    "https://blog.example:x",
    "https://blog.example:+80",
    "https://blog.example:80:90",
    "https://user@blog.example",
    "https://user:pass@blog.example",
    "https://@blog.example",
    "https://a_b.example",
    "https://_dmarc.blog.example",
    "https://bücher.example",
    "https://xn--bcher-kva.example",
    "https://BÜCHER.example",
    "https://blog.example.",
    "https://.blog.example",
    "https://blog..example",
    "https://-blog.example",
    "https://blog-.example",
    "https://b-log.example",
    "https://localhost",
    "http://localhost:8080",
    "http://127.0.0.1:4174",
    "http://[::1]:4174",
    "http://[::1]",
    "http://[::1]:80",
    "http://[::FFFF:127.0.0.1]",
    "http://[]",
    "http://[::1",
    "http://[::1]x",
    "http://[::g]",
    "https://blog.example/post",
    "https://blog.example/post/",
    "https://blog.example?x=1",
    "https://blog.example/?x=1",
    "https://blog.example#top",
    "https://blog.example\\path",
    "https://blog example",
    "https://blog.example%2F",
    "  https://blog.example  ",
    "\u{85}https://blog.example",
    "\u{feff}https://blog.example",
    "ftp://blog.example",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,x",
    "ws://blog.example",
    "https:blog.example",
    "https:/blog.example",
    "//blog.example",
    "blog.example",
    "https://",
    "https:///",
    "null",
    "*",
    "",
    "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example",
    "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example",
];

fn origin_vectors() -> Vec<Value> {
    let mut origins: Vec<String> = ORIGINS.iter().map(|o| o.to_string()).collect();
    // Host names around the 253-byte bound.
    for n in [251, 252, 253, 254] {
        let mut host = "a.".repeat(n / 2);
        host.truncate(n);
        if host.ends_with('.') {
            host.pop();
            host.push('b');
        }
        origins.push(format!("https://{host}"));
    }
    origins
        .iter()
        .map(|o| json!({ "origin": o, "expected": parse_origin(o) }))
        .collect()
}

// --- accents (accent_tokens) ---

/// Every 3-digit accent and a spread of 6-digit ones, on both themes.
fn accent_vectors() -> Vec<Value> {
    let mut colours: Vec<Rgb> = (0..4096u32)
        .map(|i| {
            let d = |shift: u32| ((i >> shift) & 15) as u8 * 17;
            Rgb::new(d(8), d(4), d(0))
        })
        .collect();
    let mut seed: u32 = 0x5eed_1234;
    for _ in 0..4000 {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let [_, r, g, b] = seed.to_be_bytes();
        colours.push(Rgb::new(r, g, b));
    }
    colours
        .iter()
        .flat_map(|&c| {
            [false, true].map(|dark| {
                let tokens: AccentTokens = accent_tokens(c, dark);
                let values: Vec<String> = tokens.properties().into_iter().map(|(_, v)| v).collect();
                json!({ "accent": c.hex(), "dark": dark, "tokens": values })
            })
        })
        .collect()
}

// --- routes (Route::recognize, to_path) ---

/// Hashes as `location.hash` gives them.
const HASHES: &[&str] = &[
    "",
    "#",
    "#/",
    "#explore",
    "#explore/scope",
    "#quiz",
    "#%2Fexplore",
    "#/explore",
    "#/explore/",
    "#/explore//",
    "#/Explore",
    "#/ex%70lore",
    "#/explore%2Fscope",
    "#/explore/scope",
    "#/explore/scope/",
    "#/explore/sc%6Fpe",
    "#/explore/sc%6fpe/",
    "#/explore/%73%63%6F%70%65",
    "#/explore/Scope",
    "#/explore/nope",
    "#/explore/a%20b",
    "#/explore/a+b",
    "#/explore/a'b",
    "#/explore/%3Cb%3E",
    "#/explore/%E2%82%AC",
    "#/explore/%ff",
    "#/explore/%C0%AF",
    "#/explore/%zz",
    "#/explore/%",
    "#/explore/scope/more",
    "#/explore/scope?x=1",
    "#/explore/sc%6Fpe?embed=1#top",
    "#/explore?q=scope",
    "#/week",
    "#/week?",
    "#/levels",
    "#/levels/",
    "#/quiz",
    "#/quiz/",
    "#/quiz?x=1",
    "#/quiz#again",
    "#/quiz:resume",
    "#/QUIZ",
    "#/quiz%3Fx",
    "#/check",
    "#/check/",
    "#/check?x=1",
    "#/check/more",
    "#/results",
    "#/results/how",
    "#/results/how/",
    "#/results/nope",
    "#/r/abc123",
    "#/r/",
    "#/r/a%2Fb",
    "#/r/abc?name=x",
    "#/history",
    "#/history/x1",
    "#/history/compare",
    "#/history/compare/a",
    "#/history/compare/a/b",
    "#/history/compare/a/b/",
    "#/history/compare//b",
    "#/embed",
    "#/evidence",
    "#/plan",
    "#/packet",
    "#/people",
    "#/people/p1",
    "#/people/p%31",
    "#/people/p1/agenda",
    "#/people/p1/agenda/",
    "#/people//agenda",
    "#/people/p1/notes",
    "#/data",
    "#/data/",
    "#/404",
    "#/nope",
    "#/nope/",
];

/// What gloo-history's `HashHistory` hands the router: a hash that does not start with `#/` is
/// replaced by `#/` at start-up; otherwise the browser's URL parser gives the path, which for the
/// characters allowed here (see `url_keeps`) is the hash up to its `?` or second `#`.
fn router_path(hash: &str) -> &str {
    let Some(rest) = hash.strip_prefix('#').filter(|r| r.starts_with('/')) else {
        return "/";
    };
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

/// The URL parser leaves this path as written: only characters it does not escape, no dot
/// segments (also `%2e`), no `//` at the start (an authority).
fn url_keeps(path: &str) -> bool {
    path.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/%-._~!$&'()*+,;=:@".contains(&b))
        && !path.starts_with("//")
        && path.split('/').all(|seg| {
            let seg = seg.to_ascii_lowercase().replace("%2e", ".");
            seg != "." && seg != ".."
        })
}

/// The prerendered views' keys (`data-route`): every route's path or pattern, each dimension's own
/// page, and the quiz in progress.
fn view_keys() -> Vec<String> {
    let mut keys: Vec<String> = Route::routes().iter().map(|r| r.to_string()).collect();
    keys.extend(
        CONTENT
            .dimensions
            .iter()
            .map(|d| format!("/explore/{}", d.id)),
    );
    keys.push(QUIZ_RESUME_KEY.to_string());
    keys
}

/// The pattern of `Route::routes()` that `path` (a route's `to_path`) fills in to give `route`,
/// with its parameters decoded.
fn pattern_of(route: &Route, path: &str) -> Option<(&'static str, Vec<String>)> {
    let segments: Vec<&str> = path.split('/').collect();
    Route::routes().into_iter().find_map(|pattern| {
        let parts: Vec<&str> = pattern.split('/').collect();
        if parts.len() != segments.len() {
            return None;
        }
        let mut params = HashMap::new();
        let mut values = Vec::new();
        for (part, seg) in parts.iter().zip(&segments) {
            match part.strip_prefix(':') {
                Some(name) => {
                    params.insert(name, *seg);
                    values.push(urlencoding::decode(seg).ok()?.into_owned());
                }
                None if part == seg => {}
                None => return None,
            }
        }
        (Route::from_path(pattern, &params).as_ref() == Some(route)).then_some((pattern, values))
    })
}

/// The view the app's route has: its own path's view if there is one, else its pattern's (with the
/// parameter the page names); the quiz's skeleton while a self-check is in progress.
fn expected_view(hash: &str, busy: bool, keys: &[String]) -> Value {
    let path = router_path(hash);
    assert!(
        url_keeps(path),
        "{hash}: the URL parser would change {path}"
    );
    let route = Route::recognize(path).unwrap_or(Route::NotFound);
    let canonical = route.to_path();
    let (key, param) = if keys.contains(&canonical) {
        (canonical.clone(), String::new())
    } else {
        let (pattern, values) = pattern_of(&route, &canonical)
            .unwrap_or_else(|| panic!("{hash}: no pattern gives {route:?} from {canonical}"));
        (
            pattern.to_string(),
            values.last().cloned().unwrap_or_default(),
        )
    };
    let key = if busy && route == Route::Quiz {
        QUIZ_RESUME_KEY.to_string()
    } else {
        key
    };
    // Whether the route's own view is in the deferred views file (fetched at once on landing).
    let early = prerender::views()
        .iter()
        .any(|v| v.deferred && v.key == canonical);
    json!({ "hash": hash, "busy": busy, "key": key, "param": param, "route": canonical, "early": early })
}

fn route_vectors(keys: &[String]) -> Vec<Value> {
    let mut out: Vec<Value> = HASHES
        .iter()
        .map(|h| expected_view(h, false, keys))
        .collect();
    for h in [
        "#/quiz",
        "#/quiz/",
        "#/quiz?x=1",
        "#quiz",
        "#/explore",
        "#/results",
        // The quick check keeps its own view while a self-check is in progress.
        "#/check",
    ] {
        out.push(expected_view(h, true, keys));
    }
    for d in CONTENT.dimensions {
        out.push(expected_view(&format!("#/explore/{}", d.id), false, keys));
        out.push(expected_view(
            &format!("#/explore/{}", percent_encode(d.id)),
            false,
            keys,
        ));
        let upper: String = d.id.to_ascii_uppercase();
        out.push(expected_view(&format!("#/explore/{upper}"), false, keys));
    }
    out
}

// --- what storage holds (store::parse, as storage::load takes it) ---

/// What the app starts from for a stored value: storage::load_stored's reading of `store::parse`.
fn loaded(raw: Option<&str>) -> Envelope {
    match store::parse(raw) {
        Parsed::Ready(envelope) => envelope,
        Parsed::Newer { envelope, .. } => envelope.unwrap_or_default(),
        Parsed::Empty | Parsed::Corrupt { .. } => Envelope::default(),
    }
}

const PROGRESS: &str = r#"{"step":2,"answers":{"readiness":{"r1":true}}}"#;
const EVIDENCE: &str =
    r#"{"id":"e1","date":"2026-01-02","title":"Led the migration","updated_at":1}"#;
const PLAN: &str = r#"{"started":"2026-01-02","started_at":1}"#;

/// Stored values, as localStorage holds them (`None`: nothing stored), with what each is. Not here,
/// since the boot script does not look that deep (a wrong guess costs a skeleton or a hand-over):
/// JSON that parses but has the wrong shape further in (the app finds it corrupt, or unreadable
/// when newer), evidence the app drops as unsound, and `4.0` for a schema (serde_json refuses it,
/// the browser's JSON, which the app uses, reads 4).
fn stored_values() -> Vec<(&'static str, Option<String>)> {
    let with =
        |schema: u32, members: &str| format!(r#"{{"schema":{schema},"attempts":[]{members}}}"#);
    let rewritten = |raw: &str| match store::parse(Some(raw)) {
        Parsed::Ready(e) => store::to_json(&e),
        other => panic!("not an envelope: {other:?}"),
    };
    let s = SCHEMA;
    let busy = with(s, &format!(r#","in_progress":{PROGRESS}"#));
    let evidence = with(s, &format!(r#","evidence":[{EVIDENCE}]"#));
    let plan = with(s, &format!(r#","plan":{PLAN}"#));
    let all = with(
        s,
        &format!(r#","in_progress":{PROGRESS},"evidence":[{EVIDENCE}],"plan":{PLAN}"#),
    );
    vec![
        ("nothing stored", None),
        ("empty", Some(String::new())),
        ("not JSON", Some("staffcheck".into())),
        ("truncated", Some(busy[..busy.len() - 5].to_string())),
        ("JSON null", Some("null".into())),
        ("an array", Some(format!("[{busy}]"))),
        (
            "no schema",
            Some(format!(r#"{{"in_progress":{PROGRESS}}}"#)),
        ),
        (
            "schema as text",
            Some(busy.replace(&format!(r#""schema":{s}"#), &format!(r#""schema":"{s}""#))),
        ),
        (
            "schema 0",
            Some(with(0, &format!(r#","in_progress":{PROGRESS}"#))),
        ),
        (
            "schema -1",
            Some(with(0, &format!(r#","in_progress":{PROGRESS}"#)).replace(":0,", ":-1,")),
        ),
        (
            "schema 4.5",
            Some(busy.replace(&format!(r#""schema":{s}"#), r#""schema":4.5"#)),
        ),
        (
            "schema 1e20",
            Some(busy.replace(&format!(r#""schema":{s}"#), r#""schema":1e20"#)),
        ),
        ("neither", Some(with(s, ""))),
        (
            "neither, as the app writes it",
            Some(store::to_json(&Envelope::default())),
        ),
        ("in progress", Some(busy.clone())),
        ("in progress, as the app writes it", Some(rewritten(&busy))),
        ("in progress null", Some(with(s, r#","in_progress":null"#))),
        (
            "in progress, schema 1",
            Some(with(1, &format!(r#","in_progress":{PROGRESS}"#))),
        ),
        (
            "in progress, schema 3",
            Some(with(3, &format!(r#","in_progress":{PROGRESS}"#))),
        ),
        ("evidence", Some(evidence.clone())),
        ("evidence, as the app writes it", Some(rewritten(&evidence))),
        ("evidence empty", Some(with(s, r#","evidence":[]"#))),
        ("plan", Some(plan.clone())),
        ("plan, as the app writes it", Some(rewritten(&plan))),
        ("plan null", Some(with(s, r#","plan":null"#))),
        (
            "in progress null, the key deeper in",
            Some(with(s, r#","in_progress":null,"later":{"in_progress":{}}"#)),
        ),
        (
            "plan null, the key deeper in",
            Some(with(s, r#","plan":null,"later":{"plan":{}}"#)),
        ),
        ("everything", Some(all.clone())),
        ("everything, as the app writes it", Some(rewritten(&all))),
        (
            "the probes' text inside a title",
            Some(with(
                s,
                r#","evidence":[{"id":"e1","date":"2026-01-02","title":"\"in_progress\":{ \"plan\":{","updated_at":1}]"#,
            )),
        ),
        (
            "a newer schema, in progress",
            Some(with(
                s + 1,
                &format!(r#","in_progress":{PROGRESS},"later":{{"x":1}}"#),
            )),
        ),
        (
            "a newer schema, a plan",
            Some(with(99, &format!(r#","plan":{PLAN}"#))),
        ),
        ("a newer schema, neither", Some(with(99, ""))),
    ]
}

fn storage_vectors() -> Vec<Value> {
    stored_values()
        .into_iter()
        .map(|(what, raw)| {
            let envelope = loaded(raw.as_deref());
            json!({
                "what": what,
                "raw": raw,
                "in_progress": envelope.in_progress.is_some(),
                "has_case": envelope.has_case(),
            })
        })
        .collect()
}

fn table() -> Value {
    let keys = view_keys();
    let names: Vec<&str> = accent_tokens(Rgb::new(0, 0, 0), false)
        .properties()
        .iter()
        .map(|(name, _)| *name)
        .collect();
    json!({
        "constants": {
            "KEY": KEY,
            "BASE": BASE_PLACEHOLDER,
            "PAGE": PAGE_PLACEHOLDER,
            "PARAM": PARAM_PLACEHOLDER,
            "QUIZ_RESUME": QUIZ_RESUME_KEY,
            "ACCENT": names,
        },
        "queries": query_vectors(),
        "origins": origin_vectors(),
        "accents": accent_vectors(),
        "keys": keys,
        "routes": route_vectors(&keys),
        "storage": storage_vectors(),
    })
}

#[test]
fn write_the_vectors_for_the_boot_script() {
    let path = vectors_path();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("the vectors' folder");
    }
    let text = serde_json::to_string(&table()).expect("the table as JSON");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn list<'a>(table: &'a Value, name: &str) -> &'a Vec<Value> {
    table[name]
        .as_array()
        .unwrap_or_else(|| panic!("no {name}"))
}

fn find<'a>(items: &'a [Value], field: &str, value: &str) -> &'a Value {
    items
        .iter()
        .find(|v| v[field] == value)
        .unwrap_or_else(|| panic!("no vector with {field} = {value}"))
}

/// The table says something: every section has vectors, both answers occur, and the known
/// divergences are in it with the app's answers.
#[test]
fn the_vectors_are_not_nonsense() {
    let t = table();

    let queries = list(&t, "queries");
    assert!(queries.len() > 100);
    assert!(
        queries.iter().any(|q| q["embed"] == true) && queries.iter().any(|q| q["embed"] == false)
    );
    for theme in ["auto", "light", "dark"] {
        assert!(queries.iter().any(|q| q["theme"] == theme), "{theme}");
    }
    assert!(
        queries.iter().any(|q| q["accent"].is_string())
            && queries.iter().any(|q| q["accent"].is_null())
    );
    assert!(
        queries.iter().any(|q| q["origin"].is_string())
            && queries.iter().any(|q| q["origin"].is_null())
    );
    assert_eq!(find(queries, "query", "?embed=0&embed=1")["embed"], false);
    assert_eq!(find(queries, "query", "?accent=0BF")["accent"], "#00bbff");
    assert_eq!(
        find(queries, "query", "?theme=dar%E2%84%AA")["theme"],
        "auto"
    );

    let origins = list(&t, "origins");
    let origin = |o: &str| find(origins, "origin", o)["expected"].clone();
    assert_eq!(origin("https://user@blog.example"), Value::Null);
    assert_eq!(origin("https://a_b.example"), Value::Null);
    assert_eq!(origin("https://bücher.example"), Value::Null);
    assert_eq!(origin("HTTPS://Blog.EXAMPLE"), "https://blog.example");
    assert_eq!(origin("https://blog.example:443"), "https://blog.example");
    assert_eq!(origin("http://[::1]:4174"), "http://[::1]:4174");
    assert!(origins.iter().filter(|o| o["expected"].is_string()).count() > 10);
    assert!(origins.iter().filter(|o| o["expected"].is_null()).count() > 10);

    let accents = list(&t, "accents");
    assert!(accents.len() > 8000);
    let hex = |v: &Value| {
        v.as_str()
            .is_some_and(|s| s.len() == 7 && Rgb::parse_hex(s).is_some())
    };
    assert!(accents.iter().all(|a| a["tokens"]
        .as_array()
        .is_some_and(|t| t.len() == 3 && t.iter().all(hex))));
    // Yellow is far too light on white: moved towards black.
    let yellow = accents
        .iter()
        .find(|a| a["accent"] == "#ffff00" && a["dark"] == false)
        .expect("yellow");
    assert_ne!(yellow["tokens"][0], "#ffff00");

    let keys: Vec<&str> = list(&t, "keys").iter().filter_map(Value::as_str).collect();
    let routes = list(&t, "routes");
    assert!(routes
        .iter()
        .all(|r| r["key"].as_str().is_some_and(|k| keys.contains(&k))));
    let view = |h: &str| find(routes, "hash", h)["key"].clone();
    assert_eq!(view("#explore"), "/");
    assert_eq!(view("#/explore/sc%6Fpe"), "/explore/scope");
    assert_eq!(view("#/explore/scope"), "/explore/scope");
    assert_eq!(view("#/explore/nope"), "/explore/:id");
    assert_eq!(view("#/explore/%ff"), "/404");
    let early = |h: &str| find(routes, "hash", h)["early"].clone();
    assert_eq!(early("#/explore/sc%6Fpe"), true);
    assert_eq!(early("#/levels"), true);
    assert_eq!(early("#/explore"), false);
    assert_eq!(early("#/explore/nope"), false);
    assert_eq!(view("#/quiz?x=1"), "/quiz");
    assert_eq!(view("#/quiz:resume"), "/404");
    assert_eq!(view("#/check/"), "/check");
    assert_eq!(find(routes, "hash", "#/explore/a%20b")["param"], "a b");
    assert!(routes.iter().any(|r| r["key"] == QUIZ_RESUME_KEY));
    for key in &keys {
        assert!(
            *key == QUIZ_RESUME_KEY || routes.iter().any(|r| r["key"] == *key),
            "no vector shows {key}"
        );
    }

    let storage = list(&t, "storage");
    for probe in ["in_progress", "has_case"] {
        assert!(
            storage.iter().any(|s| s[probe] == true),
            "{probe} never true"
        );
        assert!(
            storage.iter().any(|s| s[probe] == false),
            "{probe} never false"
        );
    }
    assert_eq!(find(storage, "what", "in progress")["in_progress"], true);
    assert_eq!(find(storage, "what", "truncated")["in_progress"], false);
    assert_eq!(
        find(storage, "what", "a newer schema, in progress")["in_progress"],
        true
    );
    assert_eq!(find(storage, "what", "evidence")["has_case"], true);
    assert_eq!(find(storage, "what", "plan")["has_case"], true);
    assert_eq!(find(storage, "what", "neither")["has_case"], false);

    assert_eq!(t["constants"]["KEY"], "staffcheck:v1");
    assert_eq!(t["constants"]["ACCENT"].as_array().map(Vec::len), Some(3));
}
