//! Lower-casing for comparing what people type: a person's name against the names kept, and the
//! explorer's filter against the content.
//!
//! Rust's `to_lowercase` carries Unicode's whole case table, about 7 kB brotli of a reader build
//! that is 150 kB in all. This folds the alphabets names and filters are typed in here: Basic
//! Latin, Latin-1, Latin Extended-A and Extended Additional (Vietnamese among them), modern Greek
//! and basic Cyrillic, one character to one, exactly as `to_lowercase` does (`tests/case.rs`
//! checks every one of them against it). Any other character is left as it is, so text in other
//! cased alphabets matches case-sensitively.

/// `c` lower-cased, when it is an upper-case letter of the alphabets above; else `c`.
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        // Latin Extended-A: upper and lower case alternate, upper first from the even code
        // point in these runs and from the odd one in the next two.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        // Latin Extended Additional (Vietnamese among others): the same, upper case even.
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        // İ lower-cases to i and a combining dot; the i alone compares as people expect.
        0x130 => 0x69,
        // The Greek capitals with tonos.
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` with every character folded (`fold_char`).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}
