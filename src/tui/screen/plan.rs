//! The workload plan in five steps (flow::plan): course, start and hours, phases, vacation and
//! special weeks, and a review with the week table, a bar chart and the warnings.

use std::cell::Cell;

use chrono::{Datelike, NaiveDate, Weekday};
use mandat::content::Course;
use mandat::dates;
use mandat::export::plan::{summary, summary_facts};
use mandat::flow::plan::{PlanEvent, PlanStatus, PlanStep};
use mandat::planner::input::{
    OverrideInputError, parse_hours, parse_override_fields, parse_vacation,
};
use mandat::planner::{
    EffectivePhase, LocalDaysOff, PhaseAdjustment, Plan, PlanWeek, Vacation, WeekNote,
    WeekOverride, effective_phases,
};
use mandat::text::format::{
    clean_line, compact_date, long_date, number as hours, truncate, week_label,
};
use mandat::text::screen::{first_run, frame, keys as k, plan as t};
use mandat::text::{Msg, common};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::{Action, Command};
use crate::tui::app::App;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{Screen, View, dashboard, export, read, saved};
use crate::tui::widgets::{LineInput, line_rows, paragraph};

/// What a typed value is for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Field {
    Start,
    WeeklyHours,
    Ceiling,
    PhaseWeeks(String),
    PhaseHours(String),
    Vacation,
    /// Only in a position saved by an older version, where a week's own hours were typed on
    /// one line: it opens the week form instead, with that line in the week field.
    Override,
}

/// The four fields of a week's own figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum WeekField {
    #[default]
    Week,
    Hours,
    Days,
    Note,
}

impl WeekField {
    const ALL: [WeekField; 4] = [
        WeekField::Week,
        WeekField::Hours,
        WeekField::Days,
        WeekField::Note,
    ];

    fn step(self, forward: bool) -> WeekField {
        mandat::vocab::cycle(&WeekField::ALL, self, forward)
    }
}

/// A week's own figures, typed in their own fields: the week, its network hours, its days at
/// the Sekretariat and a note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeekForm {
    pub week: LineInput,
    pub hours: LineInput,
    pub days: LineInput,
    pub note: LineInput,
    pub focus: WeekField,
    /// The week the form was opened on (year, week), when it changes one already there.
    pub replaces: Option<(i32, u32)>,
}

impl WeekForm {
    /// The form filled in from a week's own figures, to change them.
    fn from_override(o: &WeekOverride, lang: mandat::text::Lang) -> WeekForm {
        WeekForm {
            week: LineInput::new(format!("{}-W{:02}", o.iso_year, o.iso_week)),
            hours: LineInput::new(hours(o.network_hours, lang)),
            days: LineInput::new(o.secretariat_days.map(|d| d.to_string()).unwrap_or_default()),
            note: LineInput::new(o.note.clone()),
            focus: WeekField::Hours,
            replaces: Some((o.iso_year, o.iso_week)),
        }
    }

    fn focused(&mut self) -> &mut LineInput {
        match self.focus {
            WeekField::Week => &mut self.week,
            WeekField::Hours => &mut self.hours,
            WeekField::Days => &mut self.days,
            WeekField::Note => &mut self.note,
        }
    }
}

/// Something `x` removed in the adjustments step, kept so `z` can put it back.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    Vacation(Vacation),
    Override(WeekOverride),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    /// The selected row in the step's list; in the review, the selected week.
    pub selected: usize,
    /// The selected column in the phase table: 0 weeks, 1 hours, 2 Sekretariat.
    pub column: usize,
    pub input: Option<(Field, LineInput)>,
    /// The vacation (by index) a line being typed replaces.
    pub replaces_vacation: Option<usize>,
    /// First week row shown in the review.
    pub scroll: usize,
    /// A week's own figures being typed.
    pub week_form: Option<WeekForm>,
    /// What was removed in the adjustments step, newest last; emptied when the leader adds
    /// something or leaves the step.
    pub removed: Vec<Removed>,
    /// How many week rows the review showed last time it was drawn, so moving the selected
    /// week scrolls the table by what is on screen.
    pub review_rows: Cell<usize>,
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
    if st.week_form.is_some() {
        update_week_form(app, st, action);
        return None;
    }
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
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Home
        | Action::End
            if current == PlanStep::Review =>
        {
            move_in_review(st, &action, n);
        }
        Action::Up => st.selected = st.selected.saturating_sub(1),
        Action::Down => st.selected = (st.selected + 1).min(n.saturating_sub(1)),
        Action::Left => st.column = st.column.saturating_sub(1),
        Action::Right => st.column = (st.column + 1).min(2),
        Action::Command(Command::NextStep) if app.apply_plan(PlanEvent::Next) => {
            st.selected = 0;
            st.scroll = 0;
            st.removed.clear();
        }
        Action::Command(Command::PreviousStep) if app.apply_plan(PlanEvent::Back) => {
            st.selected = 0;
            st.scroll = 0;
            st.removed.clear();
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
            st.replaces_vacation = None;
        }
        Action::Command(Command::AddOverride) if current == PlanStep::Adjustments => {
            st.week_form = Some(WeekForm::default());
        }
        Action::Command(Command::Remove) if current == PlanStep::Adjustments => {
            remove(app, st);
        }
        Action::Command(Command::Undo) if current == PlanStep::Adjustments => {
            undo(app, st);
        }
        _ => {}
    }
    None
}

/// ↑/↓ and the page keys in the review move the selected week; the table follows it.
fn move_in_review(st: &mut State, action: &Action, weeks: usize) {
    let last = weeks.saturating_sub(1);
    let page = st.review_rows.get().max(1);
    st.selected = match action {
        Action::Up => st.selected.saturating_sub(1),
        Action::Down => st.selected + 1,
        Action::PageUp => st.selected.saturating_sub(page),
        Action::PageDown => st.selected + page,
        Action::End => last,
        _ => 0,
    }
    .min(last);
    if st.selected < st.scroll {
        st.scroll = st.selected;
    } else if st.selected >= st.scroll + page {
        st.scroll = st.selected + 1 - page;
    }
}

/// The adjustments step's rows: the vacations first, then the weeks with own hours.
enum Row<'a> {
    Vacation(usize, &'a Vacation),
    Override(&'a WeekOverride),
}

fn adjustment_row(app: &App, index: usize) -> Option<Row<'_>> {
    let settings = &app.workspace.as_ref()?.plan.settings;
    match settings.vacations.get(index) {
        Some(v) => Some(Row::Vacation(index, v)),
        None => settings
            .overrides
            .get(index - settings.vacations.len())
            .map(Row::Override),
    }
}

/// `x`: removes the selected vacation or week, and says how to put it back.
fn remove(app: &mut App, st: &mut State) {
    let lang = app.lang;
    let (event, removed) = match adjustment_row(app, st.selected) {
        Some(Row::Vacation(i, v)) => (PlanEvent::RemoveVacation(i), Removed::Vacation(*v)),
        Some(Row::Override(o)) => (
            PlanEvent::RemoveOverride {
                iso_year: o.iso_year,
                iso_week: o.iso_week,
            },
            Removed::Override(o.clone()),
        ),
        None => return,
    };
    if !app.apply_plan(event) {
        return;
    }
    let message = match &removed {
        Removed::Vacation(v) => t::removed_vacation(lang, &vacation_dates(v, lang), UNDO.shown),
        Removed::Override(o) => t::removed_override(lang, &override_week(o, lang), UNDO.shown),
    };
    app.info(message);
    st.removed.push(removed);
    st.selected = st.selected.min(row_count(app).saturating_sub(1));
}

/// `z`: puts back the last thing removed, and selects it.
fn undo(app: &mut App, st: &mut State) {
    let Some(removed) = st.removed.pop() else {
        return;
    };
    let event = match &removed {
        Removed::Vacation(v) => PlanEvent::AddVacation(*v),
        Removed::Override(o) => PlanEvent::SetOverride(o.clone()),
    };
    if !app.apply_plan(event) {
        st.removed.push(removed);
        return;
    }
    app.info(t::PUT_BACK.get(app.lang));
    let Some(settings) = app.workspace.as_ref().map(|w| &w.plan.settings) else {
        return;
    };
    let row = match &removed {
        Removed::Vacation(v) => settings.vacations.iter().position(|x| x == v),
        Removed::Override(o) => settings
            .overrides
            .iter()
            .position(|x| (x.iso_year, x.iso_week) == (o.iso_year, o.iso_week))
            .map(|i| settings.vacations.len() + i),
    };
    if let Some(row) = row {
        st.selected = row;
    }
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
        // Enter on a row opens it to be changed.
        PlanStep::Adjustments => match adjustment_row(app, st.selected) {
            Some(Row::Vacation(i, v)) => {
                let text = format!(
                    "{} {} {}",
                    dates::input_date(v.first),
                    t::VACATION_TO.get(app.lang),
                    dates::input_date(v.last)
                );
                st.input = Some((Field::Vacation, LineInput::new(text)));
                st.replaces_vacation = Some(i);
            }
            Some(Row::Override(o)) => {
                st.week_form = Some(WeekForm::from_override(o, app.lang));
            }
            None => {}
        },
        PlanStep::Review => {}
    }
}

fn update_input(app: &mut App, st: &mut State, action: Action) {
    let Some((field, input)) = &mut st.input else {
        return;
    };
    match action {
        Action::Back => {
            st.input = None;
            st.replaces_vacation = None;
        }
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
                // Not typed on one line any more (see `Field::Override`).
                Field::Override => {
                    st.input = None;
                    return;
                }
            };
            let is_vacation = matches!(event, PlanEvent::AddVacation(_));
            let added = match &event {
                PlanEvent::AddVacation(v) => Some(*v),
                _ => None,
            };
            if app.apply_plan(event) {
                st.input = None;
                if is_vacation {
                    // A changed vacation replaces the one it was opened on.
                    if let Some(old) = st.replaces_vacation.take() {
                        remove_replaced_vacation(app, old, added);
                    }
                    st.removed.clear();
                }
            }
        }
        _ => {}
    }
}

/// After a changed vacation was added, the old one goes: the one that was at `old` before
/// the new one was sorted in (an equal vacation is the same vacation).
fn remove_replaced_vacation(app: &mut App, old: usize, added: Option<Vacation>) {
    let Some(vacations) = app.workspace.as_ref().map(|w| &w.plan.settings.vacations) else {
        return;
    };
    let new_at = added.and_then(|a| vacations.iter().position(|v| *v == a));
    // The old vacation moved one place down if the new one was sorted in before it.
    let index = match new_at {
        Some(n) if n <= old => old + 1,
        _ => old,
    };
    if index < vacations.len() && Some(index) != new_at {
        app.apply_plan(PlanEvent::RemoveVacation(index));
    }
}

/// A key in the week form: Tab and ↑/↓ between the fields, Enter saves, Esc closes it.
fn update_week_form(app: &mut App, st: &mut State, action: Action) {
    let Some(form) = st.week_form.as_mut() else {
        return;
    };
    match action {
        Action::Back => st.week_form = None,
        Action::NextField | Action::Down => form.focus = form.focus.step(true),
        Action::PrevField | Action::Up => form.focus = form.focus.step(false),
        Action::Edit(key) => {
            form.focused().handle_key(key);
        }
        Action::Paste(text) => form.focused().paste(&text),
        Action::Confirm | Action::SaveField => save_week_form(app, st),
        _ => {}
    }
}

fn save_week_form(app: &mut App, st: &mut State) {
    let lang = app.lang;
    let Some(start) = app.workspace.as_ref().map(|w| w.plan.settings.start) else {
        return;
    };
    let Some(form) = st.week_form.as_mut() else {
        return;
    };
    let parsed = parse_override_fields(
        form.week.text(),
        form.hours.text(),
        form.days.text(),
        form.note.text(),
        start,
    );
    let week = match parsed {
        Ok(o) => o,
        Err(e) => {
            let (focus, message) = match e {
                OverrideInputError::Week(e) => (
                    WeekField::Week,
                    mandat::text::report::week_error(lang, form.week.text().trim(), &e),
                ),
                OverrideInputError::Hours => (WeekField::Hours, t::BAD_HOURS.get(lang).into()),
                OverrideInputError::Days => (WeekField::Days, t::BAD_DAYS.get(lang).into()),
            };
            form.focus = focus;
            return app.error(message);
        }
    };
    let replaces = form.replaces;
    let label = override_week(&week, lang);
    let key = (week.iso_year, week.iso_week);
    if !app.apply_plan(PlanEvent::SetOverride(week)) {
        return;
    }
    // Moved to another week: the week it was opened on no longer has these hours.
    if let Some((iso_year, iso_week)) = replaces.filter(|r| *r != key) {
        app.apply_plan(PlanEvent::RemoveOverride { iso_year, iso_week });
    }
    st.week_form = None;
    st.removed.clear();
    app.info(t::override_saved(lang, &label));
    if let Some(settings) = app.workspace.as_ref().map(|w| &w.plan.settings)
        && let Some(i) = settings
            .overrides
            .iter()
            .position(|o| (o.iso_year, o.iso_week) == key)
    {
        st.selected = settings.vacations.len() + i;
    }
}

/// "uge 12 2027" for a week's own hours.
fn override_week(o: &WeekOverride, lang: mandat::text::Lang) -> String {
    NaiveDate::from_isoywd_opt(o.iso_year, o.iso_week, Weekday::Mon)
        .map(|monday| mandat::text::format::week_range(monday, monday, lang))
        .unwrap_or_else(|| format!("{}-W{:02}", o.iso_year, o.iso_week))
}

/// "12.–16. jul 2027" for a vacation.
fn vacation_dates(v: &Vacation, lang: mandat::text::Lang) -> String {
    t::date_range(lang, &compact_date(v.first, lang), &compact_date(v.last, lang))
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
const UNDO: Binding = Binding::new(
    "z",
    &[(Key::char('z'), Action::Command(Command::Undo))],
    t::KEY_UNDO,
)
.explained(t::KEY_UNDO_HELP);
const EDIT_ROW: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Confirm)],
    k::EDIT,
)
.explained(t::KEY_EDIT_ROW);
const CHOOSE_WEEK: Binding = Binding::new(
    "↑/↓",
    &[
        (Key::plain(KeyCode::Up), Action::Up),
        (Key::plain(KeyCode::Down), Action::Down),
        (Key::char('k'), Action::Up),
        (Key::char('j'), Action::Down),
    ],
    t::KEY_WEEK,
)
.explained(t::KEY_WEEK_HELP);
const SAVE_WEEK: Binding = Binding::new(
    "Enter",
    &[
        (Key::plain(KeyCode::Enter), Action::Confirm),
        (Key::ctrl('s'), Action::SaveField),
    ],
    t::KEY_SAVE,
)
.explained(t::KEY_SAVE_HELP);
const REVIEW_PAGE: Binding = Binding::new(
    "PgUp/PgDn",
    &[
        (Key::plain(KeyCode::PageUp), Action::PageUp),
        (Key::plain(KeyCode::PageDown), Action::PageDown),
    ],
    k::PAGE,
)
.help_only();
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
    EDIT_ROW.help_only(),
    UNDO.help_only(),
    keys::MOVE.help_only(),
    keys::QUIT.help_only(),
];
/// The same keys right after a removal, with the way to undo it on the hint line.
const ADJUSTMENT_UNDO_KEYS: &[Binding] = &[
    UNDO,
    ADD_VACATION,
    ADD_OVERRIDE,
    REMOVE,
    NEXT_STEP,
    PREVIOUS_STEP,
    keys::BACK,
    keys::HELP,
    EDIT_ROW.help_only(),
    keys::MOVE.help_only(),
    keys::QUIT.help_only(),
];
const REVIEW_KEYS: &[Binding] = &[
    CHOOSE_WEEK,
    ACCEPT,
    keys::EXPORT,
    PREVIOUS_STEP,
    keys::BACK,
    keys::HELP,
    REVIEW_PAGE,
    keys::HOME_END,
    keys::QUIT.help_only(),
];
const INPUT_KEYS: &[Binding] = &[
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
    Binding::new("Tab", &[(Key::plain(KeyCode::Tab), Action::NextField)], k::CONFIRM).help_only(),
];
const WEEK_FORM_KEYS: &[Binding] = &[
    keys::NEXT_FIELD,
    SAVE_WEEK,
    keys::LINE_CANCEL,
    keys::FIELD_UP_DOWN,
];
pub const KEY_TABLES: &[&[Binding]] = &[
    COURSE_KEYS,
    BASICS_KEYS,
    PHASE_KEYS,
    ADJUSTMENT_KEYS,
    REVIEW_KEYS,
    INPUT_KEYS,
    WEEK_FORM_KEYS,
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
        if self.week_form.is_some() {
            return WEEK_FORM_KEYS;
        }
        if self.input.is_some() {
            return INPUT_KEYS;
        }
        match step(app) {
            PlanStep::ChooseCourse => COURSE_KEYS,
            PlanStep::Basics => BASICS_KEYS,
            PlanStep::Phases => PHASE_KEYS,
            PlanStep::Adjustments if !self.removed.is_empty() => ADJUSTMENT_UNDO_KEYS,
            PlanStep::Adjustments => ADJUSTMENT_KEYS,
            PlanStep::Review => REVIEW_KEYS,
        }
    }

    fn is_editing(&self) -> bool {
        self.input.is_some() || self.week_form.is_some()
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
            replaces_vacation: self.replaces_vacation,
            week_form: self.week_form.as_ref().map(|f| SavedWeekForm {
                week: f.week.text().to_string(),
                hours: f.hours.text().to_string(),
                days: f.days.text().to_string(),
                note: f.note.text().to_string(),
                focus: f.focus,
                replaces: f.replaces,
            }),
        })
    }

    fn from_position(app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Position = read(position)?;
        app.workspace.as_ref()?;
        let mut week_form = p.week_form.map(|f| WeekForm {
            week: LineInput::new(f.week),
            hours: LineInput::new(f.hours),
            days: LineInput::new(f.days),
            note: LineInput::new(f.note),
            focus: f.focus,
            replaces: f.replaces,
        });
        let input = match p.input {
            // An older version's one-line week: its words go to the week form.
            Some((Field::Override, text)) => {
                week_form = Some(WeekForm {
                    week: LineInput::new(text),
                    ..WeekForm::default()
                });
                None
            }
            other => other.map(|(field, text)| (field, LineInput::new(text))),
        };
        Some(State {
            selected: p.selected,
            column: p.column.min(2),
            scroll: p.scroll,
            input,
            replaces_vacation: p.replaces_vacation,
            week_form,
            removed: Vec::new(),
            review_rows: Cell::new(0),
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
    // The review needs every row it can get for its figures and weeks: no blank line there.
    let gap = u16::from(ws.plan.step != PlanStep::Review);
    let top_rows = top.len() as u16 + gap;
    paragraph(
        top,
        Rect::new(area.x, area.y, area.width, top_rows.min(area.height)),
        buf,
        0,
    );
    let below_top = area.height.saturating_sub(top_rows);
    // A one-line field takes the last two rows; the week form takes its own rows.
    let form_rows = if st.week_form.is_some() {
        WEEK_FORM_ROWS
    } else if st.input.is_some() {
        2
    } else {
        0
    };
    let body = Rect::new(
        area.x,
        area.y + top_rows,
        area.width,
        below_top.saturating_sub(form_rows),
    );
    match ws.plan.step {
        PlanStep::ChooseCourse => render_courses(app, st, body, buf),
        PlanStep::Basics => render_basics(app, st, body, buf),
        PlanStep::Phases => render_phases(app, st, body, buf),
        PlanStep::Adjustments => render_adjustments(app, st, body, buf),
        PlanStep::Review => render_review(app, st, body, buf),
    }
    if let Some(form) = &st.week_form {
        let rows = WEEK_FORM_ROWS.min(below_top);
        let form_area = Rect::new(area.x, area.bottom().saturating_sub(rows), area.width, rows);
        render_week_form(app, form, form_area, buf);
    } else if let Some((field, input)) = &st.input {
        let input_area = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
        let prompt = match field {
            Field::Start => t::START,
            Field::WeeklyHours => common::WEEKLY_HOURS,
            Field::Ceiling => t::CEILING,
            Field::PhaseWeeks(_) => common::WEEKS,
            Field::PhaseHours(_) => t::HOURS_WEEK,
            Field::Vacation | Field::Override => t::VACATION_PROMPT,
        };
        if area.height >= 2 {
            buf.set_line(
                area.x,
                input_area.y.saturating_sub(1),
                &Line::styled(prompt.get(lang), theme.heading()),
                area.width,
            );
        }
        let label = "> ";
        buf.set_stringn(
            input_area.x,
            input_area.y,
            label,
            area.width as usize,
            theme.key(),
        );
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

/// The week form: a heading, one row per field and what the field being typed in takes.
const WEEK_FORM_ROWS: u16 = 6;

fn render_week_form(app: &App, form: &WeekForm, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    if area.height == 0 || area.width == 0 {
        return;
    }
    buf.set_stringn(
        area.x,
        area.y,
        t::WEEK_FORM.get(lang),
        area.width as usize,
        theme.heading(),
    );
    let fields = [
        (WeekField::Week, t::FORM_WEEK, t::FORM_WEEK_HINT, &form.week),
        (WeekField::Hours, t::FORM_HOURS, t::FORM_HOURS_HINT, &form.hours),
        (WeekField::Days, t::FORM_DAYS, t::FORM_DAYS_HINT, &form.days),
        (WeekField::Note, t::FORM_NOTE, t::FORM_NOTE_HINT, &form.note),
    ];
    let label_w = fields
        .iter()
        .map(|(_, label, _, _)| label.get(lang).width())
        .max()
        .unwrap_or(0) as u16
        + 2;
    let label_w = label_w.min(area.width / 2);
    let input_w = area.width.saturating_sub(label_w);
    for (y, (field, label, hint, input)) in (area.y + 1..).zip(fields) {
        if y >= area.bottom() {
            return;
        }
        let active = form.focus == field;
        let style = if active {
            theme.selected()
        } else {
            theme.heading()
        };
        buf.set_stringn(area.x, y, label.get(lang), label_w as usize, style);
        input.render(
            Rect::new(area.x + label_w, y, input_w, 1),
            buf,
            theme.normal(),
            active,
            theme,
        );
        // What the field being typed in takes, under the form.
        if active && area.y + WEEK_FORM_ROWS - 1 < area.bottom() {
            buf.set_stringn(
                area.x + label_w,
                area.y + WEEK_FORM_ROWS - 1,
                hint.get(lang),
                input_w as usize,
                theme.dim(),
            );
        }
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
    // Every mark the table uses, explained, once it is used.
    let mut marks = Vec::new();
    if phases.iter().any(|e| e.follows_profile()) {
        marks.push(t::MARK_PROFILE.get(lang).to_string());
    }
    if phases.iter().any(|e| e.adjusted) {
        marks.push(t::mark_adjusted(lang, RESET.shown));
    }
    lines.push(Line::raw(""));
    for mark in marks {
        lines.push(Line::styled(mark, theme.dim()));
    }
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
    let mut selected_line = 0;
    if settings.vacations.is_empty() {
        lines.push(Line::styled(
            format!("  {}", common::NONE.get(lang)),
            theme.dim(),
        ));
    }
    for v in &settings.vacations {
        let style = if row == st.selected {
            selected_line = lines.len();
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
            format!("  {} ({weeks})", vacation_dates(v, lang)),
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
            selected_line = lines.len();
            theme.selected()
        } else {
            theme.normal()
        };
        let mut text = format!(
            "  {}",
            t::override_line(lang, &override_week(o, lang), &hours(o.network_hours, lang))
        );
        if let Some(days) = o.secretariat_days {
            text.push_str(&format!(" · {}", t::override_days(lang, days)));
        }
        let note = clean_line(&o.note);
        if !note.is_empty() {
            text.push_str(&format!(" · {note}"));
        }
        lines.push(Line::styled(text, style));
        row += 1;
    }
    // Keep the selected row in sight when the list is longer than the screen.
    let scroll = (selected_line + 1).saturating_sub(area.height as usize);
    paragraph(lines, area, buf, scroll.min(u16::MAX as usize) as u16);
}

fn render_review(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let (Some(plan), Some(c)) = (current_plan(app), course(app)) else {
        paragraph(vec![Line::raw(t::NO_COURSE.get(lang))], area, buf, 0);
        return;
    };
    if area.width == 0 || area.height == 0 {
        return;
    }
    let width = area.width as usize;
    let rows_of = |lines: &[Line]| -> usize { lines.iter().map(|l| line_rows(l, width)).sum() };

    // The figures of the printed plan's summary.
    let facts = summary_facts(&summary(&plan), lang);
    let label_w = facts
        .iter()
        .map(|(label, _)| label.width() + 2)
        .max()
        .unwrap_or(0);
    let label_w = if label_w * 2 > width { 0 } else { label_w };
    let facts: Vec<Line> = facts
        .into_iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(format!("{:<label_w$}", format!("{label}: ")), theme.heading()),
                Span::raw(value),
            ])
        })
        .collect();

    // The marks the table uses, explained on one line with the bars.
    let week_warnings = |w: &PlanWeek| {
        plan.warnings
            .iter()
            .filter(|x| x.week() == Some((w.iso_year, w.iso_week)))
            .collect::<Vec<_>>()
    };
    let own_hours = |w: &PlanWeek| w.notes.iter().any(|n| matches!(n, WeekNote::Override { .. }));
    let mut marks = vec![t::CHART.get(lang)];
    if plan.weeks.iter().any(own_hours) {
        marks.push(t::MARK_OWN.get(lang));
    }
    if plan.weeks.iter().any(|w| !week_warnings(w).is_empty()) {
        marks.push(t::MARK_WARNING.get(lang));
    }
    let legend: Vec<Line> = legend_rows(&marks, width)
        .into_iter()
        .map(|row| Line::styled(row, theme.dim()))
        .collect();

    // The selected week in full: its notes and its warnings.
    let selected = st.selected.min(plan.weeks.len().saturating_sub(1));
    let mut panel = Vec::new();
    if let Some(w) = plan.weeks.get(selected) {
        let notes: Vec<String> = w
            .notes
            .iter()
            .map(|n| mandat::text::plan::note(lang, &app.content, n))
            .collect();
        let notes = if notes.is_empty() {
            t::NO_NOTES.get(lang).to_string()
        } else {
            notes.join(", ")
        };
        panel.push(Line::styled(
            t::week_notes(
                lang,
                &common::capitalise(&mandat::text::format::week_range(w.monday, w.monday, lang)),
                &mandat::text::plan::week_dates(w.monday, lang),
                &notes,
            ),
            theme.normal(),
        ));
        for warning in week_warnings(w) {
            panel.push(Line::styled(
                format!("! {}", mandat::text::plan::warning(lang, &app.content, warning)),
                theme.warn(),
            ));
        }
    }

    // The warnings: all of them when they fit, else how many and where they are, and the
    // ones that belong to no week.
    let heading = Span::styled(format!("{}: ", common::WARNINGS.get(lang)), theme.heading());
    let warning_line = |w: &mandat::planner::Warning| {
        Line::styled(
            format!("! {}", mandat::text::plan::warning(lang, &app.content, w)),
            theme.warn(),
        )
    };
    let full: Vec<Line> = if plan.warnings.is_empty() {
        vec![Line::from(vec![
            heading.clone(),
            Span::styled(t::NO_WARNINGS.get(lang), theme.ok()),
        ])]
    } else {
        std::iter::once(Line::from(vec![heading.clone()]))
            .chain(plan.warnings.iter().map(warning_line))
            .collect()
    };
    let condensed: Vec<Line> = std::iter::once(Line::from(vec![
        heading,
        Span::styled(
            match plan.warnings.len() {
                1 => t::WARNING_MARKED.get(lang).to_string(),
                n => t::warnings_marked(lang, n),
            },
            theme.warn(),
        ),
    ]))
    .chain(
        plan.warnings
            .iter()
            .filter(|w| {
                w.week()
                    .is_none_or(|week| plan.week(week.0, week.1).is_none())
            })
            .map(warning_line),
    )
    .collect();

    // Room: the table keeps at least a few weeks; the figures and the legend give way first
    // in a very small window.
    let height = area.height as usize;
    const MIN_WEEKS: usize = 3;
    let panel_rows = rows_of(&panel).min(4);
    let mut facts_rows = rows_of(&facts);
    let mut legend_rows = rows_of(&legend);
    let fixed = |facts_rows: usize, legend_rows: usize| facts_rows + legend_rows + 1 + panel_rows;
    if fixed(facts_rows, legend_rows) + 1 + MIN_WEEKS > height {
        facts_rows = 0;
    }
    if fixed(facts_rows, legend_rows) + 1 + MIN_WEEKS > height {
        legend_rows = 0;
    }
    let room = height.saturating_sub(fixed(facts_rows, legend_rows) + MIN_WEEKS);
    let warnings = if rows_of(&full) <= room {
        full
    } else {
        condensed
    };
    let warn_rows = rows_of(&warnings).min(room.max(1));
    let table_rows = height.saturating_sub(fixed(facts_rows, legend_rows) + warn_rows);
    st.review_rows.set(table_rows.max(1));

    let mut y = area.y;
    put_at(facts, &mut y, facts_rows, area, buf);
    put_at(legend, &mut y, legend_rows, area, buf);

    // The week table.
    let phase_w = if width >= 110 { 24 } else { 16 };
    let dates_w = plan
        .weeks
        .iter()
        .map(|w| mandat::text::plan::week_dates(w.monday, lang).width())
        .chain(std::iter::once(t::DATES.get(lang).width()))
        .max()
        .unwrap_or(0);
    let fixed_w = 6 + 1 + dates_w + 1 + phase_w + 8 + 7 + 6 + 1;
    let chart_w = if width >= 110 {
        24
    } else {
        width.saturating_sub(fixed_w + 1 + 12).min(14)
    };
    let header = format!(
        " {:<5} {:<dates_w$} {:<phase_w$}{:>7} {:>7}{:>6} {:<chart_w$} {}",
        common::WEEK.get(lang),
        t::DATES.get(lang),
        common::PHASE.get(lang),
        common::NETWORK.get(lang),
        common::BASIS.get(lang),
        t::SECR.get(lang),
        "",
        t::NOTES.get(lang),
    );
    if y < area.bottom() {
        buf.set_line(
            area.x,
            y,
            &Line::styled(truncate(&header, width), theme.heading()),
            area.width,
        );
        y += 1;
    }
    let max_capacity = plan
        .weeks
        .iter()
        .map(|w| w.capacity_hours.max(w.network_hours))
        .fold(0.0, f64::max)
        .max(1.0);
    let first_year = plan.weeks.first().map(|w| w.iso_year).unwrap_or(0);
    // The selected week is always in sight: the table starts where the leader scrolled to,
    // or later when the selection has gone below it.
    let start = st
        .scroll
        .min(selected)
        .max((selected + 1).saturating_sub(table_rows))
        .min(plan.weeks.len().saturating_sub(table_rows));
    for (i, w) in plan.weeks.iter().enumerate().skip(start).take(table_rows) {
        if y >= area.bottom() {
            break;
        }
        let phase_name = w
            .phase_id
            .as_ref()
            .and_then(|id| c.phases.iter().find(|p| &p.id == id))
            .map(|p| p.name.get(lang).to_string())
            .unwrap_or_else(|| common::capitalise(mandat::text::plan::week_kind(lang, w.kind)));
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
        let style = if i == selected {
            theme.selected()
        } else if w.secretariat_days > 0 {
            theme.heading()
        } else {
            theme.normal()
        };
        let week = if w.iso_year == first_year {
            w.iso_week.to_string()
        } else {
            format!("{} ’{:02}", w.iso_week, w.iso_year % 100)
        };
        let warn_mark = if week_warnings(w).is_empty() { " " } else { "!" };
        let own_mark = if own_hours(w) { "*" } else { " " };
        let figures = format!(
            "{warn_mark}{week:<5} {:<dates_w$} {:<phase_w$}{:>7}{own_mark}{:>7}{:>6} ",
            mandat::text::plan::week_dates(w.monday, lang),
            truncate(&phase_name, phase_w - 1),
            hours(w.network_hours, lang),
            hours(w.basis_hours, lang),
            secr,
        );
        let used = figures.width() + chart_w + 1;
        let line = Line::from(vec![
            Span::styled(figures, style),
            Span::styled("█".repeat(net_cells), theme.network_bar()),
            Span::styled("░".repeat(basis_cells), theme.basis_bar()),
            Span::raw(" ".repeat(chart_w - net_cells - basis_cells + 1)),
            // Cut here only: the selected week's notes are in full below the table.
            Span::styled(
                truncate(&notes.join(", "), width.saturating_sub(used)),
                theme.dim(),
            ),
        ]);
        buf.set_line(area.x, y, &line, area.width);
        y += 1;
    }
    // The selected week in full and the warnings, right below the weeks.
    put_at(panel, &mut y, panel_rows, area, buf);
    put_at(warnings, &mut y, warn_rows, area, buf);
}

/// The explanations of the table's marks, side by side as far as the width allows: a narrow
/// window moves a whole explanation to the next row rather than part of one ("* egne" above
/// "timer" reads as two things).
fn legend_rows(marks: &[&str], width: usize) -> Vec<String> {
    const GAP: &str = "   ";
    let mut rows: Vec<String> = Vec::new();
    for mark in marks {
        match rows.last_mut() {
            Some(row) if row.width() + GAP.len() + mark.width() <= width => {
                row.push_str(GAP);
                row.push_str(mark);
            }
            _ => rows.push((*mark).to_string()),
        }
    }
    rows
}

/// Draws wrapped lines at `y`, at most `rows` rows and never past the area.
fn put_at(lines: Vec<Line>, y: &mut u16, rows: usize, area: Rect, buf: &mut Buffer) {
    let rows = (rows as u16).min(area.bottom().saturating_sub(*y));
    if rows > 0 {
        paragraph(lines, Rect::new(area.x, *y, area.width, rows), buf, 0);
    }
    *y += rows;
}

/// Where the leader was: the row and column of the step, the review's scroll, a value being
/// typed.
#[derive(serde::Serialize, serde::Deserialize)]
struct Position {
    selected: usize,
    column: usize,
    scroll: usize,
    input: Option<(Field, String)>,
    #[serde(default)]
    replaces_vacation: Option<usize>,
    #[serde(default)]
    week_form: Option<SavedWeekForm>,
}

/// The week form's words, for [`Position`].
#[derive(serde::Serialize, serde::Deserialize)]
struct SavedWeekForm {
    week: String,
    hours: String,
    days: String,
    note: String,
    focus: WeekField,
    replaces: Option<(i32, u32)>,
}
