//! The content model: plain data, compiled into the binary by `build.rs` from `content/*.toml`.
//! No yew, web-sys or gloo here: this module is pure and tested natively.

/// One of the source articles that every fact is traced to.
#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub file: &'static str,
    pub title: &'static str,
    pub about: &'static str,
}

/// A level on the ladder that the explorer compares.
#[derive(Debug, PartialEq)]
pub struct Level {
    pub id: &'static str,
    pub name: &'static str,
    pub tagline: &'static str,
}

/// What a company calls Senior and Staff.
#[derive(Debug, PartialEq)]
pub struct Company {
    pub name: &'static str,
    pub senior: &'static str,
    pub staff: &'static str,
    pub sources: &'static [&'static str],
}

/// A step of the ladder from Staff upwards.
#[derive(Debug, PartialEq)]
pub struct LadderStep {
    pub id: &'static str,
    pub name: &'static str,
    pub owns: &'static str,
    pub sources: &'static [&'static str],
}

/// The quiz item of a dimension: a 5-point scale between two self-descriptions.
#[derive(Debug, PartialEq)]
pub struct Question {
    pub prompt: &'static str,
    pub senior_anchor: &'static str,
    pub staff_anchor: &'static str,
}

/// One axis on which Senior, Staff and Principal differ. The fields only the dimension page shows
/// exist natively only: the wasm build shows that page from its prerendered HTML.
#[derive(Debug, PartialEq)]
pub struct Dimension {
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub senior: &'static str,
    pub staff: &'static str,
    pub principal: &'static str,
    pub change: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub change_principal: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub example_senior: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub example_staff: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub example_principal: &'static str,
    /// The sources that give the Senior example; empty when it is our own illustration.
    #[cfg(not(target_arch = "wasm32"))]
    pub example_senior_sources: &'static [&'static str],
    /// The sources that give the Staff example; empty when it is our own illustration.
    #[cfg(not(target_arch = "wasm32"))]
    pub example_staff_sources: &'static [&'static str],
    /// The sources that describe this dimension at Principal level. Empty when none does: then
    /// `principal` and `change_principal` are our own extrapolation, and every view marks them so.
    pub principal_sources: &'static [&'static str],
    #[cfg(not(target_arch = "wasm32"))]
    pub signals: &'static [&'static str],
    #[cfg(not(target_arch = "wasm32"))]
    pub anti_signals: &'static [&'static str],
    pub sources: &'static [&'static str],
    pub question: Question,
}

/// A line of how to practise a dimension, by dimension id: the artifact that shows it at Staff
/// level (`super::PRACTICE_ARTIFACTS`) or how to practise it (`super::PRACTICE_HOW`). Kept apart
/// from `Dimension`, one static each, so a build carries only the lines it shows (the reader
/// build: how to practise, for the quick check's verdict; never the artifact).
#[derive(Debug)]
pub struct Practice {
    pub id: &'static str,
    pub text: &'static str,
}

impl Dimension {
    /// The artifact that shows this dimension at Staff level.
    pub fn practice_artifact(&self) -> &'static str {
        self.practice(super::PRACTICE_ARTIFACTS)
    }

    /// How to practise it.
    pub fn practice_how(&self) -> &'static str {
        self.practice(super::PRACTICE_HOW)
    }

    fn practice(&self, lines: &'static [Practice]) -> &'static str {
        lines
            .iter()
            .find(|p| p.id == self.id)
            .map_or("", |p| p.text)
    }

    /// No source describes this dimension at Principal level: its Principal texts are ours.
    pub fn principal_extrapolated(&self) -> bool {
        self.principal_sources.is_empty()
    }
}

/// The kind of a block of time in a sample week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    Coding,
    Review,
    Writing,
    Meeting,
    Mentoring,
    Learning,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 6] = [
        ActivityKind::Coding,
        ActivityKind::Review,
        ActivityKind::Writing,
        ActivityKind::Meeting,
        ActivityKind::Mentoring,
        ActivityKind::Learning,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActivityKind::Coding => super::ui::kind::CODING,
            ActivityKind::Review => super::ui::kind::REVIEW,
            ActivityKind::Writing => super::ui::kind::WRITING,
            ActivityKind::Meeting => super::ui::kind::MEETING,
            ActivityKind::Mentoring => super::ui::kind::MENTORING,
            ActivityKind::Learning => super::ui::kind::LEARNING,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            ActivityKind::Coding => "coding",
            ActivityKind::Review => "review",
            ActivityKind::Writing => "writing",
            ActivityKind::Meeting => "meeting",
            ActivityKind::Mentoring => "mentoring",
            ActivityKind::Learning => "learning",
        }
    }
}

/// One block of a sample schedule.
#[derive(Debug, PartialEq)]
pub struct WeekBlock {
    pub day: &'static str,
    pub activity: &'static str,
    /// `None` when the source lists the block without a duration.
    pub minutes: Option<u16>,
    pub kind: ActivityKind,
}

/// A week in the life at one level, with the seeds' figures.
#[derive(Debug, PartialEq)]
pub struct Week {
    pub level: &'static str,
    pub coding_min: u8,
    pub coding_max: u8,
    pub cross_team: u8,
    pub summary: &'static str,
    pub sources: &'static [&'static str],
    pub blocks: &'static [WeekBlock],
}

/// A statement of the 12-point readiness check.
#[derive(Debug, PartialEq)]
pub struct Readiness {
    pub id: &'static str,
    pub text: &'static str,
    pub why: &'static str,
    pub dimension: &'static str,
    pub sources: &'static [&'static str],
}

/// A "do you want this work?" statement.
#[derive(Debug, PartialEq)]
pub struct Motivation {
    pub id: &'static str,
    pub text: &'static str,
    pub sources: &'static [&'static str],
}

/// One choice of a figure item, placed on the Senior -> Staff axis (0..=100).
#[derive(Debug, PartialEq)]
pub struct FigureOption {
    pub label: &'static str,
    pub position: u8,
}

/// A quiz item about one of the seeds' concrete figures.
#[derive(Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub prompt: &'static str,
    pub dimension: &'static str,
    pub sources: &'static [&'static str],
    pub options: &'static [FigureOption],
}

/// A phase of the 30/60/90-day plan.
#[derive(Debug, PartialEq)]
pub struct PlanPhase {
    pub id: &'static str,
    pub days: &'static str,
    pub title: &'static str,
    pub goal: &'static str,
    pub steps: &'static [&'static str],
    pub sources: &'static [&'static str],
}

/// Typical pay for one level, in thousands of US dollars a year, as one source gives it.
#[derive(Debug, PartialEq)]
pub struct Pay {
    pub level: &'static str,
    pub base_low: u32,
    pub base_high: u32,
    pub total_low: u32,
    pub total_high: u32,
    /// The source leaves the top of the total range open ("and more").
    pub total_open: bool,
    pub sources: &'static [&'static str],
}

/// One sourced statement in a list (pay notes, how long the step takes).
#[derive(Debug, PartialEq)]
pub struct Note {
    pub id: &'static str,
    pub text: &'static str,
    pub sources: &'static [&'static str],
}

/// The ids a share link's answers follow, in content order, and the ladder id: a fingerprint of
/// those ids (computed by the content compiler), which links of a team's own ladder carry.
#[derive(Debug, PartialEq, Eq)]
pub struct Ladder {
    pub id: u32,
    pub readiness: &'static [&'static str],
    pub dimensions: &'static [&'static str],
    /// Figure id and its number of options (at most 7).
    pub figures: &'static [(&'static str, u8)],
    pub motivation: &'static [&'static str],
}

/// Everything the widget says. The lists only the levels page shows exist natively only: the wasm
/// build shows that page from its prerendered HTML.
#[derive(Debug, PartialEq)]
pub struct Content {
    pub version: &'static str,
    pub sources: &'static [Source],
    pub levels: &'static [Level],
    #[cfg(not(target_arch = "wasm32"))]
    pub companies: &'static [Company],
    #[cfg(not(target_arch = "wasm32"))]
    pub pay: &'static [Pay],
    #[cfg(not(target_arch = "wasm32"))]
    pub pay_notes: &'static [Note],
    #[cfg(not(target_arch = "wasm32"))]
    pub timeline: &'static [Note],
    /// Building the promotion case: what committees look for.
    #[cfg(not(target_arch = "wasm32"))]
    pub case_notes: &'static [Note],
    /// What does not count as Staff-level evidence.
    #[cfg(not(target_arch = "wasm32"))]
    pub not_counted: &'static [Note],
    #[cfg(not(target_arch = "wasm32"))]
    pub pitfalls: &'static [Note],
    /// How trust in your judgement reaches people outside your team.
    #[cfg(not(target_arch = "wasm32"))]
    pub trust_ways: &'static [Note],
    /// The writing that carries Staff work.
    #[cfg(not(target_arch = "wasm32"))]
    pub artifacts: &'static [Note],
    /// The families of numbers Staff work is judged by, and which weigh most in which role.
    #[cfg(not(target_arch = "wasm32"))]
    pub metric_families: &'static [Note],
    #[cfg(not(target_arch = "wasm32"))]
    pub metrics_by_role: &'static [Note],
    #[cfg(not(target_arch = "wasm32"))]
    pub ladder: &'static [LadderStep],
    /// What the level names leave out: other names, merged levels, the median case.
    #[cfg(not(target_arch = "wasm32"))]
    pub company_notes: &'static [Note],
    /// What each rung above Staff asks for.
    #[cfg(not(target_arch = "wasm32"))]
    pub ladder_notes: &'static [Note],
    /// What changes in the job from Senior to Staff.
    #[cfg(not(target_arch = "wasm32"))]
    pub shift_notes: &'static [Note],
    /// What you optimise for instead: from one thing to another.
    #[cfg(not(target_arch = "wasm32"))]
    pub optimise_shifts: &'static [Note],
    /// Why the step is hard.
    #[cfg(not(target_arch = "wasm32"))]
    pub jump_hard: &'static [Note],
    /// The skills that count for more at Staff.
    #[cfg(not(target_arch = "wasm32"))]
    pub skills_more: &'static [Note],
    /// A path from Senior to Staff, in order.
    #[cfg(not(target_arch = "wasm32"))]
    pub path_steps: &'static [Note],
    /// What the step takes.
    #[cfg(not(target_arch = "wasm32"))]
    pub what_it_takes: &'static [Note],
    /// Questions that take you past your own tasks.
    #[cfg(not(target_arch = "wasm32"))]
    pub beyond_tasks: &'static [Note],
    /// What useful mentoring does.
    #[cfg(not(target_arch = "wasm32"))]
    pub mentoring_ways: &'static [Note],
    /// Business results Staff work can point to.
    #[cfg(not(target_arch = "wasm32"))]
    pub business_impacts: &'static [Note],
    pub dimensions: &'static [Dimension],
    pub bar: u8,
    pub readiness: &'static [Readiness],
    pub motivation: &'static [Motivation],
    pub figures: &'static [Figure],
    pub plan: &'static [PlanPhase],
}

// Lists only some screens show are statics of their own (generated next to `CONTENT`), read
// through these methods: a build keeps only those its screens read (the reader build has no
// results, week, packet or agenda screen, and carries none of them).
impl Content {
    /// Whether to want Staff at all: the thesis, and that staying Senior is a real choice (the
    /// results screen and the levels page).
    pub fn choice_notes(&self) -> &'static [Note] {
        super::CHOICE_NOTES
    }

    pub fn pursue_reasons(&self) -> &'static [Note] {
        super::PURSUE_REASONS
    }

    pub fn stay_reasons(&self) -> &'static [Note] {
        super::STAY_REASONS
    }

    /// The results screen's "wrong axis" callout: why more depth does not add up to Staff, and
    /// what to change.
    pub fn axis_notes(&self) -> &'static [Note] {
        super::AXIS_NOTES
    }

    pub fn axis_steps(&self) -> &'static [Note] {
        super::AXIS_STEPS
    }

    /// A sample week per level.
    pub fn weeks(&self) -> &'static [Week] {
        super::WEEKS
    }

    /// Questions to take to a manager (the promotion packet ends with them).
    pub fn manager_questions(&self) -> &'static [Note] {
        super::MANAGER_QUESTIONS
    }

    /// Why to ask a manager those questions (under them in the packet).
    pub fn manager_reasons(&self) -> &'static [Note] {
        super::MANAGER_REASONS
    }

    /// The quick check's verdict: what working on the wrong axis means (seed s1).
    pub fn quick_axis(&self) -> &'static [Note] {
        super::QUICK_AXIS
    }

    /// The quick check's verdict: how long the step usually takes (seeds s0, s3, s4).
    pub fn quick_timeline(&self) -> &'static [Note] {
        super::QUICK_TIMELINE
    }

    /// Questions a mentor can ask in a 1:1 (the agenda ends with them).
    pub fn mentor_questions(&self) -> &'static [Note] {
        super::MENTOR_QUESTIONS
    }

    /// What to collect along the way (where the evidence log starts).
    pub fn evidence_collect(&self) -> &'static [Note] {
        super::EVIDENCE_COLLECT
    }

    /// What the 30/60/90-day plan leaves you with at its end (the plan's closing list).
    pub fn plan_outcomes(&self) -> &'static [Note] {
        super::PLAN_OUTCOMES
    }
}

impl Content {
    pub fn dimension(&self, id: &str) -> Option<&'static Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn readiness_statement(&self, id: &str) -> Option<&'static Readiness> {
        self.readiness.iter().find(|r| r.id == id)
    }

    /// A readiness statement's text ("" for an id the content does not have).
    pub fn statement(&self, id: &str) -> &'static str {
        self.readiness_statement(id).map_or("", |r| r.text)
    }

    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn level(&self, id: &str) -> Option<&'static Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    pub fn week(&self, level: &str) -> Option<&'static Week> {
        self.weeks().iter().find(|w| w.level == level)
    }
}
