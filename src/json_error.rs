//! serde_json's errors as data. serde_json describes a problem in English prose ("invalid
//! type: string \"x\", expected f64"); this module reads that prose once into values, so the
//! content check and the save files can say the same problem the same way, in either language
//! (the words are in [`crate::text::error`]). Nothing here is meant for a person to read.

use serde_json::error::Category;

use crate::vocab::Lang;

/// What is wrong inside a JSON text. The strings are serde's own descriptions, kept as they
/// are so a caller can still find the value in the file; [`Expected::of`] and [`Found::of`]
/// read them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JsonDetail {
    /// A syntax error, by serde_json's description, e.g. "expected `,` or `}`" (see
    /// [`Syntax::of`]).
    Syntax(String),
    /// A number written with a decimal comma (`7,5`): serde sees a comma and then a field name
    /// that is not in quotes.
    DecimalComma,
    /// `found` and `expected` as serde describes them ("string \"x\"", "f64").
    WrongType {
        found: String,
        expected: String,
    },
    InvalidValue {
        found: String,
        expected: String,
    },
    MissingField(String),
    DuplicateField(String),
    /// A field the type does not have; `expected` is serde's list of the allowed ones
    /// ("`da` or `en`"), empty when none are allowed.
    UnknownField {
        field: String,
        expected: String,
    },
    /// A value that is not one of the allowed words; `expected` is serde's list ("`a` or `b`").
    UnknownVariant {
        value: String,
        expected: String,
    },
    /// A date or time that cannot be read.
    BadDate,
    /// Anything else, in serde's words.
    Other(String),
}

impl JsonDetail {
    /// Classifies serde_json's error. `here` is the character at the error's position, when the
    /// caller has the text: it tells a decimal comma from other syntax errors.
    pub fn from_serde(err: &serde_json::Error, here: Option<char>) -> JsonDetail {
        let message = without_position(err);
        match err.classify() {
            Category::Syntax | Category::Eof => JsonDetail::from_syntax(&message, here),
            Category::Data | Category::Io => JsonDetail::from_message(&message),
        }
    }

    fn from_syntax(code: &str, here: Option<char>) -> JsonDetail {
        if code == "key must be a string" && here.is_some_and(|c| c.is_ascii_digit()) {
            JsonDetail::DecimalComma
        } else {
            JsonDetail::Syntax(code.to_string())
        }
    }

    /// Classifies a data error by serde's message (without the position).
    pub fn from_message(message: &str) -> JsonDetail {
        if let Some((found, expected)) = split_found(message, "invalid type: ") {
            return JsonDetail::WrongType { found, expected };
        }
        if let Some((found, expected)) = split_found(message, "invalid value: ") {
            return JsonDetail::InvalidValue { found, expected };
        }
        if let Some(expected) = wrong_length(message) {
            // An array where one value, or an array of another length, was expected.
            return JsonDetail::WrongType {
                found: "sequence".to_string(),
                expected,
            };
        }
        if let Some(field) = ticked_after(message, "missing field `") {
            return JsonDetail::MissingField(field);
        }
        if let Some(field) = ticked_after(message, "duplicate field `") {
            return JsonDetail::DuplicateField(field);
        }
        if let Some(rest) = message.strip_prefix("unknown field `") {
            let (field, expected) = name_and_list(rest);
            return JsonDetail::UnknownField { field, expected };
        }
        if let Some(rest) = message.strip_prefix("unknown variant `") {
            let (value, expected) = name_and_list(rest);
            return JsonDetail::UnknownVariant { value, expected };
        }
        if DATE_ERRORS.contains(&message) {
            return JsonDetail::BadDate;
        }
        JsonDetail::Other(message.to_string())
    }

    /// The detail in one phrase; the words are in the catalogue.
    pub fn message(&self, lang: Lang) -> String {
        crate::text::error::json_detail(lang, self)
    }
}

/// chrono's own words for a date or time string it cannot parse.
const DATE_ERRORS: [&str; 7] = [
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "input is out of range",
    "input is not enough for unique date and time",
    "no possible date and time matching input",
    "bad or unsupported format string",
];

/// serde_json's message without the " at line L column C" it appends when it knows the
/// position (the caller reports the position its own way).
pub fn without_position(err: &serde_json::Error) -> String {
    let mut full = err.to_string();
    if err.line() > 0
        && let Some(i) = full.rfind(" at line ")
    {
        full.truncate(i);
    }
    full
}

/// "invalid type: FOUND, expected EXPECTED" split in two. The last ", expected " is the one:
/// a string found may itself contain the words.
fn split_found(message: &str, prefix: &str) -> Option<(String, String)> {
    let rest = message.strip_prefix(prefix)?;
    let i = rest.rfind(", expected ")?;
    Some((
        rest[..i].to_string(),
        rest[i + ", expected ".len()..].to_string(),
    ))
}

/// What was expected instead of an array of the wrong length: "invalid length 0, expected
/// struct Text with 2 elements" gives "struct Text".
fn wrong_length(message: &str) -> Option<String> {
    let rest = message.strip_prefix("invalid length ")?;
    let (_, expected) = rest.split_once(", expected ")?;
    let expected = match expected.rfind(" with ") {
        Some(i) if expected.ends_with(" elements") || expected.ends_with(" element") => {
            &expected[..i]
        }
        _ => expected,
    };
    Some(expected.to_string())
}

/// The name between `prefix` and a closing backtick at the end: "missing field `x`".
fn ticked_after(message: &str, prefix: &str) -> Option<String> {
    let name = message.strip_prefix(prefix)?.strip_suffix('`')?;
    Some(name.to_string())
}

/// After "unknown field `" or "unknown variant `": the name, and serde's list of the allowed
/// ones ("`a`, `b` or `c`"), empty when serde says there are none.
fn name_and_list(rest: &str) -> (String, String) {
    if let Some((name, list)) = rest.split_once("`, expected ") {
        let list = list.strip_prefix("one of ").unwrap_or(list);
        return (name.to_string(), list.to_string());
    }
    let name = match rest.split_once("`, there are no ") {
        Some((name, _)) => name,
        None => rest.strip_suffix('`').unwrap_or(rest),
    };
    (name.to_string(), String::new())
}

/// The names in one of serde's lists, "`a`, `b` or `c`": the parts between backticks.
pub fn listed(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

/// A syntax error, by serde_json's description of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    MissingCommaOrBrace,
    MissingCommaOrBracket,
    MissingColon,
    ExpectedValue,
    /// A bare word that is not `true`, `false` or `null`.
    ExpectedWord,
    MissingQuote,
    TrailingComma,
    UnquotedKey,
    /// The text ends inside a string.
    EndInText,
    /// The text ends inside an object, a list or before a value.
    EndTooEarly,
    /// A raw line break, tab or other control character inside a string.
    ControlInText,
    BadEscape,
    BadNumber,
    NumberTooLarge,
    TrailingCharacters,
    TooDeep,
    Other(String),
}

impl Syntax {
    pub fn of(code: &str) -> Syntax {
        match code {
            "expected `,` or `}`" => Syntax::MissingCommaOrBrace,
            "expected `,` or `]`" => Syntax::MissingCommaOrBracket,
            "expected `:`" => Syntax::MissingColon,
            "expected value" => Syntax::ExpectedValue,
            "expected ident" => Syntax::ExpectedWord,
            "expected `\"`" => Syntax::MissingQuote,
            "trailing comma" => Syntax::TrailingComma,
            "key must be a string" => Syntax::UnquotedKey,
            "EOF while parsing a string" => Syntax::EndInText,
            "EOF while parsing an object"
            | "EOF while parsing a list"
            | "EOF while parsing a value" => Syntax::EndTooEarly,
            "invalid escape" | "unexpected end of hex escape" | "invalid unicode code point" => {
                Syntax::BadEscape
            }
            "invalid number" => Syntax::BadNumber,
            "number out of range" => Syntax::NumberTooLarge,
            "trailing characters" => Syntax::TrailingCharacters,
            "recursion limit exceeded" => Syntax::TooDeep,
            _ if code.starts_with("control character") => Syntax::ControlInText,
            _ if code.starts_with("lone leading surrogate") => Syntax::BadEscape,
            _ => Syntax::Other(code.to_string()),
        }
    }
}

/// What serde expected, by its description ("f64", "a string", "struct Text").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Any number: `f64`.
    Number,
    /// A whole number that may be negative.
    WholeNumber,
    /// A whole number of 0 or more.
    Count,
    Text,
    Boolean,
    List,
    Tuple,
    Object,
    /// The content's `{"da": …, "en": …}`.
    BilingualText,
    /// One of the words an enumeration allows.
    Word,
    Date,
    DateTime,
    /// Something else, in serde's words.
    Other(String),
}

impl Expected {
    pub fn of(expected: &str) -> Expected {
        let e = expected.trim();
        match e {
            "f64" | "f32" => Expected::Number,
            "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => Expected::WholeNumber,
            "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => Expected::Count,
            "a string" | "string" | "a borrowed string" | "a character" => Expected::Text,
            "a boolean" => Expected::Boolean,
            "a sequence" => Expected::List,
            "struct Text" => Expected::BilingualText,
            _ if e.starts_with("a tuple of size") => Expected::Tuple,
            _ if e.starts_with("struct ")
                || e.starts_with("a map")
                || e.starts_with("internally tagged enum") =>
            {
                Expected::Object
            }
            _ if e.starts_with("enum ") || e.contains("variant") => Expected::Word,
            _ if e.contains("date and time") => Expected::DateTime,
            _ if e.contains("date") => Expected::Date,
            _ => Expected::Other(e.to_string()),
        }
    }

    /// Whether a number written in quotes would have done.
    pub fn is_number(&self) -> bool {
        matches!(
            self,
            Expected::Number | Expected::WholeNumber | Expected::Count
        )
    }
}

/// What serde found instead, by its description ("string \"x\"", "integer `5`", "map").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A text, as serde quotes it (Rust's escapes, without the surrounding quotes).
    Text(String),
    Number(String),
    Boolean(String),
    Null,
    List,
    Object,
    Other(String),
}

impl Found {
    pub fn of(found: &str) -> Found {
        let f = found.trim();
        if let Some(text) = f.strip_prefix("string ") {
            let inner = text
                .strip_prefix('"')
                .and_then(|t| t.strip_suffix('"'))
                .unwrap_or(text);
            return Found::Text(inner.to_string());
        }
        for prefix in ["integer ", "floating point "] {
            if let Some(n) = f.strip_prefix(prefix) {
                return Found::Number(n.trim_matches('`').to_string());
            }
        }
        if let Some(b) = f.strip_prefix("boolean ") {
            return Found::Boolean(b.trim_matches('`').to_string());
        }
        match f {
            "null" | "unit value" | "Option value" => Found::Null,
            "sequence" => Found::List,
            "map" => Found::Object,
            _ => Found::Other(f.to_string()),
        }
    }

    /// The number a text holds when it is one, written as JSON writes it ("7,5" gives "7.5").
    pub fn number_in_text(&self) -> Option<String> {
        let Found::Text(text) = self else {
            return None;
        };
        let number = text.trim().replace(',', ".");
        let finite = number.parse::<f64>().is_ok_and(f64::is_finite);
        (finite && !number.is_empty()).then_some(number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(json: &str) -> JsonDetail {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Sample {
            weeks: u32,
            hours: f64,
            kind: crate::vocab::PhaseKind,
        }
        match serde_json::from_str::<Sample>(json) {
            Ok(v) => panic!("{json} was read as {v:?}"),
            Err(e) => JsonDetail::from_serde(&e, None),
        }
    }

    #[test]
    fn serde_errors_become_data() {
        assert_eq!(
            data(r#"{"weeks": 1, "hours": "mange", "kind": "test"}"#),
            JsonDetail::WrongType {
                found: "string \"mange\"".into(),
                expected: "f64".into()
            }
        );
        assert_eq!(
            data(r#"{"weeks": -3, "hours": 1, "kind": "test"}"#),
            JsonDetail::InvalidValue {
                found: "integer `-3`".into(),
                expected: "u32".into()
            }
        );
        assert_eq!(
            data(r#"{"weeks": 1, "hours": 1}"#),
            JsonDetail::MissingField("kind".into())
        );
        assert_eq!(
            data(r#"{"weeks": 1, "weeks": 1, "hours": 1, "kind": "test"}"#),
            JsonDetail::DuplicateField("weeks".into())
        );
        let JsonDetail::UnknownVariant { value, expected } =
            data(r#"{"weeks": 1, "hours": 1, "kind": "tset"}"#)
        else {
            panic!("not an unknown variant");
        };
        assert_eq!(value, "tset");
        assert_eq!(listed(&expected), ["phase", "break", "test"]);
        let JsonDetail::UnknownField { field, expected } =
            data(r#"{"weeks": 1, "hours": 1, "kind": "test", "fr": 1}"#)
        else {
            panic!("not an unknown field");
        };
        assert_eq!(field, "fr");
        assert_eq!(listed(&expected), ["weeks", "hours", "kind"]);
    }

    #[test]
    fn syntax_errors_keep_serdes_description_and_a_decimal_comma_is_told_apart() {
        let err =
            serde_json::from_str::<serde_json::Value>("{\"a\": 1 \"b\": 2}").expect_err("not JSON");
        assert_eq!(
            JsonDetail::from_serde(&err, None),
            JsonDetail::Syntax("expected `,` or `}`".into())
        );
        let err = serde_json::from_str::<serde_json::Value>("{\"a\": 7,5}").expect_err("comma");
        assert_eq!(
            JsonDetail::from_serde(&err, Some('5')),
            JsonDetail::DecimalComma
        );
        assert!(!without_position(&err).contains(" at line "));
    }

    #[test]
    fn an_array_of_the_wrong_length_is_a_list_found() {
        assert_eq!(
            JsonDetail::from_message("invalid length 0, expected struct Text with 2 elements"),
            JsonDetail::WrongType {
                found: "sequence".into(),
                expected: "struct Text".into()
            }
        );
    }

    #[test]
    fn an_unknown_field_where_none_are_allowed_has_an_empty_list() {
        assert_eq!(
            JsonDetail::from_message("unknown field `x`, there are no fields"),
            JsonDetail::UnknownField {
                field: "x".into(),
                expected: String::new()
            }
        );
    }

    #[test]
    fn serdes_descriptions_are_read_into_kinds() {
        assert_eq!(Expected::of("u32"), Expected::Count);
        assert_eq!(Expected::of("struct Text"), Expected::BilingualText);
        assert_eq!(Expected::of("struct Meeting"), Expected::Object);
        assert_eq!(Expected::of("enum Counterpart"), Expected::Word);
        assert_eq!(Found::of("string \"7,5\""), Found::Text("7,5".into()));
        assert_eq!(
            Found::of("floating point `2.5`"),
            Found::Number("2.5".into())
        );
        assert_eq!(Found::of("map"), Found::Object);
        assert_eq!(
            Found::of("string \"7,5\"").number_in_text().as_deref(),
            Some("7.5")
        );
        assert_eq!(Found::of("string \"fuld tid\"").number_in_text(), None);
    }
}
