//! The command line: `args` parses it, `commands` does the work and reports one line on failure.

mod args;
pub mod commands;

pub use args::main;
