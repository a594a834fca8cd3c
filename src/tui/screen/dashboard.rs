//! The overview: the three counterparts, their next meetings, how far each preparation is, and
//! one line saying what to do next.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Effect, Screen};
use crate::tui::screen::{meeting, plan, workspaces};
use crate::tui::strings as s;
use crate::tui::widgets::{paragraph, text_gauge, truncate};
use mandat::dates;
use mandat::flow::handout::{DueStatus, due_status};
use mandat::guide::next::{self, NextStep};
use mandat::model::Workspace;
use mandat::vocab::Counterpart;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Index into `Counterpart::ALL`.
    pub selected: usize,
}

pub fn update(app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
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
        Action::Command(Command::OpenWorkspaces) => {
            app.effects.push(Effect::RefreshWorkspaces);
            return Some(Screen::Workspaces(workspaces::State::default()));
        }
        Action::Command(Command::AddMeeting) => {
            let ws = app.workspace.as_mut()?;
            let id = ws.add_meeting(counterpart).id.clone();
            app.touch();
            app.info(s::MEETING_ADDED.get(app.lang));
            return Some(Screen::Meeting(meeting::State::new(&id)));
        }
        _ => {}
    }
    None
}

pub fn crumbs(app: &App) -> Vec<String> {
    let mut c = Vec::new();
    if let Some(ws) = &app.workspace {
        c.push(ws.name.clone());
    }
    c.push(s::DASH_CRUMB.get(app.lang).to_string());
    c
}

pub fn hints(_app: &App) -> Vec<(&'static str, s::T)> {
    vec![
        ("↑/↓", s::K_MOVE),
        ("Enter", s::K_OPEN),
        ("p", s::K_PLAN),
        ("m", s::K_ADD_MEETING),
        ("n", s::K_WORKSPACES),
        ("?", s::K_HELP),
        ("q", s::K_QUIT),
    ]
}

fn question_ids(app: &App, c: Counterpart) -> Vec<&str> {
    app.content
        .questions(c)
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
    match next::next_step(ws, &app.content, app.today) {
        NextStep::HandOutOverdue { counterpart, due } => {
            s::next_hand_out_overdue(lang, counterpart, due)
        }
        NextStep::HandOutBy { counterpart, due } => s::next_hand_out_by(lang, counterpart, due),
        NextStep::Reflect {
            counterpart, open, ..
        } => s::next_reflect(lang, counterpart, open),
        NextStep::ProposeAgreement { counterpart, .. } => s::next_agreement(lang, counterpart),
        NextStep::MarkAgreementReady { counterpart, .. } => s::next_mark_ready(lang, counterpart),
        NextStep::SetDate { counterpart } => s::next_set_date(lang, counterpart),
        NextStep::AcceptPlan => s::next_plan(lang).to_string(),
        NextStep::AllDone => s::DASH_ALL_DONE.get(lang).to_string(),
    }
}

pub fn render(app: &App, st: &State, area: Rect, buf: &mut Buffer) {
    let Some(ws) = &app.workspace else {
        return;
    };
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

    put(
        buf,
        &mut y,
        Line::from(vec![
            Span::styled(truncate(&ws.name, width), theme.title()),
            Span::styled(format!(" · {}", ws.network_type.name(lang)), theme.dim()),
        ]),
    );
    let plan_gauge = if ws.plan.is_accepted() {
        text_gauge(1, 1, 5)
    } else {
        text_gauge(ws.plan.step.number() - 1, 5, 5)
    };
    put(
        buf,
        &mut y,
        Line::from(vec![
            Span::raw(s::leader_line(lang, &ws.leader_name)),
            Span::raw(" · "),
            Span::styled(format!("{}: ", s::DASH_PLAN.get(lang)), theme.heading()),
            Span::raw(format!(
                "{plan_gauge} {}",
                s::plan_progress(lang, ws.plan.step, ws.plan.status.id())
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
                Span::styled(format!("{}: ", s::DASH_NEXT.get(lang)), theme.warn()),
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
            s::DASH_NO_NAME.get(lang).to_string()
        } else {
            m.person_name.clone()
        };
        let marker = if selected { "▶ " } else { "  " };
        let title = format!("{marker}{} — {person}", c.name(lang));
        let number = s::meeting_number(lang, n, total);
        put(
            buf,
            &mut y,
            Line::from(vec![
                Span::styled(
                    truncate(&title, width.saturating_sub(number.len() + 2)),
                    name_style,
                ),
                Span::styled(format!("  {number}"), theme.dim()),
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
                    Span::raw(format!("    {}", dates::long_date(d, lang))),
                    Span::styled(
                        format!(" · {}", dates::countdown(app.today, d, lang)),
                        theme.heading(),
                    ),
                ];
                match due {
                    DueStatus::Overdue { .. } => spans.push(Span::styled(
                        format!(
                            " · {} {}",
                            s::DASH_HANDOUT.get(lang),
                            s::H_OVERDUE.get(lang)
                        ),
                        theme.error(),
                    )),
                    DueStatus::DueSoon { due } => spans.push(Span::styled(
                        format!(" · {}", s::pamphlet_due_short(lang, due)),
                        theme.warn(),
                    )),
                    _ => {}
                }
                Line::from(spans)
            }
            None => Line::styled(format!("    {}", s::DASH_NO_DATE.get(lang)), theme.dim()),
        };
        put(buf, &mut y, date_line);
        let qids = question_ids(app, *c);
        let answered = m.reflection.answered_count(&qids);
        let fids = field_ids(app, *c);
        let agreement_step = match m.agreement.state.id() {
            "agreed" => 2,
            "ready" => 1,
            _ => 0,
        };
        let handout = format!(
            "{:<11}{} {}",
            s::DASH_HANDOUT.get(lang),
            text_gauge(m.handout.step() as usize, 3, 3),
            s::handout_state(lang, m.handout.step())
        );
        let reflection = format!(
            "{:<11}{} {}",
            s::DASH_REFLECTION.get(lang),
            text_gauge(answered, qids.len(), 5),
            s::answered_count(lang, answered, qids.len())
        );
        let agreement = format!(
            "{:<11}{} {}, {}",
            s::DASH_AGREEMENT.get(lang),
            text_gauge(agreement_step, 2, 3),
            s::agreement_state(lang, m.agreement.state.id()),
            s::proposals_count(lang, m.agreement.proposed_count(&fids), fids.len())
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
        y += 1;
    }
}
