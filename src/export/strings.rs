//! Every fixed word on the printed brief and pamphlet, in Danish and English.

use crate::i18n::L;

pub const NETWORK: L = L("Netværk", "Network");
pub const LEADER: L = L("Netværksleder", "Network leader");
pub const COUNTERPART: L = L("Samtalepart", "Counterpart");
pub const MEETING_DATE: L = L("Mødedato", "Meeting date");
pub const NOT_DATED: L = L("ikke fastlagt endnu", "not set yet");
pub const NAME_MISSING: L = L("navn ikke angivet", "name not given");
pub const PRINTED: L = L("Udskrevet", "Printed");

pub const HANDOUT: L = L("Pjecen", "The pamphlet");
pub const REFLECTIONS: L = L("Dine refleksioner", "Your reflections");
pub const ORPHAN_ANSWERS: L = L(
    "Svar på spørgsmål, som indholdet ikke længere har",
    "Answers to questions the content no longer has",
);
pub const ORPHAN_QUESTION: L = L("Spørgsmål", "Question");
pub const NOT_ANSWERED: L = L("ikke besvaret", "not answered");
pub const SKIPPED: L = L("sprunget over", "skipped");
pub const DRAFT: L = L("kladde", "draft");

pub const AGREEMENT: L = L("Samarbejdsaftale", "Collaboration agreement");
pub const PROPOSAL: L = L("Mit forslag", "My proposal");
pub const AGREED: L = L("Aftalt", "Agreed");
pub const AGREED_ON: L = L("Aftalt den", "Agreed on");
pub const REVIEW_ON: L = L("Opfølgning den", "Review on");
pub const ORPHAN_FIELDS: L = L(
    "Felter, som skabelonen ikke længere har",
    "Fields the template no longer has",
);

pub const PLAN: L = L("Arbejdsplan", "Workload plan");
pub const COURSE: L = L("Forløb", "Course");
pub const START: L = L("Start", "Start");
pub const WEEKLY_HOURS: L = L("Timer om ugen", "Hours a week");
pub const PLAN_STATUS: L = L("Status", "Status");
pub const PHASE: L = L("Fase", "Phase");
pub const WEEKS: L = L("Uger", "Weeks");
pub const HOURS_PER_WEEK: L = L("Netværkstimer/uge", "Network h/week");
pub const AT_SECRETARIAT: L = L("Sekretariat", "Secretariat");
pub const YES: L = L("ja", "yes");
pub const SECRETARIAT_WEEKS: L = L("Uger i Sekretariatet", "Weeks at the Secretariat");
pub const WARNINGS: L = L("Advarsler", "Warnings");
pub const NO_WARNINGS: L = L(
    "Planen giver ingen advarsler.",
    "The plan gives no warnings.",
);
pub const NO_SECRETARIAT_WEEKS: L = L(
    "Planen har ingen intensive uger i Sekretariatet.",
    "The plan has no intensive weeks at the Secretariat.",
);

pub const MILESTONES: L = L("Milepæle", "Milestones");
pub const TEST_START: L = L("Testfasen begynder", "Test phase begins");
pub const FUNDING: L = L("Kapital til testfasen", "Funding for the test phase");
pub const EVALUATION: L = L("Evalueringsmøde", "Evaluation meeting");
pub const COURSE_END: L = L("Forløbet slutter", "Course ends");
pub const NO_TEST_PHASE: L = L(
    "forløbet har ingen testfase",
    "the course has no test phase",
);

pub const OPEN_POINTS: L = L("Åbne punkter", "Open points");
pub const NO_OPEN_POINTS: L = L(
    "Ingen åbne punkter – du er klar til mødet.",
    "No open points – you are ready for the meeting.",
);
pub const PRIVATE_NOTES: L = L("Private noter", "Private notes");

pub const TO: L = L("Til", "To");
pub const FROM: L = L("Fra", "From");
pub const MEETING: L = L("Møde", "Meeting");
pub const TO_BE_AGREED: L = L("aftales", "to be agreed");
pub const YOUR_ROLE: L = L("Din rolle", "Your role");
pub const TOPICS: L = L(
    "Det vil jeg gerne drøfte med dig",
    "What I would like to discuss with you",
);
pub const BEFOREHAND: L = L(
    "Du kan overveje inden mødet",
    "You may think about before we meet",
);
pub const REGARDS: L = L("Venlig hilsen", "Kind regards");
pub const NETWORK_LEADER_LOWER: L = L("netværksleder", "network leader");
