//! The explorer's text filter.

use crate::content::Dimension;
use crate::domain::case::fold;

/// The words of a filter query, lower-cased; an empty query has none.
pub fn terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(fold)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a dimension matches every term of the query, in its name, id or any of its texts.
pub fn matches(dimension: &Dimension, terms: &[String]) -> bool {
    let fields = [
        dimension.name,
        dimension.id,
        dimension.summary,
        dimension.senior,
        dimension.staff,
        dimension.principal,
        dimension.change,
    ];
    terms.iter().all(|term| {
        fields.iter().any(|f| fold(f).contains(term.as_str()))
            || (term.contains('-') && dimension.id.contains(term.as_str()))
    })
}

/// The indices of the dimensions that match `query`, in display order.
pub fn filter(dimensions: &[Dimension], query: &str) -> Vec<usize> {
    let terms = terms(query);
    dimensions
        .iter()
        .enumerate()
        .filter(|(_, d)| matches(d, &terms))
        .map(|(i, _)| i)
        .collect()
}
