//! The content compiler: parses `content/*.toml`, validates it and emits Rust source with the
//! content as static data, so the widget carries no runtime parser.
//!
//! Used by `build.rs` (`#[path]` include) and by the native tests in `tests/content_compiler.rs`.
//! Every error names the file, the line and the entry: `content/dimensions.toml:42: dimension
//! "scope": field "change" is empty`.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::Write as _;

/// The files the compiler reads, in this order.
pub const FILES: [&str; 5] = [
    "sources.toml",
    "levels.toml",
    "dimensions.toml",
    "week.toml",
    "quiz.toml",
];

const LEVEL_IDS: [&str; 3] = ["senior", "staff", "principal"];
const KINDS: [&str; 6] = [
    "coding",
    "review",
    "writing",
    "meeting",
    "mentoring",
    "learning",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<SourceIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceIn {
    id: String,
    file: String,
    title: String,
    about: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelsFile {
    level: Vec<LevelIn>,
    company: Vec<CompanyIn>,
    ladder: Vec<LadderIn>,
    pay: Vec<PayIn>,
    pay_note: Vec<NoteIn>,
    timeline: Vec<NoteIn>,
    choice_note: Vec<NoteIn>,
    pursue_reason: Vec<NoteIn>,
    stay_reason: Vec<NoteIn>,
    case_note: Vec<NoteIn>,
    not_counted: Vec<NoteIn>,
    pitfall: Vec<NoteIn>,
    trust_way: Vec<NoteIn>,
    artifact: Vec<NoteIn>,
    metric_family: Vec<NoteIn>,
    metric_by_role: Vec<NoteIn>,
    axis_note: Vec<NoteIn>,
    axis_step: Vec<NoteIn>,
    // The lists below may be left out (a file without them compiles to empty lists); the
    // fact table of `tests/facts.rs` is what requires their entries.
    #[serde(default)]
    company_note: Vec<NoteIn>,
    #[serde(default)]
    ladder_note: Vec<NoteIn>,
    #[serde(default)]
    shift_note: Vec<NoteIn>,
    #[serde(default)]
    optimise_shift: Vec<NoteIn>,
    #[serde(default)]
    jump_hard: Vec<NoteIn>,
    #[serde(default)]
    skill_more: Vec<NoteIn>,
    #[serde(default)]
    path_step: Vec<NoteIn>,
    #[serde(default)]
    what_it_takes: Vec<NoteIn>,
    #[serde(default)]
    beyond_tasks: Vec<NoteIn>,
    #[serde(default)]
    mentoring_way: Vec<NoteIn>,
    #[serde(default)]
    business_impact: Vec<NoteIn>,
}

impl LevelsFile {
    /// The lists of sourced statements: (TOML table, field of `Content`, entries).
    fn note_lists(&self) -> [(&'static str, &'static str, &Vec<NoteIn>); 25] {
        [
            ("pay_note", "pay_notes", &self.pay_note),
            ("timeline", "timeline", &self.timeline),
            ("choice_note", "choice_notes", &self.choice_note),
            ("pursue_reason", "pursue_reasons", &self.pursue_reason),
            ("stay_reason", "stay_reasons", &self.stay_reason),
            ("case_note", "case_notes", &self.case_note),
            ("not_counted", "not_counted", &self.not_counted),
            ("pitfall", "pitfalls", &self.pitfall),
            ("trust_way", "trust_ways", &self.trust_way),
            ("artifact", "artifacts", &self.artifact),
            ("metric_family", "metric_families", &self.metric_family),
            ("metric_by_role", "metrics_by_role", &self.metric_by_role),
            ("axis_note", "axis_notes", &self.axis_note),
            ("axis_step", "axis_steps", &self.axis_step),
            ("company_note", "company_notes", &self.company_note),
            ("ladder_note", "ladder_notes", &self.ladder_note),
            ("shift_note", "shift_notes", &self.shift_note),
            ("optimise_shift", "optimise_shifts", &self.optimise_shift),
            ("jump_hard", "jump_hard", &self.jump_hard),
            ("skill_more", "skills_more", &self.skill_more),
            ("path_step", "path_steps", &self.path_step),
            ("what_it_takes", "what_it_takes", &self.what_it_takes),
            ("beyond_tasks", "beyond_tasks", &self.beyond_tasks),
            ("mentoring_way", "mentoring_ways", &self.mentoring_way),
            ("business_impact", "business_impacts", &self.business_impact),
        ]
    }
}

/// Pay ranges for one level, in thousands of US dollars a year.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PayIn {
    level: String,
    base_low: u32,
    base_high: u32,
    total_low: u32,
    total_high: u32,
    /// The source writes the top of the total range as open ("and more").
    total_open: bool,
    sources: Vec<String>,
}

/// One sourced statement in a list (pay notes, how long it takes).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteIn {
    id: String,
    text: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelIn {
    id: String,
    name: String,
    tagline: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompanyIn {
    name: String,
    senior: String,
    staff: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LadderIn {
    id: String,
    name: String,
    owns: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimensionsFile {
    dimension: Vec<DimensionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimensionIn {
    id: String,
    name: String,
    summary: String,
    senior: String,
    staff: String,
    principal: String,
    change: String,
    change_principal: String,
    example_senior: String,
    example_staff: String,
    example_principal: String,
    /// The sources that give the Senior and the Staff example; left out (empty) when the example
    /// is our own illustration, and the widget marks it so.
    #[serde(default)]
    example_senior_sources: Vec<String>,
    #[serde(default)]
    example_staff_sources: Vec<String>,
    /// The sources that describe this dimension at Principal level; empty when none does and
    /// the Principal texts are our own extrapolation.
    principal_sources: Vec<String>,
    signals: Vec<String>,
    anti_signals: Vec<String>,
    sources: Vec<String>,
    practice_artifact: String,
    practice_how: String,
    question: QuestionIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionIn {
    prompt: String,
    senior_anchor: String,
    staff_anchor: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeekFile {
    week: Vec<WeekIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeekIn {
    level: String,
    coding_min: u8,
    coding_max: u8,
    cross_team: u8,
    summary: String,
    sources: Vec<String>,
    block: Vec<BlockIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockIn {
    day: String,
    activity: String,
    /// Left out when the source gives the block no duration (the Senior Friday of s4).
    #[serde(default)]
    minutes: Option<u16>,
    kind: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    bar: u8,
    readiness: Vec<ReadinessIn>,
    motivation: Vec<MotivationIn>,
    figure: Vec<FigureIn>,
    plan: Vec<PlanIn>,
    /// Questions to take to a manager, for the promotion packet.
    #[serde(default)]
    manager_question: Vec<NoteIn>,
    /// Why to ask a manager those questions, for the promotion packet.
    #[serde(default)]
    manager_reason: Vec<NoteIn>,
    /// Questions a mentor can ask in a 1:1, for the agenda.
    #[serde(default)]
    mentor_question: Vec<NoteIn>,
    /// What to collect along the way, for the evidence log.
    #[serde(default)]
    evidence_collect: Vec<NoteIn>,
    /// What the 30/60/90-day plan leaves you with at its end.
    #[serde(default)]
    plan_outcome: Vec<NoteIn>,
    /// The quick check's verdict: what working on the wrong axis means.
    #[serde(default)]
    quick_axis: Vec<NoteIn>,
    /// The quick check's verdict: how long the step usually takes.
    #[serde(default)]
    quick_timeline: Vec<NoteIn>,
}

impl QuizFile {
    /// The lists of sourced statements: (table, field in `Content`, entries).
    fn question_lists(&self) -> [(&'static str, &'static str, &Vec<NoteIn>); 7] {
        [
            (
                "manager_question",
                "manager_questions",
                &self.manager_question,
            ),
            ("manager_reason", "manager_reasons", &self.manager_reason),
            ("mentor_question", "mentor_questions", &self.mentor_question),
            ("plan_outcome", "plan_outcomes", &self.plan_outcome),
            (
                "evidence_collect",
                "evidence_collect",
                &self.evidence_collect,
            ),
            ("quick_axis", "quick_axis", &self.quick_axis),
            ("quick_timeline", "quick_timeline", &self.quick_timeline),
        ]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadinessIn {
    id: String,
    text: String,
    why: String,
    dimension: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MotivationIn {
    id: String,
    text: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureIn {
    id: String,
    prompt: String,
    dimension: String,
    sources: Vec<String>,
    option: Vec<OptionIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionIn {
    label: String,
    position: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanIn {
    id: String,
    days: String,
    title: String,
    goal: String,
    steps: Vec<String>,
    sources: Vec<String>,
}

/// One content file: its path as shown in messages, and its text.
pub struct Input<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// Collects errors with file and line.
struct Checker<'a> {
    path: &'a str,
    text: &'a str,
    errors: Vec<String>,
}

impl<'a> Checker<'a> {
    fn new(input: &Input<'a>) -> Self {
        Checker {
            path: input.path,
            text: input.text,
            errors: Vec::new(),
        }
    }

    /// The line of the `index`-th `[[table]]` header (1-based), or 1.
    fn line_of(&self, table: &str, index: usize) -> usize {
        let header = format!("[[{table}]]");
        self.text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with(&header))
            .nth(index)
            .map_or(1, |(n, _)| n + 1)
    }

    fn error(&mut self, table: &str, index: usize, entry: &str, message: String) {
        let line = self.line_of(table, index);
        self.errors.push(format!(
            "{}:{line}: {table} {entry:?}: {message}",
            self.path
        ));
    }

    fn text_fields(&mut self, table: &str, index: usize, entry: &str, fields: &[(&str, &str)]) {
        for (name, value) in fields {
            if value.trim().is_empty() {
                self.error(table, index, entry, format!("field \"{name}\" is empty"));
            } else if value.contains('<') || value.contains('>') {
                self.error(
                    table,
                    index,
                    entry,
                    format!("field \"{name}\" contains markup; content is plain text"),
                );
            }
        }
    }

    fn list(&mut self, table: &str, index: usize, entry: &str, name: &str, items: &[String]) {
        for (n, item) in items.iter().enumerate() {
            if item.trim().is_empty() {
                self.error(table, index, entry, format!("{name}[{n}] is empty"));
            }
        }
    }

    /// A list of `{ id, text, sources }` entries: ids unique within it, texts plain, sources known.
    fn notes(&mut self, table: &str, notes: &[NoteIn], sources: &HashSet<String>) {
        let mut ids = HashSet::new();
        for (i, n) in notes.iter().enumerate() {
            self.id(table, i, &n.id, &mut ids);
            self.text_fields(table, i, &n.id, &[("text", &n.text)]);
            self.refs(table, i, &n.id, "source", &n.sources, sources);
        }
    }

    fn id(&mut self, table: &str, index: usize, id: &str, seen: &mut HashSet<String>) {
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !valid {
            self.error(
                table,
                index,
                id,
                "id must be kebab-case ([a-z0-9-]+)".into(),
            );
        }
        if !seen.insert(id.to_string()) {
            self.error(table, index, id, "duplicate id".into());
        }
    }

    fn refs(
        &mut self,
        table: &str,
        index: usize,
        entry: &str,
        what: &str,
        refs: &[String],
        known: &HashSet<String>,
    ) {
        if refs.is_empty() && what == "source" {
            self.error(table, index, entry, "names no source".into());
        }
        for r in refs {
            if !known.contains(r) {
                self.error(table, index, entry, format!("unknown {what} {r:?}"));
            }
        }
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        match toml::from_str::<T>(self.text) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map_or(1, |s| {
                    self.text[..s.start.min(self.text.len())]
                        .lines()
                        .count()
                        .max(1)
                });
                let message = e.message().to_string();
                self.errors.push(format!("{}:{line}: {message}", self.path));
                None
            }
        }
    }
}

fn find<'a>(inputs: &'a [Input<'a>], name: &str) -> Result<&'a Input<'a>, String> {
    inputs
        .iter()
        .find(|i| i.path.ends_with(name))
        .ok_or_else(|| format!("content/{name}: file is missing"))
}

/// The file of interface wording (labels, headings, messages): `[screen]` tables of
/// `key = "text"`, emitted as `content::ui::screen::KEY` constants, so a misspelt key fails the
/// build. Optional for `compile` (the compiler's own tests leave it out); `build.rs` always reads it.
pub const UI_FILE: &str = "ui.toml";

/// Checks `ui.toml` and emits its `pub mod ui`.
fn compile_ui(input: Option<&Input<'_>>, errors: &mut Vec<String>) -> String {
    let mut o = String::from("pub mod ui {\n");
    let Some(input) = input else {
        o.push_str("}\n");
        return o;
    };
    let mut chk = Checker::new(input);
    let table: Option<toml::Table> = chk.parse();
    let ident = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && s.starts_with(|c: char| c.is_ascii_lowercase())
    };
    for (screen, keys) in table.iter().flatten() {
        let toml::Value::Table(keys) = keys else {
            chk.errors
                .push(format!("{}: [{screen}] must be a table of texts", chk.path));
            continue;
        };
        if !ident(screen) {
            chk.errors
                .push(format!("{}: [{screen}]: names are snake_case", chk.path));
        }
        let _ = writeln!(o, "pub mod {screen} {{");
        for (key, value) in keys {
            let line = chk
                .text
                .lines()
                .position(|l| l.trim_start().starts_with(&format!("{key} ")))
                .map_or(1, |n| n + 1);
            let at = format!("{}:{line}: [{screen}] {key}", chk.path);
            if !ident(key) {
                chk.errors.push(format!("{at}: keys are snake_case"));
            }
            match value.as_str() {
                Some(text) if text.trim().is_empty() => chk.errors.push(format!("{at}: is empty")),
                Some(text) if text.contains('<') || text.contains('>') => chk
                    .errors
                    .push(format!("{at}: contains markup; content is plain text")),
                Some(text) => {
                    let _ = writeln!(o, "pub const {}: &str = {text:?};", key.to_uppercase());
                }
                None => chk.errors.push(format!("{at}: must be a text")),
            }
        }
        o.push_str("}\n");
    }
    errors.extend(chk.errors);
    o.push_str("}\n");
    o
}

/// Parses and validates all content files, returning the generated Rust source or every error found.
pub fn compile(inputs: &[Input<'_>]) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    for name in FILES {
        match find(inputs, name) {
            Ok(i) => files.push(i),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (s_in, l_in, d_in, w_in, q_in) = (files[0], files[1], files[2], files[3], files[4]);

    let mut s_chk = Checker::new(s_in);
    let mut l_chk = Checker::new(l_in);
    let mut d_chk = Checker::new(d_in);
    let mut w_chk = Checker::new(w_in);
    let mut q_chk = Checker::new(q_in);
    let sources: Option<SourcesFile> = s_chk.parse();
    let levels: Option<LevelsFile> = l_chk.parse();
    let dims: Option<DimensionsFile> = d_chk.parse();
    let weeks: Option<WeekFile> = w_chk.parse();
    let quiz: Option<QuizFile> = q_chk.parse();
    let (Some(sources), Some(levels), Some(dims), Some(weeks), Some(quiz)) =
        (sources, levels, dims, weeks, quiz)
    else {
        for c in [s_chk, l_chk, d_chk, w_chk, q_chk] {
            errors.extend(c.errors);
        }
        return Err(errors);
    };

    // sources
    let mut source_ids = HashSet::new();
    for (i, s) in sources.source.iter().enumerate() {
        s_chk.id("source", i, &s.id, &mut source_ids);
        s_chk.text_fields(
            "source",
            i,
            &s.id,
            &[("file", &s.file), ("title", &s.title), ("about", &s.about)],
        );
    }

    // levels
    let level_ids: Vec<&str> = levels.level.iter().map(|l| l.id.as_str()).collect();
    if level_ids != LEVEL_IDS {
        l_chk.errors.push(format!(
            "{}:{}: levels must be exactly {LEVEL_IDS:?} in that order, found {level_ids:?}",
            l_in.path,
            l_chk.line_of("level", 0)
        ));
    }
    for (i, l) in levels.level.iter().enumerate() {
        l_chk.text_fields(
            "level",
            i,
            &l.id,
            &[("name", &l.name), ("tagline", &l.tagline)],
        );
    }
    for (i, c) in levels.company.iter().enumerate() {
        l_chk.text_fields(
            "company",
            i,
            &c.name,
            &[
                ("name", &c.name),
                ("senior", &c.senior),
                ("staff", &c.staff),
            ],
        );
        l_chk.refs("company", i, &c.name, "source", &c.sources, &source_ids);
    }
    let mut ladder_ids = HashSet::new();
    for (i, s) in levels.ladder.iter().enumerate() {
        l_chk.id("ladder", i, &s.id, &mut ladder_ids);
        l_chk.text_fields("ladder", i, &s.id, &[("name", &s.name), ("owns", &s.owns)]);
        l_chk.refs("ladder", i, &s.id, "source", &s.sources, &source_ids);
    }
    let mut pay_levels = HashSet::new();
    for (i, p) in levels.pay.iter().enumerate() {
        if !LEVEL_IDS.contains(&p.level.as_str()) {
            l_chk.error(
                "pay",
                i,
                &p.level,
                format!("unknown level (expected one of {LEVEL_IDS:?})"),
            );
        }
        if !pay_levels.insert(p.level.clone()) {
            l_chk.error(
                "pay",
                i,
                &p.level,
                "a second range for the same level".into(),
            );
        }
        if p.base_low > p.base_high || p.total_low > p.total_high || p.base_low == 0 {
            l_chk.error(
                "pay",
                i,
                &p.level,
                "each range must run from a positive low to a high at least as large".into(),
            );
        }
        l_chk.refs("pay", i, &p.level, "source", &p.sources, &source_ids);
    }
    for (table, _, notes) in levels.note_lists() {
        l_chk.notes(table, notes, &source_ids);
    }

    // dimensions
    let mut dim_ids = HashSet::new();
    if dims.dimension.is_empty() {
        d_chk
            .errors
            .push(format!("{}:1: no [[dimension]] entries", d_in.path));
    }
    for (i, d) in dims.dimension.iter().enumerate() {
        d_chk.id("dimension", i, &d.id, &mut dim_ids);
        d_chk.text_fields(
            "dimension",
            i,
            &d.id,
            &[
                ("name", &d.name),
                ("summary", &d.summary),
                ("senior", &d.senior),
                ("staff", &d.staff),
                ("principal", &d.principal),
                ("change", &d.change),
                ("change_principal", &d.change_principal),
                ("example_senior", &d.example_senior),
                ("example_staff", &d.example_staff),
                ("example_principal", &d.example_principal),
                ("practice_artifact", &d.practice_artifact),
                ("practice_how", &d.practice_how),
                ("question.prompt", &d.question.prompt),
                ("question.senior_anchor", &d.question.senior_anchor),
                ("question.staff_anchor", &d.question.staff_anchor),
            ],
        );
        d_chk.list("dimension", i, &d.id, "signals", &d.signals);
        d_chk.list("dimension", i, &d.id, "anti_signals", &d.anti_signals);
        d_chk.refs("dimension", i, &d.id, "source", &d.sources, &source_ids);
        // These may be empty (our own illustration or extrapolation), but every id must exist.
        for (what, ids) in [
            ("example source", &d.example_senior_sources),
            ("example source", &d.example_staff_sources),
        ] {
            d_chk.refs("dimension", i, &d.id, what, ids, &source_ids);
        }
        d_chk.refs(
            "dimension",
            i,
            &d.id,
            "principal source",
            &d.principal_sources,
            &source_ids,
        );
    }

    // weeks
    let mut week_levels = HashSet::new();
    for (i, w) in weeks.week.iter().enumerate() {
        if !level_ids.contains(&w.level.as_str()) {
            w_chk.error("week", i, &w.level, format!("unknown level {:?}", w.level));
        }
        if !week_levels.insert(w.level.clone()) {
            w_chk.error("week", i, &w.level, "duplicate week for this level".into());
        }
        if w.coding_min > w.coding_max || w.coding_max > 100 || w.cross_team > 100 {
            w_chk.error(
                "week",
                i,
                &w.level,
                "percentages must satisfy coding_min <= coding_max <= 100 and cross_team <= 100"
                    .into(),
            );
        }
        w_chk.text_fields("week", i, &w.level, &[("summary", &w.summary)]);
        w_chk.refs("week", i, &w.level, "source", &w.sources, &source_ids);
        for (n, b) in w.block.iter().enumerate() {
            let entry = format!("{} block {n}", w.level);
            w_chk.text_fields(
                "week",
                i,
                &entry,
                &[("day", &b.day), ("activity", &b.activity)],
            );
            if !KINDS.contains(&b.kind.as_str()) {
                w_chk.error(
                    "week",
                    i,
                    &entry,
                    format!("kind {:?} is not one of {KINDS:?}", b.kind),
                );
            }
            if b.minutes == Some(0) {
                w_chk.error(
                    "week",
                    i,
                    &entry,
                    "minutes must be positive (leave the field out when the source gives none)"
                        .into(),
                );
            }
        }
    }

    // quiz
    if quiz.bar == 0 || usize::from(quiz.bar) > quiz.readiness.len() {
        q_chk.errors.push(format!(
            "{}:1: bar {} must be between 1 and the number of readiness statements ({})",
            q_in.path,
            quiz.bar,
            quiz.readiness.len()
        ));
    }
    let mut quiz_ids = HashSet::new();
    for (i, r) in quiz.readiness.iter().enumerate() {
        q_chk.id("readiness", i, &r.id, &mut quiz_ids);
        q_chk.text_fields("readiness", i, &r.id, &[("text", &r.text), ("why", &r.why)]);
        q_chk.refs(
            "readiness",
            i,
            &r.id,
            "dimension",
            std::slice::from_ref(&r.dimension),
            &dim_ids,
        );
        q_chk.refs("readiness", i, &r.id, "source", &r.sources, &source_ids);
    }
    for (i, m) in quiz.motivation.iter().enumerate() {
        q_chk.id("motivation", i, &m.id, &mut quiz_ids);
        q_chk.text_fields("motivation", i, &m.id, &[("text", &m.text)]);
        q_chk.refs("motivation", i, &m.id, "source", &m.sources, &source_ids);
    }
    for (i, f) in quiz.figure.iter().enumerate() {
        q_chk.id("figure", i, &f.id, &mut quiz_ids);
        q_chk.text_fields("figure", i, &f.id, &[("prompt", &f.prompt)]);
        q_chk.refs(
            "figure",
            i,
            &f.id,
            "dimension",
            std::slice::from_ref(&f.dimension),
            &dim_ids,
        );
        q_chk.refs("figure", i, &f.id, "source", &f.sources, &source_ids);
        if f.option.len() < 2 {
            q_chk.error("figure", i, &f.id, "needs at least two options".into());
        }
        if f.option.len() > FIGURE_OPTIONS_MAX {
            q_chk.error(
                "figure",
                i,
                &f.id,
                format!("has more than {FIGURE_OPTIONS_MAX} options (a share link holds 3 bits)"),
            );
        }
        let mut last: Option<u8> = None;
        for o in &f.option {
            q_chk.text_fields("figure", i, &f.id, &[("option.label", &o.label)]);
            if o.position > 100 || last.is_some_and(|p| o.position <= p) {
                q_chk.error(
                    "figure",
                    i,
                    &f.id,
                    "option positions must rise from Senior-like to Staff-like, within 0..=100"
                        .into(),
                );
            }
            last = Some(o.position);
        }
    }
    for (i, p) in quiz.plan.iter().enumerate() {
        q_chk.id("plan", i, &p.id, &mut quiz_ids);
        q_chk.text_fields(
            "plan",
            i,
            &p.id,
            &[("days", &p.days), ("title", &p.title), ("goal", &p.goal)],
        );
        q_chk.list("plan", i, &p.id, "steps", &p.steps);
        q_chk.refs("plan", i, &p.id, "source", &p.sources, &source_ids);
    }

    for (table, _, notes) in quiz.question_lists() {
        q_chk.notes(table, notes, &source_ids);
    }
    let bytes = longest_code_bytes(&dims, &quiz);
    if bytes > CODE_BYTES_MAX {
        q_chk.errors.push(format!(
            "{}:1: the longest share link of this ladder would need {bytes} bytes, more than the \
             {CODE_BYTES_MAX} a link holds: fewer readiness statements, dimensions, figures or \
             motivation statements",
            q_in.path
        ));
    }

    for c in [s_chk, l_chk, d_chk, w_chk, q_chk] {
        errors.extend(c.errors);
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let ui = compile_ui(
        inputs.iter().find(|i| i.path.ends_with(UI_FILE)),
        &mut errors,
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let version = version_of(inputs);
    Ok(emit(&version, &sources, &levels, &dims, &weeks, &quiz) + &emit_ladder(&dims, &quiz) + &ui)
}

/// A figure's answer travels in 3 bits of a share link (0 unanswered, else the option + 1).
const FIGURE_OPTIONS_MAX: usize = 7;
/// A share link's bytes are counted by one byte (`src/domain/share.rs`).
const CODE_BYTES_MAX: usize = 255;

/// The bytes of the longest share link of a ladder (`src/domain/share.rs`'s format 2 in a ladder's
/// own layout: 6 header bytes with the ladder id, both names of 40 bytes, a mentor's rating, the
/// day, the checksum).
fn longest_code_bytes(dims: &DimensionsFile, quiz: &QuizFile) -> usize {
    let name = 6 + 8 * 40;
    let bits = 2 * quiz.readiness.len()
        + 3 * dims.dimension.len()
        + 3 * quiz.figure.len()
        + 3 * quiz.motivation.len()
        + 3
        + name
        + 3 * dims.dimension.len()
        + name
        + 17;
    6 + bits.div_ceil(8) + 1
}

/// The ids a share link's positions follow, in content order, and the ladder id: a fingerprint
/// of those ids alone (FNV-1a, 32 bits), so rewording a text keeps it and a changed, added,
/// removed or reordered id changes it.
fn emit_ladder(dims: &DimensionsFile, quiz: &QuizFile) -> String {
    let readiness: Vec<String> = quiz.readiness.iter().map(|r| r.id.clone()).collect();
    let dimensions: Vec<String> = dims.dimension.iter().map(|d| d.id.clone()).collect();
    let motivation: Vec<String> = quiz.motivation.iter().map(|m| m.id.clone()).collect();
    let figures: Vec<(String, usize)> = quiz
        .figure
        .iter()
        .map(|f| (f.id.clone(), f.option.len()))
        .collect();
    let mut key = String::new();
    for (list, ids) in [
        ("readiness", &readiness),
        ("dimensions", &dimensions),
        ("motivation", &motivation),
    ] {
        let _ = writeln!(key, "{list}: {}", ids.join(" "));
    }
    let figure_key: Vec<String> = figures.iter().map(|(id, n)| format!("{id}/{n}")).collect();
    let _ = writeln!(key, "figures: {}", figure_key.join(" "));
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    let figure_items: Vec<String> = figures
        .iter()
        .map(|(id, n)| format!("({id:?}, {n})"))
        .collect();
    format!(
        "/// The ids share links follow, and the ladder id that names them.\n\
         pub const LADDER: Ladder = Ladder {{ id: 0x{h:08x}, readiness: {}, dimensions: {}, \
         figures: &[{}], motivation: {} }};\n",
        strs(&readiness),
        strs(&dimensions),
        figure_items.join(", "),
        strs(&motivation)
    )
}

/// A short stable fingerprint of the content text (FNV-1a, 32 bits).
fn version_of(inputs: &[Input<'_>]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for name in FILES {
        if let Ok(i) = find(inputs, name) {
            for b in i.text.bytes().filter(|b| *b != b'\r') {
                h ^= u32::from(b);
                h = h.wrapping_mul(0x0100_0193);
            }
        }
    }
    format!("{h:08x}")
}

/// Closes the list before it and opens `field: &[` with one `Note` per entry (`cfg`: an attribute
/// such as `NATIVE`, or empty).
fn emit_notes(o: &mut String, cfg: &str, field: &str, notes: &[NoteIn]) {
    let _ = writeln!(o, "],\n{cfg} {field}: &[");
    emit_note_items(o, notes);
}

/// One `Note { .. },` line per entry.
fn emit_note_items(o: &mut String, notes: &[NoteIn]) {
    for n in notes {
        let _ = writeln!(
            o,
            "Note {{ id: {:?}, text: {:?}, sources: {} }},",
            n.id,
            n.text,
            strs(&n.sources)
        );
    }
}

fn strs(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

fn kind(k: &str) -> &'static str {
    match k {
        "coding" => "ActivityKind::Coding",
        "review" => "ActivityKind::Review",
        "writing" => "ActivityKind::Writing",
        "meeting" => "ActivityKind::Meeting",
        "mentoring" => "ActivityKind::Mentoring",
        _ => "ActivityKind::Learning",
    }
}

fn emit(
    version: &str,
    sources: &SourcesFile,
    levels: &LevelsFile,
    dims: &DimensionsFile,
    weeks: &WeekFile,
    quiz: &QuizFile,
) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "// @generated by build.rs from content/*.toml. Do not edit."
    );
    let _ = writeln!(o, "pub static CONTENT: Content = Content {{");
    let _ = writeln!(o, "version: {version:?},");
    let _ = writeln!(o, "sources: &[");
    for s in &sources.source {
        let _ = writeln!(
            o,
            "Source {{ id: {:?}, file: {:?}, title: {:?}, about: {:?} }},",
            s.id, s.file, s.title, s.about
        );
    }
    let _ = writeln!(o, "],\nlevels: &[");
    for l in &levels.level {
        let _ = writeln!(
            o,
            "Level {{ id: {:?}, name: {:?}, tagline: {:?} }},",
            l.id, l.name, l.tagline
        );
    }
    // Only the levels and dimension pages show these, and the wasm build shows those pages from
    // their prerendered HTML (`route::is_static_view`): natively only.
    const NATIVE: &str = "#[cfg(not(target_arch = \"wasm32\"))]";
    let _ = writeln!(o, "],\n{NATIVE} companies: &[");
    for c in &levels.company {
        let _ = writeln!(
            o,
            "Company {{ name: {:?}, senior: {:?}, staff: {:?}, sources: {} }},",
            c.name,
            c.senior,
            c.staff,
            strs(&c.sources)
        );
    }
    let _ = writeln!(o, "],\n{NATIVE} pay: &[");
    for p in &levels.pay {
        let _ = writeln!(
            o,
            "Pay {{ level: {:?}, base_low: {}, base_high: {}, total_low: {}, total_high: {}, \
             total_open: {}, sources: {} }},",
            p.level,
            p.base_low,
            p.base_high,
            p.total_low,
            p.total_high,
            p.total_open,
            strs(&p.sources)
        );
    }
    // The results screen shows whether to want Staff at all: those lists exist in the wasm too,
    // as statics of their own (`cold`) that only the code reading them keeps in a build (the
    // reader build, which has no results screen, carries none of them).
    const EVERYWHERE: [&str; 5] = [
        "choice_notes",
        "pursue_reasons",
        "stay_reasons",
        "axis_notes",
        "axis_steps",
    ];
    let mut cold = String::new();
    for (_, field, notes) in levels.note_lists() {
        if EVERYWHERE.contains(&field) {
            emit_static_notes(&mut cold, field, notes);
        } else {
            emit_notes(&mut o, NATIVE, field, notes);
        }
    }
    let _ = writeln!(o, "],\n{NATIVE} ladder: &[");
    for s in &levels.ladder {
        let _ = writeln!(
            o,
            "LadderStep {{ id: {:?}, name: {:?}, owns: {:?}, sources: {} }},",
            s.id,
            s.name,
            s.owns,
            strs(&s.sources)
        );
    }
    let _ = writeln!(o, "],\ndimensions: &[");
    for d in &dims.dimension {
        let _ = writeln!(
            o,
            "Dimension {{ id: {:?}, name: {:?}, summary: {:?}, senior: {:?}, staff: {:?}, \
             principal: {:?}, change: {:?}, {NATIVE} change_principal: {:?}, \
             {NATIVE} example_senior: {:?}, {NATIVE} example_staff: {:?}, \
             {NATIVE} example_principal: {:?}, {NATIVE} example_senior_sources: {}, \
             {NATIVE} example_staff_sources: {}, principal_sources: {}, {NATIVE} signals: {}, \
             {NATIVE} anti_signals: {}, \
             sources: {}, question: Question {{ \
             prompt: {:?}, senior_anchor: {:?}, staff_anchor: {:?} }} }},",
            d.id,
            d.name,
            d.summary,
            d.senior,
            d.staff,
            d.principal,
            d.change,
            d.change_principal,
            d.example_senior,
            d.example_staff,
            d.example_principal,
            strs(&d.example_senior_sources),
            strs(&d.example_staff_sources),
            strs(&d.principal_sources),
            strs(&d.signals),
            strs(&d.anti_signals),
            strs(&d.sources),
            d.question.prompt,
            d.question.senior_anchor,
            d.question.staff_anchor
        );
    }
    // One static per line of practice: the reader build shows how to practise (the quick check's
    // verdict) but never the artifact.
    let artifacts: Vec<_> = dims
        .dimension
        .iter()
        .map(|d| (&d.id, &d.practice_artifact))
        .collect();
    let how: Vec<_> = dims
        .dimension
        .iter()
        .map(|d| (&d.id, &d.practice_how))
        .collect();
    for (name, lines) in [("PRACTICE_ARTIFACTS", artifacts), ("PRACTICE_HOW", how)] {
        let _ = writeln!(cold, "pub static {name}: &[Practice] = &[");
        for (id, text) in lines {
            let _ = writeln!(cold, "Practice {{ id: {id:?}, text: {text:?} }},");
        }
        let _ = writeln!(cold, "];");
    }
    let _ = writeln!(cold, "pub static WEEKS: &[Week] = &[");
    for w in &weeks.week {
        let _ = writeln!(
            cold,
            "Week {{ level: {:?}, coding_min: {}, coding_max: {}, cross_team: {}, summary: {:?}, \
             sources: {}, blocks: &[",
            w.level,
            w.coding_min,
            w.coding_max,
            w.cross_team,
            w.summary,
            strs(&w.sources)
        );
        for b in &w.block {
            let _ = writeln!(
                cold,
                "WeekBlock {{ day: {:?}, activity: {:?}, minutes: {:?}, kind: {} }},",
                b.day,
                b.activity,
                b.minutes,
                kind(&b.kind)
            );
        }
        let _ = writeln!(cold, "] }},");
    }
    let _ = writeln!(cold, "];");
    let _ = writeln!(o, "],\nbar: {},\nreadiness: &[", quiz.bar);
    for r in &quiz.readiness {
        let _ = writeln!(
            o,
            "Readiness {{ id: {:?}, text: {:?}, why: {:?}, dimension: {:?}, sources: {} }},",
            r.id,
            r.text,
            r.why,
            r.dimension,
            strs(&r.sources)
        );
    }
    let _ = writeln!(o, "],\nmotivation: &[");
    for m in &quiz.motivation {
        let _ = writeln!(
            o,
            "Motivation {{ id: {:?}, text: {:?}, sources: {} }},",
            m.id,
            m.text,
            strs(&m.sources)
        );
    }
    let _ = writeln!(o, "],\nfigures: &[");
    for f in &quiz.figure {
        let options: Vec<String> = f
            .option
            .iter()
            .map(|x| {
                format!(
                    "FigureOption {{ label: {:?}, position: {} }}",
                    x.label, x.position
                )
            })
            .collect();
        let _ = writeln!(
            o,
            "Figure {{ id: {:?}, prompt: {:?}, dimension: {:?}, sources: {}, options: &[{}] }},",
            f.id,
            f.prompt,
            f.dimension,
            strs(&f.sources),
            options.join(", ")
        );
    }
    let _ = writeln!(o, "],\nplan: &[");
    for p in &quiz.plan {
        let _ = writeln!(
            o,
            "PlanPhase {{ id: {:?}, days: {:?}, title: {:?}, goal: {:?}, steps: {}, sources: {} }},",
            p.id,
            p.days,
            p.title,
            p.goal,
            strs(&p.steps),
            strs(&p.sources)
        );
    }
    for (_, field, notes) in quiz.question_lists() {
        emit_static_notes(&mut cold, field, notes);
    }
    let _ = writeln!(o, "],\n}};");
    o.push_str(&cold);
    o
}

/// `pub static FIELD: &[Note] = &[...];` (read through `Content::field()`).
fn emit_static_notes(o: &mut String, field: &str, notes: &[NoteIn]) {
    let _ = writeln!(o, "pub static {}: &[Note] = &[", field.to_ascii_uppercase());
    emit_note_items(o, notes);
    let _ = writeln!(o, "];");
}
