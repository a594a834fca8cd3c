//! The two ends of the conversation: lines written to the scrollback and lines read from
//! standard input. Nothing here moves a cursor, colours a word or redraws anything: every
//! line is run through the one sanitiser, so no escape sequence and no control character but
//! the newline ever leaves the program, whatever a person typed or a file held.
//!
//! End of input is remembered: once it is seen, every later read answers "ended" at once, so
//! no question can ask forever.

use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc;
use std::time::Duration;

use mandat::text::format::clean;
use mandat::vocab::Lang;

/// The conversation's input and output, in the user's language.
pub struct Console {
    input: Box<dyn BufRead>,
    output: Box<dyn Write>,
    /// Write each line read back out, so a conversation read from a file or a pipe shows in the
    /// scrollback as if it had been typed (a terminal shows typing by itself).
    echo: bool,
    /// End of input was seen (or the output went away).
    ended: bool,
    /// How to type a longer text was said in full once; after that, briefly.
    pub told_how_to_write: bool,
    pub lang: Lang,
}

impl Console {
    pub fn new(input: Box<dyn BufRead>, output: Box<dyn Write>, echo: bool, lang: Lang) -> Self {
        Console {
            input,
            output,
            echo,
            ended: false,
            told_how_to_write: false,
            lang,
        }
    }

    /// Whether the input has ended: then every question is answered with "quit".
    #[cfg(test)]
    pub fn ended(&self) -> bool {
        self.ended
    }

    /// Writes text and ends the line. Text of several lines is written as several lines.
    pub fn say(&mut self, text: &str) {
        self.write(&clean(text));
        self.write("\n");
    }

    /// Says a message from elsewhere in the catalogue (a flow's refusal, the store's error, a
    /// screen's status line) as a sentence: with a full stop when it has none, so a screen reader
    /// pauses after it.
    pub fn tell(&mut self, text: &str) {
        let text = text.trim_end();
        let ends = text.chars().last().is_some_and(|c| ".!?:".contains(c));
        if ends || text.is_empty() {
            self.say(text);
        } else {
            self.say(&format!("{text}."));
        }
    }

    /// An empty line between two steps, so each step reads as its own paragraph.
    pub fn blank(&mut self) {
        self.write("\n");
    }

    /// Writes `prompt` on a line of its own, reads one line and returns it without its line
    /// ending and without control characters (a tab stays). `None` at the end of input.
    pub fn read(&mut self, prompt: &str) -> Option<String> {
        if !prompt.is_empty() {
            self.write(&clean(prompt));
            self.write(" ");
        }
        self.flush();
        if self.ended {
            self.write("\n");
            return None;
        }
        let mut bytes = Vec::new();
        let line = match self.input.read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(typed(&bytes)),
        };
        match line {
            None => {
                self.ended = true;
                self.write("\n");
                None
            }
            Some(line) => {
                if self.echo {
                    self.write(&clean(&line));
                    self.write("\n");
                }
                Some(line)
            }
        }
    }

    fn write(&mut self, text: &str) {
        // Output that cannot be written (a closed pipe) ends the conversation like the end of
        // input does: everything is saved and the program stops asking.
        if self.output.write_all(text.as_bytes()).is_err() {
            self.ended = true;
        }
    }

    fn flush(&mut self) {
        if self.output.flush().is_err() {
            self.ended = true;
        }
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        let _ = self.output.flush();
    }
}

/// Standard input read line by line on a thread of its own, so that a request to stop — the
/// terminal window closed (SIGHUP), `kill` (SIGTERM) or Ctrl+C — ends the conversation the way
/// the end of input does: the lines of a text typed so far are kept, everything is saved (or
/// written to a rescue copy) and the program says goodbye. Read directly, a blocked read would
/// never notice, and the default action of those signals would end the program without a save.
pub struct Stoppable {
    lines: mpsc::Receiver<io::Result<Vec<u8>>>,
    stop: Box<dyn Fn() -> bool>,
    line: Vec<u8>,
    at: usize,
    ended: bool,
}

/// How often a waiting read looks at the stop flag.
const STOP_CHECK: Duration = Duration::from_millis(100);

impl Stoppable {
    /// Reads `input` on its own thread; `stop` says whether a signal asked the program to stop.
    pub fn new(input: impl Read + Send + 'static, stop: impl Fn() -> bool + 'static) -> Self {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut input = io::BufReader::new(input);
            loop {
                let mut line = Vec::new();
                let read = input.read_until(b'\n', &mut line);
                let last = !matches!(read, Ok(n) if n > 0);
                if tx.send(read.map(|_| line)).is_err() || last {
                    break;
                }
            }
        });
        Stoppable {
            lines: rx,
            stop: Box::new(stop),
            line: Vec::new(),
            at: 0,
            ended: false,
        }
    }
}

impl Read for Stoppable {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Stoppable {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.at >= self.line.len() && !self.ended {
            if (self.stop)() {
                self.ended = true;
                break;
            }
            match self.lines.recv_timeout(STOP_CHECK) {
                Ok(Ok(line)) if line.is_empty() => self.ended = true,
                Ok(Ok(line)) => {
                    self.line = line;
                    self.at = 0;
                }
                Ok(Err(e)) => {
                    self.ended = true;
                    return Err(e);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => self.ended = true,
            }
        }
        if self.ended && self.at >= self.line.len() {
            return Ok(&[]);
        }
        Ok(&self.line[self.at..])
    }

    fn consume(&mut self, amount: usize) {
        self.at = (self.at + amount).min(self.line.len());
    }
}

/// A line as typed: any encoding read as UTF-8 (what is not becomes a replacement mark), the
/// line ending gone, and control characters other than a tab dropped.
fn typed(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| *c == '\t' || !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use std::sync::{Arc, Mutex};

    /// Output that the test can read after the console wrote to it.
    #[derive(Clone, Default)]
    pub struct Shared(pub Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("lock").extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_stop_ends_a_waiting_read_like_the_end_of_input() {
        use std::sync::atomic::{AtomicBool, Ordering};
        // A pipe whose writer stays open: without the stop, the second read would wait forever.
        let (reader, mut writer) = std::io::pipe().expect("pipe");
        writer
            .write_all("første linje\n".as_bytes())
            .expect("write");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let input = Stoppable::new(reader, move || flag.load(Ordering::SeqCst));
        let mut c = Console::new(
            Box::new(input),
            Box::new(Shared::default()),
            false,
            Lang::Da,
        );
        assert_eq!(c.read("").as_deref(), Some("første linje"));
        stop.store(true, Ordering::SeqCst);
        assert_eq!(c.read(""), None, "the stop ends the input");
        assert!(c.ended());
        drop(writer);
    }

    #[test]
    fn a_stoppable_input_reads_every_line_and_then_ends() {
        let input = Stoppable::new(Cursor::new(b"a\nb\nc".to_vec()), || false);
        let mut c = Console::new(
            Box::new(input),
            Box::new(Shared::default()),
            false,
            Lang::Da,
        );
        assert_eq!(c.read("").as_deref(), Some("a"));
        assert_eq!(c.read("").as_deref(), Some("b"));
        assert_eq!(c.read("").as_deref(), Some("c"));
        assert_eq!(c.read(""), None);
    }

    #[test]
    fn a_line_read_is_echoed_clean_and_the_end_of_input_is_remembered() {
        let out = Shared::default();
        let input = Cursor::new(b"ja\x1b[31m\r\n".to_vec());
        let mut c = Console::new(Box::new(input), Box::new(out.clone()), true, Lang::Da);
        assert_eq!(c.read("Svar:").as_deref(), Some("ja[31m"));
        assert_eq!(c.read("Svar:"), None);
        assert!(c.ended());
        assert_eq!(
            c.read("Svar:"),
            None,
            "asked again after the end: still ended"
        );
        c.say("rød\u{1b}[0m\ttekst");
        drop(c);
        let text = String::from_utf8(out.0.lock().expect("lock").clone()).expect("utf-8");
        assert_eq!(
            text, "Svar: ja[31m\nSvar: \nSvar: \nrød    tekst\n",
            "no escape sequence reaches the output"
        );
    }
}
