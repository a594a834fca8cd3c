//! Words more than one place uses: the names of the network types and the counterparts, the
//! states of the flows, and the plan's own vocabulary. A screen and a printed page that speak of
//! the same thing take the word from here, so they cannot drift apart.

use crate::content::{Content, RoleId};
use crate::vocab::{Counterpart, NetworkType, PhaseKind};

use super::Lang;

messages! {
    YES = "ja", "yes";
    NO = "nej", "no";
    NONE = "ingen", "none";
    STATUS = "Status", "Status";

    VELFAERD = "velfærdsnetværk", "welfare network";
    INNOVATION = "innovationsnetværk", "innovation network";
    LAERING = "læringsnetværk", "learning network";
    VELFAERD_SHORT = "velfærd", "welfare";
    INNOVATION_SHORT = "innovation", "innovation";
    LAERING_SHORT = "læring", "learning";

    HANDOUT_NOT_PREPARED = "ikke forberedt", "not prepared";
    HANDOUT_PREPARED = "forberedt", "prepared";
    HANDOUT_HANDED_OUT = "afleveret", "handed out";
    HANDOUT_DISCUSSED = "drøftet", "discussed";

    CHANNEL_IN_PERSON = "personligt", "in person";
    CHANNEL_EMAIL = "e-mail", "e-mail";
    CHANNEL_INTERNAL_MAIL = "intern post", "internal mail";

    AGREEMENT_DRAFT = "udkast", "draft";
    AGREEMENT_READY = "klar", "ready";
    AGREEMENT_AGREED = "indgået", "agreed";

    ANSWER_EMPTY = "tomt", "empty";
    ANSWER_DRAFT = "kladde", "draft";
    ANSWER_ANSWERED = "besvaret", "answered";
    ANSWER_SKIPPED = "sprunget over", "skipped";

    KIND_PHASE = "fase", "phase";
    KIND_BREAK = "pause", "break";
    KIND_TEST = "test", "test";

    PLAN = "Arbejdsplan", "Workload plan";
    AGREEMENT = "Samarbejdsaftale", "Collaboration agreement";
    REFLECTION = "Refleksion", "Reflection";
    PAMPHLET = "Pjece", "Pamphlet";
    PRIVATE_NOTES = "Private noter", "Private notes";
    PHASE = "Fase", "Phase";
    WEEKS = "Uger", "Weeks";
    WEEK = "Uge", "Week";
    WARNINGS = "Advarsler", "Warnings";
    SECRETARIAT = "Sekretariat", "Secretariat";
    WEEKLY_HOURS = "Arbejdstid pr. uge", "Working hours a week";
    NETWORK = "Netværk", "Network";
    BASIS = "Basis", "Basis";
}

/// "velfærdsnetværk" / "welfare network".
pub fn network_type(lang: Lang, t: NetworkType) -> &'static str {
    match t {
        NetworkType::Velfaerd => VELFAERD,
        NetworkType::Innovation => INNOVATION,
        NetworkType::Laering => LAERING,
    }
    .get(lang)
}

/// "velfærd", "innovation", "læring": short enough for a choice on one line.
pub fn network_type_short(lang: Lang, t: NetworkType) -> &'static str {
    match t {
        NetworkType::Velfaerd => VELFAERD_SHORT,
        NetworkType::Innovation => INNOVATION_SHORT,
        NetworkType::Laering => LAERING_SHORT,
    }
    .get(lang)
}

/// The counterpart's name as the content calls the role ("Personaleleder"), for headings. An
/// organisation that renames a role in `roles.json` sees its own name everywhere.
pub fn role(content: &Content, lang: Lang, c: Counterpart) -> &str {
    content
        .role(RoleId::from(c))
        .map(|r| r.name.get(lang))
        .unwrap_or(c.id())
}

/// The same name inside a sentence ("din personaleleder", "your staff manager").
pub fn role_in_sentence(content: &Content, lang: Lang, c: Counterpart) -> String {
    lower_first(role(content, lang, c))
}

/// The network leader's own role name, from the content.
pub fn leader_role(content: &Content, lang: Lang) -> &str {
    content
        .role(RoleId::Netvaerksleder)
        .map(|r| r.name.get(lang))
        .unwrap_or("netvaerksleder")
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A sentence's first letter in upper case.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn phase_kind(lang: Lang, kind: PhaseKind) -> &'static str {
    match kind {
        PhaseKind::Phase => KIND_PHASE,
        PhaseKind::Break => KIND_BREAK,
        PhaseKind::Test => KIND_TEST,
    }
    .get(lang)
}

/// The hand-out's state by its step (0 to 3).
pub fn handout_step(lang: Lang, step: u8) -> &'static str {
    match step {
        0 => HANDOUT_NOT_PREPARED,
        1 => HANDOUT_PREPARED,
        2 => HANDOUT_HANDED_OUT,
        _ => HANDOUT_DISCUSSED,
    }
    .get(lang)
}

pub fn channel(lang: Lang, c: crate::flow::handout::Channel) -> &'static str {
    use crate::flow::handout::Channel;
    match c {
        Channel::InPerson => CHANNEL_IN_PERSON,
        Channel::Email => CHANNEL_EMAIL,
        Channel::InternalMail => CHANNEL_INTERNAL_MAIL,
    }
    .get(lang)
}

pub fn agreement_state(lang: Lang, s: &crate::flow::agreement::AgreementState) -> &'static str {
    use crate::flow::agreement::AgreementState;
    match s {
        AgreementState::Draft => AGREEMENT_DRAFT,
        AgreementState::Ready { .. } => AGREEMENT_READY,
        AgreementState::Agreed { .. } => AGREEMENT_AGREED,
    }
    .get(lang)
}

pub fn answer_status(lang: Lang, s: crate::flow::reflection::AnswerStatus) -> &'static str {
    use crate::flow::reflection::AnswerStatus;
    match s {
        AnswerStatus::Empty => ANSWER_EMPTY,
        AnswerStatus::Draft => ANSWER_DRAFT,
        AnswerStatus::Answered => ANSWER_ANSWERED,
        AnswerStatus::Skipped => ANSWER_SKIPPED,
    }
    .get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_come_from_the_content() {
        let mut content = Content::embedded().expect("embedded content");
        assert_eq!(
            role(&content, Lang::Da, Counterpart::Personaleleder),
            "Personaleleder"
        );
        assert_eq!(
            role_in_sentence(&content, Lang::En, Counterpart::Referenceleder),
            "reference leader"
        );
        let r = content
            .roles
            .iter_mut()
            .find(|r| r.id == RoleId::Personaleleder)
            .expect("role");
        r.name.da = "Nærmeste leder".into();
        assert_eq!(
            role_in_sentence(&content, Lang::Da, Counterpart::Personaleleder),
            "nærmeste leder"
        );
    }
}
