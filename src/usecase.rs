//! What the command line and the terminal program both do, done once: create a network's
//! workspace and decide which workspace to open. Each front end only says the outcome in its
//! own words; the errors here are plain data and the wording is in the text catalogue.
//!
//! (The pamphlet has its one function already: [`crate::export::pamphlet::generate`] makes it
//! and records it as prepared, and both front ends call it.)

use chrono::{DateTime, NaiveDate, Utc};

use crate::content::Content;
use crate::flow::plan::PlanDraft;
use crate::model::Workspace;
use crate::planner::PlanSettings;
use crate::store::{Listed, Store, StoreError};
use crate::vocab::NetworkType;

/// What a person gives to start a network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNetwork {
    /// The network's name or theme; blanks around it are dropped.
    pub name: String,
    pub network_type: NetworkType,
    /// The day the plan starts.
    pub start: NaiveDate,
    /// The network leader's own name; may be empty.
    pub leader: String,
}

/// Why no workspace was created.
#[derive(Debug, Clone)]
pub enum CreateError {
    /// The name is empty or only blanks.
    EmptyName,
    /// The content has no course description for this type of network.
    NoCourse(NetworkType),
    /// The save file could not be written.
    Store(StoreError),
}

/// Creates and saves a new workspace with the content's course for the network's type, under
/// an id made from its name that no other workspace uses, and records it as the one used
/// last. The caller takes the workspace's lock if it goes on to edit it.
pub fn create_network(
    store: &Store,
    content: &Content,
    new: NewNetwork,
    now: DateTime<Utc>,
) -> Result<Workspace, CreateError> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(CreateError::EmptyName);
    }
    let course = content
        .default_course(new.network_type)
        .ok_or(CreateError::NoCourse(new.network_type))?;
    let id = store.new_id(name);
    let ws = Workspace::new(
        id.clone(),
        name.to_string(),
        new.network_type,
        new.leader.trim().to_string(),
        PlanDraft::new(PlanSettings::new(course.id.clone(), new.start)),
        now,
    );
    store.create(&ws).map_err(CreateError::Store)?;
    // The workspace exists whether or not this is recorded; a failure here only means the
    // next start does not open it by itself, which is no reason to report the creation failed.
    let _ = store.set_last_used(&id);
    Ok(ws)
}

/// Deletes a follow-up meeting added by mistake, with everything written for it. The first
/// meeting with a counterpart is never deleted (`None`); otherwise the id of the meeting before
/// it, where the leader lands.
pub fn delete_follow_up(ws: &mut Workspace, meeting_id: &str) -> Option<String> {
    let previous = ws.previous_meeting(meeting_id)?.id.clone();
    ws.meetings.retain(|m| m.id != meeting_id);
    Some(previous)
}

/// Which workspace to work on when none is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// This one: the one asked for, the one used last, or the only one there is.
    Workspace(String),
    /// There are no workspaces yet.
    NoneYet,
    /// Several, and nothing says which: their ids, readable ones newest first, then the
    /// unreadable ones by name. The command line asks; the terminal program may take the first.
    Several(Vec<String>),
}

/// Decides which workspace to work on: the `explicit` id if given (whether or not it exists:
/// loading it then says so), else the one used last if it still exists, else the only one.
pub fn choose_workspace(store: &Store, explicit: Option<&str>) -> Result<Choice, StoreError> {
    if let Some(id) = explicit {
        return Ok(Choice::Workspace(id.to_string()));
    }
    if let Some(id) = store.last_used() {
        return Ok(Choice::Workspace(id));
    }
    let mut ids: Vec<String> = store.list()?.iter().map(listed_id).collect();
    Ok(match ids.len() {
        0 => Choice::NoneYet,
        1 => Choice::Workspace(ids.remove(0)),
        _ => Choice::Several(ids),
    })
}

/// A listed file's workspace id: a file that cannot be read still has its id as its name.
pub fn listed_id(l: &Listed) -> String {
    match l {
        Listed::Ok(s) => s.id.clone(),
        Listed::Broken { path, .. } => path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, Store, Content) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(Some(dir.path().join("data"))).expect("store");
        let content = Content::embedded().expect("content");
        (dir, store, content)
    }

    fn network(name: &str) -> NewNetwork {
        NewNetwork {
            name: name.into(),
            network_type: NetworkType::Velfaerd,
            start: NaiveDate::from_ymd_opt(2027, 1, 4).expect("date"),
            leader: "  Mette Holm ".into(),
        }
    }

    #[test]
    fn a_new_network_is_saved_under_its_own_id_and_becomes_the_last_used() {
        let (_dir, store, content) = setup();
        let ws = create_network(&store, &content, network(" Tema "), Utc::now()).expect("made");
        assert_eq!((ws.id.as_str(), ws.name.as_str()), ("tema", "Tema"));
        assert_eq!(ws.leader_name, "Mette Holm");
        assert_eq!(store.load("tema").expect("saved"), ws);
        assert_eq!(store.last_used().as_deref(), Some("tema"));
        let again = create_network(&store, &content, network("Tema"), Utc::now()).expect("made");
        assert_eq!(again.id, "tema-2");
    }

    #[test]
    fn an_empty_name_or_a_type_without_a_course_creates_nothing() {
        let (_dir, store, mut content) = setup();
        let err = create_network(&store, &content, network("   "), Utc::now());
        assert!(matches!(err, Err(CreateError::EmptyName)), "{err:?}");
        content.courses.clear();
        let err = create_network(&store, &content, network("Tema"), Utc::now());
        assert!(
            matches!(err, Err(CreateError::NoCourse(NetworkType::Velfaerd))),
            "{err:?}"
        );
        assert!(store.list().expect("list").is_empty());
    }

    #[test]
    fn only_a_follow_up_meeting_can_be_deleted_and_the_one_before_it_is_next() {
        let (_dir, store, content) = setup();
        let mut ws = create_network(&store, &content, network("Tema"), Utc::now()).expect("made");
        let follow_up = ws
            .add_meeting(crate::vocab::Counterpart::Referenceleder)
            .id
            .clone();
        assert_eq!(delete_follow_up(&mut ws, "referenceleder-1"), None);
        assert_eq!(
            delete_follow_up(&mut ws, &follow_up).as_deref(),
            Some("referenceleder-1")
        );
        assert!(ws.meeting(&follow_up).is_none());
        assert!(ws.meeting("referenceleder-1").is_some());
        assert_eq!(delete_follow_up(&mut ws, "ukendt"), None);
    }

    #[test]
    fn the_choice_is_explicit_then_last_used_then_the_only_one() {
        let (_dir, store, content) = setup();
        assert_eq!(choose_workspace(&store, None).ok(), Some(Choice::NoneYet));
        assert_eq!(
            choose_workspace(&store, Some("x")).ok(),
            Some(Choice::Workspace("x".into()))
        );
        create_network(&store, &content, network("Første"), Utc::now()).expect("made");
        create_network(&store, &content, network("Anden"), Utc::now()).expect("made");
        assert_eq!(
            choose_workspace(&store, None).ok(),
            Some(Choice::Workspace("anden".into()))
        );
        std::fs::remove_file(store.data_dir().join("state.json")).expect("forget last used");
        match choose_workspace(&store, None) {
            Ok(Choice::Several(ids)) => assert_eq!(ids.len(), 2),
            other => panic!("{other:?}"),
        }
        std::fs::remove_file(store.workspace_path("anden")).expect("remove one");
        assert_eq!(
            choose_workspace(&store, None).ok(),
            Some(Choice::Workspace("foerste".into()))
        );
    }
}
