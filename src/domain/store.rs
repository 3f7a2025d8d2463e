//! The storage schema: one versioned envelope under one key, as plain data.
//! Parsing never panics: every input gives an envelope, a "newer version" or a "corrupt" verdict.

use serde::{Deserialize, Serialize};

use crate::content::{fill, ui::stored_data as text};
use crate::domain::evidence::{Evidence, EvidenceDraft};
use crate::domain::json::{Json, SerdeJson};
use crate::domain::people::Person;
use crate::domain::quiz::Progress;
use crate::domain::sort::sort_by;
use crate::domain::tracker::PlanProgress;

pub use crate::domain::attempt::Attempt;
pub use crate::domain::fingerprint::answers_json;

/// The one localStorage key the widget owns.
pub const KEY: &str = "staffcheck:v1";
/// Corrupt data is moved to `BACKUP_PREFIX` + a timestamp, never overwritten.
pub const BACKUP_PREFIX: &str = "staffcheck:backup:";
/// The schema this build writes. History: 1 = attempts + in_progress; 2 adds `deleted`
/// (tombstones, so merging with another tab never resurrects a deleted attempt); 3 adds the
/// evidence log (with its own tombstones), the plan's progress, and marks results saved from a
/// link (`Attempt::from_link`); 4 adds the people a mentor follows (with tombstones) and the
/// evidence entry being written; 5 adds quick checks among the attempts (`Attempt::quick`:
/// readiness only), which a schema 4 widget would show as results without dimension scores, and
/// to each evidence entry (and to the one being written) what the packet's one-page summary
/// needs: a before and an after figure, who adopted it, and a testimonial with who said it
/// (`migrate_4_to_5`).
pub const SCHEMA: u32 = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    #[serde(default)]
    pub in_progress: Option<Progress>,
    /// Ids of deleted attempts, so a merge with another tab's copy never brings them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<String>,
    /// The evidence log, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "reader", serde(skip))]
    pub evidence: Vec<Evidence>,
    /// Ids of deleted evidence entries (tombstones, as for attempts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "reader", serde(skip))]
    pub evidence_deleted: Vec<String>,
    /// The 30 / 60 / 90-day plan's start and check-offs, once started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "reader", serde(skip))]
    pub plan: Option<PlanProgress>,
    /// The people a mentor follows, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "reader", serde(skip))]
    pub people: Vec<Person>,
    /// Ids of deleted people (tombstones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "reader", serde(skip))]
    pub people_deleted: Vec<String>,
    /// The evidence entry being written, not saved yet (like `in_progress` for the quiz: each
    /// tab keeps its own; the last one saved is what a reload shows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "reader", serde(skip))]
    pub evidence_draft: Option<Box<EvidenceDraft>>,
    /// The reader build reads none of the case (`CASE_KEYS`: no screen of its shows or changes
    /// it, and reading it is 6 kB of its code): storage keeps the case as stored and writes it
    /// back as it is (`storage::carry`). This says whether the visitor has started one.
    #[cfg(feature = "reader")]
    #[serde(skip)]
    pub case_started: bool,
}

/// The envelope's members that hold the case: the evidence log, the entry being written, the
/// plan and the people, with their tombstones. The reader build carries them as stored.
pub const CASE_KEYS: [&str; 6] = [
    "evidence",
    "evidence_deleted",
    "plan",
    "people",
    "people_deleted",
    "evidence_draft",
];

/// The packet's fields of an evidence entry (and of the entry being written), which
/// `migrate_4_to_5` empties in a document older than `PACKET_SCHEMA`: the reader build empties
/// them in such a document's case too.
pub const PACKET_FIELDS: [&str; 5] = ["before", "after", "adopted_by", "quote", "quote_by"];

/// The schema that brought the packet's fields (`migrate_4_to_5`).
pub const PACKET_SCHEMA: u32 = 5;

impl Default for Envelope {
    fn default() -> Self {
        Envelope {
            schema: SCHEMA,
            attempts: Vec::new(),
            in_progress: None,
            deleted: Vec::new(),
            evidence: Vec::new(),
            evidence_deleted: Vec::new(),
            plan: None,
            people: Vec::new(),
            people_deleted: Vec::new(),
            evidence_draft: None,
            #[cfg(feature = "reader")]
            case_started: false,
        }
    }
}

/// Which side's deletions win when merging two copies of the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// Taking in another tab's save: its deletions apply to our copy.
    Theirs,
    /// Saving our copy over another tab's: what we hold (e.g. an undone delete) stays.
    Ours,
}

/// `ours` with every attempt of `theirs` that we lack and have not deleted, oldest first, so
/// neither tab's new attempt is lost. Deleted ids are kept as tombstones; `prefer` decides
/// whether `theirs`' tombstones remove attempts that `ours` holds.
pub fn merge(ours: &Envelope, theirs: &Envelope, prefer: Prefer) -> Envelope {
    let mut out = ours.clone();
    take_tombstones(&mut out.deleted, &theirs.deleted, prefer, |id| {
        ours.attempts.iter().any(|a| a.id == id)
    });
    for a in &theirs.attempts {
        if !out.attempts.iter().any(|b| b.id == a.id) && !ours.deleted.contains(&a.id) {
            out.attempts.push(a.clone());
        }
    }
    let deleted = out.deleted.clone();
    out.attempts.retain(|a| !deleted.contains(&a.id));
    sort_by(&mut out.attempts, |a, b| {
        a.finished_at.total_cmp(&b.finished_at)
    });
    // The reader build carries the case as stored (`CASE_KEYS`).
    #[cfg(not(feature = "reader"))]
    merge_case(&mut out, ours, theirs, prefer);
    out
}

/// The case half of [`merge`]: evidence, the plan and people.
#[cfg(not(feature = "reader"))]
fn merge_case(out: &mut Envelope, ours: &Envelope, theirs: &Envelope, prefer: Prefer) {
    use crate::domain::people::merge_people;
    use crate::domain::tracker;
    merge_evidence(out, ours, theirs, prefer);
    out.plan = tracker::merge(ours.plan.as_ref(), theirs.plan.as_ref());
    take_tombstones(
        &mut out.people_deleted,
        &theirs.people_deleted,
        prefer,
        |id| ours.people.iter().any(|p| p.id == id),
    );
    let theirs_people: Vec<Person> = theirs
        .people
        .iter()
        .filter(|p| !ours.people_deleted.contains(&p.id))
        .cloned()
        .collect();
    out.people = merge_people(&ours.people, &theirs_people, &out.people_deleted);
}

impl Envelope {
    /// The person with this id, if any.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// Every person as (id, name), in stored order (for choosing one).
    pub fn people_names(&self) -> Vec<(String, String)> {
        self.people
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect()
    }

    /// The visitor has started building a case (evidence, or a plan): home and the dimension
    /// pages show it (`components::case_panel`).
    pub fn has_case(&self) -> bool {
        #[cfg(feature = "reader")]
        return self.case_started;
        #[cfg(not(feature = "reader"))]
        return !self.evidence.is_empty() || self.plan.is_some();
    }
}

/// Takes the item with `id` out of `items` and marks it deleted (for undo, the caller keeps it);
/// `None` when there is no such item.
pub fn remove_with_tombstone<T>(
    items: &mut Vec<T>,
    deleted: &mut Vec<String>,
    id: &str,
    id_of: impl Fn(&T) -> &str,
) -> Option<T> {
    let pos = items.iter().position(|x| id_of(x) == id)?;
    tombstone(deleted, id);
    Some(items.remove(pos))
}

/// Marks `id` as deleted, once.
pub fn tombstone(deleted: &mut Vec<String>, id: &str) {
    if !deleted.iter().any(|d| d == id) {
        deleted.push(id.to_string());
    }
}

/// Takes in another copy's tombstones, except (when our copy is preferred) for what we still hold:
/// e.g. an undone delete.
fn take_tombstones(
    out: &mut Vec<String>,
    theirs: &[String],
    prefer: Prefer,
    held_by_us: impl Fn(&str) -> bool,
) {
    for id in theirs {
        if !(prefer == Prefer::Ours && held_by_us(id)) {
            tombstone(out, id);
        }
    }
}

/// The evidence half of [`merge_case`]: the same tombstone rule as attempts; an entry both sides hold
/// keeps its most recent edit.
#[cfg(not(feature = "reader"))]
fn merge_evidence(out: &mut Envelope, ours: &Envelope, theirs: &Envelope, prefer: Prefer) {
    take_tombstones(
        &mut out.evidence_deleted,
        &theirs.evidence_deleted,
        prefer,
        |id| ours.evidence.iter().any(|e| e.id == id),
    );
    for e in &theirs.evidence {
        match out.evidence.iter_mut().find(|o| o.id == e.id) {
            Some(o) if e.updated_at > o.updated_at => *o = e.clone(),
            Some(_) => {}
            None if !ours.evidence_deleted.contains(&e.id) => out.evidence.push(e.clone()),
            None => {}
        }
    }
    let deleted = out.evidence_deleted.clone();
    out.evidence.retain(|e| !deleted.contains(&e.id));
    sort_evidence(&mut out.evidence);
}

/// Oldest first, by day and then by last change.
pub fn sort_evidence(evidence: &mut [Evidence]) {
    sort_by(evidence, |a, b| {
        a.date
            .cmp(&b.date)
            .then(a.updated_at.total_cmp(&b.updated_at))
    });
}

/// What a stored value turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    /// Nothing stored yet.
    Empty,
    Ready(Envelope),
    /// Written by a newer widget: leave it untouched and work read-only.
    Newer {
        schema: u32,
        envelope: Option<Envelope>,
    },
    /// Not ours to understand: keep it aside, tell the visitor.
    Corrupt {
        error: String,
    },
}

/// Reads a stored value of any age (with serde_json; the browser build uses [`parse_with`]).
pub fn parse(raw: Option<&str>) -> Parsed {
    parse_with::<SerdeJson>(raw)
}

/// Reads a stored value of any age with the JSON implementation `J`.
pub fn parse_with<J: Json>(raw: Option<&str>) -> Parsed {
    let Some(raw) = raw else {
        return Parsed::Empty;
    };
    match J::parse(raw) {
        Ok(doc) => parse_doc::<J>(doc),
        Err(e) => Parsed::Corrupt {
            error: fill(text::NOT_JSON, &[("error", &e)]),
        },
    }
}

/// Reads a stored document of any age, already parsed by `J`.
pub fn parse_doc<J: Json>(doc: J::Doc) -> Parsed {
    let Some(schema) = J::uint(&doc, "schema") else {
        return Parsed::Corrupt {
            error: text::NO_SCHEMA.into(),
        };
    };
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > SCHEMA {
        // Best effort: show what we can read of it, without ever writing it back.
        let envelope = J::decode::<Envelope>(doc).ok().map(|mut e| {
            e.attempts
                .retain(|a| a.summary.readiness <= a.summary.readiness_total);
            e
        });
        return Parsed::Newer { schema, envelope };
    }
    match migrate::<J>(doc, schema) {
        Ok(envelope) => Parsed::Ready(envelope),
        Err(error) => Parsed::Corrupt { error },
    }
}

/// The step that brings an envelope of schema `from` to `from + 1` (each step has a test).
fn step(from: u32) -> Option<fn(Envelope) -> Envelope> {
    match from {
        1 => Some(migrate_1_to_2),
        2 => Some(migrate_2_to_3),
        3 => Some(migrate_3_to_4),
        4 => Some(migrate_4_to_5),
        _ => None,
    }
}

/// Brings a stored document of `schema` up to `SCHEMA`, one step at a time.
fn migrate<J: Json>(doc: J::Doc, schema: u32) -> Result<Envelope, String> {
    let steps = (schema..SCHEMA)
        .map(|s| step(s).ok_or_else(|| fill(text::UNKNOWN_SCHEMA, &[("schema", &s.to_string())])))
        .collect::<Result<Vec<_>, String>>()?;
    J::decode::<Envelope>(doc)
        .map(|e| {
            let mut e = steps.into_iter().fold(e, |e, step| step(e));
            e.attempts.iter_mut().for_each(|a| {
                a.answers = std::mem::take(&mut a.answers).sanitised();
            });
            #[cfg(not(feature = "reader"))]
            e.evidence.retain(crate::domain::evidence::is_sound);
            if let Some(p) = e.in_progress.as_mut() {
                p.answers = std::mem::take(&mut p.answers).sanitised();
            }
            e
        })
        .map_err(|e| fill(text::UNEXPECTED_SHAPE, &[("error", &e)]))
}

/// 1 -> 2: adds the list of deleted attempt ids (empty: a schema 1 document has none, so it
/// reads as empty).
pub fn migrate_1_to_2(envelope: Envelope) -> Envelope {
    Envelope {
        schema: 2,
        ..envelope
    }
}

/// 2 -> 3: adds the evidence log, the plan's progress and the `from_link` mark (all empty: a
/// schema 2 document has none, and its attempts cannot be told apart, so they stay one's own).
pub fn migrate_2_to_3(envelope: Envelope) -> Envelope {
    Envelope {
        schema: 3,
        ..envelope
    }
}

/// 3 -> 4: adds the people list and the evidence draft (empty: nothing in a schema 3 document belongs to anyone else
/// that can be told apart; "move to a person" on each history entry fixes that by hand).
pub fn migrate_3_to_4(envelope: Envelope) -> Envelope {
    Envelope {
        schema: 4,
        ..envelope
    }
}

/// 4 -> 5: adds quick checks (none: every attempt of a schema 4 document is a full self-check,
/// so none is marked quick) and the packet's fields of evidence entries and of the entry being
/// written (empty: a schema 4 widget never writes them, so any found in a schema 4 document were
/// put there by hand, and are dropped rather than trusted unchecked).
pub fn migrate_4_to_5(envelope: Envelope) -> Envelope {
    let envelope = Envelope {
        schema: 5,
        attempts: envelope
            .attempts
            .into_iter()
            .map(|a| Attempt { quick: false, ..a })
            .collect(),
        ..envelope
    };
    // The reader build empties them in the case it carries as stored (`storage::carry`).
    #[cfg(feature = "reader")]
    return envelope;
    #[cfg(not(feature = "reader"))]
    return clear_packet_fields(envelope);
}

/// Empties the packet's fields (`PACKET_FIELDS`) of every evidence entry and of the entry being
/// written.
#[cfg(not(feature = "reader"))]
fn clear_packet_fields(envelope: Envelope) -> Envelope {
    let clear = |e: Evidence| Evidence {
        before: String::new(),
        after: String::new(),
        adopted_by: String::new(),
        quote: String::new(),
        quote_by: String::new(),
        ..e
    };
    let evidence_draft = envelope.evidence_draft.map(|mut d| {
        let draft = &mut d.draft;
        for f in [
            &mut draft.before,
            &mut draft.after,
            &mut draft.adopted_by,
            &mut draft.quote,
            &mut draft.quote_by,
        ] {
            f.clear();
        }
        d
    });
    Envelope {
        evidence: envelope.evidence.into_iter().map(clear).collect(),
        evidence_draft,
        ..envelope
    }
}

/// The text stored under `KEY` (with serde_json; the browser build uses [`to_json_with`]).
pub fn to_json(envelope: &Envelope) -> String {
    to_json_with::<SerdeJson>(envelope)
}

/// The text stored under `KEY`, written by the JSON implementation `J`.
pub fn to_json_with<J: Json>(envelope: &Envelope) -> String {
    J::encode(envelope, false).unwrap_or_else(|| String::from("{}"))
}

/// Why stored data could not be used or kept, for the notice the visitor sees.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// localStorage is blocked or missing: results last only for this visit.
    Unavailable,
    /// The stored text was unreadable; it was moved to `backup_key` (or, if that failed, left in
    /// place and the widget runs without saving).
    Corrupt {
        backup_key: Option<String>,
        raw: String,
        error: String,
    },
    /// Written by a newer version of the widget: shown read-only, never overwritten.
    Newer { schema: u32 },
    /// The last save did not fit; what was stored before is intact.
    QuotaExceeded,
    /// The last save failed for another reason.
    SaveFailed(String),
}

/// What loading found: the envelope to start from, whether saving is allowed, and any notice.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub envelope: Envelope,
    pub writable: bool,
    pub notice: Option<Notice>,
}
