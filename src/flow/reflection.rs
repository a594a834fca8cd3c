//! Answering the reflection questions before a meeting.
//!
//! Each question is `empty`, `draft`, `answered` or `skipped`. The flow walks the questions in
//! order (next, previous, jump), then a review lists what is not answered; finishing with open
//! questions needs an explicit confirmation.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnswerStatus {
    #[default]
    Empty,
    Draft,
    Answered,
    Skipped,
}

impl AnswerStatus {
    pub fn id(self) -> &'static str {
        match self {
            AnswerStatus::Empty => "empty",
            AnswerStatus::Draft => "draft",
            AnswerStatus::Answered => "answered",
            AnswerStatus::Skipped => "skipped",
        }
    }
}

/// The leader's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answer {
    pub text: String,
    pub status: AnswerStatus,
    /// Where the cursor was (line, column in characters), so editing resumes there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<(usize, usize)>,
}

/// Where the leader is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ReflectionStep {
    Question { index: usize },
    Review,
    Finished { on: NaiveDate },
}

impl Default for ReflectionStep {
    fn default() -> Self {
        ReflectionStep::Question { index: 0 }
    }
}

/// The reflection part of a meeting, as saved (`answers` and `reflection` in the meeting).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reflection {
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default, rename = "reflection")]
    pub step: ReflectionStep,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReflectionEvent {
    /// The text of the current question changed (typing or pasting).
    Edit {
        text: String,
        cursor: Option<(usize, usize)>,
    },
    /// The current answer is done; moves on.
    MarkAnswered,
    /// Leave the current question unanswered on purpose; moves on.
    Skip,
    Next,
    Previous,
    Jump(usize),
    OpenReview,
    /// Finish from the review. `confirmed` must be true when questions are still open.
    Finish {
        on: NaiveDate,
        confirmed: bool,
    },
    /// Back from finished to the review.
    Reopen,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReflectionError {
    NoQuestions,
    NoSuchQuestion(usize),
    AtFirst,
    EmptyAnswer,
    NeedsConfirmation { open: usize },
    NotInReview,
    Finished,
    NotFinished,
}

impl Reflection {
    pub fn status(&self, question_id: &str) -> AnswerStatus {
        self.answers
            .get(question_id)
            .map(|a| a.status)
            .unwrap_or_default()
    }

    pub fn text(&self, question_id: &str) -> &str {
        self.answers
            .get(question_id)
            .map(|a| a.text.as_str())
            .unwrap_or("")
    }

    /// The questions (by position) that are not answered: empty, draft or skipped.
    pub fn open_questions(&self, question_ids: &[&str]) -> Vec<usize> {
        question_ids
            .iter()
            .enumerate()
            .filter(|(_, id)| self.status(id) != AnswerStatus::Answered)
            .map(|(i, _)| i)
            .collect()
    }

    pub fn answered_count(&self, question_ids: &[&str]) -> usize {
        question_ids.len() - self.open_questions(question_ids).len()
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.step, ReflectionStep::Finished { .. })
    }

    /// Applies an event. `question_ids` are the set's ids in order, from the content.
    pub fn apply(
        &self,
        event: ReflectionEvent,
        question_ids: &[&str],
    ) -> Result<Reflection, ReflectionError> {
        let n = question_ids.len();
        if n == 0 {
            return Err(ReflectionError::NoQuestions);
        }
        let mut next = self.clone();
        // A set that shrank since the position was saved must not point past its end.
        let current = match self.step {
            ReflectionStep::Question { index } => Some(index.min(n - 1)),
            _ => None,
        };
        match event {
            ReflectionEvent::Edit { text, cursor } => {
                let i = current.ok_or(self.not_on_a_question())?;
                let answer = next.answers.entry(question_ids[i].to_string()).or_default();
                answer.status = if text.trim().is_empty() {
                    AnswerStatus::Empty
                } else if answer.status == AnswerStatus::Answered {
                    AnswerStatus::Answered
                } else {
                    AnswerStatus::Draft
                };
                answer.text = text;
                answer.cursor = cursor;
            }
            ReflectionEvent::MarkAnswered => {
                let i = current.ok_or(self.not_on_a_question())?;
                let answer = next.answers.entry(question_ids[i].to_string()).or_default();
                if answer.text.trim().is_empty() {
                    return Err(ReflectionError::EmptyAnswer);
                }
                answer.status = AnswerStatus::Answered;
                next.step = step_after(i, n);
            }
            ReflectionEvent::Skip => {
                let i = current.ok_or(self.not_on_a_question())?;
                let answer = next.answers.entry(question_ids[i].to_string()).or_default();
                answer.status = AnswerStatus::Skipped;
                next.step = step_after(i, n);
            }
            ReflectionEvent::Next => match self.step {
                ReflectionStep::Question { .. } => {
                    next.step = step_after(current.unwrap_or(0), n);
                }
                ReflectionStep::Review => return Err(ReflectionError::NotInReview),
                ReflectionStep::Finished { .. } => return Err(ReflectionError::Finished),
            },
            ReflectionEvent::Previous => match self.step {
                ReflectionStep::Question { .. } => {
                    let i = current.unwrap_or(0);
                    if i == 0 {
                        return Err(ReflectionError::AtFirst);
                    }
                    next.step = ReflectionStep::Question { index: i - 1 };
                }
                ReflectionStep::Review => {
                    next.step = ReflectionStep::Question { index: n - 1 };
                }
                ReflectionStep::Finished { .. } => return Err(ReflectionError::Finished),
            },
            ReflectionEvent::Jump(index) => {
                if self.is_finished() {
                    return Err(ReflectionError::Finished);
                }
                if index >= n {
                    return Err(ReflectionError::NoSuchQuestion(index + 1));
                }
                next.step = ReflectionStep::Question { index };
            }
            ReflectionEvent::OpenReview => {
                if self.is_finished() {
                    return Err(ReflectionError::Finished);
                }
                next.step = ReflectionStep::Review;
            }
            ReflectionEvent::Finish { on, confirmed } => {
                if self.step != ReflectionStep::Review {
                    return Err(if self.is_finished() {
                        ReflectionError::Finished
                    } else {
                        ReflectionError::NotInReview
                    });
                }
                let open = self.open_questions(question_ids).len();
                if open > 0 && !confirmed {
                    return Err(ReflectionError::NeedsConfirmation { open });
                }
                next.step = ReflectionStep::Finished { on };
            }
            ReflectionEvent::Reopen => {
                if !self.is_finished() {
                    return Err(ReflectionError::NotFinished);
                }
                next.step = ReflectionStep::Review;
            }
        }
        Ok(next)
    }

    fn not_on_a_question(&self) -> ReflectionError {
        if self.is_finished() {
            ReflectionError::Finished
        } else {
            ReflectionError::NotInReview
        }
    }
}

fn step_after(index: usize, n: usize) -> ReflectionStep {
    if index + 1 < n {
        ReflectionStep::Question { index: index + 1 }
    } else {
        ReflectionStep::Review
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 3] = ["q1", "q2", "q3"];

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 20).unwrap()
    }

    fn at(index: usize) -> Reflection {
        Reflection {
            step: ReflectionStep::Question { index },
            ..Reflection::default()
        }
    }

    fn with_step(step: ReflectionStep) -> Reflection {
        Reflection {
            step,
            ..Reflection::default()
        }
    }

    fn edit(text: &str) -> ReflectionEvent {
        ReflectionEvent::Edit {
            text: text.into(),
            cursor: None,
        }
    }

    fn apply(r: &Reflection, e: ReflectionEvent) -> Result<Reflection, ReflectionError> {
        r.apply(e, &IDS)
    }

    #[test]
    fn typing_makes_a_draft_and_clearing_makes_it_empty_again() {
        let r = apply(&at(0), edit("Jeg vil gerne have\nfaste timer")).unwrap();
        assert_eq!(r.status("q1"), AnswerStatus::Draft);
        let r = apply(&r, edit("   ")).unwrap();
        assert_eq!(r.status("q1"), AnswerStatus::Empty);
    }

    #[test]
    fn editing_an_answered_question_keeps_it_answered() {
        let r = apply(&at(0), edit("Ja")).unwrap();
        let r = apply(&r, ReflectionEvent::MarkAnswered).unwrap();
        let r = apply(&r, ReflectionEvent::Jump(0)).unwrap();
        let r = apply(&r, edit("Ja, og mere")).unwrap();
        assert_eq!(r.status("q1"), AnswerStatus::Answered);
    }

    #[test]
    fn unicode_text_and_cursor_are_kept_verbatim() {
        let text = "Æblegrød på ø — 👍\nanden linje";
        let r = apply(
            &at(1),
            ReflectionEvent::Edit {
                text: text.into(),
                cursor: Some((1, 3)),
            },
        )
        .unwrap();
        assert_eq!(r.text("q2"), text);
        assert_eq!(r.answers["q2"].cursor, Some((1, 3)));
    }

    #[test]
    fn marking_answered_moves_to_the_next_question_and_from_the_last_to_review() {
        let r = apply(
            &apply(&at(0), edit("a")).unwrap(),
            ReflectionEvent::MarkAnswered,
        )
        .unwrap();
        assert_eq!(r.step, ReflectionStep::Question { index: 1 });
        let r = apply(
            &apply(&at(2), edit("c")).unwrap(),
            ReflectionEvent::MarkAnswered,
        )
        .unwrap();
        assert_eq!(r.step, ReflectionStep::Review);
    }

    #[test]
    fn an_empty_answer_cannot_be_marked_answered() {
        assert_eq!(
            apply(&at(0), ReflectionEvent::MarkAnswered),
            Err(ReflectionError::EmptyAnswer)
        );
    }

    #[test]
    fn skipping_marks_the_question_and_moves_on() {
        let r = apply(&at(0), ReflectionEvent::Skip).unwrap();
        assert_eq!(r.status("q1"), AnswerStatus::Skipped);
        assert_eq!(r.step, ReflectionStep::Question { index: 1 });
    }

    #[test]
    fn next_previous_and_jump_walk_the_questions() {
        assert_eq!(
            apply(&at(0), ReflectionEvent::Next).unwrap().step,
            ReflectionStep::Question { index: 1 }
        );
        assert_eq!(
            apply(&at(2), ReflectionEvent::Next).unwrap().step,
            ReflectionStep::Review
        );
        assert_eq!(
            apply(&at(1), ReflectionEvent::Previous).unwrap().step,
            ReflectionStep::Question { index: 0 }
        );
        assert_eq!(
            apply(&at(0), ReflectionEvent::Previous),
            Err(ReflectionError::AtFirst)
        );
        assert_eq!(
            apply(
                &with_step(ReflectionStep::Review),
                ReflectionEvent::Previous
            )
            .unwrap()
            .step,
            ReflectionStep::Question { index: 2 }
        );
        assert_eq!(
            apply(&at(0), ReflectionEvent::Jump(2)).unwrap().step,
            ReflectionStep::Question { index: 2 }
        );
        assert_eq!(
            apply(&at(0), ReflectionEvent::Jump(3)),
            Err(ReflectionError::NoSuchQuestion(4))
        );
    }

    #[test]
    fn finishing_with_open_questions_needs_confirmation() {
        let review = with_step(ReflectionStep::Review);
        assert_eq!(
            apply(
                &review,
                ReflectionEvent::Finish {
                    on: day(),
                    confirmed: false
                }
            ),
            Err(ReflectionError::NeedsConfirmation { open: 3 })
        );
        let done = apply(
            &review,
            ReflectionEvent::Finish {
                on: day(),
                confirmed: true,
            },
        )
        .unwrap();
        assert!(done.is_finished());
    }

    #[test]
    fn finishing_with_every_question_answered_needs_no_confirmation() {
        let mut r = at(0);
        for _ in IDS {
            r = apply(&r, edit("svar")).unwrap();
            r = apply(&r, ReflectionEvent::MarkAnswered).unwrap();
        }
        assert_eq!(r.step, ReflectionStep::Review);
        let r = apply(
            &r,
            ReflectionEvent::Finish {
                on: day(),
                confirmed: false,
            },
        )
        .unwrap();
        assert_eq!(r.step, ReflectionStep::Finished { on: day() });
    }

    #[test]
    fn a_finished_reflection_is_locked_until_reopened() {
        let done = with_step(ReflectionStep::Finished { on: day() });
        for e in [
            edit("x"),
            ReflectionEvent::MarkAnswered,
            ReflectionEvent::Skip,
            ReflectionEvent::Next,
            ReflectionEvent::Previous,
            ReflectionEvent::Jump(0),
            ReflectionEvent::OpenReview,
            ReflectionEvent::Finish {
                on: day(),
                confirmed: true,
            },
        ] {
            assert_eq!(
                apply(&done, e.clone()),
                Err(ReflectionError::Finished),
                "{e:?}"
            );
        }
        assert_eq!(
            apply(&done, ReflectionEvent::Reopen).unwrap().step,
            ReflectionStep::Review
        );
    }

    #[test]
    fn rejected_events_in_review_and_on_questions() {
        let review = with_step(ReflectionStep::Review);
        for e in [
            edit("x"),
            ReflectionEvent::MarkAnswered,
            ReflectionEvent::Skip,
            ReflectionEvent::Next,
        ] {
            assert_eq!(
                apply(&review, e.clone()),
                Err(ReflectionError::NotInReview),
                "{e:?}"
            );
        }
        assert_eq!(
            apply(
                &at(0),
                ReflectionEvent::Finish {
                    on: day(),
                    confirmed: true
                }
            ),
            Err(ReflectionError::NotInReview)
        );
        assert_eq!(
            apply(&at(0), ReflectionEvent::Reopen),
            Err(ReflectionError::NotFinished)
        );
        assert_eq!(
            apply(&review, ReflectionEvent::OpenReview).unwrap().step,
            ReflectionStep::Review
        );
    }

    #[test]
    fn an_empty_question_set_is_an_error_not_a_panic() {
        assert_eq!(
            at(0).apply(ReflectionEvent::Next, &[]),
            Err(ReflectionError::NoQuestions)
        );
    }

    #[test]
    fn a_saved_position_past_a_shrunken_set_is_clamped() {
        let r = at(10).apply(edit("x"), &IDS).unwrap();
        assert_eq!(r.status("q3"), AnswerStatus::Draft);
    }

    #[test]
    fn review_lists_open_questions_in_order() {
        let mut r = at(0);
        r = apply(&r, edit("a")).unwrap();
        r = apply(&r, ReflectionEvent::MarkAnswered).unwrap();
        r = apply(&r, ReflectionEvent::Skip).unwrap();
        assert_eq!(r.open_questions(&IDS), vec![1, 2]);
        assert_eq!(r.answered_count(&IDS), 1);
    }
}
