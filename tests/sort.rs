//! The small stable sort used instead of `slice::sort_by` (for size) orders exactly like it.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use staffcheck::domain::sort::{sort_by, sort_by_key};

proptest! {
    #[test]
    fn sorts_like_std_and_is_stable(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
        let mut ours = v.clone();
        sort_by_key(&mut ours, |(k, _)| *k);
        let mut std = v.clone();
        std.sort_by_key(|(k, _)| *k);
        prop_assert_eq!(&ours, &std);

        let mut desc = v.clone();
        sort_by(&mut desc, |a, b| b.0.cmp(&a.0));
        let mut std_desc = v;
        std_desc.sort_by_key(|b| std::cmp::Reverse(b.0));
        prop_assert_eq!(desc, std_desc);
    }
}
