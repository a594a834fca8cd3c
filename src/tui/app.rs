//! The whole state of the terminal program, and `update`, the one place actions change it.
//!
//! The app never touches the disk or the clock: `today` is given, saving is driven by
//! `revision`, and anything with side effects is queued in `effects` for the runner.

use std::path::PathBuf;

use chrono::NaiveDate;

use mandat::content::Content;
use mandat::flow::agreement::AgreementEvent;
use mandat::flow::handout::{HandoutContext, HandoutEvent};
use mandat::flow::plan::PlanEvent;
use mandat::flow::reflection::{ReflectionError, ReflectionEvent};
use mandat::model::{Meeting, Workspace};
use mandat::vocab::Lang;
use mandat::vocab::NetworkType;

use mandat::text::flow;

use super::action::Action;
pub use super::screen::Screen;
pub use super::screen::export::PrintFormat;
use super::screen::{dashboard, first_run};
use super::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Error,
}

/// The line above the key hints: what just happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub text: String,
}

/// What the leader asked for when the unsaved-changes dialog came up; done once the changes are
/// safe (saved or in a rescue copy) or given up on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Quit,
    Open(String),
    Create(NewWorkspace),
}

/// The dialog shown when the newest changes cannot be saved and the leader is about to leave
/// the workspace: why, and what they wanted to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    /// The save's failure, in full.
    pub why: String,
    pub intent: Intent,
    /// The first `x` was pressed; a second one gives the changes up.
    pub confirm_discard: bool,
}

/// A workspace in the list of workspaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceEntry {
    pub id: String,
    pub name: String,
    pub network_type: Option<NetworkType>,
    pub detail: String,
}

/// What the first-run wizard collected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWorkspace {
    pub leader_name: String,
    pub name: String,
    pub network_type: NetworkType,
    pub start: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Brief,
    Pamphlet,
    /// The week-by-week plan as a document or a workbook.
    Plan,
    /// The co-driver finding aid as a worksheet, from the co-driver meeting.
    Worksheet,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    /// The meeting a brief or pamphlet is for; `None` for the plan.
    pub meeting_id: Option<String>,
    pub kind: ExportKind,
    pub format: PrintFormat,
    pub include_private: bool,
    pub path: PathBuf,
    /// Open the file in the system's default program once it is written.
    pub open: bool,
}

/// Work for the runner: things that need the disk or the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    CreateWorkspace(NewWorkspace),
    OpenWorkspace(String),
    RefreshWorkspaces,
    Export(ExportRequest),
    /// Open a written file in the system's default program; the terminal loop does it on a
    /// thread of its own (headless runs never open anything).
    OpenFile(PathBuf),
    /// Put a backup back as the workspace's file (the unreadable one is kept beside it).
    Restore {
        id: String,
        backup: mandat::store::Backup,
    },
    /// Put a rescue copy back as the workspace's file (the current file is kept beside it).
    UseRescue {
        id: String,
        rescue: mandat::store::Rescue,
    },
    Suspend,
}

#[derive(Debug)]
pub struct App {
    pub lang: Lang,
    /// The date every countdown and default date is measured from.
    pub today: NaiveDate,
    pub theme: Theme,
    pub content: Content,
    /// `None` until the first-run wizard has made one.
    pub workspace: Option<Workspace>,
    pub screen: Screen,
    pub help_open: bool,
    /// How far the help is scrolled down, in rows.
    pub help_scroll: u16,
    /// The furthest the help could scroll when it was last drawn (it depends on the window).
    pub help_max_scroll: std::cell::Cell<u16>,
    /// How many rows of the help were on screen when it was last drawn: a page.
    pub help_page: std::cell::Cell<u16>,
    pub message: Option<Message>,
    /// Why the newest changes are not saved (the store's own line); shown until a later save
    /// succeeds.
    pub save_problem: Option<String>,
    /// The unsaved-changes dialog, over everything else while it is open.
    pub dialog: Option<Unsaved>,
    pub running: bool,
    /// Goes up with every change to the workspace; the runner saves when it moves.
    pub revision: u64,
    pub effects: Vec<Effect>,
    pub workspaces: Vec<WorkspaceEntry>,
    /// Where documents go by default: the documents folder (`Documents/mandat`).
    pub export_dir: PathBuf,
}

impl App {
    pub fn new(
        content: Content,
        lang: Lang,
        today: NaiveDate,
        workspace: Option<Workspace>,
    ) -> App {
        let screen = match workspace {
            Some(_) => Screen::Dashboard(dashboard::State::default()),
            None => Screen::FirstRun(first_run::State::new(today)),
        };
        App {
            lang,
            today,
            theme: Theme::default(),
            content,
            workspace,
            screen,
            help_open: false,
            help_scroll: 0,
            help_max_scroll: std::cell::Cell::new(0),
            help_page: std::cell::Cell::new(10),
            message: None,
            save_problem: None,
            dialog: None,
            running: true,
            revision: 0,
            effects: Vec::new(),
            workspaces: Vec::new(),
            export_dir: PathBuf::from("exports"),
        }
    }

    /// Shows a workspace (after creating or switching), on the dashboard.
    pub fn open_workspace(&mut self, workspace: Workspace) {
        self.workspace = Some(workspace);
        self.screen = Screen::Dashboard(dashboard::State::default());
        self.help_open = false;
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            kind: MessageKind::Info,
            text: text.into(),
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            kind: MessageKind::Error,
            text: text.into(),
        });
    }

    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.workspace.as_ref()?.meeting(id)
    }

    /// Marks the workspace as changed, so the runner saves it.
    pub fn touch(&mut self) {
        self.revision += 1;
    }

    /// True while a text field has the keyboard: then `q` is a letter, not "quit".
    pub fn is_editing(&self) -> bool {
        self.screen.is_editing()
    }

    pub fn apply_handout(&mut self, meeting_id: &str, event: HandoutEvent) -> bool {
        let today = self.today;
        let lang = self.lang;
        let Some(meeting) = self
            .workspace
            .as_mut()
            .and_then(|w| w.meeting_mut(meeting_id))
        else {
            return false;
        };
        let ctx = HandoutContext {
            today,
            meeting_date: meeting.date,
        };
        match meeting.handout.apply(event, ctx) {
            Ok(next) => {
                meeting.handout = next;
                self.touch();
                true
            }
            Err(e) => {
                self.error(flow::handout_error(lang, &e));
                false
            }
        }
    }

    /// Applies a reflection event; the error is returned (not shown) so screens can react.
    pub fn apply_reflection(
        &mut self,
        meeting_id: &str,
        event: ReflectionEvent,
    ) -> Result<(), ReflectionError> {
        let Some(ws) = self.workspace.as_mut() else {
            return Err(ReflectionError::NoQuestions);
        };
        let ids: Vec<&str> = ws
            .questions(&self.content, meeting_id)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        let Some(meeting) = ws.meeting_mut(meeting_id) else {
            return Err(ReflectionError::NoQuestions);
        };
        let next = meeting.reflection.apply(event, &ids)?;
        if next != meeting.reflection {
            meeting.reflection = next;
            self.revision += 1;
        }
        Ok(())
    }

    pub fn apply_agreement(&mut self, meeting_id: &str, event: AgreementEvent) -> bool {
        let today = self.today;
        let lang = self.lang;
        let Some(meeting) = self
            .workspace
            .as_mut()
            .and_then(|w| w.meeting_mut(meeting_id))
        else {
            return false;
        };
        let ids: Vec<&str> = self
            .content
            .agreement(meeting.counterpart)
            .map(|t| t.fields.iter().map(|f| f.id.as_str()).collect())
            .unwrap_or_default();
        match meeting.agreement.apply(event, &ids, today) {
            Ok(next) => {
                if next != meeting.agreement {
                    meeting.agreement = next;
                    self.revision += 1;
                }
                true
            }
            Err(e) => {
                let text = flow::agreement_error(lang, &e);
                self.error(text);
                false
            }
        }
    }

    pub fn apply_plan(&mut self, event: PlanEvent) -> bool {
        let lang = self.lang;
        let Some(ws) = self.workspace.as_mut() else {
            return false;
        };
        match ws.plan.apply(event, &self.content.courses) {
            Ok(next) => {
                if next != ws.plan {
                    ws.plan = next;
                    self.revision += 1;
                }
                true
            }
            Err(e) => {
                let text = flow::plan_error(lang, &e);
                self.error(text);
                false
            }
        }
    }

    /// Sets a meeting's person name or date: plain data, no flow involved.
    pub fn edit_meeting(&mut self, meeting_id: &str, edit: impl FnOnce(&mut Meeting)) {
        if let Some(m) = self
            .workspace
            .as_mut()
            .and_then(|w| w.meeting_mut(meeting_id))
        {
            let before = m.clone();
            edit(m);
            if *m != before {
                self.revision += 1;
            }
        }
    }
}

/// ↑/↓, the page keys and Home/End scroll an open help that does not fit the window; returns
/// whether the action was one of them.
fn scroll_help(app: &mut App, action: &Action) -> bool {
    let max = app.help_max_scroll.get();
    // A page keeps one row of what was on screen, so the eye finds its place.
    let page = app.help_page.get().saturating_sub(1).max(1);
    app.help_scroll = match action {
        Action::Up => app.help_scroll.saturating_sub(1),
        Action::Down => app.help_scroll.saturating_add(1),
        Action::PageUp => app.help_scroll.saturating_sub(page),
        Action::PageDown => app.help_scroll.saturating_add(page),
        Action::Home => 0,
        Action::End => max,
        _ => return false,
    }
    .min(max);
    true
}

/// The one place an action changes the app.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => {
            app.running = false;
            return;
        }
        Action::Suspend => {
            app.effects.push(Effect::Suspend);
            return;
        }
        Action::ToggleHelp => {
            app.help_open = !app.help_open;
            app.help_scroll = 0;
            return;
        }
        _ => {}
    }
    if app.help_open && scroll_help(app, &action) {
        return;
    }
    if app.help_open {
        // Any other key closes the help first.
        app.help_open = false;
        if matches!(action, Action::Back | Action::Confirm) {
            return;
        }
    }
    // A message stays on screen until the next key.
    app.message = None;
    let mut screen = std::mem::take(&mut app.screen);
    let next = screen.update(app, action);
    app.screen = next.unwrap_or(screen);
}
