//! Small building blocks shared by the screens: a one-line text field, text gauges, layout
//! helpers. Cursors are placed by display width, never by byte length (æ, ø, å are two bytes).

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;

/// The char index of the grapheme-cluster boundary before `cursor` (a char index): moving or
/// deleting goes by whole clusters, so a family emoji, a flag or e + combining accent is one step.
pub fn previous_boundary(text: &str, cursor: usize) -> usize {
    cluster_starts(text)
        .take_while(|&start| start < cursor)
        .last()
        .unwrap_or(0)
}

/// The char index of the grapheme-cluster boundary after `cursor`.
pub fn next_boundary(text: &str, cursor: usize) -> usize {
    cluster_starts(text)
        .find(|&start| start > cursor)
        .unwrap_or_else(|| text.chars().count())
}

/// The char index where each grapheme cluster starts.
fn cluster_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    use unicode_segmentation::UnicodeSegmentation;
    text.graphemes(true).scan(0, |chars, g| {
        let start = *chars;
        *chars += g.chars().count();
        Some(start)
    })
}

/// A one-line text field (names, dates, hours). The cursor is a char index, always on a
/// grapheme-cluster boundary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    cursor: usize,
}

impl LineInput {
    /// A field holding `text`, with the cursor at its end.
    pub fn new(text: impl Into<String>) -> Self {
        let text: String = text.into();
        let cursor = text.chars().count();
        LineInput { text, cursor }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_index(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map(|(i, _)| i)
            .unwrap_or(self.text.len())
    }

    /// Removes the characters from `from` up to (not including) `to`, char indices.
    fn remove_chars(&mut self, from: usize, to: usize) {
        let (a, b) = (self.byte_index(from), self.byte_index(to));
        self.text.replace_range(a..b, "");
    }

    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        let at = self.byte_index(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Pasted text: line breaks and tabs become spaces, since the field holds one line.
    pub fn paste(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '\r' => {}
                '\n' | '\t' => self.insert(' '),
                c => self.insert(c),
            }
        }
    }

    /// Handles an editing key; returns whether the text changed.
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('u') if ctrl => {
                let changed = !self.text.is_empty();
                self.text.clear();
                self.cursor = 0;
                changed
            }
            KeyCode::Char('a') if ctrl => {
                self.cursor = 0;
                false
            }
            KeyCode::Char('e') if ctrl => {
                self.cursor = self.text.chars().count();
                false
            }
            KeyCode::Char(_) if ctrl => false,
            KeyCode::Char(c) => {
                self.insert(c);
                true
            }
            KeyCode::Backspace if self.cursor > 0 => {
                let from = previous_boundary(&self.text, self.cursor);
                self.remove_chars(from, self.cursor);
                self.cursor = from;
                true
            }
            KeyCode::Delete if self.cursor < self.text.chars().count() => {
                let to = next_boundary(&self.text, self.cursor);
                self.remove_chars(self.cursor, to);
                true
            }
            KeyCode::Left => {
                self.cursor = previous_boundary(&self.text, self.cursor);
                false
            }
            KeyCode::Right => {
                self.cursor = next_boundary(&self.text, self.cursor);
                false
            }
            KeyCode::Home => {
                self.cursor = 0;
                false
            }
            KeyCode::End => {
                self.cursor = self.text.chars().count();
                false
            }
            _ => false,
        }
    }

    /// The display column of the cursor: the width of the text before it.
    pub fn cursor_column(&self) -> usize {
        self.text[..self.byte_index(self.cursor)].width()
    }

    /// Draws the field on one line. When `active`, the cursor cell is reversed and the text
    /// scrolls sideways so the cursor stays visible.
    pub fn render(&self, area: Rect, buf: &mut Buffer, style: Style, active: bool, theme: Theme) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let width = area.width as usize;
        let chars: Vec<char> = self.text.chars().collect();
        // First char to show: far enough right that the cursor (plus its cell) fits.
        let mut start = 0;
        if active {
            let mut used = 1; // the cursor cell itself
            let mut i = self.cursor.min(chars.len());
            while i > 0 {
                let w = chars[i - 1].width().unwrap_or(0);
                if used + w > width {
                    break;
                }
                used += w;
                i -= 1;
            }
            start = i;
        }
        let mut x = area.x;
        let right = area.x + area.width;
        for (i, c) in chars.iter().enumerate().skip(start) {
            let w = c.width().unwrap_or(0) as u16;
            if x + w.max(1) > right {
                break;
            }
            let cell_style = if active && i == self.cursor {
                style.patch(theme.cursor())
            } else {
                style
            };
            buf.set_string(x, area.y, c.to_string(), cell_style);
            x += w.max(1);
        }
        if active && self.cursor >= chars.len() && x < right {
            buf.set_string(x, area.y, " ", style.patch(theme.cursor()));
        }
    }
}

/// "■■■□□ 3/5": a gauge made of characters, readable without colour.
pub fn text_gauge(done: usize, total: usize, cells: usize) -> String {
    let total_cells = cells.max(1);
    let filled = (done.min(total) * total_cells + total / 2)
        .checked_div(total)
        .unwrap_or(0);
    let mut s = String::new();
    for i in 0..total_cells {
        s.push(if i < filled { '■' } else { '□' });
    }
    s
}

/// Draws wrapped text; safe at any size.
pub fn paragraph<'a>(lines: Vec<Line<'a>>, area: Rect, buf: &mut Buffer, scroll: u16) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(area, buf);
}

/// `text` wrapped to `width` columns as the screens wrap it: at spaces, never inside a word
/// with a hyphen ("co-driveren" stays whole), a word longer than the line split where it must.
pub fn wrap_rows(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|row| row.into_owned())
        .collect()
}

/// How many rows a line takes when wrapped to `width` columns (at least one).
pub fn line_rows(line: &Line, width: usize) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    wrap_rows(&text, width).len().max(1)
}

/// Text wrapped to `width` columns, each row its own line, so a view knows how tall it is.
/// Text from a person or a file is cleaned first; `indent` goes before every row when there is
/// room for it.
pub fn wrap_into(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    width: usize,
    style: Style,
    indent: &str,
) {
    let indent = if indent.width() + 8 <= width {
        indent
    } else {
        ""
    };
    for para in mandat::text::format::clean(text).split('\n') {
        if para.trim().is_empty() {
            lines.push(Line::raw(""));
            continue;
        }
        let options = textwrap::Options::new(width.max(1))
            .initial_indent(indent)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(true);
        for row in textwrap::wrap(para.trim_end(), options) {
            lines.push(Line::styled(row.into_owned(), style));
        }
    }
}

/// A line of parts (spans that start with " · ") as rows of at most `width` columns: a part that
/// does not fit starts the next row, without its " · ". A single part wider than the row stays
/// whole (the row cuts it, as before).
pub fn rows_of_parts(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    if line.width() <= width {
        return vec![line];
    }
    let style = line.style;
    let mut rows: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for span in line.spans {
        let w = span.width();
        if used > 0 && used + w > width {
            let rest = span.content.trim_start_matches([' ', '·']).to_string();
            used = rest.width();
            rows.push(vec![Span::styled(rest, span.style)]);
        } else {
            used += w;
            rows.last_mut().expect("a row").push(span);
        }
    }
    rows.into_iter()
        .map(|spans| Line::from(spans).style(style))
        .collect()
}

/// A rectangle of at most `width` × `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventKind;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Press)
    }

    #[test]
    fn a_line_of_parts_too_wide_goes_on_at_a_part_and_never_loses_one() {
        let line = Line::from(vec![
            Span::raw("□□□ ikke forberedt"),
            Span::raw(" · skal afleveres senest tors. 21. jan. (uge 3)"),
        ]);
        let rows = rows_of_parts(line.clone(), 40);
        let text: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
        assert_eq!(
            text,
            [
                "□□□ ikke forberedt",
                "skal afleveres senest tors. 21. jan. (uge 3)"
            ]
        );
        // Room for all of it: one row, as it was.
        assert_eq!(rows_of_parts(line, 80).len(), 1);
    }

    #[test]
    fn the_cursor_column_counts_display_width_not_bytes() {
        let mut input = LineInput::new("Søren Ærø");
        assert_eq!(input.cursor_column(), 9);
        input.handle_key(key(KeyCode::Left));
        input.handle_key(key(KeyCode::Backspace));
        assert_eq!(input.text(), "Søren Æø");
        assert_eq!(input.cursor_column(), 7);
    }

    #[test]
    fn moving_and_deleting_go_by_whole_grapheme_clusters() {
        // A family emoji (four people joined), e + combining acute, and a flag.
        let text = "a👨\u{200d}👩\u{200d}👧\u{200d}👦e\u{301}🇩🇰b";
        let mut input = LineInput::new(text);
        input.handle_key(key(KeyCode::Left)); // before b
        input.handle_key(key(KeyCode::Backspace)); // the whole flag
        assert_eq!(input.text(), "a👨\u{200d}👩\u{200d}👧\u{200d}👦e\u{301}b");
        input.handle_key(key(KeyCode::Backspace)); // é as one
        assert_eq!(input.text(), "a👨\u{200d}👩\u{200d}👧\u{200d}👦b");
        input.handle_key(key(KeyCode::Left)); // before the family
        input.handle_key(key(KeyCode::Delete)); // the family at once
        assert_eq!(input.text(), "ab");
        assert_eq!(input.cursor(), 1);
    }

    #[test]
    fn a_field_renders_without_panicking_in_tiny_areas() {
        let input = LineInput::new("Æblegrød 👍 på øen");
        for (w, h) in [(0, 0), (1, 1), (2, 1), (5, 3)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            input.render(area, &mut buf, Style::new(), true, Theme::plain());
        }
    }

    #[test]
    fn gauges_read_plainly() {
        assert_eq!(text_gauge(2, 3, 3), "■■□");
        assert_eq!(text_gauge(0, 0, 3), "□□□");
    }
}
