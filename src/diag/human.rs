//! Human output: each finding as a miette report with a source snippet.

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError,
    MietteSpanContents, ReportHandler, SourceCode, SourceSpan, SpanContents,
};

use super::{Diagnostic, FileReport, LineIndex, Severity};
use crate::i18n::{self, Arg, Lang, keys};

/// The longest source line shown as a snippet. A finding on a longer line
/// (minified or generated YAML) names its line and column instead, so the
/// output stays readable and its size bounded.
pub const MAX_SNIPPET_LINE: usize = 4000;

/// The lines of a file around one finding: the snippet handed to miette.
/// Offsets stay those of the whole file, so only these few lines are
/// scanned per finding, whatever the size of the file.
struct Excerpt {
    name: String,
    text: String,
    /// Byte offset of `text` in the file.
    base: usize,
    /// 0-based line number of the first line of `text`.
    first_line: usize,
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset().saturating_sub(self.base).min(self.text.len());
        let len = span.len().min(self.text.len() - start);
        let inner =
            self.text
                .as_str()
                .read_span(&SourceSpan::new(start.into(), len), before, after)?;
        let contents = MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new(
                (inner.span().offset() + self.base).into(),
                inner.span().len(),
            ),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )
        .with_language("yaml");
        Ok(Box::new(contents))
    }
}

/// Options of the human renderer.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    /// Use colours and Unicode box drawing.
    pub color: bool,
    /// Wrap width.
    pub width: usize,
    /// The language of the messages.
    pub lang: Lang,
}

struct Report<'a> {
    diag: MietteDiagnostic,
    source: Option<&'a Excerpt>,
}

impl std::fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.diag.fmt(f)
    }
}
impl std::fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.diag.fmt(f)
    }
}
impl std::error::Error for Report<'_> {}
impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.diag.code()
    }
    fn severity(&self) -> Option<miette::Severity> {
        self.diag.severity()
    }
    fn help<'b>(&'b self) -> Option<Box<dyn std::fmt::Display + 'b>> {
        self.diag.help()
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.diag.labels()
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.map(|s| s as &dyn miette::SourceCode)
    }
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// Renders one finding. `index` is the line index of the report's source.
fn render_diagnostic(
    report: &FileReport,
    index: &LineIndex,
    d: &Diagnostic,
    opts: HumanOptions,
) -> String {
    let mut message = d.message(opts.lang);
    if let Some(a) = &d.article {
        message.push_str(&format!(" [{a}]"));
    }
    let mut md = MietteDiagnostic::new(message)
        .with_code(d.id())
        .with_severity(severity(d.severity));
    // The help is written below miette's report, with its label in the
    // report's language (miette's own label is English).
    let help = d.help(opts.lang);
    let text = &report.source;
    let mut excerpt = None;
    match &d.span {
        Some(span) => {
            let start = span.start.min(text.len());
            let end = span.end.clamp(start, text.len());
            let (first, last) = (
                index.line_col(text, start).line,
                index.line_col(text, end).line,
            );
            let from = index.line_range(text, first.saturating_sub(1).max(1)).start;
            let to = index.line_range(text, (last + 1).min(index.lines())).end;
            let long = (first.saturating_sub(1).max(1)..=(last + 1).min(index.lines()))
                .any(|l| index.line_range(text, l).len() > MAX_SNIPPET_LINE);
            if long || last - first > 200 {
                // No snippet: the position in the header instead.
                let at = index.line_col(text, start);
                md.message = format!("{}:{}:{}: {}", report.path, at.line, at.column, md.message);
            } else {
                md = md.with_label(LabeledSpan::new(d.label(opts.lang), start, end - start));
                excerpt = Some(Excerpt {
                    name: report.path.clone(),
                    text: safe_text(&text[from..to]),
                    base: from,
                    first_line: first.saturating_sub(2),
                });
            }
        }
        None => {
            // A finding about the whole file: name the file in the header.
            md.message = format!("{}: {}", report.path, md.message);
        }
    }
    md.message = safe_text(&md.message);
    let theme = if opts.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(opts.width)
        .with_links(false)
        .with_context_lines(1);
    let r = Report {
        diag: md,
        source: excerpt.as_ref(),
    };
    struct Show<'a>(&'a GraphicalReportHandler, &'a Report<'a>);
    impl std::fmt::Display for Show<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            self.0.debug(self.1, f)
        }
    }
    let mut out = Show(&handler, &r).to_string();
    if let Some(h) = help {
        out.push_str(&help_footer(&h, opts));
        out.push('\n');
    }
    out
}

/// "  help: …" wrapped as miette wraps it, with the label in the report's
/// language and continuation lines under the text.
fn help_footer(help: &str, opts: HumanOptions) -> String {
    let label = format!("  {}: ", i18n::text(opts.lang, keys::HELP_LABEL));
    let indent = " ".repeat(label.chars().count());
    let shown = if opts.color {
        format!("\x1b[36m{label}\x1b[39m")
    } else {
        label
    };
    let wrap = textwrap::Options::new(opts.width.saturating_sub(2))
        .initial_indent(&shown)
        .subsequent_indent(&indent)
        .break_words(true);
    safe_text(&textwrap::fill(help, wrap))
}

/// Replaces control characters (terminal escape sequences from a file's
/// keys or values) with visible escapes, keeping line breaks and tabs. The
/// byte length of each character that stays is unchanged.
pub fn safe_text(s: &str) -> String {
    if !s.chars().any(is_unsafe_control) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe_control(c) {
            // As many bytes as the original, so that spans stay aligned.
            match c.len_utf8() {
                3 => out.push('\u{FFFD}'),
                n => out.extend(std::iter::repeat_n('?', n)),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn is_unsafe_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Renders all findings of a file, each followed by a blank line.
pub fn render_file(report: &FileReport, opts: HumanOptions) -> String {
    let index = LineIndex::new(&report.source);
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&render_diagnostic(report, &index, d, opts));
        out.push('\n');
    }
    out
}

/// The completeness lines and the one-line summary of a set of reports.
pub fn summary(reports: &[FileReport], lang: Lang) -> String {
    let mut out = String::new();
    for r in reports {
        if let Some(c) = &r.completeness {
            let args: [(&str, Arg); 5] = [
                ("file", r.path.as_str().into()),
                ("percent", Arg::Dec(c.percent)),
                ("met", c.met.into()),
                ("applicable", c.applicable.into()),
                ("capped", if c.capped { "yes" } else { "no" }.into()),
            ];
            out.push_str(&i18n::message(lang, keys::COMPLETENESS.0, &args));
            out.push('\n');
        }
    }
    out.push_str(&summary_line(reports, lang));
    safe_text(&out)
}

/// The one-line summary: files, findings by severity, files with errors.
pub fn summary_line(reports: &[FileReport], lang: Lang) -> String {
    let count = |s| reports.iter().map(|r| r.count(s)).sum::<usize>();
    let failing = reports
        .iter()
        .filter(|r| r.count(Severity::Error) > 0)
        .count();
    let args: [(&str, Arg); 5] = [
        ("files", reports.len().into()),
        ("errors", count(Severity::Error).into()),
        ("warnings", count(Severity::Warning).into()),
        ("infos", count(Severity::Info).into()),
        ("failing", failing.into()),
    ];
    safe_text(&i18n::message(lang, keys::SUMMARY.0, &args))
}

/// `--format short`: for each file with findings, a line with its counts,
/// then one line per finding (`path:line:col: severity[rule] message`);
/// then the completeness lines and the summary.
pub fn short(reports: &[FileReport], lang: Lang) -> String {
    let mut s = String::new();
    for r in reports.iter().filter(|r| !r.diagnostics.is_empty()) {
        s.push_str(&file_counts(r, lang));
        s.push('\n');
        let index = LineIndex::new(&r.source);
        for d in &r.diagnostics {
            s.push_str(&short_line(r, &index, d, lang));
            s.push('\n');
        }
        s.push('\n');
    }
    s.push_str(&summary(reports, lang));
    s.push('\n');
    s
}

/// One file's counts: `path: 2 errors, 1 warning, 0 infos`.
pub fn file_counts(r: &FileReport, lang: Lang) -> String {
    let args: [(&str, Arg); 4] = [
        ("file", r.path.as_str().into()),
        ("errors", r.count(Severity::Error).into()),
        ("warnings", r.count(Severity::Warning).into()),
        ("infos", r.count(Severity::Info).into()),
    ];
    safe_text(&i18n::message(lang, keys::FILE_COUNTS.0, &args))
}

/// `path:line:col: severity[rule] message`, for compact logs.
pub fn short_line(report: &FileReport, index: &LineIndex, d: &Diagnostic, lang: Lang) -> String {
    let pos = d
        .span
        .as_ref()
        .map_or(super::LineCol { line: 1, column: 1 }, |s| {
            index.line_col(&report.source, s.start)
        });
    let line = format!(
        "{}:{}:{}: {}[{}] {}",
        report.path,
        pos.line,
        pos.column,
        d.severity.as_str(),
        d.id(),
        d.message(lang)
    );
    safe_text(&line)
}
