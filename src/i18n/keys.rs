//! The keys of the messages that are not findings (findings are looked up by
//! their code's id). Every key is declared here once; a test checks that each
//! exists in every language.

/// The id of a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(pub &'static str);

macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $($(#[$doc])* pub const $name: Key = Key($id);)*
        /// Every declared key.
        pub const ALL: &[Key] = &[$($name),*];
    };
}

keys! {
    /// A schema type in words (`$type`: string, array, object, ...).
    SCHEMA_TYPE_NAME = "schema-type-name";
    /// The word joining the last two items of an "either" list.
    LIST_OR = "list-or";
    /// The notice as a whole, where a finding names a place in it.
    THE_NOTICE = "the-notice";
    /// The summary line of a check run.
    SUMMARY = "summary";
    /// One file's completeness line.
    COMPLETENESS = "completeness";
    /// `--format short`: one file's counts of findings.
    FILE_COUNTS = "file-counts";
    /// The GitHub job summary: its heading.
    GH_TITLE = "gh-title";
    /// The GitHub job summary: the file column.
    GH_COL_FILE = "gh-col-file";
    /// The GitHub job summary: the errors column.
    GH_COL_ERRORS = "gh-col-errors";
    /// The GitHub job summary: the warnings column.
    GH_COL_WARNINGS = "gh-col-warnings";
    /// The GitHub job summary: the infos column.
    GH_COL_INFOS = "gh-col-infos";
    /// The GitHub job summary: the completeness column.
    GH_COL_COMPLETE = "gh-col-complete";
    /// The GitHub job summary: the heading of the error findings.
    GH_ERRORS = "gh-errors";
    /// The GitHub job summary: "… and N more" under a list cut short.
    GH_MORE = "gh-more";
    /// The GitHub job summary could not be written.
    GH_SUMMARY_FAILED = "gh-summary-failed";
    /// Heading of the rule table: id.
    HEAD_ID = "head-id";
    /// Heading of the rule table: severity.
    HEAD_SEVERITY = "head-severity";
    /// Heading of the rule table: article.
    HEAD_ARTICLE = "head-article";
    /// Heading of the rule table: stage.
    HEAD_STAGE = "head-stage";
    /// `explain`: article line.
    EXPLAIN_ARTICLE = "explain-article";
    /// `explain`: severity line.
    EXPLAIN_SEVERITY = "explain-severity";
    /// `explain`: scope line.
    EXPLAIN_SCOPE = "explain-scope";
    /// `explain`: "What it checks" heading.
    EXPLAIN_WHAT = "explain-what";
    /// `explain`: message line.
    EXPLAIN_MESSAGE = "explain-message";
    /// `explain`: "Why" heading.
    EXPLAIN_WHY = "explain-why";
    /// `explain`: "How to fix" heading.
    EXPLAIN_FIX = "explain-fix";
    /// `explain`: failing example heading.
    EXPLAIN_FAILING = "explain-failing";
    /// `explain`: passing example heading.
    EXPLAIN_PASSING = "explain-passing";
    /// `explain`: what the examples show.
    EXPLAIN_EXAMPLES_NOTE = "explain-examples-note";
    /// `explain`: how to configure the rule (`$id`).
    EXPLAIN_CONFIG = "explain-config";
    /// The last line of `seloste rules` (`$rules`, `$checks`).
    CATALOG_FOOTER = "catalog-footer";
    /// A severity in words (`$severity`).
    SEVERITY_NAME = "severity-name";
    /// A scope in words (`$scope`).
    SCOPE_NAME = "scope-name";
    /// `render` of a notice with error-level findings (`$file`, `$errors`).
    RENDER_HAS_ERRORS = "render-has-errors";
    /// The label of a finding's help text in human output.
    HELP_LABEL = "help-label";
    /// The prefix of an error line.
    ERROR_PREFIX = "error-prefix";
    /// An invocation error (`$kind`: not-found, no-notices, link-outside).
    ERROR_INPUT = "error-input";
    /// A build failure (`$kind`, one per `BuildError` variant).
    ERROR_BUILD = "error-build";
    /// After a failed build.
    SITE_UNCHANGED = "site-unchanged";
    /// The last line of a build (`$out`, `$files`, `$rendered`, `$reused`).
    BUILT = "built";
    /// `build --report`: the page title.
    REPORT_TITLE = "report-title";
    /// `build --report`: what the report is.
    REPORT_INTRO = "report-intro";
    /// `build --report`: the caption of the summary table.
    REPORT_SUMMARY = "report-summary";
    /// `build --report`: column of the notice.
    REPORT_NOTICE = "report-notice";
    /// `build --report`: column of the completeness.
    REPORT_COMPLETENESS = "report-completeness";
    /// `build --report`: column of errors.
    REPORT_ERRORS = "report-errors";
    /// `build --report`: column of warnings.
    REPORT_WARNINGS = "report-warnings";
    /// `build --report`: column of infos.
    REPORT_INFOS = "report-infos";
    /// `build --report`: column of the statements added.
    REPORT_ADDED = "report-added";
    /// `build --report`: heading of a notice's added statements.
    REPORT_ADDED_HEADING = "report-added-heading";
    /// `build --report`: heading of a notice's other findings.
    REPORT_FINDINGS_HEADING = "report-findings-heading";
    /// `build --report`: an empty list.
    REPORT_NONE = "report-none";
    /// Notices that do not load (`$count`).
    NOT_LOADED = "not-loaded";
    /// `--strict` with error-level findings (`$count`).
    STRICT = "strict";
    /// `render --lang` of a language the notice lacks (`$file`, `$lang`, `$languages`).
    RENDER_NOT_DECLARED = "render-not-declared";
    /// `render -o -` of several documents or a PDF.
    RENDER_STDOUT_ONE = "render-stdout-one";
    /// `render` of two notices with one id (`$file`, `$id`, `$other`).
    RENDER_SAME_ID = "render-same-id";
    /// `rules --format github`, which has no findings to annotate.
    RULES_NO_GITHUB = "rules-no-github";
    /// `explain` of an unknown id.
    UNKNOWN_ID = "unknown-id";
    /// `lsp`: the quick fix that puts the suggested key or value (`$suggestion`).
    LSP_REPLACE = "lsp-replace";
    /// `lsp`: the quick fix that suppresses a rule's finding (`$rule`).
    LSP_SUPPRESS = "lsp-suppress";
    /// `lsp`: the reason a new suppression starts with.
    LSP_SUPPRESS_REASON = "lsp-suppress-reason";
    /// `serve`: the title of the list of notices.
    SERVE_TITLE = "serve-title";
    /// `serve`: the label of the findings region.
    SERVE_FINDINGS = "serve-findings";
    /// `serve`: a severity in words (`$severity`).
    SERVE_SEVERITY = "serve-severity";
    /// `serve`: "line" before a line number.
    SERVE_LINE = "serve-line";
    /// `serve`: an unknown address.
    SERVE_NOT_FOUND = "serve-not-found";
    /// `serve`: where the preview is (`$url`).
    SERVE_LISTENING = "serve-listening";
    /// `serve`: a non-loopback address without `--allow-remote` (`$addr`).
    SERVE_NOT_LOOPBACK = "serve-not-loopback";
    /// `import`: a Word document that cannot be read (`$file`, `$error`).
    IMPORT_DOCX = "import-docx";
    /// `import`: the draft written (`$file`, `$sections` mapped).
    IMPORT_WROTE = "import-wrote";
    /// `init`: the comment at the top of a new notice.
    INIT_HEADER = "init-header";
    /// `init`: the first entry of `changes`.
    INIT_FIRST_VERSION = "init-first-version";
    /// `init`: the question for the controller's name.
    INIT_ASK_CONTROLLER = "init-ask-controller";
    /// `init`: the question for the kind (`$guess`: the kind read from the name, or "none").
    INIT_ASK_KIND = "init-ask-kind";
    /// `init`: the question for the languages.
    INIT_ASK_LANGUAGES = "init-ask-languages";
    /// `init`: the question for the register's name.
    INIT_ASK_TITLE = "init-ask-title";
    /// `init`: values missing without a terminal to ask on (`$flags`).
    INIT_MISSING = "init-missing";
    /// `init`: an unknown kind (`$value`, `$kinds`).
    INIT_BAD_KIND = "init-bad-kind";
    /// `init`: an unknown language (`$value`).
    INIT_BAD_LANGUAGE = "init-bad-language";
    /// `init`: an id that is not lower-case letters, digits and hyphens (`$id`).
    INIT_BAD_ID = "init-bad-id";
    /// `init`: the file exists (`$file`).
    INIT_EXISTS = "init-exists";
    /// `init`: the notice written (`$file`, `$count` gaps).
    INIT_WROTE = "init-wrote";
    /// `init`: the editors' schema written beside it (`$file`).
    INIT_SCHEMA_WROTE = "init-schema-wrote";
    /// `diff`: one change (`$kind`, `$what`, `$item`, `$field`, `$from`, `$to`).
    DIFF_LINE = "diff-line";
    /// `diff`: one sentence of the proposed `changes` entry (`$heading`, `$parts`).
    DIFF_ENTRY = "diff-entry";
    /// `diff`: a section's item in words (`$section`: purposes → "purpose").
    DIFF_SECTION = "diff-section";
    /// `diff`: a section's heading (`$section`: purposes → "Purposes").
    DIFF_HEADING = "diff-heading";
    /// `diff`: the name of a changed property (`$field`: legal_basis → "legal basis").
    DIFF_FIELD = "diff-field";
    /// `diff`: added, removed or changed (`$kind`), in the `changes` entry.
    DIFF_KIND = "diff-kind";
    /// `diff`: the mark of a change to tell the data subjects first.
    DIFF_INFORM = "diff-inform";
    /// `diff`: the heading of the proposed `changes` entry.
    DIFF_PROPOSAL = "diff-proposal";
    /// `diff`: no changes.
    DIFF_NONE = "diff-none";
    /// `diff`: the count of changes to tell first (`$count`).
    DIFF_INFORM_SUMMARY = "diff-inform-summary";
    /// `diff`: a `git` revision that cannot be read (`$spec`, `$error`).
    DIFF_GIT = "diff-git";
    /// `init`: an existing schema file kept (`$file`).
    INIT_SCHEMA_KEPT = "init-schema-kept";
}
