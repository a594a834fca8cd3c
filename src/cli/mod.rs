//! The command line: `args` defines it in the user's language, `values` reads its values,
//! `usage` says what is wrong with it, and `commands` does the work and reports one line on
//! failure.

mod args;
pub mod commands;
mod follow;
mod usage;
mod values;

use std::process::ExitCode;

use clap::error::ErrorKind;

use args::Action;
use commands::{Context, Failure};
use mandat::text::cli as t;

pub fn main() -> ExitCode {
    let lang = usage::early_lang();
    let matches = match args::command(lang).try_get_matches() {
        Ok(matches) => matches,
        Err(err) if is_display(&err) => {
            // Help and the version: what the person asked for, so success.
            let _ = err.print();
            return ExitCode::SUCCESS;
        }
        Err(err) => return usage_failure(&usage::usage_error(&err, lang)),
    };
    let ctx = args::context(&matches);
    let Some(action) = args::action(&matches) else {
        return usage_failure(t::NOT_UNDERSTOOD.get(lang));
    };
    match run(&ctx, action) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { message, code }) => {
            eprintln!("mandat: {message}");
            ExitCode::from(code)
        }
    }
}

fn is_display(err: &clap::Error) -> bool {
    matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// A usage error: one line, exit status 2 (SPEC §5).
fn usage_failure(message: &str) -> ExitCode {
    eprintln!("mandat: {message}");
    ExitCode::from(2)
}

fn run(ctx: &Context, action: Action) -> commands::Result<()> {
    match action {
        // Plain mode replaces only the full-screen program; commands are never affected.
        Action::Tui if crate::plain::wanted(ctx.plain) => commands::open_plain(ctx),
        Action::Tui => commands::open_tui(ctx),
        Action::New {
            name,
            network_type,
            start,
            leader,
        } => commands::new(ctx, &name, network_type, start, leader.as_deref()),
        Action::List => commands::list(ctx),
        Action::Plan {
            source,
            format,
            output,
            open,
        } => commands::plan(ctx, source, format, output.as_deref(), open),
        Action::Summary {
            meeting,
            format,
            to,
            include_private,
            open,
        } => commands::summary(ctx, &meeting, format, to, include_private, open),
        Action::Pamphlet {
            counterpart,
            format,
            to,
            open,
        } => commands::pamphlet(ctx, counterpart, format, to, open),
        Action::Codriver { format, to, open } => commands::codriver(ctx, format, to, open),
        Action::ContentCheck { dir } => commands::content_check(ctx, dir.as_deref()),
        Action::ContentExport { dir } => commands::content_export(ctx, &dir),
        Action::Paths => commands::paths(ctx),
        Action::Restore { which } => commands::restore(ctx, which.as_deref()),
        Action::Log { change: None } => follow::list_log(ctx),
        Action::Log {
            change: Some(change),
        } => follow::change_log(ctx, change),
        Action::Report {
            format,
            output,
            until,
            open,
        } => follow::report(ctx, format, output.as_deref(), until, open),
    }
}
