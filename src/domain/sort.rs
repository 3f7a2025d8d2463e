//! A small stable sort for the short lists the widget orders (attempts, 16 dimensions).
//!
//! `slice::sort_by` and `BTreeMap: FromIterator` compile a full merge/quick sort for every call
//! site, about 3 kB of WebAssembly each; this insertion sort is a few dozen bytes per use and
//! orders equal elements exactly as `sort_by` does (it is stable too).

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal elements in their order (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by `key`, keeping equal elements in their order (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}
