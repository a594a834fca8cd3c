//! One module per screen: its state, how actions change it, its breadcrumbs, its key tables,
//! its help and its drawing — the [`View`] a screen implements. The registry at the bottom is
//! the one place a screen is listed: adding a screen is a new file and one line there.

use mandat::text::Msg;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use serde_json::Value;

use super::action::Action;
use super::app::App;
use super::keys::Binding;

/// What every screen provides. The app holds the screen as an enum (see [`Screen`]), so the
/// calls below are plain `match`es, not trait objects.
pub trait View {
    /// Changes the state for an action; returns the next screen when this one is left.
    fn update(&mut self, app: &mut App, action: Action) -> Option<Screen>;
    fn render(&self, app: &App, area: Rect, buf: &mut Buffer);
    /// "Netværk › Personaleleder — Hanne › Refleksion › spørgsmål 2 af 8".
    fn crumbs(&self, app: &App) -> Vec<String>;
    /// The key table of the mode the screen is in now.
    fn keys(&self, app: &App) -> &'static [Binding];
    /// What the screen is for, a few sentences for the help (the keys are listed from
    /// [`View::KEY_TABLES`]).
    const ABOUT: &'static [Msg];
    /// Every key table the screen has, for its help and for the tests that read them all.
    const KEY_TABLES: &'static [&'static [Binding]];
    /// True while a text field has the keyboard: then letters are text, not commands.
    fn is_editing(&self) -> bool {
        false
    }
    /// Where the leader is on this screen — the item, the open field and its cursor — so a
    /// restart lands here again (see [`Screen::position`]). `None`: nowhere worth returning to.
    fn position(&self, _app: &App) -> Option<Value> {
        None
    }
    /// The screen as it was at `position`, if that still fits the workspace.
    fn from_position(_app: &App, _position: &Value) -> Option<Self>
    where
        Self: Sized,
    {
        None
    }
}

/// A screen's position as JSON, for [`View::position`].
pub fn saved<T: serde::Serialize>(position: &T) -> Option<Value> {
    serde_json::to_value(position).ok()
}

/// A screen's position read back, for [`View::from_position`].
pub fn read<T: serde::de::DeserializeOwned>(position: &Value) -> Option<T> {
    serde_json::from_value(position.clone()).ok()
}

macro_rules! screens {
    ($($variant:ident => $module:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// The screen on show, with its own state.
        #[derive(Debug)]
        pub enum Screen {
            $($variant($module::State),)*
        }

        impl Screen {
            pub fn update(&mut self, app: &mut App, action: Action) -> Option<Screen> {
                match self { $(Screen::$variant(s) => View::update(s, app, action),)* }
            }

            pub fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
                match self { $(Screen::$variant(s) => View::render(s, app, area, buf),)* }
            }

            pub fn crumbs(&self, app: &App) -> Vec<String> {
                match self { $(Screen::$variant(s) => View::crumbs(s, app),)* }
            }

            pub fn keys(&self, app: &App) -> &'static [Binding] {
                match self { $(Screen::$variant(s) => View::keys(s, app),)* }
            }

            pub fn about(&self) -> &'static [Msg] {
                match self { $(Screen::$variant(_) => <$module::State as View>::ABOUT,)* }
            }

            pub fn key_tables(&self) -> &'static [&'static [Binding]] {
                match self { $(Screen::$variant(_) => <$module::State as View>::KEY_TABLES,)* }
            }

            pub fn is_editing(&self) -> bool {
                match self { $(Screen::$variant(s) => View::is_editing(s),)* }
            }

            /// Where the leader is, named by screen: `{"screen": …, "at": …}`.
            pub fn position(&self, app: &App) -> Option<Value> {
                let (screen, at) = match self {
                    $(Screen::$variant(s) => (stringify!($module), View::position(s, app)?),)*
                };
                Some(serde_json::json!({ "screen": screen, "at": at }))
            }

            /// The screen a saved position names, if it still fits the workspace.
            pub fn from_position(app: &App, position: &Value) -> Option<Screen> {
                let at = position.get("at")?;
                match position.get("screen")?.as_str()? {
                    $(stringify!($module) => {
                        <$module::State as View>::from_position(app, at).map(Screen::$variant)
                    })*
                    _ => None,
                }
            }
        }

        /// Every screen's key tables by module name, for the tests that read them all.
        #[cfg(test)]
        pub const ALL_KEY_TABLES: &[(&str, &[&[Binding]])] = &[
            $((stringify!($module), <$module::State as View>::KEY_TABLES),)*
        ];
    };
}

screens! {
    FirstRun => first_run,
    Dashboard => dashboard,
    Network => network,
    Workspaces => workspaces,
    Meeting => meeting,
    Handout => handout,
    Reflection => reflection,
    Agreement => agreement,
    Codriver => codriver,
    Plan => plan,
    Export => export,
    Recover => recover,
    Rescue => rescue,
    TimeLog => timelog,
}

pub mod help;

impl Default for Screen {
    fn default() -> Self {
        Screen::Dashboard(dashboard::State::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mandat::text::Lang;

    #[test]
    fn no_hint_line_shows_one_label_twice_or_binds_one_key_twice() {
        for (screen, tables) in ALL_KEY_TABLES {
            for table in *tables {
                for lang in Lang::ALL {
                    let mut labels: Vec<&str> = table
                        .iter()
                        .filter(|b| b.show == super::super::keys::Show::Hint)
                        .map(|b| b.does.get(lang))
                        .collect();
                    labels.sort_unstable();
                    let n = labels.len();
                    labels.dedup();
                    assert_eq!(n, labels.len(), "{screen}: a label twice on one hint line");
                }
                let keys: Vec<_> = table
                    .iter()
                    .flat_map(|b| b.keys.iter().map(|(k, _)| *k))
                    .collect();
                for (i, k) in keys.iter().enumerate() {
                    assert!(
                        !keys[i + 1..].contains(k),
                        "{screen}: {k:?} is bound twice in one table"
                    );
                }
            }
        }
    }
}
