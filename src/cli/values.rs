//! The command line's values: each parser turns a word into its type, or says in the user's
//! language what is wrong with it. A value a person typed is quoted through
//! [`format::escaped`], so a pasted escape sequence cannot steer the terminal.

use chrono::NaiveDate;

use mandat::export::DocFormat;
use mandat::export::report::ReportFormat;
use mandat::flow::plan::MAX_WEEKLY_HOURS;
use mandat::planner::usage::{IsoWeek, LogEntry, MAX_SECRETARIAT_DAYS};
use mandat::text::cli as t;
use mandat::text::format;
use mandat::text::report as r;
use mandat::vocab::{Counterpart, Lang, NetworkType};

use super::commands::{MeetingChoice, PlanFormat, SummaryFormat};

/// The formats of a brief or a pamphlet, as written on the command line.
pub const DOC_FORMATS: [&str; 3] = ["text", "md", "html"];
/// The formats of `report`.
pub const REPORT_FORMATS: [&str; 5] = ["text", "md", "html", "csv", "xlsx"];
/// The formats of `plan`.
pub const PLAN_FORMATS: [&str; 7] = ["text", "md", "html", "xlsx", "csv", "json", "ics"];
/// The formats of `summary`: the brief, or the meeting's events as a calendar.
pub const SUMMARY_FORMATS: [&str; 4] = ["text", "md", "html", "ics"];

/// How much of a typed value an error message repeats.
const QUOTED_CHARS: usize = 60;

fn quoted(s: &str) -> String {
    format::escaped(s, QUOTED_CHARS)
}

pub fn date(lang: Lang, s: &str) -> Result<NaiveDate, String> {
    mandat::dates::parse_date(s).ok_or_else(|| t::not_a_date(lang, &quoted(s)))
}

/// Hours a week: a decimal comma or point, above 0 and at most the planner's ceiling.
pub fn hours(lang: Lang, s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| t::not_a_number(lang, &quoted(s)))?;
    if value.is_finite() && value > 0.0 && value <= MAX_WEEKLY_HOURS {
        Ok(value)
    } else {
        Err(t::hours_out_of_range(
            lang,
            &quoted(s),
            &format::number(MAX_WEEKLY_HOURS, lang),
        ))
    }
}

/// `--lang`: the language the rest of the line is said in is not known yet when this one is
/// wrong, so the message is in the language found before parsing (Danish unless told).
pub fn language(lang: Lang, s: &str) -> Result<Lang, String> {
    s.parse().map_err(|_| t::unknown_lang(lang, &quoted(s)))
}

pub fn doc_format(lang: Lang, s: &str) -> Result<DocFormat, String> {
    match s.trim() {
        "text" | "txt" => Ok(DocFormat::Text),
        "md" => Ok(DocFormat::Md),
        "html" => Ok(DocFormat::Html),
        _ => Err(t::unknown_format(
            lang,
            &quoted(s),
            &t::choices(lang, &DOC_FORMATS),
        )),
    }
}

pub fn plan_format(lang: Lang, s: &str) -> Result<PlanFormat, String> {
    match s.trim() {
        "text" | "txt" => Ok(PlanFormat::Text),
        "md" => Ok(PlanFormat::Md),
        "html" => Ok(PlanFormat::Html),
        "xlsx" => Ok(PlanFormat::Xlsx),
        "csv" => Ok(PlanFormat::Csv),
        "json" => Ok(PlanFormat::Json),
        "ics" => Ok(PlanFormat::Ics),
        _ => Err(t::unknown_format(
            lang,
            &quoted(s),
            &t::choices(lang, &PLAN_FORMATS),
        )),
    }
}

pub fn report_format(lang: Lang, s: &str) -> Result<ReportFormat, String> {
    match s.trim() {
        "csv" => Ok(ReportFormat::Csv),
        "xlsx" => Ok(ReportFormat::Xlsx),
        other => doc_format(lang, other)
            .map(ReportFormat::Doc)
            .map_err(|_| t::unknown_format(lang, &quoted(s), &t::choices(lang, &REPORT_FORMATS))),
    }
}

/// `--week`: any form `IsoWeek::parse` reads.
pub fn week(lang: Lang, s: &str) -> Result<IsoWeek, String> {
    IsoWeek::parse(s).map_err(|e| r::week_error(lang, &quoted(s.trim()), &e))
}

/// `--hours` of `log`: a decimal comma or point, and what a week's entry can hold (half-hour
/// steps, 0 to 168).
pub fn logged_hours(lang: Lang, s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| t::not_a_number(lang, &quoted(s)))?;
    LogEntry::new(value)
        .check()
        .map(|()| value)
        .map_err(|e| r::log_error(lang, &e))
}

/// `--sekretariat`: whole days, 0 to 7.
pub fn secretariat_days(lang: Lang, s: &str) -> Result<u8, String> {
    let days: u8 = s
        .trim()
        .parse()
        .map_err(|_| r::not_days(lang, &quoted(s)))?;
    LogEntry::new(0.0)
        .with_secretariat_days(days)
        .check()
        .map(|()| days.min(MAX_SECRETARIAT_DAYS))
        .map_err(|e| r::log_error(lang, &e))
}

pub fn summary_format(lang: Lang, s: &str) -> Result<SummaryFormat, String> {
    match s.trim() {
        "ics" => Ok(SummaryFormat::Ics),
        other => doc_format(lang, other)
            .map(SummaryFormat::Doc)
            .map_err(|_| t::unknown_format(lang, &quoted(s), &t::choices(lang, &SUMMARY_FORMATS))),
    }
}

pub fn network_type(lang: Lang, s: &str) -> Result<NetworkType, String> {
    s.parse()
        .map_err(|_| t::unknown_network_type(lang, &quoted(s)))
}

pub fn counterpart(lang: Lang, s: &str) -> Result<Counterpart, String> {
    s.parse()
        .map_err(|_| t::unknown_counterpart(lang, &quoted(s)))
}

/// `--meeting`: `all`, a counterpart (its next meeting), or any other word as a meeting's id,
/// which the command looks up once the workspace is read.
pub fn meeting(lang: Lang, s: &str) -> Result<MeetingChoice, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err(t::NO_MEETING_GIVEN.get(lang).to_string());
    }
    Ok(match s {
        "all" | "alle" => MeetingChoice::All,
        other => match other.parse::<Counterpart>() {
            Ok(c) => MeetingChoice::Counterpart(c),
            Err(_) => MeetingChoice::Id(other.to_string()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_values_are_explained_in_the_users_language() {
        assert!(date(Lang::En, "2027-02-30").is_err_and(|e| e.contains("not a valid date")));
        assert!(date(Lang::Da, "i morgen").is_err_and(|e| e.contains("ikke en gyldig dato")));
        assert_eq!(hours(Lang::Da, "12,5"), Ok(12.5));
        assert!(hours(Lang::Da, "-5").is_err_and(|e| e.contains("højst 80")));
        assert!(doc_format(Lang::En, "pdf").is_err_and(|e| e.contains("text, md or html")));
        assert!(plan_format(Lang::Da, "x").is_err_and(|e| e.contains("json eller ics")));
        assert!(language(Lang::Da, "fr").is_err_and(|e| e.contains("«fr»")));
        assert_eq!(logged_hours(Lang::Da, "9,5"), Ok(9.5));
        assert_eq!(logged_hours(Lang::Da, "0"), Ok(0.0));
        assert!(logged_hours(Lang::Da, "9,3").is_err_and(|e| e.contains("halve timer")));
        assert!(logged_hours(Lang::En, "-1").is_err_and(|e| e.contains("negative")));
        assert!(secretariat_days(Lang::Da, "8").is_err_and(|e| e.contains("8 dage")));
        assert!(week(Lang::Da, "2027-W53").is_err_and(|e| e.contains("52 uger")));
        assert_eq!(
            week(Lang::Da, "12-2027"),
            Ok(IsoWeek::new(2027, 12).unwrap())
        );
        assert_eq!(report_format(Lang::Da, "csv"), Ok(ReportFormat::Csv));
        assert_eq!(report_format(Lang::Da, "xlsx"), Ok(ReportFormat::Xlsx));
        assert!(report_format(Lang::En, "xls").is_err_and(|e| e.contains("csv or xlsx")));
    }

    #[test]
    fn a_typed_escape_sequence_is_shown_not_obeyed() {
        let err = counterpart(Lang::En, "\u{1b}[2Jchef").unwrap_err();
        assert!(!err.contains('\u{1b}'), "{err:?}");
        assert!(err.contains("\\u{1b}"), "{err:?}");
    }

    #[test]
    fn a_meeting_is_all_a_counterpart_or_an_id() {
        assert_eq!(meeting(Lang::Da, "alle"), Ok(MeetingChoice::All));
        assert_eq!(
            meeting(Lang::Da, "co-driver"),
            Ok(MeetingChoice::Counterpart(Counterpart::CoDriver))
        );
        assert_eq!(
            meeting(Lang::Da, "referenceleder-2"),
            Ok(MeetingChoice::Id("referenceleder-2".into()))
        );
        assert!(meeting(Lang::En, " ").is_err());
    }
}
