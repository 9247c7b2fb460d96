//! The machine-readable outputs of `seloste check`: SARIF (validated against
//! the SARIF 2.1.0 JSON Schema) and GitHub workflow commands.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn check(format: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("LC_MESSAGES")
        .args([
            "check",
            "--as-of",
            "2026-11-22",
            "--format",
            format,
            "notices",
            "tests/fixtures/bad/typo-key.yaml",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// The SARIF 2.1.0 schema, as shipped in the npm package
/// `@microsoft/jest-sarif`, which `scripts/test` installs.
fn sarif_schema() -> PathBuf {
    let p = root().join(
        "target/test-tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
    );
    assert!(
        p.exists(),
        "the SARIF schema is missing: run `scripts/test`, which installs it with npm into target/test-tools"
    );
    p
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let (code, out) = check("sarif");
    assert_eq!(code, 1);
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sarif_schema()).unwrap()).unwrap();
    // Erratum of 2.1.0-rtm.5: the `run.language` pattern has a stray `]`
    // that is not a valid regular expression (fixed in the OASIS errata).
    for def in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][def]["properties"]["language"]["pattern"];
        assert_eq!(language, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
        *language = "^[a-zA-Z]{2}$|^[a-zA-Z]{2}-[a-zA-Z]{2}$".into();
    }
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.len() >= seloste::rules::all().len());
    for r in rules {
        assert!(r["shortDescription"]["text"].is_string(), "{r}");
        assert!(r["helpUri"].is_string(), "{r}");
    }
    // Every result points at a rule of the driver by id and index.
    for res in run["results"].as_array().unwrap() {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], res["ruleId"]);
        assert!(
            res["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
}

#[test]
fn github_annotations() {
    let (code, out) = check("github");
    assert_eq!(code, 1);
    let mut lines: Vec<&str> = out.lines().collect();
    // The summary line last, as a plain line of the log.
    let summary = lines.pop().unwrap();
    assert!(summary.starts_with("checked "), "{summary}");
    assert!(!lines.is_empty());
    for l in &lines {
        assert!(
            l.starts_with("::error file=")
                || l.starts_with("::warning file=")
                || l.starts_with("::notice file="),
            "{l}"
        );
        assert!(l.contains(",line="), "{l}");
        assert!(!l["::".len()..].contains('\n'));
    }
    let typo = lines
        .iter()
        .find(|l| l.contains("typo-key.yaml") && l.contains("emial"))
        .expect("the unknown key is annotated");
    assert!(typo.starts_with("::error file=tests/fixtures/bad/typo-key.yaml,line=6,endLine=6,col=3,endColumn=8,title=schema-unknown-key::"), "{typo}");
}
