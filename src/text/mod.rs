//! Every word a person reads — screens, key hints, help, documents, command-line messages and
//! errors — in Danish and English, side by side. Domain texts an organisation may replace
//! (roles, pamphlets, questions, agreement templates, courses) come from `content/`; the words
//! here are the program's own.
//!
//! One mechanism: each sub-module lists its messages with [`messages!`]. A message without
//! arguments becomes a constant [`Msg`]; a message with arguments becomes a function that takes
//! the language and the arguments, each argument written once and used by name in both
//! languages:
//!
//! ```ignore
//! messages! {
//!     BACK = "tilbage", "back";
//!     hand_out_by(pamphlet: &str, date: &str) =
//!         "Aflever {pamphlet} senest {date}", "Hand out {pamphlet} by {date}";
//! }
//! ```
//!
//! Each sub-module's `ALL` lists its messages for the catalogue's own tests: both languages
//! present, the same arguments in both, and one quotation style per language (Danish «…»,
//! English “…”).
//!
//! Nothing outside this module chooses between the languages; code elsewhere passes a
//! [`Lang`] along and asks the catalogue for the words.

pub use crate::vocab::{Lang, Text};

/// Defines messages: `NAME = "dansk", "english";` or `name(arg: Type, …) = "… {arg} …", "…";`.
/// See the module documentation.
macro_rules! messages {
    ($( $(#[$doc:meta])* $name:ident $( ( $($arg:ident : $ty:ty),* $(,)? ) )? = $da:literal, $en:literal; )*) => {
        $( $crate::text::message_item!($(#[$doc])* $name $( ( $($arg : $ty),* ) )? = $da, $en); )*

        /// Every message of this module as (name, Danish, English), for the catalogue's tests.
        #[allow(dead_code)]
        pub const ALL: &[(&str, &str, &str)] = &[ $( (stringify!($name), $da, $en) ),* ];
    };
}

/// One message of [`messages!`]: a constant, or a function when it has arguments.
macro_rules! message_item {
    ($(#[$doc:meta])* $name:ident = $da:literal, $en:literal) => {
        $(#[$doc])*
        pub const $name: $crate::text::Msg = $crate::text::Msg { da: $da, en: $en };
    };
    ($(#[$doc:meta])* $name:ident ( $($arg:ident : $ty:ty),* ) = $da:literal, $en:literal) => {
        $(#[$doc])*
        pub fn $name(lang: $crate::text::Lang, $($arg: $ty),*) -> String {
            match lang {
                $crate::text::Lang::Da => format!($da),
                $crate::text::Lang::En => format!($en),
            }
        }
    };
}

pub(crate) use message_item;

pub mod cli;
pub mod codriver;
pub mod common;
pub mod content;
pub mod doc;
pub mod error;
pub mod files;
pub mod flow;
pub mod format;
pub mod ics;
pub mod plain;
pub mod plan;
pub mod report;
pub mod screen;
pub mod store;
pub mod xlsx;

/// One module's messages as (name, Danish, English).
pub type Messages = &'static [(&'static str, &'static str, &'static str)];

/// A fixed text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Msg {
    pub da: &'static str,
    pub en: &'static str,
}

impl Msg {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}

impl Lang {
    /// `da` or `en`: the command line's word, the HTML `lang` attribute and the content key.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

impl Text {
    /// The text in the reader's language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

/// The same text as a content [`Text`], e.g. to compare with a heading from the content.
impl From<Msg> for Text {
    fn from(m: Msg) -> Text {
        Text::new(m.da, m.en)
    }
}

/// Every module's messages, for the tests below and for anyone who wants to read the whole
/// catalogue at once.
pub fn catalogue() -> Vec<(&'static str, Messages)> {
    let mut all = vec![
        ("cli", cli::ALL),
        ("cli::help", cli::help::ALL),
        ("codriver", codriver::ALL),
        ("common", common::ALL),
        ("content", content::ALL),
        ("doc", doc::ALL),
        ("error", error::ALL),
        ("files", files::ALL),
        ("flow", flow::ALL),
        ("format", format::ALL),
        ("ics", ics::ALL),
        ("plan", plan::ALL),
        ("report", report::ALL),
        ("store", store::ALL),
        ("xlsx", xlsx::ALL),
    ];
    all.extend(plain::catalogue());
    all.extend(screen::catalogue());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` arguments a template uses, sorted, without `{{` escapes.
    fn arguments(template: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = template.replace("{{", "").replace("}}", "");
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            let inner = &rest[start + 1..start + end];
            let name = inner.split(':').next().unwrap_or("").to_string();
            out.push(name);
            rest = rest[start + end + 1..].to_string();
        }
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_arguments() {
        for (module, messages) in catalogue() {
            for (name, da, en) in messages {
                assert!(!da.trim().is_empty(), "{module}::{name} has no Danish");
                assert!(!en.trim().is_empty(), "{module}::{name} has no English");
                assert_eq!(
                    arguments(da),
                    arguments(en),
                    "{module}::{name} uses other arguments in Danish than in English"
                );
            }
        }
    }

    #[test]
    fn each_language_keeps_to_its_own_quotation_marks() {
        for (module, messages) in catalogue() {
            for (name, da, en) in messages {
                assert!(
                    !da.contains(['“', '”']),
                    "{module}::{name}: Danish quotes with «…»: {da}"
                );
                assert!(
                    !en.contains(['«', '»']),
                    "{module}::{name}: English quotes with “…”: {en}"
                );
            }
        }
    }

    #[test]
    fn message_names_are_unique_within_a_module() {
        for (module, messages) in catalogue() {
            let mut names: Vec<&str> = messages.iter().map(|(n, _, _)| *n).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "{module} defines a message twice");
        }
    }

    /// Words the Danish texts no longer use, each with the word that replaced it (issue: one
    /// term per concept). Matched at the start of a word, in lower case.
    const RETIRED_DANISH: &[(&str, &str)] = &[
        ("arbejdsområde", "netværk"),
        ("brief", "mødeark"),
        ("overstyr", "egne timer / rettet manuelt"),
        ("i hånden", "egne timer / rettet manuelt"),
        ("indholdet", "standardforslag / programmets tekster"),
        ("næste gennemgang", "opfølgning"),
        ("følges op den", "opfølgning"),
        ("deling i afdelingen", "videndeling i afdelingen"),
        ("udviklingsvej", "udviklingsforløb"),
        ("velfaerd", "velfærd"),
        ("laering", "læring"),
        ("give ord på", "sætte ord på"),
        ("one-to-one", "jeres faste møder"),
        ("omgangskreds", "kolleger"),
        ("i en anden mandat", "i mandat i et andet vindue"),
        ("støtte op", "bakke op om"),
    ];

    /// Whether `needle` begins a word somewhere in `text`.
    fn begins_a_word_in(text: &str, needle: &str) -> bool {
        text.match_indices(needle).any(|(i, _)| {
            !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
    }

    #[test]
    fn the_danish_texts_use_one_term_per_concept() {
        let mut found = Vec::new();
        for (module, messages) in catalogue() {
            for (name, da, _) in messages {
                let lower = da.to_lowercase();
                for (old, new) in RETIRED_DANISH {
                    if begins_a_word_in(&lower, old) {
                        found.push(format!(
                            "{module}::{name} says «{old}»; write «{new}»: {da}"
                        ));
                    }
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn the_secretariat_has_its_full_name_or_a_small_s() {
        const FULL: &str = "Sekretariatet for Netværksstrukturen";
        for (module, messages) in catalogue() {
            for (name, da, _) in messages {
                for (i, _) in da.match_indices("Sekretariatet") {
                    // A capital is right at the start of a sentence or with the full name.
                    let before = da[..i].trim_end();
                    let starts_sentence =
                        before.is_empty() || before.ends_with(['.', ':', '!', '?']);
                    assert!(
                        starts_sentence || da[i..].starts_with(FULL),
                        "{module}::{name}: «Sekretariatet» mid-sentence is «sekretariatet»: {da}"
                    );
                }
            }
        }
    }
}
