//! Every integration test in one test binary, one module per area; `support` holds the one
//! harness (`Env`: the real binary on a throw-away data folder) they share. Modules that drive
//! the `mandat` binary need it built, so they run with the default `app` feature; the rest test
//! the library alone and also run with `--no-default-features`.

mod support;

mod a11y;
mod calendar;
#[cfg(feature = "app")]
mod cli;
mod codriver;
mod content;
mod durability;
#[cfg(feature = "app")]
mod e2e_tmux;
mod export;
mod follow_up;
mod hostile;
#[cfg(feature = "app")]
mod hostile_cli;
#[cfg(feature = "app")]
mod links_cli;
#[cfg(feature = "app")]
mod log_report_cli;
#[cfg(feature = "app")]
mod open;
#[cfg(feature = "app")]
mod plain;
mod planner;
#[cfg(feature = "app")]
mod print_pdf;
mod proptest_flows;
#[cfg(feature = "app")]
mod recovery_cli;
mod store;
mod store_safety;
mod usage;
mod workbook;
