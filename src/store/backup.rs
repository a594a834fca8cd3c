//! Backups: earlier versions of a workspace in `<data>/backups/<id>/<stamp>.json`.
//!
//! Every save that replaces a good file first copies that file here, named by the UTC time it
//! was replaced, so the newest backup is always the version just before the current one.
//! Because the TUI saves within a second of every change, most of these are soon replaced:
//! when a new backup arrives, the one before it is deleted if it was taken less than
//! [`CHECKPOINT_GAP`] after its own predecessor. So, apart from the newest, backups are at
//! least two minutes apart. Then the folder is pruned to the newest [`KEEP_LATEST`] plus the
//! newest of each UTC day in the last [`KEEP_DAYS`] days.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::atomic::{copy_atomic, remove_stale_temp_files};
use super::error::{IoOp, StoreError};
use super::nofollow;
use super::paths::{parse_stamp, stamp};

/// Backups closer together than this are squashed into the later one (except the newest).
pub const CHECKPOINT_GAP: Duration = Duration::minutes(2);
/// How many of the newest backups are always kept.
pub const KEEP_LATEST: usize = 10;
/// For how many days back the newest backup of each day is kept.
pub const KEEP_DAYS: i64 = 14;

/// One earlier version of a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// When this version was replaced by a newer one (UTC, to the millisecond).
    pub taken_at: DateTime<Utc>,
}

/// The backups in `dir`, newest first. A missing folder has none; anything not named like a
/// backup, and anything so named that is not a regular file (a link, a folder), is not one of
/// ours and is ignored, so pruning never deletes it. A link in place of the folder itself is
/// refused.
pub(crate) fn list(dir: &Path) -> Result<Vec<Backup>, StoreError> {
    if !nofollow::own_dir_exists(dir)? {
        return Ok(Vec::new());
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(dir, IoOp::ListDir, e)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(dir, IoOp::ListDir, e))?;
        let name = entry.file_name();
        let Some(taken_at) = name
            .to_str()
            .and_then(|n| n.strip_suffix(".json"))
            .and_then(parse_stamp)
        else {
            continue;
        };
        if !nofollow::is_regular_entry(&entry) {
            continue;
        }
        backups.push(Backup {
            path: entry.path(),
            taken_at,
        });
    }
    backups.sort_by_key(|b| std::cmp::Reverse(b.taken_at));
    Ok(backups)
}

/// Keeps the file at `from` (the version being replaced) as a new backup in `dir`, copied on
/// disk so a large workspace is not held in memory twice while it is saved; then squashes and
/// prunes as described in the module documentation.
pub(crate) fn take_file(dir: &Path, from: &Path, now: DateTime<Utc>) -> Result<Backup, StoreError> {
    take_with(dir, now, |to| copy_atomic(from, to))
}

fn take_with(
    dir: &Path,
    now: DateTime<Utc>,
    write: impl FnOnce(&Path) -> Result<(), StoreError>,
) -> Result<Backup, StoreError> {
    nofollow::ensure_own_dir(dir)?;
    // A save killed while writing a backup leaves its temporary file here; nothing else would
    // ever sweep this folder.
    remove_stale_temp_files(dir);
    let existing = list(dir)?;
    // Names must grow even if the clock stands still or goes back.
    let taken_at = match existing.first() {
        Some(newest) if newest.taken_at >= now => newest.taken_at + Duration::milliseconds(1),
        _ => now,
    };
    let backup = Backup {
        path: dir.join(format!("{}.json", stamp(taken_at))),
        taken_at,
    };
    write(&backup.path)?;
    let mut all = Vec::with_capacity(existing.len() + 1);
    all.push(backup.clone());
    all.extend(existing);
    for old in to_remove(&all, now) {
        remove(&old.path)?;
    }
    Ok(backup)
}

/// Which of `backups` (newest first, the one just taken at the front) to delete.
pub(crate) fn to_remove(backups: &[Backup], now: DateTime<Utc>) -> Vec<Backup> {
    let mut kept: Vec<&Backup> = backups.iter().collect();
    // The previous newest was only a "version before": drop it if it is no checkpoint.
    if let [_, previous, before, ..] = kept.as_slice()
        && previous.taken_at - before.taken_at < CHECKPOINT_GAP
    {
        kept.remove(1);
    }
    let newest_per_day = newest_per_day(&kept, now);
    let mut removed: Vec<Backup> = backups
        .iter()
        .filter(|b| !kept.iter().any(|k| k.path == b.path))
        .cloned()
        .collect();
    for (i, b) in kept.iter().enumerate() {
        if i >= KEEP_LATEST && !newest_per_day.contains(&b.path) {
            removed.push((*b).clone());
        }
    }
    removed
}

/// The newest backup of each UTC day within the last [`KEEP_DAYS`] days.
fn newest_per_day(backups: &[&Backup], now: DateTime<Utc>) -> Vec<PathBuf> {
    let since = now - Duration::days(KEEP_DAYS);
    let mut seen: Vec<NaiveDate> = Vec::new();
    let mut keep = Vec::new();
    // Newest first, so the first of each day is that day's newest.
    for b in backups.iter().filter(|b| b.taken_at > since) {
        let day = b.taken_at.date_naive();
        if !seen.contains(&day) {
            seen.push(day);
            keep.push(b.path.clone());
        }
    }
    keep
}

fn remove(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(path, IoOp::Remove, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, day, h, m, s).unwrap()
    }

    fn backup(t: DateTime<Utc>) -> Backup {
        Backup {
            path: PathBuf::from(format!("{}.json", stamp(t))),
            taken_at: t,
        }
    }

    fn kept(times: &[DateTime<Utc>], now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let all: Vec<Backup> = times.iter().map(|&t| backup(t)).collect();
        let removed = to_remove(&all, now);
        all.iter()
            .filter(|b| !removed.contains(b))
            .map(|b| b.taken_at)
            .collect()
    }

    #[test]
    fn the_version_before_survives_when_it_is_a_checkpoint() {
        let times = [at(1, 10, 5, 0), at(1, 10, 3, 0), at(1, 10, 0, 0)];
        assert_eq!(kept(&times, at(1, 10, 5, 0)), times.to_vec());
    }

    #[test]
    fn a_version_before_within_two_minutes_of_its_predecessor_is_squashed() {
        let times = [at(1, 10, 0, 3), at(1, 10, 0, 2), at(1, 10, 0, 0)];
        assert_eq!(
            kept(&times, at(1, 10, 0, 3)),
            vec![at(1, 10, 0, 3), at(1, 10, 0, 0)]
        );
    }

    #[test]
    fn beyond_ten_only_the_newest_of_each_recent_day_is_kept() {
        // Twelve checkpoints today, five minutes apart, then one a day before, then old ones.
        let mut times: Vec<_> = (0..12).rev().map(|i| at(20, 12, i * 5, 0)).collect();
        times.push(at(19, 23, 0, 0));
        times.push(at(19, 8, 0, 0));
        times.push(at(10, 8, 0, 0));
        times.push(at(1, 8, 0, 0));
        let now = at(20, 12, 55, 0);
        let mut expected: Vec<_> = times[..10].to_vec();
        expected.push(at(19, 23, 0, 0));
        expected.push(at(10, 8, 0, 0));
        assert_eq!(kept(&times, now), expected);
    }
}
