//! The terminal wizard. Only maps keys to library events and library state to widgets.
//!
//! `app` holds the state and `update`; `keys` binds keys to actions through each screen's key
//! tables; `screen/` has one module per screen; `render` draws the frame; `session` binds the app to the data folder and
//! saves; this file owns the terminal: set-up, restore on every exit, signals and suspend.

mod action;
mod app;
pub mod documents;
mod editor;
mod keys;
mod render;
mod screen;
mod session;
mod theme;
mod widgets;

#[cfg(test)]
mod tests;

use std::fmt;
use std::io::{self, Stdout};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub use app::Effect;
pub use session::{Ending, Session};
pub use theme::Theme;

use mandat::content::Content;
use mandat::store::Store;
use mandat::text::screen::frame;
use mandat::vocab::Lang;

/// What the binary hands the TUI.
pub struct TuiOptions {
    pub store: Store,
    pub content: Content,
    pub lang: Lang,
    /// `--workspace ID`; otherwise the last used.
    pub workspace: Option<String>,
    /// `--documents DIR` or `MANDAT_DOCUMENTS_DIR`: where the print screen writes.
    pub documents: Option<std::path::PathBuf>,
}

/// Why the TUI could not run or had to stop; one readable line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TuiError(pub String);

impl fmt::Display for TuiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TuiError {}

impl TuiError {
    fn terminal(e: &io::Error, lang: Lang) -> TuiError {
        TuiError(mandat::text::screen::frame::terminal_failed(
            lang,
            &e.to_string(),
        ))
    }
}

/// How often an idle program checks whether the date has changed.
const DAY_CHECK: Duration = Duration::from_secs(60);

/// While signals may arrive, the loop looks at their flags at least this often.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// Runs the TUI until the user quits. The workspace is saved on every way out, and the
/// terminal is restored even on a panic.
pub fn run(options: TuiOptions) -> Result<(), TuiError> {
    let lang = options.lang;
    let mut session = Session::start(
        options.store,
        options.content,
        lang,
        options.workspace,
        mandat::dates::today(),
    )?;
    session.app.theme = Theme::from_env();
    if let Some(dir) = options.documents {
        session.app.export_dir = dir;
    }
    install_panic_hook();
    let signals = crate::signals::Signals::register();
    let mut terminal = setup_terminal().map_err(|e| TuiError::terminal(&e, lang))?;
    // A panic unwinds to here with the session intact, so the work is saved like on any other
    // way out, without keeping a copy of the workspace on every key press.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        event_loop(&mut session, &mut terminal, &signals)
    }));
    // Saved, or else written to a rescue copy: every way out keeps the words.
    let ending = session.finish();
    restore_terminal();
    let path = |p: &std::path::Path| p.display().to_string();
    match ending {
        Ending::Saved => {}
        Ending::RescuedByChoice(p) => {
            println!("{}", frame::exit_rescued_by_choice(lang, &path(&p)))
        }
        Ending::Rescued { path: p, why } => {
            return Err(TuiError(frame::exit_rescued(lang, &why, &path(&p))));
        }
        Ending::Lost { why } => return Err(TuiError(frame::exit_lost(lang, &why))),
    }
    match result {
        Ok(result) => result.map_err(|e| TuiError::terminal(&e, lang)),
        Err(_) => Err(TuiError(frame::INTERNAL_ERROR.get(lang).to_string())),
    }
}

fn event_loop(
    session: &mut Session,
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    signals: &crate::signals::Signals,
) -> io::Result<()> {
    let events = spawn_event_reader();
    // Drawn only when something may have changed, so an idle program does no work.
    let mut redraw = true;
    let mut day_checked = Instant::now();
    while session.app.running {
        if redraw {
            session.app.today = mandat::dates::today();
            terminal.draw(|frame| frame.render_widget(&session.app, frame.area()))?;
            redraw = false;
        }
        let now = Instant::now();
        let mut timeout = session.poll_timeout(now);
        if signals.active() {
            timeout = timeout.min(SIGNAL_CHECK);
        }
        match events.recv_timeout(timeout) {
            Ok(Ok(first)) => {
                // Take everything already waiting (a fast typist, a paste) before redrawing.
                let mut pending = vec![first];
                while let Ok(Ok(ev)) = events.try_recv() {
                    pending.push(ev);
                }
                redraw = true;
                for ev in pending {
                    for effect in session.handle_event(&ev, Instant::now()) {
                        if let Effect::OpenFile(path) = effect {
                            session.open_file(path);
                        } else if effect == Effect::Suspend {
                            // A suspended program may never come back (it can be killed
                            // without a word); what cannot be saved goes to a rescue copy.
                            session.save_or_rescue();
                            suspend(terminal)?;
                        }
                    }
                }
            }
            Ok(Err(e)) => return Err(e),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("input closed"));
            }
        }
        if signals.should_stop() {
            break;
        }
        redraw |= session.tick(Instant::now());
        // Countdowns change at midnight even when nobody types.
        if day_checked.elapsed() >= DAY_CHECK {
            day_checked = Instant::now();
            redraw |= mandat::dates::today() != session.app.today;
        }
    }
    Ok(())
}

/// Reads terminal events on their own thread. When the terminal goes away, crossterm's read
/// can spin without returning; with the reading elsewhere, the loop still sees SIGHUP, saves
/// and exits (which ends this thread too).
fn spawn_event_reader() -> mpsc::Receiver<io::Result<event::Event>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(ev).is_err() || failed {
                break;
            }
        }
    });
    rx
}

fn setup_terminal() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    if let Err(e) = execute!(stdout, EnterAlternateScreen, EnableBracketedPaste) {
        restore_terminal();
        return Err(e);
    }
    // A fresh terminal has empty buffers, so the first draw paints every cell. (Its `clear()`
    // asks the terminal for the cursor position, which the event thread would swallow.)
    execute!(stdout, Clear(ClearType::All))?;
    Terminal::new(CrosstermBackend::new(stdout))
}

/// Puts the terminal back the way the shell had it. Safe to call more than once.
fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// Ctrl+Z: hand the terminal back to the shell and stop; carry on after `fg`.
#[cfg(unix)]
fn suspend(terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> io::Result<()> {
    restore_terminal();
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    // Execution resumes here after SIGCONT.
    *terminal = setup_terminal()?;
    Ok(())
}

/// Without job control the work is saved and the program simply goes on.
#[cfg(not(unix))]
fn suspend(_terminal: &mut Terminal<CrosstermBackend<Stdout>>) -> io::Result<()> {
    Ok(())
}
