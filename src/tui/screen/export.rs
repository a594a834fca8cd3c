//! (being built)

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::screen::meeting;
use crate::tui::strings as s;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub meeting_id: String,
}

impl State {
    pub fn new(_app: &App, meeting_id: &str) -> State {
        State {
            meeting_id: meeting_id.to_string(),
        }
    }

    pub fn is_editing(&self) -> bool {
        false
    }
}

pub fn update(_app: &mut App, st: &mut State, action: Action) -> Option<Screen> {
    match action {
        Action::Back => Some(Screen::Meeting(meeting::State::new(&st.meeting_id))),
        _ => None,
    }
}

pub fn crumbs(app: &App, st: &State) -> Vec<String> {
    meeting::crumbs(app, &meeting::State::new(&st.meeting_id))
}

pub fn hints(_app: &App, _st: &State) -> Vec<(&'static str, s::T)> {
    vec![("Esc", s::K_BACK)]
}

pub fn render(_app: &App, _st: &State, _area: Rect, _buf: &mut Buffer) {}
