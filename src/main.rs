//! `mandat`: the terminal program (full screen, or plain: line by line) and the command line. The library (`mandat::…`) holds every
//! rule, the save file and the documents; the binary's own modules only talk to the person at
//! the keyboard, so no library code can reach for them.

mod cli;
mod plain;
mod signals;
mod tui;

fn main() -> std::process::ExitCode {
    cli::main()
}
