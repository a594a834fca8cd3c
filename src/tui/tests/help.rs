//! The help over every screen at 80×24: it wraps instead of cutting a sentence, scrolls to its
//! last line, and says on its frame when there is more.

use super::support::*;
use mandat::text::screen::frame as t;
use mandat::vocab::Lang;
use ratatui::crossterm::event::KeyCode::{self, Char, End, Enter, Esc, F, Home};

/// The screens a leader reaches from the prepared network, by the keys that lead there.
const SCREENS: &[(&str, &[KeyCode])] = &[
    ("dashboard", &[]),
    ("meeting", &[Enter]),
    ("network details", &[Char('e')]),
    ("time log", &[Char('t')]),
    ("networks", &[Char('n')]),
    ("plan, course", &[Char('p')]),
    (
        "plan, adjustments",
        &[Char('p'), Enter, Char('n'), Char('n')],
    ),
    (
        "plan, review",
        &[Char('p'), Enter, Char('n'), Char('n'), Char('n')],
    ),
];

/// The help box's inside, one string a row, without the frame.
fn help_rows(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let l = l.trim_matches('"');
            let start = l.find('│')?;
            let end = l.rfind('│')?;
            (end > start).then(|| l[start + '│'.len_utf8()..end].trim_end().to_string())
        })
        .collect()
}

#[test]
fn test_every_screen_s_help_scrolls_to_its_last_line_at_80x24() {
    for lang in Lang::ALL {
        for (name, path) in SCREENS {
            let dir = tempfile::tempdir().unwrap();
            let mut s = prepared_session(dir.path());
            s.app.lang = lang;
            for code in *path {
                key(&mut s, *code);
            }
            key(&mut s, F(1));
            assert!(s.app.help_open, "{name}: F1 opens the help");
            let top = screen_text(&s, 80, 24);
            key(&mut s, End);
            let bottom = screen_text(&s, 80, 24);
            assert!(
                bottom.contains(t::HELP_CLOSE.get(lang)),
                "{name} ({lang:?}): the last line is reached\n{bottom}"
            );
            assert!(
                !bottom.contains(t::HELP_MORE_BELOW.get(lang)),
                "{name} ({lang:?})\n{bottom}"
            );
            if top != bottom {
                assert!(
                    top.contains(t::HELP_MORE_BELOW.get(lang)),
                    "{name} ({lang:?}): a help that scrolls says so\n{top}"
                );
                assert!(bottom.contains(t::HELP_MORE_ABOVE.get(lang)), "{name}");
            }
            // Nothing is cut: no row of the help ends in "…".
            for row in help_rows(&top).iter().chain(&help_rows(&bottom)) {
                assert!(!row.ends_with('…'), "{name} ({lang:?}): {row}");
            }
            key(&mut s, Home);
            assert_eq!(screen_text(&s, 80, 24), top, "{name}: Home goes back up");
        }
    }
}

#[test]
fn test_f1_opens_the_help_on_the_forms_where_question_mark_is_a_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), mandat::content::Content::embedded().unwrap());
    assert!(screen_text(&s, 80, 24).contains("F1 hjælp"));
    type_text(&mut s, "Hvem?");
    key(&mut s, F(1));
    assert!(s.app.help_open);
    key(&mut s, Esc);
    assert!(!s.app.help_open);
    assert!(screen_text(&s, 80, 24).contains("Hvem?"));

    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    key(&mut s, Char('e'));
    assert!(screen_text(&s, 80, 24).contains("F1 hjælp"));
    key(&mut s, F(1));
    assert!(screen_text(&s, 80, 24).contains("Skifter du type"));
}

#[test]
fn test_the_help_s_sentences_wrap_inside_its_frame_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = prepared_session(dir.path());
    s.app.lang = Lang::En;
    for code in [Char('p'), Enter, Char('n'), Char('n'), Char('n'), Char('?')] {
        key(&mut s, code);
    }
    let rows = help_rows(&screen_text(&s, 80, 24)).join(" ");
    let flat = rows.split_whitespace().collect::<Vec<_>>().join(" ");
    // The sentence on basis hours, whole, over two rows.
    assert!(
        flat.contains(
            "Basis hours are the time left for your everyday job (your “basis” work) once the network hours are taken out."
        ),
        "{flat}"
    );
}
