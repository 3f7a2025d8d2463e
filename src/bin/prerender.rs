//! `cargo run --bin prerender -- INLINE.html DEFERRED.html`: writes the prerendered views (see
//! `staffcheck::prerender`) for `scripts/postbuild.mjs`: those that go into `index.html`, and the
//! deferred ones. Native only; on wasm32 it is an empty program.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [inline, deferred] = args.as_slice() else {
        eprintln!("usage: prerender INLINE.html DEFERRED.html");
        std::process::exit(2);
    };
    let written = staffcheck::prerender::templates_blocking().and_then(|views| {
        std::fs::write(inline, views.inline)?;
        std::fs::write(deferred, views.deferred)
    });
    if let Err(e) = written {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
