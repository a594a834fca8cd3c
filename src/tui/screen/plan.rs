//! The workload plan in five steps (flow::plan): course, start and hours, phases, vacation and
//! special weeks, and a review with the week table, a bar chart and the warnings.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use mandat::content::Course;
use mandat::dates;
use mandat::flow::plan::{PlanEvent, PlanStatus, PlanStep};
use mandat::planner::input::{parse_hours, parse_override, parse_vacation};
use mandat::planner::{EffectivePhase, LocalDaysOff, PhaseAdjustment, Plan, effective_phases};
use mandat::text::format::{compact_date, long_date, month_name, number as hours, truncate, week_label};
use mandat::text::screen::{first_run, frame, keys as k, plan as t};
use mandat::text::{Msg, common};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::App;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View, dashboard, export, read, saved};
use crate::tui::widgets::{LineInput, paragraph};

/// What a typed value is for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Field {
    Start,
    WeeklyHours,
    Ceiling,
    PhaseWeeks(String),
    PhaseHours(String),
    Vacation,
    Override,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The selected row in the step's list.
    pub selected: usize,
    /// The selected column in the phase table: 0 weeks, 1 hours, 2 Sekretariat.
    pub column: usize,
    pub input: Option<(Field, LineInput)>,
    /// First week row shown in the review.
    pub scroll: usize,
}

fn course(app: &App) -> Option<&Course> {
    let ws = app.workspace.as_ref()?;
    app.content.course(&ws.plan.settings.course_id)
}

fn step(app: &App) -> PlanStep {
    app.workspace
        .as_ref()
        .map(|w| w.plan.step)
        .unwrap_or_default()
}

/// The selected phase as the leader adjusted it.
fn effective(app: &App, index: usize) -> Option<EffectivePhase<'_>> {
    let ws = app.workspace.as_ref()?;
    let course = course(app)?;
    effective_phases(course, &ws.plan.settings).into_iter().nth(index)
}

fn adjustment(app: &App, phase_id: &str) -> PhaseAdjustment {
    app.workspace
        .as_ref()
        .and_then(|w| w.plan.settings.phases.get(phase_id).cloned())
        .unwrap_or_default()
}

fn adjust(app: &mut App, phase_id: &str, change: impl FnOnce(&mut PhaseAdjustment)) {
    let mut adj = adjustment(app, phase_id);
    change(&mut adj);
    app.apply_plan(PlanEvent::AdjustPhase {
        phase_id: phase_id.to_string(),
        adjustment: adj,
    });
}

/// The days that are free only by local agreement, in the order the basics step shows them.
type DayFlag = fn(&mut LocalDaysOff) -> &mut bool;
const LOCAL_DAYS_OFF: [(Msg, DayFlag); 4] = [
    (t::MAY_DAY, |d| &mut d.may_day),
    (t::GRUNDLOVSDAG, |d| &mut d.grundlovsdag),
    (t::CHRISTMAS_EVE, |d| &mut d.christmas_eve),
    (t::NEW_YEARS_EVE, |d| &mut d.new_years_eve),
];

/// The plan as it stands, for the review.
pub fn current_plan(app: &App) -> Option<Plan> {
    let ws = app.workspace.as_ref()?;
    ws.plan_weeks(&app.content).ok()
}

fn row_count(app: &App) -> usize {
    match step(app) {
        PlanStep::ChooseCourse => app.content.courses.len(),
        PlanStep::Basics => 3 + LOCAL_DAYS_OFF.len(),
        PlanStep::Phases => course(app).map(|c| c.phases.len()).unwrap_or(0),
        PlanStep::Adjustments => app
            .workspace
            .as_ref()
            .map(|w| w.plan.settings.vacations.len() + w.plan.settings.overrides.len())
            .unwrap_or(0),
        PlanStep::Review => current_plan(app).map(|p| p.weeks.len()).unwrap_or(0),
    }
}

fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.input.is_some() {
        update_input(app, st, action);
        return None;
    }
    let n = row_count(app);
    let current = step(app);
    match action {
        Action::Back => return Some(Screen::Dashboard(dashboard::State::default())),
        Action::Command(Command::OpenExport) if current == PlanStep::Review => {
            return Some(Screen::Export(export::State::for_plan(app)));
        }
        Action::Up if current == PlanStep::Review => st.scroll = st.scroll.saturating_sub(1),
        Action::Down if current == PlanStep::Review => {
            st.scroll = (st.scroll + 1).min(n.saturating_sub(1))
        }
        Action::PageUp => st.scroll = st.scroll.saturating_sub(10),
        Action::PageDown => st.scroll = (st.scroll + 10).min(n.saturating_sub(1)),
        Action::Up => st.selected = st.selected.saturating_sub(1),
        Action::Down => st.selected = (st.selected + 1).min(n.saturating_sub(1)),
        Action::Left => st.column = st.column.saturating_sub(1),
        Action::Right => st.column = (st.column + 1).min(2),
        Action::Command(Command::NextStep) if app.apply_plan(PlanEvent::Next) => {
            st.selected = 0;
            st.scroll = 0;
        }
        Action::Command(Command::PreviousStep) if app.apply_plan(PlanEvent::Back) => {
            st.selected = 0;
        }
        Action::Command(Command::Accept) if app.apply_plan(PlanEvent::Accept { on: app.today }) => {
            app.info(t::ACCEPTED.get(app.lang));
        }
        Action::Confirm => confirm(app, st, current),
        Action::Command(Command::Increase) | Action::Command(Command::Decrease)
            if current == PlanStep::Phases =>
        {
            let up = action == Action::Command(Command::Increase);
            let (id, weeks, h, intensive) = effective(app, st.selected)
                .map(|e| (e.phase.id.clone(), e.weeks, e.peak_hours(), e.intensive))?;
            match st.column {
                0 => {
                    let w = if up {
                        weeks + 1
                    } else {
                        weeks.saturating_sub(1).max(1)
                    };
                    adjust(app, &id, |a| a.weeks = Some(w));
                }
                1 => {
                    let next = if up { h + 0.5 } else { (h - 0.5).max(0.0) };
                    adjust(app, &id, |a| a.hours_per_week = Some(next));
                }
                _ => adjust(app, &id, |a| a.intensive = Some(!intensive)),
            }
        }
        Action::Command(Command::ToggleIntensive) if current == PlanStep::Phases => {
            let (id, intensive) =
                effective(app, st.selected).map(|e| (e.phase.id.clone(), e.intensive))?;
            adjust(app, &id, |a| a.intensive = Some(!intensive));
        }
        Action::Command(Command::ResetPhase) if current == PlanStep::Phases => {
            let phase = course(app)
                .and_then(|c| c.phases.get(st.selected))
                .cloned()?;
            app.apply_plan(PlanEvent::AdjustPhase {
                phase_id: phase.id,
                adjustment: PhaseAdjustment::default(),
            });
        }
        Action::Command(Command::AddVacation) if current == PlanStep::Adjustments => {
            st.input = Some((Field::Vacation, LineInput::default()));
        }
        Action::Command(Command::AddOverride) if current == PlanStep::Adjustments => {
            st.input = Some((Field::Override, LineInput::default()));
        }
        Action::Command(Command::Remove) if current == PlanStep::Adjustments => {
            let ws = app.workspace.as_ref()?;
            let vacations = ws.plan.settings.vacations.len();
            let event = if st.selected < vacations {
                PlanEvent::RemoveVacation(st.selected)
            } else {
                let o = ws.plan.settings.overrides.get(st.selected - vacations)?;
                PlanEvent::RemoveOverride {
                    iso_year: o.iso_year,
                    iso_week: o.iso_week,
                }
            };
            if app.apply_plan(event) {
                st.selected = st.selected.saturating_sub(1);
            }
        }
        _ => {}
    }
    None
}

fn confirm(app: &mut App, st: &mut State, current: PlanStep) {
    let Some(ws) = app.workspace.as_ref() else {
        return;
    };
    let settings = &ws.plan.settings;
    match current {
        PlanStep::ChooseCourse => {
            let Some(c) = app.content.courses.get(st.selected) else {
                return;
            };
            let id = c.id.clone();
            if app.apply_plan(PlanEvent::ChooseCourse(id)) && app.apply_plan(PlanEvent::Next) {
                st.selected = 0;
            }
        }
        PlanStep::Basics if st.selected >= 3 => {
            // The local days off are yes/no: Enter turns one on or off.
            let mut days = settings.local_days_off;
            if let Some((_, flag)) = LOCAL_DAYS_OFF.get(st.selected - 3) {
                let value = flag(&mut days);
                *value = !*value;
                app.apply_plan(PlanEvent::SetLocalDaysOff(days));
            }
        }
        PlanStep::Basics => {
            let (field, text) = match st.selected {
                0 => (Field::Start, dates::input_date(settings.start)),
                1 => (Field::WeeklyHours, hours(settings.weekly_hours, app.lang)),
                _ => (
                    Field::Ceiling,
                    settings
                        .ceiling_hours
                        .map(|h| hours(h, app.lang))
                        .unwrap_or_default(),
                ),
            };
            st.input = Some((field, LineInput::new(text)));
        }
        PlanStep::Phases => {
            let Some((id, weeks, h, intensive)) = effective(app, st.selected)
                .map(|e| (e.phase.id.clone(), e.weeks, e.peak_hours(), e.intensive))
            else {
                return;
            };
            match st.column {
                0 => st.input = Some((Field::PhaseWeeks(id), LineInput::new(weeks.to_string()))),
                1 => st.input = Some((Field::PhaseHours(id), LineInput::new(hours(h, app.lang)))),
                _ => adjust(app, &id, |a| a.intensive = Some(!intensive)),
            }
        }
        PlanStep::Adjustments => {}
        PlanStep::Review => {}
    }
}

fn update_input(app: &mut App, st: &mut State, action: Action) {
    let Some((field, input)) = &mut st.input else {
        return;
    };
    match action {
        Action::Back => st.input = None,
        Action::Edit(key) => {
            input.handle_key(key);
        }
        Action::Paste(text) => input.paste(&text),
        Action::Confirm | Action::SaveField | Action::NextField => {
            let text = input.text().trim().to_string();
            let lang = app.lang;
            let event = match field {
                Field::Start => match dates::parse_date(&text) {
                    Some(d) => PlanEvent::SetStart(d),
                    None => return app.error(first_run::BAD_DATE.get(lang)),
                },
                Field::WeeklyHours => match parse_hours(&text) {
                    Some(h) => PlanEvent::SetWeeklyHours(h),
                    None => return app.error(t::BAD_HOURS.get(lang)),
                },
                Field::Ceiling if text.is_empty() => PlanEvent::SetCeiling(None),
                Field::Ceiling => match parse_hours(&text) {
                    Some(h) => PlanEvent::SetCeiling(Some(h)),
                    None => return app.error(t::BAD_HOURS.get(lang)),
                },
                Field::PhaseWeeks(id) => match text.parse::<u32>() {
                    Ok(w) => PlanEvent::AdjustPhase {
                        phase_id: id.clone(),
                        adjustment: PhaseAdjustment {
                            weeks: Some(w),
                            ..adjustment(app, id)
                        },
                    },
                    Err(_) => return app.error(t::BAD_WEEKS.get(lang)),
                },
                Field::PhaseHours(id) => match parse_hours(&text) {
                    Some(h) => PlanEvent::AdjustPhase {
                        phase_id: id.clone(),
                        adjustment: PhaseAdjustment {
                            hours_per_week: Some(h),
                            ..adjustment(app, id)
                        },
                    },
                    None => return app.error(t::BAD_HOURS.get(lang)),
                },
                Field::Vacation => match parse_vacation(&text) {
                    Some(v) => PlanEvent::AddVacation(v),
                    None => return app.error(t::BAD_VACATION.get(lang)),
                },
                Field::Override => match parse_override(&text) {
                    Some(o) => PlanEvent::SetOverride(o),
                    None => return app.error(t::BAD_OVERRIDE.get(lang)),
                },
            };
            if app.apply_plan(event) {
                st.input = None;
            }
        }
        _ => {}
    }
}

fn crumbs(app: &App) -> Vec<String> {
    let mut c = Vec::new();
    if let Some(ws) = &app.workspace {
        c.push(ws.name.clone());
    }
    c.push(common::PLAN.get(app.lang).to_string());
    let current = step(app);
    c.push(t::step_name(app.lang, current).to_string());
    c.push(frame::step_n_of(app.lang, current.number(), PlanStep::ALL.len()));
    c
}

const NEXT_STEP: Binding = Binding::new(
    "n",
    &[(Key::char('n'), Action::Command(Command::NextStep))],
    k::NEXT_STEP,
);
const PREVIOUS_STEP: Binding = Binding::new(
    "b",
    &[(Key::char('b'), Action::Command(Command::PreviousStep))],
    k::PREV_STEP,
);
const ADJUST: Binding = Binding::new(
    "+/-",
    &[
        (Key::char('+'), Action::Command(Command::Increase)),
        (Key::char('-'), Action::Command(Command::Decrease)),
    ],
    k::ADJUST,
);
const RESET: Binding = Binding::new(
    "r",
    &[(Key::char('r'), Action::Command(Command::ResetPhase))],
    k::RESET,
);
const INTENSIVE: Binding = Binding::new(
    "i",
    &[(Key::char('i'), Action::Command(Command::ToggleIntensive))],
    t::TOGGLE_SECRETARIAT,
)
.help_only();
const ADD_VACATION: Binding = Binding::new(
    "f",
    &[(Key::char('f'), Action::Command(Command::AddVacation))],
    k::ADD_VACATION,
);
const ADD_OVERRIDE: Binding = Binding::new(
    "o",
    &[(Key::char('o'), Action::Command(Command::AddOverride))],
    k::ADD_OVERRIDE,
);
const REMOVE: Binding = Binding::new(
    "x",
    &[
        (Key::char('x'), Action::Command(Command::Remove)),
        (Key::plain(KeyCode::Delete), Action::Command(Command::Remove)),
    ],
    k::REMOVE,
);
const ACCEPT: Binding = Binding::new(
    "g",
    &[(Key::char('g'), Action::Command(Command::Accept))],
    k::ACCEPT,
);
const COURSE_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::CHOOSE,
    NEXT_STEP,
    keys::BACK,
    keys::HELP,
    keys::QUIT.help_only(),
];
const BASICS_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::EDIT,
    NEXT_STEP,
    PREVIOUS_STEP,
    keys::BACK,
    keys::HELP,
    keys::QUIT.help_only(),
];
const PHASE_KEYS: &[Binding] = &[
    keys::MOVE,
    keys::LEFT_RIGHT_COLUMN,
    ADJUST,
    keys::EDIT,
    RESET,
    NEXT_STEP,
    PREVIOUS_STEP,
    keys::BACK,
    keys::HELP,
    INTENSIVE,
    keys::QUIT.help_only(),
];
const ADJUSTMENT_KEYS: &[Binding] = &[
    ADD_VACATION,
    ADD_OVERRIDE,
    REMOVE,
    NEXT_STEP,
    PREVIOUS_STEP,
    keys::BACK,
    keys::HELP,
    keys::MOVE.help_only(),
    keys::QUIT.help_only(),
];
const REVIEW_KEYS: &[Binding] = &[
    keys::SCROLL,
    ACCEPT,
    keys::EXPORT,
    PREVIOUS_STEP,
    keys::BACK,
    keys::HELP,
    keys::PAGE,
    keys::QUIT.help_only(),
];
const INPUT_KEYS: &[Binding] = &[
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
    Binding::new("Tab", &[(Key::plain(KeyCode::Tab), Action::NextField)], k::CONFIRM).help_only(),
];
pub const KEY_TABLES: &[&[Binding]] = &[
    COURSE_KEYS,
    BASICS_KEYS,
    PHASE_KEYS,
    ADJUSTMENT_KEYS,
    REVIEW_KEYS,
    INPUT_KEYS,
];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        update(app, self, action)
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        crumbs(app)
    }

    fn keys(&self, app: &App) -> &'static [Binding] {
        if self.input.is_some() {
            return INPUT_KEYS;
        }
        match step(app) {
            PlanStep::ChooseCourse => COURSE_KEYS,
            PlanStep::Basics => BASICS_KEYS,
            PlanStep::Phases => PHASE_KEYS,
            PlanStep::Adjustments => ADJUSTMENT_KEYS,
            PlanStep::Review => REVIEW_KEYS,
        }
    }

    fn is_editing(&self) -> bool {
        self.input.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Position {
            selected: self.selected,
            column: self.column,
            scroll: self.scroll,
            input: self
                .input
                .as_ref()
                .map(|(field, input)| (field.clone(), input.text().to_string())),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        app.workspace.as_ref()?;
        Some(State {
            selected: p.selected,
            column: p.column.min(2),
            scroll: p.scroll,
            input: p.input.map(|(field, text)| (field, LineInput::new(text))),
        })
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let Some(ws) = &app.workspace else {
        return;
    };
    let lang = app.lang;
    let theme = app.theme;
    let status = match ws.plan.status {
        PlanStatus::Draft => None,
        PlanStatus::Accepted { accepted_on } => Some(Line::styled(
            t::accepted_on(lang, &compact_date(accepted_on, lang)),
            theme.ok(),
        )),
        PlanStatus::ChangedSinceAccepted { accepted_on } => Some(Line::styled(
            t::changed_since(lang, &compact_date(accepted_on, lang)),
            theme.warn(),
        )),
    };
    let mut top = vec![Line::styled(
        t::step_name(lang, ws.plan.step),
        theme.title(),
    )];
    top.extend(status);
    let top_rows = top.len() as u16 + 1;
    paragraph(
        top,
        Rect::new(area.x, area.y, area.width, top_rows.min(area.height)),
        buf,
        0,
    );
    let body = Rect::new(
        area.x,
        area.y + top_rows,
        area.width,
        area.height.saturating_sub(top_rows + 2),
    );
    let input_area = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    match ws.plan.step {
        PlanStep::ChooseCourse => render_courses(app, st, body, buf),
        PlanStep::Basics => render_basics(app, st, body, buf),
        PlanStep::Phases => render_phases(app, st, body, buf),
        PlanStep::Adjustments => render_adjustments(app, st, body, buf),
        PlanStep::Review => render_review(
            app,
            st,
            Rect::new(
                area.x,
                area.y + top_rows,
                area.width,
                area.height.saturating_sub(top_rows),
            ),
            buf,
        ),
    }
    if let Some((field, input)) = &st.input {
        let prompt = match field {
            Field::Start => t::START,
            Field::WeeklyHours => common::WEEKLY_HOURS,
            Field::Ceiling => t::CEILING,
            Field::PhaseWeeks(_) => common::WEEKS,
            Field::PhaseHours(_) => t::HOURS_WEEK,
            Field::Vacation => t::VACATION_PROMPT,
            Field::Override => t::OVERRIDE_PROMPT,
        };
        let prompt_area = Rect::new(area.x, input_area.y.saturating_sub(1), area.width, 1);
        buf.set_line(
            prompt_area.x,
            prompt_area.y,
            &Line::styled(prompt.get(lang), theme.heading()),
            area.width,
        );
        let label = "> ";
        buf.set_string(input_area.x, input_area.y, label, theme.key());
        input.render(
            Rect::new(
                input_area.x + 2,
                input_area.y,
                input_area.width.saturating_sub(2),
                1,
            ),
            buf,
            theme.normal(),
            true,
            theme,
        );
    }
}

fn render_courses(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let current = app
        .workspace
        .as_ref()
        .map(|w| w.plan.settings.course_id.as_str())
        .unwrap_or("");
    let mut lines = Vec::new();
    for (i, c) in app.content.courses.iter().enumerate() {
        let mark = if c.id == current { "◉" } else { "○" };
        let style = if i == st.selected {
            theme.selected()
        } else {
            theme.normal()
        };
        lines.push(Line::styled(
            format!(
                "{mark} {} ({})",
                c.name.get(lang),
                common::network_type(lang, c.network_type)
            ),
            style,
        ));
    }
    if let Some(c) = app.content.courses.get(st.selected) {
        lines.push(Line::raw(""));
        lines.push(Line::raw(c.summary.get(lang).to_string()));
        lines.push(Line::styled(
            c.example_note.get(lang).to_string(),
            theme.dim(),
        ));
    }
    paragraph(lines, area, buf, 0);
}

fn render_basics(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let Some(ws) = &app.workspace else {
        return;
    };
    let lang = app.lang;
    let theme = app.theme;
    let settings = &ws.plan.settings;
    let course_name = course(app)
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| t::NO_COURSE.get(lang).to_string());
    let rows = [
        (t::START, long_date(settings.start, lang)),
        (common::WEEKLY_HOURS, hours(settings.weekly_hours, lang)),
        (
            t::CEILING,
            settings
                .ceiling_hours
                .map(|h| hours(h, lang))
                .unwrap_or_else(|| common::NONE.get(lang).to_string()),
        ),
    ];
    let mut days = settings.local_days_off;
    let day_rows: Vec<(Msg, String)> = LOCAL_DAYS_OFF
        .iter()
        .map(|(label, flag)| {
            let on = *flag(&mut days);
            (
                *label,
                if on { common::YES } else { common::NO }.get(lang).to_string(),
            )
        })
        .collect();
    let mut lines = vec![Line::styled(course_name, theme.dim()), Line::raw("")];
    for (i, (label, value)) in rows.into_iter().chain(day_rows).enumerate() {
        if i == 3 {
            lines.push(Line::raw(""));
            lines.push(Line::styled(t::DAYS_OFF.get(lang), theme.dim()));
        }
        let style = if i == st.selected {
            theme.selected()
        } else {
            theme.heading()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<44}", label.get(lang)), style),
            Span::raw(format!(" {value}")),
        ]));
    }
    paragraph(lines, area, buf, 0);
}

fn render_phases(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let Some(c) = course(app) else {
        paragraph(vec![Line::raw(t::NO_COURSE.get(lang))], area, buf, 0);
        return;
    };
    let name_w = (area.width as usize).saturating_sub(44).clamp(10, 40);
    let header = format!(
        "{:<name_w$} {:<7} {:>6} {:>10} {:>12}",
        common::PHASE.get(lang),
        t::KIND.get(lang),
        common::WEEKS.get(lang),
        t::HOURS_WEEK.get(lang),
        common::SECRETARIAT.get(lang),
    );
    let mut lines = vec![Line::styled(header, theme.heading())];
    let settings = app.workspace.as_ref().map(|w| &w.plan.settings);
    let phases = settings.map(|s| effective_phases(c, s)).unwrap_or_default();
    for (i, e) in phases.iter().enumerate() {
        let phase = e.phase;
        let (weeks, h, intensive, adjusted) = (e.weeks, e.peak_hours(), e.intensive, e.adjusted);
        let selected = i == st.selected;
        let cell = |col: usize, text: String| {
            let style = if selected && st.column == col {
                theme.selected()
            } else if selected {
                theme.heading()
            } else {
                theme.normal()
            };
            Span::styled(text, style)
        };
        let profile = if e.follows_profile() { "~" } else { " " };
        let marker = if adjusted { "*" } else { " " };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{:<name_w$}",
                    truncate(&format!("{marker}{}", phase.name.get(lang)), name_w)
                ),
                if selected {
                    theme.heading()
                } else {
                    theme.normal()
                },
            ),
            Span::raw(format!(" {:<7} ", common::phase_kind(lang, phase.kind))),
            cell(0, format!("{weeks:>6}")),
            Span::raw(" "),
            cell(1, format!("{:>9}{profile}", hours(h, lang))),
            Span::raw(" "),
            cell(
                2,
                format!("{:>12}", if intensive { common::YES.get(lang) } else { "—" }),
            ),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        c.example_note.get(lang).to_string(),
        theme.dim(),
    ));
    paragraph(lines, area, buf, 0);
}

fn render_adjustments(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let Some(ws) = &app.workspace else {
        return;
    };
    let lang = app.lang;
    let theme = app.theme;
    let settings = &ws.plan.settings;
    let mut lines = vec![Line::styled(t::VACATIONS.get(lang), theme.heading())];
    let mut row = 0;
    if settings.vacations.is_empty() {
        lines.push(Line::styled(
            format!("  {}", common::NONE.get(lang)),
            theme.dim(),
        ));
    }
    for v in &settings.vacations {
        let style = if row == st.selected {
            theme.selected()
        } else {
            theme.normal()
        };
        let weeks = if v.first.iso_week() == v.last.iso_week() {
            week_label(v.first, lang)
        } else {
            format!(
                "{}–{}",
                week_label(v.first, lang),
                v.last.iso_week().week()
            )
        };
        lines.push(Line::styled(
            format!(
                "  {} ({weeks})",
                t::date_range(lang, &compact_date(v.first, lang), &compact_date(v.last, lang))
            ),
            style,
        ));
        row += 1;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t::OVERRIDES.get(lang), theme.heading()));
    if settings.overrides.is_empty() {
        lines.push(Line::styled(
            format!("  {}", common::NONE.get(lang)),
            theme.dim(),
        ));
    }
    for o in &settings.overrides {
        let style = if row == st.selected {
            theme.selected()
        } else {
            theme.normal()
        };
        let monday = NaiveDate::from_isoywd_opt(o.iso_year, o.iso_week, Weekday::Mon);
        let week = monday
            .map(|m| {
                format!(
                    "{} {}",
                    week_label(m, lang),
                    o.iso_year
                )
            })
            .unwrap_or_default();
        let note = if o.note.is_empty() {
            String::new()
        } else {
            format!(" · {}", o.note)
        };
        lines.push(Line::styled(
            format!(
                "  {}{note}",
                t::override_line(lang, &week, &hours(o.network_hours, lang))
            ),
            style,
        ));
        row += 1;
    }
    paragraph(lines, area, buf, 0);
}

/// "4.–8. jan" / "4–8 Jan": the working week's dates.
fn week_dates(monday: NaiveDate, lang: mandat::text::Lang) -> String {
    let friday = monday + Duration::days(4);
    let month = |d: NaiveDate| -> String { month_name(d.month(), lang).chars().take(3).collect() };
    if monday.month() == friday.month() {
        t::week_dates_one_month(lang, monday.day(), friday.day(), &month(friday))
    } else {
        t::week_dates_two_months(lang, monday.day(), &month(monday), friday.day(), &month(friday))
    }
}

fn render_review(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let (Some(plan), Some(c)) = (current_plan(app), course(app)) else {
        paragraph(vec![Line::raw(t::NO_COURSE.get(lang))], area, buf, 0);
        return;
    };
    let warn_rows = if plan.warnings.is_empty() {
        2
    } else {
        (plan.warnings.len() as u16 + 1).min(area.height / 3).max(2)
    };
    let table_h = area.height.saturating_sub(warn_rows + 2);
    let width = area.width as usize;
    // Columns: uge, datoer, fase, netværk, basis, sekr., søjle, noter.
    let phase_w = 16usize;
    let fixed = 8 + 16 + phase_w + 8 + 7 + 6;
    let chart_w = if width >= 100 {
        24
    } else {
        width.saturating_sub(fixed + 10).min(14)
    };
    buf.set_line(
        area.x,
        area.y,
        &Line::styled(t::CHART.get(lang), theme.dim()),
        area.width,
    );
    let header = format!(
        "{:<8}{:<16}{:<phase_w$}{:>8}{:>7}{:>6} {:<chart_w$} {}",
        common::WEEK.get(lang),
        t::DATES.get(lang),
        common::PHASE.get(lang),
        common::NETWORK.get(lang),
        common::BASIS.get(lang),
        t::SECR.get(lang),
        "",
        t::NOTES.get(lang),
    );
    let top = area.y + 1;
    if table_h > 0 {
        buf.set_line(
            area.x,
            top,
            &Line::styled(truncate(&header, width), theme.heading()),
            area.width,
        );
    }
    let rows = table_h.saturating_sub(1) as usize;
    let max_capacity = plan
        .weeks
        .iter()
        .map(|w| w.capacity_hours.max(w.network_hours))
        .fold(0.0, f64::max)
        .max(1.0);
    let first_year = plan.weeks.first().map(|w| w.iso_year).unwrap_or(0);
    let start = st.scroll.min(plan.weeks.len().saturating_sub(rows.max(1)));
    for (row, w) in plan.weeks.iter().skip(start).take(rows).enumerate() {
        let phase_name = w
            .phase_id
            .as_ref()
            .and_then(|id| c.phases.iter().find(|p| &p.id == id))
            .map(|p| p.name.get(lang).to_string())
            .unwrap_or_else(|| mandat::text::plan::week_kind(lang, w.kind).to_string());
        let notes: Vec<String> = w
            .notes
            .iter()
            .map(|n| mandat::text::plan::note(lang, &app.content, n))
            .collect();
        let net_cells = ((w.network_hours / max_capacity) * chart_w as f64).round() as usize;
        let basis_cells = ((w.basis_hours / max_capacity) * chart_w as f64).round() as usize;
        let net_cells = net_cells.min(chart_w);
        let basis_cells = basis_cells.min(chart_w - net_cells);
        let secr = if w.secretariat_days > 0 {
            w.secretariat_days.to_string()
        } else {
            String::new()
        };
        let style = if w.secretariat_days > 0 {
            theme.heading()
        } else {
            theme.normal()
        };
        let week = if w.iso_year == first_year {
            w.iso_week.to_string()
        } else {
            format!("{} ’{:02}", w.iso_week, w.iso_year % 100)
        };
        let line = Line::from(vec![
            Span::styled(
                format!(
                    "{:<8}{:<16}{:<phase_w$}{:>8}{:>7}{:>6} ",
                    week,
                    week_dates(w.monday, lang),
                    truncate(&phase_name, phase_w - 1),
                    hours(w.network_hours, lang),
                    hours(w.basis_hours, lang),
                    secr,
                ),
                style,
            ),
            Span::styled("█".repeat(net_cells), theme.network_bar()),
            Span::styled("░".repeat(basis_cells), theme.basis_bar()),
            Span::raw(" ".repeat(chart_w - net_cells - basis_cells + 1)),
            Span::styled(notes.join(", "), theme.dim()),
        ]);
        buf.set_line(area.x, top + 1 + row as u16, &line, area.width);
    }
    let table_h = table_h + 1;
    let mut warn = vec![Line::styled(common::WARNINGS.get(lang), theme.heading())];
    if plan.warnings.is_empty() {
        warn.push(Line::styled(t::NO_WARNINGS.get(lang), theme.ok()));
    }
    for w in &plan.warnings {
        warn.push(Line::styled(
            format!("! {}", mandat::text::plan::warning(lang, &app.content, w)),
            theme.warn(),
        ));
    }
    paragraph(
        warn,
        Rect::new(
            area.x,
            area.y + table_h + 1,
            area.width,
            warn_rows.min(area.height.saturating_sub(table_h + 1)),
        ),
        buf,
        0,
    );
}

/// Where the leader was: the row and column of the step, the review's scroll, a value being
/// typed.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    selected: usize,
    column: usize,
    scroll: usize,
    input: Option<(Field, String)>,
}
