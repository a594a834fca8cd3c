//! The first fields of a save file, read without reading the rest: what `list` shows and what
//! the rescue copies are sorted by.
//!
//! `save` writes `schema_version`, `id`, `name`, `network_type`, `leader_name`, `created_at`,
//! `updated_at`, `settings` and `plan` before the `meetings`, which hold nearly all of a large
//! workspace's bytes. So the file is streamed through a serde visitor that reads those fields
//! (checking their types, so a wrong `plan` is found as it would be on opening) and stops at
//! `meetings`; and the file's last bytes are looked at to see it ends as `save` ends it, with
//! the object's `}` alone on the last line, so a file cut short is not listed as fine.
//!
//! Whenever this is not sure (another order of fields from a hand-edited file, an older or
//! newer `schema_version`, anything it cannot read) it answers `None`, and the caller reads the
//! file in full, which also says exactly what is wrong. A fault deep inside a meeting is found
//! when the workspace is opened, not by `list`.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::flow::plan::PlanDraft;
use crate::model::{SCHEMA_VERSION, Settings};
use crate::vocab::NetworkType;

use super::MAX_FILE_BYTES;
use super::nofollow;

/// The summary fields of a current-version save file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Head {
    pub name: String,
    pub network_type: NetworkType,
    pub leader_name: String,
    pub updated_at: DateTime<Utc>,
}

/// How much of the end is looked at: the encoder writes `\n}\n`; an editor may have added a
/// few blanks.
const TAIL_BYTES: u64 = 256;

/// The head of the file at `path`, or `None` when only a full read can tell. Errors are those
/// of opening the file (missing, a link, no access).
pub(crate) fn read(path: &Path) -> io::Result<Option<Head>> {
    let mut file = nofollow::open_read(path)?;
    let len = file.metadata()?.len();
    if len > MAX_FILE_BYTES || !ends_as_saved(&mut file, len)? {
        return Ok(None);
    }
    file.seek(SeekFrom::Start(0))?;
    let mut reader = BufReader::with_capacity(16 * 1024, file.take(MAX_FILE_BYTES));
    skip_byte_order_mark(&mut reader)?;
    let mut fields = Fields::default();
    let mut de = serde_json::Deserializer::from_reader(reader);
    // The visitor stops the parse on purpose at `meetings`, with an error; what counts is what
    // it has recorded by then.
    let _ = de.deserialize_map(HeadVisitor {
        fields: &mut fields,
    });
    Ok(fields.complete())
}

/// Whether the file ends as `save` ends it: with a line that is just the `}` closing the
/// object (then blanks). In the indented text `save` writes, only that last `}` stands at the
/// start of a line (a text value cannot hold a raw line break), so a file cut anywhere before
/// its end fails this, even right after some inner object's `}`. A file written otherwise (all
/// on one line, say) is simply read in full.
fn ends_as_saved(file: &mut File, len: u64) -> io::Result<bool> {
    let from = len.saturating_sub(TAIL_BYTES);
    file.seek(SeekFrom::Start(from))?;
    let mut tail = Vec::with_capacity(TAIL_BYTES as usize);
    file.take(TAIL_BYTES).read_to_end(&mut tail)?;
    let end = tail
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let tail = &tail[..end];
    Ok(tail.ends_with(b"\n}"))
}

/// A leading UTF-8 byte-order mark (as Notepad writes) is fine; skip it.
fn skip_byte_order_mark(reader: &mut impl BufRead) -> io::Result<()> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    if reader.fill_buf()?.starts_with(BOM) {
        reader.consume(BOM.len());
    }
    Ok(())
}

/// What the visitor found, field by field.
#[derive(Default)]
struct Fields {
    schema_version: Option<u64>,
    id: bool,
    name: Option<String>,
    network_type: Option<NetworkType>,
    leader_name: Option<String>,
    created_at: bool,
    updated_at: Option<DateTime<Utc>>,
    plan: bool,
    /// Reached `meetings` with every field before it read.
    reached_meetings: bool,
    /// A field seen twice: the full read reports it.
    duplicate: bool,
}

impl Fields {
    fn complete(self) -> Option<Head> {
        if self.duplicate
            || !self.reached_meetings
            || self.schema_version != Some(u64::from(SCHEMA_VERSION))
            || !self.id
            || !self.created_at
            || !self.plan
        {
            return None;
        }
        Some(Head {
            name: self.name?,
            network_type: self.network_type?,
            leader_name: self.leader_name?,
            updated_at: self.updated_at?,
        })
    }
}

struct HeadVisitor<'a> {
    fields: &'a mut Fields,
}

/// Records `value` in `slot`, noting a second occurrence.
fn record<T>(slot: &mut Option<T>, value: T, duplicate: &mut bool) {
    if slot.is_some() {
        *duplicate = true;
    }
    *slot = Some(value);
}

fn mark(seen: &mut bool, duplicate: &mut bool) {
    if *seen {
        *duplicate = true;
    }
    *seen = true;
}

impl<'de> Visitor<'de> for HeadVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a workspace object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let f = self.fields;
        while let Some(key) = map.next_key::<String>()? {
            let dup = &mut f.duplicate;
            match key.as_str() {
                "schema_version" => record(&mut f.schema_version, map.next_value()?, dup),
                "id" => {
                    map.next_value::<String>()?;
                    mark(&mut f.id, dup);
                }
                "name" => record(&mut f.name, map.next_value()?, dup),
                "network_type" => record(&mut f.network_type, map.next_value()?, dup),
                "leader_name" => record(&mut f.leader_name, map.next_value()?, dup),
                "created_at" => {
                    map.next_value::<DateTime<Utc>>()?;
                    mark(&mut f.created_at, dup);
                }
                "updated_at" => record(&mut f.updated_at, map.next_value()?, dup),
                // Small, and checked here so a wrong value in them is found by `list` too.
                "settings" => {
                    map.next_value::<Settings>()?;
                }
                "plan" => {
                    map.next_value::<PlanDraft>()?;
                    mark(&mut f.plan, dup);
                }
                "meetings" => {
                    f.reached_meetings = true;
                    return Err(de::Error::custom("stopped at the meetings"));
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::codec;
    use chrono::TimeZone;

    fn workspace() -> crate::model::Workspace {
        let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 2, 9, 30, 0).unwrap();
        crate::model::Workspace::new(
            "aeldre".into(),
            "Ældre i eget hjem".into(),
            NetworkType::Velfaerd,
            "Søren".into(),
            PlanDraft::new(crate::planner::PlanSettings::new("velfaerd", start)),
            now,
        )
    }

    fn head_of(bytes: &[u8]) -> Option<Head> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        std::fs::write(&path, bytes).unwrap();
        read(&path).unwrap()
    }

    #[test]
    fn the_head_of_a_saved_workspace_is_its_summary() {
        let ws = workspace();
        let head = head_of(&codec::encode(&ws).unwrap()).unwrap();
        assert_eq!(head.name, ws.name);
        assert_eq!(head.network_type, ws.network_type);
        assert_eq!(head.leader_name, ws.leader_name);
        assert_eq!(head.updated_at, ws.updated_at);
    }

    #[test]
    fn a_byte_order_mark_and_trailing_blanks_are_fine() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(codec::encode(&workspace()).unwrap());
        bytes.extend(b"\n\n  \n");
        assert!(head_of(&bytes).is_some());
    }

    #[test]
    fn a_workspace_without_meetings_has_a_head_too() {
        let mut ws = workspace();
        ws.meetings.clear();
        assert!(head_of(&codec::encode(&ws).unwrap()).is_some());
    }

    #[test]
    fn anything_unsure_asks_for_a_full_read() {
        let text = String::from_utf8(codec::encode(&workspace()).unwrap()).unwrap();
        let cut = &text[..text.len() - 10];
        // Cut right after an inner object: it ends in `}` too.
        let after_inner = &text[..text[..text.len() - 4].rfind('}').unwrap() + 1];
        let wrong_plan = text.replace("\"weekly_hours\": 37.0", "\"weekly_hours\": \"x\"");
        let older = text.replace(
            &format!("\"schema_version\": {}", crate::model::SCHEMA_VERSION),
            "\"schema_version\": 0",
        );
        let twice = text.replace("\"name\": \"Ældre", "\"name\": \"a\", \"name\": \"Ældre");
        let meetings_first = format!(
            "{{\"meetings\": [], {}",
            text.trim_start().trim_start_matches('{')
        );
        for bytes in [
            cut,
            after_inner,
            &wrong_plan,
            &older,
            &twice,
            &meetings_first,
            "[1, 2]",
            "",
        ] {
            assert_eq!(head_of(bytes.as_bytes()), None, "{bytes:.80}");
        }
    }
}
