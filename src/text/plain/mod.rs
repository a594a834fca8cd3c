//! The words of plain mode (`mandat --plain`), the line-by-line conversation for screen readers
//! and simple terminals: one module per part of the conversation. Plain mode also speaks with
//! the screens' and documents' words where they say the same thing; these are the sentences a
//! conversation needs that a screen does not (where the leader is, what is asked, and what
//! happened), free of key names and symbols read aloud as noise.

pub mod ask;
pub mod codriver;
pub mod meeting;
pub mod overview;
pub mod plan;
pub mod print;
pub mod start;

messages! {
    FLAG_HELP =
        "Kør programmet som en samtale linje for linje, uden fuldskærm: til skærmlæsere og enkle terminaler (også MANDAT_PLAIN=1)",
        "Run the program as a line-by-line conversation, without full screen: for screen readers and simple terminals (also MANDAT_PLAIN=1)";
}

/// Every module's messages, for the catalogue's tests.
pub fn catalogue() -> Vec<(&'static str, super::Messages)> {
    vec![
        ("plain", ALL),
        ("plain::ask", ask::ALL),
        ("plain::codriver", codriver::ALL),
        ("plain::meeting", meeting::ALL),
        ("plain::overview", overview::ALL),
        ("plain::plan", plan::ALL),
        ("plain::print", print::ALL),
        ("plain::start", start::ALL),
    ]
}
