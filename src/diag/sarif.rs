//! SARIF 2.1.0 output (`--format sarif`), for code-scanning dashboards.
//!
//! `tool.driver.rules` lists every rule of the catalog (and the loading and
//! schema checks) with its help text; results refer to them by id and index.

use serde_json::{Value, json};

use super::{Code, FileReport, HELP, LineIndex, Severity};
use crate::i18n::{self, Lang};

/// What SARIF says about one kind of finding: its code and examples. The
/// texts come from the messages of the code (`.help`, `<id>-doc`).
#[derive(Debug, Clone)]
pub struct Descriptor {
    /// The code.
    pub code: &'static Code,
    /// An input that produces the finding.
    pub fail: Option<String>,
    /// The same input fixed.
    pub pass: Option<&'static str>,
    /// Where its documentation is published.
    pub help_uri: String,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The rule descriptors of SARIF, in the order given.
fn descriptors(docs: &[Descriptor], lang: Lang) -> Vec<Value> {
    docs.iter()
        .map(|d| {
            let id = d.code.id;
            let doc = format!("{id}-doc");
            let what = i18n::attribute(lang, &doc, "what", &[]).unwrap_or_default();
            let why = i18n::attribute(lang, &doc, "why", &[]).unwrap_or_default();
            let help = i18n::without_placeholders(
                &i18n::attribute(lang, id, HELP, &[]).unwrap_or_default(),
            );
            let mut md = format!("{what}\n\n**Why:** {why}\n\n**How to fix:** {help}");
            if let Some(f) = &d.fail {
                md.push_str(&format!("\n\nFailing example:\n\n```yaml\n{f}```"));
            }
            if let Some(p) = d.pass {
                md.push_str(&format!("\n\nPassing example:\n\n```yaml\n{p}```"));
            }
            let mut v = json!({
                "id": id,
                "shortDescription": { "text": what },
                "fullDescription": { "text": format!("{what} {why}") },
                "help": { "text": format!("{why} {help}"), "markdown": md },
                "helpUri": d.help_uri,
                "defaultConfiguration": { "level": level(d.code.severity) },
                "properties": { "stage": d.code.stage.as_str(), "tags": ["gdpr", "privacy-notice"] },
            });
            if let Some(a) = d.code.article {
                v["properties"]["article"] = json!(a);
            }
            v
        })
        .collect()
}

/// Renders reports as one SARIF 2.1.0 log.
pub fn render(reports: &[FileReport], docs: &[Descriptor], lang: Lang) -> String {
    let rules = descriptors(docs, lang);
    let mut results = Vec::new();
    for r in reports {
        let ix = LineIndex::new(&r.source);
        for d in &r.diagnostics {
            let span = d.span.clone().unwrap_or(0..0);
            let start = ix.line_col(&r.source, span.start);
            let end = ix.line_col(&r.source, span.end);
            let mut message = d.message(lang);
            if let Some(h) = d.help(lang) {
                message.push_str(". ");
                message.push_str(&h);
            }
            let mut result = json!({
                "ruleId": d.id(),
                "level": level(d.severity),
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": r.path.replace('\\', "/") },
                        "region": {
                            "startLine": start.line,
                            "startColumn": start.column,
                            "endLine": end.line,
                            "endColumn": end.column,
                        }
                    }
                }],
            });
            if let Some(i) = docs.iter().position(|x| x.code.id == d.id()) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(a) = &d.article {
                result["properties"] = json!({ "article": a });
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "seloste",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://seloste.fi",
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
