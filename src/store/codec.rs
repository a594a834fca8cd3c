//! Bytes ↔ [`Workspace`]: UTF-8 and JSON checks, migration, and the exact shape written.

use serde_json::Value;

use crate::model::migrate::{self, MigrateError};
use crate::model::{SCHEMA_VERSION, Workspace};

use super::MAX_FILE_BYTES;
use super::error::{JsonDetail, LoadNote, ReadProblem};

/// Why bytes did not become a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DecodeError {
    Problem(ReadProblem),
    Newer { found: u64, known: u32 },
}

impl From<ReadProblem> for DecodeError {
    fn from(p: ReadProblem) -> Self {
        DecodeError::Problem(p)
    }
}

/// Reads a save file's bytes: UTF-8 (a leading byte-order mark, as Notepad writes, is fine),
/// JSON, a known `schema_version`, migrated to the current version, then typed; meeting ids
/// are made unique (see [`decode_with_notes`]).
pub(crate) fn decode(bytes: &[u8]) -> Result<Workspace, DecodeError> {
    decode_with_notes(bytes).map(|(ws, _)| ws)
}

/// [`decode`], and what was put right on the way.
///
/// Two meetings with the same id (a hand-edited file, two meetings pasted from another
/// workspace) would make the second unreachable: every screen and command finds a meeting by
/// its id. Refusing the file would leave the user stuck, so the later one is renamed
/// (`personaleleder-1` → `personaleleder-1-2`, or `-3` … if that is taken too) and both are
/// kept, with a [`LoadNote`] saying so. Nothing else in the file refers to a meeting id.
pub(crate) fn decode_with_notes(bytes: &[u8]) -> Result<(Workspace, Vec<LoadNote>), DecodeError> {
    let mut ws = decode_typed(bytes)?;
    let notes = rename_duplicate_meetings(&mut ws);
    Ok((ws, notes))
}

/// Gives every meeting whose id an earlier meeting already has a fresh id.
fn rename_duplicate_meetings(ws: &mut Workspace) -> Vec<LoadNote> {
    use std::collections::HashSet;
    let mut taken: HashSet<String> = ws.meetings.iter().map(|m| m.id.clone()).collect();
    if taken.len() == ws.meetings.len() {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    let mut notes = Vec::new();
    for meeting in &mut ws.meetings {
        if seen.insert(meeting.id.clone()) {
            continue;
        }
        let fresh = (2u32..)
            .map(|n| format!("{}-{n}", meeting.id))
            .find(|id| !taken.contains(id))
            .unwrap_or_default();
        taken.insert(fresh.clone());
        seen.insert(fresh.clone());
        notes.push(LoadNote::MeetingRenamed {
            from: std::mem::replace(&mut meeting.id, fresh.clone()),
            to: fresh,
        });
    }
    notes
}

fn decode_typed(bytes: &[u8]) -> Result<Workspace, DecodeError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge {
            bytes: bytes.len() as u64,
        }
        .into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_and_column(&bytes[..e.valid_up_to()]);
        ReadProblem::NotUtf8 { line, column }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadProblem::Empty.into());
    }
    // Nearly every file is of the current version: read it straight into its types. Building
    // the JSON tree first would hold the whole file twice in memory (a 5 MB workspace peaked
    // above 30 MB). Anything else, including every error, takes the full path below.
    if let Ok(ws) = serde_json::from_str::<Workspace>(text)
        && ws.schema_version == SCHEMA_VERSION
    {
        return Ok(ws);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| json_problem(&e))?;
    let found = migrate::schema_version(&value).map_err(ReadProblem::Migrate)?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(DecodeError::Newer {
            found,
            known: SCHEMA_VERSION,
        });
    }
    if found == u64::from(SCHEMA_VERSION) {
        // Straight from the text, so a wrong field is reported with its line and column.
        return serde_json::from_str(text).map_err(|e| locate(json_problem(&e), text).into());
    }
    let migrated = migrate::migrate(value).map_err(|e| match e {
        MigrateError::Newer { found, known } => DecodeError::Newer { found, known },
        other => DecodeError::Problem(ReadProblem::Migrate(other)),
    })?;
    serde_json::from_value(migrated).map_err(|e| locate(json_problem(&e), text).into())
}

/// Points a wrong value out where it is. serde reports a value inside a flattened object
/// (or any value, after a migration) at the end of its object, or nowhere; but when the wrong
/// value occurs exactly once in the file as a field's value, that occurrence is the one, and
/// its field's name helps the reader too.
fn locate(problem: ReadProblem, text: &str) -> ReadProblem {
    let ReadProblem::Json {
        line,
        column,
        field: None,
        detail,
    } = problem
    else {
        return problem;
    };
    let literal = match detail.as_ref() {
        JsonDetail::WrongType { found, .. } | JsonDetail::InvalidValue { found, .. } => {
            json_literal(found)
        }
        JsonDetail::UnknownVariant { value, .. } => Some(format!("\"{value}\"")),
        _ => None,
    };
    match literal.and_then(|l| find_unique_value(text, &l)) {
        Some((offset, key)) => {
            let (line, column) = line_and_column(&text.as_bytes()[..offset]);
            ReadProblem::Json {
                line,
                column,
                field: Some(key),
                detail,
            }
        }
        None => ReadProblem::Json {
            line,
            column,
            field: None,
            detail,
        },
    }
}

/// The JSON text of a value serde describes as found ("string \"x\"", "integer `5`").
fn json_literal(found: &str) -> Option<String> {
    if let Some(s) = found.strip_prefix("string ") {
        // serde quotes with Rust's escapes; for text without escapes that is JSON too.
        let inner = s.strip_prefix('"')?.strip_suffix('"')?;
        return (!inner.contains('\\')).then(|| s.to_string());
    }
    for prefix in ["integer ", "floating point ", "boolean "] {
        if let Some(v) = found.strip_prefix(prefix) {
            return Some(v.trim_matches('`').to_string());
        }
    }
    (found == "null").then(|| "null".to_string())
}

/// The byte offset of `literal` where it is a field's value, and that field's name, if it is
/// so exactly once in `text`.
fn find_unique_value(text: &str, literal: &str) -> Option<(usize, String)> {
    let mut hit = None;
    for (offset, _) in text.match_indices(literal) {
        let before = text[..offset].trim_end();
        let Some(before_colon) = before.strip_suffix(':') else {
            continue;
        };
        // A number must not be part of a longer one ("5" inside "15").
        let after = text[offset + literal.len()..].chars().next();
        if after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
            continue;
        }
        let key_end = before_colon.trim_end();
        let Some(key_quoted) = key_end.strip_suffix('"') else {
            continue;
        };
        let Some(start) = key_quoted.rfind('"') else {
            continue;
        };
        if hit.is_some() {
            return None;
        }
        hit = Some((offset, key_quoted[start + 1..].to_string()));
    }
    hit
}

/// The exact bytes saved for a workspace: 2-space pretty JSON in the types' field order
/// (maps sorted by key), ending in a newline, always stamped with the current version.
#[cfg(test)]
pub(crate) fn encode(ws: &Workspace) -> Result<Vec<u8>, ReadProblem> {
    encode_sized(ws, 0)
}

/// [`encode`] into a buffer made `size_hint` bytes large to begin with (the size of the file
/// it replaces is a good guess), so a large workspace's bytes are not copied from buffer to
/// ever larger buffer, holding two at once.
pub(crate) fn encode_sized(ws: &Workspace, size_hint: usize) -> Result<Vec<u8>, ReadProblem> {
    let mut bytes = Vec::with_capacity(size_hint);
    let result = if ws.schema_version == SCHEMA_VERSION {
        serde_json::to_writer_pretty(&mut bytes, ws)
    } else {
        let mut current = ws.clone();
        current.schema_version = SCHEMA_VERSION;
        serde_json::to_writer_pretty(&mut bytes, &current)
    };
    result.map_err(|e| json_problem(&e))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// 1-based line and column (in characters) just after `before`.
fn line_and_column(before: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(before);
    let line = text.matches('\n').count() + 1;
    let last = text.rsplit('\n').next().unwrap_or("");
    (line, last.chars().count() + 1)
}

/// serde_json's error as a structured problem, classified the one way content files are too
/// (`json_error::JsonDetail::from_serde`); a file that stops in the middle is `Truncated`.
pub(crate) fn json_problem(err: &serde_json::Error) -> ReadProblem {
    let (line, column) = (err.line(), err.column());
    if err.classify() == serde_json::error::Category::Eof {
        return ReadProblem::Truncated { line, column };
    }
    ReadProblem::Json {
        line,
        column,
        field: None,
        detail: Box::new(JsonDetail::from_serde(err, None)),
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
        let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 2, 9, 30, 0).unwrap();
        Workspace::new(
            "aeldre".into(),
            "Ældre i eget hjem".into(),
            NetworkType::Velfaerd,
            "Søren".into(),
            PlanDraft::new(PlanSettings::new("velfaerd", start)),
            now,
        )
    }

    fn problem(bytes: &[u8]) -> ReadProblem {
        match decode(bytes) {
            Err(DecodeError::Problem(p)) => p,
            other => panic!("expected a problem, got {other:?}"),
        }
    }

    #[test]
    fn encoded_workspaces_decode_to_the_same_workspace() {
        let ws = workspace();
        let bytes = encode(&ws).unwrap();
        assert_eq!(decode(&bytes), Ok(ws));
    }

    #[test]
    fn the_written_json_is_pretty_with_schema_version_first_and_a_final_newline() {
        let bytes = encode(&workspace()).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let head = format!(
            "{{\n  \"schema_version\": {},\n  \"id\": \"aeldre\",\n",
            crate::model::SCHEMA_VERSION
        );
        assert!(text.starts_with(&head));
        assert!(text.ends_with("}\n"));
        assert!(text.contains("Ældre i eget hjem"), "no \\u escapes for æøå");
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend(encode(&workspace()).unwrap());
        assert_eq!(decode(&bytes), Ok(workspace()));
    }

    #[test]
    fn invalid_utf8_is_reported_where_it_is() {
        assert_eq!(
            problem(b"{\n  \"name\": \"\xff\"\n}"),
            ReadProblem::NotUtf8 {
                line: 2,
                column: 12
            }
        );
    }

    #[test]
    fn blanks_are_an_empty_file() {
        assert_eq!(problem(b""), ReadProblem::Empty);
        assert_eq!(problem(b" \n\t\n"), ReadProblem::Empty);
    }

    #[test]
    fn a_cut_file_is_truncated() {
        let bytes = encode(&workspace()).unwrap();
        let cut = &bytes[..bytes.len() / 2];
        assert!(matches!(problem(cut), ReadProblem::Truncated { .. }));
    }

    #[test]
    fn a_wrong_type_has_its_position_and_both_types() {
        let text = String::from_utf8(encode(&workspace()).unwrap()).unwrap();
        let broken = text.replace("\"weekly_hours\": 37.0", "\"weekly_hours\": \"mange\"");
        match problem(broken.as_bytes()) {
            ReadProblem::Json {
                line,
                column,
                field,
                detail,
            } => {
                let expected_line = broken.lines().position(|l| l.contains("mange")).unwrap() + 1;
                assert_eq!((line, column), (expected_line, 21));
                assert_eq!(field.as_deref(), Some("weekly_hours"));
                assert_eq!(
                    *detail,
                    JsonDetail::WrongType {
                        found: "string \"mange\"".into(),
                        expected: "f64".into()
                    }
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unknown_network_type_lists_the_allowed_ones() {
        let text = String::from_utf8(encode(&workspace()).unwrap()).unwrap();
        let broken = text.replace("\"network_type\": \"velfaerd\"", "\"network_type\": \"x\"");
        match problem(broken.as_bytes()) {
            ReadProblem::Json { detail, .. } => {
                let JsonDetail::UnknownVariant { value, expected } = *detail else {
                    panic!("{detail:?}");
                };
                assert_eq!(value, "x");
                assert!(expected.contains("velfaerd"), "{expected}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_date_is_named_as_a_date() {
        let text = String::from_utf8(encode(&workspace()).unwrap()).unwrap();
        let broken = text.replace("\"2027-01-04\"", "\"2027-13-04\"");
        assert!(matches!(
            problem(broken.as_bytes()),
            ReadProblem::Json { detail, .. } if *detail == JsonDetail::BadDate
        ));
    }

    #[test]
    fn a_missing_field_is_named() {
        let text = String::from_utf8(encode(&workspace()).unwrap()).unwrap();
        let broken = text.replace("\"leader_name\": \"Søren\",", "");
        assert!(matches!(
            problem(broken.as_bytes()),
            ReadProblem::Json { detail, .. }
                if *detail == JsonDetail::MissingField("leader_name".into())
        ));
    }

    #[test]
    fn a_wrong_value_in_an_old_file_is_still_found() {
        let v0 = "{\n  \"theme\": \"t\",\n  \"network_type\": \"bydel\"\n}\n";
        match problem(v0.as_bytes()) {
            ReadProblem::Json {
                line,
                field,
                detail,
                ..
            } => {
                assert_eq!(line, 3);
                assert_eq!(field.as_deref(), Some("network_type"));
                assert!(matches!(*detail, JsonDetail::UnknownVariant { .. }));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_value_that_occurs_twice_keeps_serdes_position() {
        assert_eq!(find_unique_value("{\"a\": 5, \"b\": 5}", "5"), None);
        assert_eq!(
            find_unique_value("{\"a\": 15, \"b\": 5}", "5"),
            Some((15, "b".to_string()))
        );
    }

    #[test]
    fn a_newer_version_is_not_a_problem_but_newer() {
        assert_eq!(
            decode(br#"{"schema_version": 7}"#),
            Err(DecodeError::Newer {
                found: 7,
                known: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn a_duplicated_meeting_id_is_renamed_and_both_meetings_are_kept() {
        let mut ws = workspace();
        let mut copy = ws.meetings[0].clone();
        copy.private_notes = "den anden".into();
        ws.meetings.push(copy.clone());
        ws.meetings.push(copy);
        // An id the renaming must not take.
        let mut taken = ws.meetings[1].clone();
        taken.id = "personaleleder-1-2".into();
        ws.meetings.push(taken);
        let (loaded, notes) = decode_with_notes(&encode(&ws).unwrap()).unwrap();
        let ids: Vec<&str> = loaded.meetings.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "personaleleder-1",
                "referenceleder-1",
                "co-driver-1",
                "personaleleder-1-3",
                "personaleleder-1-4",
                "personaleleder-1-2"
            ]
        );
        assert_eq!(loaded.meetings[3].private_notes, "den anden");
        assert_eq!(
            notes,
            [
                LoadNote::MeetingRenamed {
                    from: "personaleleder-1".into(),
                    to: "personaleleder-1-3".into()
                },
                LoadNote::MeetingRenamed {
                    from: "personaleleder-1".into(),
                    to: "personaleleder-1-4".into()
                }
            ]
        );
        // Saved again, it reads back as it is, with nothing more to say.
        let (again, notes) = decode_with_notes(&encode(&loaded).unwrap()).unwrap();
        assert_eq!(again, loaded);
        assert!(notes.is_empty());
    }

    #[test]
    fn a_top_level_list_is_not_a_workspace() {
        assert_eq!(
            problem(b"[1, 2]"),
            ReadProblem::Migrate(MigrateError::NotAnObject)
        );
    }
}
