//! GitHub Actions workflow commands (`--format github`): one annotation per
//! finding, shown on the pull request's lines, errors first (GitHub shows
//! only the first ten annotations of each kind per step), then the summary
//! line; and the Markdown job summary (`$GITHUB_STEP_SUMMARY`) with every
//! file's counts and completeness and the error findings.

use super::{Diagnostic, FileReport, LineIndex, Severity};
use crate::i18n::{self, Arg, Lang, keys};

/// The most files the job summary lists (GitHub allows 1 MiB per step).
pub const SUMMARY_FILES: usize = 1000;
/// The most findings the job summary lists.
pub const SUMMARY_FINDINGS: usize = 200;

/// Escapes a value for the message part of a workflow command.
fn escape_data(s: &str) -> String {
    super::human::safe_text(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a value for a property of a workflow command.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The findings of `reports`, errors first, then warnings, then infos; in
/// file order within each.
/// Each with the index of its file in `reports`.
fn by_severity(reports: &[FileReport]) -> Vec<(usize, &Diagnostic)> {
    let mut all: Vec<(usize, &Diagnostic)> = reports
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.diagnostics.iter().map(move |d| (i, d)))
        .collect();
    // A stable sort keeps the file order within a severity.
    all.sort_by_key(|(_, d)| std::cmp::Reverse(d.severity));
    all
}

/// Renders reports as workflow commands, errors first, then the summary
/// line (a plain line of the log).
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut out = String::new();
    let indexes: Vec<LineIndex> = reports.iter().map(|r| LineIndex::new(&r.source)).collect();
    for (i, d) in by_severity(reports) {
        let (r, ix) = (&reports[i], &indexes[i]);
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let span = d.span.clone().unwrap_or(0..0);
        let start = ix.line_col(&r.source, span.start);
        let end = ix.line_col(&r.source, span.end);
        let mut props = format!(
            "file={},line={},endLine={}",
            escape_property(&r.path),
            start.line,
            end.line
        );
        // Columns only make sense on a single line.
        if start.line == end.line {
            props.push_str(&format!(",col={},endColumn={}", start.column, end.column));
        }
        let title = match &d.article {
            Some(a) => format!("{} ({a})", d.id()),
            None => d.id().to_owned(),
        };
        props.push_str(&format!(",title={}", escape_property(&title)));
        let mut message = d.message(lang);
        if let Some(h) = d.help(lang) {
            message.push('\n');
            message.push_str(&h);
        }
        out.push_str(&format!("::{command} {props}::{}\n", escape_data(&message)));
    }
    out.push_str(&super::human::summary_line(reports, lang));
    out.push('\n');
    out
}

/// Text for a Markdown table cell or list item: no line breaks, no HTML,
/// Markdown's punctuation taken literally.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in super::human::safe_text(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' | '(' | ')' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The Markdown job summary (`$GITHUB_STEP_SUMMARY`): the summary line, a
/// table of the files with findings (most errors first; at most
/// [`SUMMARY_FILES`]) with their counts and completeness, and the error
/// findings (at most [`SUMMARY_FINDINGS`]).
pub fn step_summary(reports: &[FileReport], lang: Lang) -> String {
    let t = |k: keys::Key| i18n::text(lang, k);
    let mut out = format!(
        "## {}\n\n{}\n\n",
        t(keys::GH_TITLE),
        md(&super::human::summary_line(reports, lang))
    );
    let mut files: Vec<&FileReport> = reports
        .iter()
        .filter(|r| !r.diagnostics.is_empty() || r.completeness.is_some())
        .collect();
    files.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.count(Severity::Error)),
            std::cmp::Reverse(r.count(Severity::Warning)),
        )
    });
    if !files.is_empty() {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|\n",
            t(keys::GH_COL_FILE),
            t(keys::GH_COL_ERRORS),
            t(keys::GH_COL_WARNINGS),
            t(keys::GH_COL_INFOS),
            t(keys::GH_COL_COMPLETE),
        ));
        for r in files.iter().take(SUMMARY_FILES) {
            let complete = r.completeness.as_ref().map_or_else(
                || "–".to_owned(),
                |c| format!("{} %", i18n::decimal(c.percent, lang)),
            );
            out.push_str(&format!(
                "| {} | {} | {} | {} | {complete} |\n",
                md(&r.path),
                r.count(Severity::Error),
                r.count(Severity::Warning),
                r.count(Severity::Info),
            ));
        }
        more(&mut out, files.len(), SUMMARY_FILES, lang);
    }
    let errors: Vec<(usize, &Diagnostic)> = by_severity(reports)
        .into_iter()
        .filter(|(_, d)| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        out.push_str(&format!("\n### {}\n\n", t(keys::GH_ERRORS)));
        let mut indexes = std::collections::HashMap::new();
        for (i, d) in errors.iter().take(SUMMARY_FINDINGS) {
            let r = &reports[*i];
            let ix = indexes
                .entry(*i)
                .or_insert_with(|| LineIndex::new(&r.source));
            let pos = ix.line_col(&r.source, d.span.as_ref().map_or(0, |s| s.start));
            let article = d
                .article
                .as_deref()
                .map(|a| format!(" ({})", md(a)))
                .unwrap_or_default();
            out.push_str(&format!(
                "- {}:{}:{} **{}** {}{article}\n",
                md(&r.path),
                pos.line,
                pos.column,
                md(d.id()),
                md(&d.message(lang)),
            ));
        }
        more(&mut out, errors.len(), SUMMARY_FINDINGS, lang);
    }
    out
}

/// "… and N more" after a list cut at `shown` of `total`.
fn more(out: &mut String, total: usize, shown: usize, lang: Lang) {
    if total > shown {
        let args: [(&str, Arg); 1] = [("n", (total - shown).into())];
        out.push_str(&format!(
            "\n{}\n",
            i18n::message(lang, keys::GH_MORE.0, &args)
        ));
    }
}
