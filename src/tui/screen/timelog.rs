//! *Tidsforbrug*: the plan's weeks up to this week, newest first, with planned and used hours
//! side by side. The week's planned hours are offered as a suggestion: Enter takes it (or the
//! number typed instead) and moves to the week before, so a month is logged in seconds. A week
//! without an entry is shown empty, and every difference is written in words and figures.

use chrono::{Datelike, Duration, NaiveDate};
use mandat::planner::Plan;
use mandat::planner::usage::{self, LogEntry, Position, Usage, UsageWeek};
use mandat::planner::week::IsoWeek;
use mandat::text::format::{number, truncate};
use mandat::text::screen::{plan as plan_text, timelog as t};
use mandat::text::{Msg, report as usage_text};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::App;
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{read, saved, Screen, View, dashboard};
use crate::tui::widgets::{LineInput, paragraph};

/// A field opened for the selected week: its days at the secretariat, or its note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Days,
    Note,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The selected row, counted from the newest week.
    pub selected: usize,
    /// The hours being typed for the selected week, before Enter saves them.
    pub typed: LineInput,
    pub field: Option<(Field, LineInput)>,
}

impl State {
    fn clear_typed(&mut self) {
        self.typed = LineInput::default();
    }
}

/// The plan and the log set against each other, up to today.
fn usage_of(app: &App) -> Option<(Plan, Usage)> {
    let ws = app.workspace.as_ref()?;
    let plan = ws.plan_weeks(&app.content).ok()?;
    let usage = usage::compare(
        &plan,
        &ws.time_log,
        app.today,
        ws.plan.settings.ceiling_hours,
    );
    Some((plan, usage))
}

/// The weeks shown, newest first.
fn newest_first(usage: &Usage) -> Vec<&UsageWeek> {
    usage.weeks.iter().rev().collect()
}

fn selected_week(app: &App, st: &State) -> Option<UsageWeek> {
    let (_, usage) = usage_of(app)?;
    let weeks = newest_first(&usage);
    weeks
        .get(st.selected.min(weeks.len().saturating_sub(1)))
        .map(|w| (*w).clone())
}

/// Records an entry for a week, keeping its days and note unless given anew.
fn record(app: &mut App, week: IsoWeek, entry: LogEntry) -> bool {
    let lang = app.lang;
    let Some(ws) = app.workspace.as_mut() else {
        return false;
    };
    match ws.time_log.record(week, entry) {
        Ok(()) => {
            app.touch();
            true
        }
        Err(e) => {
            app.error(usage_text::log_error(lang, &e));
            false
        }
    }
}

fn existing(app: &App, week: IsoWeek) -> Option<LogEntry> {
    app.workspace.as_ref()?.time_log.get(week).cloned()
}

/// Enter: the number typed, or else the suggestion, for the selected week; then the week before.
fn save(app: &mut App, st: &mut State) {
    let Some(week) = selected_week(app, st) else {
        return;
    };
    let typed = st.typed.text().trim().to_string();
    let hours = if typed.is_empty() {
        match week.used_hours {
            // A logged week: Enter just moves on.
            Some(_) => {
                st.selected += 1;
                return;
            }
            None => week.planned_hours,
        }
    } else {
        match mandat::planner::input::parse_hours(&typed) {
            Some(h) => h,
            None => {
                app.error(usage_text::HOURS_NOT_A_NUMBER.get(app.lang));
                return;
            }
        }
    };
    let mut entry = existing(app, week.week).unwrap_or_else(|| LogEntry::new(hours));
    entry.hours = hours;
    if record(app, week.week, entry) {
        app.info(t::logged(app.lang, week.week.week(), &number(hours, app.lang)));
        st.clear_typed();
        st.selected += 1;
    }
}

fn save_field(app: &mut App, st: &mut State) {
    let Some((field, input)) = st.field.clone() else {
        return;
    };
    let Some(week) = selected_week(app, st) else {
        return;
    };
    let Some(mut entry) = existing(app, week.week) else {
        app.error(t::LOG_FIRST.get(app.lang));
        return;
    };
    let text = input.text().trim().to_string();
    match field {
        Field::Days if text.is_empty() => entry.secretariat_days = None,
        Field::Days => match text.parse::<u8>() {
            Ok(d) => entry.secretariat_days = Some(d),
            Err(_) => return app.error(t::BAD_DAYS.get(app.lang)),
        },
        Field::Note => entry.note = text,
    }
    if record(app, week.week, entry) {
        st.field = None;
    }
}

fn open_field(app: &mut App, st: &mut State, field: Field) {
    let Some(week) = selected_week(app, st) else {
        return;
    };
    let Some(entry) = existing(app, week.week) else {
        app.error(t::LOG_FIRST.get(app.lang));
        return;
    };
    let text = match field {
        Field::Days => entry
            .secretariat_days
            .map(|d| d.to_string())
            .unwrap_or_default(),
        Field::Note => entry.note,
    };
    st.field = Some((field, LineInput::new(text)));
}

fn clear(app: &mut App, st: &mut State) {
    let Some(week) = selected_week(app, st) else {
        return;
    };
    let Some(ws) = app.workspace.as_mut() else {
        return;
    };
    if ws.time_log.clear(week.week) {
        app.touch();
        app.info(t::cleared(app.lang, week.week.week()));
    }
}

const SAVE: Binding = Binding::new(
    "Enter",
    &[(Key::plain(KeyCode::Enter), Action::Confirm)],
    t::KEY_SAVE,
)
.explained(t::KEY_SAVE_HELP);
const TYPE_HOURS: Binding = Binding::new(
    "0-9",
    &[
        (Key::char('0'), Action::Type),
        (Key::char('1'), Action::Type),
        (Key::char('2'), Action::Type),
        (Key::char('3'), Action::Type),
        (Key::char('4'), Action::Type),
        (Key::char('5'), Action::Type),
        (Key::char('6'), Action::Type),
        (Key::char('7'), Action::Type),
        (Key::char('8'), Action::Type),
        (Key::char('9'), Action::Type),
        (Key::char(','), Action::Type),
        (Key::char('.'), Action::Type),
        (Key::plain(KeyCode::Backspace), Action::Type),
    ],
    t::KEY_TYPE,
);
const DAYS: Binding = Binding::new(
    "d",
    &[(Key::char('d'), Action::Command(Command::EditDays))],
    t::KEY_DAYS,
);
const NOTE: Binding = Binding::new(
    "b",
    &[(Key::char('b'), Action::Command(Command::EditNote))],
    t::KEY_NOTE,
);
const CLEAR: Binding = Binding::new(
    "x",
    &[
        (Key::char('x'), Action::Command(Command::Remove)),
        (Key::plain(KeyCode::Delete), Action::Command(Command::Remove)),
    ],
    t::KEY_CLEAR,
);
const LIST_KEYS: &[Binding] = &[
    keys::MOVE,
    SAVE,
    TYPE_HOURS,
    DAYS,
    NOTE,
    CLEAR,
    keys::BACK,
    keys::HELP,
    keys::QUIT,
    keys::PAGE,
];
const FIELD_KEYS: &[Binding] = &[
    keys::LINE_CONFIRM,
    keys::LINE_CANCEL,
    keys::NEXT_FIELD.help_only(),
];
const KEY_TABLES: &[&[Binding]] = &[LIST_KEYS, FIELD_KEYS];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        if let Some((field, input)) = &mut self.field {
            let field = *field;
            match action {
                Action::Back => self.field = None,
                Action::Confirm | Action::SaveField => save_field(app, self),
                // The week's two fields: days at the secretariat, then the note; past either
                // end the field closes, as with Enter.
                Action::NextField | Action::PrevField => {
                    save_field(app, self);
                    let next = match (field, action == Action::NextField) {
                        (Field::Days, true) => Some(Field::Note),
                        (Field::Note, false) => Some(Field::Days),
                        _ => None,
                    };
                    if let (None, Some(next)) = (&self.field, next) {
                        open_field(app, self, next);
                    }
                }
                Action::Edit(key) => {
                    input.handle_key(key);
                }
                Action::Paste(text) => input.paste(&text),
                _ => {}
            }
            return None;
        }
        let rows = usage_of(app).map(|(_, u)| u.weeks.len()).unwrap_or(0);
        let last = rows.saturating_sub(1);
        match action {
            Action::Back if !self.typed.text().is_empty() => self.clear_typed(),
            Action::Back => return Some(Screen::Dashboard(dashboard::State::default())),
            Action::Up => {
                self.selected = self.selected.saturating_sub(1);
                self.clear_typed();
            }
            Action::Down => {
                self.selected = (self.selected + 1).min(last);
                self.clear_typed();
            }
            Action::PageUp | Action::Home => {
                self.selected = self.selected.saturating_sub(4);
                self.clear_typed();
            }
            Action::PageDown => {
                self.selected = (self.selected + 4).min(last);
                self.clear_typed();
            }
            Action::Confirm => {
                save(app, self);
                self.selected = self.selected.min(last);
            }
            Action::Edit(key) => {
                self.typed.handle_key(key);
            }
            Action::Command(Command::EditDays) => open_field(app, self, Field::Days),
            Action::Command(Command::EditNote) => open_field(app, self, Field::Note),
            Action::Command(Command::Remove) => clear(app, self),
            _ => {}
        }
        None
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        let mut c = Vec::new();
        if let Some(ws) = &app.workspace {
            c.push(ws.name.clone());
        }
        c.push(t::TITLE.get(app.lang).to_string());
        c
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        if self.field.is_some() {
            FIELD_KEYS
        } else {
            LIST_KEYS
        }
    }

    fn is_editing(&self) -> bool {
        self.field.is_some()
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&Saved {
            selected: self.selected,
            typed: self.typed.text().to_string(),
        })
    }

    fn from_position(_app: &App, position: &serde_json::Value) -> Option<Self> {
        let p: Saved = read(position)?;
        Some(State {
            selected: p.selected,
            typed: LineInput::new(p.typed),
            field: None,
        })
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render(app, self, area, buf);
    }
}

/// "4.–8. jan" / "4–8 Jan".
fn week_dates(monday: NaiveDate, lang: mandat::text::Lang) -> String {
    let friday = monday + Duration::days(4);
    let month = |d: NaiveDate| mandat::text::format::month_short(d.month(), lang);
    if monday.month() == friday.month() {
        plan_text::week_dates_one_month(lang, monday.day(), friday.day(), month(friday))
    } else {
        plan_text::week_dates_two_months(
            lang,
            monday.day(),
            month(monday),
            friday.day(),
            month(friday),
        )
    }
}

/// The heading: where the network is in its plan.
fn position_line(app: &App, plan: &Plan, usage: &Usage) -> String {
    let lang = app.lang;
    match &usage.position {
        Position::InPlan {
            number, of, phase_id, ..
        } => {
            let phase = phase_id
                .as_ref()
                .and_then(|id| {
                    let course = app.content.course(&plan.course_id)?;
                    course.phases.iter().find(|p| &p.id == id)
                })
                .map(|p| p.name.get(lang).to_string())
                .unwrap_or_else(|| mandat::text::plan::week_kind(lang, usage_kind(usage)).to_string());
            t::position(lang, *number as usize, *of as usize, &phase)
        }
        Position::NotStarted { .. } | Position::NoWeeks => t::NOT_STARTED.get(lang).to_string(),
        Position::Over { .. } => t::PLAN_OVER.get(lang).to_string(),
    }
}

fn usage_kind(usage: &Usage) -> mandat::planner::WeekKind {
    match &usage.position {
        Position::InPlan { kind, .. } => *kind,
        _ => mandat::planner::WeekKind::Vacation,
    }
}

/// The bar of one week, readable without colour: █ for the hours used within the plan, ▓ for
/// hours used beyond it, ░ for planned hours not used (or not logged).
fn bar(week: &UsageWeek, scale: f64, width: usize) -> (String, String, String) {
    let cells = |h: f64| (((h / scale) * width as f64).round() as usize).min(width);
    let planned = cells(week.planned_hours);
    let used = week.used_hours.map(cells).unwrap_or(0);
    (
        "█".repeat(used.min(planned)),
        "▓".repeat(used.saturating_sub(planned)),
        "░".repeat(planned.saturating_sub(used)),
    )
}

fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let theme = app.theme;
    let Some((plan, usage)) = usage_of(app) else {
        paragraph(vec![Line::raw(t::NO_PLAN.get(lang))], area, buf, 0);
        return;
    };
    let width = area.width as usize;
    let mut head = vec![Line::from(vec![
        Span::styled(t::TITLE.get(lang), theme.title()),
        Span::styled(format!(" · {}", position_line(app, &plan, &usage)), theme.dim()),
    ])];
    if let Position::NotStarted { first_week, .. } = &usage.position {
        head.push(Line::raw(""));
        head.push(Line::raw(t::starts_in(lang, first_week.week(), first_week.year())));
        paragraph(head, area, buf, 0);
        return;
    }
    let to = &usage.to_date;
    let difference = usage_text::difference_in_words(lang, Some(to.difference_hours));
    let difference = match to.difference_per_cent {
        Some(p) if to.difference_hours.abs() >= 0.05 => {
            t::per_cent(lang, &difference, &number(p.abs(), lang))
        }
        _ => difference,
    };
    let last_week = usage.weeks.last().map(|w| w.week.week()).unwrap_or(0);
    head.push(if to.logged_weeks == 0 {
        Line::styled(t::NOTHING_LOGGED.get(lang), theme.heading())
    } else {
        Line::styled(
            t::to_date(
                lang,
                last_week,
                &number(to.used_hours, lang),
                &number(to.planned_hours, lang),
                &difference,
            ),
            theme.heading(),
        )
    });
    // With weeks not logged yet, the plan so far is not a fair measure on its own: the logged
    // weeks' own plan is what the warnings compare with, so it is shown too.
    if to.logged_weeks > 0 && to.weeks_without_entry > 0 {
        head.push(Line::raw(t::planned_in_logged_weeks(
            lang,
            to.logged_weeks,
            &number(to.planned_hours_in_logged_weeks, lang),
            &number(to.used_hours, lang),
        )));
    }
    if to.planned_secretariat_days > 0 || to.used_secretariat_days > 0 {
        head.push(Line::raw(t::secretariat_to_date(
            lang,
            to.used_secretariat_days,
            to.planned_secretariat_days,
        )));
    }
    head.push(Line::styled(t::CHART.get(lang), theme.dim()));
    let warnings: Vec<String> = usage
        .warnings
        .iter()
        .map(|w| usage_text::warning(lang, w))
        .collect();
    let warn_rows = warnings.len().clamp(1, 3) as u16;
    let head_rows = head.len() as u16 + 1;
    paragraph(head, Rect::new(area.x, area.y, area.width, head_rows.min(area.height)), buf, 0);

    // The selected week's days and note in full under the table, as the row may cut them.
    let weeks = newest_first(&usage);
    let selected = st.selected.min(weeks.len().saturating_sub(1));
    let detail = weeks
        .get(selected)
        .map(|w| extras(w, lang, true).join(" · "))
        .filter(|d| !d.is_empty())
        .map(|d| t::week_detail(lang, weeks[selected].week.week(), &d));
    let detail_rows: u16 = if detail.is_some() { 2 } else { 0 };

    // The table: week, dates, planned, used (or what is being typed), difference, bar, note.
    let table_top = area.y + head_rows;
    let table_h = area
        .height
        .saturating_sub(head_rows + warn_rows + 1 + detail_rows)
        .max(1);
    let chart_w = if width >= 100 { 16 } else { 8 };
    let scale = usage
        .weeks
        .iter()
        .map(|w| w.planned_hours.max(w.used_hours.unwrap_or(0.0)))
        .fold(1.0, f64::max);
    let header = format!(
        "  {:<6}{:<15}{:>9}{:>12}  {:<18}",
        t::COLUMN_WEEK.get(lang),
        t::COLUMN_DATES.get(lang),
        t::COLUMN_PLANNED.get(lang),
        t::COLUMN_USED.get(lang),
        t::COLUMN_DIFFERENCE.get(lang),
    );
    buf.set_line(
        area.x,
        table_top,
        &Line::styled(truncate(&header, width), theme.heading()),
        area.width,
    );
    let rows = table_h.saturating_sub(1) as usize;
    let first = selected.saturating_sub(rows.saturating_sub(1));
    for (i, w) in weeks.iter().enumerate().skip(first).take(rows) {
        let is_selected = i == selected;
        let used = if is_selected && !st.typed.text().is_empty() {
            format!("[{}]", st.typed.text())
        } else {
            match w.used_hours {
                Some(h) => number(h, lang),
                None if is_selected => t::suggestion(lang, &number(w.planned_hours, lang)),
                None => "—".to_string(),
            }
        };
        let difference = usage_text::difference_in_words(lang, w.difference_hours);
        let (within, beyond, rest) = bar(w, scale, chart_w);
        let drawn = within.chars().count() + beyond.chars().count() + rest.chars().count();
        let pad = (chart_w + 1).saturating_sub(drawn);
        let extra = extras(w, lang, false);
        let style = if is_selected {
            theme.selected()
        } else if w.missing {
            theme.dim()
        } else {
            theme.normal()
        };
        let marker = if is_selected { "▶ " } else { "  " };
        let line = Line::from(vec![
            Span::styled(
                format!(
                    "{marker}{:<6}{:<15}{:>9}{:>12}  {:<18}",
                    w.week.week(),
                    week_dates(w.monday, lang),
                    number(w.planned_hours, lang),
                    used,
                    difference,
                ),
                style,
            ),
            Span::styled(within, theme.network_bar()),
            Span::styled(beyond, theme.warn()),
            Span::styled(rest, theme.basis_bar()),
            Span::raw(" ".repeat(pad)),
            Span::styled(extra.join(" · "), theme.dim()),
        ]);
        let y = table_top + 1 + (i - first) as u16;
        buf.set_line(area.x, y, &line, area.width);
    }
    if let Some(detail) = detail {
        let top = table_top + table_h;
        if top < area.bottom() {
            let h = detail_rows.min(area.bottom() - top);
            paragraph(
                vec![Line::styled(detail, theme.dim())],
                Rect::new(area.x, top, area.width, h),
                buf,
                0,
            );
        }
    }
    // The warnings under the table.
    let warn_top = table_top + table_h + detail_rows + 1;
    if warn_top < area.bottom() {
        let lines: Vec<Line> = if warnings.is_empty() {
            vec![Line::styled(t::NO_WARNINGS.get(lang), theme.ok())]
        } else {
            warnings
                .iter()
                .map(|w| Line::styled(format!("! {w}"), theme.warn()))
                .collect()
        };
        let h = warn_rows.min(area.bottom() - warn_top);
        paragraph(lines, Rect::new(area.x, warn_top, area.width, h), buf, 0);
    }
    // A field being typed in, at the bottom.
    if let Some((field, input)) = &st.field {
        let prompt = match field {
            Field::Days => t::DAYS_PROMPT,
            Field::Note => t::NOTE_PROMPT,
        };
        let y = area.bottom().saturating_sub(2);
        buf.set_line(area.x, y, &Line::styled(prompt.get(lang), theme.heading()), area.width);
        buf.set_string(area.x, y + 1, "> ", theme.key());
        input.render(
            Rect::new(area.x + 2, y + 1, area.width.saturating_sub(2), 1),
            buf,
            theme.normal(),
            true,
            theme,
        );
    }
}

/// A week's days at the secretariat and its note: short in the row, in full words in the line
/// under the table.
fn extras(w: &UsageWeek, lang: mandat::vocab::Lang, in_full: bool) -> Vec<String> {
    let mut extra = Vec::new();
    if let Some(d) = w.used_secretariat_days.filter(|d| *d > 0) {
        extra.push(match (in_full, d) {
            (false, d) => t::secretariat_days(lang, d),
            (true, 1) => t::ONE_SECRETARIAT_DAY.get(lang).to_string(),
            (true, d) => t::secretariat_days_long(lang, d),
        });
    }
    if !w.note.is_empty() {
        extra.push(mandat::text::format::clean_line(&w.note));
    }
    extra
}

/// Where the leader was: the selected week and a number being typed.
#[derive(serde::Serialize, serde::Deserialize)]
struct Saved {
    selected: usize,
    typed: String,
}
