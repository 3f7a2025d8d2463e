//! People a mentor follows: each person's self-checks (saved from their links), the mentor's own
//! rating of each, and private notes — kept apart from one's own history. Pure data.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{fill, ui::people as text, Content};
use crate::domain::answers::Answers;
use crate::domain::attempt::Attempt;
use crate::domain::case::fold;
use crate::domain::day;
use crate::domain::fingerprint::{answers_json, fnv1a};
use crate::domain::json::is_false;
use crate::domain::scoring::{scale_position, score};
use crate::domain::share::NAME_MAX;
use crate::domain::sort::sort_by;

/// Longest private notes about a person (characters).
pub const NOTES_MAX: usize = 5000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Private: never in a link, never in an agenda.
    #[serde(default)]
    pub notes: String,
    /// Oldest first.
    #[serde(default)]
    pub checkins: Vec<CheckIn>,
    /// Milliseconds of the last change to the name or notes (the newer copy wins a merge).
    pub updated_at: f64,
}

/// One self-check of a person, with the mentor's rating of them at that time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The day and the answers' fingerprint: saving the same link twice files it once.
    pub id: String,
    /// The day the self-check was finished, "YYYY-MM-DD".
    pub day: String,
    /// True when the link did not say (codes made before they carried the day, results moved from
    /// one's own history): `day` is then the day it was saved.
    #[serde(default, skip_serializing_if = "is_false")]
    pub day_is_saved: bool,
    pub answers: Answers,
    /// The mentor's rating: dimension id -> 1..=5.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mentor: BTreeMap<String, u8>,
    /// Milliseconds of the last change (the rating); the newer copy wins a merge.
    pub updated_at: f64,
    /// Milliseconds when it was saved: orders check-ins of the same day (never changes).
    #[serde(default)]
    pub saved_at: f64,
}

impl CheckIn {
    /// A check-in for `answers` finished on `day` (or, when `day_is_saved`, saved on it).
    pub fn new(answers: Answers, day: &str, day_is_saved: bool, now: f64) -> CheckIn {
        let mut answers = answers;
        answers.notes.clear();
        CheckIn {
            id: format!(
                "c{}-{:08x}",
                day.replace('-', ""),
                fnv1a(&answers_json(&answers))
            ),
            day: day.to_string(),
            day_is_saved,
            answers,
            mentor: BTreeMap::new(),
            updated_at: now,
            saved_at: now,
        }
    }

    /// One's own attempt filed under a person instead (its date is when it was saved).
    pub fn from_attempt(a: &Attempt, now: f64) -> CheckIn {
        CheckIn::new(a.answers.clone(), &day::iso_date(a.finished_at), true, now)
    }

    /// The check-in as an attempt, for the trend and compare views.
    pub fn as_attempt(&self, content: &Content) -> Attempt {
        let ms = day::parse(&self.day).unwrap_or(0) as f64 * 86_400_000.0;
        Attempt {
            id: self.id.clone(),
            ..Attempt::new(content, self.answers.clone(), ms)
        }
    }

    /// Self and mentor per dimension (content order), positions 0..=100.
    pub fn self_vs_mentor(&self, content: &Content) -> Vec<Disagreement> {
        let own = score(content, &self.answers);
        own.dimensions
            .iter()
            .map(|d| Disagreement {
                id: d.id,
                name: d.name,
                own: d.position,
                mentor: self
                    .mentor
                    .get(d.id)
                    .and_then(|p| u8::try_from(scale_position(*p)).ok()),
            })
            .collect()
    }

    /// The mean distance between self and mentor over the dimensions both rated.
    pub fn mean_gap(&self, content: &Content) -> Option<u8> {
        let gaps: Vec<u32> = self
            .self_vs_mentor(content)
            .iter()
            .filter_map(|d| d.gap())
            .map(|g| u32::from(g.unsigned_abs()))
            .collect();
        let n = u32::try_from(gaps.len()).ok().filter(|n| *n > 0)?;
        u8::try_from((gaps.iter().sum::<u32>() + n / 2) / n).ok()
    }
}

/// Self and mentor on one dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub id: &'static str,
    pub name: &'static str,
    pub own: Option<u8>,
    pub mentor: Option<u8>,
}

impl Disagreement {
    /// Mentor minus self, when both placed it.
    pub fn gap(&self) -> Option<i16> {
        Some(i16::from(self.mentor?) - i16::from(self.own?))
    }
}

/// The dimensions self and mentor both placed, the biggest disagreement first (ties in content
/// order).
pub fn biggest_first(rows: &[Disagreement]) -> Vec<&Disagreement> {
    let mut v: Vec<&Disagreement> = rows.iter().filter(|d| d.gap().is_some()).collect();
    sort_by(&mut v, |a, b| {
        let size = |d: &Disagreement| d.gap().map_or(0, |g| g.unsigned_abs());
        size(b).cmp(&size(a))
    });
    v
}

impl Person {
    pub fn new(name: &str, now: f64) -> Person {
        Person {
            id: format!("p{:x}-{:08x}", now.max(0.0) as u64, fnv1a(name)),
            name: name.trim().to_string(),
            notes: String::new(),
            checkins: Vec::new(),
            updated_at: now,
        }
    }

    /// Files a check-in (once: the same one again keeps the copy already there, adding a rating it
    /// lacked).
    pub fn add(&mut self, c: CheckIn) {
        match self.checkins.iter_mut().find(|x| x.id == c.id) {
            Some(x) => {
                if x.mentor.is_empty() && !c.mentor.is_empty() {
                    x.mentor = c.mentor;
                    x.updated_at = c.updated_at;
                }
            }
            None => self.checkins.push(c),
        }
        sort_checkins(&mut self.checkins);
    }

    pub fn latest(&self) -> Option<&CheckIn> {
        self.checkins.last()
    }

    /// How the mean self-vs-mentor gap moved between the last two rated check-ins: (before, now).
    pub fn gap_moved(&self, content: &Content) -> Option<(u8, u8)> {
        let rated: Vec<u8> = self
            .checkins
            .iter()
            .filter_map(|c| c.mean_gap(content))
            .collect();
        match rated.as_slice() {
            [.., a, b] => Some((*a, *b)),
            _ => None,
        }
    }
}

/// By the day they were done, then the order they were saved in (a rating never reorders them).
fn sort_checkins(v: &mut [CheckIn]) {
    sort_by(v, |a, b| {
        a.day
            .cmp(&b.day)
            .then(a.saved_at.total_cmp(&b.saved_at))
            .then(a.id.cmp(&b.id))
    });
}

/// Why a name cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    /// Someone already has this name: offer to use them (their id).
    Duplicate(String),
}

impl NameError {
    pub fn message(&self, name: &str) -> String {
        match self {
            NameError::Empty => text::ERR_NAME_EMPTY.to_string(),
            NameError::TooLong => fill(text::ERR_NAME_LONG, &[("max", &NAME_MAX.to_string())]),
            NameError::Duplicate(_) => fill(text::ERR_NAME_DUPLICATE, &[("name", name.trim())]),
        }
    }
}

/// Two names are one person's when they differ only in case and surrounding spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    fold(a.trim()) == fold(b.trim())
}

/// Checks a name for a new or renamed person (`except`: the person being renamed).
pub fn check_name(
    name: &str,
    people: &[Person],
    except: Option<&str>,
) -> Result<String, NameError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().count() > NAME_MAX {
        return Err(NameError::TooLong);
    }
    let same = |p: &&Person| Some(p.id.as_str()) != except && same_name(&p.name, name);
    match people.iter().find(same) {
        Some(p) => Err(NameError::Duplicate(p.id.clone())),
        None => Ok(name.to_string()),
    }
}

/// `from`'s check-ins and notes added to `into`; `from` itself is then deleted by the caller.
pub fn merged_into(into: &Person, from: &Person, now: f64) -> Person {
    let mut out = into.clone();
    for c in &from.checkins {
        out.add(c.clone());
    }
    if !from.notes.trim().is_empty() {
        out.notes = if out.notes.trim().is_empty() {
            from.notes.clone()
        } else {
            format!("{}\n\n{}", out.notes, from.notes)
        };
    }
    out.updated_at = now;
    out
}

/// Two copies of the people list made one (two tabs): a person both hold keeps the newer name and
/// notes and every check-in of either (each check-in's newer rating); `deleted` ids stay out.
/// Merging the result again with either input changes nothing.
pub fn merge_people(ours: &[Person], theirs: &[Person], deleted: &[String]) -> Vec<Person> {
    let mut out: Vec<Person> = ours.to_vec();
    for t in theirs {
        match out.iter_mut().find(|p| p.id == t.id) {
            Some(p) => {
                if t.updated_at > p.updated_at {
                    p.name = t.name.clone();
                    p.notes = t.notes.clone();
                    p.updated_at = t.updated_at;
                }
                for c in &t.checkins {
                    match p.checkins.iter_mut().find(|x| x.id == c.id) {
                        Some(x) if c.updated_at > x.updated_at => *x = c.clone(),
                        Some(_) => {}
                        None => p.checkins.push(c.clone()),
                    }
                }
                sort_checkins(&mut p.checkins);
            }
            None => out.push(t.clone()),
        }
    }
    out.retain(|p| !deleted.contains(&p.id));
    sort_by(&mut out, |a, b| {
        fold(&a.name).cmp(&fold(&b.name)).then(a.id.cmp(&b.id))
    });
    out
}

/// The 1:1 agenda for a person as Markdown, dated `today`: the latest self vs mentor, the top
/// disagreements, their gaps with the practice for each, and questions to ask. Private notes are
/// never in it.
pub fn agenda_markdown(content: &Content, person: &Person, today: &str) -> String {
    let mut out = format!(
        "# {}\n\n",
        fill(
            text::AGENDA_TITLE,
            &[("name", &person.name), ("date", today)]
        )
    );
    let Some(latest) = person.latest() else {
        out.push_str(text::AGENDA_NO_CHECKIN);
        out.push('\n');
        return out;
    };
    let s = score(content, &latest.answers);
    out.push_str(&fill(
        text::AGENDA_LATEST,
        &[
            ("day", &latest.day),
            ("yes", &s.readiness.count.to_string()),
            ("total", &s.readiness.total.to_string()),
            ("bar", &s.readiness.bar.to_string()),
        ],
    ));
    out.push_str("\n\n");
    if let Some((before, now)) = person.gap_moved(content) {
        out.push_str(&fill(
            text::AGENDA_GAP_MOVED,
            &[("before", &before.to_string()), ("now", &now.to_string())],
        ));
        out.push_str("\n\n");
    }
    let rows = latest.self_vs_mentor(content);
    out.push_str(&format!("## {}\n\n", text::AGENDA_SELF_VS_MENTOR));
    if latest.mentor.is_empty() {
        out.push_str(text::AGENDA_NOT_RATED);
        out.push_str("\n\n");
    } else {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---|---|\n",
            text::DIMENSION,
            text::SELF,
            text::MENTOR,
            text::DIFFERENCE
        ));
        let cell = |p: Option<u8>| p.map_or_else(|| "–".to_string(), |p| p.to_string());
        for d in &rows {
            let gap = d
                .gap()
                .map_or_else(|| "–".to_string(), |g| format!("{g:+}"));
            out.push_str(&format!(
                "| {} | {} | {} | {gap} |\n",
                d.name,
                cell(d.own),
                cell(d.mentor)
            ));
        }
        out.push('\n');
        out.push_str(&format!("## {}\n\n", text::AGENDA_TOP));
        for d in biggest_first(&rows).into_iter().take(3) {
            out.push_str(&format!(
                "- **{}**: {}\n",
                d.name,
                fill(
                    text::AGENDA_TOP_LINE,
                    &[("own", &cell(d.own)), ("mentor", &cell(d.mentor)),]
                )
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", text::AGENDA_GAPS));
    let gaps = s.gaps(3);
    if gaps.is_empty() {
        out.push_str(text::AGENDA_NO_GAPS);
        out.push('\n');
    }
    for g in gaps {
        if let Some(d) = content.dimension(g.id) {
            out.push_str(&format!(
                "- **{}** ({}/100): {} {}\n",
                d.name,
                g.position.unwrap_or(0),
                d.practice_artifact(),
                d.practice_how()
            ));
        }
    }
    out.push_str(&format!("\n## {}\n\n", text::AGENDA_QUESTIONS));
    for q in content.mentor_questions() {
        out.push_str(&format!("- {}\n", q.text));
    }
    out
}
