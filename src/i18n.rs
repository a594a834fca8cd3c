//! Transitional: the old two-language helpers, while the screens and documents move to the text
//! catalogue (`crate::text`). Nothing new should use this module.

pub use crate::text::format::number;
pub use crate::vocab::{Lang, Text};

/// A fixed UI string in both languages: `L("Gem", "Save").get(lang)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct L(pub &'static str, pub &'static str);

impl L {
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.0, self.1)
    }
}
