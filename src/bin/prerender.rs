//! `cargo run --bin prerender -- OUT.html`: writes the prerendered views (see `staffcheck::prerender`)
//! for `scripts/postbuild.mjs`. Native only; on wasm32 it is an empty program.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: prerender OUT.html");
        std::process::exit(2);
    };
    let written =
        staffcheck::prerender::templates_blocking().and_then(|html| std::fs::write(&out, html));
    if let Err(e) = written {
        eprintln!("prerender: {out}: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
