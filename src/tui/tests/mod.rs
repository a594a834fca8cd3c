//! The terminal program driven headless: key sequences through a session on a throw-away data
//! folder (`flow`), every screen against its snapshot (`screens`), and random keys (`keys`).

mod codriver;
mod flow;
mod follow_up;
mod help;
mod keys;
mod network;
mod plan;
mod readme;
mod screens;
mod support;
mod timelog;
