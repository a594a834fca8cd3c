//! The workload plan in five steps (flow::plan): course, start and hours, phases, vacation and
//! special weeks, and a review with the week table, a bar chart and the warnings.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Screen};
use crate::tui::screen::dashboard;
use crate::tui::strings as s;
use crate::tui::widgets::{LineInput, hours, paragraph, parse_hours, truncate};
use mandat::content::{Course, Phase};
use mandat::dates;
use mandat::export::plan::{note_text, warning_text};
use mandat::flow::plan::{PlanEvent, PlanStatus, PlanStep};
use mandat::planner::{LocalDaysOff, PhaseAdjustment, Plan, Vacation, WeekOverride};

/// What a typed value is for.
#[derive(Debug, Clone, PartialEq, Eq)]
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

impl State {
    pub fn is_editing(&self) -> bool {
        self.input.is_some()
    }
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

/// The phase as the leader adjusted it: (weeks, hours per week, intensive, adjusted?).
fn effective(app: &App, phase: &Phase) -> (u32, f64, bool, bool) {
    let adj = app
        .workspace
        .as_ref()
        .and_then(|w| w.plan.settings.phases.get(&phase.id));
    (
        adj.and_then(|a| a.weeks).unwrap_or(phase.weeks),
        adj.and_then(|a| a.hours_per_week)
            .unwrap_or_else(|| phase.peak_hours()),
        adj.and_then(|a| a.intensive).unwrap_or(phase.intensive),
        adj.is_some(),
    )
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
const LOCAL_DAYS_OFF: [(s::T, DayFlag); 4] = [
    (s::P_MAY_DAY, |d| &mut d.may_day),
    (s::P_GRUNDLOVSDAG, |d| &mut d.grundlovsdag),
    (s::P_CHRISTMAS_EVE, |d| &mut d.christmas_eve),
    (s::P_NEW_YEARS_EVE, |d| &mut d.new_years_eve),
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

pub fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    if st.input.is_some() {
        update_input(app, st, action);
        return None;
    }
    let n = row_count(app);
    let current = step(app);
    match action {
        Action::Back => return Some(Screen::Dashboard(dashboard::State::default())),
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
            app.info(s::P_ACCEPTED.get(app.lang));
        }
        Action::Confirm => confirm(app, st, current),
        Action::Command(Command::Increase) | Action::Command(Command::Decrease)
            if current == PlanStep::Phases =>
        {
            let up = action == Action::Command(Command::Increase);
            let phase = course(app)
                .and_then(|c| c.phases.get(st.selected))
                .cloned()?;
            let (weeks, h, intensive, _) = effective(app, &phase);
            match st.column {
                0 => {
                    let w = if up {
                        weeks + 1
                    } else {
                        weeks.saturating_sub(1).max(1)
                    };
                    adjust(app, &phase.id, |a| a.weeks = Some(w));
                }
                1 => {
                    let next = if up { h + 0.5 } else { (h - 0.5).max(0.0) };
                    adjust(app, &phase.id, |a| a.hours_per_week = Some(next));
                }
                _ => adjust(app, &phase.id, |a| a.intensive = Some(!intensive)),
            }
        }
        Action::Command(Command::ToggleIntensive) if current == PlanStep::Phases => {
            let phase = course(app)
                .and_then(|c| c.phases.get(st.selected))
                .cloned()?;
            let (_, _, intensive, _) = effective(app, &phase);
            adjust(app, &phase.id, |a| a.intensive = Some(!intensive));
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
            let Some(phase) = course(app).and_then(|c| c.phases.get(st.selected)).cloned() else {
                return;
            };
            let (weeks, h, intensive, _) = effective(app, &phase);
            match st.column {
                0 => {
                    st.input = Some((
                        Field::PhaseWeeks(phase.id),
                        LineInput::new(weeks.to_string()),
                    ))
                }
                1 => {
                    st.input = Some((
                        Field::PhaseHours(phase.id),
                        LineInput::new(hours(h, app.lang)),
                    ))
                }
                _ => adjust(app, &phase.id, |a| a.intensive = Some(!intensive)),
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
                    None => return app.error(s::FR_BAD_DATE.get(lang)),
                },
                Field::WeeklyHours => match parse_hours(&text) {
                    Some(h) => PlanEvent::SetWeeklyHours(h),
                    None => return app.error(s::P_BAD_HOURS.get(lang)),
                },
                Field::Ceiling if text.is_empty() => PlanEvent::SetCeiling(None),
                Field::Ceiling => match parse_hours(&text) {
                    Some(h) => PlanEvent::SetCeiling(Some(h)),
                    None => return app.error(s::P_BAD_HOURS.get(lang)),
                },
                Field::PhaseWeeks(id) => match text.parse::<u32>() {
                    Ok(w) => PlanEvent::AdjustPhase {
                        phase_id: id.clone(),
                        adjustment: PhaseAdjustment {
                            weeks: Some(w),
                            ..adjustment(app, id)
                        },
                    },
                    Err(_) => return app.error(s::P_BAD_WEEKS.get(lang)),
                },
                Field::PhaseHours(id) => match parse_hours(&text) {
                    Some(h) => PlanEvent::AdjustPhase {
                        phase_id: id.clone(),
                        adjustment: PhaseAdjustment {
                            hours_per_week: Some(h),
                            ..adjustment(app, id)
                        },
                    },
                    None => return app.error(s::P_BAD_HOURS.get(lang)),
                },
                Field::Vacation => match parse_vacation(&text) {
                    Some(v) => PlanEvent::AddVacation(v),
                    None => return app.error(s::P_BAD_VACATION.get(lang)),
                },
                Field::Override => match parse_override(&text) {
                    Some(o) => PlanEvent::SetOverride(o),
                    None => return app.error(s::P_BAD_OVERRIDE.get(lang)),
                },
            };
            if app.apply_plan(event) {
                st.input = None;
            }
        }
        _ => {}
    }
}

/// "uge 28-30 2027", "uge 28 2027", "week 28–30 2027" or "01-07-2027 til 21-07-2027".
pub fn parse_vacation(input: &str) -> Option<Vacation> {
    let lower = input.trim().to_lowercase();
    for word in ["uge ", "week ", "uger ", "weeks "] {
        if let Some(rest) = lower.strip_prefix(word) {
            let parts: Vec<&str> = rest.split_whitespace().collect();
            let (range, year) = match parts.as_slice() {
                [range, year] => (*range, year.parse::<i32>().ok()?),
                _ => return None,
            };
            let (a, b) = match range.split_once(['-', '–', '—']) {
                Some((a, b)) => (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?),
                None => {
                    let w = range.parse::<u32>().ok()?;
                    (w, w)
                }
            };
            let first = NaiveDate::from_isoywd_opt(year, a, Weekday::Mon)?;
            let last = NaiveDate::from_isoywd_opt(year, b, Weekday::Sun)?;
            return (first <= last).then_some(Vacation { first, last });
        }
    }
    for sep in [" til ", " to ", " – ", " — ", " - "] {
        if let Some((a, b)) = lower.split_once(sep) {
            let first = dates::parse_date(a)?;
            let last = dates::parse_date(b)?;
            return Some(Vacation { first, last });
        }
    }
    let day = dates::parse_date(&lower)?;
    Some(Vacation {
        first: day,
        last: day,
    })
}

/// "uge 12 2027 10 konference": week, ISO year, network hours and an optional note.
pub fn parse_override(input: &str) -> Option<WeekOverride> {
    let lower = input.trim().to_lowercase();
    let rest = ["uge ", "week "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .unwrap_or(&lower);
    let mut parts = rest.split_whitespace();
    let iso_week = parts.next()?.parse::<u32>().ok()?;
    let iso_year = parts.next()?.parse::<i32>().ok()?;
    let network_hours = parse_hours(parts.next()?)?;
    // The note keeps the leader's own capitals.
    let words_before_note = input.split_whitespace().count() - parts.clone().count();
    let note = input
        .split_whitespace()
        .skip(words_before_note)
        .collect::<Vec<_>>()
        .join(" ");
    Some(WeekOverride {
        iso_year,
        iso_week,
        network_hours,
        note,
    })
}

pub fn crumbs(app: &App, _st: &State) -> Vec<String> {
    let mut c = Vec::new();
    if let Some(ws) = &app.workspace {
        c.push(ws.name.clone());
    }
    c.push(s::P_TITLE.get(app.lang).to_string());
    let current = step(app);
    c.push(s::plan_step_name(app.lang, current).to_string());
    c.push(s::step_n_of(
        app.lang,
        current.number(),
        PlanStep::ALL.len(),
    ));
    c
}

pub fn hints(app: &App, st: &State) -> Vec<(&'static str, s::T)> {
    if st.input.is_some() {
        return vec![("Enter", s::K_CONFIRM), ("Esc", s::K_CANCEL)];
    }
    let mut h = match step(app) {
        PlanStep::ChooseCourse => vec![("↑/↓", s::K_MOVE), ("Enter", s::K_CHOOSE)],
        PlanStep::Basics => vec![("↑/↓", s::K_MOVE), ("Enter", s::M_EDIT)],
        PlanStep::Phases => vec![
            ("↑/↓", s::K_MOVE),
            ("←/→", s::K_COLUMN),
            ("+/-", s::K_ADJUST),
            ("Enter", s::M_EDIT),
            ("r", s::K_RESET),
        ],
        PlanStep::Adjustments => vec![
            ("f", s::K_ADD_VACATION),
            ("o", s::K_ADD_OVERRIDE),
            ("x", s::K_REMOVE),
        ],
        PlanStep::Review => vec![("↑/↓", s::K_SCROLL), ("g", s::K_ACCEPT)],
    };
    if step(app) != PlanStep::Review {
        h.push(("n", s::K_NEXT_STEP));
    }
    if step(app) != PlanStep::ChooseCourse {
        h.push(("b", s::K_PREV_STEP));
    }
    h.push(("Esc", s::K_BACK));
    h.push(("?", s::K_HELP));
    h
}

pub fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let Some(ws) = &app.workspace else {
        return;
    };
    let lang = app.lang;
    let theme = app.theme;
    let status = match ws.plan.status {
        PlanStatus::Draft => None,
        PlanStatus::Accepted { accepted_on } => Some(Line::styled(
            s::plan_accepted_on(lang, accepted_on),
            theme.ok(),
        )),
        PlanStatus::ChangedSinceAccepted { accepted_on } => Some(Line::styled(
            s::plan_changed_since(lang, accepted_on),
            theme.warn(),
        )),
    };
    let mut top = vec![Line::styled(
        s::plan_step_name(lang, ws.plan.step),
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
            Field::Start => s::P_START,
            Field::WeeklyHours => s::P_HOURS,
            Field::Ceiling => s::P_CEILING,
            Field::PhaseWeeks(_) => s::P_WEEKS,
            Field::PhaseHours(_) => s::P_HOURS_WEEK,
            Field::Vacation => s::P_VACATION_PROMPT,
            Field::Override => s::P_OVERRIDE_PROMPT,
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
                c.network_type.name(lang)
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
        .unwrap_or_else(|| s::P_NO_COURSE.get(lang).to_string());
    let rows = [
        (s::P_START, dates::long_date(settings.start, lang)),
        (s::P_HOURS, hours(settings.weekly_hours, lang)),
        (
            s::P_CEILING,
            settings
                .ceiling_hours
                .map(|h| hours(h, lang))
                .unwrap_or_else(|| s::P_NONE.get(lang).to_string()),
        ),
    ];
    let mut days = settings.local_days_off;
    let day_rows: Vec<(s::T, String)> = LOCAL_DAYS_OFF
        .iter()
        .map(|(label, flag)| {
            let on = *flag(&mut days);
            (
                *label,
                if on { s::E_YES } else { s::E_NO }.get(lang).to_string(),
            )
        })
        .collect();
    let mut lines = vec![Line::styled(course_name, theme.dim()), Line::raw("")];
    for (i, (label, value)) in rows.into_iter().chain(day_rows).enumerate() {
        if i == 3 {
            lines.push(Line::raw(""));
            lines.push(Line::styled(s::P_DAYS_OFF.get(lang), theme.dim()));
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
        paragraph(vec![Line::raw(s::P_NO_COURSE.get(lang))], area, buf, 0);
        return;
    };
    let name_w = (area.width as usize).saturating_sub(44).clamp(10, 40);
    let header = format!(
        "{:<name_w$} {:<7} {:>6} {:>10} {:>12}",
        s::P_PHASE.get(lang),
        s::P_KIND.get(lang),
        s::P_WEEKS.get(lang),
        s::P_HOURS_WEEK.get(lang),
        s::P_INTENSIVE.get(lang),
    );
    let mut lines = vec![Line::styled(header, theme.heading())];
    for (i, phase) in c.phases.iter().enumerate() {
        let (weeks, h, intensive, adjusted) = effective(app, phase);
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
        let profile = if phase.hours_profile.is_some() && !adjusted {
            "~"
        } else {
            " "
        };
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
            Span::raw(format!(" {:<7} ", s::phase_kind(lang, phase.kind))),
            cell(0, format!("{weeks:>6}")),
            Span::raw(" "),
            cell(1, format!("{:>9}{profile}", hours(h, lang))),
            Span::raw(" "),
            cell(
                2,
                format!("{:>12}", if intensive { s::E_YES.get(lang) } else { "—" }),
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
    let mut lines = vec![Line::styled(s::P_VACATIONS.get(lang), theme.heading())];
    let mut row = 0;
    if settings.vacations.is_empty() {
        lines.push(Line::styled(
            format!("  {}", s::P_NONE.get(lang)),
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
            mandat::planner::calendar::week_label(v.first, lang)
        } else {
            format!(
                "{}–{}",
                mandat::planner::calendar::week_label(v.first, lang),
                v.last.iso_week().week()
            )
        };
        lines.push(Line::styled(
            format!(
                "  {} ({weeks})",
                s::vacation_weeks_label(lang, v.first, v.last)
            ),
            style,
        ));
        row += 1;
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s::P_OVERRIDES.get(lang), theme.heading()));
    if settings.overrides.is_empty() {
        lines.push(Line::styled(
            format!("  {}", s::P_NONE.get(lang)),
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
                    mandat::planner::calendar::week_label(m, lang),
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
                "  {week}: {} {}{note}",
                hours(o.network_hours, lang),
                lang.pick("timer", "hours")
            ),
            style,
        ));
        row += 1;
    }
    paragraph(lines, area, buf, 0);
}

/// "4.–8. jan" / "4–8 Jan": the working week's dates.
fn week_dates(monday: NaiveDate, lang: mandat::i18n::Lang) -> String {
    let friday = monday + Duration::days(4);
    let month =
        |d: NaiveDate| -> String { dates::month_name(d.month(), lang).chars().take(3).collect() };
    match lang {
        mandat::i18n::Lang::Da if monday.month() == friday.month() => {
            format!("{}.–{}. {}", monday.day(), friday.day(), month(friday))
        }
        mandat::i18n::Lang::Da => format!(
            "{}. {}–{}. {}",
            monday.day(),
            month(monday),
            friday.day(),
            month(friday)
        ),
        mandat::i18n::Lang::En if monday.month() == friday.month() => {
            format!("{}–{} {}", monday.day(), friday.day(), month(friday))
        }
        mandat::i18n::Lang::En => format!(
            "{} {}–{} {}",
            monday.day(),
            month(monday),
            friday.day(),
            month(friday)
        ),
    }
}

fn render_review(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let (Some(plan), Some(c)) = (current_plan(app), course(app)) else {
        paragraph(vec![Line::raw(s::P_NO_COURSE.get(lang))], area, buf, 0);
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
        &Line::styled(s::P_CHART.get(lang), theme.dim()),
        area.width,
    );
    let header = format!(
        "{:<8}{:<16}{:<phase_w$}{:>8}{:>7}{:>6} {:<chart_w$} {}",
        s::P_WEEK.get(lang),
        s::P_DATES.get(lang),
        s::P_PHASE.get(lang),
        s::P_NETWORK.get(lang),
        s::P_BASIS.get(lang),
        s::P_SECR.get(lang),
        "",
        s::P_NOTES.get(lang),
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
            .unwrap_or_else(|| mandat::export::plan::kind_text(w.kind, lang).to_string());
        let notes: Vec<String> = w.notes.iter().map(|n| note_text(n, lang)).collect();
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
    let mut warn = vec![Line::styled(s::P_WARNINGS.get(lang), theme.heading())];
    if plan.warnings.is_empty() {
        warn.push(Line::styled(s::P_NO_WARNINGS.get(lang), theme.ok()));
    }
    for w in &plan.warnings {
        warn.push(Line::styled(
            format!("! {}", warning_text(w, lang)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn vacation_weeks_are_typed_the_danish_way() {
        assert_eq!(
            parse_vacation("uge 28-30 2027"),
            Some(Vacation {
                first: d(2027, 7, 12),
                last: d(2027, 8, 1)
            })
        );
        assert_eq!(
            parse_vacation("Uge 7 2027"),
            Some(Vacation {
                first: d(2027, 2, 15),
                last: d(2027, 2, 21)
            })
        );
        assert_eq!(
            parse_vacation("01-07-2027 til 21-07-2027"),
            Some(Vacation {
                first: d(2027, 7, 1),
                last: d(2027, 7, 21)
            })
        );
        assert_eq!(parse_vacation("uge 30-28 2027"), None);
        assert_eq!(parse_vacation("sommer"), None);
    }

    #[test]
    fn a_week_override_has_week_year_hours_and_a_note() {
        let o = parse_override("uge 12 2027 7,5 Konference i Aarhus").unwrap();
        assert_eq!((o.iso_week, o.iso_year, o.network_hours), (12, 2027, 7.5));
        assert_eq!(o.note, "Konference i Aarhus");
        assert_eq!(parse_override("uge 12 2027").map(|o| o.iso_week), None);
    }
}
