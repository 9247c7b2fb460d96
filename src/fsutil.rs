//! File-system helpers shared by the commands that write files.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// directory, then renamed over the target, so that a reader never sees a
/// half-written file and a failure leaves the old file untouched. The file
/// gets the permissions of any new file (`0666` less the umask), not the
/// private ones of a temporary file.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temporary(path, bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// `bytes` in a new temporary file beside `path`, not yet synced.
fn temporary(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    Ok(tmp)
}

/// Writes many files with the guarantees of [`write_atomic`] (each file is
/// replaced whole, and only once its new content is on disk) but one disk
/// sync per [`AtomicBatch::SIZE`] files instead of one per file: the files
/// of a batch go to temporary files, the file system is synced once, then
/// each is renamed over its target. Files not yet committed when the batch
/// is dropped are discarded (their temporary files removed).
pub(crate) struct AtomicBatch {
    pending: Vec<(tempfile::NamedTempFile, std::path::PathBuf)>,
}

impl AtomicBatch {
    /// Files written before the batch commits by itself: bounds the open
    /// files and the temporary files a killed process leaves behind.
    pub(crate) const SIZE: usize = 64;

    pub(crate) fn new() -> AtomicBatch {
        AtomicBatch {
            pending: Vec::new(),
        }
    }

    /// Writes `bytes` for `path`; `path` is replaced when the batch commits.
    /// Gives the paths committed by this call (when the batch was full).
    pub(crate) fn write(
        &mut self,
        path: &Path,
        bytes: &[u8],
    ) -> std::io::Result<Vec<std::path::PathBuf>> {
        let tmp = temporary(path, bytes)?;
        self.pending.push((tmp, path.to_path_buf()));
        if self.pending.len() >= AtomicBatch::SIZE {
            return self.commit();
        }
        Ok(Vec::new())
    }

    /// Syncs the pending files to disk and renames each over its target, in
    /// the order written; gives the paths replaced.
    pub(crate) fn commit(&mut self) -> std::io::Result<Vec<std::path::PathBuf>> {
        let pending = std::mem::take(&mut self.pending);
        sync_files(pending.iter().map(|(tmp, _)| tmp.as_file()))?;
        let mut done = Vec::with_capacity(pending.len());
        for (tmp, path) in pending {
            tmp.persist(&path).map_err(|e| e.error)?;
            done.push(path);
        }
        Ok(done)
    }
}

/// Puts the content of `files` on disk: on Linux one `syncfs` per file
/// system they are on, elsewhere one `fsync` per file.
fn sync_files<'a>(files: impl Iterator<Item = &'a std::fs::File>) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let mut synced = Vec::new();
        for file in files {
            let dev = rustix::fs::fstat(file)?.st_dev;
            if !synced.contains(&dev) {
                rustix::fs::syncfs(file)?;
                synced.push(dev);
            }
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        for file in files {
            file.sync_all()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn written_files_are_not_private() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("out.md");
        super::write_atomic(&p, b"x").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        // Readable by others unless the umask says otherwise (0o022 or 0o002 here).
        assert_eq!(mode & 0o044, 0o044, "{mode:o}");
    }

    #[test]
    fn a_batch_replaces_its_files_on_commit_only() {
        let d = tempfile::tempdir().unwrap();
        let old = d.path().join("old.md");
        std::fs::write(&old, "old").unwrap();
        let mut batch = super::AtomicBatch::new();
        assert!(batch.write(&old, b"new").unwrap().is_empty());
        let new = d.path().join("new.md");
        batch.write(&new, b"fresh").unwrap();
        // Nothing is replaced before the commit.
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "old");
        assert!(!new.exists());
        assert_eq!(batch.commit().unwrap(), vec![old.clone(), new.clone()]);
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&new).unwrap(), "fresh");
        // One file per entry: no temporary file is left.
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_full_batch_commits_by_itself_and_a_dropped_one_leaves_nothing() {
        let d = tempfile::tempdir().unwrap();
        let mut batch = super::AtomicBatch::new();
        let mut committed = Vec::new();
        for i in 0..super::AtomicBatch::SIZE + 3 {
            committed.extend(
                batch
                    .write(&d.path().join(format!("{i}.md")), b"x")
                    .unwrap(),
            );
        }
        assert_eq!(committed.len(), super::AtomicBatch::SIZE);
        drop(batch);
        // The three files not committed are gone with their temporary files.
        assert_eq!(
            std::fs::read_dir(d.path()).unwrap().count(),
            super::AtomicBatch::SIZE
        );
    }
}
