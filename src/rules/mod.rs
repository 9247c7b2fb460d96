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

mod controller;
mod disclosure;
mod lifecycle;
mod purposes;
mod rights;

pub use facts::Facts;

use serde::Serialize;

use crate::diag::{Diagnostic, Severity};
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

/// A text in the languages of the tool's messages.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Msg {
    /// English.
    pub en: &'static str,
    /// Finnish.
    pub fi: &'static str,
}

/// The language of messages and help texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MessageLang {
    /// English (the default).
    #[default]
    En,
    /// Finnish.
    Fi,
}

impl Msg {
    /// The text in `lang` with `{name}` placeholders filled from `args`.
    pub fn render(&self, lang: MessageLang, args: &[(&'static str, String)]) -> String {
        let mut s = match lang {
            MessageLang::En => self.en,
            MessageLang::Fi => self.fi,
        }
        .to_owned();
        for (k, v) in args {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }
}

/// One rule.
pub struct Rule {
    /// Stable kebab-case id, never reused.
    pub id: &'static str,
    /// The article or law the rule enforces, e.g. `GDPR Art. 13(1)(b)`.
    pub article: &'static str,
    /// Where it applies.
    pub scope: Scope,
    /// Default severity.
    pub severity: Severity,
    /// The finding's message; `{placeholders}` are filled by the check.
    pub message: Msg,
    /// How to fix it.
    pub help: Msg,
    /// What the rule checks, for `seloste explain` (English, Markdown).
    pub what: &'static str,
    /// Why, with the legal reasoning (English, Markdown).
    pub why: &'static str,
    /// A notice fragment that triggers the rule (merged over the base notice
    /// of the documentation, see [`crate::rules::DOC_BASE`]).
    pub fail: &'static str,
    /// The same fragment fixed.
    pub pass: &'static str,
    /// The check.
    pub check: fn(&Cx<'_>, &mut Hits),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish()
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
    /// The date the notice is checked as of.
    pub as_of: Date,
    /// Months after `updated` when a notice counts as stale.
    pub stale_months: u32,
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
    pub args: Vec<(&'static str, String)>,
    /// Severity override for this hit (e.g. `info` when a condition cannot
    /// be evaluated).
    pub severity: Option<Severity>,
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
        });
        self.0.last_mut().expect("just pushed")
    }
}

impl Hit {
    /// Adds a placeholder value.
    pub fn arg(&mut self, name: &'static str, value: impl Into<String>) -> &mut Hit {
        self.args.push((name, value.into()));
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
    v.extend(lifecycle::RULES);
    v
}

/// The rule with the given id.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| r.id == id)
}

/// Settings of a rule run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The date the notice is checked as of.
    pub as_of: Date,
    /// Months after `updated` when a notice counts as stale.
    pub stale_months: u32,
    /// Message language.
    pub lang: MessageLang,
    /// Per-rule severity: `None` to turn a rule off.
    pub levels: std::collections::HashMap<String, Option<Severity>>,
}

impl Settings {
    /// Default settings as of the given date.
    pub fn new(as_of: Date) -> Self {
        Settings {
            as_of,
            stale_months: 24,
            lang: MessageLang::En,
            levels: Default::default(),
        }
    }
}

/// Runs the rules on a notice.
pub fn run(
    notice: &Notice,
    document: &Document,
    settings: &Settings,
    only: Option<&str>,
) -> Vec<Diagnostic> {
    let cx = Cx {
        notice,
        document,
        facts: Facts::of(notice),
        as_of: settings.as_of,
        stale_months: settings.stale_months,
    };
    let mut out = Vec::new();
    for rule in all() {
        if only.is_some_and(|id| id != rule.id) {
            continue;
        }
        let level = match settings.levels.get(rule.id) {
            Some(None) => continue,
            Some(Some(s)) => *s,
            None => rule.severity,
        };
        let mut hits = Hits::default();
        (rule.check)(&cx, &mut hits);
        for hit in hits.0 {
            let span = if hit.at_key {
                document.key_span(&hit.pointer)
            } else {
                document.span(&hit.pointer)
            };
            // A hit's own severity ("cannot evaluate" is info) wins over
            // the rule's level.
            let severity = hit.severity.unwrap_or(level);
            out.push(Diagnostic {
                rule: rule.id.to_owned(),
                severity,
                message: rule.message.render(settings.lang, &hit.args),
                help: Some(rule.help.render(settings.lang, &hit.args)),
                article: Some(rule.article.to_owned()),
                span: Some(span),
                label: None,
            });
        }
    }
    out
}
