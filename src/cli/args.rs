//! The shape of the command line (SPEC §5), built with clap's builder so that every word of
//! `--help` comes from the text catalogue in the user's language. Clap's own English —
//! "Usage:", "Options:", "Commands:", "Print help" — is replaced too: each command gets a help
//! template with the catalogue's usage heading and usage line, every argument a catalogue
//! heading, and `-h/--help` and `-V/--version` are our own flags with catalogue help. Defaults,
//! environment variables and choices are said in the help text rather than in clap's
//! "[default: …]" brackets.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command, value_parser};

use mandat::export::DocFormat;
use mandat::export::report::ReportFormat;
use mandat::planner::usage::IsoWeek;
use mandat::text::Msg;
use mandat::text::cli::help as h;
use mandat::text::files as files_help;
use mandat::vocab::{Counterpart, Lang, NetworkType};

use super::commands::{Context, Destination, MeetingChoice, PlanFormat, PlanSource, SummaryFormat};
use super::follow::LogChange;
use super::values::{self, DOC_FORMATS, PLAN_FORMATS, REPORT_FORMATS, SUMMARY_FORMATS};

/// The argument ids, so that defining and reading cannot drift apart.
mod id {
    pub const DATA_DIR: &str = "data-dir";
    pub const CONTENT: &str = "content";
    pub const LANG: &str = "lang";
    pub const WORKSPACE: &str = "workspace";
    pub const FILE: &str = "file";
    pub const PLAIN: &str = "plain";
    pub const HELP: &str = "help";
    pub const VERSION: &str = "version";
    pub const NAME: &str = "name";
    pub const TYPE: &str = "type";
    pub const START: &str = "start";
    pub const LEADER: &str = "leader";
    pub const FORMAT: &str = "format";
    pub const OUTPUT: &str = "output";
    pub const COURSE: &str = "course";
    pub const HOURS: &str = "hours";
    pub const MEETING: &str = "meeting";
    pub const INCLUDE_PRIVATE: &str = "include-private";
    pub const PRINT: &str = "print";
    pub const FOR: &str = "for";
    pub const DIR: &str = "dir";
    pub const WHICH: &str = "which";
    pub const WEEK: &str = "week";
    pub const SECRETARIAT: &str = "sekretariat";
    pub const NOTE: &str = "note";
    pub const CLEAR: &str = "clear";
    pub const CHANGE: &str = "change";
    pub const UNTIL: &str = "until";
    pub const OPEN: &str = "open";
    pub const DOCUMENTS: &str = "documents";
}

/// The environment variable that names the documents folder (also `--documents DIR`).
const DOCUMENTS_ENV: &str = "MANDAT_DOCUMENTS_DIR";

/// The global options come after each command's own in its help.
const GLOBAL_ORDER: usize = 100;

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// No command: the terminal program.
    Tui,
    New {
        name: String,
        network_type: NetworkType,
        start: Option<NaiveDate>,
        leader: Option<String>,
    },
    List,
    Plan {
        source: PlanSource,
        format: PlanFormat,
        output: Option<PathBuf>,
        open: bool,
    },
    Summary {
        meeting: MeetingChoice,
        format: SummaryFormat,
        to: Destination,
        include_private: bool,
        open: bool,
    },
    Pamphlet {
        counterpart: Counterpart,
        format: DocFormat,
        to: Destination,
        open: bool,
    },
    /// The co-driver finding aid as a worksheet.
    Codriver {
        format: DocFormat,
        to: Destination,
        open: bool,
    },
    ContentCheck {
        dir: Option<PathBuf>,
    },
    ContentExport {
        dir: PathBuf,
    },
    Paths,
    Restore {
        which: Option<String>,
    },
    /// `log`: list the time log (no change) or record or clear a week.
    Log {
        change: Option<LogChange>,
    },
    Report {
        format: ReportFormat,
        output: Option<PathBuf>,
        until: Option<NaiveDate>,
        open: bool,
    },
}

/// The whole command line, in `lang`.
pub fn command(lang: Lang) -> Command {
    let root = base(Command::new("mandat"), lang, h::ABOUT, h::USAGE_MANDAT)
        .version(env!("CARGO_PKG_VERSION"))
        .max_term_width(100)
        .args(globals(lang));
    root.subcommands([
        new(lang),
        base(Command::new("list"), lang, h::LIST, h::USAGE_LIST),
        plan(lang),
        summary(lang),
        pamphlet(lang),
        codriver(lang),
        log(lang),
        report(lang),
        content(lang),
        base(Command::new("paths"), lang, h::PATHS, h::USAGE_PATHS),
        restore(lang),
    ])
}

/// What every command shares: its about line, a usage line and headings in `lang`, and no
/// flag or subcommand clap would add in English.
fn base(cmd: Command, lang: Lang, about: Msg, usage: Msg) -> Command {
    let style = *cmd.get_styles().get_usage();
    let template = format!(
        "{{about-with-newline}}\n{style}{heading}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        heading = h::USAGE.get(lang)
    );
    cmd.about(about.get(lang))
        .override_usage(usage.get(lang))
        .help_template(template)
        .subcommand_help_heading(h::COMMANDS.get(lang))
        .next_help_heading(h::OPTIONS.get(lang))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
}

/// An option taking a value, with its help and placeholder in the user's language.
fn option(name: &'static str, help: impl Into<String>, value: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .help(help.into())
        .value_name(value)
        .action(ArgAction::Set)
}

fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .help(help)
        .action(ArgAction::SetTrue)
}

/// A positional argument, under the catalogue's "Arguments" heading.
fn positional(name: &'static str, lang: Lang, help: Msg, value: Msg) -> Arg {
    Arg::new(name)
        .help(help.get(lang))
        .value_name(value.get(lang))
        .help_heading(h::ARGUMENTS.get(lang))
}

/// A folder from an option or its environment variable. An empty value is let through, so
/// `MANDAT_DATA_DIR=` counts as not set (as shells treat it) instead of stopping the program;
/// [`non_empty`] drops it.
fn folder() -> impl clap::builder::TypedValueParser<Value = PathBuf> {
    use clap::builder::TypedValueParser;
    clap::builder::OsStringValueParser::new().map(PathBuf::from)
}

fn globals(lang: Lang) -> Vec<Arg> {
    let args = [
        option(id::DATA_DIR, h::DATA_DIR.get(lang), h::VALUE_DIR.get(lang))
            .env("MANDAT_DATA_DIR")
            .hide_env(true)
            .value_parser(folder()),
        option(
            id::CONTENT,
            h::CONTENT_DIR.get(lang),
            h::VALUE_DIR.get(lang),
        )
        .env("MANDAT_CONTENT_DIR")
        .hide_env(true)
        .value_parser(folder()),
        option(id::LANG, h::LANG.get(lang), h::VALUE_LANG.get(lang))
            .env("MANDAT_LANG")
            .hide_env(true)
            .default_value("da")
            .hide_default_value(true)
            .value_parser(move |s: &str| values::language(lang, s)),
        option(id::WORKSPACE, h::WORKSPACE.get(lang), "ID"),
        option(id::FILE, h::FILE.get(lang), h::VALUE_FILE.get(lang))
            .value_parser(value_parser!(PathBuf))
            .conflicts_with(id::WORKSPACE),
        option(
            id::DOCUMENTS,
            files_help::HELP_DOCUMENTS.get(lang),
            h::VALUE_DIR.get(lang),
        )
        .env(DOCUMENTS_ENV)
        .hide_env(true)
        .value_parser(folder()),
        Arg::new(id::PLAIN)
            .long(id::PLAIN)
            .help(mandat::text::plain::FLAG_HELP.get(lang))
            .env("MANDAT_PLAIN")
            .hide_env(true)
            .action(ArgAction::SetTrue)
            .value_parser(clap::builder::FalseyValueParser::new()),
        Arg::new(id::HELP)
            .short('h')
            .long("help")
            .help(h::HELP.get(lang))
            .action(ArgAction::Help),
        Arg::new(id::VERSION)
            .short('V')
            .long("version")
            .help(h::VERSION.get(lang))
            .action(ArgAction::Version),
    ];
    args.into_iter()
        .enumerate()
        .map(|(i, arg)| {
            // Only the root has a version; every command has the rest.
            let global = arg.get_id() != id::VERSION;
            arg.global(global).display_order(GLOBAL_ORDER + i)
        })
        .collect()
}

fn output(lang: Lang) -> Arg {
    option(id::OUTPUT, h::OUTPUT.get(lang), h::VALUE_FILE.get(lang))
        .short('o')
        .value_parser(value_parser!(PathBuf))
}

fn doc_format(lang: Lang) -> Arg {
    option(
        id::FORMAT,
        h::format_help(lang, &DOC_FORMATS, "text"),
        "FORMAT",
    )
    .value_parser(move |s: &str| values::doc_format(lang, s))
}

fn print(lang: Lang) -> Arg {
    flag(id::PRINT, h::PRINT.get(lang)).conflicts_with(id::OUTPUT)
}

/// `--open`: on every command that writes a document.
fn open(lang: Lang) -> Arg {
    flag(id::OPEN, files_help::HELP_OPEN.get(lang))
}

fn new(lang: Lang) -> Command {
    base(Command::new("new"), lang, h::NEW, h::USAGE_NEW).args([
        option(id::NAME, h::NEW_NAME.get(lang), h::VALUE_NAME.get(lang)).required(true),
        option(
            id::TYPE,
            h::NEW_TYPE.get(lang),
            "velfaerd|innovation|laering",
        )
        .required(true)
        .value_parser(move |s: &str| values::network_type(lang, s)),
        option(id::START, h::NEW_START.get(lang), h::VALUE_DATE.get(lang))
            .value_parser(move |s: &str| values::date(lang, s)),
        option(id::LEADER, h::NEW_LEADER.get(lang), h::VALUE_NAME.get(lang)),
    ])
}

fn plan(lang: Lang) -> Command {
    base(Command::new("plan"), lang, h::PLAN, h::USAGE_PLAN).args([
        option(
            id::FORMAT,
            h::format_help(lang, &PLAN_FORMATS, "text"),
            "FORMAT",
        )
        .value_parser(move |s: &str| values::plan_format(lang, s)),
        output(lang),
        open(lang),
        option(id::COURSE, h::PLAN_COURSE.get(lang), "ID").requires(id::START),
        option(id::START, h::PLAN_START.get(lang), h::VALUE_DATE.get(lang))
            .requires(id::COURSE)
            .value_parser(move |s: &str| values::date(lang, s)),
        option(id::HOURS, h::PLAN_HOURS.get(lang), h::VALUE_HOURS.get(lang))
            .requires(id::COURSE)
            .allow_negative_numbers(true)
            .value_parser(move |s: &str| values::hours(lang, s)),
    ])
}

fn summary(lang: Lang) -> Command {
    base(Command::new("summary"), lang, h::SUMMARY, h::USAGE_SUMMARY).args([
        option(
            id::MEETING,
            h::SUMMARY_MEETING.get(lang),
            h::VALUE_MEETING.get(lang),
        )
        .required(true)
        .value_parser(move |s: &str| values::meeting(lang, s)),
        option(
            id::FORMAT,
            h::format_help(lang, &SUMMARY_FORMATS, "text"),
            "FORMAT",
        )
        .value_parser(move |s: &str| values::summary_format(lang, s)),
        output(lang),
        flag(id::INCLUDE_PRIVATE, h::SUMMARY_PRIVATE.get(lang)),
        print(lang),
        open(lang).conflicts_with(id::PRINT),
    ])
}

fn pamphlet(lang: Lang) -> Command {
    base(
        Command::new("pamphlet"),
        lang,
        h::PAMPHLET,
        h::USAGE_PAMPHLET,
    )
    .args([
        option(
            id::FOR,
            h::PAMPHLET_FOR.get(lang),
            h::VALUE_COUNTERPART.get(lang),
        )
        .required(true)
        .value_parser(move |s: &str| values::counterpart(lang, s)),
        doc_format(lang),
        output(lang),
        print(lang),
        open(lang).conflicts_with(id::PRINT),
    ])
}

fn codriver(lang: Lang) -> Command {
    use mandat::text::codriver as c;
    base(Command::new("codriver"), lang, c::COMMAND, c::USAGE).args([
        doc_format(lang),
        output(lang),
        print(lang),
        open(lang).conflicts_with(id::PRINT),
    ])
}

fn log(lang: Lang) -> Command {
    base(Command::new("log"), lang, h::LOG, h::USAGE_LOG)
        .args([
            option(id::WEEK, h::LOG_WEEK.get(lang), h::VALUE_WEEK.get(lang))
                .requires(id::CHANGE)
                .value_parser(move |s: &str| values::week(lang, s)),
            option(id::HOURS, h::LOG_HOURS.get(lang), h::VALUE_HOURS.get(lang))
                .requires(id::WEEK)
                .allow_negative_numbers(true)
                .value_parser(move |s: &str| values::logged_hours(lang, s)),
            option(
                id::SECRETARIAT,
                h::LOG_SECRETARIAT.get(lang),
                h::VALUE_DAYS.get(lang),
            )
            .requires(id::HOURS)
            .allow_negative_numbers(true)
            .value_parser(move |s: &str| values::secretariat_days(lang, s)),
            option(id::NOTE, h::LOG_NOTE.get(lang), h::VALUE_TEXT.get(lang)).requires(id::HOURS),
            flag(id::CLEAR, h::LOG_CLEAR.get(lang)).requires(id::WEEK),
        ])
        .group(ArgGroup::new(id::CHANGE).args([id::HOURS, id::CLEAR]))
}

fn report(lang: Lang) -> Command {
    base(Command::new("report"), lang, h::REPORT, h::USAGE_REPORT).args([
        option(
            id::FORMAT,
            h::format_help(lang, &REPORT_FORMATS, "text"),
            "FORMAT",
        )
        .value_parser(move |s: &str| values::report_format(lang, s)),
        output(lang),
        option(
            id::UNTIL,
            h::REPORT_UNTIL.get(lang),
            h::VALUE_DATE.get(lang),
        )
        .value_parser(move |s: &str| values::date(lang, s)),
        open(lang),
    ])
}

fn content(lang: Lang) -> Command {
    base(Command::new("content"), lang, h::CONTENT, h::USAGE_CONTENT)
        .subcommand_required(true)
        .subcommands([
            base(Command::new("check"), lang, h::CHECK, h::USAGE_CHECK).arg(
                positional(id::DIR, lang, h::CHECK_DIR, h::VALUE_DIR)
                    .value_parser(value_parser!(PathBuf)),
            ),
            base(Command::new("export"), lang, h::EXPORT, h::USAGE_EXPORT).arg(
                positional(id::DIR, lang, h::EXPORT_DIR, h::VALUE_DIR)
                    .required(true)
                    .value_parser(value_parser!(PathBuf)),
            ),
        ])
}

fn restore(lang: Lang) -> Command {
    base(Command::new("restore"), lang, h::RESTORE, h::USAGE_RESTORE).arg(positional(
        id::WHICH,
        lang,
        h::RESTORE_WHICH,
        h::VALUE_NUMBER,
    ))
}

fn non_empty(path: Option<&PathBuf>) -> Option<PathBuf> {
    path.filter(|p| !p.as_os_str().is_empty()).cloned()
}

/// The global options, as the commands need them.
pub fn context(m: &ArgMatches) -> Context {
    Context {
        // An empty value (`MANDAT_DATA_DIR=`) counts as not given, as shells treat it.
        data_dir: non_empty(m.get_one::<PathBuf>(id::DATA_DIR)),
        content_dir: non_empty(m.get_one::<PathBuf>(id::CONTENT)),
        lang: m.get_one::<Lang>(id::LANG).copied().unwrap_or_default(),
        workspace: m.get_one::<String>(id::WORKSPACE).cloned(),
        file: m.get_one::<PathBuf>(id::FILE).cloned(),
        documents: non_empty(m.get_one::<PathBuf>(id::DOCUMENTS)),
        plain: m.get_flag(id::PLAIN),
        today: mandat::dates::today(),
    }
}

/// The command and its options. Clap has checked what is required, so a missing value here
/// can only be an optional one; `None` for a command this function does not know.
pub fn action(m: &ArgMatches) -> Option<Action> {
    Some(match m.subcommand() {
        None => Action::Tui,
        Some(("new", m)) => Action::New {
            name: string(m, id::NAME).unwrap_or_default(),
            network_type: m
                .get_one::<NetworkType>(id::TYPE)
                .copied()
                .unwrap_or(NetworkType::Velfaerd),
            start: m.get_one::<NaiveDate>(id::START).copied(),
            leader: string(m, id::LEADER),
        },
        Some(("plan", m)) => Action::Plan {
            source: plan_source(m),
            format: m
                .get_one::<PlanFormat>(id::FORMAT)
                .copied()
                .unwrap_or(PlanFormat::Text),
            output: m.get_one::<PathBuf>(id::OUTPUT).cloned(),
            open: m.get_flag(id::OPEN),
        },
        Some(("summary", m)) => Action::Summary {
            meeting: m
                .get_one::<MeetingChoice>(id::MEETING)
                .cloned()
                .unwrap_or(MeetingChoice::All),
            format: m
                .get_one::<SummaryFormat>(id::FORMAT)
                .copied()
                .unwrap_or(SummaryFormat::Doc(DocFormat::Text)),
            to: destination(m),
            include_private: m.get_flag(id::INCLUDE_PRIVATE),
            open: m.get_flag(id::OPEN),
        },
        Some(("pamphlet", m)) => Action::Pamphlet {
            counterpart: m
                .get_one::<Counterpart>(id::FOR)
                .copied()
                .unwrap_or(Counterpart::Personaleleder),
            format: doc_format_of(m),
            to: destination(m),
            open: m.get_flag(id::OPEN),
        },
        Some(("codriver", m)) => Action::Codriver {
            format: doc_format_of(m),
            to: destination(m),
            open: m.get_flag(id::OPEN),
        },
        Some(("content", m)) => match m.subcommand() {
            Some(("export", m)) => Action::ContentExport {
                dir: m.get_one::<PathBuf>(id::DIR).cloned().unwrap_or_default(),
            },
            Some(("check", m)) => Action::ContentCheck {
                dir: m.get_one::<PathBuf>(id::DIR).cloned(),
            },
            _ => return None,
        },
        Some(("restore", m)) => Action::Restore {
            which: string(m, id::WHICH),
        },
        Some(("log", m)) => Action::Log {
            change: log_change(m),
        },
        Some(("report", m)) => Action::Report {
            format: m
                .get_one::<ReportFormat>(id::FORMAT)
                .copied()
                .unwrap_or(ReportFormat::Doc(DocFormat::Text)),
            output: m.get_one::<PathBuf>(id::OUTPUT).cloned(),
            until: m.get_one::<NaiveDate>(id::UNTIL).copied(),
            open: m.get_flag(id::OPEN),
        },
        Some(("list", _)) => Action::List,
        Some(("paths", _)) => Action::Paths,
        Some(_) => return None,
    })
}

/// What `log` is to change: nothing without `--week`; clap has made sure `--week` comes with
/// `--hours` or `--clear`.
fn log_change(m: &ArgMatches) -> Option<LogChange> {
    let week = *m.get_one::<IsoWeek>(id::WEEK)?;
    Some(if m.get_flag(id::CLEAR) {
        LogChange::Clear { week }
    } else {
        LogChange::Record {
            week,
            hours: m.get_one::<f64>(id::HOURS).copied().unwrap_or_default(),
            secretariat_days: m.get_one::<u8>(id::SECRETARIAT).copied(),
            note: string(m, id::NOTE),
        }
    })
}

fn string(m: &ArgMatches, id: &str) -> Option<String> {
    m.get_one::<String>(id).cloned()
}

fn doc_format_of(m: &ArgMatches) -> DocFormat {
    m.get_one::<DocFormat>(id::FORMAT)
        .copied()
        .unwrap_or_default()
}

fn destination(m: &ArgMatches) -> Destination {
    let output = m.get_one::<PathBuf>(id::OUTPUT).cloned();
    // With --open, `-o -` stays a path so the command can refuse it: a stream cannot be opened.
    if m.get_flag(id::OPEN)
        && let Some(path) = output.as_ref().filter(|p| p.as_os_str() == "-")
    {
        return Destination::File(path.clone());
    }
    Destination::new(output, m.get_flag(id::PRINT))
}

fn plan_source(m: &ArgMatches) -> PlanSource {
    match (string(m, id::COURSE), m.get_one::<NaiveDate>(id::START)) {
        (Some(course), Some(&start)) => PlanSource::Course {
            course,
            start,
            hours: m.get_one::<f64>(id::HOURS).copied(),
        },
        _ => PlanSource::Workspace,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed_in_both_languages() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn every_command_is_read_into_its_action() {
        let read = |args: &[&str]| {
            let m = command(Lang::Da)
                .try_get_matches_from(args)
                .expect("parses");
            (context(&m), action(&m).expect("a known command"))
        };
        let (ctx, action) = read(&["mandat", "plan", "--lang", "en", "--format", "csv"]);
        assert_eq!(ctx.lang, Lang::En);
        assert_eq!(
            action,
            Action::Plan {
                source: PlanSource::Workspace,
                format: PlanFormat::Csv,
                output: None,
                open: false,
            }
        );
        assert_eq!(read(&["mandat"]).1, Action::Tui);
        assert_eq!(read(&["mandat", "paths"]).1, Action::Paths);
        assert_eq!(read(&["mandat", "list"]).1, Action::List);
        assert_eq!(read(&["mandat", "log"]).1, Action::Log { change: None });
        assert_eq!(
            read(&[
                "mandat", "log", "--week", "12-2027", "--hours", "9,5", "--note", "x"
            ])
            .1,
            Action::Log {
                change: Some(LogChange::Record {
                    week: IsoWeek::new(2027, 12).unwrap(),
                    hours: 9.5,
                    secretariat_days: None,
                    note: Some("x".into()),
                })
            }
        );
        assert_eq!(
            read(&["mandat", "log", "--week", "2027-W12", "--clear"]).1,
            Action::Log {
                change: Some(LogChange::Clear {
                    week: IsoWeek::new(2027, 12).unwrap()
                })
            }
        );
        assert_eq!(
            read(&[
                "mandat",
                "report",
                "--format",
                "csv",
                "--until",
                "2027-03-01"
            ])
            .1,
            Action::Report {
                format: ReportFormat::Csv,
                output: None,
                until: NaiveDate::from_ymd_opt(2027, 3, 1),
                open: false,
            }
        );
        assert_eq!(
            read(&["mandat", "content", "check"]).1,
            Action::ContentCheck { dir: None }
        );
        assert_eq!(
            read(&["mandat", "codriver", "--format", "html", "-o", "ark.html"]).1,
            Action::Codriver {
                format: DocFormat::Html,
                to: Destination::File("ark.html".into()),
                open: false,
            }
        );
        assert_eq!(
            read(&["mandat", "pamphlet", "--for", "co-driver", "-o", "-"]).1,
            Action::Pamphlet {
                counterpart: Counterpart::CoDriver,
                format: DocFormat::Text,
                to: Destination::Stdout,
                open: false,
            }
        );
    }
}
