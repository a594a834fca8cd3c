//! `mandat` command line: parses arguments and hands each command to `mandat::commands`.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use super::commands::{self, Context, Failure, MeetingChoice, PlanFormat, PlanSource};
use mandat::export::DocFormat;
use mandat::vocab::Lang;
use mandat::vocab::{Counterpart, NetworkType};

/// Forbered dine tre mandatsamtaler som netværksleder: pjecer, refleksionsspørgsmål,
/// samarbejdsaftaler og en arbejdsplan uge for uge. Uden kommando åbnes programmet i terminalen.
#[derive(Debug, Parser)]
#[command(name = "mandat", version, max_term_width = 100)]
struct Cli {
    /// Mappe til dine data (standard: systemets datamappe for mandat)
    #[arg(
        long,
        global = true,
        env = "MANDAT_DATA_DIR",
        hide_env_values = true,
        value_name = "MAPPE"
    )]
    data_dir: Option<PathBuf>,
    /// Mappe med organisationens eget indhold (i stedet for det indbyggede)
    #[arg(
        long,
        global = true,
        env = "MANDAT_CONTENT_DIR",
        hide_env_values = true,
        value_name = "MAPPE"
    )]
    content: Option<PathBuf>,
    /// Sprog: da (dansk) eller en (engelsk)
    #[arg(
        long,
        global = true,
        env = "MANDAT_LANG",
        value_parser = parse_lang,
        default_value = "da"
    )]
    lang: Lang,
    /// Arbejdsområdets id (se `mandat list`); standard er det senest brugte
    #[arg(long, global = true, value_name = "ID")]
    workspace: Option<String>,
    /// Læs et arbejdsområde direkte fra en JSON-fil (ændrer aldrig filen)
    #[arg(long, global = true, value_name = "FIL", conflicts_with = "workspace")]
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Opret et nyt arbejdsområde (et netværk) og skriv dets id
    New {
        /// Netværkets navn eller tema
        #[arg(long)]
        name: String,
        /// Netværkstype
        #[arg(long = "type", value_parser = parse_network_type, value_name = "velfaerd|innovation|laering")]
        network_type: NetworkType,
        /// Planlagt startdato (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ); standard er i dag
        #[arg(long, value_parser = parse_date, value_name = "DATO")]
        start: Option<NaiveDate>,
        /// Dit navn som netværksleder
        #[arg(long, value_name = "NAVN")]
        leader: Option<String>,
    },
    /// Vis dine arbejdsområder (id, navn, type, senest ændret)
    List,
    /// Arbejdsplanen uge for uge – for arbejdsområdet eller direkte fra et forløb
    Plan {
        /// Format
        #[arg(long, value_enum, default_value = "text")]
        format: PlanFormatArg,
        /// Skriv til en fil i stedet for skærmen
        #[arg(short = 'o', long = "output", value_name = "FIL")]
        output: Option<PathBuf>,
        /// Brug et forløb direkte (velfaerd, innovation, laering …) uden arbejdsområde
        #[arg(long, value_name = "ID", requires = "start")]
        course: Option<String>,
        /// Startdato for planen fra --course
        #[arg(long, value_parser = parse_date, value_name = "DATO", requires = "course")]
        start: Option<NaiveDate>,
        /// Timer om ugen (standard 37)
        #[arg(long, value_parser = parse_hours, value_name = "TIMER", requires = "course", allow_negative_numbers = true)]
        hours: Option<f64>,
    },
    /// Briefen til et møde, klar til at printe og tage med
    Summary {
        /// personaleleder, referenceleder, co-driver, all eller et mødes id
        #[arg(long, value_parser = parse_meeting, value_name = "MØDE")]
        meeting: MeetingChoice,
        #[arg(long, value_parser = parse_doc_format, default_value = "text")]
        format: DocFormat,
        #[arg(short = 'o', long = "output", value_name = "FIL")]
        output: Option<PathBuf>,
        /// Tag dine private noter med
        #[arg(long)]
        include_private: bool,
        /// Send tekstudgaven direkte til standardprinteren (med lp)
        #[arg(long, conflicts_with = "output")]
        print: bool,
    },
    /// Den personlige pjece til en samtalepart
    Pamphlet {
        /// personaleleder, referenceleder eller co-driver
        #[arg(long = "for", value_parser = parse_counterpart, value_name = "SAMTALEPART")]
        counterpart: Counterpart,
        #[arg(long, value_parser = parse_doc_format, default_value = "text")]
        format: DocFormat,
        #[arg(short = 'o', long = "output", value_name = "FIL")]
        output: Option<PathBuf>,
        /// Send tekstudgaven direkte til standardprinteren (med lp)
        #[arg(long, conflicts_with = "output")]
        print: bool,
    },
    /// Indholdet: kontroller eller hent en kopi at tilpasse
    Content {
        #[command(subcommand)]
        action: ContentAction,
    },
    /// Vis datamappen, arbejdsområdernes filer og hvor indholdet kommer fra
    Paths,
    /// Vis arbejdsområdets sikkerhedskopier, eller gendan en af dem
    Restore {
        /// Nummeret fra listen, eller «latest» for den nyeste, der kan læses
        #[arg(value_name = "NR")]
        which: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum ContentAction {
    /// Kontroller indhold (en mappe, --content eller det indbyggede)
    Check {
        #[arg(value_name = "MAPPE")]
        dir: Option<PathBuf>,
    },
    /// Skriv det indbyggede indhold til en mappe, som organisationen kan rette i
    Export {
        #[arg(value_name = "MAPPE")]
        dir: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PlanFormatArg {
    Text,
    Csv,
    Json,
    Ics,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    mandat::dates::parse_date(s).ok_or_else(|| match early_lang() {
        Lang::Da => format!("«{s}» er ikke en gyldig dato (skriv fx 2027-01-04 eller 04-01-2027)"),
        Lang::En => format!("«{s}» is not a valid date (write e.g. 2027-01-04 or 04-01-2027)"),
    })
}

fn parse_hours(s: &str) -> Result<f64, String> {
    let lang = early_lang();
    let value: f64 = s.replace(',', ".").parse().map_err(|_| match lang {
        Lang::Da => format!("«{s}» er ikke et tal"),
        Lang::En => format!("«{s}» is not a number"),
    })?;
    let max = mandat::flow::plan::MAX_WEEKLY_HOURS;
    if value.is_finite() && value > 0.0 && value <= max {
        Ok(value)
    } else {
        Err(match lang {
            Lang::Da => format!("{s} timer er ikke muligt; skriv et tal over 0 og højst {max}"),
            Lang::En => {
                format!("{s} hours is not possible; write a number above 0 and at most {max}")
            }
        })
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|_| format!("«{s}»: brug da eller en / use da or en"))
}

fn parse_doc_format(s: &str) -> Result<DocFormat, String> {
    match s {
        "text" | "txt" => Ok(DocFormat::Text),
        "md" => Ok(DocFormat::Md),
        "html" => Ok(DocFormat::Html),
        _ => Err(format!("«{s}»: text, md, html")),
    }
}

fn parse_network_type(s: &str) -> Result<NetworkType, String> {
    s.parse().map_err(|_| match early_lang() {
        Lang::Da => format!("ukendt netværkstype «{s}» (brug velfaerd, innovation eller laering)"),
        Lang::En => format!("unknown network type «{s}» (use velfaerd, innovation or laering)"),
    })
}

fn parse_counterpart(s: &str) -> Result<Counterpart, String> {
    s.parse().map_err(|_| match early_lang() {
        Lang::Da => format!(
            "ukendt samtalepart «{s}» (brug personaleleder, referenceleder eller co-driver)"
        ),
        Lang::En => {
            format!("unknown counterpart «{s}» (use personaleleder, referenceleder or co-driver)")
        }
    })
}

fn parse_meeting(s: &str) -> Result<MeetingChoice, String> {
    Ok(match s.trim() {
        "all" | "alle" => MeetingChoice::All,
        other => match other.parse::<Counterpart>() {
            Ok(c) => MeetingChoice::Counterpart(c),
            Err(_) if !other.is_empty() => MeetingChoice::Id(other.to_string()),
            Err(_) => return Err(parse_counterpart(other).unwrap_err()),
        },
    })
}

/// The language for messages before the options are parsed: `--lang en` or `MANDAT_LANG=en`.
fn early_lang() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let from_args = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .map(|w| w[1].clone())
        .or_else(|| {
            args.iter()
                .find_map(|a| a.strip_prefix("--lang=").map(String::from))
        });
    match from_args
        .or_else(|| std::env::var("MANDAT_LANG").ok())
        .as_deref()
    {
        Some("en") => Lang::En,
        _ => Lang::Da,
    }
}

/// Turns a parse error into one `mandat: …` line in the user's language.
fn usage_error(err: &clap::Error, lang: Lang) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let arg = ctx(ContextKind::InvalidArg);
    let value = ctx(ContextKind::InvalidValue);
    let help = lang.pick("se «mandat --help»", "see «mandat --help»");
    match err.kind() {
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(err)
                .map(|e| e.to_string())
                .unwrap_or_default();
            format!("{arg}: {reason}")
        }
        ErrorKind::InvalidValue => {
            let valid = ctx(ContextKind::ValidValue);
            match lang {
                Lang::Da => format!("«{value}» kan ikke bruges til {arg}; brug en af: {valid}"),
                Lang::En => format!("«{value}» is not valid for {arg}; use one of: {valid}"),
            }
        }
        ErrorKind::UnknownArgument => match lang {
            Lang::Da => format!("ukendt tilvalg «{arg}» — {help}"),
            Lang::En => format!("unknown option «{arg}» — {help}"),
        },
        ErrorKind::InvalidSubcommand => {
            let command = ctx(ContextKind::InvalidSubcommand);
            match lang {
                Lang::Da => format!("ukendt kommando «{command}» — {help}"),
                Lang::En => format!("unknown command «{command}» — {help}"),
            }
        }
        ErrorKind::MissingRequiredArgument => match lang {
            Lang::Da => format!("mangler {arg} — {help}"),
            Lang::En => format!("{arg} is missing — {help}"),
        },
        ErrorKind::ArgumentConflict => {
            let other = ctx(ContextKind::PriorArg);
            match lang {
                Lang::Da => format!("{arg} kan ikke bruges sammen med {other}"),
                Lang::En => format!("{arg} cannot be used with {other}"),
            }
        }
        _ => err
            .to_string()
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("error: ")
            .to_string(),
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = err.print();
                return ExitCode::SUCCESS;
            }
            eprintln!("mandat: {}", usage_error(&err, early_lang()));
            return ExitCode::from(2);
        }
    };
    let ctx = Context {
        data_dir: cli.data_dir,
        content_dir: cli.content,
        lang: cli.lang,
        workspace: cli.workspace,
        file: cli.file,
        today: mandat::dates::today(),
    };
    let result = match cli.command {
        None => commands::open_tui(&ctx),
        Some(Command::New {
            name,
            network_type,
            start,
            leader,
        }) => commands::new(&ctx, &name, network_type, start, leader.as_deref()),
        Some(Command::List) => commands::list(&ctx),
        Some(Command::Plan {
            format,
            output,
            course,
            start,
            hours,
        }) => {
            let source = match (course, start) {
                (Some(course), Some(start)) => PlanSource::Course {
                    course,
                    start,
                    hours,
                },
                _ => PlanSource::Workspace,
            };
            let format = match format {
                PlanFormatArg::Text => PlanFormat::Text,
                PlanFormatArg::Csv => PlanFormat::Csv,
                PlanFormatArg::Json => PlanFormat::Json,
                PlanFormatArg::Ics => PlanFormat::Ics,
            };
            commands::plan(&ctx, source, format, output.as_deref())
        }
        Some(Command::Summary {
            meeting,
            format,
            output,
            include_private,
            print,
        }) => commands::summary(
            &ctx,
            &meeting,
            format,
            commands::Destination::new(output, print),
            include_private,
        ),
        Some(Command::Pamphlet {
            counterpart,
            format,
            output,
            print,
        }) => commands::pamphlet(
            &ctx,
            counterpart,
            format,
            commands::Destination::new(output, print),
        ),
        Some(Command::Content { action }) => match action {
            ContentAction::Check { dir } => commands::content_check(&ctx, dir.as_deref()),
            ContentAction::Export { dir } => commands::content_export(&ctx, &dir),
        },
        Some(Command::Paths) => commands::paths(&ctx),
        Some(Command::Restore { which }) => commands::restore(&ctx, which.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { message, code }) => {
            eprintln!("mandat: {message}");
            ExitCode::from(code)
        }
    }
}
