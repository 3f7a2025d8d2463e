//! Figures derived from a sample week.

use crate::content::{ActivityKind, Week};

/// Minutes per activity kind over the sample schedule, in `ActivityKind::ALL` order, and the total.
/// Blocks the source gives no duration for count nowhere.
pub fn minutes_by_kind(week: &Week) -> (Vec<(ActivityKind, u32)>, u32) {
    let rows: Vec<(ActivityKind, u32)> = ActivityKind::ALL
        .iter()
        .map(|k| {
            let sum = week
                .blocks
                .iter()
                .filter(|b| b.kind == *k)
                .filter_map(|b| b.minutes.map(u32::from))
                .sum();
            (*k, sum)
        })
        .collect();
    let total = rows.iter().map(|(_, m)| m).sum();
    (rows, total)
}

/// A whole-number percentage of `part` in `total` (0 when the total is 0).
pub fn percent(part: u32, total: u32) -> u32 {
    (part * 100 + total / 2).checked_div(total).unwrap_or(0)
}

/// The days of the sample schedule in order of first appearance.
pub fn days(week: &Week) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for b in week.blocks {
        if !out.contains(&b.day) {
            out.push(b.day);
        }
    }
    out
}

/// "3 h", "1 h 30 min", "30 min".
pub fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}
