//! Compiles the content files into static Rust data (no runtime parser in the widget).
//! A malformed file fails the build with messages naming the file, the line and the entry.
//!
//! The content folder is `content/`, or the one the environment variable `STAFFCHECK_CONTENT`
//! names (relative to the repository root, or absolute): a team's own ladder. A folder without a
//! `ui.toml` gets the interface wording of `content/ui.toml`.

#[path = "build/content_compiler.rs"]
mod content_compiler;

use std::path::{Path, PathBuf};

/// The environment variable that picks the content folder.
const CONTENT_VAR: &str = "STAFFCHECK_CONTENT";
const DEFAULT_DIR: &str = "content";

fn main() {
    println!("cargo:rerun-if-env-changed={CONTENT_VAR}");
    println!("cargo:rerun-if-changed=build/content_compiler.rs");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let dir = match std::env::var(CONTENT_VAR) {
        Ok(d) if !d.trim().is_empty() => d.trim().trim_end_matches('/').to_string(),
        _ => DEFAULT_DIR.to_string(),
    };
    // Messages name files as given (`content/dimensions.toml`, `tests/fixtures/x/quiz.toml`).
    let at = |name: &str| (format!("{dir}/{name}"), root.join(&dir).join(name));
    if !root.join(&dir).is_dir() {
        fail(&[format!(
            "{dir}: no such content folder ({CONTENT_VAR} names it, relative to {})",
            root.display()
        )]);
    }
    println!("cargo:rerun-if-changed={}", root.join(&dir).display());
    let mut texts = Vec::new();
    let read = |shown: String, path: &Path, texts: &mut Vec<(String, String)>| {
        println!("cargo:rerun-if-changed={}", path.display());
        match std::fs::read_to_string(path) {
            Ok(text) => texts.push((shown, text)),
            Err(e) => fail(&[format!("{shown}: cannot read: {e}")]),
        }
    };
    for name in content_compiler::FILES {
        let (shown, path) = at(name);
        read(shown, &path, &mut texts);
    }
    let (mut shown, mut path) = at(content_compiler::UI_FILE);
    if !path.is_file() {
        // The interface's own wording, when the folder brings none (a ui.toml added to it later
        // is seen through the folder's own rerun-if-changed).
        shown = format!("{DEFAULT_DIR}/{}", content_compiler::UI_FILE);
        path = root.join(&shown);
    }
    read(shown, &path, &mut texts);
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
