//! The evidence log: what you did, when, what came of it and where the proof lives, tied to the
//! dimensions and readiness statements it supports. Pure data and validation.

use serde::{Deserialize, Serialize};

use crate::content::{fill, ui::evidence as text, Content};
use crate::domain::day;
use crate::domain::fingerprint::fnv1a;
use crate::domain::sort::sort_by;

/// Longest "what you did" (characters).
pub const TITLE_MAX: usize = 200;
/// Longest outcome (characters).
pub const OUTCOME_MAX: usize = 1000;
/// Longest "where the proof lives" (characters).
pub const PROOF_MAX: usize = 500;
/// Longest "before" or "after" figure (characters).
pub const FIGURE_MAX: usize = 100;
/// Longest "who adopted it" (characters).
pub const ADOPTED_MAX: usize = 300;
/// Longest testimonial (characters).
pub const QUOTE_MAX: usize = 500;
/// Longest "who said it" (characters).
pub const QUOTE_BY_MAX: usize = 150;
/// How many entries can be chosen as the strongest projects for the packet.
pub const STRONG_MAX: usize = 3;

/// One entry of the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Stable identity (merging and import go by it).
    pub id: String,
    /// The day it happened, "YYYY-MM-DD".
    pub date: String,
    /// What you did (the artifact or the piece of work).
    pub title: String,
    /// What came of it, with a number where there is one.
    #[serde(default)]
    pub outcome: String,
    /// Where the proof lives: an http(s) link or a place ("Q3 review deck, team drive").
    #[serde(default)]
    pub proof: String,
    /// Dimension ids it supports.
    #[serde(default)]
    pub dimensions: Vec<String>,
    /// Readiness statement ids it supports.
    #[serde(default)]
    pub statements: Vec<String>,
    /// The figure before the work, as typed ("45 min"); empty when not logged.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before: String,
    /// The figure after it ("15 min").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after: String,
    /// The teams or orgs that adopted it, as typed ("Payments, Search").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub adopted_by: String,
    /// A testimonial: what someone said about it, in their words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Who said it (a name and their team or role).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote_by: String,
    /// Chosen as one of the strongest projects for the promotion packet.
    #[serde(default)]
    pub strong: bool,
    /// Milliseconds since the epoch of the last change (the newer copy wins a merge).
    pub updated_at: f64,
}

/// What the form holds, as typed (kept in storage while it is being written, so leaving the page
/// or reloading loses nothing).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub date: String,
    pub title: String,
    pub outcome: String,
    pub proof: String,
    pub dimensions: Vec<String>,
    pub statements: Vec<String>,
    #[serde(default)]
    pub before: String,
    #[serde(default)]
    pub after: String,
    #[serde(default)]
    pub adopted_by: String,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub quote_by: String,
}

/// The entry being written and not yet saved: a new one (`editing` is `None`) or an edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceDraft {
    #[serde(default)]
    pub editing: Option<String>,
    pub draft: Draft,
}

impl Draft {
    /// A blank entry dated `today`.
    pub fn new(today: &str) -> Draft {
        Draft {
            date: today.to_string(),
            ..Draft::default()
        }
    }

    /// The form for editing `e`.
    pub fn of(e: &Evidence) -> Draft {
        Draft {
            date: e.date.clone(),
            title: e.title.clone(),
            outcome: e.outcome.clone(),
            proof: e.proof.clone(),
            dimensions: e.dimensions.clone(),
            statements: e.statements.clone(),
            before: e.before.clone(),
            after: e.after.clone(),
            adopted_by: e.adopted_by.clone(),
            quote: e.quote.clone(),
            quote_by: e.quote_by.clone(),
        }
    }
}

/// The form field a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Date,
    Title,
    Outcome,
    Proof,
    Before,
    After,
    AdoptedBy,
    Quote,
    QuoteBy,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// What "where the proof lives" turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proof<'a> {
    None,
    Link(&'a str),
    Place(&'a str),
    /// An address that is not http(s): never saved, never made a link.
    Refused,
}

/// Reads "where the proof lives": an http(s) address is a link, other text without an address
/// scheme is a place, and anything else that looks like an address (`javascript:…`, `file:…`,
/// `ftp://…`) is refused.
pub fn proof_kind(proof: &str) -> Proof<'_> {
    let p = proof.trim();
    if p.is_empty() {
        return Proof::None;
    }
    let scheme = p
        .split_once(':')
        .filter(|(s, rest)| {
            !s.is_empty()
                && s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !rest.starts_with(' ')
                && !p.contains(char::is_whitespace)
        })
        .map(|(s, _)| s.to_ascii_lowercase());
    match scheme.as_deref() {
        None => Proof::Place(p),
        Some("http" | "https") => {
            let host = p
                .split_once("://")
                .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""));
            match host {
                Some(h) if !h.is_empty() => Proof::Link(p),
                _ => Proof::Refused,
            }
        }
        Some(_) => Proof::Refused,
    }
}

/// Checks a draft against `today` ("YYYY-MM-DD"); every problem is reported at once, and the
/// draft itself is never changed (nothing typed is lost).
pub fn validate(draft: &Draft, today: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut err = |field, message: String| errors.push(FieldError { field, message });
    match (day::parse(&draft.date), day::parse(today)) {
        (None, _) => err(Field::Date, text::ERR_DATE.into()),
        (Some(d), Some(t)) if d > t => err(Field::Date, text::ERR_DATE_FUTURE.into()),
        _ => {}
    }
    let too_long = |max: usize| fill(text::ERR_TOO_LONG, &[("max", &max.to_string())]);
    if draft.title.trim().is_empty() {
        err(Field::Title, text::ERR_TITLE_EMPTY.into());
    } else if draft.title.trim().chars().count() > TITLE_MAX {
        err(Field::Title, too_long(TITLE_MAX));
    }
    if draft.outcome.trim().chars().count() > OUTCOME_MAX {
        err(Field::Outcome, too_long(OUTCOME_MAX));
    }
    if draft.proof.trim().chars().count() > PROOF_MAX {
        err(Field::Proof, too_long(PROOF_MAX));
    } else if proof_kind(&draft.proof) == Proof::Refused {
        err(Field::Proof, text::ERR_PROOF_LINK.into());
    }
    for (field, value, max) in [
        (Field::Before, &draft.before, FIGURE_MAX),
        (Field::After, &draft.after, FIGURE_MAX),
        (Field::AdoptedBy, &draft.adopted_by, ADOPTED_MAX),
        (Field::Quote, &draft.quote, QUOTE_MAX),
        (Field::QuoteBy, &draft.quote_by, QUOTE_BY_MAX),
    ] {
        if value.trim().chars().count() > max {
            err(field, too_long(max));
        }
    }
    // A testimonial counts with both halves: the words and who said them.
    match (
        draft.quote.trim().is_empty(),
        draft.quote_by.trim().is_empty(),
    ) {
        (true, false) => err(Field::Quote, text::ERR_QUOTE_EMPTY.into()),
        (false, true) => err(Field::QuoteBy, text::ERR_QUOTE_BY_EMPTY.into()),
        _ => {}
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The entry a valid draft makes: a new one (`existing` is `None`) or the edited `existing`.
/// Ids of dimensions or statements the content does not know are dropped.
pub fn build(content: &Content, draft: &Draft, existing: Option<&Evidence>, now: f64) -> Evidence {
    let known_dims = |id: &&String| content.dimension(id).is_some();
    let known_statements = |id: &&String| content.readiness.iter().any(|r| r.id == id.as_str());
    let id = existing.map_or_else(
        || format!("e{:x}-{:x}", now.max(0.0) as u64, fnv1a(&draft.title)),
        |e| e.id.clone(),
    );
    Evidence {
        id,
        date: draft.date.trim().to_string(),
        title: draft.title.trim().to_string(),
        outcome: draft.outcome.trim().to_string(),
        proof: draft.proof.trim().to_string(),
        dimensions: draft
            .dimensions
            .iter()
            .filter(known_dims)
            .cloned()
            .collect(),
        statements: draft
            .statements
            .iter()
            .filter(known_statements)
            .cloned()
            .collect(),
        before: draft.before.trim().to_string(),
        after: draft.after.trim().to_string(),
        adopted_by: draft.adopted_by.trim().to_string(),
        quote: draft.quote.trim().to_string(),
        quote_by: draft.quote_by.trim().to_string(),
        strong: existing.is_some_and(|e| e.strong),
        updated_at: now,
    }
}

/// The log newest first (by date, then by last change).
pub fn newest_first(evidence: &[Evidence]) -> Vec<&Evidence> {
    let mut v: Vec<&Evidence> = evidence.iter().collect();
    sort_by(&mut v, |a, b| {
        b.date
            .cmp(&a.date)
            .then(b.updated_at.total_cmp(&a.updated_at))
    });
    v
}

/// How many entries support dimension `id`.
pub fn count_for(evidence: &[Evidence], id: &str) -> usize {
    evidence
        .iter()
        .filter(|e| e.dimensions.iter().any(|d| d == id))
        .count()
}

/// The statements answered yes (`yes`, content order) that no entry supports yet: the next
/// things to write down.
pub fn unbacked<'a>(yes: &[&'a str], evidence: &[Evidence]) -> Vec<&'a str> {
    yes.iter()
        .filter(|id| {
            !evidence
                .iter()
                .any(|e| e.statements.iter().any(|s| s == *id))
        })
        .copied()
        .collect()
}

impl Evidence {
    /// Whether a before or an after figure is logged.
    pub fn has_figures(&self) -> bool {
        !self.before.is_empty() || !self.after.is_empty()
    }

    /// How much of what the packet's one-page summary shows this entry carries: an outcome,
    /// figures, a proof, who adopted it, a testimonial (0 to 5).
    pub fn packet_weight(&self) -> usize {
        [
            !self.outcome.is_empty(),
            self.has_figures(),
            !self.proof.is_empty(),
            !self.adopted_by.is_empty(),
            !self.quote.is_empty(),
        ]
        .into_iter()
        .filter(|x| *x)
        .count()
    }
}

/// Whether an imported or stored entry is usable: an id, a real date, a title.
pub fn is_sound(e: &Evidence) -> bool {
    !e.id.is_empty() && day::parse(&e.date).is_some() && !e.title.trim().is_empty()
}
