//! `mandat`: the terminal program and the command line. The library (`mandat::…`) holds every
//! rule, the save file and the documents; the binary's own modules only talk to the person at
//! the keyboard, so no library code can reach for them.

mod cli;
mod tui;

fn main() -> std::process::ExitCode {
    cli::main()
}
