//! The signals that ask the program to stop — SIGTERM, SIGHUP (the terminal window closed) and
//! SIGINT — set a flag instead of ending the process at once, so both the full-screen program
//! and plain mode can save (or write a rescue copy) before they exit.

pub use imp::Signals;

#[cfg(unix)]
mod imp {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

    /// A flag set by SIGTERM, SIGHUP or SIGINT; cheap to clone and to look at.
    #[derive(Clone)]
    pub struct Signals {
        stop: Arc<AtomicBool>,
        registered: bool,
    }

    impl Signals {
        pub fn register() -> Signals {
            let stop = Arc::new(AtomicBool::new(false));
            let registered = [SIGTERM, SIGHUP, SIGINT]
                .iter()
                .all(|sig| signal_hook::flag::register(*sig, Arc::clone(&stop)).is_ok());
            Signals { stop, registered }
        }

        /// Whether the flag can be set at all (the handlers are in place).
        pub fn active(&self) -> bool {
            self.registered
        }

        pub fn should_stop(&self) -> bool {
            self.stop.load(Ordering::SeqCst)
        }
    }
}

#[cfg(not(unix))]
mod imp {
    #[derive(Clone)]
    pub struct Signals;

    impl Signals {
        pub fn register() -> Signals {
            Signals
        }

        pub fn active(&self) -> bool {
            false
        }

        pub fn should_stop(&self) -> bool {
            false
        }
    }
}
