//! Plain mode: the whole terminal program as a conversation in the scrollback, for screen
//! readers (NVDA, JAWS, VoiceOver, Orca), simple terminals and scripts. No alternate screen, no
//! cursor movement, no colour, no redraw: each step says where the leader is and what is asked
//! in a sentence, then reads one line from standard input (the contract is in [`ask`]).
//!
//! The steps drive the same library as the full-screen program: the same state machines with
//! the same events, the same use cases, the same lock, and the same rescue copies when a save
//! fails. Every change is saved at once ([`session`]). One module per part of the program:
//! `dashboard`, `meeting`, `handout`, `reflection`, `agreement`, `plan`, `timelog`, `codriver`,
//! `print` and `networks`; `start` opens a network or asks the first run's questions.
//!
//! Plain mode replaces only the full-screen program (no command given); every command works
//! as before.

mod agreement;
mod ask;
mod codriver;
mod console;
mod dashboard;
mod handout;
mod meeting;
mod networks;
mod plan;
mod print;
mod reflection;
mod session;
mod speak;
mod start;
mod timelog;

use std::io::IsTerminal;

use mandat::content::Content;
use mandat::store::Store;
use mandat::text::plain::start as t;
use mandat::text::screen::frame;
use mandat::vocab::Lang;

use console::{Console, Stoppable};
use session::{Ctx, Ending, Plain};

/// What the command line hands plain mode.
pub struct PlainOptions {
    pub store: Store,
    pub content: Content,
    pub lang: Lang,
    /// `--workspace ID`; otherwise the last used.
    pub workspace: Option<String>,
    /// `--documents DIR` or `MANDAT_DOCUMENTS_DIR`: where documents go unless another path is
    /// typed.
    pub documents: Option<std::path::PathBuf>,
}

/// Whether the program without a command should be plain: asked for (`--plain`,
/// `MANDAT_PLAIN`, `ACCESSIBLE`), or a terminal that cannot show the full-screen program
/// (`TERM=dumb`), or input that is not a terminal at all (a file or a pipe).
pub fn wanted(flag: bool) -> bool {
    flag || env_says_yes("ACCESSIBLE")
        || std::env::var_os("TERM").is_some_and(|t| t == "dumb")
        || !std::io::stdin().is_terminal()
}

/// An environment variable that is set to anything but an empty value or a "no".
fn env_says_yes(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| {
        let v = v.trim().to_lowercase();
        !matches!(v.as_str(), "" | "0" | "false" | "no" | "n" | "off" | "nej")
    })
}

/// Runs the conversation until the leader quits or the input ends. Everything is saved on the
/// way out, or else written to a rescue copy; the error is one line for `mandat: …`.
pub fn run(options: PlainOptions) -> Result<(), String> {
    let lang = options.lang;
    let echo = !std::io::stdin().is_terminal();
    // SIGTERM, SIGHUP (the window closed) and Ctrl+C end the conversation like the end of
    // input: what was typed is kept and saved before the program exits.
    let signals = crate::signals::Signals::register();
    let input = Stoppable::new(std::io::stdin(), move || signals.should_stop());
    let io = Console::new(Box::new(input), Box::new(std::io::stdout()), echo, lang);
    let documents = crate::tui::documents::documents_dir(
        options.documents.as_deref(),
        Some(options.store.data_dir()),
    );
    let mut plain = Plain {
        io,
        ctx: Ctx {
            lang,
            content: options.content,
            store: options.store,
            today: mandat::dates::today(),
            documents,
        },
    };
    plain.io.say(t::WELCOME.get(lang));
    plain.io.help();
    let Some(mut session) = start::open(plain, options.workspace.as_deref())? else {
        println!("{}", t::NOTHING_CREATED.get(lang));
        return Ok(());
    };
    // Going back from the overview is not possible and quitting ends here; either way the
    // conversation is over, and what follows only makes sure every word is kept.
    let _ = dashboard::run(&mut session);
    let ending = session.finish();
    let path = |p: &std::path::Path| p.display().to_string();
    match ending {
        Ending::Saved => {
            println!("{}", t::GOODBYE.get(lang));
            Ok(())
        }
        Ending::RescuedByChoice(p) => {
            println!("{}", frame::exit_rescued_by_choice(lang, &path(&p)));
            Ok(())
        }
        Ending::Rescued { path: p, why } => Err(frame::exit_rescued(lang, &why, &path(&p))),
        Ending::Lost { why } => Err(frame::exit_lost(lang, &why)),
    }
}
