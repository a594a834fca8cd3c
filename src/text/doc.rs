//! The words of the printed documents: the brief a leader brings to a meeting, the pamphlet a
//! counterpart gets beforehand, and what goes wrong when one cannot be made. The plan's own words
//! are in [`super::plan`]; words the screens use too are in [`super::common`].

use crate::content::Content;
use crate::export::ExportError;
use crate::flow::handout::Channel;

use super::{Lang, common};

messages! {
    // The brief's header.
    brief_title(role: &str) = "Brief: møde med din {role}", "Brief: meeting with your {role}";
    COUNTERPART = "Samtalepart", "Counterpart";
    MEETING_DATE = "Mødedato", "Meeting date";
    NOT_DATED = "ikke fastlagt endnu", "not set yet";
    NAME_MISSING = "navn ikke angivet", "name not given";
    PRINTED = "Udskrevet", "Printed";

    // Where the pamphlet is.
    HANDOUT = "Pjecen", "The pamphlet";
    HANDOUT_NOT_MADE = "Pjecen er ikke lavet endnu.", "The pamphlet has not been made yet.";
    handout_made(date: &str) =
        "Pjecen blev lavet {date}, men er ikke afleveret endnu.",
        "The pamphlet was made on {date} but has not been handed over yet.";
    handout_handed_over(date: &str, how: &str) =
        "Pjecen blev afleveret {date} {how}.", "The pamphlet was handed over {date} {how}.";
    HANDOUT_DISCUSSED = "Den er drøftet på mødet.", "It was discussed at the meeting.";
    handout_due(date: &str) =
        "Den skal afleveres senest {date}.", "It should be handed over by {date}.";
    handout_overdue(date: &str) =
        "Den skulle have været afleveret senest {date} – aflever den hurtigst muligt.",
        "It should have been handed over by {date} – hand it over as soon as you can.";
    BY_EMAIL = "på e-mail", "by e-mail";
    BY_INTERNAL_MAIL = "med intern post", "by internal mail";

    // The leader's reflections.
    REFLECTIONS = "Dine refleksioner", "Your reflections";
    ORPHAN_ANSWERS =
        "Svar på spørgsmål, som indholdet ikke længere har",
        "Answers to questions the content no longer has";
    orphan_question(id: &str) = "Spørgsmål «{id}»", "Question “{id}”";
    NOT_ANSWERED = "ikke besvaret", "not answered";

    // The agreement.
    /// The heading of the agreement table's first column, which names each field.
    AGREEMENT_TOPIC = "Emne", "Topic";
    PROPOSAL = "Mit forslag", "My proposal";
    AGREED = "Aftalt", "Agreed";
    AGREED_ON = "Aftalt den", "Agreed on";
    REVIEW_ON = "Opfølgning den", "Review on";
    ORPHAN_FIELDS = "Felter, som skabelonen ikke længere har", "Fields the template no longer has";
    orphan_field(id: &str) = "«{id}»", "“{id}”";
    AGREEMENT_IS_DRAFT =
        "Status: kladde – ikke markeret klar endnu.", "Status: draft – not marked ready yet.";
    agreement_ready(date: &str) =
        "Status: klar til mødet (markeret {date}).", "Status: ready for the meeting (marked {date}).";
    agreement_agreed(agreed: &str, review: &str) =
        "Status: indgået {agreed}; følges op {review}.",
        "Status: agreed on {agreed}; to be reviewed {review}.";

    // The plan, condensed for the personaleleder.
    COURSE = "Forløb", "Course";
    START = "Start", "Start";
    HOURS_PER_WEEK = "Netværkstimer/uge", "Network h/week";
    SECRETARIAT_WEEKS = "Uger i Sekretariatet", "Weeks at the Secretariat";
    secretariat_weeks(weeks: &str, days: u32) =
        "{weeks} – i alt cirka {days} dage.", "{weeks} – about {days} days in all.";
    NO_SECRETARIAT_WEEKS =
        "Planen har ingen intensive uger i Sekretariatet.",
        "The plan has no intensive weeks at the Secretariat.";
    NO_WARNINGS = "Planen giver ingen advarsler.", "The plan gives no warnings.";

    // The milestones, for the referenceleder.
    MILESTONES = "Milepæle", "Milestones";
    TEST_START = "Testfasen begynder", "Test phase begins";
    FUNDING = "Kapital til testfasen", "Funding for the test phase";
    funding_by(week: &str) = "skal være på plads senest {week}", "must be in place by {week}";
    EVALUATION = "Evalueringsmøde", "Evaluation meeting";
    COURSE_END = "Forløbet slutter", "Course ends";
    NO_TEST_PHASE = "forløbet har ingen testfase", "the course has no test phase";

    // What is still open before the meeting.
    OPEN_POINTS = "Åbne punkter", "Open points";
    NO_OPEN_POINTS =
        "Ingen åbne punkter – du er klar til mødet.",
        "No open points – you are ready for the meeting.";
    OPEN_NO_DATE = "Mødet har ingen dato endnu.", "The meeting has no date yet.";
    OPEN_HANDOUT = "Pjecen er ikke afleveret.", "The pamphlet has not been handed over.";
    open_questions(open: usize, total: usize, numbers: &str) =
        "{open} af {total} refleksionsspørgsmål er ikke besvaret (nr. {numbers}).",
        "{open} of {total} reflection questions are not answered (no. {numbers}).";
    open_proposals(fields: &str) = "Ingen forslag endnu til: {fields}.", "No proposal yet for: {fields}.";
    OPEN_AGREEMENT_NOT_READY =
        "Samarbejdsaftalen er ikke markeret klar.",
        "The collaboration agreement is not marked ready.";
    OPEN_PLAN_NOT_ACCEPTED = "Arbejdsplanen er ikke godkendt.", "The workload plan is not accepted.";
    OPEN_ONE_WARNING =
        "Arbejdsplanen har 1 advarsel – se ovenfor.", "The workload plan has 1 warning – see above.";
    open_warnings(n: usize) =
        "Arbejdsplanen har {n} advarsler – se ovenfor.", "The workload plan has {n} warnings – see above.";

    // The pamphlet.
    TO = "Til", "To";
    FROM = "Fra", "From";
    MEETING = "Møde", "Meeting";
    TO_BE_AGREED = "aftales", "to be agreed";
    YOUR_ROLE = "Din rolle", "Your role";
    TOPICS = "Det vil jeg gerne drøfte med dig", "What I would like to discuss with you";
    BEFOREHAND = "Du kan overveje inden mødet", "You may think about before we meet";
    REGARDS = "Venlig hilsen", "Kind regards";

    // When a document cannot be made.
    no_such_meeting(id: &str) =
        "mødet «{id}» findes ikke i arbejdsområdet", "the workspace has no meeting “{id}”";
    no_pamphlet(counterpart: &str) =
        "indholdet har ingen pjece til {counterpart}", "the content has no pamphlet for {counterpart}";
}

/// How the pamphlet was handed over, to end a sentence: "personligt", "på e-mail".
pub fn handed_over_by(lang: Lang, channel: Channel) -> &'static str {
    match channel {
        Channel::InPerson => common::CHANNEL_IN_PERSON,
        Channel::Email => BY_EMAIL,
        Channel::InternalMail => BY_INTERNAL_MAIL,
    }
    .get(lang)
}

/// The network leader's role as the content names it, inside a sentence ("netværksleder").
/// Like [`common::role_in_sentence`] for the counterparts.
pub fn leader_in_sentence(content: &Content, lang: Lang) -> String {
    let name = common::leader_role(content, lang);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One line saying why a brief or pamphlet could not be made.
pub fn export_error(lang: Lang, error: &ExportError) -> String {
    match error {
        ExportError::NoSuchMeeting(id) => no_such_meeting(lang, id),
        ExportError::NoPamphlet(counterpart) => no_pamphlet(lang, counterpart),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_errors_read_in_both_languages() {
        let e = ExportError::NoSuchMeeting("x-9".into());
        assert_eq!(
            export_error(Lang::Da, &e),
            "mødet «x-9» findes ikke i arbejdsområdet"
        );
        assert_eq!(
            export_error(Lang::En, &e),
            "the workspace has no meeting “x-9”"
        );
    }
}
