//! Human output: each finding as a miette report with a source snippet.

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    ReportHandler,
};

use super::{Diagnostic, FileReport, Severity, line_col};

/// Options of the human renderer.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    /// Use colours and Unicode box drawing.
    pub color: bool,
    /// Wrap width.
    pub width: usize,
}

struct Report<'a> {
    diag: MietteDiagnostic,
    source: &'a NamedSource<String>,
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
        Some(self.source)
    }
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// Renders one finding.
pub fn render_diagnostic(
    report: &FileReport,
    source: &NamedSource<String>,
    d: &Diagnostic,
    opts: HumanOptions,
) -> String {
    let mut message = d.message.clone();
    if let Some(a) = &d.article {
        message.push_str(&format!(" [{a}]"));
    }
    let mut md = MietteDiagnostic::new(message)
        .with_code(d.rule.clone())
        .with_severity(severity(d.severity));
    if let Some(h) = &d.help {
        md = md.with_help(h.clone());
    }
    let mut out = String::new();
    if let Some(span) = &d.span {
        md = md.with_label(LabeledSpan::new(
            d.label.clone(),
            span.start,
            span.end - span.start,
        ));
    } else {
        // A finding about the whole file: name the file in the header.
        md.message = format!("{}: {}", report.path, md.message);
    }
    let theme = if opts.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(opts.width)
        .with_links(false)
        .with_context_lines(1);
    let r = Report { diag: md, source };
    struct Show<'a>(&'a GraphicalReportHandler, &'a Report<'a>);
    impl std::fmt::Display for Show<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            self.0.debug(self.1, f)
        }
    }
    out.push_str(&Show(&handler, &r).to_string());
    out
}

/// Renders all findings of a file, each followed by a blank line.
pub fn render_file(report: &FileReport, opts: HumanOptions) -> String {
    let source = NamedSource::new(report.path.clone(), report.source.clone()).with_language("yaml");
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&render_diagnostic(report, &source, d, opts));
        out.push('\n');
    }
    out
}

/// One-line summary of a set of reports.
pub fn summary(reports: &[FileReport]) -> String {
    let count = |s| reports.iter().map(|r| r.count(s)).sum::<usize>();
    let (e, w, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let files = reports.len();
    let failing = reports
        .iter()
        .filter(|r| r.count(Severity::Error) > 0)
        .count();
    let mut out = String::new();
    for r in reports {
        if let Some(c) = &r.completeness {
            out.push_str(&format!(
                "{}: {}% complete ({} of {} applicable requirements met)\n",
                r.path, c.percent, c.met, c.applicable
            ));
        }
    }
    out.push_str(&format!(
        "checked {files} {}: {e} {}, {w} {}, {i} info; {failing} {} with errors",
        plural(files, "notice", "notices"),
        plural(e, "error", "errors"),
        plural(w, "warning", "warnings"),
        plural(failing, "file", "files"),
    ));
    out
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// `path:line:col: severity[rule] message`, for compact logs.
pub fn short_line(report: &FileReport, d: &Diagnostic) -> String {
    let pos = d
        .span
        .as_ref()
        .map_or(line_col("", 0), |s| line_col(&report.source, s.start));
    format!(
        "{}:{}:{}: {}[{}] {}",
        report.path,
        pos.line,
        pos.column,
        d.severity.as_str(),
        d.rule,
        d.message
    )
}
