//! Every kind of finding seloste can report, in one list: the checks of the
//! loading, schema, suppression, limit and reporting stages, then the GDPR
//! rules. `seloste rules`, `seloste explain`, SARIF, the README and the tests
//! read this list; each code is declared once, in its stage's module.

use crate::diag::Code;
use crate::rules::{self, Rule};

/// An example of a stage check: the file, or a fragment merged over the
/// documentation's base notice (see [`rules::merge_example`]).
#[derive(Debug, Clone, Copy)]
pub enum Example {
    /// The whole file, as bytes.
    File(&'static [u8]),
    /// A fragment of a notice.
    Fragment(&'static str),
}

impl Example {
    /// The example as shown to a reader (the file, or the fragment).
    pub fn text(self) -> String {
        match self {
            Example::File(b) => String::from_utf8_lossy(b).into_owned(),
            Example::Fragment(f) => f.to_owned(),
        }
    }

    /// The bytes the checker reads: the file, or the fragment merged over
    /// the documentation's base notice.
    pub fn input(self) -> Vec<u8> {
        match self {
            Example::File(b) => b.to_vec(),
            Example::Fragment(f) => rules::merge_example(f).into_bytes(),
        }
    }
}

/// One entry of the catalog.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The code.
    pub code: &'static Code,
    /// The rule, for the codes of the rules.
    pub rule: Option<&'static Rule>,
    /// An input that produces the finding (for the stage checks; rules have
    /// their failing and passing examples).
    pub example: Option<Example>,
}

impl Entry {
    /// The example that produces the finding: a rule's failing fragment, or
    /// a stage check's example.
    pub fn fail_text(&self) -> Option<String> {
        self.rule
            .map(|r| r.fail.to_owned())
            .or_else(|| self.example.map(Example::text))
    }
}

/// Examples of the stage checks, by code. A test checks that each produces
/// its finding; the codes without one cannot be shown in a few lines.
static EXAMPLES: &[(&Code, Example)] = &[
    (
        &crate::load::FILE_ENCODING,
        Example::File(b"\xFF\xFEi\0d\0:\0 \0x\0\n\0"),
    ),
    (&crate::load::FILE_EMPTY, Example::File(b"# nothing yet\n")),
    (
        &crate::load::YAML_SYNTAX,
        Example::File(b"id: example\ntitle: [Asiakasrekisteri\n"),
    ),
    (
        &crate::load::YAML_DUPLICATE_KEY,
        Example::File(b"id: example\nid: other\n"),
    ),
    (
        &crate::load::YAML_LIMITS,
        Example::File(b"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"),
    ),
    (
        &crate::schema::SCHEMA_UNKNOWN_KEY,
        Example::Fragment("titel: Asiakasrekisteri\n"),
    ),
    (
        &crate::schema::SCHEMA_MISSING_KEY,
        Example::Fragment("controller:\n  email: info@example.fi\n"),
    ),
    (
        &crate::schema::SCHEMA_TYPE,
        Example::Fragment("languages: fi\n"),
    ),
    (
        &crate::schema::SCHEMA_ENUM,
        Example::Fragment("languages: [fi, se]\n"),
    ),
    (
        &crate::schema::SCHEMA_FORMAT,
        Example::Fragment("updated: 31.5.2024\n"),
    ),
    (
        &crate::schema::SCHEMA_DUPLICATE_ITEM,
        Example::Fragment("languages: [fi, fi]\n"),
    ),
    (
        &rules::SUPPRESSION_UNKNOWN_RULE,
        Example::Fragment("suppress:\n  - rule: dpo-requird\n    reason: Käsitellään erikseen.\n"),
    ),
    (
        &rules::SUPPRESSION_UNUSED,
        Example::Fragment("suppress:\n  - rule: dpo-required\n    reason: Käsitellään erikseen.\n"),
    ),
];

/// The codes declared outside a stage module's `CODES` list.
static STAGE_CODES: &[&Code] = &[
    &rules::SUPPRESSION_UNKNOWN_RULE,
    &rules::SUPPRESSION_UNUSED,
    &crate::check::FINDINGS_TRUNCATED,
];

/// The codes of the stages before the rules, in pipeline order.
pub fn stage_codes() -> impl Iterator<Item = &'static Code> {
    crate::load::CODES
        .iter()
        .chain(crate::schema::CODES)
        .chain(STAGE_CODES)
        .chain(crate::limits::CODES)
        .copied()
}

/// Every entry: the stage checks, then the rules.
pub fn entries() -> Vec<Entry> {
    let stages = stage_codes().map(|code| Entry {
        code,
        rule: None,
        example: EXAMPLES
            .iter()
            .find(|(c, _)| std::ptr::eq(*c, code))
            .map(|(_, e)| *e),
    });
    let rules = rules::all().into_iter().map(|r| Entry {
        code: &r.code,
        rule: Some(r),
        example: None,
    });
    stages.chain(rules).collect()
}

/// Every code.
pub fn all() -> impl Iterator<Item = &'static Code> {
    stage_codes().chain(rules::all().into_iter().map(|r| &r.code))
}

/// The entry of `id`.
pub fn find(id: &str) -> Option<Entry> {
    entries().into_iter().find(|e| e.code.id == id)
}

/// Where the documentation of a code is published: its page under
/// `docs/rules/` in the repository (generated from this catalog, tested).
pub fn doc_url(id: &str) -> String {
    format!(
        "{}/blob/main/docs/rules/{id}.md",
        env!("CARGO_PKG_REPOSITORY")
    )
}

/// The catalog as SARIF rule descriptors.
pub fn sarif_descriptors() -> Vec<crate::diag::sarif::Descriptor> {
    entries()
        .into_iter()
        .map(|e| crate::diag::sarif::Descriptor {
            code: e.code,
            fail: e.fail_text(),
            pass: e.rule.map(|r| r.pass),
            help_uri: doc_url(e.code.id),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for c in all() {
            assert!(seen.insert(c.id), "`{}` declared twice", c.id);
            assert!(
                c.id.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{}",
                c.id
            );
        }
    }

    #[test]
    fn every_example_produces_its_finding() {
        let settings = rules::Settings::new(crate::model::Date::new(2026, 6, 1).expect("date"));
        for (code, example) in EXAMPLES {
            let report =
                crate::check::check_bytes("x.yaml".into(), &example.input(), &settings).report;
            assert!(
                report.diagnostics.iter().any(|d| d.id() == code.id),
                "{}: {:?}",
                code.id,
                report
                    .diagnostics
                    .iter()
                    .map(crate::diag::Diagnostic::id)
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn the_readme_lists_every_check_before_the_rules() {
        let readme = include_str!("../README.md");
        for c in stage_codes() {
            assert!(
                readme.contains(&format!("`{}`", c.id)),
                "README lacks `{}`",
                c.id
            );
        }
    }
}
