//! The multi-line text editor (ratatui-textarea, soft-wrapped at word boundaries) and the
//! conversions between its lines and the saved text and cursor.

use ratatui::crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::theme::Theme;
use super::widgets::{next_boundary, previous_boundary};

/// A text being edited, with the cursor it had when it was saved.
#[derive(Debug, Clone)]
pub struct Editor {
    area: TextArea<'static>,
}

impl Editor {
    /// An editor holding `text`, cursor at `cursor` (line, column in characters) or at the end.
    pub fn new(text: &str, cursor: Option<(usize, usize)>, theme: Theme) -> Editor {
        let lines: Vec<String> = text.split('\n').map(|l| l.to_string()).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(Style::new());
        area.set_cursor_style(theme.cursor());
        match cursor {
            Some((row, col)) => {
                let row = row.min(u16::MAX as usize) as u16;
                let col = col.min(u16::MAX as usize) as u16;
                area.move_cursor(CursorMove::Jump(row, col));
            }
            None => {
                area.move_cursor(CursorMove::Bottom);
                area.move_cursor(CursorMove::End);
            }
        }
        Editor { area }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// (line, column in characters).
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    /// Feeds a key; returns whether the text changed. Moving and deleting within a line go by
    /// whole grapheme clusters (the textarea itself steps by character).
    pub fn input(&mut self, key: KeyEvent) -> bool {
        use ratatui::crossterm::event::{KeyCode, KeyModifiers};
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return self.area.input(key);
        }
        let (row, col) = self.cursor();
        let line = self.area.lines().get(row).cloned().unwrap_or_default();
        let len = line.chars().count();
        match key.code {
            KeyCode::Left if col > 0 => {
                let to = previous_boundary(&line, col);
                self.jump(row, to);
                false
            }
            KeyCode::Right if col < len => {
                let to = next_boundary(&line, col);
                self.jump(row, to);
                false
            }
            KeyCode::Backspace if col > 0 => {
                let from = previous_boundary(&line, col);
                (from..col).fold(false, |changed, _| self.area.delete_char() || changed)
            }
            KeyCode::Delete if col < len => {
                let to = next_boundary(&line, col);
                (col..to).fold(false, |changed, _| self.area.delete_next_char() || changed)
            }
            _ => self.area.input(key),
        }
    }

    fn jump(&mut self, row: usize, col: usize) {
        let row = row.min(u16::MAX as usize) as u16;
        let col = col.min(u16::MAX as usize) as u16;
        self.area.move_cursor(CursorMove::Jump(row, col));
    }

    /// Pasted text goes in as text, line breaks included.
    pub fn paste(&mut self, text: &str) -> bool {
        let clean = text.replace("\r\n", "\n").replace('\r', "\n");
        self.area.insert_str(clean)
    }

    pub fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn the_cursor_is_restored_where_it_was_saved() {
        let editor = Editor::new(
            "første linje\nanden æøå linje",
            Some((1, 8)),
            Theme::plain(),
        );
        assert_eq!(editor.cursor(), (1, 8));
        assert_eq!(editor.text(), "første linje\nanden æøå linje");
    }

    #[test]
    fn enter_makes_a_new_line_and_paste_keeps_line_breaks() {
        let mut editor = Editor::new("", None, Theme::plain());
        editor.input(KeyEvent::new(KeyCode::Char('ø'), KeyModifiers::NONE));
        editor.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        editor.paste("å\r\nb");
        assert_eq!(editor.text(), "ø\nå\nb");
        assert_eq!(editor.cursor(), (2, 1));
    }

    #[test]
    fn moving_and_deleting_go_by_whole_grapheme_clusters() {
        let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
        let family = "👨\u{200d}👩\u{200d}👧";
        let mut editor = Editor::new(&format!("x{family}e\u{301}"), None, Theme::plain());
        editor.input(key(KeyCode::Backspace));
        assert_eq!(editor.text(), format!("x{family}"));
        editor.input(key(KeyCode::Left));
        assert_eq!(editor.cursor(), (0, 1));
        editor.input(key(KeyCode::Delete));
        assert_eq!(editor.text(), "x");
    }
}
