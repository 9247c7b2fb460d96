//! SARIF 2.1.0 output (`--format sarif`), for code-scanning dashboards.
//!
//! `tool.driver.rules` lists every rule of the catalog (and the loading and
//! schema checks) with its help text; results refer to them by id and index.

use serde_json::{Value, json};

use super::{FileReport, LineIndex, Severity};
use crate::rules;

/// Ids and descriptions of the checks of the loading and schema stages,
/// which are not rules of the catalog.
pub const STAGE_CHECKS: &[(&str, &str)] = &[
    ("file-too-large", "The file is larger than a notice can be."),
    ("file-encoding", "The file is not UTF-8."),
    ("file-empty", "The file contains no notice."),
    ("yaml-syntax", "The file is not valid YAML."),
    ("yaml-duplicate-key", "A key appears twice in a mapping."),
    (
        "yaml-limits",
        "The YAML exceeds the nesting or alias limits.",
    ),
    ("schema-unknown-key", "A key that the format does not know."),
    ("schema-missing-key", "A required key is missing."),
    ("schema-type", "A value of the wrong type."),
    (
        "schema-enum",
        "A value that is not one of the allowed values.",
    ),
    (
        "schema-format",
        "A value of the wrong form (date, e-mail, identifier).",
    ),
    ("schema-empty", "An empty value where one is required."),
    ("schema-duplicate-item", "The same value twice in a list."),
    ("schema-invalid", "A value the format does not allow."),
    (
        "suppression-unknown-rule",
        "A suppression in the notice names a rule that does not exist.",
    ),
    (
        "suppression-unused",
        "A suppression in the notice no longer matches any finding.",
    ),
    (
        "findings-truncated",
        "More findings than are reported for one file.",
    ),
    (
        crate::limits::ids::TEXT_NESTING,
        "A text nested deeper than the published notice shows.",
    ),
    (
        crate::limits::ids::TEXT_GLYPHS,
        "Characters the PDF fonts cannot show, or symbol-font characters from Word.",
    ),
    (
        crate::limits::ids::TEXT_HEADING_LENGTH,
        "A name shown as a heading that is longer than the PDF allows.",
    ),
    (
        crate::limits::ids::TEXT_WORD_LENGTH,
        "A word or address longer than a line of the PDF allows.",
    ),
];

/// The stage checks whose findings are warnings (the others are errors).
const STAGE_WARNINGS: &[&str] = &[
    crate::limits::ids::TEXT_NESTING,
    crate::limits::ids::TEXT_GLYPHS,
    crate::limits::ids::TEXT_HEADING_LENGTH,
    crate::limits::ids::TEXT_WORD_LENGTH,
    "suppression-unused",
];

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The rule descriptors, in a fixed order: the stage checks, then the catalog.
fn descriptors() -> (Vec<Value>, Vec<String>) {
    let mut ids = Vec::new();
    let mut out = Vec::new();
    for (id, text) in STAGE_CHECKS {
        ids.push((*id).to_owned());
        out.push(json!({
            "id": id,
            "shortDescription": { "text": text },
            "helpUri": "https://seloste.fi/docs/format",
            "defaultConfiguration": {
                "level": if STAGE_WARNINGS.contains(id) { "warning" } else { "error" }
            },
        }));
    }
    for r in rules::all() {
        ids.push(r.id.to_owned());
        let help_md = format!(
            "{}\n\n**Why:** {}\n\n**How to fix:** {}\n\nFailing example:\n\n```yaml\n{}```\n\nPassing example:\n\n```yaml\n{}```",
            r.what, r.why, r.help.en, r.fail, r.pass
        );
        out.push(json!({
            "id": r.id,
            "shortDescription": { "text": r.message.en },
            "fullDescription": { "text": r.what },
            "help": { "text": format!("{} {}", r.why, r.help.en), "markdown": help_md },
            "helpUri": format!("https://seloste.fi/docs/rules#{}", r.id),
            "defaultConfiguration": { "level": level(r.severity) },
            "properties": { "article": r.article, "tags": ["gdpr", "privacy-notice"] },
        }));
    }
    (out, ids)
}

/// Renders reports as one SARIF 2.1.0 log.
pub fn render(reports: &[FileReport]) -> String {
    let (rules, ids) = descriptors();
    let mut results = Vec::new();
    for r in reports {
        let ix = LineIndex::new(&r.source);
        for d in &r.diagnostics {
            let span = d.span.clone().unwrap_or(0..0);
            let start = ix.line_col(&r.source, span.start);
            let end = ix.line_col(&r.source, span.end);
            let mut message = d.message.clone();
            if let Some(h) = &d.help {
                message.push_str(". ");
                message.push_str(h);
            }
            let mut result = json!({
                "ruleId": d.rule,
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
            if let Some(i) = ids.iter().position(|id| *id == d.rule) {
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
