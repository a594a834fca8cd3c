//! The words of the terminal program's screens, one module per screen (and `keys` for what the
//! keys do, `frame` for what every screen shares). Each screen module ends with `ABOUT`, the few
//! sentences its help shows above the list of its keys.

pub mod agreement;
pub mod codriver;
pub mod dashboard;
pub mod export;
pub mod first_run;
pub mod frame;
pub mod handout;
pub mod keys;
pub mod meeting;
pub mod network;
pub mod plan;
pub mod recover;
pub mod reflection;
pub mod rescue;
pub mod timelog;
pub mod workspaces;

/// Every module's messages, for the catalogue's tests.
pub fn catalogue() -> Vec<(&'static str, super::Messages)> {
    vec![
        ("screen::agreement", agreement::ALL),
        ("screen::codriver", codriver::ALL),
        ("screen::dashboard", dashboard::ALL),
        ("screen::export", export::ALL),
        ("screen::first_run", first_run::ALL),
        ("screen::frame", frame::ALL),
        ("screen::handout", handout::ALL),
        ("screen::keys", keys::ALL),
        ("screen::meeting", meeting::ALL),
        ("screen::network", network::ALL),
        ("screen::plan", plan::ALL),
        ("screen::recover", recover::ALL),
        ("screen::reflection", reflection::ALL),
        ("screen::rescue", rescue::ALL),
        ("screen::timelog", timelog::ALL),
        ("screen::workspaces", workspaces::ALL),
    ]
}
