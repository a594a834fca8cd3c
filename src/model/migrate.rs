//! Step-by-step migration of older save files, on the raw JSON.
//!
//! A save file carries `schema_version`. Loading parses the file to a [`serde_json::Value`],
//! runs one step per version from the file's version up to [`SCHEMA_VERSION`], and only then
//! deserialises a [`Workspace`](super::Workspace). Each step is a small function that knows
//! exactly one old shape, so an old file never has to be understood by today's types.
//!
//! Version history (kept in `docs/file-format.md` too):
//!
//! - **0** — the pre-release shape, written before files had a `schema_version`. The network's
//!   theme was called `theme`, there was no `settings` object, and the hand-out notice was a
//!   top-level `handout_days_before`.
//! - **1** — `theme` became `name`; `handout_days_before` moved into
//!   `settings.handout_working_days_before`.
//! - **2** — the time log (`time_log`, hours used per ISO week) and the co-driver finding aid
//!   (`codriver_aid`) at the top; per meeting, `bring_up` (answers to raise again) and
//!   `hand_out_again`. A version-1 file gets them empty.

use serde_json::{Map, Value};

use super::SCHEMA_VERSION;
use crate::text::error::MAX_QUOTED_CHARS;
use crate::vocab::Lang;

/// Why a save file's raw JSON could not be brought up to the current version: plain data, said
/// in either language by [`crate::text::error::migrate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// The top level is not a JSON object.
    NotAnObject,
    /// `schema_version` is there but is not a whole, non-negative number; the value as the file
    /// writes it (cut short).
    BadVersion(String),
    /// The file was written by a newer `mandat`.
    Newer { found: u64, known: u32 },
    /// An old file lacks a field the step needs.
    MissingField { from: u32, field: &'static str },
    /// No step is known from this version (a gap in this build's history).
    NoStep { from: u32 },
}

impl MigrateError {
    /// The problem in one line, without the file name (the store adds that).
    pub fn message(&self, lang: Lang) -> String {
        crate::text::error::migrate(lang, self)
    }
}

/// The file's `schema_version`; a file without one is the pre-release version 0.
pub fn schema_version(value: &Value) -> Result<u64, MigrateError> {
    let object = value.as_object().ok_or(MigrateError::NotAnObject)?;
    match object.get("schema_version") {
        None => Ok(0),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| MigrateError::BadVersion(short_json(v))),
    }
}

/// Brings a save file's raw JSON up to [`SCHEMA_VERSION`], one step at a time. A file of the
/// current version comes back unchanged; a newer one is refused.
pub fn migrate(mut value: Value) -> Result<Value, MigrateError> {
    let found = schema_version(&value)?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(MigrateError::Newer {
            found,
            known: SCHEMA_VERSION,
        });
    }
    // `found` fits in u32: it is at most SCHEMA_VERSION.
    let mut version = found as u32;
    while version < SCHEMA_VERSION {
        let object = value.as_object_mut().ok_or(MigrateError::NotAnObject)?;
        match version {
            0 => v0_to_v1(object)?,
            1 => v1_to_v2(object),
            other => return Err(MigrateError::NoStep { from: other }),
        }
        version += 1;
        object.insert("schema_version".to_string(), Value::from(version));
    }
    Ok(value)
}

/// Version 0 → 1: `theme` → `name`; a top-level `handout_days_before` → `settings`.
fn v0_to_v1(object: &mut Map<String, Value>) -> Result<(), MigrateError> {
    if !object.contains_key("name") {
        let theme = object.remove("theme").ok_or(MigrateError::MissingField {
            from: 0,
            field: "theme",
        })?;
        object.insert("name".to_string(), theme);
    }
    let mut settings = Map::new();
    if let Some(days) = object.remove("handout_days_before") {
        settings.insert("handout_working_days_before".to_string(), days);
    }
    object
        .entry("settings")
        .or_insert_with(|| Value::Object(settings));
    Ok(())
}

/// Version 1 → 2: an empty time log and co-driver aid, and the two new meeting fields unset.
fn v1_to_v2(object: &mut Map<String, Value>) {
    object
        .entry("time_log")
        .or_insert_with(|| Value::Object(Map::new()));
    object
        .entry("codriver_aid")
        .or_insert_with(|| serde_json::json!({ "candidates": [], "chosen": null }));
    if let Some(Value::Array(meetings)) = object.get_mut("meetings") {
        for meeting in meetings.iter_mut().filter_map(Value::as_object_mut) {
            meeting
                .entry("bring_up")
                .or_insert_with(|| Value::Array(Vec::new()));
            meeting
                .entry("hand_out_again")
                .or_insert(Value::Bool(false));
        }
    }
}

/// A JSON value as it would be written, shortened: a message quotes no more of it than
/// [`MAX_QUOTED_CHARS`], and one character more tells the catalogue that it was cut.
fn short_json(v: &Value) -> String {
    v.to_string().chars().take(MAX_QUOTED_CHARS + 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_file_without_schema_version_is_version_0() {
        assert_eq!(schema_version(&json!({"theme": "x"})), Ok(0));
        assert_eq!(schema_version(&json!({"schema_version": 1})), Ok(1));
    }

    #[test]
    fn version_0_gets_name_settings_and_a_version() {
        let v0 = json!({
            "id": "x",
            "theme": "Ældre i eget hjem",
            "handout_days_before": 7,
            "meetings": []
        });
        let v1 = migrate(v0).unwrap();
        assert_eq!(v1["schema_version"], SCHEMA_VERSION);
        assert_eq!(v1["name"], "Ældre i eget hjem");
        assert!(v1.get("theme").is_none());
        assert!(v1.get("handout_days_before").is_none());
        assert_eq!(v1["settings"]["handout_working_days_before"], 7);
    }

    #[test]
    fn version_0_without_hand_out_days_gets_empty_settings() {
        let v1 = migrate(json!({"theme": "t"})).unwrap();
        assert_eq!(v1["settings"], json!({}));
    }

    #[test]
    fn version_0_without_a_theme_says_so() {
        let err = migrate(json!({"id": "x"})).unwrap_err();
        assert_eq!(
            err,
            MigrateError::MissingField {
                from: 0,
                field: "theme"
            }
        );
        assert!(err.message(Lang::Da).contains("«theme»"), "{err:?}");
        assert!(err.message(Lang::En).contains("“theme”"), "{err:?}");
    }

    #[test]
    fn version_1_gets_an_empty_time_log_co_driver_aid_and_meeting_fields() {
        let v1 = json!({
            "schema_version": 1,
            "meetings": [{ "id": "personaleleder-1" }]
        });
        let v2 = migrate(v1).unwrap();
        assert_eq!(v2["schema_version"], 2);
        assert_eq!(v2["time_log"], json!({}));
        assert_eq!(
            v2["codriver_aid"],
            json!({ "candidates": [], "chosen": null })
        );
        assert_eq!(v2["meetings"][0]["bring_up"], json!([]));
        assert_eq!(v2["meetings"][0]["hand_out_again"], false);
    }

    #[test]
    fn the_current_version_is_left_alone() {
        let v = json!({"schema_version": SCHEMA_VERSION, "name": "n", "other": [1, 2]});
        assert_eq!(migrate(v.clone()), Ok(v));
    }

    #[test]
    fn a_newer_version_is_refused() {
        let v = json!({"schema_version": SCHEMA_VERSION + 1});
        assert_eq!(
            migrate(v),
            Err(MigrateError::Newer {
                found: u64::from(SCHEMA_VERSION) + 1,
                known: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn a_version_that_is_not_a_whole_number_is_refused() {
        for bad in [json!("1"), json!(-1), json!(1.5), json!(null)] {
            let err = migrate(json!({ "schema_version": bad })).unwrap_err();
            assert!(matches!(err, MigrateError::BadVersion(_)), "{err:?}");
        }
    }

    #[test]
    fn a_top_level_that_is_not_an_object_is_refused() {
        assert_eq!(migrate(json!([1, 2])), Err(MigrateError::NotAnObject));
        assert_eq!(migrate(json!("x")), Err(MigrateError::NotAnObject));
    }

    #[test]
    fn messages_exist_in_both_languages() {
        let err = MigrateError::Newer { found: 2, known: 1 };
        assert!(err.message(Lang::Da).contains("nyere udgave"));
        assert!(err.message(Lang::En).contains("newer version"));
    }
}
