//! The README's key list is written from the key tables, the same tables that make the hint
//! lines and the help, so the README cannot promise a key the program does not have.
//! `MANDAT_BLESS=1 cargo test readme` writes the list anew after a key changes.

use crate::tui::keys::{self, Binding};
use crate::tui::screen::{ALL_KEY_TABLES, help::key_list};
use mandat::vocab::Lang;

const BEGIN: &str = "<!-- keys: written from the key tables by `MANDAT_BLESS=1 cargo test readme`; do not edit by hand -->";
const END: &str = "<!-- keys: end -->";

/// Each screen's name as the README calls it, in the order a leader meets them.
const SCREENS: &[(&str, &str)] = &[
    ("dashboard", "Dashboard (*Overblik*)"),
    ("network", "The network's details (`e` on the dashboard)"),
    ("workspaces", "Your networks (`n` on the dashboard)"),
    ("meeting", "A meeting"),
    ("handout", "Pamphlet (*Pjece*)"),
    ("reflection", "Reflection questions (*Refleksion*)"),
    ("agreement", "Agreement (*Samarbejdsaftale*)"),
    ("codriver", "Find your co-driver"),
    ("plan", "Workload plan (`p` on the dashboard)"),
    ("timelog", "Time use (*Tidsforbrug*, `t` on the dashboard)"),
    ("export", "Save as file (*Gem som fil*)"),
    ("first_run", "First run"),
    ("recover", "When a network's file cannot be read"),
    ("rescue", "When a rescue copy is newer than the network"),
];

fn table(title: &str, tables: &[&[Binding]]) -> String {
    let mut out = format!("**{title}**\n\n| Key | What it does |\n|---|---|\n");
    for (shown, does) in key_list(tables, Lang::En) {
        let does = does.replace('|', "\\|");
        out.push_str(&format!("| `{shown}` | {does} |\n"));
    }
    out
}

/// The whole generated section, between its two markers.
fn key_section() -> String {
    let mut parts = vec![table("Everywhere, even while typing", &[keys::EVERYWHERE])];
    for (module, title) in SCREENS {
        let tables = ALL_KEY_TABLES
            .iter()
            .find(|(m, _)| m == module)
            .map(|(_, t)| *t)
            .unwrap_or_else(|| panic!("no screen {module}"));
        parts.push(table(title, tables));
    }
    parts.push(table("While the help is open", &[keys::HELP_OPEN]));
    parts.push(table(
        "When a save has failed and you quit or switch network",
        &[keys::UNSAVED],
    ));
    format!("{BEGIN}\n\n{}\n{END}", parts.join("\n"))
}

#[test]
fn test_every_screen_is_in_the_readme_s_key_list() {
    for (module, _) in ALL_KEY_TABLES {
        assert!(
            SCREENS.iter().any(|(m, _)| m == module),
            "the README's key list has no place for the screen {module}"
        );
    }
}

#[test]
fn test_the_readme_lists_the_keys_the_key_tables_bind() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let start = readme.find(BEGIN).expect("the README marks its key list");
    let end = readme[start..].find(END).expect("the key list ends") + start + END.len();
    let want = key_section();
    if std::env::var_os("MANDAT_BLESS").is_some() {
        let new = format!("{}{}{}", &readme[..start], want, &readme[end..]);
        std::fs::write(&path, new).expect("write README.md");
        return;
    }
    assert!(
        readme[start..end] == want,
        "the README's key list differs from the key tables; run `MANDAT_BLESS=1 cargo test readme`"
    );
}
