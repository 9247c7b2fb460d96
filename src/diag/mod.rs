//! Diagnostics: one model for every finding (YAML error, schema error, rule
//! finding), and one emitter per output format.
//!
//! A [`Diagnostic`] carries a byte range into its file's text; line and column
//! numbers are derived from it only when a report is written.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::ops::Range;

use serde::Serialize;

use crate::i18n::{self, Arg, Args, Lang};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Information, never fails a check.
    Info,
    /// Should be fixed; fails nothing by default.
    Warning,
    /// Must be fixed; `seloste check` exits with 1.
    Error,
}

impl Severity {
    /// The lower-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The stage of the pipeline a kind of finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading the file (size, encoding).
    File,
    /// Parsing the YAML.
    Yaml,
    /// Validating against the schema.
    Schema,
    /// The notice's own `suppress` list.
    Suppression,
    /// The limits of the renderers.
    Limits,
    /// Reporting (the findings limit).
    Report,
    /// A GDPR rule.
    Rule,
}

impl Stage {
    /// The lower-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::File => "file",
            Stage::Yaml => "yaml",
            Stage::Schema => "schema",
            Stage::Suppression => "suppression",
            Stage::Limits => "limits",
            Stage::Report => "report",
            Stage::Rule => "rule",
        }
    }
}

/// One kind of finding: the declaration every finding refers to. Its
/// messages are the Fluent message `id` (value: the message; attributes
/// `.help` and `.label`) and its documentation the message `<id>-doc`
/// (`.what`, `.why`), in every language under `locales/`.
/// [`crate::catalog::all`] lists every code.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    /// Stable kebab-case id, never reused.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// The GDPR article or law, e.g. `GDPR Art. 13(1)(b)`.
    pub article: Option<&'static str>,
    /// The stage it comes from.
    pub stage: Stage,
}

impl Code {
    /// A code of a stage other than the rules.
    pub const fn stage(id: &'static str, stage: Stage, severity: Severity) -> Code {
        Code {
            id,
            severity,
            article: None,
            stage,
        }
    }

    /// A rule's code.
    pub const fn rule(id: &'static str, article: &'static str, severity: Severity) -> Code {
        Code {
            id,
            severity,
            article: Some(article),
            stage: Stage::Rule,
        }
    }

    /// The message with `args` in `lang`.
    pub fn message(&self, lang: Lang, args: &[(&str, Arg)]) -> String {
        i18n::message(lang, self.id, args)
    }

    /// The help text with `args` in `lang`.
    pub fn help(&self, lang: Lang, args: &[(&str, Arg)]) -> Option<String> {
        i18n::attribute(lang, self.id, HELP, args)
    }
}

/// The Fluent attribute of a finding's help text.
pub const HELP: &str = "help";
/// The Fluent attribute of the short text shown at a finding's span.
pub const LABEL: &str = "label";

/// One finding about one file. Its words are made only when a report is
/// written, in the report's language, from its [`Code`] and arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// What kind of finding it is.
    pub code: &'static Code,
    /// How serious it is (the code's severity unless configured otherwise).
    pub severity: Severity,
    /// The values of the message's placeholders.
    pub args: Args,
    /// The GDPR article or law the finding enforces, e.g. `GDPR Art. 13(1)(b)`
    /// (the code's, or a more precise one from the schema).
    pub article: Option<String>,
    /// Byte range in the file's text; `None` for findings about the whole file.
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    /// A new diagnostic of `code`, at its default severity.
    pub fn new(code: &'static Code) -> Self {
        Diagnostic {
            code,
            severity: code.severity,
            args: Vec::new(),
            article: code.article.map(str::to_owned),
            span: None,
        }
    }

    /// The code's id.
    pub fn id(&self) -> &'static str {
        self.code.id
    }

    /// Sets the span.
    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds a placeholder value.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Sets the severity.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Sets the article reference.
    pub fn article(mut self, article: impl Into<String>) -> Self {
        self.article = Some(article.into());
        self
    }

    /// What is wrong, in plain words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.code.message(lang, &self.args)
    }

    /// How to fix it, in `lang`.
    pub fn help(&self, lang: Lang) -> Option<String> {
        self.code.help(lang, &self.args)
    }

    /// The short text shown at the span in human output, in `lang`.
    pub fn label(&self, lang: Lang) -> Option<String> {
        i18n::attribute(lang, self.code.id, LABEL, &self.args)
    }
}

/// A position in a text: 1-based line and 1-based column counted in
/// characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LineCol {
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
}

/// Converts a byte offset of `text` to a line and column. Offsets past the
/// end or inside a character are clamped to the nearest preceding boundary.
/// For many offsets into one text, build a [`LineIndex`] once instead.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    LineIndex::new(text).line_col(text, offset)
}

/// The start of every line of a text, so that a byte offset becomes a line
/// and column in time logarithmic in the number of lines (plus the length of
/// the position's line when it is not ASCII), whatever the number of
/// findings.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
    /// Whether each line is ASCII (columns are then byte differences).
    ascii: Vec<bool>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
                ascii.push(line_ascii);
                line_ascii = true;
            } else if !b.is_ascii() {
                line_ascii = false;
            }
        }
        ascii.push(line_ascii);
        LineIndex { starts, ascii }
    }

    /// The line and column of `offset` in `text` (the text this index was
    /// built from).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts[line];
        let column = if self.ascii.get(line).copied().unwrap_or(false) {
            offset - start
        } else {
            text[start..offset].chars().count()
        } + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The byte range of 1-based `line` (without its line break).
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let i = line.saturating_sub(1).min(self.starts.len() - 1);
        let start = self.starts[i];
        let end = self
            .starts
            .get(i + 1)
            .map_or(text.len(), |n| n.saturating_sub(1));
        start..end.max(start)
    }

    /// The number of lines.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }
}

/// How complete a notice is: of the requirements (error- and warning-level
/// rules) that apply to it, how many it meets.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Completeness {
    /// Requirements that apply to this notice (by its Art 13 / Art 14 scope
    /// and the configuration).
    pub applicable: usize,
    /// Requirements met (no finding).
    pub met: usize,
    /// Ids of the requirements not met.
    pub missing: Vec<&'static str>,
    /// The weighted share of requirements met, in percent with one decimal:
    /// the core items of Art 13/14 weigh most (`rules/weights.rs`).
    pub percent: f64,
    /// Whether a capping item (a legal basis, a DPO where one is required)
    /// is missing, so that `percent` is at most 60.
    pub capped: bool,
}

/// The diagnostics of one checked file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as given on the command line (or found under a directory).
    pub path: String,
    /// The file's text (UTF-8, byte-order mark removed; invalid bytes replaced
    /// when the file is not valid UTF-8).
    pub source: String,
    /// The notice id, when the file got far enough to have one.
    pub id: Option<String>,
    /// The findings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// How complete the notice is, when it got as far as the rules.
    pub completeness: Option<Completeness>,
}

impl FileReport {
    /// Number of findings of the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Sorts the findings by position, then severity, then rule, so that
    /// output is stable.
    pub fn sort(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            let pos = |d: &Diagnostic| d.span.as_ref().map_or((0, 0), |s| (s.start, s.end));
            pos(a)
                .cmp(&pos(b))
                .then(b.severity.cmp(&a.severity))
                .then(a.code.id.cmp(b.code.id))
                .then_with(|| a.message(Lang::En).cmp(&b.message(Lang::En)))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "a: 1\nnimi: Äänekoski\n";
        assert_eq!(line_col(text, 0), LineCol { line: 1, column: 1 });
        let at = text.find("Ää").unwrap();
        assert_eq!(line_col(text, at), LineCol { line: 2, column: 7 });
        let after = text.find("nekoski").unwrap();
        assert_eq!(line_col(text, after), LineCol { line: 2, column: 9 });
        assert_eq!(line_col(text, 10_000), LineCol { line: 3, column: 1 });
        // Inside a multi-byte character: the preceding boundary.
        assert_eq!(line_col(text, at + 1), LineCol { line: 2, column: 7 });
        let ix = LineIndex::new(text);
        assert_eq!(ix.lines(), 3);
        assert_eq!(&text[ix.line_range(text, 2)], "nimi: Äänekoski");
        assert_eq!(ix.line_range(text, 3), text.len()..text.len());
    }
}
