//! `domain::case`: the lower-casing used to compare names and to filter the explorer agrees with
//! Rust's `to_lowercase` on every character of the alphabets it folds, and is never wrong on the
//! others (it leaves them as they are).
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::domain::case::{fold, fold_char};

fn std_first(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

#[test]
fn the_folded_alphabets_agree_with_to_lowercase_character_by_character() {
    let folded = [
        0x0000..=0x017F, // Basic Latin, Latin-1, Latin Extended-A
        0x0386..=0x03CE, // modern Greek
        0x0400..=0x045F, // basic Cyrillic
        0x1E00..=0x1E95, // Latin Extended Additional
        0x1EA0..=0x1EFF, // Latin Extended Additional: Vietnamese
    ];
    for range in folded {
        for u in range {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(fold_char(c), std_first(c), "U+{u:04X} {c}");
        }
    }
}

#[test]
fn any_other_character_is_left_as_it_is_or_folded_as_to_lowercase_would() {
    for u in 0..=0x10FFFF {
        let Some(c) = char::from_u32(u) else { continue };
        let f = fold_char(c);
        assert!(f == c || f == std_first(c), "U+{u:04X} {c} folded to {f}");
    }
}

#[test]
fn names_and_filters_compare_without_case() {
    assert_eq!(fold("Émile ŁUKASZ Ölçer"), "émile łukasz ölçer");
    assert_eq!(fold("ΣΟΦΊΑ Ἀ"), "σοφία Ἀ");
    assert_eq!(fold("ДМИТРИЙ Ёлкин"), "дмитрий ёлкин");
    assert_eq!(fold("NGUYỄN"), "nguyễn");
    assert_eq!(fold("Scope"), "scope");
}
