//! Before and around parsing: which language to speak while the options are not yet read, and
//! clap's errors said as one `mandat: …` line in that language instead of clap's English.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use mandat::text::cli as t;
use mandat::text::format;
use mandat::vocab::Lang;

/// How much of a value from the command line an error message repeats.
const QUOTED_CHARS: usize = 60;

/// The language for help and usage errors, found before parsing the way clap will find it:
/// `--lang X` or `--lang=X`, else `MANDAT_LANG`, else Danish. A word that is no language is
/// passed over here; parsing then says what is wrong with it.
pub fn early_lang() -> Lang {
    lang_from(std::env::args_os().skip(1), std::env::var_os("MANDAT_LANG"))
}

fn lang_from(args: impl IntoIterator<Item = OsString>, env: Option<OsString>) -> Lang {
    // Arguments that are not UTF-8 cannot be a language; they must not stop the search.
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    let given = args
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, a)| match a.as_str() {
            "--lang" => args.get(i + 1).cloned(),
            other => other.strip_prefix("--lang=").map(String::from),
        });
    let parse = |word: &str| word.parse::<Lang>().ok();
    given
        .and_then(|word| parse(&word))
        .or_else(|| env.and_then(|e| parse(&e.to_string_lossy())))
        .unwrap_or_default()
}

/// A parse error as one line in the user's language, without clap's English.
pub fn usage_error(err: &clap::Error, lang: Lang) -> String {
    let ctx = |kind: ContextKind| context(err, kind);
    let arg = ctx(ContextKind::InvalidArg);
    let value = ctx(ContextKind::InvalidValue);
    let suggestion = |kind| Some(ctx(kind)).filter(|s| !s.is_empty());
    match err.kind() {
        ErrorKind::ValueValidation => {
            // The reason comes from our own value parsers, already in the user's language.
            let reason = std::error::Error::source(err)
                .map(|e| e.to_string())
                .unwrap_or_default();
            t::bad_value(lang, &arg, &reason)
        }
        // An option given without its value.
        ErrorKind::InvalidValue if value.is_empty() => t::needs_value(lang, &arg),
        ErrorKind::InvalidValue => t::not_one_of(lang, &value, &arg, &ctx(ContextKind::ValidValue)),
        ErrorKind::UnknownArgument if !arg.starts_with('-') => t::unexpected(lang, &arg),
        ErrorKind::UnknownArgument => match suggestion(ContextKind::SuggestedArg) {
            Some(better) => t::unknown_option_did_you_mean(lang, &arg, &better),
            None => t::unknown_option(lang, &arg),
        },
        ErrorKind::InvalidSubcommand => {
            let command = ctx(ContextKind::InvalidSubcommand);
            match suggestion(ContextKind::SuggestedSubcommand) {
                Some(better) => t::unknown_command_did_you_mean(lang, &command, &better),
                None => t::unknown_command(lang, &command),
            }
        }
        ErrorKind::MissingRequiredArgument => t::missing(lang, &arg),
        ErrorKind::MissingSubcommand => {
            let valid = strings(err, ContextKind::ValidSubcommand);
            let valid: Vec<&str> = valid.iter().map(String::as_str).collect();
            t::missing_command(
                lang,
                &ctx(ContextKind::InvalidSubcommand),
                &t::choices(lang, &valid),
            )
        }
        ErrorKind::ArgumentConflict => {
            // Clap reports an option given twice as a conflict with itself.
            let other = ctx(ContextKind::PriorArg);
            if other.is_empty() || other == arg {
                t::only_once(lang, &arg)
            } else {
                t::conflict(lang, &arg, &other)
            }
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            t::needs_value(lang, &arg)
        }
        ErrorKind::TooManyValues => t::unexpected(lang, &value),
        ErrorKind::InvalidUtf8 => t::NOT_UTF8.get(lang).to_string(),
        _ => t::NOT_UNDERSTOOD.get(lang).to_string(),
    }
}

/// One piece of an error's context as text; values the person typed are escaped.
fn context(err: &clap::Error, kind: ContextKind) -> String {
    strings(err, kind).join(", ")
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![format::escaped(s, QUOTED_CHARS)],
        Some(ContextValue::Strings(v)) => {
            v.iter().map(|s| format::escaped(s, QUOTED_CHARS)).collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(args: &[&str], env: Option<&str>) -> Lang {
        lang_from(args.iter().map(OsString::from), env.map(OsString::from))
    }

    #[test]
    fn the_language_is_found_before_parsing_as_clap_will_find_it() {
        assert_eq!(lang(&[], None), Lang::Da);
        assert_eq!(lang(&["plan", "--lang", "en"], None), Lang::En);
        assert_eq!(lang(&["--lang=en", "plan"], None), Lang::En);
        assert_eq!(lang(&["plan"], Some("en")), Lang::En);
        assert_eq!(lang(&["--lang", "da"], Some("en")), Lang::Da);
        assert_eq!(lang(&["--lang", "xx"], Some("en")), Lang::En);
        assert_eq!(lang(&["--lang", "xx"], None), Lang::Da);
        assert_eq!(lang(&["--", "--lang", "en"], None), Lang::Da);
    }
}
