//! Why a step in one of the four flows was refused, as one sentence for the status line. The
//! flows return plain data (`HandoutError`, `ReflectionError`, `AgreementError`, `PlanError`);
//! these functions word it.

use chrono::NaiveDate;

use crate::flow::agreement::{AgreementError, AgreementStep, AgreementWarning};
use crate::flow::handout::{HandoutError, HandoutStep};
use crate::flow::plan::{MAX_WEEKLY_HOURS, PlanError};
use crate::flow::reflection::ReflectionError;

use super::Lang;
use super::format::{compact_date, number};

messages! {
    handed_out_in_future(on: &str) =
        "Pjecen kan ikke være afleveret {on}, for det er i fremtiden",
        "The pamphlet cannot have been handed out {on}, which is in the future";
    handed_out_after_meeting(on: &str, meeting: &str) =
        "Pjecen kan ikke være afleveret {on}, for det er efter mødet {meeting}",
        "The pamphlet cannot have been handed out {on}, which is after the meeting on {meeting}";
    NOT_HANDED_OUT =
        "Pjecen kan ikke markeres som drøftet, før den er afleveret",
        "The pamphlet must be handed out before it can be marked discussed";
    ALREADY_HANDED_OUT =
        "Pjecen er allerede afleveret",
        "The pamphlet is already handed out";
    ALREADY_DISCUSSED =
        "Pjecen er allerede drøftet",
        "The pamphlet is already discussed";
    NOTHING_TO_UNDO =
        "Der er intet trin at gå tilbage til",
        "There is no step to go back to";

    NO_QUESTIONS =
        "Der er ingen spørgsmål i dette sæt",
        "There are no questions in this set";
    no_such_question(n: usize) =
        "Spørgsmål {n} findes ikke",
        "There is no question {n}";
    AT_FIRST_QUESTION =
        "Det er det første spørgsmål",
        "This is the first question";
    EMPTY_ANSWER =
        "Et tomt svar kan ikke markeres som besvaret; skriv noget eller spring over",
        "An empty answer cannot be marked answered; write something or skip it";
    needs_confirmation(open: usize) =
        "{open} spørgsmål er ikke besvaret; bekræft for at afslutte alligevel",
        "{open} questions are not answered; confirm to finish anyway";
    FINISH_FROM_REVIEW =
        "Afslut fra gennemgangen",
        "Finish from the review";
    REFLECTION_FINISHED =
        "Refleksionen er afsluttet; genåbn den for at ændre svar",
        "The reflection is finished; reopen it to change answers";
    REFLECTION_NOT_FINISHED =
        "Refleksionen er ikke afsluttet",
        "The reflection is not finished";

    unknown_field(field: &str) =
        "Skabelonen har intet felt «{field}»",
        "The template has no field “{field}”";
    AGREEMENT_LOCKED =
        "Aftalen er indgået; gå et trin tilbage for at ændre dine forslag",
        "The agreement is made; step back to change your proposals";
    NOTHING_PROPOSED =
        "Skriv mindst ét forslag, før aftalen markeres klar",
        "Write at least one proposal before marking the agreement ready";
    ALREADY_READY =
        "Aftalen er allerede markeret klar",
        "The agreement is already marked ready";
    ALREADY_AGREED =
        "Aftalen er allerede indgået",
        "The agreement is already made";
    NOT_READY =
        "Marker aftalen klar, før den markeres indgået",
        "Mark the agreement ready before marking it agreed";
    agreed_before_meeting(meeting: &str) =
        "Mødet er først {meeting}. Vil du markere aftalen som indgået alligevel? (j/n)",
        "The meeting is not until {meeting}. Mark the agreement as agreed anyway? (y/n)";
    few_proposals(proposed: usize, fields: usize) =
        "Kun {proposed} af {fields} felter har et forslag. Vil du markere aftalen klar til mødet alligevel? (j/n)",
        "Only {proposed} of {fields} fields have a proposal. Mark the agreement ready for the meeting anyway? (y/n)";
    agreed_in_future(on: &str) =
        "Aftalen kan ikke være indgået {on}, for det er i fremtiden",
        "The agreement cannot have been made {on}, which is in the future";
    review_not_after(review: &str, on: &str) =
        "Opfølgningsdatoen {review} skal ligge efter aftaledatoen {on}",
        "The follow-up date {review} must be after the agreement date {on}";

    start_out_of_range(date: &str) =
        "Startdatoen {date} ligger uden for årene 1900–2999",
        "The start date {date} is outside the years 1900–2999";
    unknown_course(course: &str) =
        "Der er ikke noget forløb, der hedder «{course}»",
        "There is no course called “{course}”";
    unknown_phase(phase: &str) =
        "Forløbet har ingen fase «{phase}»",
        "The course has no phase “{phase}”";
    invalid_hours(hours: &str, max: f64) =
        "{hours} timer er ikke et muligt antal (0 til {max})",
        "{hours} hours is not a possible number of hours (0 to {max})";
    ZERO_WEEKS =
        "En fase skal vare mindst én uge",
        "A phase must last at least one week";
    vacation_backwards(last: &str, first: &str) =
        "Ferien slutter {last}, før den begynder {first}",
        "The vacation ends {last}, before it begins {first}";
    no_such_vacation(n: usize) =
        "Ferie nr. {n} findes ikke",
        "There is no vacation number {n}";
    no_such_week(week: u32, year: i32) =
        "Uge {week} findes ikke i {year}",
        "There is no week {week} in {year}";
    no_such_override(week: u32, year: i32) =
        "Uge {week} {year} har ingen egne timer",
        "Week {week} {year} has no hours of its own";
    too_many_secretariat_days(days: u8) =
        "{days} dage i sekretariatet er flere end en uges fem arbejdsdage",
        "{days} days at the secretariat are more than a week's five working days";
    AT_FIRST_STEP =
        "Det er første trin",
        "This is the first step";
    AT_LAST_STEP =
        "Det er sidste trin; godkend planen",
        "This is the last step; accept the plan";
    ACCEPT_FROM_REVIEW =
        "Godkend planen fra gennemgangen",
        "Accept the plan from the review";
    ALREADY_ACCEPTED =
        "Planen er allerede godkendt",
        "The plan is already accepted";
}

fn date(d: &NaiveDate, lang: Lang) -> String {
    compact_date(*d, lang)
}

pub fn handout_error(lang: Lang, e: &HandoutError) -> String {
    match e {
        HandoutError::HandedOutInFuture { on, .. } => handed_out_in_future(lang, &date(on, lang)),
        HandoutError::HandedOutAfterMeeting { on, meeting } => {
            handed_out_after_meeting(lang, &date(on, lang), &date(meeting, lang))
        }
        HandoutError::NotHandedOut => NOT_HANDED_OUT.get(lang).to_string(),
        HandoutError::AlreadyThere(HandoutStep::HandedOut) => {
            ALREADY_HANDED_OUT.get(lang).to_string()
        }
        HandoutError::AlreadyThere(HandoutStep::Discussed) => {
            ALREADY_DISCUSSED.get(lang).to_string()
        }
        HandoutError::NothingToUndo => NOTHING_TO_UNDO.get(lang).to_string(),
    }
}

pub fn reflection_error(lang: Lang, e: &ReflectionError) -> String {
    match e {
        ReflectionError::NoQuestions => NO_QUESTIONS.get(lang).to_string(),
        ReflectionError::NoSuchQuestion(n) => no_such_question(lang, *n),
        ReflectionError::AtFirst => AT_FIRST_QUESTION.get(lang).to_string(),
        ReflectionError::EmptyAnswer => EMPTY_ANSWER.get(lang).to_string(),
        ReflectionError::NeedsConfirmation { open } => needs_confirmation(lang, *open),
        ReflectionError::NotInReview => FINISH_FROM_REVIEW.get(lang).to_string(),
        ReflectionError::Finished => REFLECTION_FINISHED.get(lang).to_string(),
        ReflectionError::NotFinished => REFLECTION_NOT_FINISHED.get(lang).to_string(),
    }
}

pub fn agreement_error(lang: Lang, e: &AgreementError) -> String {
    match e {
        AgreementError::UnknownField(f) => unknown_field(lang, f),
        AgreementError::Locked => AGREEMENT_LOCKED.get(lang).to_string(),
        AgreementError::NothingProposed => NOTHING_PROPOSED.get(lang).to_string(),
        AgreementError::AlreadyThere(AgreementStep::Ready) => ALREADY_READY.get(lang).to_string(),
        AgreementError::AlreadyThere(AgreementStep::Agreed) => ALREADY_AGREED.get(lang).to_string(),
        AgreementError::NotReady => NOT_READY.get(lang).to_string(),
        AgreementError::AgreedInFuture { on } => agreed_in_future(lang, &date(on, lang)),
        AgreementError::ReviewNotAfterAgreement { on, review_on } => {
            review_not_after(lang, &date(review_on, lang), &date(on, lang))
        }
        AgreementError::NothingToUndo => NOTHING_TO_UNDO.get(lang).to_string(),
    }
}

/// The question asked before an agreement event that is allowed but looks like a slip.
pub fn agreement_warning(lang: Lang, w: &AgreementWarning) -> String {
    match w {
        AgreementWarning::BeforeMeeting { meeting_on } => {
            agreed_before_meeting(lang, &super::format::date_in_sentence(*meeting_on, lang))
        }
        AgreementWarning::FewProposals { proposed, fields } => {
            few_proposals(lang, *proposed, *fields)
        }
    }
}

pub fn plan_error(lang: Lang, e: &PlanError) -> String {
    match e {
        PlanError::StartOutOfRange(d) => start_out_of_range(lang, &date(d, lang)),
        PlanError::UnknownCourse(c) => unknown_course(lang, c),
        PlanError::UnknownPhase(p) => unknown_phase(lang, p),
        PlanError::InvalidHours(h) => invalid_hours(lang, &number(*h, lang), MAX_WEEKLY_HOURS),
        PlanError::ZeroWeeks => ZERO_WEEKS.get(lang).to_string(),
        PlanError::VacationBackwards { first, last } => {
            vacation_backwards(lang, &date(last, lang), &date(first, lang))
        }
        PlanError::NoSuchVacation(n) => no_such_vacation(lang, *n),
        PlanError::NoSuchWeek { year, week } => no_such_week(lang, *week, *year),
        PlanError::NoSuchOverride { year, week } => no_such_override(lang, *week, *year),
        PlanError::TooManySecretariatDays(days) => too_many_secretariat_days(lang, *days),
        PlanError::AtFirstStep => AT_FIRST_STEP.get(lang).to_string(),
        PlanError::AtLastStep => AT_LAST_STEP.get(lang).to_string(),
        PlanError::NotInReview => ACCEPT_FROM_REVIEW.get(lang).to_string(),
        PlanError::AlreadyAccepted => ALREADY_ACCEPTED.get(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_questions_name_the_meeting_date_and_the_count() {
        let before = AgreementWarning::BeforeMeeting {
            meeting_on: NaiveDate::from_ymd_opt(2027, 1, 28).unwrap(),
        };
        assert_eq!(
            agreement_warning(Lang::Da, &before),
            "Mødet er først torsdag den 28. januar 2027. Vil du markere aftalen som indgået alligevel? (j/n)"
        );
        assert!(agreement_warning(Lang::En, &before).contains("Thursday 28 January 2027"));
        let few = AgreementWarning::FewProposals {
            proposed: 1,
            fields: 7,
        };
        assert!(agreement_warning(Lang::Da, &few).starts_with("Kun 1 af 7 felter"));
        assert!(agreement_warning(Lang::En, &few).ends_with("(y/n)"));
    }

    #[test]
    fn flow_errors_show_dates_the_language_s_way() {
        let e = HandoutError::HandedOutInFuture {
            on: NaiveDate::from_ymd_opt(2027, 1, 25).unwrap(),
            today: NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
        };
        assert_eq!(
            handout_error(Lang::Da, &e),
            "Pjecen kan ikke være afleveret 25. jan. 2027, for det er i fremtiden"
        );
        assert!(handout_error(Lang::En, &e).contains("25 Jan 2027"));
        assert_eq!(
            reflection_error(Lang::Da, &ReflectionError::AtFirst),
            "Det er det første spørgsmål"
        );
    }
}
