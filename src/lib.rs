//! `mandat` prepares a Danish network leader (*netværksleder*) for the three meetings that give
//! them their mandate. The library holds every rule; the binary only parses the command line and
//! the `tui` module only maps keys to library events.

pub mod content;
pub mod dates;
pub mod export;
pub mod flow;
pub mod guide;
pub mod json_error;
pub mod model;
pub mod planner;
pub mod store;
pub mod text;
pub mod usecase;
pub mod vocab;
