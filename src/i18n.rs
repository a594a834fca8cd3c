//! Languages and localised texts.

use serde::{Deserialize, Serialize};

/// The language every text a user reads is shown in. Danish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Picks the Danish or the English of a pair of literals.
    pub fn pick<'a>(self, da: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// A text from the content files, present in every language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub da: String,
    pub en: String,
}

impl Text {
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            da: da.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

/// A fixed UI string in both languages: `L("Gem", "Save").get(lang)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct L(pub &'static str, pub &'static str);

impl L {
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.0, self.1)
    }
}

/// A decimal number the way the language writes it: "12,5" in Danish, "12.5" in English.
/// Whole numbers have no decimals.
pub fn number(value: f64, lang: Lang) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let s = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s,
    }
}
