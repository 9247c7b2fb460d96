//! GDPR completeness rules.
//!
//! Every rule is one [`Rule`] value: its id, the article it enforces, where it
//! applies (Art 13, Art 14, both), its default severity, its message and help
//! in English and Finnish, its documentation with a failing and a passing
//! example, and its check function. That one declaration feeds the checker,
//! `seloste rules`, `seloste explain` and the SARIF rule metadata.
//!
//! Rules are grouped by area in the submodules; [`all`] lists them in order.

mod facts;
mod helpers;

mod coherence;
mod controller;
mod disclosure;
mod fields;
mod lifecycle;
mod purposes;
mod rights;
mod sote;
mod standard;
mod statutes;
mod weights;
mod wording;

pub use facts::{Facts, kind_by_name};

use serde::Serialize;

use crate::diag::{Code, Completeness, Diagnostic, Severity, Stage};
use crate::effective::{Effective, StandardTexts};
use crate::i18n::{Arg, Args};
use crate::load::Document;
use crate::model::{Date, Notice};

/// Where a rule applies: to information collected from the data subject
/// (Art 13), obtained elsewhere (Art 14), or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Art 13 only.
    Art13,
    /// Art 14 only.
    Art14,
    /// Both Art 13 and Art 14 (or a rule of the notice as a whole).
    Both,
}

/// One rule. Its messages and documentation are the Fluent messages of its
/// id (`locales/<lang>/rules.ftl`, `locales/<lang>/explain.ftl`).
pub struct Rule {
    /// Id, article and default severity.
    pub code: Code,
    /// Where it applies.
    pub scope: Scope,
    /// A notice fragment that triggers the rule (merged over the base notice
    /// of the documentation, see [`crate::rules::DOC_BASE`]).
    pub fail: &'static str,
    /// The same fragment fixed.
    pub pass: &'static str,
    /// The check.
    pub check: fn(&Cx<'_>, &mut Hits),
}

impl Rule {
    /// The settings its examples and fixtures are checked with: the notice
    /// as declared (`standard_texts = "declared-only"`), so that a rule
    /// about a right or the complaint shows what it checks, which in the
    /// default mode the standard statements fill; the examples of
    /// `standard-statement` show what seloste adds.
    pub fn example_settings(&self, as_of: Date) -> Settings {
        let mut s = Settings::new(as_of);
        if !std::ptr::eq(self, &standard::STANDARD_STATEMENT) {
            s.standard_texts = StandardTexts::DeclaredOnly;
        }
        s
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.code.id).finish()
    }
}

/// What a check sees.
pub struct Cx<'a> {
    /// The notice.
    pub notice: &'a Notice,
    /// The YAML document (for the raw values where needed).
    pub document: &'a Document,
    /// Facts derived from the notice (which articles apply, public authority...).
    pub facts: Facts,
    /// The notice with the standard statements seloste adds to it: a rule
    /// does not report as missing what the published notice states.
    pub effective: Effective<'a>,
    /// The date the notice is checked as of.
    pub as_of: Date,
    /// Months after `updated` when a notice counts as stale.
    pub stale_months: u32,
    /// Every string of the document with its pointer and lower-cased form,
    /// collected on first use and shared by all rules.
    texts: std::cell::OnceCell<Vec<helpers::TextRef<'a>>>,
    /// The statutes each of `texts` cites and names, found on first use.
    mentions: std::cell::OnceCell<Vec<helpers::Mentions>>,
}

/// One place where a rule fires.
#[derive(Debug, Clone)]
pub struct Hit {
    /// JSON pointer of the node the finding is about (a missing node is
    /// reported at its parent).
    pub pointer: String,
    /// Point at the node's key rather than its value.
    pub at_key: bool,
    /// Values for the message's placeholders.
    pub args: Args,
    /// Severity override for this hit (e.g. `info` when a condition cannot
    /// be evaluated).
    pub severity: Option<Severity>,
    /// The word or phrase of the text the finding is about: the finding
    /// underlines it, not the whole text, where the source writes it as is.
    pub word: Option<String>,
}

/// The hits of one rule on one notice.
#[derive(Debug, Default)]
pub struct Hits(pub Vec<Hit>);

impl Hits {
    /// Reports at `pointer` (the value).
    pub fn at(&mut self, pointer: impl Into<String>) -> &mut Hit {
        self.0.push(Hit {
            pointer: pointer.into(),
            at_key: false,
            args: Vec::new(),
            severity: None,
            word: None,
        });
        self.0.last_mut().expect("just pushed")
    }
}

impl Hit {
    /// Adds a placeholder value.
    pub fn arg(&mut self, name: &'static str, value: impl Into<Arg>) -> &mut Hit {
        self.args.push((name, value.into()));
        self
    }

    /// Underlines `word` of the text instead of the whole text.
    pub fn word(&mut self, word: impl Into<String>) -> &mut Hit {
        self.word = Some(word.into());
        self
    }

    /// Points at the key instead of the value.
    pub fn key(&mut self) -> &mut Hit {
        self.at_key = true;
        self
    }

    /// Overrides the severity of this hit.
    pub fn severity(&mut self, s: Severity) -> &mut Hit {
        self.severity = Some(s);
        self
    }
}

/// The base notice that the documentation examples of the rules are merged
/// over. No rule fires on it (tested).
pub const DOC_BASE: &str = include_str!("doc_base.yaml");

/// Builds a complete notice from [`DOC_BASE`] and a rule's example fragment:
/// each top-level key of the fragment replaces the base's, `~` removes it.
/// Returns YAML text.
pub fn merge_example(fragment: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let frag_keys: Vec<&str> = fragment
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '-']) && l.contains(':'))
        .filter_map(|l| l.split(':').next())
        .collect();
    let mut skipping = false;
    for line in DOC_BASE.lines() {
        let top = !line.starts_with([' ', '#', '-']) && !line.is_empty();
        if top {
            let key = line.split(':').next().unwrap_or_default();
            skipping = frag_keys.contains(&key);
        }
        if !skipping && !line.starts_with('#') {
            out.push(line.to_owned());
        }
    }
    for line in fragment.lines() {
        let removed = line.ends_with(": ~") && !line.starts_with(' ');
        if !removed {
            out.push(line.to_owned());
        }
    }
    out.push(String::new());
    out.join("\n")
}

/// All rules, in the order of the catalog.
pub fn all() -> Vec<&'static Rule> {
    let mut v: Vec<&'static Rule> = Vec::new();
    v.extend(controller::RULES);
    v.extend(purposes::RULES);
    v.extend(disclosure::RULES);
    v.extend(rights::RULES);
    v.extend(standard::RULES);
    v.extend(lifecycle::RULES);
    v.extend(statutes::RULES);
    v.extend(wording::RULES);
    v.extend(coherence::RULES);
    v.extend(sote::RULES);
    v.extend(fields::RULES);
    v
}

/// The standard statement whose item the finding `id` reports as missing
/// (`right-access` → the right of access): the published notice never
/// states it where that finding is reported.
pub fn missing_statement(id: &str) -> Option<crate::effective::Statement> {
    rights::MISSING
        .iter()
        .find(|(r, _)| r.code.id == id)
        .map(|(_, s)| *s)
}

/// Whether a finding is a `standard-statement` (a statement seloste adds in
/// the controller's name).
pub fn is_standard_statement(code: &Code) -> bool {
    std::ptr::eq(code, &standard::STANDARD_STATEMENT.code)
}

/// The rule with the given id.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| r.code.id == id)
}

/// Settings of a rule run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The date the notice is checked as of.
    pub as_of: Date,
    /// Months after `updated` when a notice counts as stale.
    pub stale_months: u32,
    /// Per-rule severity: `None` to turn a rule off.
    pub levels: std::collections::HashMap<String, Option<Severity>>,
    /// Whether standard statements are added (`seloste.toml`
    /// `standard_texts`).
    pub standard_texts: StandardTexts,
}

impl Settings {
    /// Default settings as of the given date.
    pub fn new(as_of: Date) -> Self {
        Settings {
            as_of,
            stale_months: 24,
            levels: Default::default(),
            standard_texts: StandardTexts::default(),
        }
    }
}

/// The result of running the rules.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The findings.
    pub diagnostics: Vec<Diagnostic>,
    /// The completeness figure.
    pub completeness: Completeness,
    /// The JSON pointer each finding of `diagnostics` reports at (the same
    /// order; the root for findings about the suppressions).
    pub pointers: Vec<String>,
}

/// Narrows `span` to where `word` is written in it (ignoring case), so that
/// a finding about a word underlines the word, not the paragraph. A word
/// the source does not write as such within the span (folded across lines,
/// escaped) leaves the span as it is.
pub fn narrow_to_word(
    span: std::ops::Range<usize>,
    word: &str,
    source: &str,
) -> std::ops::Range<usize> {
    let Some(slice) = source.get(span.clone()) else {
        return span;
    };
    let lower = slice.to_lowercase();
    let w = word.to_lowercase();
    // Byte offsets carry over only where lower-casing keeps the lengths.
    if w.is_empty() || lower.len() != slice.len() {
        return span;
    }
    match lower.find(&w) {
        Some(i) if slice.is_char_boundary(i) && slice.is_char_boundary(i + w.len()) => {
            span.start + i..span.start + i + w.len()
        }
        _ => span,
    }
}

/// Whether a rule of `scope` applies to a notice with these facts.
fn applies(scope: Scope, facts: &Facts) -> bool {
    match scope {
        Scope::Both => true,
        Scope::Art13 => facts.art13 != facts::Known::No,
        Scope::Art14 => facts.art14 != facts::Known::No,
    }
}

/// Runs the rules on a notice (`document` and `source` are its parsed and
/// written forms, for the findings' places), applies the notice's own
/// suppressions and works out the completeness figure.
pub fn run(
    notice: &Notice,
    document: &Document,
    source: &str,
    settings: &Settings,
    only: Option<&str>,
) -> Outcome {
    let cx = Cx {
        notice,
        document,
        facts: Facts::of(notice),
        effective: Effective::new(notice, settings.standard_texts),
        as_of: settings.as_of,
        stale_months: settings.stale_months,
        texts: std::cell::OnceCell::new(),
        mentions: std::cell::OnceCell::new(),
    };
    let mut used = vec![false; notice.suppress.len()];
    let mut out = Outcome::default();
    let (mut weight_met, mut weight_all) = (0u32, 0u32);
    for rule in all() {
        let id = rule.code.id;
        if only.is_some_and(|only| only != id) {
            continue;
        }
        let level = match settings.levels.get(id) {
            Some(None) => continue,
            Some(Some(s)) => *s,
            None => rule.code.severity,
        };
        let requirement = level != Severity::Info && applies(rule.scope, &cx.facts);
        let mut hits = Hits::default();
        (rule.check)(&cx, &mut hits);
        let mut fired = false;
        for hit in hits.0 {
            let suppressed = notice.suppress.iter().position(|s| {
                s.rule == id
                    && s.at.as_deref().is_none_or(|at| {
                        hit.pointer == at || hit.pointer.starts_with(&format!("{at}/"))
                    })
            });
            if let Some(i) = suppressed {
                used[i] = true;
                continue;
            }
            // Unit tests run every example and fixture through here.
            #[cfg(test)]
            assert!(
                crate::schema::pointer_in_schema(&hit.pointer),
                "{id} reports at `{}`, which the format does not have",
                hit.pointer
            );
            let mut span = if hit.at_key {
                document.key_span(&hit.pointer)
            } else {
                document.span(&hit.pointer)
            };
            if let Some(w) = &hit.word {
                span = narrow_to_word(span, w, source);
            }
            // A hit's own severity ("cannot evaluate" is info) wins over
            // the rule's level.
            let severity = hit.severity.unwrap_or(level);
            if severity != Severity::Info {
                fired = true;
            }
            let mut d = Diagnostic {
                args: hit.args,
                ..Diagnostic::new(&rule.code).severity(severity).at(span)
            };
            // A missing top-level item is about the notice as a whole: no
            // frame of the first line for each one.
            if !document.placed(&hit.pointer) {
                d.span = None;
            }
            out.diagnostics.push(d);
            out.pointers.push(hit.pointer);
        }
        if requirement {
            let w = weights::weight(rule);
            out.completeness.applicable += 1;
            weight_all += w;
            if fired {
                out.completeness.missing.push(rule.code.id);
                if weights::capping().any(|c| std::ptr::eq(c, rule)) {
                    out.completeness.capped = true;
                }
            } else {
                out.completeness.met += 1;
                weight_met += w;
            }
        }
    }
    let c = &mut out.completeness;
    c.percent = weights::percent(weight_met, weight_all, c.capped);
    if only.is_none() {
        suppression_findings(notice, document, settings, &used, &mut out.diagnostics);
        out.pointers.resize(out.diagnostics.len(), String::new());
    }
    out
}

/// Findings about the notice's `suppress` list: unknown rule ids and
/// suppressions that no longer match anything.
fn suppression_findings(
    notice: &Notice,
    document: &Document,
    settings: &Settings,
    used: &[bool],
    out: &mut Vec<Diagnostic>,
) {
    for (i, s) in notice.suppress.iter().enumerate() {
        let at = format!("/suppress/{i}");
        if find(&s.rule).is_none() {
            let rules = all();
            let ids = rules.iter().map(|r| r.code.id);
            let suggestion = crate::schema::did_you_mean(&s.rule, ids).unwrap_or("none");
            out.push(
                Diagnostic::new(&SUPPRESSION_UNKNOWN_RULE)
                    .arg("rule", s.rule.as_str())
                    .arg("suggestion", suggestion)
                    .at(document.span(&format!("{at}/rule"))),
            );
        } else if !used[i] && !matches!(settings.levels.get(s.rule.as_str()), Some(None)) {
            out.push(
                Diagnostic::new(&SUPPRESSION_UNUSED)
                    .arg("rule", s.rule.as_str())
                    .at(document.key_span(&at)),
            );
        }
    }
}

/// A suppression names a rule that does not exist.
pub static SUPPRESSION_UNKNOWN_RULE: Code = Code::stage(
    "suppression-unknown-rule",
    Stage::Suppression,
    Severity::Error,
);

/// A suppression no longer matches any finding.
pub static SUPPRESSION_UNUSED: Code =
    Code::stage("suppression-unused", Stage::Suppression, Severity::Warning);

/// Every notice the tests know: the rules' failing and passing examples,
/// the rule fixtures, the real notices and the examples (for tests that
/// must see every kind of notice).
#[cfg(test)]
pub(crate) fn corpus() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources: Vec<String> = Vec::new();
    for r in all() {
        sources.push(merge_example(r.fail));
        sources.push(merge_example(r.pass));
    }
    let walker = walkdir::WalkDir::new(root.join("tests/fixtures/rules"))
        .sort_by_file_name()
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("notices")).sort_by_file_name())
        .chain(walkdir::WalkDir::new(root.join("examples")).sort_by_file_name());
    for e in walker.filter_map(Result::ok) {
        if e.path().extension().is_some_and(|x| x == "yaml") {
            sources.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pointer a rule reports at is a place of the format (`run`
    /// asserts it under test): the rules' examples, their fixtures, the real
    /// notices and the examples.
    #[test]
    fn rules_report_only_at_places_the_format_has() {
        let sources = corpus();
        assert!(sources.len() > 200);
        let settings = Settings::new(Date::new(2026, 6, 1).expect("date"));
        for src in &sources {
            crate::check::check_bytes("n.yaml".into(), src.as_bytes(), &settings);
        }
    }

    #[test]
    fn pointers_are_checked_against_the_schema() {
        use crate::schema::pointer_in_schema;
        for ok in [
            "",
            "/controller/name",
            "/purposes/3/legal_basis",
            "/rights/access",
            "/title/sv",
            "/dpo/email",
        ] {
            assert!(pointer_in_schema(ok), "{ok}");
        }
        for bad in [
            "/controler",
            "/controller/nmae",
            "/purposes/x/legal_basis",
            "/rights/acess",
        ] {
            assert!(!pointer_in_schema(bad), "{bad}");
        }
    }
}
