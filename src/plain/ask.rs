//! The contract of every question plain mode asks (README, «Plain mode and screen readers»):
//!
//! - a list of numbered choices reads a number, or a unique beginning of a choice's name in any
//!   case; input that fits nothing says so and asks again;
//! - `0` goes back one level, `q` quits (everything is saved), `?` repeats the help and the list;
//! - a yes/no question reads `j`/`n` or `y`/`n`, in either language;
//! - a longer text is typed line by line and ends with a line holding only `.`; an empty first
//!   line keeps the text there is, which is read out before it can be changed;
//! - the end of input answers every question with "quit".

use chrono::NaiveDate;

use mandat::dates;
use mandat::text::plain::ask as t;

use super::console::Console;

/// Why a conversation step ended without an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leave {
    /// `0`: one level back.
    Back,
    /// `q`, or the end of input: save and stop.
    Quit,
}

/// The answer to a step, or why there is none.
pub type Go<T> = Result<T, Leave>;

/// A step that ends by going back is done; quitting goes on up.
pub fn done(step: Go<()>) -> Go<()> {
    match step {
        Err(Leave::Back) => Ok(()),
        other => other,
    }
}

/// One numbered line of a list: the name the leader can type the beginning of, and what it
/// holds now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub name: String,
    pub detail: String,
}

impl Choice {
    pub fn new(name: impl Into<String>) -> Choice {
        Choice {
            name: name.into(),
            detail: String::new(),
        }
    }

    pub fn with(name: impl Into<String>, detail: impl Into<String>) -> Choice {
        Choice {
            name: name.into(),
            detail: detail.into(),
        }
    }
}

/// What a line typed at a list means.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Picked {
    Choice(usize),
    Back,
    Quit,
    Help,
    /// Nothing fits; the message says why.
    Nothing(String),
}

/// Reads a typed line against the choices. Pure, so the contract is tested without a console.
fn pick(lang: mandat::vocab::Lang, typed: &str, choices: &[Choice]) -> Picked {
    let typed = typed.trim();
    let last = choices.len();
    match typed {
        "" => return Picked::Nothing(t::CHOOSE_HOW.get(lang).to_string()),
        "q" | "Q" => return Picked::Quit,
        "0" => return Picked::Back,
        "?" => return Picked::Help,
        _ => {}
    }
    if typed.bytes().all(|b| b.is_ascii_digit()) {
        return match typed.parse::<usize>() {
            Ok(n) if (1..=last).contains(&n) => Picked::Choice(n - 1),
            _ => Picked::Nothing(t::no_such_number(lang, typed, last)),
        };
    }
    let wanted = typed.to_lowercase();
    let fitting: Vec<usize> = (0..last)
        .filter(|&i| choices[i].name.to_lowercase().starts_with(&wanted))
        .collect();
    match fitting.as_slice() {
        [one] => Picked::Choice(*one),
        [] => Picked::Nothing(t::fits_nothing(lang, typed, last)),
        several => {
            // A whole name that is also the beginning of a longer one is that name.
            if let Some(&exact) = several
                .iter()
                .find(|&&i| choices[i].name.to_lowercase() == wanted)
            {
                return Picked::Choice(exact);
            }
            let names: Vec<String> = several
                .iter()
                .map(|&i| t::numbered(lang, i + 1, &choices[i].name))
                .collect();
            Picked::Nothing(t::several(lang, typed, &names.join("; ")))
        }
    }
}

impl Console {
    /// The help for answering, said at the start and whenever `?` is typed.
    pub fn help(&mut self) {
        for line in t::HELP {
            self.say(line.get(self.lang));
        }
    }

    /// Says the question and the numbered choices, and reads until one is chosen. `0` is
    /// [`Leave::Back`], `q` or the end of input [`Leave::Quit`].
    pub fn menu(&mut self, question: &str, choices: &[Choice]) -> Go<usize> {
        self.menu_where(question, choices, true)
    }

    /// [`Console::menu`] at the top level, where there is nothing to go back to: `0` says so.
    pub fn top_menu(&mut self, question: &str, choices: &[Choice]) -> Go<usize> {
        self.menu_where(question, choices, false)
    }

    fn menu_where(&mut self, question: &str, choices: &[Choice], can_go_back: bool) -> Go<usize> {
        let lang = self.lang;
        loop {
            self.say(question);
            for (i, c) in choices.iter().enumerate() {
                self.say(&line_of(lang, i + 1, c));
            }
            loop {
                let Some(typed) = self.read(t::YOUR_CHOICE.get(lang)) else {
                    return Err(Leave::Quit);
                };
                match pick(lang, &typed, choices) {
                    Picked::Choice(i) => return Ok(i),
                    Picked::Quit => return Err(Leave::Quit),
                    Picked::Back if can_go_back => return Err(Leave::Back),
                    Picked::Back => self.say(t::NOTHING_BEHIND.get(lang)),
                    Picked::Help => {
                        self.help();
                        break;
                    }
                    Picked::Nothing(why) => self.tell(&why),
                }
            }
        }
    }

    /// One line of text. `Ok(None)` for an empty line: keep what is there. `0` goes back, `q`
    /// quits.
    pub fn line(&mut self, prompt: &str) -> Go<Option<String>> {
        match self.read(prompt) {
            None => Err(Leave::Quit),
            Some(l) => match l.trim() {
                "q" | "Q" => Err(Leave::Quit),
                "0" => Err(Leave::Back),
                "" => Ok(None),
                text => Ok(Some(text.to_string())),
            },
        }
    }

    /// A line where `0` is an answer (a number of hours or days): only `q` quits.
    pub fn value(&mut self, prompt: &str) -> Go<Option<String>> {
        match self.read(prompt) {
            None => Err(Leave::Quit),
            Some(l) => match l.trim() {
                "q" | "Q" => Err(Leave::Quit),
                "" => Ok(None),
                text => Ok(Some(text.to_string())),
            },
        }
    }

    /// A date typed as day, month and year; asks again until one reads. `Ok(None)` for an
    /// empty line.
    pub fn date(&mut self, prompt: &str) -> Go<Option<NaiveDate>> {
        loop {
            let Some(text) = self.line(prompt)? else {
                return Ok(None);
            };
            match dates::parse_date(&text) {
                Some(d) => return Ok(Some(d)),
                None => self.say(t::BAD_DATE.get(self.lang)),
            }
        }
    }

    /// A yes/no question: `j`/`ja`/`y`/`yes` or `n`/`nej`/`no`, in either language.
    pub fn yes_no(&mut self, question: &str) -> Go<bool> {
        let prompt = t::yes_no(self.lang, question);
        loop {
            let Some(typed) = self.line(&prompt)? else {
                self.say(t::ANSWER_YES_NO.get(self.lang));
                continue;
            };
            match typed.to_lowercase().as_str() {
                "j" | "ja" | "y" | "yes" => return Ok(true),
                "n" | "nej" | "no" => return Ok(false),
                _ => self.say(t::ANSWER_YES_NO.get(self.lang)),
            }
        }
    }

    /// A text of several lines. What is there is read out first; then lines are read until a
    /// line holding only `.`. `Ok(None)`: the first line was empty, keep the text. At the end
    /// of input the lines typed so far are the text (and the next question quits).
    pub fn text(&mut self, what: &str, existing: &str) -> Go<Option<String>> {
        let lang = self.lang;
        let told = std::mem::replace(&mut self.told_how_to_write, true);
        if existing.trim().is_empty() {
            self.say(&t::text_empty(lang, what));
            self.say(
                if told {
                    t::TEXT_HOW_SHORT
                } else {
                    t::TEXT_HOW_NEW
                }
                .get(lang),
            );
        } else {
            self.say(&t::text_now(lang, what));
            self.say(existing.trim_end());
            self.say(t::END_OF_TEXT.get(lang));
            let how = if told {
                t::TEXT_HOW_CHANGE_SHORT
            } else {
                t::TEXT_HOW_CHANGE
            };
            self.say(how.get(lang));
        }
        let mut lines: Vec<String> = Vec::new();
        loop {
            let Some(line) = self.read("") else {
                return if lines.is_empty() {
                    Err(Leave::Quit)
                } else {
                    Ok(Some(lines.join("\n")))
                };
            };
            if line.trim() == "." {
                return Ok(Some(lines.join("\n")));
            }
            if lines.is_empty() && line.trim().is_empty() {
                self.say(t::KEPT.get(lang));
                return Ok(None);
            }
            lines.push(line.trim_end().to_string());
        }
    }
}

/// "3. Refleksionsspørgsmål: 4 af 9 besvaret"; a detail of several lines goes on indented lines.
fn line_of(lang: mandat::vocab::Lang, n: usize, c: &Choice) -> String {
    let detail = c.detail.trim();
    if detail.is_empty() {
        return t::numbered(lang, n, &c.name);
    }
    let mut lines = detail.lines();
    let first = lines.next().unwrap_or("");
    let mut out = t::numbered_with(lang, n, &c.name, first);
    for l in lines {
        out.push_str("\n   ");
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use mandat::vocab::Lang;

    fn choices() -> Vec<Choice> {
        [
            "Refleksion",
            "Refleksionsspørgsmål",
            "Samarbejdsaftale",
            "Pjece",
        ]
        .into_iter()
        .map(Choice::new)
        .collect()
    }

    #[test]
    fn a_number_or_a_unique_beginning_in_any_case_chooses() {
        let c = choices();
        assert_eq!(pick(Lang::Da, "2", &c), Picked::Choice(1));
        assert_eq!(pick(Lang::Da, " sam ", &c), Picked::Choice(2));
        assert_eq!(pick(Lang::Da, "PJ", &c), Picked::Choice(3));
        assert_eq!(pick(Lang::Da, "refleksionss", &c), Picked::Choice(1));
        assert_eq!(
            pick(Lang::Da, "refleksion", &c),
            Picked::Choice(0),
            "a whole name wins over a longer one it begins"
        );
    }

    #[test]
    fn a_beginning_shared_by_several_or_nothing_says_so() {
        let c = choices();
        let Picked::Nothing(why) = pick(Lang::Da, "ref", &c) else {
            panic!("ref fits two")
        };
        assert!(why.contains("1. Refleksion") && why.contains("2. Refleksionsspørgsmål"));
        assert!(matches!(pick(Lang::Da, "x", &c), Picked::Nothing(_)));
        assert!(matches!(pick(Lang::En, "9", &c), Picked::Nothing(_)));
        assert!(matches!(pick(Lang::En, "", &c), Picked::Nothing(_)));
    }

    #[test]
    fn zero_goes_back_q_quits_and_a_question_mark_asks_for_help() {
        let c = choices();
        assert_eq!(pick(Lang::Da, "0", &c), Picked::Back);
        assert_eq!(pick(Lang::Da, "q", &c), Picked::Quit);
        assert_eq!(pick(Lang::Da, "Q", &c), Picked::Quit);
        assert_eq!(pick(Lang::Da, "?", &c), Picked::Help);
    }
}
