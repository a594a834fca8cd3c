//! What is wrong inside a JSON file (the same words for the content check and the save files),
//! why a save file cannot be read, and why an old save file cannot be upgraded. The problems
//! themselves are plain data ([`JsonDetail`], [`ReadProblem`], [`MigrateError`]); this module
//! says them. Every value quoted from a file goes through [`from_file`].

use crate::json_error::{Expected, Found, JsonDetail, Syntax, listed};
use crate::model::migrate::MigrateError;
use crate::store::ReadProblem;

use super::Lang;
use super::format::escaped;

messages! {
    quoted(value: &str) = "«{value}»", "“{value}”";
    or_last(rest: &str, last: &str) = "{rest} eller {last}", "{rest} or {last}";

    EXPECTED_NUMBER = "et tal", "a number";
    EXPECTED_WHOLE_NUMBER = "et helt tal", "a whole number";
    EXPECTED_COUNT = "et helt tal (0 eller derover)", "a whole number (0 or more)";
    EXPECTED_TEXT = "en tekst i anførselstegn", "a text in double quotes";
    EXPECTED_BOOLEAN = "true eller false", "true or false";
    EXPECTED_LIST = "en liste [ … ]", "a list [ … ]";
    EXPECTED_TUPLE = "et par af tal [a, b]", "a pair of numbers [a, b]";
    EXPECTED_OBJECT = "et objekt { … }", "an object { … }";
    EXPECTED_BILINGUAL_TEXT =
        "en tekst på begge sprog: {\"da\": \"…\", \"en\": \"…\"}",
        "a text in both languages: {\"da\": \"…\", \"en\": \"…\"}";
    EXPECTED_WORD =
        "et af de tilladte ord i anførselstegn", "one of the allowed words in double quotes";
    EXPECTED_DATE = "en dato (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)";
    EXPECTED_DATE_TIME =
        "et tidspunkt (fx 2027-01-04T09:30:00Z)", "a time (e.g. 2027-01-04T09:30:00Z)";

    found_text(text: &str) = "teksten «{text}»", "the text “{text}”";
    found_number(number: &str) = "tallet {number}", "the number {number}";
    FOUND_NULL = "null", "null";
    FOUND_LIST = "en liste [ … ]", "a list [ … ]";
    FOUND_OBJECT = "et objekt { … }", "an object { … }";

    wrong_type(expected: &str, found: &str) =
        "forventede {expected}, men fandt {found}", "expected {expected}, but found {found}";
    number_in_quotes(expected: &str, found: &str, number: &str) =
        "forventede {expected}, men fandt {found}; skriv tallet uden anførselstegn: {number}",
        "expected {expected}, but found {found}; write the number without quotes: {number}";
    invalid_value(found: &str, expected: &str) =
        "{found} kan ikke bruges her; forventede {expected}",
        "{found} cannot be used here; expected {expected}";
    missing_field(field: &str) = "feltet «{field}» mangler", "the field “{field}” is missing";
    MISSING_DANISH =
        "den danske tekst mangler; tilføj \"da\": \"…\" ved siden af \"en\"",
        "the Danish text is missing; add \"da\": \"…\" next to \"en\"";
    MISSING_ENGLISH =
        "den engelske oversættelse mangler; tilføj \"en\": \"…\" ved siden af \"da\"",
        "the English translation is missing; add \"en\": \"…\" next to \"da\"";
    duplicate_field(field: &str) =
        "feltet «{field}» står to gange; slet det ene",
        "the field “{field}” appears twice; delete one of them";
    unknown_field(field: &str, allowed: &str) =
        "ukendt felt «{field}»; tilladte felter her er {allowed}. Ret stavningen eller slet feltet",
        "unknown field “{field}”; the fields allowed here are {allowed}. Correct the spelling or delete the field";
    unknown_field_none_allowed(field: &str) =
        "ukendt felt «{field}»; her må ikke stå felter. Slet feltet",
        "unknown field “{field}”; no fields are allowed here. Delete the field";
    unknown_value(value: &str, allowed: &str) =
        "ukendt værdi «{value}»; brug en af {allowed}",
        "unknown value “{value}”; use one of {allowed}";
    unknown_value_unlisted(value: &str) = "ukendt værdi «{value}»", "unknown value “{value}”";
    BAD_DATE =
        "en dato eller et tidspunkt, der ikke kan læses (datoer skrives ÅÅÅÅ-MM-DD)",
        "a date or time that cannot be read (dates are written YYYY-MM-DD)";
    DECIMAL_COMMA =
        "her skal stå et feltnavn i anførselstegn; skriv decimaltal med punktum, fx 7.5 (ikke 7,5)",
        "a field name in double quotes belongs here; write decimal numbers with a point, e.g. 7.5 (not 7,5)";
    other_data(what: &str) = "ugyldig værdi: {what}", "invalid value: {what}";

    MISSING_COMMA_OR_BRACE =
        "her mangler et komma (,) eller en afsluttende }",
        "a comma (,) or a closing } is missing here";
    MISSING_COMMA_OR_BRACKET =
        "her mangler et komma (,) eller en afsluttende ]",
        "a comma (,) or a closing ] is missing here";
    MISSING_COLON =
        "her mangler et kolon (:) efter feltnavnet", "a colon (:) is missing after the field name";
    EXPECTED_VALUE =
        "her skal stå en værdi: en tekst i anførselstegn, et tal, true/false, en liste [ … ] eller et objekt { … }",
        "a value belongs here: a text in double quotes, a number, true/false, a list [ … ] or an object { … }";
    EXPECTED_IDENT =
        "ukendt ord; skriv true, false eller null, eller sæt teksten i anførselstegn",
        "unknown word; write true, false or null, or put the text in double quotes";
    MISSING_QUOTE = "her mangler et anførselstegn (\")", "a double quote (\") is missing here";
    TRAILING_COMMA =
        "der står et komma for meget lige før; slet det",
        "there is one comma too many just before; delete it";
    UNQUOTED_KEY =
        "feltnavne skal stå i anførselstegn, fx \"id\"",
        "field names must be in double quotes, e.g. \"id\"";
    END_IN_TEXT =
        "filen slutter midt i en tekst; mangler der et afsluttende anførselstegn (\")?",
        "the file ends in the middle of a text; is a closing double quote (\") missing?";
    END_TOO_EARLY =
        "filen slutter for tidligt; mangler der en afsluttende } eller ]?",
        "the file ends too early; is a closing } or ] missing?";
    CONTROL_IN_TEXT =
        "en tekst må ikke gå over flere linjer eller indeholde tabulatorer; skriv \\n for et linjeskift",
        "a text must not run over several lines or hold tabs; write \\n for a line break";
    BAD_ESCAPE =
        "ugyldig brug af \\ i en tekst; skriv \\\\ for en omvendt skråstreg",
        "invalid use of \\ in a text; write \\\\ for a backslash";
    BAD_NUMBER = "ugyldigt tal; skriv fx 8 eller 7.5", "invalid number; write e.g. 8 or 7.5";
    NUMBER_TOO_LARGE = "tallet er alt for stort", "the number is far too large";
    TRAILING_CHARACTERS =
        "der står noget efter filens sidste }; slet det",
        "there is something after the file's last }; delete it";
    TOO_DEEP =
        "filen har for mange lag inden i hinanden",
        "the file has too many levels inside one another";
    invalid_json(what: &str) = "ugyldig JSON: {what}", "invalid JSON: {what}";

    at_position(line: usize, column: usize, problem: &str) =
        "linje {line}, kolonne {column}: {problem}", "line {line}, column {column}: {problem}";
    in_field(field: &str, problem: &str) =
        "feltet «{field}»: {problem}", "the field “{field}”: {problem}";
    FILE_EMPTY = "filen er tom", "the file is empty";
    file_too_large(mb: u64, max: u64) =
        "filen fylder {mb} MB, men et netværks fil fylder højst {max} MB — det er nok ikke en fil fra mandat",
        "the file is {mb} MB, but a network's file is at most {max} MB — it is probably not a mandat file";
    NOT_UTF8 =
        "tegn, der ikke er UTF-8 (filen er gemt med et andet tegnsæt)",
        "characters that are not UTF-8 (the file uses another encoding)";
    TRUNCATED =
        "filen slutter midt i det hele — den er nok blevet afkortet",
        "the file stops in the middle — it was probably cut short";

    MIGRATE_NOT_AN_OBJECT =
        "filen skal indeholde ét JSON-objekt ({ … }) øverst",
        "the file must hold one JSON object ({ … }) at the top";
    migrate_bad_version(value: &str) =
        "«schema_version» skal være et helt tal, ikke {value}",
        "“schema_version” must be a whole number, not {value}";
    migrate_newer(found: u64, known: u32) =
        "filen er skrevet af en nyere udgave af mandat (filformat {found}; denne udgave kender {known})",
        "the file was written by a newer version of mandat (file format {found}; this version knows {known})";
    migrate_missing_field(from: u32, field: &str) =
        "kan ikke opgradere filen fra filformat {from}: feltet «{field}» mangler",
        "cannot upgrade the file from file format {from}: the field “{field}” is missing";
    migrate_no_step(from: u32) =
        "denne udgave af mandat kan ikke opgradere filformat {from}",
        "this version of mandat cannot upgrade file format {from}";
}

/// Longest piece of a file quoted in a message; a whole pasted page helps nobody there.
pub const MAX_QUOTED_CHARS: usize = 60;

/// A value from a file, made safe to quote in a one-line message (see [`escaped`]).
pub fn from_file(value: &str) -> String {
    escaped(value, MAX_QUOTED_CHARS)
}

/// A value from a file in the language's quotation marks: «x» or “x”.
pub fn quote(lang: Lang, value: &str) -> String {
    quoted(lang, &from_file(value))
}

/// Names from one of serde's lists, quoted: "«a», «b» eller «c»".
pub fn alternatives(lang: Lang, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| quote(lang, n)).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => or_last(lang, &rest.join(", "), last),
    }
}

/// What is wrong inside a JSON text, in one phrase.
pub fn json_detail(lang: Lang, detail: &JsonDetail) -> String {
    match detail {
        JsonDetail::Syntax(code) => syntax(lang, &Syntax::of(code)),
        JsonDetail::DecimalComma => DECIMAL_COMMA.get(lang).to_string(),
        JsonDetail::WrongType { found, expected } => {
            wrong_type_phrase(lang, &Found::of(found), &Expected::of(expected))
        }
        JsonDetail::InvalidValue { found, expected } => invalid_value(
            lang,
            &found_phrase(lang, &Found::of(found)),
            &expected_phrase(lang, &Expected::of(expected)),
        ),
        JsonDetail::MissingField(field) => missing_field_phrase(lang, field),
        JsonDetail::DuplicateField(field) => duplicate_field(lang, &from_file(field)),
        JsonDetail::UnknownField { field, expected } => match listed(expected).as_slice() {
            [] => unknown_field_none_allowed(lang, &from_file(field)),
            allowed => unknown_field(lang, &from_file(field), &alternatives(lang, allowed)),
        },
        JsonDetail::UnknownVariant { value, expected } => match listed(expected).as_slice() {
            [] => unknown_value_unlisted(lang, &from_file(value)),
            allowed => unknown_value(lang, &from_file(value), &alternatives(lang, allowed)),
        },
        JsonDetail::BadDate => BAD_DATE.get(lang).to_string(),
        JsonDetail::Other(what) => other_data(lang, &from_file(what)),
    }
}

/// A wrong type, with a hint when the value is a number written as a text ("7,5").
fn wrong_type_phrase(lang: Lang, found: &Found, expected: &Expected) -> String {
    let found_words = found_phrase(lang, found);
    let expected_words = expected_phrase(lang, expected);
    match found.number_in_text() {
        Some(number) if expected.is_number() => {
            number_in_quotes(lang, &expected_words, &found_words, &from_file(&number))
        }
        _ => wrong_type(lang, &expected_words, &found_words),
    }
}

/// A text's missing language is said with what to add; any other field by its name.
fn missing_field_phrase(lang: Lang, field: &str) -> String {
    match field {
        "da" => MISSING_DANISH.get(lang).to_string(),
        "en" => MISSING_ENGLISH.get(lang).to_string(),
        other => missing_field(lang, &from_file(other)),
    }
}

pub fn expected_phrase(lang: Lang, expected: &Expected) -> String {
    let words = match expected {
        Expected::Number => EXPECTED_NUMBER,
        Expected::WholeNumber => EXPECTED_WHOLE_NUMBER,
        Expected::Count => EXPECTED_COUNT,
        Expected::Text => EXPECTED_TEXT,
        Expected::Boolean => EXPECTED_BOOLEAN,
        Expected::List => EXPECTED_LIST,
        Expected::Tuple => EXPECTED_TUPLE,
        Expected::Object => EXPECTED_OBJECT,
        Expected::BilingualText => EXPECTED_BILINGUAL_TEXT,
        Expected::Word => EXPECTED_WORD,
        Expected::Date => EXPECTED_DATE,
        Expected::DateTime => EXPECTED_DATE_TIME,
        Expected::Other(serde_words) => return from_file(serde_words),
    };
    words.get(lang).to_string()
}

pub fn found_phrase(lang: Lang, found: &Found) -> String {
    let words = match found {
        Found::Text(text) => return found_text(lang, &from_file(text)),
        Found::Number(n) => return found_number(lang, &from_file(n)),
        Found::Boolean(b) => return from_file(b),
        Found::Other(serde_words) => return from_file(serde_words),
        Found::Null => FOUND_NULL,
        Found::List => FOUND_LIST,
        Found::Object => FOUND_OBJECT,
    };
    words.get(lang).to_string()
}

/// A syntax error, with what to do about it.
pub fn syntax(lang: Lang, syntax: &Syntax) -> String {
    let words = match syntax {
        Syntax::MissingCommaOrBrace => MISSING_COMMA_OR_BRACE,
        Syntax::MissingCommaOrBracket => MISSING_COMMA_OR_BRACKET,
        Syntax::MissingColon => MISSING_COLON,
        Syntax::ExpectedValue => EXPECTED_VALUE,
        Syntax::ExpectedWord => EXPECTED_IDENT,
        Syntax::MissingQuote => MISSING_QUOTE,
        Syntax::TrailingComma => TRAILING_COMMA,
        Syntax::UnquotedKey => UNQUOTED_KEY,
        Syntax::EndInText => END_IN_TEXT,
        Syntax::EndTooEarly => END_TOO_EARLY,
        Syntax::ControlInText => CONTROL_IN_TEXT,
        Syntax::BadEscape => BAD_ESCAPE,
        Syntax::BadNumber => BAD_NUMBER,
        Syntax::NumberTooLarge => NUMBER_TOO_LARGE,
        Syntax::TrailingCharacters => TRAILING_CHARACTERS,
        Syntax::TooDeep => TOO_DEEP,
        Syntax::Other(code) => return invalid_json(lang, &from_file(code)),
    };
    words.get(lang).to_string()
}

/// Why a save file (or a backup) cannot be read, with its position when known, in one
/// phrase. The store names the file around it.
pub fn read_problem(lang: Lang, problem: &ReadProblem) -> String {
    const MB: u64 = 1024 * 1024;
    match problem {
        ReadProblem::Empty => FILE_EMPTY.get(lang).to_string(),
        ReadProblem::TooLarge { bytes } => {
            file_too_large(lang, bytes.div_ceil(MB), crate::store::MAX_FILE_BYTES / MB)
        }
        ReadProblem::NotUtf8 { line, column } => {
            positioned(lang, *line, *column, NOT_UTF8.get(lang))
        }
        ReadProblem::Truncated { line, column } => {
            positioned(lang, *line, *column, TRUNCATED.get(lang))
        }
        ReadProblem::Json {
            line,
            column,
            field,
            detail,
        } => {
            let detail = json_detail(lang, detail);
            let detail = match field {
                Some(field) => in_field(lang, &from_file(field), &detail),
                None => detail,
            };
            positioned(lang, *line, *column, &detail)
        }
        ReadProblem::Migrate(err) => migrate(lang, err),
    }
}

/// "linje 3, kolonne 7: …", or the problem alone when the position is unknown (line 0).
fn positioned(lang: Lang, line: usize, column: usize, problem: &str) -> String {
    if line == 0 {
        problem.to_string()
    } else {
        at_position(lang, line, column.max(1), problem)
    }
}

/// Why an old save file could not be brought up to this version, without the file name.
pub fn migrate(lang: Lang, err: &MigrateError) -> String {
    match err {
        MigrateError::NotAnObject => MIGRATE_NOT_AN_OBJECT.get(lang).to_string(),
        MigrateError::BadVersion(json) => migrate_bad_version(lang, &from_file(json)),
        MigrateError::Newer { found, known } => migrate_newer(lang, *found, *known),
        MigrateError::MissingField { from, field } => migrate_missing_field(lang, *from, field),
        MigrateError::NoStep { from } => migrate_no_step(lang, *from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail(lang: Lang, d: JsonDetail) -> String {
        json_detail(lang, &d)
    }

    #[test]
    fn a_wrong_type_reads_like_a_sentence_in_both_languages() {
        let d = JsonDetail::WrongType {
            found: "string \"mange\"".into(),
            expected: "f64".into(),
        };
        assert_eq!(
            detail(Lang::Da, d.clone()),
            "forventede et tal, men fandt teksten «mange»"
        );
        assert_eq!(
            detail(Lang::En, d),
            "expected a number, but found the text “mange”"
        );
    }

    #[test]
    fn a_number_in_quotes_is_told_how_to_write_it() {
        let d = JsonDetail::WrongType {
            found: "string \"7,5\"".into(),
            expected: "f64".into(),
        };
        assert_eq!(
            detail(Lang::Da, d),
            "forventede et tal, men fandt teksten «7,5»; skriv tallet uden anførselstegn: 7.5"
        );
    }

    #[test]
    fn unknown_values_and_fields_list_the_allowed_ones() {
        let d = JsonDetail::UnknownVariant {
            value: "velfærd".into(),
            expected: "`velfaerd`, `innovation` or `laering`".into(),
        };
        assert_eq!(
            detail(Lang::Da, d.clone()),
            "ukendt værdi «velfærd»; brug en af «velfaerd», «innovation» eller «laering»"
        );
        assert_eq!(
            detail(Lang::En, d),
            "unknown value “velfærd”; use one of “velfaerd”, “innovation” or “laering”"
        );
        let d = JsonDetail::UnknownField {
            field: "fr".into(),
            expected: "`da` or `en`".into(),
        };
        assert_eq!(
            detail(Lang::Da, d),
            "ukendt felt «fr»; tilladte felter her er «da» eller «en». Ret stavningen eller slet feltet"
        );
    }

    #[test]
    fn a_missing_translation_says_what_to_add() {
        let d = JsonDetail::MissingField("en".into());
        assert!(detail(Lang::Da, d.clone()).starts_with("den engelske oversættelse mangler"));
        assert!(detail(Lang::En, d).starts_with("the English translation is missing"));
    }

    #[test]
    fn syntax_errors_say_what_to_do_and_unknown_ones_say_invalid_json() {
        let d = JsonDetail::Syntax("expected `,` or `}`".into());
        assert_eq!(
            detail(Lang::Da, d.clone()),
            "her mangler et komma (,) eller en afsluttende }"
        );
        assert_eq!(
            detail(Lang::En, d),
            "a comma (,) or a closing } is missing here"
        );
        let d = JsonDetail::Syntax("something new".into());
        assert!(detail(Lang::Da, d.clone()).starts_with("ugyldig JSON: "));
        assert!(detail(Lang::En, d).starts_with("invalid JSON: "));
        assert!(detail(Lang::Da, JsonDetail::DecimalComma).contains("7.5"));
    }

    #[test]
    fn a_value_from_the_file_is_quoted_without_escape_codes_and_cut_short() {
        let d = JsonDetail::UnknownVariant {
            value: format!("\u{1b}[2J\u{202e}{}", "x".repeat(500)),
            expected: "`velfaerd`".into(),
        };
        for lang in Lang::ALL {
            let m = detail(lang, d.clone());
            assert!(m.contains("\\u{1b}[2J\\u{202e}xxx"), "{m}");
            assert!(m.contains("x…"), "{m}");
            assert!(m.chars().count() < 120, "{m}");
            assert!(!m.contains(['\u{1b}', '\u{202e}']), "{m}");
        }
    }

    #[test]
    fn a_read_problem_has_its_position_and_field() {
        let p = ReadProblem::Json {
            line: 3,
            column: 7,
            field: Some("weekly_hours".into()),
            detail: Box::new(JsonDetail::WrongType {
                found: "string \"mange\"".into(),
                expected: "f64".into(),
            }),
        };
        assert_eq!(
            read_problem(Lang::Da, &p),
            "linje 3, kolonne 7: feltet «weekly_hours»: forventede et tal, men fandt teksten «mange»"
        );
        assert_eq!(
            read_problem(Lang::En, &p),
            "line 3, column 7: the field “weekly_hours”: expected a number, but found the text “mange”"
        );
    }

    #[test]
    fn migration_problems_are_said_in_both_languages() {
        let err = MigrateError::Newer { found: 2, known: 1 };
        assert!(migrate(Lang::Da, &err).contains("nyere udgave"));
        assert!(migrate(Lang::En, &err).contains("newer version"));
        let err = MigrateError::BadVersion(format!("\"\u{202e}{}\"", "9".repeat(100)));
        let m = migrate(Lang::Da, &err);
        assert!(m.contains("\\u{202e}") && m.ends_with('…'), "{m}");
    }
}
