//! Reads each content file into typed values and checks what serde cannot: ids that are
//! missing or used twice, phases of 0 weeks, a course without the test phase its type needs,
//! empty translations. Every problem is collected, each with the line and column of the value
//! it is about, so an organisation can fix them all in one go.

use std::collections::HashMap;

use serde::de::DeserializeOwned;

use super::error::{BadHours, ContentError, ContentProblem, Item, PerCounterpart};
use super::files::{
    About, AgreementsFile, CodriverFile, CoursesFile, PamphletsFile, QuestionsFile, RolesFile,
};
use super::locate::{self, Node, NodeKind, Seg};
use super::{
    AgreementTemplate, CodriverAid, Course, ExpectedTestStart, Pamphlet, Phase, Question,
    QuestionSet, Role, RoleId,
};
use crate::json_error::JsonDetail;
use crate::vocab::{Counterpart, Lang, NetworkType, PhaseKind};

/// A path into the JSON document, e.g. `at!("courses", 0, "phases", 3, "weeks")`.
macro_rules! at {
    ($($seg:expr),* $(,)?) => { &[$(Seg::from($seg)),*][..] };
}

/// A week has 168 hours; more than that per week is surely a typing error.
const HOURS_IN_A_WEEK: f64 = 168.0;

/// One file's text and the positions of its values.
struct Ctx<'a> {
    file: &'a str,
    text: &'a str,
    root: Node,
}

type Errors = Vec<ContentError>;

impl<'a> Ctx<'a> {
    /// Checks the JSON syntax. On a syntax error, reports it and gives up on the file: nothing
    /// after it can be trusted.
    fn open(file: &'a str, text: &'a str, errs: &mut Errors) -> Option<Ctx<'a>> {
        if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
            let offset = if e.line() == 0 {
                0
            } else {
                locate::offset_of(text, e.line(), e.column())
            };
            errs.push(ContentError::new(
                file,
                locate::line_col(text, offset),
                json_problem(&e, text, offset),
            ));
            return None;
        }
        match locate::parse(text) {
            Some(root) => Some(Ctx { file, text, root }),
            None => {
                // serde_json accepted it, so this would be a gap in our own scanner.
                errs.push(ContentError::whole_file(file, ContentProblem::NotJson));
                None
            }
        }
    }

    fn pos(&self, path: &[Seg]) -> (usize, usize) {
        locate::line_col(self.text, self.root.find(path).start)
    }

    fn line(&self, path: &[Seg]) -> usize {
        self.pos(path).0
    }

    fn err(&self, errs: &mut Errors, path: &[Seg], problem: ContentProblem) {
        errs.push(ContentError::new(self.file, self.pos(path), problem));
    }

    /// Deserialises one value; a type error is reported at the value it is about.
    fn parse<T: DeserializeOwned>(&self, errs: &mut Errors, node: &Node) -> Option<T> {
        let slice = &self.text[node.start..node.end];
        match serde_json::from_str::<T>(slice) {
            Ok(v) => Some(v),
            Err(e) => {
                let raw = if e.line() == 0 {
                    node.start
                } else {
                    node.start + locate::offset_of(slice, e.line(), e.column())
                };
                let offset = self.root.anchor(raw);
                errs.push(ContentError::new(
                    self.file,
                    locate::line_col(self.text, offset),
                    json_problem(&e, self.text, offset),
                ));
                None
            }
        }
    }

    /// The top-level object: checks its keys, reads `about`, and returns the node under
    /// `main_key` (the one array or object the file is about).
    fn top(&self, errs: &mut Errors, main: &'static str) -> (Option<About>, Option<&Node>) {
        let NodeKind::Object(entries) = &self.root.kind else {
            self.err(errs, at!(), ContentProblem::NotAnObject { main });
            return (None, None);
        };
        for e in entries {
            if e.key != "about" && e.key != main {
                errs.push(ContentError::new(
                    self.file,
                    locate::line_col(self.text, e.key_start),
                    ContentProblem::UnknownTopField {
                        key: e.key.clone(),
                        main,
                    },
                ));
            }
        }
        let about = self
            .root
            .child(Seg::Key("about"))
            .and_then(|n| self.about(errs, n));
        if let Some(About::Plain(s)) = &about
            && s.trim().is_empty()
        {
            self.err(errs, at!("about"), ContentProblem::EmptyAbout);
        }
        let node = self.root.child(Seg::Key(main));
        if node.is_none() {
            self.err(errs, at!(), ContentProblem::MissingMain { main });
        }
        (about, node)
    }

    /// The note at the top. serde can only say that none of its two shapes fits, so the
    /// message names both.
    fn about(&self, errs: &mut Errors, node: &Node) -> Option<About> {
        let about = serde_json::from_str::<About>(&self.text[node.start..node.end]).ok();
        if about.is_none() {
            self.err(errs, at!("about"), ContentProblem::AboutShape);
        }
        about
    }

    /// Reads each element of the array under `key` on its own, so one broken element does not
    /// hide the problems in the others. `complete` says whether every element could be read.
    fn items<T: DeserializeOwned>(
        &self,
        errs: &mut Errors,
        node: &Node,
        key: &'static str,
    ) -> Items<T> {
        let NodeKind::Array(elements) = &node.kind else {
            self.err(errs, at!(key), ContentProblem::NotAList { key });
            return Items {
                items: Vec::new(),
                failed: Vec::new(),
                complete: false,
            };
        };
        let mut items = Vec::new();
        let mut failed = Vec::new();
        for (i, el) in elements.iter().enumerate() {
            match self.parse::<T>(errs, el) {
                Some(v) => items.push((i, v)),
                None => failed.push(i),
            }
        }
        let complete = failed.is_empty();
        Items {
            items,
            failed,
            complete,
        }
    }

    /// Reads the elements of the array at `path` one by one. Used inside an element that
    /// could not be read as a whole, so the problems in its other parts are still found.
    /// (An error reported twice this way is removed when the errors are collected.)
    fn parse_each<T: DeserializeOwned>(&self, errs: &mut Errors, path: &[Seg]) -> Vec<(usize, T)> {
        match self.root.get(path).map(|n| &n.kind) {
            Some(NodeKind::Array(elements)) => elements
                .iter()
                .enumerate()
                .filter_map(|(i, el)| self.parse::<T>(errs, el).map(|v| (i, v)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The text at `path`, if there is one.
    fn string_at(&self, path: &[Seg]) -> Option<String> {
        let n = self.root.get(path)?;
        serde_json::from_str(&self.text[n.start..n.end]).ok()
    }

    /// An id must be something a save file can be keyed by and a person can type.
    fn check_id(&self, errs: &mut Errors, id: &str, path: &[Seg], item: Item) -> bool {
        if id.trim().is_empty() {
            self.err(errs, path, ContentProblem::EmptyId(item));
            false
        } else if id.chars().any(char::is_whitespace) {
            let suggestion: String = id
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("-")
                .to_lowercase();
            self.err(
                errs,
                path,
                ContentProblem::IdWithSpaces {
                    id: id.to_string(),
                    suggestion,
                },
            );
            false
        } else {
            true
        }
    }

    /// Every `{"da": …, "en": …}` in the file must have both languages filled in.
    fn check_texts(&self, errs: &mut Errors) {
        self.check_texts_in(errs, &self.root);
    }

    fn check_texts_in(&self, errs: &mut Errors, node: &Node) {
        match &node.kind {
            NodeKind::Object(entries) => {
                let is_text = entries.iter().any(|e| e.key == "da" || e.key == "en");
                for e in entries {
                    if is_text && (e.key == "da" || e.key == "en") {
                        self.check_translation(errs, &e.key, &e.value);
                    } else {
                        self.check_texts_in(errs, &e.value);
                    }
                }
            }
            NodeKind::Array(items) => items.iter().for_each(|n| self.check_texts_in(errs, n)),
            _ => {}
        }
    }

    fn check_translation(&self, errs: &mut Errors, key: &str, value: &Node) {
        if value.kind != NodeKind::String {
            return; // serde has already said it must be a text
        }
        let Ok(lang) = key.parse::<Lang>() else {
            return;
        };
        let text =
            serde_json::from_str::<String>(&self.text[value.start..value.end]).unwrap_or_default();
        if text.trim().is_empty() {
            errs.push(ContentError::new(
                self.file,
                locate::line_col(self.text, value.start),
                ContentProblem::EmptyTranslation(lang),
            ));
        }
    }
}

struct Items<T> {
    /// Each element that could be read, with its index in the file.
    items: Vec<(usize, T)>,
    /// The indices of the elements that could not be read (and were reported).
    failed: Vec<usize>,
    complete: bool,
}

/// Remembers where each id was first seen.
#[derive(Default)]
struct Seen(HashMap<String, usize>);

impl Seen {
    /// The line the id was first seen on, if this is a repeat.
    fn repeat(&mut self, id: &str, line: usize) -> Option<usize> {
        match self.0.get(id) {
            Some(first) => Some(*first),
            None => {
                self.0.insert(id.to_string(), line);
                None
            }
        }
    }
}

fn check_one_per_counterpart<T>(
    ctx: &Ctx,
    errs: &mut Errors,
    key: &str,
    items: &Items<T>,
    counterpart: impl Fn(&T) -> Counterpart,
    kind: PerCounterpart,
) {
    check_per_counterpart(ctx, errs, key, items, counterpart, |_| true, kind, true);
}

/// Among the items `include` lets through, at most one per counterpart, and, when `required`,
/// at least one.
#[allow(clippy::too_many_arguments)]
fn check_per_counterpart<T>(
    ctx: &Ctx,
    errs: &mut Errors,
    key: &str,
    items: &Items<T>,
    counterpart: impl Fn(&T) -> Counterpart,
    include: impl Fn(&T) -> bool,
    kind: PerCounterpart,
    required: bool,
) {
    let mut seen = Seen::default();
    for (i, item) in items.items.iter().filter(|(_, it)| include(it)) {
        let cp = counterpart(item);
        let path = at!(key, *i, "counterpart");
        if let Some(first_line) = seen.repeat(cp.id(), ctx.line(path)) {
            ctx.err(
                errs,
                path,
                ContentProblem::TwoForCounterpart {
                    kind,
                    counterpart: cp,
                    first_line,
                },
            );
        }
    }
    if items.complete && required {
        for cp in Counterpart::ALL {
            if !items
                .items
                .iter()
                .any(|(_, it)| include(it) && counterpart(it) == cp)
            {
                ctx.err(
                    errs,
                    at!(key),
                    ContentProblem::NoneForCounterpart {
                        kind,
                        counterpart: cp,
                    },
                );
            }
        }
    }
}

pub(crate) fn roles(file: &str, text: &str, errs: &mut Errors) -> Option<RolesFile> {
    let ctx = Ctx::open(file, text, errs)?;
    let (about, main) = ctx.top(errs, "roles");
    ctx.check_texts(errs);
    let items: Items<Role> = ctx.items(errs, main?, "roles");
    let mut seen = Seen::default();
    for (i, role) in &items.items {
        let path = at!("roles", *i, "id");
        if let Some(first_line) = seen.repeat(role.id.id(), ctx.line(path)) {
            ctx.err(
                errs,
                path,
                ContentProblem::DuplicateRole {
                    role: role.id,
                    first_line,
                },
            );
        }
        if role.duties.is_empty() {
            ctx.err(
                errs,
                at!("roles", *i, "duties"),
                ContentProblem::RoleWithoutDuties(role.id),
            );
        }
    }
    if items.complete {
        for id in RoleId::ALL {
            if !items.items.iter().any(|(_, r)| r.id == id) {
                ctx.err(errs, at!("roles"), ContentProblem::MissingRole(id));
            }
        }
    }
    Some(RolesFile {
        about,
        roles: items.items.into_iter().map(|(_, r)| r).collect(),
    })
}

pub(crate) fn pamphlets(file: &str, text: &str, errs: &mut Errors) -> Option<PamphletsFile> {
    let ctx = Ctx::open(file, text, errs)?;
    let (about, main) = ctx.top(errs, "pamphlets");
    ctx.check_texts(errs);
    let items: Items<Pamphlet> = ctx.items(errs, main?, "pamphlets");
    check_one_per_counterpart(
        &ctx,
        errs,
        "pamphlets",
        &items,
        |p| p.counterpart,
        PerCounterpart::Pamphlet,
    );
    Some(PamphletsFile {
        about,
        pamphlets: items.items.into_iter().map(|(_, p)| p).collect(),
    })
}

pub(crate) fn questions(file: &str, text: &str, errs: &mut Errors) -> Option<QuestionsFile> {
    let ctx = Ctx::open(file, text, errs)?;
    let (about, main) = ctx.top(errs, "question_sets");
    ctx.check_texts(errs);
    let items: Items<QuestionSet> = ctx.items(errs, main?, "question_sets");
    // One first-meeting set per counterpart; a follow-up set is optional, but one at most.
    check_per_counterpart(
        &ctx,
        errs,
        "question_sets",
        &items,
        |s| s.counterpart,
        |s| !s.follow_up,
        PerCounterpart::QuestionSet,
        true,
    );
    check_per_counterpart(
        &ctx,
        errs,
        "question_sets",
        &items,
        |s| s.counterpart,
        |s| s.follow_up,
        PerCounterpart::FollowUpQuestionSet,
        false,
    );
    for (i, set) in &items.items {
        if set.questions.is_empty() {
            ctx.err(
                errs,
                at!("question_sets", *i, "questions"),
                ContentProblem::QuestionSetWithoutQuestions(set.counterpart),
            );
        }
    }
    let mut sets: Vec<(usize, Vec<(usize, Question)>)> = items
        .items
        .iter()
        .map(|(i, set)| (*i, set.questions.iter().cloned().enumerate().collect()))
        .collect();
    for i in &items.failed {
        sets.push((
            *i,
            ctx.parse_each(errs, at!("question_sets", *i, "questions")),
        ));
    }
    sets.sort_by_key(|(i, _)| *i);
    // Answers are saved under the question id alone, so ids are unique across all sets.
    let mut seen = Seen::default();
    for (i, questions) in &sets {
        for (j, q) in questions {
            let (i, j) = (*i, *j);
            let path = at!("question_sets", i, "questions", j, "id");
            if !ctx.check_id(errs, &q.id, path, Item::Question) {
                continue;
            }
            if let Some(first_line) = seen.repeat(&q.id, ctx.line(path)) {
                ctx.err(errs, path, duplicate(Item::Question, &q.id, first_line));
            }
        }
    }
    Some(QuestionsFile {
        about,
        question_sets: items.items.into_iter().map(|(_, s)| s).collect(),
    })
}

pub(crate) fn codriver(file: &str, text: &str, errs: &mut Errors) -> Option<CodriverFile> {
    let ctx = Ctx::open(file, text, errs)?;
    let (about, main) = ctx.top(errs, "codriver_aid");
    ctx.check_texts(errs);
    let aid: CodriverAid = ctx.parse(errs, main?)?;
    if aid.profiles.is_empty() {
        ctx.err(
            errs,
            at!("codriver_aid", "profiles"),
            ContentProblem::NoProfiles,
        );
    }
    let mut seen = Seen::default();
    for (i, p) in aid.profiles.iter().enumerate() {
        let path = at!("codriver_aid", "profiles", i, "id");
        if !ctx.check_id(errs, &p.id, path, Item::Profile) {
            continue;
        }
        if let Some(first_line) = seen.repeat(&p.id, ctx.line(path)) {
            ctx.err(errs, path, duplicate(Item::Profile, &p.id, first_line));
        }
    }
    Some(CodriverFile {
        about,
        codriver_aid: aid,
    })
}

pub(crate) fn agreements(file: &str, text: &str, errs: &mut Errors) -> Option<AgreementsFile> {
    let ctx = Ctx::open(file, text, errs)?;
    let (about, main) = ctx.top(errs, "agreements");
    ctx.check_texts(errs);
    let items: Items<AgreementTemplate> = ctx.items(errs, main?, "agreements");
    check_one_per_counterpart(
        &ctx,
        errs,
        "agreements",
        &items,
        |a| a.counterpart,
        PerCounterpart::AgreementTemplate,
    );
    for (i, template) in &items.items {
        if template.fields.is_empty() {
            ctx.err(
                errs,
                at!("agreements", *i, "fields"),
                ContentProblem::TemplateWithoutFields(template.counterpart),
            );
        }
        // Agreements are saved per meeting, keyed by field id: unique within a template.
        let mut seen = Seen::default();
        for (j, field) in template.fields.iter().enumerate() {
            let path = at!("agreements", *i, "fields", j, "id");
            if !ctx.check_id(errs, &field.id, path, Item::AgreementField) {
                continue;
            }
            if let Some(first_line) = seen.repeat(&field.id, ctx.line(path)) {
                ctx.err(
                    errs,
                    path,
                    duplicate(Item::AgreementField, &field.id, first_line),
                );
            }
        }
    }
    Some(AgreementsFile {
        about,
        agreements: items.items.into_iter().map(|(_, a)| a).collect(),
    })
}

pub(crate) fn courses(file: &str, text: &str, errs: &mut Errors) -> Option<CoursesFile> {
    let ctx = Ctx::open(file, text, errs)?;
    let (about, main) = ctx.top(errs, "courses");
    ctx.check_texts(errs);
    let items: Items<Course> = ctx.items(errs, main?, "courses");
    let mut seen = Seen::default();
    for (i, course) in &items.items {
        let path = at!("courses", *i, "id");
        if ctx.check_id(errs, &course.id, path, Item::Course)
            && let Some(first_line) = seen.repeat(&course.id, ctx.line(path))
        {
            ctx.err(errs, path, duplicate(Item::Course, &course.id, first_line));
        }
        check_course(&ctx, errs, *i, course);
    }
    for i in &items.failed {
        check_phases_alone(&ctx, errs, *i);
    }
    if items.complete {
        if items.items.is_empty() {
            ctx.err(errs, at!("courses"), ContentProblem::NoCourses);
        } else {
            for t in NetworkType::ALL {
                if !items.items.iter().any(|(_, c)| c.network_type == t) {
                    ctx.err(errs, at!("courses"), ContentProblem::NoCourseForType(t));
                }
            }
        }
    }
    Some(CoursesFile {
        about,
        courses: items.items.into_iter().map(|(_, c)| c).collect(),
    })
}

fn check_course(ctx: &Ctx, errs: &mut Errors, i: usize, course: &Course) {
    let id = &course.id;
    if course.phases.is_empty() {
        ctx.err(
            errs,
            at!("courses", i, "phases"),
            ContentProblem::CourseWithoutPhases { course: id.clone() },
        );
    }
    let mut phases = PhaseChecks::default();
    for (j, phase) in course.phases.iter().enumerate() {
        phases.check(ctx, errs, Some(id), i, j, phase);
    }
    let tests = phases.tests;
    let needs_test = matches!(
        course.network_type,
        NetworkType::Velfaerd | NetworkType::Innovation
    );
    if needs_test && tests == 0 && !course.phases.is_empty() {
        ctx.err(
            errs,
            at!("courses", i, "phases"),
            ContentProblem::CourseWithoutTestPhase {
                course: id.clone(),
                network_type: course.network_type,
            },
        );
    }
    // Only a figure the file names is checked: the half year the guidance gives is no
    // promise that a course without a test phase could break.
    if let ExpectedTestStart::Weeks(weeks) = course.expected_test_start_weeks {
        let path = at!("courses", i, "expected_test_start_weeks");
        if tests == 0 {
            ctx.err(
                errs,
                path,
                ContentProblem::TestStartWithoutTestPhase {
                    course: id.clone(),
                    weeks,
                },
            );
        } else if weeks == 0 {
            ctx.err(errs, path, ContentProblem::TestStartAtWeekZero);
        }
    }
}

/// A course that could not be read as a whole still has its phases checked one by one.
fn check_phases_alone(ctx: &Ctx, errs: &mut Errors, i: usize) {
    let id = ctx.string_at(at!("courses", i, "id"));
    let mut phases = PhaseChecks::default();
    for (j, phase) in ctx.parse_each::<Phase>(errs, at!("courses", i, "phases")) {
        phases.check(ctx, errs, id.as_deref(), i, j, &phase);
    }
}

/// The checks on each phase of a course, and what they count along the way.
#[derive(Default)]
struct PhaseChecks {
    seen: Seen,
    tests: usize,
}

impl PhaseChecks {
    fn check(
        &mut self,
        ctx: &Ctx,
        errs: &mut Errors,
        course: Option<&str>,
        i: usize,
        j: usize,
        phase: &Phase,
    ) {
        let path = at!("courses", i, "phases", j, "id");
        if ctx.check_id(errs, &phase.id, path, Item::Phase)
            && let Some(first_line) = self.seen.repeat(&phase.id, ctx.line(path))
        {
            ctx.err(errs, path, duplicate(Item::Phase, &phase.id, first_line));
        }
        let named = || phase.id.clone();
        if phase.weeks == 0 {
            ctx.err(
                errs,
                at!("courses", i, "phases", j, "weeks"),
                ContentProblem::PhaseOfZeroWeeks { phase: named() },
            );
        }
        if let Some(hours) = bad_hours(phase.hours_per_week) {
            ctx.err(
                errs,
                at!("courses", i, "phases", j, "hours_per_week"),
                ContentProblem::BadHours {
                    phase: named(),
                    week: None,
                    hours,
                },
            );
        }
        if let Some(profile) = &phase.hours_profile {
            if profile.is_empty() {
                ctx.err(
                    errs,
                    at!("courses", i, "phases", j, "hours_profile"),
                    ContentProblem::EmptyHoursProfile { phase: named() },
                );
            }
            for (k, hours) in profile.iter().enumerate() {
                if let Some(hours) = bad_hours(*hours) {
                    ctx.err(
                        errs,
                        at!("courses", i, "phases", j, "hours_profile", k),
                        ContentProblem::BadHours {
                            phase: named(),
                            week: Some(k + 1),
                            hours,
                        },
                    );
                }
            }
        }
        if phase.kind == PhaseKind::Test {
            self.tests += 1;
            if self.tests == 2 {
                ctx.err(
                    errs,
                    at!("courses", i, "phases", j, "kind"),
                    ContentProblem::MoreThanOneTestPhase {
                        course: course.map(str::to_string),
                    },
                );
            }
        }
    }
}

/// The same id a second time, after its first use on `first_line`.
fn duplicate(item: Item, id: &str, first_line: usize) -> ContentProblem {
    ContentProblem::DuplicateId {
        item,
        id: id.to_string(),
        first_line,
    }
}

/// What is wrong with an hours figure, if anything.
fn bad_hours(hours: f64) -> Option<BadHours> {
    if !hours.is_finite() {
        Some(BadHours::NotANumber)
    } else if hours < 0.0 {
        Some(BadHours::Negative(hours.to_string()))
    } else if hours > HOURS_IN_A_WEEK {
        Some(BadHours::MoreThanAWeek(hours.to_string()))
    } else {
        None
    }
}

/// serde_json's error as a problem. The character at the error's position tells a decimal
/// comma (`7,5`) from other syntax errors.
fn json_problem(e: &serde_json::Error, text: &str, offset: usize) -> ContentProblem {
    let here = text.get(offset..).and_then(|s| s.chars().next());
    ContentProblem::Json(JsonDetail::from_serde(e, here))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages of the errors in a courses file, in `lang`, by position.
    fn course_messages(text: &str, lang: Lang) -> Vec<String> {
        let mut errs = Vec::new();
        courses("courses.json", text, &mut errs);
        errs.sort_by_key(|e| (e.line, e.column));
        errs.dedup();
        errs.iter().map(|e| e.message(lang)).collect()
    }

    const BADLY_TYPED: &str = r#"{"courses": [
  {"id": "k", "network_type": "laering", "name": {"da": "K"},
   "summary": {"da": "s", "en": "s"}, "example_note": {"da": "e", "en": "e"},
   "phases": [
     {"id": "a", "name": {"da": "A", "en": "A"}, "kind": "tset", "weeks": 1,
      "hours_per_week": 2, "description": {"da": "d", "en": "d"}},
     {"id": "b", "name": {"da": "B", "en": "B"}, "kind": "phase", "weeks": 1,
      "hours_per_week": "7,5", "description": {"da": "d", "en": "d"}}
   ]}
]}"#;

    #[test]
    fn serde_errors_are_said_with_a_hint_in_danish() {
        let messages = course_messages(BADLY_TYPED, Lang::Da);
        assert_eq!(
            messages,
            [
                "courses.json:2:50: den engelske oversættelse mangler; tilføj \"en\": \"…\" ved siden af \"da\"",
                "courses.json:5:58: ukendt værdi «tset»; brug en af «phase», «break» eller «test»",
                "courses.json:8:25: forventede et tal, men fandt teksten «7,5»; skriv tallet uden anførselstegn: 7.5",
            ]
        );
    }

    #[test]
    fn serde_errors_are_said_with_a_hint_in_english() {
        let messages = course_messages(BADLY_TYPED, Lang::En);
        assert_eq!(
            messages,
            [
                "courses.json:2:50: the English translation is missing; add \"en\": \"…\" next to \"da\"",
                "courses.json:5:58: unknown value “tset”; use one of “phase”, “break” or “test”",
                "courses.json:8:25: expected a number, but found the text “7,5”; write the number without quotes: 7.5",
            ]
        );
    }

    #[test]
    fn a_decimal_comma_is_recognised_as_one() {
        let text = r#"{"courses": [{"id": "k", "weeks": 7,5}]}"#;
        let messages = course_messages(text, Lang::Da);
        assert_eq!(messages.len(), 1, "{messages:#?}");
        assert!(
            messages[0].contains("skriv decimaltal med punktum"),
            "{messages:#?}"
        );
    }

    #[test]
    fn hours_must_be_finite_and_not_negative() {
        assert!(bad_hours(0.0).is_none());
        assert!(bad_hours(37.0).is_none());
        assert!(bad_hours(-1.0).is_some());
        assert!(bad_hours(f64::NAN).is_some());
        assert!(bad_hours(f64::INFINITY).is_some());
        assert!(bad_hours(500.0).is_some());
    }

    #[test]
    fn all_problems_in_a_file_are_reported_not_just_the_first() {
        let text = r#"{
  "courses": [
    {"id": "a", "network_type": "laering", "name": {"da": "A", "en": ""},
     "summary": {"da": "s", "en": "s"}, "example_note": {"da": "e", "en": "e"},
     "expected_test_start_weeks": 10,
     "phases": [
       {"id": "p", "name": {"da": "P", "en": "P"}, "kind": "phase", "weeks": 0,
        "hours_per_week": -2, "hours_profile": [], "description": {"da": "d", "en": "d"}},
       {"id": "p", "name": {"da": "P", "en": "P"}, "kind": "phase", "weeks": 1,
        "hours_per_week": 2, "description": {"da": "d", "en": "d"}}
     ]}
  ]
}"#;
        let mut errs = Vec::new();
        let parsed = courses("courses.json", text, &mut errs);
        assert!(parsed.is_some());
        let messages: Vec<String> = errs.iter().map(|e| e.message(Lang::Da)).collect();
        let expect = [
            "courses.json:3:70: den engelske tekst",
            "courses.json:5:35: forløbet «a» har en forventet teststart",
            "courses.json:7:78: fasen «p» varer 0 uger",
            "courses.json:8:27: fasen «p» har et negativt timetal (-2)",
            "courses.json:8:48: timeprofilen for fasen «p» er tom",
            "courses.json:9:15: fase-id'et «p» er allerede brugt i linje 7",
            "courses.json:2:14: der er intet forløb til velfærdsnetværk",
            "courses.json:2:14: der er intet forløb til innovationsnetværk",
        ];
        for e in expect {
            assert!(
                messages.iter().any(|m| m.starts_with(e)),
                "no error starting with {e:?} in {messages:#?}"
            );
        }
        assert_eq!(messages.len(), expect.len(), "{messages:#?}");
    }

    #[test]
    fn one_unreadable_value_does_not_hide_the_other_problems_in_its_course() {
        let text = r#"{"courses": [
  {"id": "k", "network_type": "laering", "name": {"da": "K", "en": "K"},
   "summary": {"da": "s", "en": "s"}, "example_note": {"da": "e", "en": "e"},
   "phases": [
     {"id": "a", "name": {"da": "A", "en": "A"}, "kind": "phase", "weeks": 2.5,
      "hours_per_week": 2, "description": {"da": "d", "en": "d"}},
     {"id": "b", "name": {"da": "B", "en": "B"}, "kind": "phase", "weeks": 1,
      "hours_per_week": -6, "description": {"da": "d", "en": "d"}}
   ]}
]}"#;
        let mut errs = Vec::new();
        courses("courses.json", text, &mut errs);
        errs.sort_by_key(|e| (e.line, e.column));
        errs.dedup();
        let messages: Vec<String> = errs.iter().map(|e| e.message(Lang::Da)).collect();
        assert_eq!(
            messages,
            [
                "courses.json:5:76: forventede et helt tal (0 eller derover), men fandt tallet 2.5",
                "courses.json:8:25: fasen «b» har et negativt timetal (-6); skriv 0 eller flere timer om ugen",
            ]
        );
    }

    #[test]
    fn question_ids_are_checked_even_in_a_set_that_could_not_be_read() {
        let text = r#"{"question_sets": [
  {"counterpart": "personaleleder", "intro": {"da": "i", "en": "i"}, "questions": [
    {"id": "q1", "topic": {"da": "t", "en": "t"}, "text": {"da": "x", "en": "x"}}]},
  {"counterpart": "bogus", "intro": {"da": "i", "en": "i"}, "questions": [
    {"id": "q1", "topic": {"da": "t", "en": "t"}, "text": {"da": "x", "en": "x"}}]}
]}"#;
        let mut errs = Vec::new();
        questions("questions.json", text, &mut errs);
        let messages: Vec<String> = errs.iter().map(|e| e.message(Lang::Da)).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("questions.json:4:19: ukendt værdi «bogus»")),
            "{messages:#?}"
        );
        assert!(
            messages.iter().any(|m| m.starts_with(
                "questions.json:5:12: spørgsmåls-id'et «q1» er allerede brugt i linje 3"
            )),
            "{messages:#?}"
        );
        assert_eq!(messages.len(), 2, "{messages:#?}");
    }
}
