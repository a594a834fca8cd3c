//! The words of the printed documents: the brief a leader brings to a meeting, the pamphlet a
//! counterpart gets beforehand, and what goes wrong when one cannot be made. The plan's own words
//! are in [`super::plan`]; words the screens use too are in [`super::common`].

use crate::content::Content;
use crate::export::ExportError;
use crate::flow::handout::Channel;

use super::{Lang, common};

messages! {
    // The brief's header.
    brief_title(role: &str) = "Mødeark: møde med din {role}", "Brief: meeting with your {role}";
    COUNTERPART = "Samtalepart", "Counterpart";
    person_and_role(person: &str, role: &str) = "{person} ({role})", "{person} ({role})";
    MEETING_DATE = "Mødedato", "Meeting date";
    NOT_DATED = "ikke fastlagt endnu", "not set yet";
    NAME_MISSING = "navn ikke angivet", "name not given";
    MADE = "Lavet", "Made";

    // Where the pamphlet is.
    HANDOUT = "Pjecen", "The pamphlet";
    HANDOUT_NOT_MADE = "Pjecen er ikke forberedt endnu.", "The pamphlet has not been prepared yet.";
    handout_made(date: &str) =
        "Pjecen blev forberedt {date}, men er ikke afleveret endnu.",
        "The pamphlet was prepared on {date} but has not been handed out yet.";
    handout_handed_over(date: &str, how: &str) =
        "Pjecen blev {how} {date}.", "The pamphlet was {how} on {date}.";
    HANDOUT_DISCUSSED = "Den er drøftet på mødet.", "It was discussed at the meeting.";
    handout_due(date: &str) =
        "Den skal afleveres senest {date}.", "It should be handed out by {date}.";
    handout_overdue(date: &str) =
        "Den skulle have været afleveret senest {date} – aflever den hurtigst muligt.",
        "It should have been handed out by {date} – hand it out as soon as you can.";
    IN_PERSON = "givet personligt", "handed out in person";
    BY_EMAIL = "sendt pr. e-mail", "sent by e-mail";
    BY_INTERNAL_MAIL = "sendt med intern post", "sent by internal mail";

    // The leader's reflections.
    REFLECTIONS = "Dine refleksioner", "Your reflections";
    ORPHAN_ANSWERS =
        "Svar på spørgsmål, der ikke længere stilles",
        "Answers to questions no longer asked";
    orphan_question(id: &str) = "Spørgsmål «{id}»", "Question “{id}”";
    NOT_ANSWERED = "ikke besvaret", "not answered";

    // The agreement.
    /// The heading of the agreement table's first column, which names each field.
    AGREEMENT_TOPIC = "Emne", "Topic";
    PROPOSAL = "Mit forslag", "My proposal";
    AGREED = "Aftalt", "Agreed";
    AGREED_ON = "Aftalt den", "Agreed on";
    REVIEW_ON = "Opfølgning", "Follow-up";
    ORPHAN_FIELDS = "Felter, som skabelonen ikke længere har", "Fields the template no longer has";
    orphan_field(id: &str) = "«{id}»", "“{id}”";
    AGREEMENT_IS_DRAFT =
        "Status: udkast – ikke markeret klar endnu.", "Status: draft – not marked ready yet.";
    agreement_ready(date: &str) =
        "Status: klar til mødet (markeret {date}).", "Status: ready for the meeting (marked {date}).";
    agreement_agreed(agreed: &str, review: &str) =
        "Status: indgået {agreed}; opfølgning {review}.",
        "Status: agreed on {agreed}; follow-up {review}.";

    // The plan, condensed for the personaleleder.
    COURSE = "Forløb", "Course";
    START = "Start", "Start";
    HOURS_PER_WEEK = "Netværkstimer/uge", "Network h/week";
    SECRETARIAT_WEEKS = "Uger i Sekretariatet for Netværksstrukturen", "Weeks at the Secretariat for the Network Structure";
    secretariat_weeks(weeks: &str, days: u32) =
        "{weeks} – i alt cirka {days} dage.", "{weeks} – about {days} days in all.";
    NO_SECRETARIAT_WEEKS =
        "Planen har ingen intensive uger i sekretariatet.",
        "The plan has no intensive weeks at the secretariat.";
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
    OPEN_HANDOUT = "Pjecen er ikke afleveret.", "The pamphlet has not been handed out.";
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

    // A follow-up meeting.
    FOLLOW_UP = "Opfølgende møde", "Follow-up meeting";
    follow_up_of(date: &str) = "efter mødet {date}", "after the meeting on {date}";
    FOLLOW_UP_OF_UNDATED = "efter sidste møde (uden dato)", "after the last meeting (undated)";
    FOLLOW_UP_REFLECTIONS = "Dine refleksioner før opfølgningen", "Your reflections before the follow-up";
    handout_given_earlier(date: &str) =
        "Pjecen blev afleveret til et tidligere møde ({date}), så den skal ikke afleveres igen.",
        "The pamphlet was handed out for an earlier meeting ({date}), so it need not be handed out again.";
    last_agreement(agreed: &str, review: &str) =
        "Sidste aftale: indgået {agreed}, opfølgning {review}. Under hvert emne står, hvad vi aftalte.",
        "Last agreement: made {agreed}, follow-up {review}. Under each topic is what we agreed.";
    NO_EARLIER_AGREEMENT =
        "Ingen tidligere aftale med denne samtalepart er markeret som indgået.",
        "No earlier agreement with this counterpart is marked as agreed.";
    agreed_last_time(text: &str) = "Aftalt sidst: {text}", "Agreed last time: {text}";
    NOTHING_AGREED_LAST_TIME = "Intet aftalt sidst.", "Nothing agreed last time.";
    AGREED_LAST_TIME_UNCHANGED =
        "Aftalt sidst: det samme som dit forslag.", "Agreed last time: the same as your proposal.";
    plan_ahead_note(week: &str) =
        "Faser, der sluttede før {week}, er udeladt.", "Phases that ended before {week} are left out.";
    TIME_SINCE_LAST = "Tidsforbrug siden sidst", "Time use since last time";
    time_since(weeks: &str, date: &str) =
        "{weeks}: ugerne efter mødet {date}.", "{weeks}: the weeks after the meeting on {date}.";
    NO_WEEKS_SINCE =
        "Der er endnu ingen uger i planen efter sidste møde.",
        "There are no weeks in the plan after the last meeting yet.";
    NO_DATE_NO_TIME =
        "Sidste møde har ingen dato, så tidsforbruget siden da kan ikke regnes ud.",
        "The last meeting has no date, so the time used since then cannot be worked out.";

    // What the last meeting left for this one (carry-over points).
    carry_time_above(per_cent: &str, used: &str, planned: &str, weeks: u32) =
        "Fra sidst: du har brugt {per_cent} % over planen siden sidste møde ({used} mod {planned} timer i {weeks} registrerede uger).",
        "From last time: you have used {per_cent}% more than planned since the last meeting ({used} against {planned} hours in {weeks} logged weeks).";
    carry_time_below(per_cent: &str, used: &str, planned: &str, weeks: u32) =
        "Fra sidst: du har brugt {per_cent} % under planen siden sidste møde ({used} mod {planned} timer i {weeks} registrerede uger).",
        "From last time: you have used {per_cent}% less than planned since the last meeting ({used} against {planned} hours in {weeks} logged weeks).";
    carry_time_on_plan(used: &str, weeks: u32) =
        "Fra sidst: tidsforbruget har fulgt planen siden sidste møde ({used} timer i {weeks} registrerede uger).",
        "From last time: the time used has followed the plan since the last meeting ({used} hours in {weeks} logged weeks).";
    carry_time_nothing_planned(used: &str, weeks: u32) =
        "Fra sidst: du har brugt {used} timer i {weeks} registrerede uger, hvor planen ingen netværkstimer havde.",
        "From last time: you have used {used} hours in {weeks} logged weeks in which the plan had no network hours.";
    carry_bring_up(question: &str, answer: &str) =
        "Tag op igen fra sidst: {question} Dit svar dengang: «{answer}»",
        "Bring up again from last time: {question} Your answer then: “{answer}”";
    carry_bring_up_unanswered(question: &str) =
        "Tag op igen fra sidst: {question}", "Bring up again from last time: {question}";
    carry_open_fields(fields: &str) =
        "Ikke aftalt sidst: {fields}.", "Not agreed last time: {fields}.";

    // The pamphlet.
    TO = "Til", "To";
    FROM = "Fra", "From";
    MEETING = "Møde", "Meeting";
    TO_BE_AGREED = "aftales", "to be agreed";
    YOUR_ROLE = "Din rolle", "Your role";
    TOPICS = "Det vil jeg gerne drøfte med dig", "What I would like to discuss with you";
    BEFOREHAND = "Det kan du overveje inden mødet", "What you may think about before we meet";
    REGARDS = "Venlig hilsen", "Kind regards";

    // When a document cannot be made.
    no_such_meeting(id: &str) =
        "netværket har intet møde «{id}»", "the network has no meeting “{id}”";
    no_pamphlet(counterpart: &str) =
        "der er ingen pjece til {counterpart}", "there is no pamphlet for {counterpart}";
}

/// How the pamphlet went to the counterpart, inside a sentence: "givet personligt", "sendt pr.
/// e-mail".
pub fn handed_over_by(lang: Lang, channel: Channel) -> &'static str {
    match channel {
        Channel::InPerson => IN_PERSON,
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

/// How much of an earlier answer a carry-over line repeats.
const ANSWER_EXCERPT: usize = 160;

/// The carry-over points as sentences, the open agreement fields gathered in one line, for the
/// brief's open points and the screens.
pub fn carry_over(
    lang: Lang,
    content: &Content,
    points: &[crate::guide::followup::CarryOver],
) -> Vec<String> {
    use crate::guide::followup::CarryOver;
    let mut out = Vec::new();
    let mut open_fields = Vec::new();
    for point in points {
        match point {
            CarryOver::TimeSinceLastMeeting { variance, .. } => {
                out.push(time_variance(lang, variance));
            }
            CarryOver::BringUp {
                question_id,
                answer,
                ..
            } => {
                let question = content
                    .question(question_id)
                    .map(|q| q.text.get(lang).to_string())
                    .unwrap_or_else(|| orphan_question(lang, question_id));
                let answer = super::format::clean_line(answer);
                out.push(if answer.is_empty() {
                    carry_bring_up_unanswered(lang, &question)
                } else {
                    carry_bring_up(
                        lang,
                        &question,
                        &super::format::escaped(&answer, ANSWER_EXCERPT),
                    )
                });
            }
            CarryOver::OpenAgreementField {
                counterpart,
                field_id,
                ..
            } => open_fields.push(
                content
                    .agreement(*counterpart)
                    .and_then(|t| t.fields.iter().find(|f| &f.id == field_id))
                    .map(|f| f.label.get(lang).to_string())
                    .unwrap_or_else(|| orphan_field(lang, field_id)),
            ),
        }
    }
    if !open_fields.is_empty() {
        out.push(carry_open_fields(lang, &open_fields.join(", ")));
    }
    out
}

/// "Fra sidst: du har brugt 20 % over planen siden sidste møde (…)."
pub fn time_variance(lang: Lang, v: &crate::guide::followup::TimeVariance) -> String {
    use super::format::number;
    let used = number(v.used_hours, lang);
    let planned = number(v.planned_hours, lang);
    match v.difference_per_cent {
        None => carry_time_nothing_planned(lang, &used, v.logged_weeks),
        Some(p) if number(p.abs(), lang) == "0" => carry_time_on_plan(lang, &used, v.logged_weeks),
        Some(p) if p > 0.0 => {
            carry_time_above(lang, &number(p, lang), &used, &planned, v.logged_weeks)
        }
        Some(p) => carry_time_below(lang, &number(-p, lang), &used, &planned, v.logged_weeks),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_errors_read_in_both_languages() {
        let e = ExportError::NoSuchMeeting("x-9".into());
        assert_eq!(export_error(Lang::Da, &e), "netværket har intet møde «x-9»");
        assert_eq!(
            export_error(Lang::En, &e),
            "the network has no meeting “x-9”"
        );
    }
}
