//! Checking: runs the pipeline load → schema → model for one file and
//! collects every finding in a [`FileReport`].
//!
//! Bad input never makes these functions fail: every problem with the file's
//! content is a [`Diagnostic`]. Only I/O problems (a path that cannot be
//! read) are errors, because they are problems of the invocation.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::{Code, Diagnostic, FileReport, Severity, Stage};
use crate::load::{self, Document};
use crate::model::Notice;
use crate::rules::{self, Settings};
use crate::schema;

mod salvage;

/// The most findings reported for one file. A file with more (thousands of
/// empty list items, say) gets the first ones by position and one more
/// finding that says how many were left out; the exit code still counts
/// them.
pub const MAX_FINDINGS: usize = 1000;

/// More findings than are reported for one file.
pub static FINDINGS_TRUNCATED: Code =
    Code::stage("findings-truncated", Stage::Report, Severity::Error);

/// Keeps the first [`MAX_FINDINGS`] findings (by position) and adds one
/// that counts the rest, with the highest severity among them.
fn cap(report: &mut FileReport) {
    if report.diagnostics.len() <= MAX_FINDINGS {
        return;
    }
    let rest = report.diagnostics.split_off(MAX_FINDINGS);
    let worst = rest
        .iter()
        .map(|d| d.severity)
        .max()
        .unwrap_or(crate::diag::Severity::Info);
    report.diagnostics.push(
        Diagnostic::new(&FINDINGS_TRUNCATED)
            .arg("count", rest.len())
            .arg("max", MAX_FINDINGS)
            .severity(worst),
    );
}

/// A notice that loaded and passed the schema, with its source positions.
#[derive(Debug)]
pub struct Loaded {
    /// The typed notice.
    pub notice: Notice,
    /// The YAML document it came from (values and spans).
    pub document: Document,
}

/// The outcome of checking one file.
#[derive(Debug)]
pub struct Checked {
    /// The findings.
    pub report: FileReport,
    /// The notice, when the file loaded and passed the schema.
    pub loaded: Option<Loaded>,
}

/// Why a path could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(String),
    /// Reading failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A directory holds no `.yaml`/`.yml` files.
    #[error("{0}: no notices found (no .yaml or .yml files)")]
    NoNotices(String),
    /// A symbolic link in a searched directory points outside it.
    #[error(
        "{link}: a symbolic link to {target}, outside {root}; seloste does not follow it (name the file itself to check it)"
    )]
    LinkOutside {
        /// The link.
        link: String,
        /// Where it points.
        target: String,
        /// The directory searched.
        root: String,
    },
}

/// Whether a path names a notice file by its extension.
pub fn is_notice_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// Expands files and directories into the notice files to check, sorted.
/// Files named explicitly are taken whatever their extension; directories
/// are searched recursively for `.yaml` and `.yml` files, skipping hidden
/// entries. A symbolic link to a notice inside the searched directory is
/// followed; one that points outside it is an error, never skipped silently.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => InputError::NotFound(path.display().to_string()),
            _ => InputError::Io {
                path: path.display().to_string(),
                source: e,
            },
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            let walker = WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                });
            for entry in walker {
                let entry = entry.map_err(|e| InputError::Io {
                    path: path.display().to_string(),
                    source: e.into(),
                })?;
                if entry.file_type().is_file() && is_notice_file(entry.path()) {
                    found.push(entry.into_path());
                } else if entry.path_is_symlink() && is_notice_file(entry.path()) {
                    let root = path.canonicalize().map_err(|e| InputError::Io {
                        path: path.display().to_string(),
                        source: e,
                    })?;
                    match entry.path().canonicalize() {
                        Ok(target) if target.starts_with(&root) && target.is_file() => {
                            found.push(entry.into_path());
                        }
                        Ok(target) if target.is_dir() => {}
                        target => {
                            return Err(InputError::LinkOutside {
                                link: entry.path().display().to_string(),
                                target: target.map_or_else(
                                    |_| "nothing (a broken link)".to_owned(),
                                    |t| t.display().to_string(),
                                ),
                                root: path.display().to_string(),
                            });
                        }
                    }
                }
            }
            if found.is_empty() {
                return Err(InputError::NoNotices(path.display().to_string()));
            }
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Reads a file, refusing one larger than [`load::MAX_FILE_BYTES`] before
/// reading it. A too-large file is a finding, not an I/O error.
pub(crate) fn read_bounded(path: &Path) -> Result<Result<Vec<u8>, Diagnostic>, InputError> {
    let io = |e: std::io::Error| InputError::Io {
        path: path.display().to_string(),
        source: e,
    };
    let file = fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    let too_large = |len: u64| {
        Diagnostic::new(&load::FILE_TOO_LARGE)
            .arg("size", len.to_string())
            .arg("max", load::MAX_FILE_BYTES.to_string())
            .at(0..0)
    };
    if len > load::MAX_FILE_BYTES {
        return Ok(Err(too_large(len)));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(load::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > load::MAX_FILE_BYTES {
        return Ok(Err(too_large(bytes.len() as u64)));
    }
    Ok(Ok(bytes))
}

/// Checks one file.
pub fn check_file(path: &Path, settings: &Settings) -> Result<Checked, InputError> {
    let display = path.display().to_string();
    let bytes = match read_bounded(path)? {
        Ok(b) => b,
        Err(d) => {
            return Ok(Checked {
                report: FileReport {
                    path: display,
                    source: String::new(),
                    id: None,
                    diagnostics: vec![d],
                    completeness: None,
                },
                loaded: None,
            });
        }
    };
    Ok(check_bytes(display, &bytes, settings))
}

/// Checks a notice given as bytes; `name` is used in reports.
pub fn check_bytes(name: String, bytes: &[u8], settings: &Settings) -> Checked {
    let decoded = load::decode(bytes);
    let mut report = FileReport {
        path: name,
        source: decoded.text,
        id: None,
        diagnostics: Vec::new(),
        completeness: None,
    };
    if let Some(d) = decoded.error {
        report.diagnostics.push(d);
        return Checked {
            report,
            loaded: None,
        };
    }
    let document = match load::parse(&report.source) {
        Ok(doc) => doc,
        Err(d) => {
            report.diagnostics.push(*d);
            return Checked {
                report,
                loaded: None,
            };
        }
    };
    report.id = document
        .value
        .get("id")
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    let (errors, refused) = schema::validate(&document, &report.source);
    if !errors.is_empty() {
        report.diagnostics = errors;
        // The rules report on what the schema accepted, beside the schema's
        // findings (one round of fixing, not two); the notice is not
        // published and has no completeness figure.
        if let Some(salvaged) = salvage::salvage(&document.value, refused) {
            let outcome = rules::run(&salvaged.notice, &document, &report.source, settings, None);
            report.diagnostics.extend(
                outcome
                    .diagnostics
                    .into_iter()
                    .zip(outcome.pointers)
                    .filter(|(_, p)| salvage::keeps(&salvaged.taken, p))
                    .map(|(d, _)| d),
            );
        }
        report.sort();
        cap(&mut report);
        return Checked {
            report,
            loaded: None,
        };
    }
    let loaded = match Notice::from_json(&document.value) {
        Ok(notice) => {
            let outcome = rules::run(&notice, &document, &report.source, settings, None);
            report.diagnostics.extend(outcome.diagnostics);
            report
                .diagnostics
                .extend(crate::limits::check(&document, &report.source));
            report.completeness = Some(outcome.completeness);
            Some(Loaded { notice, document })
        }
        Err(e) => {
            // The schema is generated from the types, so this means a value
            // the schema cannot express (e.g. a date that does not exist).
            report.diagnostics.push(
                Diagnostic::new(&crate::schema::SCHEMA_INVALID)
                    .arg("kind", "unreadable")
                    .arg("place", "")
                    .arg("detail", e.to_string())
                    .at(0..0),
            );
            None
        }
    };
    report.sort();
    cap(&mut report);
    Checked { report, loaded }
}
