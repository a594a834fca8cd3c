//! The overview: the three counterparts, their next meetings, how far each preparation is, and
//! one line saying what to do next.

use mandat::guide::next::{self, NextStep};
use mandat::guide::position::plan_position;
use mandat::planner::usage::Position;
use mandat::flow::handout::{DueStatus, due_status};
use mandat::model::Workspace;
use mandat::text::format::{countdown, day_month, long_date, number, short_date, truncate};
use mandat::text::screen::{dashboard as t, frame, keys as k};
use mandat::text::{Msg, common, report};
use mandat::vocab::Counterpart;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect};
use crate::tui::keys::{self, Binding, Key};
use crate::tui::screen::{
    Screen, View, meeting, network, plan, read, saved, timelog, workspaces,
};
use crate::tui::widgets::{self, paragraph, text_gauge};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Index into `Counterpart::ALL`.
    pub selected: usize,
}

const PLAN: Binding = Binding::new(
    "p",
    &[(Key::char('p'), Action::Command(Command::OpenPlan))],
    k::PLAN,
)
.explained(t::KEY_PLAN);
const ADD_MEETING: Binding = Binding::new(
    "m",
    &[(Key::char('m'), Action::Command(Command::AddMeeting))],
    k::ADD_MEETING,
)
.explained(t::KEY_ADD_MEETING);
const TIME_LOG: Binding = Binding::new(
    "t",
    &[(Key::char('t'), Action::Command(Command::OpenTimeLog))],
    k::TIME_LOG,
)
.explained(t::KEY_TIME_LOG);
const DETAILS: Binding = Binding::new(
    "e",
    &[(Key::char('e'), Action::Command(Command::EditNetwork))],
    t::KEY_DETAILS,
)
.explained(t::KEY_DETAILS_HELP);
const NETWORKS: Binding = Binding::new(
    "n",
    &[
        (Key::char('n'), Action::Command(Command::OpenWorkspaces)),
        (Key::char('w'), Action::Command(Command::OpenWorkspaces)),
    ],
    k::WORKSPACES,
)
.explained(t::KEY_NETWORKS);
const KEYS: &[Binding] = &[
    keys::MOVE,
    keys::OPEN,
    PLAN,
    TIME_LOG,
    ADD_MEETING,
    DETAILS,
    NETWORKS,
    keys::HELP,
    keys::QUIT,
    keys::HOME_END,
];
pub const KEY_TABLES: &[&[Binding]] = &[KEYS];

impl View for State {
    const ABOUT: &'static [Msg] = t::ABOUT;
    const KEY_TABLES: &'static [&'static [Binding]] = KEY_TABLES;

    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
        let st = self;
        let counterpart = Counterpart::ALL[st.selected.min(2)];
        match action {
            Action::Up => st.selected = st.selected.saturating_sub(1),
            Action::Down => st.selected = (st.selected + 1).min(Counterpart::ALL.len() - 1),
            Action::Home => st.selected = 0,
            Action::End => st.selected = Counterpart::ALL.len() - 1,
            Action::Confirm => {
                let ws = app.workspace.as_ref()?;
                let m = ws.current_meeting(counterpart, app.today)?;
                return Some(Screen::Meeting(meeting::State::new(&m.id)));
            }
            Action::Command(Command::OpenPlan) => {
                app.workspace.as_ref()?;
                return Some(Screen::Plan(plan::State::default()));
            }
            Action::Command(Command::OpenTimeLog) => {
                app.workspace.as_ref()?;
                return Some(Screen::TimeLog(timelog::State::default()));
            }
            Action::Command(Command::EditNetwork) => {
                let facts = app.workspace.as_ref()?.facts();
                return Some(Screen::Network(network::State::new(&facts)));
            }
            Action::Command(Command::OpenWorkspaces) => {
                app.effects.push(Effect::RefreshWorkspaces);
                return Some(Screen::Workspaces(workspaces::State::default()));
            }
            Action::Command(Command::AddMeeting) => {
                let ws = app.workspace.as_mut()?;
                let id = ws.add_meeting(counterpart).id.clone();
                app.touch();
                app.info(frame::MEETING_ADDED.get(app.lang));
                return Some(Screen::Meeting(meeting::State::new(&id)));
            }
            _ => {}
        }
        None
    }

    fn crumbs(&self, app: &App) -> Vec<String> {
        let mut c = Vec::new();
        if let Some(ws) = &app.workspace {
            c.push(ws.name.clone());
        }
        c.push(t::CRUMB.get(app.lang).to_string());
        c
    }

    fn keys(&self, _app: &App) -> &'static [Binding] {
        KEYS
    }

    fn position(&self, _app: &App) -> Option<serde_json::Value> {
        saved(&self.selected)
    }

    fn from_position(_app: &App, position: &serde_json::Value) -> Option<Self> {
        let selected: usize = read(position)?;
        Some(State {
            selected: selected.min(Counterpart::ALL.len() - 1),
        })
    }

    fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        render_dashboard(app, self, area, buf);
    }
}

fn question_ids<'a>(app: &'a App, ws: &Workspace, meeting_id: &str) -> Vec<&'a str> {
    ws.questions(&app.content, meeting_id)
        .iter()
        .map(|q| q.id.as_str())
        .collect()
}

fn field_ids(app: &App, c: Counterpart) -> Vec<&str> {
    app.content
        .agreement(c)
        .map(|t| t.fields.iter().map(|f| f.id.as_str()).collect())
        .unwrap_or_default()
}

/// The one thing to do next (chosen by `guide::next`), in a sentence.
pub fn next_step(app: &App, ws: &Workspace) -> String {
    let lang = app.lang;
    let role = |c: Counterpart| common::role_in_sentence(&app.content, lang, c);
    match next::next_step(ws, &app.content, app.today) {
        NextStep::HandOutOverdue { counterpart, due } => {
            t::next_hand_out_overdue(lang, &role(counterpart), &short_date(due, lang))
        }
        NextStep::HandOutBy { counterpart, due } => {
            t::next_hand_out_by(lang, &role(counterpart), &short_date(due, lang))
        }
        NextStep::Reflect {
            counterpart, open, ..
        } => t::next_reflect(lang, &role(counterpart), open),
        NextStep::ProposeAgreement { counterpart, .. } => t::next_agreement(lang, &role(counterpart)),
        NextStep::MarkAgreementReady { counterpart, .. } => {
            t::next_mark_ready(lang, &role(counterpart))
        }
        NextStep::PrepareFollowUp {
            counterpart,
            open_questions,
            carry_over,
            ..
        } => t::next_follow_up(lang, &role(counterpart), open_questions, carry_over),
        NextStep::ReviewDue {
            counterpart,
            review_on,
        } => t::next_review_due(lang, &role(counterpart), &short_date(review_on, lang)),
        NextStep::RecordAgreement {
            counterpart,
            meeting,
        } => t::next_record_agreement(lang, &role(counterpart), &short_date(meeting, lang)),
        NextStep::LogLastWeek {
            week,
            planned_hours,
        } => t::next_log_week(
            lang,
            &mandat::text::report::week(lang, week),
            &mandat::text::format::number(planned_hours, lang),
        ),
        NextStep::SetDate { counterpart } => t::next_set_date(lang, &role(counterpart)),
        NextStep::PlanBeforeMeeting {
            counterpart,
            meeting,
        } => t::next_plan_before(lang, &role(counterpart), &short_date(meeting, lang), PLAN.shown),
        NextStep::AcceptPlan => t::next_plan(lang, PLAN.shown),
        NextStep::AllDone => t::ALL_DONE.get(lang).to_string(),
    }
}

fn render_dashboard(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let Some(ws) = &app.workspace else {
        return;
    };
    let position = plan_position(ws, &app.content, app.today);
    let lang = app.lang;
    let theme = app.theme;
    let width = area.width as usize;
    let bottom = area.y + area.height;
    let mut y = area.y;
    let put = |buf: &mut Buffer, y: &mut u16, line: Line| {
        if *y < bottom {
            buf.set_line(area.x, *y, &line, area.width);
            *y += 1;
        }
    };

    let title = Line::from(vec![
            Span::styled(truncate(&ws.name, width), theme.title()),
            Span::styled(format!(" · {}", common::network_type(lang, ws.network_type)), theme.dim()),
            Span::styled(
                position
                    .as_ref()
                    .and_then(|p| in_plan(app, ws, &p.position))
                    .map(|p| format!(" · {p}"))
                    .unwrap_or_default(),
                theme.dim(),
            ),
        ]);
    // Too wide for the window, the type and the course position go on to the next row.
    for row in widgets::rows_of_parts(title, width) {
        put(buf, &mut y, row);
    }
    let plan_gauge = if ws.plan.is_accepted() {
        text_gauge(1, 1, 5)
    } else {
        text_gauge(ws.plan.step.number() - 1, 5, 5)
    };
    put(
        buf,
        &mut y,
        Line::from(vec![
            Span::raw(t::leader_line(lang, common::leader_role(&app.content, lang), if ws.leader_name.trim().is_empty() { t::NO_NAME.get(lang) } else { &ws.leader_name })),
            Span::raw(" · "),
            Span::styled(format!("{}: ", t::PLAN.get(lang)), theme.heading()),
            Span::raw(format!(
                "{plan_gauge} {}",
                plan_progress(app, ws)
            )),
        ]),
    );
    y += 1;
    if y < bottom {
        let next = next_step(app, ws);
        let rows = if (next.chars().count() + 16) > width {
            2
        } else {
            1
        };
        let h = rows.min(bottom - y);
        paragraph(
            vec![Line::from(vec![
                Span::styled(format!("{}: ", t::NEXT.get(lang)), theme.warn()),
                Span::styled(next, theme.heading()),
            ])],
            Rect::new(area.x, y, area.width, h),
            buf,
            0,
        );
        y += rows + 1;
    }

    let cal = ws.calendar();
    for (i, c) in Counterpart::ALL.iter().enumerate() {
        if y >= bottom {
            break;
        }
        let Some(m) = ws.current_meeting(*c, app.today) else {
            continue;
        };
        let total = ws.meetings_with(*c).count();
        let n = ws
            .meetings_with(*c)
            .position(|x| x.id == m.id)
            .map(|p| p + 1)
            .unwrap_or(1);
        let selected = i == st.selected;
        let name_style = if selected {
            theme.selected()
        } else {
            theme.heading()
        };
        let person = if m.person_name.trim().is_empty() {
            t::NO_NAME.get(lang).to_string()
        } else {
            m.person_name.clone()
        };
        let marker = if selected { "▶ " } else { "  " };
        let title = format!("{marker}{} — {person}", common::role(&app.content, lang, *c));
        let meeting_n = t::meeting_number(lang, n, total);
        put(
            buf,
            &mut y,
            Line::from(vec![
                Span::styled(
                    truncate(&title, width.saturating_sub(meeting_n.len() + 2)),
                    name_style,
                ),
                Span::styled(format!("  {meeting_n}"), theme.dim()),
            ]),
        );
        let date_line = match m.date {
            Some(d) => {
                let due = due_status(
                    &m.handout,
                    m.date,
                    ws.settings.handout_working_days_before,
                    app.today,
                    &cal,
                );
                let mut spans = vec![
                    Span::raw(format!("    {}", long_date(d, lang))),
                    Span::styled(
                        format!(" · {}", countdown(app.today, d, lang)),
                        theme.heading(),
                    ),
                ];
                match due {
                    DueStatus::Overdue { .. } => spans.push(Span::styled(
                        format!(
                            " · {} {}",
                            t::HANDOUT.get(lang),
                            mandat::text::screen::handout::OVERDUE.get(lang)
                        ),
                        theme.error(),
                    )),
                    DueStatus::DueSoon { due } => spans.push(Span::styled(
                        format!(" · {}", t::pamphlet_due_short(lang, &day_month(due, lang))),
                        theme.warn(),
                    )),
                    _ => {}
                }
                Line::from(spans)
            }
            None => Line::styled(format!("    {}", t::NO_DATE.get(lang)), theme.dim()),
        };
        put(buf, &mut y, date_line);
        let qids = question_ids(app, ws, &m.id);
        let answered = m.reflection.answered_count(&qids);
        let fids = field_ids(app, *c);
        let agreement_step = match m.agreement.state.id() {
            "agreed" => 2,
            "ready" => 1,
            _ => 0,
        };
        let handout = format!(
            "{:<11}{} {}",
            t::HANDOUT.get(lang),
            text_gauge(m.handout.step() as usize, 3, 3),
            common::handout_step(lang, m.handout.step())
        );
        let reflection = format!(
            "{:<11}{} {}",
            t::REFLECTION.get(lang),
            text_gauge(answered, qids.len(), 5),
            t::answered_count(lang, answered, qids.len())
        );
        let agreement = format!(
            "{:<11}{} {}, {}",
            t::AGREEMENT.get(lang),
            text_gauge(agreement_step, 2, 3),
            common::agreement_state(lang, &m.agreement.state),
            t::proposals_count(lang, m.agreement.proposed_count(&fids), fids.len())
        );
        if width >= 76 {
            put(
                buf,
                &mut y,
                Line::raw(format!("    {handout:<34}{reflection}")),
            );
            put(buf, &mut y, Line::raw(format!("    {agreement}")));
        } else {
            put(buf, &mut y, Line::raw(format!("    {handout}")));
            put(buf, &mut y, Line::raw(format!("    {reflection}")));
            put(buf, &mut y, Line::raw(format!("    {agreement}")));
        }
        // The personaleleder follows the time use: one line of it, in words and figures.
        if *c == Counterpart::Personaleleder
            && let Some(v) = position.as_ref().and_then(|p| p.variance.as_ref())
        {
            let line = t::time_use(
                lang,
                &number(v.used_hours, lang),
                &number(v.planned_hours, lang),
                v.last_week.map(|w| w.week.week()).unwrap_or(0),
            );
            put(
                buf,
                &mut y,
                Line::raw(truncate(&format!("    {:<11}{line}", t::TIME.get(lang)), width)),
            );
        }
        y += 1;
    }
}

/// "trin 3 af 5", "godkendt" or "ændret siden godkendelsen".
fn plan_progress(app: &App, ws: &Workspace) -> String {
    use mandat::flow::plan::{PlanStatus, PlanStep};
    match ws.plan.status {
        PlanStatus::Accepted { .. } => t::PLAN_ACCEPTED.get(app.lang).to_string(),
        PlanStatus::ChangedSinceAccepted { .. } => t::PLAN_CHANGED.get(app.lang).to_string(),
        PlanStatus::Draft => frame::step_n_of(app.lang, ws.plan.step.number(), PlanStep::ALL.len()),
    }
}

/// "uge 14 af 34 · Opdagelse" while the plan runs; nothing before or after it.
fn in_plan(app: &App, ws: &Workspace, position: &Position) -> Option<String> {
    if !matches!(position, Position::InPlan { .. }) {
        return None;
    }
    let course = app.content.course(&ws.plan.settings.course_id);
    let phase_name = |id: &str| {
        course
            .and_then(|c| c.phases.iter().find(|p| p.id == id))
            .map(|p| p.name.get(app.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    Some(report::position(app.lang, position, phase_name))
}
