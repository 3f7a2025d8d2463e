//! History as pure data: export and import files, comparing attempts, trends, a Markdown summary.

use serde::{Deserialize, Serialize};

use crate::content::{fill, ui, Content};
use crate::domain::attempt::Attempt;
use crate::domain::evidence::{is_sound, Evidence};
use crate::domain::json::{Json, SerdeJson};
use crate::domain::people::Person;
use crate::domain::scoring::score;
use crate::domain::sort::sort_by;
use crate::domain::store::{merge, sort_evidence, Envelope, Prefer};
use crate::domain::tracker::PlanProgress;

pub use crate::domain::day::iso_date;

/// Marks a staffcheck export file.
pub const EXPORT_FORMAT: &str = "staffcheck-history";
/// Export files larger than this are refused before parsing (a history is a few KB).
pub const IMPORT_MAX_BYTES: usize = 2_000_000;

/// The export format this build writes: 1 = attempts; 2 adds the evidence log and the plan;
/// 3 adds the people a mentor follows; 4 adds the evidence entries' before and after figures,
/// who adopted them and testimonials (an older build would import the entries without them).
pub const EXPORT_VERSION: u32 = 4;

#[derive(Serialize, Deserialize)]
struct ExportFile {
    format: String,
    version: u32,
    exported_at: f64,
    attempts: Vec<Attempt>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan: Option<PlanProgress>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    people: Vec<Person>,
}

/// What an export file holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub attempts: Vec<Attempt>,
    pub evidence: Vec<Evidence>,
    pub plan: Option<PlanProgress>,
    pub people: Vec<Person>,
}

/// The JSON export of every attempt (with serde_json; the browser build uses
/// [`export_json_with`]).
pub fn export_json(envelope: &Envelope, now: f64) -> String {
    export_json_with::<SerdeJson>(envelope, now)
}

/// The JSON export of every attempt, written by the JSON implementation `J`.
pub fn export_json_with<J: Json>(envelope: &Envelope, now: f64) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT.into(),
        version: EXPORT_VERSION,
        exported_at: now,
        attempts: envelope.attempts.clone(),
        evidence: envelope.evidence.clone(),
        plan: envelope.plan.clone(),
        people: envelope.people.clone(),
    };
    J::encode(&file, true).unwrap_or_default()
}

/// Why an import file was refused; nothing is changed when this happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson(String),
    NotAnExport,
    NewerVersion(u32),
    BadAttempt(usize, String),
    BadEvidence(usize, String),
    BadPlan(String),
    BadPerson(usize, String),
}

impl ImportError {
    pub fn message(&self) -> String {
        use ui::import_error as text;
        // The entry's number first: the error text, last, may hold anything.
        let damaged = |message: &str, i: usize, e: &str| {
            fill(message, &[("n", &(i + 1).to_string()), ("error", e)])
        };
        match self {
            ImportError::TooLarge => text::TOO_LARGE.into(),
            ImportError::NotJson(e) => fill(text::NOT_JSON, &[("error", e)]),
            ImportError::NotAnExport => text::NOT_AN_EXPORT.into(),
            ImportError::NewerVersion(v) => {
                fill(text::NEWER_VERSION, &[("version", &v.to_string())])
            }
            ImportError::BadAttempt(i, e) => damaged(text::BAD_ATTEMPT, *i, e),
            ImportError::BadEvidence(i, e) => damaged(text::BAD_EVIDENCE, *i, e),
            ImportError::BadPerson(i, e) => damaged(text::BAD_PERSON, *i, e),
            ImportError::BadPlan(e) => fill(text::BAD_PLAN, &[("error", e)]),
        }
    }
}

/// Reads an export file, all or nothing (with serde_json; the browser build uses
/// [`parse_import_with`]).
pub fn parse_import(text: &str) -> Result<Imported, ImportError> {
    parse_import_with::<SerdeJson>(text)
}

/// Reads an export file with the JSON implementation `J`, all or nothing.
pub fn parse_import_with<J: Json>(text: &str) -> Result<Imported, ImportError> {
    if text.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let doc = J::parse(text).map_err(ImportError::NotJson)?;
    if J::string(&doc, "format").as_deref() != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = J::uint(&doc, "version").ok_or(ImportError::NotAnExport)?;
    if version > u64::from(EXPORT_VERSION) {
        return Err(ImportError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let list = J::items(&doc, "attempts").ok_or(ImportError::NotAnExport)?;
    let evidence = J::items(&doc, "evidence").unwrap_or_default();
    let evidence = evidence
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            J::decode::<Evidence>(e)
                .map_err(|e| ImportError::BadEvidence(i, e))
                .and_then(|e| {
                    if is_sound(&e) {
                        Ok(e)
                    } else {
                        Err(ImportError::BadEvidence(
                            i,
                            ui::import_error::EVIDENCE_INCOMPLETE.into(),
                        ))
                    }
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let attempts = list
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            J::decode::<Attempt>(a)
                .map_err(|e| ImportError::BadAttempt(i, e))
                .and_then(|mut a| {
                    if !a.finished_at.is_finite() || a.id.is_empty() {
                        return Err(ImportError::BadAttempt(
                            i,
                            ui::import_error::ATTEMPT_INCOMPLETE.into(),
                        ));
                    }
                    a.answers = std::mem::take(&mut a.answers).sanitised();
                    Ok(a)
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let plan = J::field(&doc, "plan")
        .map(|p| J::decode::<PlanProgress>(p).map_err(ImportError::BadPlan))
        .transpose()?;
    let people = J::items(&doc, "people")
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            J::decode::<Person>(p)
                .map_err(|e| ImportError::BadPerson(i, e))
                .and_then(|p| {
                    if p.id.is_empty() || p.name.trim().is_empty() {
                        Err(ImportError::BadPerson(
                            i,
                            ui::import_error::PERSON_INCOMPLETE.into(),
                        ))
                    } else {
                        Ok(p)
                    }
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Imported {
        attempts,
        evidence,
        plan,
        people,
    })
}

/// Adds imported attempts that are not there yet (by id). Returns the new envelope and how many
/// were added. Importing the same file twice adds nothing the second time.
pub fn merge_import(envelope: &Envelope, attempts: &[Attempt]) -> (Envelope, usize) {
    let mut out = envelope.clone();
    let mut added = 0;
    for a in attempts {
        if !out.attempts.iter().any(|b| b.id == a.id) {
            out.attempts.push(a.clone());
            out.deleted.retain(|id| id != &a.id);
            added += 1;
        }
    }
    sort_by(&mut out.attempts, |a, b| {
        a.finished_at.total_cmp(&b.finished_at)
    });
    (out, added)
}

/// How much an import added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub attempts: usize,
    pub evidence: usize,
    /// People new here, and check-ins new for people already here.
    pub people: usize,
}

impl Added {
    pub fn total(self) -> usize {
        self.attempts + self.evidence + self.people
    }

    /// What an import added, in words: "Imported 2 attempts and 1 person or check-in.", or that
    /// nothing was new.
    pub fn message(self) -> String {
        use crate::domain::kept::count;
        use ui::history_import as text;
        let parts: Vec<String> = [
            (self.attempts, text::ONE_ATTEMPT, text::ATTEMPTS),
            (self.evidence, text::ONE_ENTRY, text::ENTRIES),
            (self.people, text::ONE_PERSON_ITEM, text::PEOPLE_ITEMS),
        ]
        .into_iter()
        .filter(|(n, ..)| *n > 0)
        .map(|(n, one, many)| count(n, one, many))
        .collect();
        let what = match parts.as_slice() {
            [] => return text::NOTHING_NEW.to_string(),
            [a] => a.clone(),
            [a, b] => fill(text::BOTH, &[("a", a), ("b", b)]),
            [a, b, c, ..] => fill(text::THREE, &[("a", a), ("b", b), ("c", c)]),
        };
        fill(text::IMPORTED, &[("what", &what)])
    }
}

/// Adds what an export holds and is not here yet: attempts and evidence entries by id, the plan's
/// check-offs by their latest setting. Returns the new envelope and how many attempts and entries
/// were added; importing the same file twice adds nothing the second time.
pub fn merge_imported(envelope: &Envelope, imported: &Imported) -> (Envelope, Added) {
    let (mut out, attempts) = merge_import(envelope, &imported.attempts);
    let mut added = Added {
        attempts,
        ..Added::default()
    };
    // An import brings back a person deleted here, as it does an attempt.
    out.people_deleted
        .retain(|id| !imported.people.iter().any(|p| &p.id == id));
    let before: usize = out.people.iter().map(|p| p.checkins.len() + 1).sum();
    for e in &imported.evidence {
        if !out.evidence.iter().any(|o| o.id == e.id) {
            out.evidence.push(e.clone());
            out.evidence_deleted.retain(|id| id != &e.id);
            added.evidence += 1;
        }
    }
    sort_evidence(&mut out.evidence);
    let theirs = Envelope {
        plan: imported.plan.clone(),
        people: imported.people.clone(),
        ..Envelope::default()
    };
    let merged = merge(&out, &theirs, Prefer::Ours);
    out.plan = merged.plan;
    out.people = merged.people;
    let after: usize = out.people.iter().map(|p| p.checkins.len() + 1).sum();
    added.people = after.saturating_sub(before);
    (out, added)
}

/// Attempts newest first.
pub fn newest_first(envelope: &Envelope) -> Vec<&Attempt> {
    let mut v: Vec<&Attempt> = envelope.attempts.iter().collect();
    sort_by(&mut v, |a, b| b.finished_at.total_cmp(&a.finished_at));
    v
}

/// One dimension's movement between two attempts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Movement {
    pub id: &'static str,
    pub name: &'static str,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl Movement {
    pub fn delta(&self) -> Option<i16> {
        Some(i16::from(self.after?) - i16::from(self.before?))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub movements: Vec<Movement>,
    /// Readiness statements that became yes / stopped being yes.
    pub gained: Vec<&'static str>,
    pub lost: Vec<&'static str>,
    pub readiness: (u8, u8),
    pub overall: (Option<u8>, Option<u8>),
}

/// How `after` differs from `before`, recomputed with the current scoring.
pub fn compare(content: &Content, before: &Attempt, after: &Attempt) -> Comparison {
    let a = score(content, &before.answers);
    let b = score(content, &after.answers);
    let movements = a
        .dimensions
        .iter()
        .zip(b.dimensions.iter())
        .map(|(x, y)| Movement {
            id: x.id,
            name: x.name,
            before: x.position,
            after: y.position,
        })
        .collect();
    let gained = b
        .readiness
        .yes
        .iter()
        .filter(|id| !a.readiness.yes.contains(id))
        .copied()
        .collect();
    let lost = a
        .readiness
        .yes
        .iter()
        .filter(|id| !b.readiness.yes.contains(id))
        .copied()
        .collect();
    Comparison {
        movements,
        gained,
        lost,
        readiness: (a.readiness.count, b.readiness.count),
        overall: (a.overall, b.overall),
    }
}

/// A Markdown summary of one attempt, for a 1:1 or a promotion packet. Private notes are
/// included only when `with_notes` is set.
pub fn markdown_summary(content: &Content, attempt: &Attempt, with_notes: bool) -> String {
    use ui::markdown_summary as text;
    let s = score(content, &attempt.answers);
    let mut out = String::new();
    let title = if attempt.quick {
        text::QUICK_TITLE
    } else {
        text::TITLE
    };
    out.push_str(&format!(
        "# {}\n\n",
        fill(title, &[("date", &iso_date(attempt.finished_at))])
    ));
    if attempt.quick {
        let total = s.readiness.total.to_string();
        out.push_str(&format!(
            "{}\n\n",
            fill(text::QUICK_KIND, &[("total", &total)])
        ));
    }
    let verdict = if s.readiness.meets_bar() {
        text::MEETS_BAR
    } else {
        text::BELOW_BAR
    };
    let readiness = fill(
        text::READINESS,
        &[
            ("count", &s.readiness.count.to_string()),
            ("total", &s.readiness.total.to_string()),
            ("verdict", verdict),
            ("bar", &s.readiness.bar.to_string()),
        ],
    );
    out.push_str(&format!("**{}** {readiness}\n\n", text::READINESS_LABEL));
    if let (Some(overall), Some(band)) = (s.overall, s.band()) {
        let line = fill(
            text::OVERALL,
            &[
                ("overall", &overall.to_string()),
                ("band", &crate::domain::case::fold(band.label())),
            ],
        );
        out.push_str(&format!("**{}** {line}\n\n", text::OVERALL_LABEL));
    }
    out.push_str(&format!("## {}\n\n", text::STATEMENTS_HEADING));
    for r in content.readiness {
        let yes = s.readiness.yes.contains(&r.id);
        out.push_str(&format!("- [{}] {}\n", if yes { "x" } else { " " }, r.text));
        if with_notes {
            if let Some(note) = attempt.answers.notes.get(r.id) {
                out.push_str(&format!(
                    "  - _{}_ {}\n",
                    text::NOTE_LABEL,
                    note.replace('\n', " ")
                ));
            }
        }
    }
    // A quick check answered no dimension question: no table of "not answered" rows.
    if attempt.quick {
        return out;
    }
    out.push_str(&format!(
        "\n## {}\n\n| {} | {} |\n|---|---|\n",
        text::DIMENSIONS_HEADING,
        text::DIMENSION_COLUMN,
        text::POSITION_COLUMN
    ));
    for d in &s.dimensions {
        let p = d
            .position
            .map_or(text::NOT_ANSWERED.to_string(), |p| p.to_string());
        out.push_str(&format!("| {} | {p} |\n", d.name));
    }
    let gaps = s.gaps(3);
    if !gaps.is_empty() {
        out.push_str(&format!("\n## {}\n\n", text::GAPS_HEADING));
        for g in gaps {
            if let Some(d) = content.dimension(g.id) {
                out.push_str(&format!("- **{}:** {}\n", d.name, d.practice_artifact()));
            }
        }
    }
    if let Some(fit) = s.motivation_fit() {
        out.push_str(&format!(
            "\n## {}\n\n{}\n",
            text::FIT_HEADING,
            fill(text::FIT, &[("label", fit.label())])
        ));
    }
    out
}
