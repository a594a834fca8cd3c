//! The small words every other module shares: the two languages, the three counterparts, the
//! three network types and the kinds of phase. This module imports nothing from the rest of the
//! library, so content, planner, flow and model can all stand on it without importing each
//! other in a circle.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The language every text a person reads is shown in. Danish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];
}

impl FromStr for Lang {
    type Err = Unknown;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "da" | "dansk" | "danish" => Ok(Lang::Da),
            "en" | "engelsk" | "english" => Ok(Lang::En),
            _ => Err(Unknown(s.to_string())),
        }
    }
}

/// A word the command line or a file gave that names none of the choices. Plain data: the text
/// catalogue says what the choices are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown(pub String);

/// A text from the content files, present in every language (`Text::get` is in the text
/// catalogue, the one place that chooses between the languages).
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
}

/// One of the three people who give the network leader their mandate.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum Counterpart {
    #[default]
    #[serde(rename = "personaleleder")]
    Personaleleder,
    #[serde(rename = "referenceleder")]
    Referenceleder,
    #[serde(rename = "co-driver")]
    CoDriver,
}

impl Counterpart {
    pub const ALL: [Counterpart; 3] = [
        Counterpart::Personaleleder,
        Counterpart::Referenceleder,
        Counterpart::CoDriver,
    ];

    /// The id used on the command line, in the save file and in content files. The name a
    /// person reads comes from the content (`roles.json`), so an organisation can rename it.
    pub fn id(self) -> &'static str {
        match self {
            Counterpart::Personaleleder => "personaleleder",
            Counterpart::Referenceleder => "referenceleder",
            Counterpart::CoDriver => "co-driver",
        }
    }
}

impl fmt::Display for Counterpart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Counterpart {
    type Err = Unknown;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "personaleleder" => Ok(Counterpart::Personaleleder),
            "referenceleder" => Ok(Counterpart::Referenceleder),
            "co-driver" | "codriver" => Ok(Counterpart::CoDriver),
            _ => Err(Unknown(s.to_string())),
        }
    }
}

/// The three kinds of network in the network-based organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkType {
    Velfaerd,
    Innovation,
    Laering,
}

impl NetworkType {
    pub const ALL: [NetworkType; 3] = [
        NetworkType::Velfaerd,
        NetworkType::Innovation,
        NetworkType::Laering,
    ];

    /// The next type in [`NetworkType::ALL`] (or the one before), round the end: what `←`/`→`
    /// choose in a form.
    pub fn cycled(self, forward: bool) -> NetworkType {
        cycle(&NetworkType::ALL, self, forward)
    }

    /// The id on the command line and in files; `velfærd` and `læring` are read too.
    pub fn id(self) -> &'static str {
        match self {
            NetworkType::Velfaerd => "velfaerd",
            NetworkType::Innovation => "innovation",
            NetworkType::Laering => "laering",
        }
    }
}

impl fmt::Display for NetworkType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for NetworkType {
    type Err = Unknown;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "velfaerd" | "velfærd" | "velfaerdsnetvaerk" | "velfærdsnetværk" => {
                Ok(NetworkType::Velfaerd)
            }
            "innovation" | "innovationsnetvaerk" | "innovationsnetværk" => {
                Ok(NetworkType::Innovation)
            }
            "laering" | "læring" | "laeringsnetvaerk" | "læringsnetværk" => {
                Ok(NetworkType::Laering)
            }
            _ => Err(Unknown(s.to_string())),
        }
    }
}

/// What a phase of a course is: ordinary work, a break, or the test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    Phase,
    Break,
    Test,
}

/// The item after `at` in `all` (or the one before), round the end: how a form's fields and
/// choices step with Tab and the arrows. An `at` not in `all` counts as the first; an empty
/// `all` gives `at` back.
pub fn cycle<T: Copy + PartialEq>(all: &[T], at: T, forward: bool) -> T {
    let n = all.len().max(1);
    let i = all.iter().position(|x| *x == at).unwrap_or(0);
    let next = if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    };
    all.get(next).copied().unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_types_cycle_round_both_ends() {
        use NetworkType::*;
        assert_eq!(Velfaerd.cycled(true), Innovation);
        assert_eq!(Laering.cycled(true), Velfaerd);
        assert_eq!(Velfaerd.cycled(false), Laering);
        for t in NetworkType::ALL {
            assert_eq!(t.cycled(true).cycled(false), t);
        }
        // An empty list gives the item back; an item not in the list counts as the first.
        assert_eq!(cycle(&[], 7, true), 7);
        assert_eq!(cycle(&[1, 2, 3], 9, true), 2);
    }

    #[test]
    fn ids_read_back_and_danish_spellings_are_accepted() {
        for c in Counterpart::ALL {
            assert_eq!(c.id().parse::<Counterpart>(), Ok(c));
        }
        for t in NetworkType::ALL {
            assert_eq!(t.id().parse::<NetworkType>(), Ok(t));
        }
        assert_eq!("Velfærd".parse::<NetworkType>(), Ok(NetworkType::Velfaerd));
        assert_eq!("læring".parse::<NetworkType>(), Ok(NetworkType::Laering));
        assert_eq!(
            "chef".parse::<Counterpart>(),
            Err(Unknown("chef".to_string()))
        );
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
    }
}
