//! Atomic output: every file is written into a staging folder inside the
//! output folder, and moved into place only once all of them are written.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::ExportError;

/// A staging folder inside the output folder (so moving out of it is a
/// rename on the same file system). Removed when dropped.
pub(crate) struct Staging {
    out_dir: PathBuf,
    dir: tempfile::TempDir,
}

impl Staging {
    /// Creates the output folder if needed, and a fresh staging folder in it.
    pub(crate) fn new(out_dir: &Path) -> Result<Staging, ExportError> {
        fs::create_dir_all(out_dir).map_err(|e| ExportError::new(out_dir, e))?;
        let dir = tempfile::Builder::new()
            .prefix(".newsfacts-staging-")
            .tempdir_in(out_dir)
            .map_err(|e| {
                ExportError::new(out_dir, format!("cannot create a staging folder: {e}"))
            })?;
        Ok(Staging {
            out_dir: out_dir.to_path_buf(),
            dir,
        })
    }

    /// Where the staged copy of `relative` (a path under the output folder) lives.
    pub(crate) fn staged(&self, relative: &str) -> PathBuf {
        self.dir.path().join("new").join(relative)
    }

    /// Writes the staged copy of `relative` with `write`. Errors name the
    /// final path, which is the one a user knows.
    pub(crate) fn write(
        &self,
        relative: &str,
        write: impl FnOnce(&mut BufWriter<File>) -> Result<(), String>,
    ) -> Result<(), ExportError> {
        let target = self.out_dir.join(relative);
        let path = self.staged(relative);
        let fail = |reason: String| ExportError::new(&target, reason);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| fail(e.to_string()))?;
        }
        let file = File::create(&path).map_err(|e| fail(e.to_string()))?;
        let mut out = BufWriter::new(file);
        write(&mut out).map_err(fail)?;
        let file = out.into_inner().map_err(|e| fail(e.error().to_string()))?;
        file.sync_all().map_err(|e| fail(e.to_string()))
    }

    /// Writes `bytes` as the staged copy of `relative`.
    pub(crate) fn write_bytes(&self, relative: &str, bytes: &[u8]) -> Result<(), ExportError> {
        self.write(relative, |out| {
            out.write_all(bytes).map_err(|e| e.to_string())
        })
    }

    /// Moves each staged entry (a file or folder directly under the output
    /// folder) into place, moving the previous one aside first. If a move
    /// fails, the entries already moved are put back.
    pub(crate) fn publish(self, entries: &[&str]) -> Result<(), ExportError> {
        let previous = self.dir.path().join("previous");
        fs::create_dir(&previous).map_err(|e| ExportError::new(&previous, e))?;
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        for entry in entries {
            let target = self.out_dir.join(entry);
            match self.swap(entry, &target, &previous.join(entry)) {
                Ok(moved_aside) => done.push((target, moved_aside)),
                Err(e) => {
                    for (target, moved_aside) in done.into_iter().rev() {
                        restore(&target, moved_aside.as_deref());
                    }
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Puts the staged `entry` at `target`; returns where the previous one went.
    fn swap(
        &self,
        entry: &str,
        target: &Path,
        aside: &Path,
    ) -> Result<Option<PathBuf>, ExportError> {
        let moved_aside = if fs::symlink_metadata(target).is_ok() {
            fs::rename(target, aside).map_err(|e| {
                ExportError::new(
                    target,
                    format!("cannot move the previous version aside: {e}"),
                )
            })?;
            Some(aside.to_path_buf())
        } else {
            None
        };
        if let Err(e) = fs::rename(self.staged(entry), target) {
            restore(target, moved_aside.as_deref());
            return Err(ExportError::new(
                target,
                format!("cannot move into place: {e}"),
            ));
        }
        Ok(moved_aside)
    }
}

/// Best effort: removes a new `target` and moves the previous one back.
fn restore(target: &Path, moved_aside: Option<&Path>) {
    let _ = if target.is_dir() {
        fs::remove_dir_all(target)
    } else {
        fs::remove_file(target)
    };
    if let Some(previous) = moved_aside {
        let _ = fs::rename(previous, target);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_text(staging: &Staging, relative: &str, text: &str) -> Result<(), ExportError> {
        staging.write_bytes(relative, text.as_bytes())
    }

    #[test]
    fn published_entries_replace_the_previous_ones() {
        let out = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(out.path().join("csv")).expect("mkdir");
        std::fs::write(out.path().join("csv/stale.csv"), "old").expect("write");
        let staging = Staging::new(out.path()).expect("staging");
        write_text(&staging, "csv/a.csv", "new").expect("staged");
        staging.publish(&["csv"]).expect("published");
        assert_eq!(
            std::fs::read_to_string(out.path().join("csv/a.csv"))
                .ok()
                .as_deref(),
            Some("new")
        );
        assert!(!out.path().join("csv/stale.csv").exists());
        assert_eq!(
            std::fs::read_dir(out.path()).expect("list").count(),
            1,
            "staging removed"
        );
    }

    #[test]
    fn a_failed_write_leaves_previous_outputs_intact() {
        let out = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(out.path().join("csv")).expect("mkdir");
        std::fs::write(out.path().join("csv/a.csv"), "old").expect("write");
        let staging = Staging::new(out.path()).expect("staging");
        write_text(&staging, "csv/a.csv", "half").expect("staged");
        let error = staging
            .write("csv/b.csv", |_| Err("disk full".to_owned()))
            .expect_err("fails");
        assert_eq!(error.path, out.path().join("csv/b.csv"));
        assert_eq!(error.reason, "disk full");
        drop(staging);
        assert_eq!(
            std::fs::read_to_string(out.path().join("csv/a.csv"))
                .ok()
                .as_deref(),
            Some("old")
        );
        assert_eq!(
            std::fs::read_dir(out.path()).expect("list").count(),
            1,
            "staging removed"
        );
    }

    #[test]
    fn a_failed_move_puts_the_earlier_entries_back() {
        let out = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(out.path().join("csv")).expect("mkdir");
        std::fs::write(out.path().join("csv/a.csv"), "old").expect("write");
        let staging = Staging::new(out.path()).expect("staging");
        write_text(&staging, "csv/a.csv", "new").expect("staged");
        // "parquet" was never staged, so moving it into place fails.
        assert!(staging.publish(&["csv", "parquet"]).is_err());
        assert_eq!(
            std::fs::read_to_string(out.path().join("csv/a.csv"))
                .ok()
                .as_deref(),
            Some("old")
        );
    }
}
