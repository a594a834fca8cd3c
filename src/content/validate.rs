//! Reads each content file into typed values and checks what serde cannot: ids that are
//! missing or used twice, phases of 0 weeks, a course without the test phase its type needs,
//! empty translations. Every problem is collected, each with the line and column of the value
//! it is about, so an organisation can fix them all in one go.

use std::collections::HashMap;

use serde::de::DeserializeOwned;

use super::error::ContentError;
use super::files::{
    About, AgreementsFile, CodriverFile, CoursesFile, PamphletsFile, QuestionsFile, RolesFile,
};
use super::locate::{self, Node, NodeKind, Seg};
use super::{
    AgreementTemplate, CodriverAid, Course, Pamphlet, Phase, Question, QuestionSet, Role, RoleId,
};
use crate::vocab::{Counterpart, NetworkType};
use crate::vocab::{Lang, PhaseKind};

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
                serde_message(&e, text, offset),
            ));
            return None;
        }
        match locate::parse(text) {
            Some(root) => Some(Ctx { file, text, root }),
            None => {
                // serde_json accepted it, so this would be a gap in our own scanner.
                errs.push(ContentError::whole_file(
                    file,
                    "filen kunne ikke læses som JSON; tjek at den er gemt som almindelig tekst"
                        .to_string(),
                ));
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

    fn err(&self, errs: &mut Errors, path: &[Seg], message: String) {
        errs.push(ContentError::new(self.file, self.pos(path), message));
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
                    serde_message(&e, self.text, offset),
                ));
                None
            }
        }
    }

    /// The top-level object: checks its keys, reads `about`, and returns the node under
    /// `main_key` (the one array or object the file is about).
    fn top(&self, errs: &mut Errors, main_key: &str) -> (Option<About>, Option<&Node>) {
        let NodeKind::Object(entries) = &self.root.kind else {
            self.err(
                errs,
                at!(),
                format!(
                    "filen skal indeholde et JSON-objekt, der begynder med {{ og har feltet «{main_key}»"
                ),
            );
            return (None, None);
        };
        for e in entries {
            if e.key != "about" && e.key != main_key {
                errs.push(ContentError::new(
                    self.file,
                    locate::line_col(self.text, e.key_start),
                    format!(
                        "ukendt felt «{}» øverst i filen; her må kun stå «about» og «{main_key}». Ret stavningen eller slet feltet",
                        e.key
                    ),
                ));
            }
        }
        let about = self
            .root
            .child(Seg::Key("about"))
            .and_then(|n| self.parse::<About>(errs, n));
        if let Some(About::Plain(s)) = &about
            && s.trim().is_empty()
        {
            self.err(
                errs,
                at!("about"),
                "«about» er tom; skriv en kort forklaring eller slet feltet".to_string(),
            );
        }
        let main = self.root.child(Seg::Key(main_key));
        if main.is_none() {
            self.err(
                errs,
                at!(),
                format!("feltet «{main_key}» mangler; det er det, filen skal indeholde"),
            );
        }
        (about, main)
    }

    /// Reads each element of the array under `key` on its own, so one broken element does not
    /// hide the problems in the others. `complete` says whether every element could be read.
    fn items<T: DeserializeOwned>(&self, errs: &mut Errors, node: &Node, key: &str) -> Items<T> {
        let NodeKind::Array(elements) = &node.kind else {
            self.err(errs, at!(key), format!("«{key}» skal være en liste: [ … ]"));
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
    fn check_id(&self, errs: &mut Errors, id: &str, path: &[Seg], what: &str) -> bool {
        if id.trim().is_empty() {
            self.err(
                errs,
                path,
                format!("{what} har et tomt id; skriv et kort id uden mellemrum, fx «pl-tid-1»"),
            );
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
                format!(
                    "id'et «{id}» må ikke indeholde mellemrum; brug bindestreger, fx «{suggestion}»"
                ),
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

    fn check_translation(&self, errs: &mut Errors, lang: &str, value: &Node) {
        if value.kind != NodeKind::String {
            return; // serde has already said it must be a text
        }
        let text =
            serde_json::from_str::<String>(&self.text[value.start..value.end]).unwrap_or_default();
        if text.trim().is_empty() {
            let message = if lang == "da" {
                "den danske tekst («da») er tom; skriv teksten på dansk"
            } else {
                "den engelske tekst («en») er tom; skriv en oversættelse til engelsk"
            };
            errs.push(ContentError::new(
                self.file,
                locate::line_col(self.text, value.start),
                message.to_string(),
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

/// How to speak of a kind of per-counterpart item in Danish, which inflects by gender.
struct Noun {
    /// "to pjecer"
    two: &'static str,
    /// "en pjece"
    one: &'static str,
    /// "den": the article for "den første", "den ene"
    the: &'static str,
}

const PAMPHLET: Noun = Noun {
    two: "to pjecer",
    one: "en pjece",
    the: "den",
};
const QUESTION_SET: Noun = Noun {
    two: "to spørgsmålssæt",
    one: "et spørgsmålssæt",
    the: "det",
};
const TEMPLATE: Noun = Noun {
    two: "to aftaleskabeloner",
    one: "en aftaleskabelon",
    the: "den",
};

fn check_one_per_counterpart<T>(
    ctx: &Ctx,
    errs: &mut Errors,
    key: &str,
    items: &Items<T>,
    counterpart: impl Fn(&T) -> Counterpart,
    noun: &Noun,
) {
    let mut seen = Seen::default();
    for (i, item) in &items.items {
        let cp = counterpart(item).id();
        let path = at!(key, *i, "counterpart");
        if let Some(first) = seen.repeat(cp, ctx.line(path)) {
            ctx.err(
                errs,
                path,
                format!(
                    "der er {} til «{cp}» ({the} første i linje {first}); slet {the} ene",
                    noun.two,
                    the = noun.the
                ),
            );
        }
    }
    if items.complete {
        for cp in Counterpart::ALL {
            if !items.items.iter().any(|(_, it)| counterpart(it) == cp) {
                let cp = cp.id();
                ctx.err(
                    errs,
                    at!(key),
                    format!(
                        "der mangler {} til «{cp}»; tilføj {} med \"counterpart\": \"{cp}\"",
                        noun.one,
                        noun.one.split(' ').next().unwrap_or("en")
                    ),
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
        let id = role.id.id();
        let path = at!("roles", *i, "id");
        if let Some(first) = seen.repeat(id, ctx.line(path)) {
            ctx.err(
                errs,
                path,
                format!("rollen «{id}» står to gange (første gang i linje {first}); slet den ene"),
            );
        }
        if role.duties.is_empty() {
            ctx.err(
                errs,
                at!("roles", *i, "duties"),
                format!("rollen «{id}» har ingen opgaver; skriv mindst én opgave i «duties»"),
            );
        }
    }
    if items.complete {
        for id in RoleId::ALL {
            if !items.items.iter().any(|(_, r)| r.id == id) {
                ctx.err(
                    errs,
                    at!("roles"),
                    format!(
                        "rollen «{}» mangler; filen skal beskrive alle fire roller: netvaerksleder, personaleleder, referenceleder og co-driver",
                        id.id()
                    ),
                );
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
        &PAMPHLET,
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
    check_one_per_counterpart(
        &ctx,
        errs,
        "question_sets",
        &items,
        |s| s.counterpart,
        &QUESTION_SET,
    );
    for (i, set) in &items.items {
        if set.questions.is_empty() {
            ctx.err(
                errs,
                at!("question_sets", *i, "questions"),
                format!(
                    "spørgsmålssættet til «{}» har ingen spørgsmål; skriv mindst ét",
                    set.counterpart.id()
                ),
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
            if !ctx.check_id(errs, &q.id, path, "spørgsmålet") {
                continue;
            }
            if let Some(first) = seen.repeat(&q.id, ctx.line(path)) {
                ctx.err(
                    errs,
                    path,
                    format!(
                        "spørgsmåls-id'et «{}» er allerede brugt i linje {first}; giv hvert spørgsmål sit eget id, for svarene gemmes under det",
                        q.id
                    ),
                );
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
            "der er ingen co-driver-profiler; skriv mindst én i «profiles»".to_string(),
        );
    }
    let mut seen = Seen::default();
    for (i, p) in aid.profiles.iter().enumerate() {
        let path = at!("codriver_aid", "profiles", i, "id");
        if !ctx.check_id(errs, &p.id, path, "profilen") {
            continue;
        }
        if let Some(first) = seen.repeat(&p.id, ctx.line(path)) {
            ctx.err(
                errs,
                path,
                format!(
                    "profil-id'et «{}» er allerede brugt i linje {first}; giv hver profil sit eget id",
                    p.id
                ),
            );
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
        &TEMPLATE,
    );
    for (i, template) in &items.items {
        if template.fields.is_empty() {
            ctx.err(
                errs,
                at!("agreements", *i, "fields"),
                format!(
                    "aftaleskabelonen til «{}» har ingen felter; skriv mindst ét i «fields»",
                    template.counterpart.id()
                ),
            );
        }
        // Agreements are saved per meeting, keyed by field id: unique within a template.
        let mut seen = Seen::default();
        for (j, field) in template.fields.iter().enumerate() {
            let path = at!("agreements", *i, "fields", j, "id");
            if !ctx.check_id(errs, &field.id, path, "feltet") {
                continue;
            }
            if let Some(first) = seen.repeat(&field.id, ctx.line(path)) {
                ctx.err(
                    errs,
                    path,
                    format!(
                        "felt-id'et «{}» er allerede brugt i linje {first} i samme skabelon; giv hvert felt sit eget id, for aftalerne gemmes under det",
                        field.id
                    ),
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
        if ctx.check_id(errs, &course.id, path, "forløbet")
            && let Some(first) = seen.repeat(&course.id, ctx.line(path))
        {
            ctx.err(
                errs,
                path,
                format!(
                    "forløbs-id'et «{}» er allerede brugt i linje {first}; giv hvert forløb sit eget id",
                    course.id
                ),
            );
        }
        check_course(&ctx, errs, *i, course);
    }
    for i in &items.failed {
        check_phases_alone(&ctx, errs, *i);
    }
    if items.complete {
        if items.items.is_empty() {
            ctx.err(
                errs,
                at!("courses"),
                "der er ingen forløb; skriv mindst ét forløb for hver netværkstype".to_string(),
            );
        } else {
            for t in NetworkType::ALL {
                if !items.items.iter().any(|(_, c)| c.network_type == t) {
                    ctx.err(
                        errs,
                        at!("courses"),
                        format!(
                            "der er intet forløb til {} (\"network_type\": \"{}\"); tilføj et",
                            t.name(Lang::Da),
                            t.id()
                        ),
                    );
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
            format!("forløbet «{id}» har ingen faser; skriv mindst én fase i «phases»"),
        );
    }
    let mut phases = PhaseChecks::default();
    for (j, phase) in course.phases.iter().enumerate() {
        phases.check(ctx, errs, id, i, j, phase);
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
            format!(
                "forløbet «{id}» er til et {} og skal have én testfase, men har ingen; skriv \"kind\": \"test\" på den fase, hvor løsningerne afprøves",
                course.network_type.name(Lang::Da)
            ),
        );
    }
    if let Some(weeks) = course.expected_test_start_weeks {
        let path = at!("courses", i, "expected_test_start_weeks");
        if tests == 0 {
            ctx.err(
                errs,
                path,
                format!(
                    "forløbet «{id}» har en forventet teststart (uge {weeks}), men ingen testfase; slet «expected_test_start_weeks» eller tilføj en fase med \"kind\": \"test\""
                ),
            );
        } else if weeks == 0 {
            ctx.err(
                errs,
                path,
                "den forventede teststart skal være mindst uge 1; skriv antallet af uger fra forløbets start"
                    .to_string(),
            );
        }
    }
}

/// A course that could not be read as a whole still has its phases checked one by one.
fn check_phases_alone(ctx: &Ctx, errs: &mut Errors, i: usize) {
    let id = ctx
        .string_at(at!("courses", i, "id"))
        .unwrap_or_else(|| format!("nr. {}", i + 1));
    let mut phases = PhaseChecks::default();
    for (j, phase) in ctx.parse_each::<Phase>(errs, at!("courses", i, "phases")) {
        phases.check(ctx, errs, &id, i, j, &phase);
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
        course: &str,
        i: usize,
        j: usize,
        phase: &Phase,
    ) {
        let path = at!("courses", i, "phases", j, "id");
        if ctx.check_id(errs, &phase.id, path, "fasen")
            && let Some(first) = self.seen.repeat(&phase.id, ctx.line(path))
        {
            ctx.err(
                errs,
                path,
                format!(
                    "fase-id'et «{}» er allerede brugt i linje {first} i samme forløb; giv hver fase sit eget id",
                    phase.id
                ),
            );
        }
        let pid = &phase.id;
        if phase.weeks == 0 {
            ctx.err(
                errs,
                at!("courses", i, "phases", j, "weeks"),
                format!("fasen «{pid}» varer 0 uger; en fase skal vare mindst én uge"),
            );
        }
        if let Some(message) = bad_hours(phase.hours_per_week) {
            ctx.err(
                errs,
                at!("courses", i, "phases", j, "hours_per_week"),
                format!("fasen «{pid}» {message}"),
            );
        }
        if let Some(profile) = &phase.hours_profile {
            if profile.is_empty() {
                ctx.err(
                    errs,
                    at!("courses", i, "phases", j, "hours_profile"),
                    format!(
                        "timeprofilen for fasen «{pid}» er tom; skriv timerne for hver uge, fx [14, 8, 8, 14], eller slet «hours_profile»"
                    ),
                );
            }
            for (k, hours) in profile.iter().enumerate() {
                if let Some(message) = bad_hours(*hours) {
                    ctx.err(
                        errs,
                        at!("courses", i, "phases", j, "hours_profile", k),
                        format!("uge {} i timeprofilen for fasen «{pid}» {message}", k + 1),
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
                    format!(
                        "forløbet «{course}» har mere end én testfase; kun én fase må have \"kind\": \"test\""
                    ),
                );
            }
        }
    }
}

/// What is wrong with an hours figure, as the end of a sentence about a phase.
fn bad_hours(hours: f64) -> Option<String> {
    if !hours.is_finite() {
        Some("har et ugyldigt timetal; skriv et almindeligt tal, fx 8".to_string())
    } else if hours < 0.0 {
        Some(format!(
            "har et negativt timetal ({hours}); skriv 0 eller flere timer om ugen"
        ))
    } else if hours > HOURS_IN_A_WEEK {
        Some(format!(
            "har {hours} timer om ugen, men en uge har kun 168 timer; skriv timer pr. uge"
        ))
    } else {
        None
    }
}

/// serde_json's message, in plain Danish with a hint on what to do.
fn serde_message(e: &serde_json::Error, text: &str, offset: usize) -> String {
    let full = e.to_string();
    let msg = match full.rfind(" at line ") {
        Some(i) if e.line() > 0 => &full[..i],
        _ => full.as_str(),
    };
    let here = text.get(offset..).and_then(|s| s.chars().next());
    translate(msg, here)
}

/// The parts of a serde message written between backticks.
fn ticked(msg: &str) -> Vec<&str> {
    msg.split('`').skip(1).step_by(2).collect()
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("«{n}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn translate(msg: &str, here: Option<char>) -> String {
    let t = ticked(msg);
    let first = t.first().copied().unwrap_or("");
    if msg.starts_with("missing field") {
        return match first {
            "en" => "den engelske oversættelse mangler; tilføj \"en\": \"…\" ved siden af \"da\""
                .to_string(),
            "da" => {
                "den danske tekst mangler; tilføj \"da\": \"…\" ved siden af \"en\"".to_string()
            }
            field => format!("feltet «{field}» mangler her; tilføj det"),
        };
    }
    if msg.starts_with("unknown field") {
        let allowed = if msg.contains("there are no fields") {
            "her må ikke stå felter".to_string()
        } else {
            format!("tilladte felter her er {}", list(&t[1..]))
        };
        return format!("ukendt felt «{first}»; {allowed}. Ret stavningen eller slet feltet");
    }
    if msg.starts_with("unknown variant") {
        return format!(
            "ukendt værdi «{first}»; brug en af {}",
            list(t.get(1..).unwrap_or(&[]))
        );
    }
    if msg.starts_with("duplicate field") {
        return format!("feltet «{first}» står to gange; slet det ene");
    }
    if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return format!(
            "her skal stå {}, men der står {}",
            expected_da(expected),
            found_da(found)
        );
    }
    if msg.starts_with("invalid length")
        && let Some((_, expected)) = msg.split_once(", expected ")
    {
        return format!(
            "her skal stå {}, ikke en liste [ … ]",
            expected_da(expected.split(" with ").next().unwrap_or(expected))
        );
    }
    if msg.contains("untagged enum About") {
        return "«about» skal være en tekst i anførselstegn eller {\"da\": \"…\", \"en\": \"…\"}"
            .to_string();
    }
    syntax_da(msg, here)
}

fn syntax_da(msg: &str, here: Option<char>) -> String {
    let s = match msg {
        "expected `,` or `}`" => "her mangler et komma (,) eller en afsluttende }",
        "expected `,` or `]`" => "her mangler et komma (,) eller en afsluttende ]",
        "expected `:`" => "her mangler et kolon (:) efter feltnavnet",
        "expected value" => {
            "her skal stå en værdi: en tekst i anførselstegn, et tal, true/false, en liste [ … ] eller et objekt { … }"
        }
        "expected ident" => {
            "ukendt ord; skriv true, false eller null, eller sæt teksten i anførselstegn"
        }
        "trailing comma" => "der står et komma for meget lige før; slet det",
        "key must be a string" if here.is_some_and(|c| c.is_ascii_digit()) => {
            "her skal stå et feltnavn i anførselstegn; skriv decimaltal med punktum, fx 7.5 (ikke 7,5)"
        }
        "key must be a string" => "feltnavne skal stå i anførselstegn, fx \"id\"",
        "EOF while parsing a string" => {
            "filen slutter midt i en tekst; mangler der et afsluttende anførselstegn (\")?"
        }
        "EOF while parsing an object"
        | "EOF while parsing a list"
        | "EOF while parsing a value" => {
            "filen slutter for tidligt; mangler der en afsluttende } eller ]?"
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "en tekst må ikke gå over flere linjer eller indeholde tabulatorer; skriv \\n for et linjeskift"
        }
        "invalid escape" => "ugyldig brug af \\ i en tekst; skriv \\\\ for en omvendt skråstreg",
        "invalid number" => "ugyldigt tal; skriv fx 8 eller 7.5",
        "number out of range" => "tallet er alt for stort",
        "trailing characters" => "der står noget efter filens sidste }; slet det",
        "recursion limit exceeded" => "filen har for mange lag inden i hinanden",
        other => return format!("ugyldig JSON: {other}"),
    };
    s.to_string()
}

fn found_da(found: &str) -> String {
    let unticked = |s: &str| s.trim_matches('`').to_string();
    if let Some(s) = found.strip_prefix("string ") {
        format!("teksten {s}")
    } else if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        format!("tallet {}", unticked(n))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        unticked(b)
    } else {
        match found {
            "map" => "et objekt { … }".to_string(),
            "sequence" => "en liste [ … ]".to_string(),
            other => other.to_string(),
        }
    }
}

fn expected_da(expected: &str) -> String {
    let s = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => "et helt tal (0 eller derover)",
        "i8" | "i16" | "i32" | "i64" | "isize" => "et helt tal",
        "f32" | "f64" => "et tal (skriv decimaler med punktum, fx 7.5)",
        "a string" => "en tekst i anførselstegn",
        "a boolean" => "true eller false",
        "a sequence" => "en liste [ … ]",
        "a map" => "et objekt { … }",
        "struct Text" => "en tekst på begge sprog: {\"da\": \"…\", \"en\": \"…\"}",
        s if s.starts_with("struct ") => "et objekt { … }",
        s if s.starts_with("enum ") || s.contains("variant") => {
            "en af de tilladte værdier i anførselstegn"
        }
        other => other,
    };
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_danish_with_a_hint() {
        assert_eq!(
            translate("missing field `en`", None),
            "den engelske oversættelse mangler; tilføj \"en\": \"…\" ved siden af \"da\""
        );
        assert_eq!(
            translate("unknown variant `tset`, expected `phase` or `test`", None),
            "ukendt værdi «tset»; brug en af «phase», «test»"
        );
        assert_eq!(
            translate("invalid value: integer `-3`, expected u32", None),
            "her skal stå et helt tal (0 eller derover), men der står tallet -3"
        );
        assert_eq!(
            translate("invalid type: string \"7,5\", expected f64", None),
            "her skal stå et tal (skriv decimaler med punktum, fx 7.5), men der står teksten \"7,5\""
        );
        assert!(translate("key must be a string", Some('5')).contains("7.5"));
        assert!(translate("something new", None).starts_with("ugyldig JSON: "));
    }

    #[test]
    fn unknown_field_lists_the_allowed_ones() {
        let m = translate("unknown field `fr`, expected `da` or `en`", None);
        assert_eq!(
            m,
            "ukendt felt «fr»; tilladte felter her er «da», «en». Ret stavningen eller slet feltet"
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
        let messages: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
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
        let messages: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            [
                "courses.json:5:76: her skal stå et helt tal (0 eller derover), men der står tallet 2.5",
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
        let messages: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
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
