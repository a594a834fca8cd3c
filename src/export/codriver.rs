//! The co-driver finding aid on paper: a worksheet with the introduction, the profiles and their
//! questions with room to write by hand, the leader's candidates with their profiles and notes,
//! the choice, and the paragraph on being co-driver as a path to leading networks. Also the short
//! section the co-driver's brief carries about the choice.
//!
//! The command line (`mandat codriver`) and the terminal program both call [`render`].

use super::DocFormat;
use super::doc::{Block, Doc};
use crate::content::{CodriverProfile, Content};
use crate::model::codriver::Candidate;
use crate::model::{Meeting, Workspace};
use crate::text::{codriver as words, common};
use crate::vocab::{Counterpart, Lang};

/// Ruled lines under each profile on a worksheet without candidates, for thinking on paper.
const LINES_PER_PROFILE_BLANK: usize = 3;
/// With candidates written in mandat, less room by hand keeps the sheet on two pages.
const LINES_PER_PROFILE: usize = 2;

/// The worksheet in a format: text (80 columns), Markdown or HTML.
pub fn render(ws: &Workspace, content: &Content, lang: Lang, format: DocFormat) -> String {
    super::render(&build(ws, content, lang), format)
}

/// The worksheet as a document.
pub fn build(ws: &Workspace, content: &Content, lang: Lang) -> Doc {
    let aid = &content.codriver_aid;
    let saved = &ws.codriver_aid;
    let mut doc = Doc {
        title: aid.title.get(lang).to_string(),
        subtitle: Some(format!(
            "{} · {}",
            ws.name,
            common::network_type(lang, ws.network_type)
        )),
        lang: lang.code(),
        blocks: Vec::new(),
    };
    doc.push(Block::Facts(vec![(
        common::leader_role(content, lang).to_string(),
        ws.leader_name.clone(),
    )]));
    doc.push(Block::Para(aid.intro.get(lang).to_string()));
    doc.push(Block::Note(words::EXAMPLE_NOTE.get(lang).to_string()));

    doc.push(Block::Heading(words::PROFILES.get(lang).to_string()));
    doc.push(Block::Para(words::HOW_TO_USE.get(lang).to_string()));
    let lines = if saved.candidates.is_empty() {
        LINES_PER_PROFILE_BLANK
    } else {
        LINES_PER_PROFILE
    };
    for (i, profile) in aid.profiles.iter().enumerate() {
        doc.push(Block::Subheading(format!(
            "{}. {}",
            i + 1,
            profile.name.get(lang)
        )));
        doc.push(Block::Para(profile.description.get(lang).to_string()));
        doc.push(Block::Bullets(
            profile
                .questions
                .iter()
                .map(|q| q.get(lang).to_string())
                .collect(),
        ));
        doc.push(Block::WriteIn {
            label: words::THOUGHTS.get(lang).to_string(),
            lines,
        });
    }

    doc.push(Block::Heading(words::CANDIDATES.get(lang).to_string()));
    if saved.candidates.is_empty() {
        doc.push(Block::Para(words::NO_CANDIDATES.get(lang).to_string()));
        doc.push(Block::WriteIn {
            label: words::NAMES.get(lang).to_string(),
            lines: 3,
        });
    }
    for candidate in &saved.candidates {
        push_candidate(&mut doc, ws, content, candidate, lang);
    }

    doc.push(Block::Heading(words::CHOICE.get(lang).to_string()));
    match saved.chosen_candidate() {
        Some(c) => doc.push(Block::Para(choice_sentence(content, c, lang))),
        None => {
            doc.push(Block::Para(words::NOT_CHOSEN.get(lang).to_string()));
            doc.push(Block::WriteIn {
                label: words::MY_CODRIVER.get(lang).to_string(),
                lines: 1,
            });
        }
    }

    doc.push(Block::Heading(words::DEVELOPMENT.get(lang).to_string()));
    doc.push(Block::Para(aid.development_path.get(lang).to_string()));
    doc.push(Block::WriteIn {
        label: words::TALKED_ABOUT_IT.get(lang).to_string(),
        lines: 1,
    });
    doc
}

/// One candidate: the profiles they fit, the general note and every note written on a question
/// (numbered profile.question, as on the sheet). Questions without a note are left out.
fn push_candidate(doc: &mut Doc, ws: &Workspace, content: &Content, c: &Candidate, lang: Lang) {
    let aid = &content.codriver_aid;
    let heading = if ws.codriver_aid.chosen.as_deref() == Some(c.id.as_str()) {
        words::chosen_heading(lang, &c.name)
    } else {
        c.name.clone()
    };
    doc.push(Block::Subheading(heading));
    doc.push(Block::Facts(vec![(
        words::FITS.get(lang).to_string(),
        words::fitted_profiles(aid, c, lang),
    )]));
    if !c.note.trim().is_empty() {
        doc.push(Block::Answer {
            question: words::GENERAL_NOTE.get(lang).to_string(),
            answer: Some(c.note.clone()),
            status: String::new(),
        });
    }
    for (p, profile) in aid.profiles.iter().enumerate() {
        for (n, question) in questions_with_notes(profile, c) {
            doc.push(Block::Answer {
                question: format!("{}.{} {}", p + 1, n, question.get(lang)),
                answer: Some(c.note(&profile.id, n).to_string()),
                status: String::new(),
            });
        }
    }
    // Notes on questions the content no longer has are still the leader's words: print them.
    let known: Vec<String> = aid
        .profiles
        .iter()
        .flat_map(|p| (1..=p.questions.len()).map(|n| crate::model::codriver::note_key(&p.id, n)))
        .collect();
    for (key, note) in &c.notes {
        if !known.contains(key) && !note.trim().is_empty() {
            doc.push(Block::Answer {
                question: words::orphan_note(lang, key),
                answer: Some(note.clone()),
                status: String::new(),
            });
        }
    }
}

/// The profile's questions (numbered from 1) that the candidate has a note on.
fn questions_with_notes<'a>(
    profile: &'a CodriverProfile,
    c: &'a Candidate,
) -> impl Iterator<Item = (usize, &'a crate::vocab::Text)> + 'a {
    profile
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (i + 1, q))
        .filter(|(n, _)| !c.note(&profile.id, *n).trim().is_empty())
}

/// "Du har valgt Birgit som co-driver. Birgit passer på: …".
fn choice_sentence(content: &Content, c: &Candidate, lang: Lang) -> String {
    if c.profiles.is_empty() {
        words::chosen(lang, &c.name)
    } else {
        words::chosen_fits(
            lang,
            &c.name,
            &words::fitted_profiles(&content.codriver_aid, c, lang),
        )
    }
}

/// The co-driver brief's short section on the choice: who was chosen and which profiles they
/// fit, or, before a choice, the candidates being considered. Only on a co-driver meeting, and
/// only the first one or one still without a person: a later meeting is about the work, not the
/// choice. Nothing when there is nothing to say.
pub fn push_brief_section(
    doc: &mut Doc,
    ws: &Workspace,
    meeting: &Meeting,
    content: &Content,
    lang: Lang,
) {
    if meeting.counterpart != Counterpart::CoDriver {
        return;
    }
    let first = ws
        .meetings_with(Counterpart::CoDriver)
        .next()
        .is_some_and(|m| m.id == meeting.id);
    let unnamed = meeting.person_name.trim().is_empty();
    if !first && !unnamed {
        return;
    }
    let aid = &content.codriver_aid;
    let saved = &ws.codriver_aid;
    if saved.candidates.is_empty() {
        if unnamed {
            doc.push(Block::Heading(words::BRIEF_HEADING.get(lang).to_string()));
            doc.push(Block::Para(words::use_the_aid(lang, aid.title.get(lang))));
        }
        return;
    }
    doc.push(Block::Heading(words::BRIEF_HEADING.get(lang).to_string()));
    match saved.chosen_candidate() {
        Some(chosen) => {
            let mut facts = vec![
                (words::CHOSEN.get(lang).to_string(), chosen.name.clone()),
                (
                    words::FITS.get(lang).to_string(),
                    words::fitted_profiles(aid, chosen, lang),
                ),
            ];
            let others: Vec<&str> = saved
                .candidates
                .iter()
                .filter(|c| c.id != chosen.id)
                .map(|c| c.name.as_str())
                .collect();
            if !others.is_empty() {
                facts.push((
                    words::ALSO_CONSIDERED.get(lang).to_string(),
                    others.join(", "),
                ));
            }
            doc.push(Block::Facts(facts));
        }
        None => {
            doc.push(Block::Para(words::CONSIDERING.get(lang).to_string()));
            doc.push(Block::Bullets(
                saved
                    .candidates
                    .iter()
                    .map(|c| {
                        words::candidate_fits(lang, &c.name, &words::fitted_profiles(aid, c, lang))
                    })
                    .collect(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::plan::PlanDraft;
    use crate::planner::PlanSettings;
    use crate::vocab::NetworkType;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn workspace() -> Workspace {
        Workspace::new(
            "n".into(),
            "Ældre i egen bolig".into(),
            NetworkType::Velfaerd,
            "Søren Ærø".into(),
            PlanDraft::new(PlanSettings::new(
                "velfaerd",
                NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
            )),
            Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap(),
        )
    }

    #[test]
    fn an_empty_worksheet_leaves_room_for_names_and_the_choice() {
        let content = Content::embedded().unwrap();
        let text = render(&workspace(), &content, Lang::Da, DocFormat::Text);
        assert!(text.starts_with("Find din co-driver\n"), "{text}");
        assert!(text.contains(words::NAMES.da), "{text}");
        assert!(text.contains(words::MY_CODRIVER.da), "{text}");
        for p in &content.codriver_aid.profiles {
            assert!(text.contains(p.name.da.as_str()), "{}", p.name.da);
        }
    }

    #[test]
    fn the_brief_section_names_the_chosen_and_the_profiles_or_else_the_candidates() {
        let content = Content::embedded().unwrap();
        let mut ws = workspace();
        let first_profile = content.codriver_aid.profiles[0].clone();
        let id = {
            let c = ws.codriver_aid.add("Birgit Ørum");
            c.toggle_profile(&first_profile.id);
            c.id.clone()
        };
        ws.codriver_aid.add("Ahmed Hassan");
        let section = |ws: &Workspace| {
            let mut doc = Doc::default();
            push_brief_section(
                &mut doc,
                ws,
                ws.meeting("co-driver-1").unwrap(),
                &content,
                Lang::Da,
            );
            super::super::render(&doc, DocFormat::Text)
        };
        let before = section(&ws);
        assert!(before.contains("Du overvejer"), "{before}");
        assert!(
            before.contains("Ahmed Hassan – ingen profiler markeret endnu"),
            "{before}"
        );
        ws.choose_codriver(&id);
        let after = section(&ws);
        assert!(after.contains("Valgt:"), "{after}");
        assert!(after.contains(first_profile.name.da.as_str()), "{after}");
        assert!(after.contains("Også overvejet: Ahmed Hassan"), "{after}");
        let mut other = Doc::default();
        push_brief_section(
            &mut other,
            &ws,
            ws.meeting("personaleleder-1").unwrap(),
            &content,
            Lang::Da,
        );
        assert!(other.blocks.is_empty(), "only the co-driver's brief");
    }
}
