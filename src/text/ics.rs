//! The calendar's words beyond the plan's own events (those are in [`super::plan`]): the
//! pamphlet's hand-out deadline, the agreement's review and the reminders. A calendar is read
//! in Outlook or on a phone, far from the program, so no sentence here names a command.

messages! {
    handout_deadline(role: &str, network: &str) =
        "Sidste frist: pjecen til din {role} ({network})",
        "Deadline: the pamphlet for your {role} ({network})";
    handout_deadline_description(meeting: &str) =
        "Pjecen skal afleveres senest i dag, så der er tid til at læse den før mødet {meeting}.",
        "Hand out the pamphlet today at the latest, so there is time to read it before the meeting on {meeting}.";
    handout_given(role: &str, network: &str) =
        "Pjecen til din {role} er afleveret ({network})",
        "The pamphlet for your {role} is handed out ({network})";
    handout_given_description(date: &str) = "Afleveret {date}.", "Handed out on {date}.";
    review(role: &str, network: &str) =
        "Opfølgning på samarbejdsaftalen med din {role} ({network})",
        "Follow-up on the agreement with your {role} ({network})";
    review_description(agreed: &str) =
        "Aftalen blev indgået {agreed}. Se den igennem sammen, og ret det, der ikke længere passer.",
        "The agreement was made on {agreed}. Go through it together and change what no longer fits.";
    MEETING_DESCRIPTION = "Tag mødearket med.", "Bring the printed brief.";
    meeting_description_with_deadline(due: &str) =
        "Tag mødearket med. Pjecen skal være afleveret senest {due}.",
        "Bring the printed brief. The pamphlet should be handed out by {due}.";
    reminder(what: &str) = "Påmindelse: {what}", "Reminder: {what}";
}
