//! GitHub Actions workflow commands (`--format github`): one annotation per
//! finding, shown on the pull request's lines.

use super::{FileReport, LineIndex, Severity};

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

/// Renders reports as workflow commands.
pub fn render(reports: &[FileReport], lang: crate::i18n::Lang) -> String {
    let mut out = String::new();
    for r in reports {
        let ix = LineIndex::new(&r.source);
        for d in &r.diagnostics {
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
    }
    out
}
