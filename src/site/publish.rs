//! Putting a built site in place without ever losing one.
//!
//! - **Lock:** a build holds an exclusive lock on `.<out>.lock` beside
//!   `--out` from start to end; a second build into the same folder stops at
//!   once with a clear message instead of racing the first.
//! - **Ownership:** `--out` is replaced only when it is empty or everything
//!   in it is listed in the manifest of the site seloste wrote there
//!   (`.seloste-build.json` lists every file with its size). A copied
//!   manifest in a folder that also holds other files, a file that changed
//!   size, or a symbolic link are refused.
//! - **Swap:** on Linux the new site and the old one are exchanged in one
//!   atomic `renameat2(RENAME_EXCHANGE)`; elsewhere (or on a file system
//!   without it) two renames, with the old site kept as `.<out>.old-*` until
//!   the new one is in place. When `--out` is a mount point (it cannot be
//!   renamed), the files are replaced one by one: each file atomically, the
//!   site as a whole not.
//! - **Recovery:** a build that was killed leaves `.<out>.building-*` or
//!   `.<out>.old-*` folders; the next build (holding the lock) restores a
//!   site that was moved away and not replaced, then removes the leftovers.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::BuildError;

/// The manifest file of a built site.
pub const MANIFEST: &str = ".seloste-build.json";

/// The manifest: what seloste wrote into a site, and from which inputs.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// The version of seloste that built the site.
    pub tool: String,
    /// Notice id → digest of everything its files depend on.
    pub notices: BTreeMap<String, String>,
    /// Every file of the site (relative path with `/`) → its size in bytes.
    #[serde(default)]
    pub files: BTreeMap<String, u64>,
    /// Written before a file-by-file replacement: the sizes are not known
    /// until it has finished.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

impl Manifest {
    /// The manifest of the site in `dir`, if it has a readable one.
    pub fn read(dir: &Path) -> Option<Manifest> {
        let bytes = std::fs::read(dir.join(MANIFEST)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> BuildError + '_ {
    move |source| BuildError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// The places beside `--out` that a build uses.
pub struct Places {
    /// `--out`, absolute.
    pub out: PathBuf,
    /// Its parent folder.
    pub parent: PathBuf,
    /// Its file name.
    pub name: String,
}

impl Places {
    /// The places for `out` (absolute, with an existing or creatable parent).
    pub fn new(out: PathBuf) -> Result<Places, BuildError> {
        let parent = out.parent().ok_or(BuildError::OutIsRoot)?.to_path_buf();
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or(BuildError::OutHasNoName)?;
        Ok(Places { out, parent, name })
    }

    fn prefix(&self, kind: &str) -> String {
        format!(".{}.{kind}-", self.name)
    }

    /// Leftover folders of earlier builds of kind `building` or `old`.
    fn leftovers(&self, kind: &str) -> Vec<PathBuf> {
        let prefix = self.prefix(kind);
        let mut found: Vec<PathBuf> = std::fs::read_dir(&self.parent)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.path())
            .collect();
        found.sort();
        found
    }

    /// A new temporary folder for the site being built.
    pub fn building(&self) -> Result<tempfile::TempDir, BuildError> {
        tempfile::Builder::new()
            .prefix(&self.prefix("building"))
            .tempdir_in(&self.parent)
            .map_err(io(&self.parent))
    }
}

/// The build lock: held until dropped.
pub struct Lock {
    _file: File,
}

/// Takes the lock of `--out`, or says that another build holds it.
pub fn lock(places: &Places) -> Result<Lock, BuildError> {
    std::fs::create_dir_all(&places.parent).map_err(io(&places.parent))?;
    let path = places.parent.join(format!(".{}.lock", places.name));
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io(&path))?;
    match file.try_lock() {
        Ok(()) => Ok(Lock { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(BuildError::Locked {
            out: places.out.display().to_string(),
            lock: path.display().to_string(),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(io(&path)(e)),
    }
}

/// With the lock held: puts back a site that an interrupted swap moved
/// away, then removes the leftovers of interrupted builds.
pub fn recover(places: &Places, _lock: &Lock) -> Result<(), BuildError> {
    let olds = places.leftovers("old");
    if !places.out.exists()
        && let Some(newest) = olds.last()
    {
        std::fs::rename(newest, &places.out).map_err(io(newest))?;
    }
    for dir in places
        .leftovers("old")
        .into_iter()
        .chain(places.leftovers("building"))
    {
        std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
    }
    Ok(())
}

/// Every entry of a site folder: relative path → `Some(size)` for a regular
/// file, `None` for anything else but a folder (a symbolic link, a device).
fn entries(dir: &Path) -> Result<BTreeMap<String, Option<u64>>, BuildError> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).min_depth(1).follow_links(false) {
        let e = e.map_err(|e| io(dir)(e.into()))?;
        let t = e.file_type();
        if t.is_dir() {
            continue;
        }
        let rel = e
            .path()
            .strip_prefix(dir)
            .unwrap_or(e.path())
            .to_string_lossy()
            .replace('\\', "/");
        let size = if t.is_file() {
            Some(e.metadata().map_err(|e| io(dir)(e.into()))?.len())
        } else {
            None
        };
        out.insert(rel, size);
    }
    Ok(out)
}

/// Proves that `--out` may be replaced: it does not exist, is empty, or
/// holds exactly the files its manifest lists, with their sizes. Returns
/// the manifest of the previous site (empty when there is none).
pub fn owned(places: &Places) -> Result<Manifest, BuildError> {
    let out = &places.out;
    if !out.exists() {
        return Ok(Manifest::default());
    }
    if !out.is_dir() {
        return Err(BuildError::OutIsFile(out.display().to_string()));
    }
    let found = entries(out)?;
    if found.is_empty() {
        return Ok(Manifest::default());
    }
    let Some(manifest) = Manifest::read(out) else {
        return Err(BuildError::OutNotBuilt(out.display().to_string()));
    };
    // A manifest of seloste 0.1 before file lists: the layout seloste
    // writes, for the notices it lists, is the proof.
    let legacy = manifest.files.is_empty();
    let foreign: Vec<String> = found
        .iter()
        .filter(|(rel, size)| {
            rel.as_str() != MANIFEST
                && (size.is_none()
                    || if legacy {
                        !legacy_layout(rel, &manifest)
                    } else {
                        match manifest.files.get(rel.as_str()) {
                            None => true,
                            Some(listed) => !manifest.partial && Some(listed) != size.as_ref(),
                        }
                    })
        })
        .map(|(rel, _)| rel.clone())
        .collect();
    if !foreign.is_empty() {
        let shown: Vec<&str> = foreign.iter().take(5).map(String::as_str).collect();
        let more = if foreign.len() > shown.len() {
            ", ..."
        } else {
            ""
        };
        return Err(BuildError::OutHasOtherFiles {
            out: out.display().to_string(),
            count: foreign.len(),
            shown: format!("{}{more}", shown.join(", ")),
        });
    }
    Ok(manifest)
}

/// Whether `rel` is a file a site of the old manifest format has: the site
/// pages, a logo, or `<id>/<id>.<lang>.<html|pdf|md>` or `<id>/index.html`
/// of a listed notice.
fn legacy_layout(rel: &str, manifest: &Manifest) -> bool {
    const PAGES: [&str; 4] = [
        "index.html",
        "accessibility.html",
        "notices.json",
        "sitemap.xml",
    ];
    if PAGES.contains(&rel) {
        return true;
    }
    if let Some(ext) = rel.strip_prefix("logo.") {
        return matches!(ext, "png" | "svg" | "jpg" | "jpeg" | "webp");
    }
    let Some((id, name)) = rel.split_once('/') else {
        return false;
    };
    manifest.notices.contains_key(id)
        && (name == "index.html"
            || name
                .strip_prefix(id)
                .and_then(|r| r.strip_prefix('.'))
                .and_then(|r| r.split_once('.'))
                .is_some_and(|(lang, ext)| {
                    matches!(lang, "fi" | "sv" | "en") && matches!(ext, "html" | "pdf" | "md")
                }))
}

/// Lists every file of the built site with its size, for the manifest.
pub fn inventory(dir: &Path) -> Result<BTreeMap<String, u64>, BuildError> {
    Ok(entries(dir)?
        .into_iter()
        .filter_map(|(rel, size)| size.map(|s| (rel, s)))
        .collect())
}

/// How the new site was put in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swap {
    /// One atomic exchange (Linux `renameat2`).
    Exchange,
    /// Renamed into a place where nothing was.
    Rename,
    /// Two renames, the old site kept until the new one was in place.
    TwoRenames,
    /// File by file, because `--out` is a mount point.
    InPlace,
}

/// Puts the finished site `built` at `--out`; the old site is removed.
pub fn swap(places: &Places, built: &Path, _lock: &Lock) -> Result<Swap, BuildError> {
    let out = &places.out;
    if !out.exists() {
        std::fs::rename(built, out).map_err(io(out))?;
        return Ok(Swap::Rename);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, built, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => {
                // `built` now holds the old site.
                std::fs::remove_dir_all(built).map_err(io(built))?;
                return Ok(Swap::Exchange);
            }
            Err(rustix::io::Errno::BUSY) => return in_place(out, built),
            Err(_) => {} // Not supported here: two renames.
        }
    }
    let old = tempfile::Builder::new()
        .prefix(&places.prefix("old"))
        .tempdir_in(&places.parent)
        .map_err(io(&places.parent))?
        .keep();
    // The empty placeholder is replaced by the old site.
    std::fs::remove_dir(&old).map_err(io(&old))?;
    match std::fs::rename(out, &old) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::ResourceBusy => return in_place(out, built),
        Err(e) => return Err(io(out)(e)),
    }
    if let Err(e) = std::fs::rename(built, out) {
        let _ = std::fs::rename(&old, out);
        return Err(io(out)(e));
    }
    std::fs::remove_dir_all(&old).map_err(io(&old))?;
    Ok(Swap::TwoRenames)
}

/// Replaces the contents of `out` (a mount point) by those of `built`:
/// every new file atomically, then the files of the old site that the new
/// one does not have are removed. Only files the old manifest listed are
/// removed ([`owned`] has proved there are no others).
fn in_place(out: &Path, built: &Path) -> Result<Swap, BuildError> {
    let old = Manifest::read(out).unwrap_or_default();
    let new = inventory(built)?;
    // Until the end, the folder holds files of both sites.
    let mut both = Manifest {
        partial: true,
        ..Manifest::read(built).unwrap_or_default()
    };
    both.files
        .extend(old.files.iter().map(|(k, v)| (k.clone(), *v)));
    both.files.extend(new.iter().map(|(k, v)| (k.clone(), *v)));
    let m = out.join(MANIFEST);
    crate::fsutil::write_atomic(
        &m,
        serde_json::to_string_pretty(&both)
            .unwrap_or_default()
            .as_bytes(),
    )
    .map_err(io(&m))?;
    for rel in new.keys() {
        let from = built.join(rel);
        let to = out.join(rel);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        if rel != MANIFEST {
            std::fs::rename(&from, &to).map_err(io(&to))?;
        }
    }
    for rel in old.files.keys() {
        if !new.contains_key(rel) {
            let p = out.join(rel);
            match std::fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(&p)(e)),
            }
            if let Some(dir) = p.parent()
                && dir != out
            {
                let _ = std::fs::remove_dir(dir);
            }
        }
    }
    // The final manifest last.
    std::fs::rename(built.join(MANIFEST), &m).map_err(io(&m))?;
    std::fs::remove_dir_all(built).map_err(io(built))?;
    Ok(Swap::InPlace)
}
