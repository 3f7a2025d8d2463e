//! The browser's print dialog (adapter).

/// Opens the print dialog for the page (the print stylesheet leaves only the content).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
