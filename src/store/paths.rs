//! Where things live, and which names are safe as file names.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDateTime, Utc};

/// Longest slug [`slug`] makes, before any "-2" for a clash.
pub const MAX_SLUG_CHARS: usize = 40;

/// The slug used when a name has no letters or digits at all.
pub const FALLBACK_SLUG: &str = "netvaerk";

/// The platform's data folder for `mandat`:
/// Linux `~/.local/share/mandat` (or `$XDG_DATA_HOME/mandat`),
/// macOS `~/Library/Application Support/dk.mandat`,
/// Windows `%APPDATA%\mandat\data`.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("dk", "", "mandat").map(|d| d.data_dir().to_path_buf())
}

/// A readable file-name-safe id from a network's name: lowercase ASCII letters, digits and
/// hyphens; æ→ae, ø→oe, å→aa (and other accents dropped); at most [`MAX_SLUG_CHARS`]
/// characters, cut at a word boundary when one is near; [`FALLBACK_SLUG`] if nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match ascii_for(c) {
            Some(s) => out.push_str(s),
            None if c.is_ascii_alphanumeric() => out.push(c),
            None => {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
            }
        }
    }
    let mut slug = out.trim_end_matches('-').to_string();
    if slug.len() > MAX_SLUG_CHARS {
        let cut = &slug[..MAX_SLUG_CHARS];
        let next_is_boundary = slug.as_bytes()[MAX_SLUG_CHARS] == b'-';
        slug = match cut.rfind('-') {
            Some(i) if !next_is_boundary && i >= MAX_SLUG_CHARS / 2 => cut[..i].to_string(),
            _ => cut.trim_end_matches('-').to_string(),
        };
    }
    if slug.is_empty() {
        FALLBACK_SLUG.to_string()
    } else {
        slug
    }
}

/// Letters outside ASCII that have a usual ASCII spelling.
fn ascii_for(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'ä' => "ae",
        'ø' | 'ö' | 'œ' => "oe",
        'å' => "aa",
        'ü' => "ue",
        'ß' => "ss",
        'á' | 'à' | 'â' | 'ã' => "a",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' | 'õ' => "o",
        'ú' | 'ù' | 'û' => "u",
        'ý' | 'ÿ' => "y",
        'ç' => "c",
        'ñ' => "n",
        'ð' => "d",
        'þ' => "th",
        _ => return None,
    })
}

/// Names Windows reserves whatever the extension; a workspace must not be called one.
pub fn is_reserved_name(id: &str) -> bool {
    let lower = id.to_ascii_lowercase();
    matches!(lower.as_str(), "con" | "prn" | "aux" | "nul")
        || ((lower.starts_with("com") || lower.starts_with("lpt"))
            && lower.len() == 4
            && lower.as_bytes()[3].is_ascii_digit())
}

/// Whether `id` can name a workspace file: not empty, no folder separators or other characters
/// a file system would refuse, not hidden, not a Windows device name. A file a user copied in
/// under another name (say "Mit netværk.json") is still a valid id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && !id.starts_with('.')
        && !id.ends_with('.')
        && !id.ends_with(' ')
        && !is_reserved_name(id)
        && !id.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
}

/// The UTC time as used in backup and kept-file names: `YYYYMMDDTHHMMSSmmm`.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%S%3f").to_string()
}

/// The time in a [`stamp`], if the text is exactly one.
pub fn parse_stamp(s: &str) -> Option<DateTime<Utc>> {
    if s.len() != 18 || !s.is_ascii() {
        return None;
    }
    NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S%3f")
        .ok()
        .map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn danish_letters_are_spelt_out() {
        assert_eq!(slug("Ældre i eget hjem"), "aeldre-i-eget-hjem");
        assert_eq!(slug("Sønderborg Børn & Unge"), "soenderborg-boern-unge");
        assert_eq!(slug("Åben skole"), "aaben-skole");
        assert_eq!(slug("Café Æblegården"), "cafe-aeblegaarden");
    }

    #[test]
    fn punctuation_and_spaces_become_single_hyphens() {
        assert_eq!(slug("  Trivsel -- og   læring!! "), "trivsel-og-laering");
        assert_eq!(slug("2027/2028: Forløb"), "2027-2028-forloeb");
    }

    #[test]
    fn a_name_without_letters_becomes_netvaerk() {
        assert_eq!(slug(""), "netvaerk");
        assert_eq!(slug("!!! ???"), "netvaerk");
        assert_eq!(slug("🙂"), "netvaerk");
    }

    #[test]
    fn long_names_are_cut_at_a_word_near_forty_characters() {
        let s = slug("Sammenhængende forløb for borgere med komplekse behov i eget hjem");
        assert!(s.len() <= MAX_SLUG_CHARS, "{s}");
        assert_eq!(s, "sammenhaengende-forloeb-for-borgere-med");
        let unbroken = slug(&"a".repeat(60));
        assert_eq!(unbroken.len(), MAX_SLUG_CHARS);
    }

    #[test]
    fn ids_that_could_escape_the_folder_are_invalid() {
        for bad in [
            "", "../x", "a/b", "a\\b", ".hidden", "x.", "con", "COM1", "a:b", "a\nb",
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
        for good in ["aeldre", "netvaerk-2", "Mit netværk", "a.b"] {
            assert!(is_valid_id(good), "{good:?}");
        }
    }

    #[test]
    fn stamps_round_trip_to_the_millisecond() {
        let t = Utc.with_ymd_and_hms(2027, 1, 18, 9, 30, 15).unwrap()
            + chrono::Duration::milliseconds(123);
        assert_eq!(stamp(t), "20270118T093015123");
        assert_eq!(parse_stamp("20270118T093015123"), Some(t));
        assert_eq!(parse_stamp("20270118T093015"), None);
        assert_eq!(parse_stamp("previous"), None);
    }
}
