//! An app bound to the data folder: opening, creating and switching workspaces, saving within
//! a second of every change, and writing exports. Used by the terminal loop and, headless, by
//! the tests.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use ratatui::crossterm::event::Event;

use mandat::content::Content;
use mandat::export::{self, DocFormat, brief, pamphlet};
use mandat::model::Workspace;
use mandat::store::{Listed, Prepared, Store, StoreError, WorkspaceLock, WrittenTo};
use mandat::usecase::{self, Choice, CreateError, NewNetwork};
use mandat::vocab::Lang;

use super::TuiError;
use super::action::Action;
use super::action::Command;
use super::app::{
    App, Effect, ExportKind, ExportRequest, Intent, NewWorkspace, PrintFormat, Screen, Unsaved,
    WorkspaceEntry, update,
};
use super::documents;
use super::keys;
use super::screen::{help, recover, rescue};
use mandat::text::screen::{
    export as export_text, first_run, frame, recover as recover_text, rescue as rescue_text,
};

/// How long after a change the save waits, so a burst of typing is one save.
pub const SAVE_DELAY: Duration = Duration::from_millis(500);
/// Poll timeout when nothing is waiting to be saved.
pub const IDLE_POLL: Duration = Duration::from_secs(30);

pub struct Session {
    pub app: App,
    store: Store,
    lock: Option<WorkspaceLock>,
    saved_revision: u64,
    /// The revision last handed to the saver (saved, or being saved).
    sent_revision: u64,
    /// When the oldest change not yet handed to the saver was seen.
    dirty_since: Option<Instant>,
    saver: Saver,
    /// The rescue copy written from the unsaved-changes dialog, to name when the program ends.
    rescued: Option<PathBuf>,
    /// The leader chose, twice, to go on without the unsaved changes.
    discarded: bool,
    /// Where the leader is (screen, item, field, cursor) as last written to `state.json`, and
    /// since when the position on screen differs from it.
    position_written: Option<serde_json::Value>,
    position_moved_since: Option<Instant>,
    /// A written file being opened in the default program, and its answer when it comes.
    opening: Option<mpsc::Receiver<(PathBuf, Result<(), documents::OpenFailure>)>>,
}

/// How the session ended, for the terminal to report after it is restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// Everything is saved (or there was nothing to save).
    Saved,
    /// The leader chose to write a rescue copy in the dialog; the words are in it.
    RescuedByChoice(PathBuf),
    /// Saving failed on the way out and no dialog was possible, so a rescue copy holds the
    /// words: name it and end with a non-zero status.
    Rescued { path: PathBuf, why: String },
    /// Neither saving nor any rescue copy worked.
    Lost { why: String },
}

/// Saves on a thread of its own, so writing a large workspace never holds up typing. One save
/// at a time, in order; quitting, suspending and switching wait for it and save what is left.
struct Saver {
    jobs: mpsc::Sender<(u64, Prepared)>,
    done: mpsc::Receiver<(u64, Result<(), StoreError>)>,
    /// The revision being saved right now.
    in_flight: Option<u64>,
}

impl Saver {
    fn spawn(store: Store) -> Saver {
        let (jobs, job_rx) = mpsc::channel::<(u64, Prepared)>();
        let (done_tx, done) = mpsc::channel();
        std::thread::spawn(move || {
            for (revision, prepared) in job_rx {
                let result = store.save_prepared(prepared);
                if done_tx.send((revision, result)).is_err() {
                    break;
                }
            }
        });
        Saver {
            jobs,
            done,
            in_flight: None,
        }
    }
}

impl Session {
    /// Opens the chosen workspace, or the last used, or the newest; with none, the first-run
    /// wizard. A workspace another `mandat` has open is refused.
    pub fn start(
        store: Store,
        content: Content,
        lang: Lang,
        workspace: Option<String>,
        today: NaiveDate,
    ) -> Result<Session, TuiError> {
        // The one asked for, the one used last, or else the newest there is; none: the wizard.
        let id = match usecase::choose_workspace(&store, workspace.as_deref()) {
            Ok(Choice::Workspace(id)) => Some(id),
            Ok(Choice::Several(ids)) => ids.into_iter().next(),
            Ok(Choice::NoneYet) | Err(_) => None,
        };
        let mut recover = None;
        let mut notes = Vec::new();
        let (ws, lock) = match id {
            Some(id) => {
                let lock = store.lock(&id).map_err(|e| TuiError::store(&e, lang))?;
                match store.load_with_notes(&id) {
                    Ok((ws, load_notes)) => {
                        let _ = store.set_last_used(&id);
                        notes = load_notes;
                        (Some(ws), Some(lock))
                    }
                    // A damaged file: offer the newest good backup rather than just stopping.
                    Err(e) if e.is_unreadable_file() => {
                        let backup = store.last_good_backup(&id).ok().flatten();
                        recover = Some(recover::State {
                            id,
                            problem: e.message(lang),
                            backup,
                        });
                        (None, Some(lock))
                    }
                    Err(e) => return Err(TuiError::store(&e, lang)),
                }
            }
            None => (None, None),
        };
        let mut app = App::new(content, lang, today, ws);
        if let Some(state) = recover {
            app.screen = Screen::Recover(state);
        }
        app.export_dir = documents::documents_dir(None, Some(store.data_dir()));
        // Land where the leader left off: the screen, the item, the field and its cursor.
        let mut position_written = None;
        if let Some(id) = app.workspace.as_ref().map(|w| w.id.clone())
            && let Some(position) = store.position(&id)
        {
            if let Some(screen) = Screen::from_position(&app, &position) {
                app.screen = screen;
            }
            position_written = Some(position);
        }
        if let Some(ws) = &app.workspace
            && let Some(rescue) = store.newer_rescue(&ws.id)
        {
            app.screen = Screen::Rescue(rescue::State::new(&ws.id, rescue));
        }
        for note in &notes {
            app.info(note.message(lang));
        }
        Ok(Session {
            app,
            saver: Saver::spawn(store.clone()),
            store,
            lock,
            saved_revision: 0,
            sent_revision: 0,
            dirty_since: None,
            rescued: None,
            discarded: false,
            position_written,
            position_moved_since: None,
            opening: None,
        })
    }

    /// A terminal event: keys and pastes become actions.
    pub fn handle_event(&mut self, event: &Event, now: Instant) -> Vec<Effect> {
        // The help's scroll keys first: the shared key lookup closes the help on any key it
        // does not name.
        let action = help::action_for_event(&self.app, event)
            .or_else(|| keys::action_for_event(&self.app, event));
        match action {
            Some(action) => self.handle(action, now),
            None => Vec::new(),
        }
    }

    /// Applies an action and carries out its effects; returns those only the terminal can do.
    pub fn handle(&mut self, action: Action, now: Instant) -> Vec<Effect> {
        if self.app.dialog.is_some() {
            self.handle_dialog(action);
            self.note_changes(now);
            return Vec::new();
        }
        // Quitting with changes that cannot be saved opens the dialog instead of dropping them.
        if action == Action::Quit && !self.save_now() {
            self.open_dialog(Intent::Quit);
            return Vec::new();
        }
        update(&mut self.app, action);
        let mut left = Vec::new();
        for effect in std::mem::take(&mut self.app.effects) {
            match effect {
                Effect::CreateWorkspace(new) => self.create(new),
                Effect::OpenWorkspace(id) => self.switch(&id),
                Effect::RefreshWorkspaces => self.refresh_list(),
                Effect::Export(req) => left.extend(self.export(&req)),
                Effect::Restore { id, backup } => self.restore(&id, &backup),
                Effect::UseRescue { id, rescue } => self.use_rescue(&id, &rescue),
                other => left.push(other),
            }
        }
        self.note_changes(now);
        if !self.app.running {
            self.save_now();
        }
        left
    }

    /// Opens the unsaved-changes dialog for something the leader asked for.
    fn open_dialog(&mut self, intent: Intent) {
        let why = self.app.save_problem.clone().unwrap_or_default();
        self.app.help_open = false;
        self.app.dialog = Some(Unsaved {
            why,
            intent,
            confirm_discard: false,
        });
    }

    /// A key in the unsaved-changes dialog: try again, write a rescue copy, or (twice) go on
    /// without the changes; Esc closes the dialog and leaves everything as it was.
    fn handle_dialog(&mut self, action: Action) {
        let Some(dialog) = self.app.dialog.as_mut() else {
            return;
        };
        match action {
            Action::Command(Command::RetrySave) => {
                dialog.confirm_discard = false;
                if self.save_now() {
                    self.carry_out_dialog();
                } else if let Some(d) = self.app.dialog.as_mut() {
                    d.why = self.app.save_problem.clone().unwrap_or_default();
                }
            }
            Action::Command(Command::WriteRescue) => {
                dialog.confirm_discard = false;
                match self.write_rescue() {
                    Ok(path) => {
                        let lang = self.app.lang;
                        self.mark_saved();
                        self.app
                            .info(frame::rescued_to(lang, &path.display().to_string()));
                        self.rescued = Some(path);
                        self.carry_out_dialog();
                    }
                    Err(e) => {
                        let lang = self.app.lang;
                        if let Some(d) = self.app.dialog.as_mut() {
                            d.why = frame::rescue_failed(lang, &e.message(lang));
                        }
                    }
                }
            }
            Action::Command(Command::Discard) if dialog.confirm_discard => {
                self.mark_saved();
                self.discarded = true;
                self.carry_out_dialog();
            }
            Action::Command(Command::Discard) => dialog.confirm_discard = true,
            Action::Back => self.app.dialog = None,
            _ => {}
        }
    }

    /// Does what the leader asked for before the dialog came up.
    fn carry_out_dialog(&mut self) {
        let Some(dialog) = self.app.dialog.take() else {
            return;
        };
        match dialog.intent {
            Intent::Quit => self.app.running = false,
            Intent::Open(id) => self.switch_now(&id),
            Intent::Create(new) => self.create_now(new),
        }
    }

    /// The unsaved changes are safe elsewhere (or given up on purpose): nothing waits to be saved.
    fn mark_saved(&mut self) {
        self.finish_saving();
        self.saved_revision = self.app.revision;
        self.sent_revision = self.app.revision;
        self.dirty_since = None;
    }

    /// Writes the whole workspace as a rescue copy where it can (see `Store::write_rescue`).
    fn write_rescue(&mut self) -> Result<PathBuf, StoreError> {
        match self.app.workspace.as_ref() {
            Some(ws) => self.store.write_rescue(ws, Utc::now()),
            None => Err(StoreError::NoDataDir),
        }
    }

    /// Before the program is suspended: save, or keep a rescue copy of what cannot be saved
    /// (the unsaved changes stay in the program too, and are saved once the disk allows).
    pub fn save_or_rescue(&mut self) {
        if !self.save_now()
            && let Ok(path) = self.write_rescue()
        {
            let lang = self.app.lang;
            self.app
                .info(frame::rescued_to(lang, &path.display().to_string()));
        }
    }

    /// Saves on the way out; when that fails, writes a rescue copy instead. Used when the
    /// program ends without a dialog: a signal, the window closing, a panic, or after `q`.
    pub fn finish(&mut self) -> Ending {
        self.write_position();
        if self.discarded {
            return Ending::Saved;
        }
        if self.save_now() {
            return match self.rescued.take() {
                Some(path) => Ending::RescuedByChoice(path),
                None => Ending::Saved,
            };
        }
        let lang = self.app.lang;
        let why = self.app.save_problem.clone().unwrap_or_default();
        match self.write_rescue() {
            Ok(path) => {
                self.mark_saved();
                Ending::Rescued { path, why }
            }
            Err(e) => Ending::Lost {
                why: frame::rescue_failed(lang, &e.message(lang)),
            },
        }
    }

    fn note_changes(&mut self, now: Instant) {
        if self.app.revision != self.sent_revision && self.dirty_since.is_none() {
            self.dirty_since = Some(now);
        }
        if self.position_moved_since.is_none() && self.position() != self.position_written {
            self.position_moved_since = Some(now);
        }
    }

    /// Where the leader is now, in the open workspace.
    fn position(&self) -> Option<serde_json::Value> {
        self.app.workspace.as_ref()?;
        self.app.screen.position(&self.app)
    }

    /// Writes where the leader is, so the next start lands there (best effort: a position that
    /// cannot be written costs nothing but the landing).
    pub fn write_position(&mut self) {
        self.position_moved_since = None;
        let Some(id) = self.app.workspace.as_ref().map(|w| w.id.clone()) else {
            return;
        };
        let Some(position) = self.position() else {
            return;
        };
        if Some(&position) != self.position_written.as_ref()
            && self.store.set_position(&id, &position).is_ok()
        {
            self.position_written = Some(position);
        }
    }

    /// How long the loop may wait for a key before a save is due (or a save's result should be
    /// collected).
    pub fn poll_timeout(&self, now: Instant) -> Duration {
        let earliest = match (self.dirty_since, self.position_moved_since) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let due = match earliest {
            Some(since) => (since + SAVE_DELAY).saturating_duration_since(now),
            None => IDLE_POLL,
        };
        if self.saver.in_flight.is_some() || self.opening.is_some() {
            due.min(Duration::from_millis(50))
        } else {
            due
        }
    }

    /// Hands the workspace to the saver once the oldest unsaved change is old enough, and
    /// collects the saver's answer. Returns whether something the screen shows may have
    /// changed (a failed save shows a message).
    pub fn tick(&mut self, now: Instant) -> bool {
        let collected = self.collect_save(false) | self.collect_opening();
        self.note_changes(now);
        if self
            .position_moved_since
            .is_some_and(|since| now.saturating_duration_since(since) >= SAVE_DELAY)
        {
            self.write_position();
        }
        let due = self
            .dirty_since
            .is_some_and(|since| now.saturating_duration_since(since) >= SAVE_DELAY);
        if due && self.saver.in_flight.is_none() {
            self.start_save(now);
            return true;
        }
        collected
    }

    fn start_save(&mut self, now: Instant) {
        self.dirty_since = None;
        let revision = self.app.revision;
        let Some(ws) = self.app.workspace.as_mut() else {
            self.saved_revision = revision;
            self.sent_revision = revision;
            return;
        };
        ws.updated_at = Utc::now();
        // The bytes are made here (no copy of the workspace is kept); checking, the backup and
        // writing with its fsyncs happen on the saver thread while typing goes on.
        let prepared = match self.store.prepare(ws) {
            Ok(prepared) => prepared,
            Err(e) => {
                self.save_failed(&e);
                self.dirty_since = Some(now + Duration::from_secs(2));
                return;
            }
        };
        if self.saver.jobs.send((revision, prepared)).is_ok() {
            self.saver.in_flight = Some(revision);
            self.sent_revision = revision;
        } else if !self.save_now() {
            self.dirty_since = Some(now + Duration::from_secs(2));
        }
    }

    /// Takes the saver's answer, waiting for it when `wait` is true. Returns whether there was
    /// one.
    fn collect_save(&mut self, wait: bool) -> bool {
        if self.saver.in_flight.is_none() {
            return false;
        }
        let answer = if wait {
            self.saver.done.recv().map_err(|_| ())
        } else {
            match self.saver.done.try_recv() {
                Ok(answer) => Ok(answer),
                Err(mpsc::TryRecvError::Empty) => return false,
                Err(mpsc::TryRecvError::Disconnected) => Err(()),
            }
        };
        self.saver.in_flight = None;
        match answer {
            Ok((saved, Ok(()))) => {
                self.saved_revision = self.saved_revision.max(saved);
                self.app.save_problem = None;
            }
            Ok((_, Err(e))) => {
                self.save_failed(&e);
                // Try again a little later rather than on every turn.
                self.sent_revision = self.saved_revision;
                self.dirty_since = Some(Instant::now() + Duration::from_secs(2));
            }
            // The saver is gone (it cannot be, short of a bug): the next save happens here.
            Err(()) => self.sent_revision = self.saved_revision,
        }
        true
    }

    /// Waits for a save under way to finish; tests and the quitting paths use it.
    pub fn finish_saving(&mut self) {
        self.collect_save(true);
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.app.revision != self.saved_revision
    }

    /// Saves now, on this thread, if anything changed (after any save under way); returns false
    /// when saving failed (the message says why). Used on quit, suspend, switching and panics.
    pub fn save_now(&mut self) -> bool {
        self.finish_saving();
        if !self.has_unsaved_changes() {
            self.dirty_since = None;
            return true;
        }
        let Some(ws) = self.app.workspace.as_mut() else {
            self.saved_revision = self.app.revision;
            self.sent_revision = self.app.revision;
            self.dirty_since = None;
            return true;
        };
        ws.updated_at = Utc::now();
        match self.store.save(ws) {
            Ok(()) => {
                self.saved_revision = self.app.revision;
                self.sent_revision = self.app.revision;
                self.dirty_since = None;
                self.app.save_problem = None;
                true
            }
            Err(e) => {
                self.save_failed(&e);
                false
            }
        }
    }

    /// Shows why the save failed until a later save succeeds.
    fn save_failed(&mut self, e: &StoreError) {
        let lang = self.app.lang;
        self.app.save_problem = Some(e.message(lang));
    }

    /// Creates a network; unsaved changes to the one open now are saved first, or the dialog
    /// asks what to do with them.
    fn create(&mut self, new: NewWorkspace) {
        if !self.save_now() {
            return self.open_dialog(Intent::Create(new));
        }
        self.create_now(new);
    }

    fn create_now(&mut self, new: NewWorkspace) {
        let lang = self.app.lang;
        let network = NewNetwork {
            name: new.name,
            network_type: new.network_type,
            start: new.start,
            leader: new.leader_name,
        };
        let ws = match usecase::create_network(&self.store, &self.app.content, network, Utc::now())
        {
            Ok(ws) => ws,
            Err(CreateError::NoCourse(_)) => {
                return self.app.error(first_run::NO_COURSE.get(lang));
            }
            Err(CreateError::EmptyName) => {
                return self.app.error(first_run::NEED_THEME.get(lang));
            }
            Err(CreateError::Store(e)) => return self.app.error(e.message(lang)),
        };
        match self.store.lock(&ws.id) {
            Ok(lock) => self.lock = Some(lock),
            Err(e) => return self.app.error(e.message(lang)),
        }
        self.saved_revision = self.app.revision;
        self.sent_revision = self.app.revision;
        self.app.open_workspace(ws);
    }

    /// Switches to another network; unsaved changes are saved first, or the dialog asks.
    fn switch(&mut self, id: &str) {
        if self.app.workspace.as_ref().is_some_and(|w| w.id == id) {
            self.app.screen = Screen::default();
            return;
        }
        if !self.save_now() {
            return self.open_dialog(Intent::Open(id.to_string()));
        }
        self.switch_now(id);
    }

    fn switch_now(&mut self, id: &str) {
        let lang = self.app.lang;
        self.write_position();
        let lock = match self.store.lock(id) {
            Ok(lock) => lock,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let ws = match self.store.load(id) {
            Ok(ws) => ws,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let _ = self.store.set_last_used(id);
        self.lock = Some(lock);
        self.saved_revision = self.app.revision;
        self.sent_revision = self.app.revision;
        self.dirty_since = None;
        self.app.open_workspace(ws);
        self.position_written = self.store.position(id);
        if let Some(screen) = self
            .position_written
            .as_ref()
            .and_then(|p| Screen::from_position(&self.app, p))
        {
            self.app.screen = screen;
        }
    }

    /// Puts a backup back (the unreadable file is kept beside it) and opens the workspace.
    fn restore(&mut self, id: &str, backup: &mandat::store::Backup) {
        let lang = self.app.lang;
        let kept = match self.store.restore_at(id, backup, Utc::now()) {
            Ok(kept) => kept,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let ws = match self.store.load(id) {
            Ok(ws) => ws,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let _ = self.store.set_last_used(id);
        self.saved_revision = self.app.revision;
        self.sent_revision = self.app.revision;
        self.dirty_since = None;
        self.app.open_workspace(ws);
        if let Some(kept) = kept {
            self.app
                .info(recover_text::restored(lang, &kept.display().to_string()));
        }
    }

    /// Puts a rescue copy back (the current file is kept beside it) and opens the workspace.
    fn use_rescue(&mut self, id: &str, rescue: &mandat::store::Rescue) {
        let lang = self.app.lang;
        let kept = match self.store.restore_rescue(id, rescue, Utc::now()) {
            Ok(kept) => kept,
            Err(e) => return self.app.error(e.message(lang)),
        };
        let ws = match self.store.load(id) {
            Ok(ws) => ws,
            Err(e) => return self.app.error(e.message(lang)),
        };
        self.mark_saved();
        self.app.open_workspace(ws);
        if let Some(kept) = kept {
            self.app
                .info(rescue_text::used(lang, &kept.display().to_string()));
        }
    }

    fn refresh_list(&mut self) {
        let lang = self.app.lang;
        match self.store.list() {
            Ok(list) => {
                self.app.workspaces = list
                    .into_iter()
                    .map(|l| match l {
                        Listed::Ok(w) => WorkspaceEntry {
                            detail: format!(
                                "{} · {}",
                                mandat::text::common::network_type(lang, w.network_type),
                                w.leader_name
                            ),
                            id: w.id,
                            name: w.name,
                            network_type: Some(w.network_type),
                        },
                        Listed::Broken { path, error } => WorkspaceEntry {
                            id: String::new(),
                            name: file_name(&path),
                            network_type: None,
                            detail: error.message(lang),
                        },
                    })
                    .collect();
            }
            Err(e) => self.app.error(e.message(lang)),
        }
    }

    /// Writes a brief, pamphlet or plan the print screen asked for, into the documents folder
    /// unless another path was typed, and names the full path. Returns the effect that opens
    /// the file when that was asked for too.
    fn export(&mut self, req: &ExportRequest) -> Option<Effect> {
        let lang = self.app.lang;
        let shown = std::path::absolute(&req.path)
            .unwrap_or_else(|_| req.path.clone())
            .display()
            .to_string();
        let bytes = match self.render_export(req) {
            Ok(bytes) => bytes?,
            Err(e) => {
                self.app.error(e);
                return None;
            }
        };
        match self.store.write_document(&req.path, &bytes) {
            Ok(WrittenTo::File(path)) if req.open => {
                self.app.info(export_text::written_to(lang, &shown));
                Some(Effect::OpenFile(path))
            }
            Ok(_) => {
                self.app.info(export_text::written_to(lang, &shown));
                None
            }
            Err(e) => {
                self.app
                    .error(export_text::failed(lang, &shown, &e.message(lang)));
                None
            }
        }
    }

    /// The bytes of what the print screen asked for; `Ok(None)` when there is nothing to write
    /// (no workspace). Writing the pamphlet records it as prepared.
    fn render_export(&mut self, req: &ExportRequest) -> Result<Option<Vec<u8>>, String> {
        let lang = self.app.lang;
        let today = self.app.today;
        let Some(ws) = self.app.workspace.as_mut() else {
            return Ok(None);
        };
        // A brief or pamphlet is a document; only the plan is also a workbook.
        let doc_format = match req.format {
            PrintFormat::Doc(f) => f,
            PrintFormat::Xlsx => DocFormat::Html,
        };
        let meeting_id = req.meeting_id.as_deref().unwrap_or("");
        let before = ws.clone();
        let rendered = match req.kind {
            ExportKind::Brief => brief::render(
                ws,
                meeting_id,
                &self.app.content,
                lang,
                doc_format,
                today,
                req.include_private,
            )
            .map(String::into_bytes)
            .map_err(|e| e.message(lang)),
            ExportKind::Pamphlet => {
                pamphlet::generate(ws, meeting_id, &self.app.content, lang, doc_format, today)
                    .map(String::into_bytes)
                    .map_err(|e| e.message(lang))
            }
            ExportKind::Plan => plan_file(ws, &self.app.content, lang, today, req.format),
            ExportKind::Worksheet => {
                Ok(export::codriver::render(ws, &self.app.content, lang, doc_format).into_bytes())
            }
        };
        if *ws != before {
            self.app.touch();
        }
        rendered.map(Some)
    }

    /// Opens a written file in the system's default program on a thread of its own, so the
    /// program never waits for it; [`Session::tick`] reports a failure.
    pub fn open_file(&mut self, path: PathBuf) {
        let (tx, rx) = mpsc::channel();
        let shown = path.display().to_string();
        std::thread::spawn(move || {
            let result = documents::open_file(&path);
            let _ = tx.send((path, result));
        });
        self.opening = Some(rx);
        self.app
            .info(mandat::text::files::opening(self.app.lang, &shown));
    }

    /// The answer of a file being opened, once it has come: whether the screen changed.
    fn collect_opening(&mut self) -> bool {
        let Some(rx) = &self.opening else {
            return false;
        };
        match rx.try_recv() {
            Ok((path, result)) => {
                self.opening = None;
                if let Err(e) = result {
                    // The command line's sentence, as a line of its own on screen.
                    let line = e.message(self.app.lang, &path);
                    self.app.error(mandat::text::common::capitalise(&line));
                }
                true
            }
            Err(mpsc::TryRecvError::Empty) => false,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.opening = None;
                false
            }
        }
    }
}

/// The week-by-week plan as the print screen writes it: a document, or the workbook with the
/// hours used beside the planned ones once the time log has entries.
fn plan_file(
    ws: &Workspace,
    content: &Content,
    lang: Lang,
    today: NaiveDate,
    format: PrintFormat,
) -> Result<Vec<u8>, String> {
    let plan = ws
        .plan_weeks(content)
        .map_err(|_| mandat::text::screen::plan::NO_COURSE.get(lang).to_string())?;
    let Some(course) = content.course(&plan.course_id) else {
        return Err(mandat::text::screen::plan::NO_COURSE.get(lang).to_string());
    };
    match format {
        PrintFormat::Doc(f) => Ok(export::render(
            &export::plan::document(&plan, course, content, lang),
            f,
        )
        .into_bytes()),
        PrintFormat::Xlsx => {
            let usage = (!ws.time_log.is_empty()).then(|| {
                mandat::planner::usage::compare(
                    &plan,
                    &ws.time_log,
                    today,
                    ws.plan.settings.ceiling_hours,
                )
            });
            export::xlsx::workbook(&plan, course, content, usage.as_ref(), lang)
                .map_err(|e| e.message(lang))
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl TuiError {
    pub(crate) fn store(e: &StoreError, lang: Lang) -> TuiError {
        TuiError(e.message(lang))
    }
}
