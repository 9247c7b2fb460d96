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
mod fields;
mod lifecycle;
mod purposes;
mod rights;
mod statutes;
mod wording;

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
    /// Every string of the document with its pointer and lower-cased form,
    /// collected on first use and shared by all rules.
    texts: std::cell::OnceCell<Vec<helpers::TextRef<'a>>>,
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
    v.extend(statutes::RULES);
    v.extend(wording::RULES);
    v.extend(fields::RULES);
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
    pub missing: Vec<String>,
    /// `met / applicable` in percent, one decimal.
    pub percent: f64,
}

/// The result of running the rules.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The findings.
    pub diagnostics: Vec<Diagnostic>,
    /// The completeness figure.
    pub completeness: Completeness,
}

/// Whether a rule of `scope` applies to a notice with these facts.
fn applies(scope: Scope, facts: &Facts) -> bool {
    match scope {
        Scope::Both => true,
        Scope::Art13 => facts.art13 != facts::Known::No,
        Scope::Art14 => facts.art14 != facts::Known::No,
    }
}

/// Runs the rules on a notice, applies the notice's own suppressions and
/// works out the completeness figure.
pub fn run(
    notice: &Notice,
    document: &Document,
    settings: &Settings,
    only: Option<&str>,
) -> Outcome {
    let cx = Cx {
        notice,
        document,
        facts: Facts::of(notice),
        as_of: settings.as_of,
        stale_months: settings.stale_months,
        texts: std::cell::OnceCell::new(),
    };
    let mut used = vec![false; notice.suppress.len()];
    let mut out = Outcome::default();
    for rule in all() {
        if only.is_some_and(|id| id != rule.id) {
            continue;
        }
        let level = match settings.levels.get(rule.id) {
            Some(None) => continue,
            Some(Some(s)) => *s,
            None => rule.severity,
        };
        let requirement = level != Severity::Info && applies(rule.scope, &cx.facts);
        let mut hits = Hits::default();
        (rule.check)(&cx, &mut hits);
        let mut fired = false;
        for hit in hits.0 {
            let suppressed = notice.suppress.iter().position(|s| {
                s.rule == rule.id
                    && s.at.as_deref().is_none_or(|at| {
                        hit.pointer == at || hit.pointer.starts_with(&format!("{at}/"))
                    })
            });
            if let Some(i) = suppressed {
                used[i] = true;
                continue;
            }
            let span = if hit.at_key {
                document.key_span(&hit.pointer)
            } else {
                document.span(&hit.pointer)
            };
            // A hit's own severity ("cannot evaluate" is info) wins over
            // the rule's level.
            let severity = hit.severity.unwrap_or(level);
            if severity != Severity::Info {
                fired = true;
            }
            out.diagnostics.push(Diagnostic {
                rule: rule.id.to_owned(),
                severity,
                message: rule.message.render(settings.lang, &hit.args),
                help: Some(rule.help.render(settings.lang, &hit.args)),
                article: Some(rule.article.to_owned()),
                span: Some(span),
                label: None,
            });
        }
        if requirement {
            out.completeness.applicable += 1;
            if fired {
                out.completeness.missing.push(rule.id.to_owned());
            } else {
                out.completeness.met += 1;
            }
        }
    }
    let c = &mut out.completeness;
    c.percent = if c.applicable == 0 {
        100.0
    } else {
        (c.met as f64 * 1000.0 / c.applicable as f64).round() / 10.0
    };
    if only.is_none() {
        suppression_findings(notice, document, settings, &used, &mut out.diagnostics);
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
            let ids: Vec<&str> = all().iter().map(|r| r.id).collect();
            let hint = crate::schema::did_you_mean(&s.rule, ids.iter().copied())
                .map(|d| format!("did you mean `{d}`? "))
                .unwrap_or_default();
            out.push(
                Diagnostic::error(
                    "suppression-unknown-rule",
                    format!("`{}` is not a rule id", s.rule),
                )
                .at(document.span(&format!("{at}/rule")))
                .help(format!("{hint}`seloste rules` lists the rule ids")),
            );
        } else if !used[i] && !matches!(settings.levels.get(s.rule.as_str()), Some(None)) {
            out.push(
                Diagnostic::warning(
                    "suppression-unused",
                    format!("the suppression of `{}` matches no finding", s.rule),
                )
                .at(document.key_span(&at))
                .help("the rule no longer fires here: remove the suppression"),
            );
        }
    }
}
