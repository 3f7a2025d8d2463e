//! The binary only mounts the app; everything else lives in the library.

fn main() {
    staffcheck::start();
}
