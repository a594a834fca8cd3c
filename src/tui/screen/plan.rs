//! (being built)

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::screen::dashboard;
use crate::tui::strings as s;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub selected: usize,
}

impl State {
    pub fn is_editing(&self) -> bool {
        false
    }
}

pub fn update(_app: &mut App, _st: &mut State, action: Action) -> Option<Screen> {
    match action {
        Action::Back => Some(Screen::Dashboard(dashboard::State::default())),
        _ => None,
    }
}

pub fn crumbs(_app: &App, _st: &State) -> Vec<String> {
    Vec::new()
}

pub fn hints(_app: &App, _st: &State) -> Vec<(&'static str, s::T)> {
    vec![("Esc", s::K_BACK)]
}

pub fn render(_app: &App, _st: &State, _area: Rect, _buf: &mut Buffer) {}

impl State {
    pub fn wants_intensive_key(&self) -> bool {
        true
    }
}
