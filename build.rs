//! Compiles `content/*.toml` into static Rust data (no runtime parser in the widget).
//! A malformed file fails the build with messages naming the file, the line and the entry.

#[path = "build/content_compiler.rs"]
mod content_compiler;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build/content_compiler.rs");
    let mut texts = Vec::new();
    for name in content_compiler::FILES {
        let path = format!("content/{name}");
        println!("cargo:rerun-if-changed={path}");
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push((path, text)),
            Err(e) => fail(&[format!("{path}: cannot read: {e}")]),
        }
    }
    let ui = format!("content/{}", content_compiler::UI_FILE);
    println!("cargo:rerun-if-changed={ui}");
    match std::fs::read_to_string(&ui) {
        Ok(text) => texts.push((ui, text)),
        Err(e) => fail(&[format!("{ui}: cannot read: {e}")]),
    }
    let inputs: Vec<content_compiler::Input> = texts
        .iter()
        .map(|(path, text)| content_compiler::Input { path, text })
        .collect();
    match content_compiler::compile(&inputs) {
        Ok(code) => {
            let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
            if let Err(e) = std::fs::write(Path::new(&out).join("content.rs"), code) {
                fail(&[format!("cannot write generated content: {e}")]);
            }
        }
        Err(errors) => fail(&errors),
    }
}

fn fail(errors: &[String]) -> ! {
    eprintln!(
        "\nstaffcheck: the content files have {} error(s):",
        errors.len()
    );
    for e in errors {
        eprintln!("  error: {e}");
    }
    eprintln!();
    std::process::exit(1);
}
