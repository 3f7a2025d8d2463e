//! People one mentors: filing a shared result under someone, ratings, notes, renaming, merging,
//! deleting (with undo), and moving one's own attempt to a person.

use std::collections::BTreeMap;

use crate::dates::now;
use crate::domain::people::{check_name, merged_into, CheckIn, NameError, Person};
use crate::domain::share::Shared;
use crate::hooks::use_store::StoreHandle;
use crate::state::store::StoreAction;

/// Why a name could not be used: the message, and the person a duplicate name belongs to.
pub type NameProblem = (String, Option<(String, String)>);

/// Whom a result is filed under.
#[derive(Clone, Debug, PartialEq)]
pub enum Who {
    Existing(String),
    New(String),
}

impl StoreHandle {
    /// The person `who` names: an existing one, or a new one (its name checked; the first
    /// person kept asks the browser to keep the data).
    fn person_for(&self, who: &Who) -> Result<Person, NameError> {
        match who {
            Who::Existing(id) => self.envelope.person(id).cloned().ok_or(NameError::Empty),
            Who::New(name) => {
                let name = check_name(name, &self.envelope.people, None)?;
                if self.envelope.people.is_empty() {
                    self.keeping_something();
                }
                Ok(Person::new(&name, now()))
            }
        }
    }

    /// The name `who` stands for (as typed, or the existing person's).
    pub fn name_of(&self, who: &Who) -> String {
        match who {
            Who::New(n) => n.trim().to_string(),
            Who::Existing(id) => self
                .envelope
                .person(id)
                .map_or_else(String::new, |p| p.name.clone()),
        }
    }

    /// What to tell the visitor when `who` could not be used: the message, and for a duplicate name
    /// the person who already has it (id, name), to offer instead.
    pub fn name_problem(&self, who: &Who, e: &NameError) -> NameProblem {
        let typed = match who {
            Who::New(n) => n.as_str(),
            Who::Existing(_) => "",
        };
        let duplicate = match e {
            NameError::Duplicate(id) => self
                .envelope
                .person(id)
                .map(|p| (p.id.clone(), p.name.clone())),
            _ => None,
        };
        (e.message(typed), duplicate)
    }

    /// Files someone else's result, opened from a link, under a person (never in one's own
    /// history), with the mentor's rating if there is one. Returns (person id, check-in id).
    pub fn save_shared(
        &self,
        who: &Who,
        shared: &Shared,
        rating: Option<BTreeMap<String, u8>>,
        today: &str,
    ) -> Result<(String, String), NameError> {
        let mut person = self.person_for(who)?;
        let (day, saved) = match shared.day {
            Some(d) => (crate::domain::day::format(d), false),
            None => (today.to_string(), true),
        };
        let mut c = CheckIn::new(shared.answers.clone(), &day, saved, now());
        c.mentor = rating.unwrap_or_default();
        let ids = (person.id.clone(), c.id.clone());
        person.add(c);
        self.dispatch(StoreAction::PutPerson(person));
        Ok(ids)
    }

    /// Keeps the mentor's rating of one check-in.
    pub fn rate_checkin(&self, person: &str, checkin: &str, rating: BTreeMap<String, u8>) {
        let Some(mut p) = self.envelope.person(person).cloned() else {
            return;
        };
        if let Some(c) = p.checkins.iter_mut().find(|c| c.id == checkin) {
            c.mentor = rating;
            c.updated_at = now();
            self.dispatch(StoreAction::PutPerson(p));
        }
    }

    pub fn rename_person(&self, id: &str, name: &str) -> Result<(), NameError> {
        let name = check_name(name, &self.envelope.people, Some(id))?;
        if let Some(mut p) = self.envelope.person(id).cloned() {
            p.name = name;
            p.updated_at = now();
            self.dispatch(StoreAction::PutPerson(p));
        }
        Ok(())
    }

    pub fn set_person_notes(&self, id: &str, notes: String) {
        if let Some(mut p) = self.envelope.person(id).cloned() {
            if p.notes != notes {
                p.notes = notes;
                p.updated_at = now();
                self.dispatch(StoreAction::PutPerson(p));
            }
        }
    }

    /// Adds a person with no check-ins yet.
    pub fn add_person(&self, name: &str) -> Result<String, NameError> {
        let p = self.person_for(&Who::New(name.to_string()))?;
        let id = p.id.clone();
        self.dispatch(StoreAction::PutPerson(p));
        Ok(id)
    }

    /// Deletes a person and everything kept about them (undoable with `undo_delete_person`).
    pub fn delete_person(&self, id: String) {
        self.dispatch(StoreAction::DeletePerson(id));
    }

    pub fn undo_delete_person(&self) {
        self.dispatch(StoreAction::UndoDeletePerson);
    }

    /// Moves `from`'s check-ins and notes to `into`, then removes `from` (undoable with
    /// `undo_merge_people`).
    pub fn merge_people(&self, into: &str, from: &str) {
        if let (Some(a), Some(b)) = (self.envelope.person(into), self.envelope.person(from)) {
            if a.id != b.id {
                let into = merged_into(a, b, now());
                self.dispatch(StoreAction::MergePeople {
                    into,
                    from: from.to_string(),
                });
            }
        }
    }

    /// Puts both people of the last merge back as they were.
    pub fn undo_merge_people(&self) {
        self.dispatch(StoreAction::UndoMergePeople);
    }

    /// One of one's own history entries was someone else's: it moves to a person, nothing lost.
    pub fn move_attempt(&self, attempt: &str, who: &Who) -> Result<String, NameError> {
        let Some(a) = self
            .envelope
            .attempts
            .iter()
            .find(|a| a.id == attempt)
            .cloned()
        else {
            return Err(NameError::Empty);
        };
        let mut person = self.person_for(who)?;
        person.add(CheckIn::from_attempt(&a, now()));
        let id = person.id.clone();
        self.dispatch(StoreAction::MoveAttempt {
            attempt: attempt.to_string(),
            person,
        });
        Ok(id)
    }
}
