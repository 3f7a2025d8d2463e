//! The quiz flow as pure data: sections, steps and the transitions between them.

use serde::{Deserialize, Serialize};

use crate::content::{ui::quiz_sections as text, Content};
use crate::domain::answers::{Answers, Item, SCALE_MAX, SCALE_MIN};

/// The step of the first section after the readiness statements (step 1).
pub const AFTER_READINESS: u8 = 2;
/// How many dimension questions go on one page.
const DIMENSIONS_PER_PAGE: usize = 8;

/// A page of questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub items: Vec<Item>,
}

/// The sections of the quiz, in order. Step 0 is the intro, steps 1..=len the sections, and
/// step len + 1 the review.
pub fn sections(content: &Content) -> Vec<Section> {
    let mut out = vec![Section {
        id: "readiness",
        title: text::READINESS_TITLE,
        intro: text::READINESS_INTRO,
        items: content
            .readiness
            .iter()
            .map(|r| Item::Readiness(r.id))
            .collect(),
    }];
    let pages = content.dimensions.chunks(DIMENSIONS_PER_PAGE);
    let count = pages.len();
    for (n, chunk) in pages.enumerate() {
        out.push(Section {
            id: if n == 0 {
                "dimensions-1"
            } else {
                "dimensions-2"
            },
            title: if count > 1 && n > 0 {
                text::DIMENSIONS_TITLE_MORE
            } else {
                text::DIMENSIONS_TITLE
            },
            intro: text::DIMENSIONS_INTRO,
            items: chunk.iter().map(|d| Item::Scale(d.id)).collect(),
        });
    }
    out.push(Section {
        id: "figures",
        title: text::FIGURES_TITLE,
        intro: text::FIGURES_INTRO,
        items: content.figures.iter().map(|f| Item::Figure(f.id)).collect(),
    });
    out.push(Section {
        id: "motivation",
        title: text::MOTIVATION_TITLE,
        intro: text::MOTIVATION_INTRO,
        items: content
            .motivation
            .iter()
            .map(|m| Item::Motivation(m.id))
            .collect(),
    });
    out
}

/// Where the visitor is in the quiz.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub step: u8,
    pub answers: Answers,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuizAction {
    Next,
    Back,
    GoTo(u8),
    Readiness(&'static str, bool),
    Note(&'static str, String),
    Scale(&'static str, u8),
    Figure(&'static str, u8),
    Motivation(&'static str, u8),
    Skip(Item),
    Restart,
    /// Go deeper after the quick check: its readiness answers fill the readiness section (every
    /// statement, so none is asked twice) and the self-check opens at the section after it.
    /// Other answers already in progress stay.
    Deeper(std::collections::BTreeMap<String, bool>),
}

/// The review step's index for `content`.
pub fn review_step(content: &Content) -> u8 {
    u8::try_from(sections(content).len() + 1).unwrap_or(u8::MAX)
}

impl Progress {
    /// The pure transition function behind the quiz reducer.
    pub fn apply(&self, content: &Content, action: QuizAction) -> Progress {
        let last = review_step(content);
        let mut next = self.clone();
        match action {
            QuizAction::Next => next.step = (self.step.saturating_add(1)).min(last),
            QuizAction::Back => next.step = self.step.saturating_sub(1),
            QuizAction::GoTo(step) => next.step = step.min(last),
            QuizAction::Readiness(id, yes) => {
                next.answers.readiness.insert(id.to_string(), yes);
            }
            QuizAction::Note(id, note) => next.answers.set_note(id, &note),
            QuizAction::Scale(id, point) => {
                if (SCALE_MIN..=SCALE_MAX).contains(&point) {
                    next.answers.scale.insert(id.to_string(), point);
                }
            }
            QuizAction::Figure(id, index) => {
                let valid = content
                    .figures
                    .iter()
                    .find(|f| f.id == id)
                    .is_some_and(|f| usize::from(index) < f.options.len());
                if valid {
                    next.answers.figures.insert(id.to_string(), index);
                }
            }
            QuizAction::Motivation(id, point) => {
                if (SCALE_MIN..=SCALE_MAX).contains(&point) {
                    next.answers.motivation.insert(id.to_string(), point);
                }
            }
            QuizAction::Skip(item) => next.answers.clear(&item),
            QuizAction::Restart => next = Progress::default(),
            QuizAction::Deeper(readiness) => {
                next.answers.readiness = crate::domain::quick::completed(content, &readiness);
                next.step = AFTER_READINESS.min(last);
            }
        }
        next
    }

    /// A progress restored from storage, with its step kept in range.
    pub fn restored(self, content: &Content) -> Progress {
        let mut answers = self.answers.sanitised();
        answers.figures.retain(|id, index| {
            content
                .figures
                .iter()
                .any(|f| f.id == id && usize::from(*index) < f.options.len())
        });
        Progress {
            step: self.step.min(review_step(content)),
            answers,
        }
    }
}

/// Items not answered yet, per section (for the review step): (section, unanswered items).
pub fn unanswered<'a>(sections: &'a [Section], answers: &Answers) -> Vec<(&'a Section, Vec<Item>)> {
    sections
        .iter()
        .map(|s| {
            let missing: Vec<Item> = s
                .items
                .iter()
                .filter(|i| !answers.has(i))
                .cloned()
                .collect();
            (s, missing)
        })
        .filter(|(_, m)| !m.is_empty())
        .collect()
}

/// (answered, total) over all items.
pub fn answered_count(sections: &[Section], answers: &Answers) -> (usize, usize) {
    let total = sections.iter().map(|s| s.items.len()).sum();
    let answered = sections
        .iter()
        .flat_map(|s| s.items.iter())
        .filter(|i| answers.has(i))
        .count();
    (answered, total)
}
