//! JSON output (`--format json`).
//!
//! # Format (version 1)
//!
//! ```json
//! {
//!   "version": 1,
//!   "files": [
//!     { "file": "notices/a.yaml", "id": "a", "errors": 2, "warnings": 1, "infos": 0,
//!       "completeness": { "applicable": 58, "met": 51, "missing": ["legal-basis"], "percent": 87.9 } }
//!   ],
//!   "findings": [
//!     { "file": "notices/a.yaml", "line": 4, "column": 3, "end_line": 4, "end_column": 8,
//!       "severity": "error", "rule": "schema-unknown-key", "message": "…",
//!       "help": "…", "article": null }
//!   ]
//! }
//! ```
//!
//! `completeness` is null when the file did not get as far as the rules
//! (it failed to load or failed the schema). It counts the error- and
//! warning-level rules that apply to the notice (by Art 13/14 scope and the
//! configuration) and lists those with a finding.
//!
//! Lines and columns are 1-based; columns count characters. A finding about
//! the whole file has line 1, column 1. Later versions add fields, never
//! rename or remove them.

use serde::Serialize;

use super::{FileReport, LineIndex};

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<FileEntry<'a>>,
    findings: Vec<Finding<'a>>,
}

#[derive(Serialize)]
struct FileEntry<'a> {
    file: &'a str,
    id: Option<&'a str>,
    errors: usize,
    warnings: usize,
    infos: usize,
    completeness: Option<&'a super::Completeness>,
}

#[derive(Serialize)]
struct Finding<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    severity: &'static str,
    rule: &'a str,
    message: String,
    help: Option<String>,
    article: Option<&'a str>,
}

/// Renders reports as the version 1 JSON document, pretty-printed.
pub fn render(reports: &[FileReport], lang: crate::i18n::Lang) -> String {
    let files = reports
        .iter()
        .map(|r| FileEntry {
            file: &r.path,
            id: r.id.as_deref(),
            errors: r.count(super::Severity::Error),
            warnings: r.count(super::Severity::Warning),
            infos: r.count(super::Severity::Info),
            completeness: r.completeness.as_ref(),
        })
        .collect();
    let findings = reports
        .iter()
        .flat_map(|r| {
            let ix = LineIndex::new(&r.source);
            r.diagnostics.iter().map(move |d| {
                let span = d.span.clone().unwrap_or(0..0);
                let start = ix.line_col(&r.source, span.start);
                let end = ix.line_col(&r.source, span.end);
                Finding {
                    file: &r.path,
                    line: start.line,
                    column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                    severity: d.severity.as_str(),
                    rule: d.id(),
                    message: d.message(lang),
                    help: d.help(lang),
                    article: d.article.as_deref(),
                }
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&Output {
        version: 1,
        files,
        findings,
    })
    .unwrap_or_default();
    s.push('\n');
    s
}
