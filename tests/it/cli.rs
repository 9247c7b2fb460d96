//! Tests of the real `seloste` binary: exit codes, human and JSON output,
//! and every kind of bad input, with snapshots of what the user sees.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Runs the binary in `dir` and returns "exit code + stdout + stderr" as one
/// text for a snapshot.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn transcript(dir: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run_in(dir, args);
    format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

/// Asserts that JSON output has no finding of the loading or schema stage
/// (rule findings are expected).
fn assert_no_load_or_schema_findings(json: &str) {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    for f in v["findings"].as_array().unwrap() {
        let rule = f["rule"].as_str().unwrap();
        assert!(
            !["yaml-", "file-", "schema-"]
                .iter()
                .any(|p| rule.starts_with(p)),
            "{f}"
        );
    }
}

/// Snapshots human and JSON output of one bad fixture, and checks that it
/// fails with exit code 1 and located findings: errors of the file, YAML or
/// schema stage, and beside the schema's, the rules' findings on the rest
/// of the notice (any severity).
fn bad(name: &str) {
    let dir = fixtures().join("bad");
    let file = format!("{name}.yaml");
    let human = transcript(&dir, &["check", "--color", "never", &file]);
    assert!(human.starts_with("exit: 1\n"), "{human}");
    insta::assert_snapshot!(format!("bad-{name}-human"), human);
    let (code, json, _) = run_in(&dir, &["check", "--format", "json", &file]);
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let findings = value["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().any(|f| f["severity"] == "error"));
    for f in findings {
        assert!(f["line"].as_u64().unwrap() >= 1);
        assert!(f["column"].as_u64().unwrap() >= 1);
        let rule = f["rule"].as_str().unwrap();
        if ["yaml-", "file-", "schema-"]
            .iter()
            .any(|p| rule.starts_with(p))
        {
            assert_eq!(f["severity"], "error", "{f}");
        }
    }
    insta::assert_snapshot!(format!("bad-{name}-json"), json);
}

#[test]
fn yaml_syntax_error() {
    bad("syntax");
}

#[test]
fn tab_indentation() {
    bad("tabs");
}

#[test]
fn unknown_key() {
    bad("unknown-key");
}

#[test]
fn typo_of_a_key_suggests_the_right_one() {
    bad("typo-key");
    let (_, out, _) = run_in(&fixtures().join("bad"), &["check", "typo-key.yaml"]);
    assert!(out.contains("did you mean `email`?"));
    assert!(out.contains("did you mean `dpo`?"));
    assert!(out.contains("did you mean `legal_basis`?"));
}

#[test]
fn wrong_types_and_values() {
    bad("wrong-type");
}

#[test]
fn missing_required_keys() {
    bad("missing-key");
}

#[test]
fn duplicate_key() {
    bad("duplicate-key");
}

#[test]
fn alias_bomb_is_refused_quickly() {
    bad("alias-bomb");
}

#[test]
fn deep_nesting() {
    bad("deep-nesting");
}

#[test]
fn invalid_utf8() {
    bad("invalid-utf8");
}

#[test]
fn empty_file() {
    bad("empty");
}

#[test]
fn two_documents_in_one_file() {
    bad("two-documents");
}

#[test]
fn huge_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let out = transcript(dir.path(), &["check", "huge.yaml"]);
    insta::assert_snapshot!("huge-file", out);
}

#[test]
fn utf16_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for u in "id: x\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(dir.path().join("utf16.yaml"), bytes).unwrap();
    let out = transcript(dir.path(), &["check", "utf16.yaml"]);
    assert!(out.starts_with("exit: 1\n"));
    assert!(out.contains("UTF-16"), "{out}");
}

#[test]
fn valid_notices_pass_including_bom() {
    let dir = fixtures().join("valid");
    let args = ["check", "--as-of", "2026-11-22", "minimal.yaml", "bom.yaml"];
    let (_, json, _) = run_in(&dir, &[&args[..], &["--format", "json"]].concat());
    assert_no_load_or_schema_findings(&json);
    // What remains are the GDPR rules' findings on a minimal notice.
    insta::assert_snapshot!("valid", transcript(&dir, &args));
}

#[test]
fn directory_without_notices_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.txt"), "not a notice").unwrap();
    let (code, stdout, stderr) = run_in(dir.path(), &["check", "."]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        "error: .: no notices found (no .yaml or .yml files)\n"
    );
}

#[test]
fn missing_path_is_a_usage_error() {
    let (code, stdout, stderr) = run_in(&fixtures(), &["check", "no-such-file.yaml"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        "error: no-such-file.yaml: no such file or directory\n"
    );
}

#[test]
fn bad_usage_exits_with_2() {
    let (code, _, stderr) = run_in(&fixtures(), &["check"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("required"));
    let (code, _, _) = run_in(&fixtures(), &["check", "--format", "xml", "valid"]);
    assert_eq!(code, 2);
}

#[test]
fn directories_are_searched_recursively_in_order() {
    let (code, json, _) = run_in(&fixtures(), &["check", "--format", "json", "valid"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let files: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["valid/bom.yaml", "valid/minimal.yaml"]);
}

#[test]
fn check_never_modifies_the_input() {
    let dir = fixtures().join("bad");
    let before = std::fs::read(dir.join("typo-key.yaml")).unwrap();
    run_in(&dir, &["check", "typo-key.yaml"]);
    assert_eq!(std::fs::read(dir.join("typo-key.yaml")).unwrap(), before);
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let (code, out, _) = run_in(&fixtures(), &["schema"]);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/notice.schema.json"),
    )
    .unwrap();
    assert_eq!(out, committed);
    // The editors' schema, written to a file beside the notices.
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "schema",
            "--draft",
            "07",
            "--lang",
            "sv",
            "-o",
            "notice.schema.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/notice.draft-07.sv.schema.json"),
    )
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notice.schema.json")).unwrap(),
        committed
    );
}

#[test]
fn readme_example_is_a_valid_notice() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("```yaml\n# yaml-language-server")
        .expect("example")
        + 8;
    let end = start + readme[start..].find("```").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("example.yaml"), &readme[start..end]).unwrap();
    let (_, json, _) = run_in(dir.path(), &["check", "--format", "json", "example.yaml"]);
    assert_no_load_or_schema_findings(&json);
}

/// Rule ids of the JSON findings.
fn json_rules(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

/// A temporary folder with the documentation base notice in `sub/n.yaml`,
/// extended with `extra` YAML.
fn config_tree(config: Option<&str>, extra: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("sub")).unwrap();
    let notice = format!("{}{extra}", seloste::rules::merge_example(""));
    std::fs::write(d.path().join("sub/n.yaml"), notice).unwrap();
    if let Some(c) = config {
        std::fs::write(d.path().join("seloste.toml"), c).unwrap();
    }
    d
}

#[test]
fn config_is_discovered_upward_and_sets_levels() {
    // The base notice has no finding; `stale` fires once it is old.
    let d = config_tree(None, "");
    let (code, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--as-of", "2030-01-01"],
    );
    assert_eq!(code, 0);
    assert!(json_rules(&json).contains(&"stale".to_owned()), "{json}");

    let d = config_tree(Some("[rules]\nstale = \"deny\"\n"), "");
    let (code, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--as-of", "2030-01-01"],
    );
    assert_eq!(code, 1, "deny makes the finding an error");
    assert!(json.contains("\"severity\": \"error\""), "{json}");

    let d = config_tree(
        Some(
            "[rules]\nstale = \"deny\"\n[[overrides]]\npaths = [\"sub/**\"]\nrules = { stale = \"allow\" }\n",
        ),
        "",
    );
    let (code, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--as-of", "2030-01-01"],
    );
    assert_eq!(code, 0);
    assert!(!json_rules(&json).contains(&"stale".to_owned()), "{json}");

    // The configuration's as_of applies unless --as-of is given.
    let d = config_tree(Some("as_of = \"2030-01-01\"\n"), "");
    let (_, json, _) = run_in(d.path(), &["check", "--format", "json", "sub"]);
    assert!(json_rules(&json).contains(&"stale".to_owned()), "{json}");
    let (_, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--no-config"],
    );
    assert!(!json_rules(&json).contains(&"stale".to_owned()), "{json}");
}

#[test]
fn bad_config_is_a_usage_error() {
    let d = config_tree(Some("[rules]\nstal = \"deny\"\n"), "");
    let (code, _, err) = run_in(d.path(), &["check", "sub"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `stale`"), "{err}");
    let d = config_tree(Some("[rules]\nstale = \"off\"\n"), "");
    let (code, _, err) = run_in(d.path(), &["check", "sub"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("seloste.toml") && err.contains("line 2"),
        "{err}"
    );
}

#[test]
fn inline_suppression_needs_a_reason_and_is_reported_when_unused() {
    let used = "suppress:\n  - rule: stale\n    reason: Rekisteri lakkautetaan 2030.\n";
    let d = config_tree(None, used);
    let (code, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--as-of", "2030-01-01"],
    );
    assert_eq!(code, 0, "{json}");
    assert!(!json_rules(&json).contains(&"stale".to_owned()), "{json}");
    // Today the notice is not stale: the suppression is unused.
    let (_, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--as-of", "2026-11-22"],
    );
    assert!(
        json_rules(&json).contains(&"suppression-unused".to_owned()),
        "{json}"
    );

    let no_reason = "suppress:\n  - rule: stale\n";
    let d = config_tree(None, no_reason);
    let (code, json, _) = run_in(d.path(), &["check", "--format", "json", "sub"]);
    assert_eq!(code, 1);
    assert!(
        json_rules(&json).contains(&"schema-missing-key".to_owned()),
        "{json}"
    );

    let unknown = "suppress:\n  - rule: stal\n    reason: x\n";
    let d = config_tree(None, unknown);
    let (code, json, _) = run_in(d.path(), &["check", "--format", "json", "sub"]);
    assert_eq!(code, 1);
    assert!(json.contains("did you mean `stale`"), "{json}");
}

#[test]
fn json_files_carry_completeness() {
    let d = config_tree(None, "");
    let (_, json, _) = run_in(
        d.path(),
        &["check", "--format", "json", "sub", "--as-of", "2026-11-22"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let c = &v["files"][0]["completeness"];
    assert_eq!(c["percent"], 100.0, "{c}");
    assert_eq!(c["applicable"], c["met"]);
    assert!(c["applicable"].as_u64().unwrap() > 40);
}

/// The same findings in Finnish and Swedish: words change, ids, positions and
/// JSON keys do not; the language follows `--message-lang`, else the locale.
#[test]
fn messages_in_finnish_and_swedish() {
    let dir = fixtures().join("bad");
    for lang in ["fi", "sv"] {
        let human = transcript(
            &dir,
            &[
                "check",
                "--color",
                "never",
                "--message-lang",
                lang,
                "typo-key.yaml",
            ],
        );
        insta::assert_snapshot!(format!("typo-key-human-{lang}"), human);
    }
    let json = |args: &[&str]| {
        let (_, out, _) = run_in(&dir, args);
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    let en = json(&["check", "--format", "json", "typo-key.yaml"]);
    let fi = json(&[
        "check",
        "--format",
        "json",
        "--message-lang",
        "fi",
        "typo-key.yaml",
    ]);
    let (en, fi) = (&en["findings"], &fi["findings"]);
    assert_eq!(en.as_array().unwrap().len(), fi.as_array().unwrap().len());
    for (a, b) in en.as_array().unwrap().iter().zip(fi.as_array().unwrap()) {
        for key in ["rule", "line", "column", "severity", "article"] {
            assert_eq!(a[key], b[key]);
        }
        assert_ne!(a["message"], b["message"]);
    }
    // The locale chooses the language when no option does.
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["check", "--color", "never", "typo-key.yaml"])
        .current_dir(&dir)
        .env("LC_ALL", "sv_FI.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("kontrollerade 1 beskrivning"), "{text}");
}

/// `explain` knows every check, not only the rules, in every language.
#[test]
fn explain_covers_the_checks_before_the_rules() {
    let dir = fixtures();
    for (lang, heading) in [("en", "## Why"), ("fi", "## Miksi"), ("sv", "## Varför")] {
        let (code, out, _) = run_in(&dir, &["explain", "schema-type", "--message-lang", lang]);
        assert_eq!(code, 0);
        assert!(out.contains(heading), "{lang}: {out}");
    }
    let (code, _, err) = run_in(&dir, &["explain", "schema-typ"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `schema-type`?"), "{err}");
}

/// `templates schema` prints the view model's JSON Schema: every top-level
/// field the templates receive, with its description.
#[test]
fn templates_schema_describes_the_view() {
    let (code, out, _) = run_in(&fixtures(), &["templates", "schema"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let props = v["properties"].as_object().unwrap();
    for key in [
        "lang",
        "title",
        "glance",
        "object_right",
        "sections",
        "site",
    ] {
        assert!(props[key]["description"].is_string(), "{key}");
    }
    assert!(v["$defs"]["Section"].is_object());
}

/// One configuration policy for `check`, `build` and `render`: the nearest
/// `seloste.toml` above each notice, `--config`, `--no-config`, and
/// `--as-of` over the file's `as_of`.
#[test]
fn check_build_and_render_read_configuration_alike() {
    // A folder's own seloste.toml (nearer than the root's) denies `stale`.
    let d = config_tree(Some("as_of = \"2030-01-01\"\n"), "");
    std::fs::write(
        d.path().join("sub/seloste.toml"),
        "as_of = \"2030-01-01\"\n[rules]\nstale = \"deny\"\n",
    )
    .unwrap();
    let (code, _, _) = run_in(d.path(), &["check", "sub/n.yaml"]);
    assert_eq!(code, 1, "check: the nearest file makes `stale` an error");
    // render: the same settings, so it reports the error (and renders).
    let render = |extra: &[&str]| {
        let mut args = vec!["render", "sub/n.yaml", "--format", "md", "-o", "out"];
        args.extend_from_slice(extra);
        run_in(d.path(), &args)
    };
    let (code, _, err) = render(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 error-level finding"), "{err}");
    let (_, _, err) = render(&["--no-config"]);
    assert!(!err.contains("error-level"), "{err}");
    let (_, _, err) = render(&["--as-of", "2026-06-01"]);
    assert!(
        !err.contains("error-level"),
        "--as-of wins over as_of: {err}"
    );
    // build --strict: the same error fails the build; --no-config does not.
    let (code, _, err) = run_in(d.path(), &["build", "sub", "--out", "site", "--strict"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = run_in(
        d.path(),
        &["build", "sub", "--out", "site", "--strict", "--no-config"],
    );
    assert_eq!(code, 0, "{err}");
}

/// The command line's own lines follow the locale too.
#[test]
fn usage_errors_in_the_locale_language() {
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["check", "ei-ole.yaml"])
        .current_dir(fixtures())
        .env("LC_ALL", "fi_FI.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("virhe: ei-ole.yaml: tiedostoa tai kansiota ei ole"),
        "{err}"
    );
}

/// `--format short`: the file's counts, then one line per finding with its
/// position, then the summary; the same findings as JSON.
#[test]
fn short_format_is_one_line_per_finding() {
    let dir = fixtures().join("bad");
    let (code, out, _) = run_in(&dir, &["check", "--format", "short", "typo-key.yaml"]);
    assert_eq!(code, 1);
    let (_, json, _) = run_in(&dir, &["check", "--format", "json", "typo-key.yaml"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| {
            l.strip_prefix("typo-key.yaml:")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    assert_eq!(lines.len(), findings.len(), "{out}");
    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("typo-key.yaml: {errors} error")),
        "the file's counts first: {first}"
    );
    for (l, f) in lines.iter().zip(findings) {
        let at = format!(
            "typo-key.yaml:{}:{}: {}[{}] ",
            f["line"],
            f["column"],
            f["severity"].as_str().unwrap(),
            f["rule"].as_str().unwrap()
        );
        assert!(l.starts_with(&at), "{l} / {at}");
    }
    assert!(out.trim_end().ends_with("file with errors"), "{out}");
}

/// `standard_texts`: by default seloste adds the complaint right and lists
/// it (`standard-statement`, an info); with `declared-only` it adds nothing,
/// `check` reports the missing item, and `render` does not state it.
#[test]
fn standard_texts_fill_lists_additions_and_declared_only_adds_nothing() {
    let notice = seloste::rules::merge_example("complaint: ~\n");
    for (config, listed, missing, exit) in [
        (None, "standard-statement", "complaint", 0),
        (
            Some("standard_texts = \"declared-only\"\n"),
            "complaint",
            "standard-statement",
            1,
        ),
    ] {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("sub")).unwrap();
        std::fs::write(d.path().join("sub/n.yaml"), &notice).unwrap();
        if let Some(c) = config {
            std::fs::write(d.path().join("seloste.toml"), c).unwrap();
        }
        let (code, json, _) = run_in(d.path(), &["check", "--format", "json", "sub"]);
        assert_eq!(code, exit, "{config:?}: {json}");
        let rules = json_rules(&json);
        assert!(rules.contains(&listed.to_owned()), "{config:?}: {json}");
        assert!(!rules.contains(&missing.to_owned()), "{config:?}: {json}");
        let (code, html, err) = run_in(
            d.path(),
            &["render", "sub/n.yaml", "--format", "html", "--output", "-"],
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            html.contains("id=\"complaint\""),
            config.is_none(),
            "{config:?}: the complaint section"
        );
    }
}

/// `--format github`: annotations with errors first (GitHub shows only ten
/// of each kind per step), the summary line last, and the Markdown job
/// summary appended to `$GITHUB_STEP_SUMMARY` with the counts of every file
/// with findings and the error findings.
#[test]
fn github_format_puts_errors_first_and_writes_the_job_summary() {
    let d = tempfile::tempdir().unwrap();
    let summary = d.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    // A notice with errors after one with only warnings and infos, so that
    // file order and severity order differ.
    std::fs::write(
        d.path().join("a.yaml"),
        seloste::rules::merge_example("updated: 2019-01-01\n"),
    )
    .unwrap();
    std::fs::write(
        d.path().join("b.yaml"),
        seloste::rules::merge_example("retention: ~\ncomplaint: ~\n"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args([
            "check",
            "--format",
            "github",
            "--as-of",
            "2026-11-22",
            "a.yaml",
            "b.yaml",
        ])
        .current_dir(d.path())
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let rank = |l: &str| {
        ["::error ", "::warning ", "::notice "]
            .iter()
            .position(|p| l.starts_with(p))
    };
    let ranks: Vec<usize> = text.lines().filter_map(rank).collect();
    assert!(ranks.contains(&0) && ranks.contains(&1), "{text}");
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "errors first: {text}"
    );
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("checked 2 notices:"), "{last}");
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.starts_with("earlier step\n## Privacy notice check\n"),
        "appended: {md}"
    );
    assert!(
        md.contains("| Notice | Errors | Warnings | Infos | Complete |"),
        "{md}"
    );
    // b.yaml (errors) before a.yaml (warnings only).
    let (b, a) = (
        md.find("| b.yaml |").unwrap(),
        md.find("| a.yaml |").unwrap(),
    );
    assert!(b < a, "{md}");
    assert!(md.contains("### Errors"), "{md}");
    let errors = text.lines().filter(|l| l.starts_with("::error ")).count();
    let listed = md.lines().filter(|l| l.starts_with("- b.yaml:")).count();
    assert_eq!(listed, errors, "{md}");
    // Without the variable nothing is written.
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["check", "--format", "github", "a.yaml"])
        .current_dir(d.path())
        .env("LANG", "C")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(std::fs::read_to_string(&summary).unwrap(), md);
}

/// Schema errors do not hide the rules: the rules report on what the
/// schema accepted, in the same run, and say nothing at a place the schema
/// refused (its value was taken away, so "missing" would mislead).
#[test]
fn rule_findings_come_beside_schema_errors() {
    let d = tempfile::tempdir().unwrap();
    // An unknown key in the controller, a retention of the wrong type, and
    // no transfers statement (a rule finding elsewhere).
    let text = seloste::rules::merge_example("retention: kymmenen vuotta\ntransfers: ~\n").replace(
        "  name: Esimerkkiyhdistys ry\n",
        "  name: Esimerkkiyhdistys ry\n  emial: x@esimerkki.fi\n",
    );
    assert!(text.contains("emial"));
    std::fs::write(d.path().join("n.yaml"), text).unwrap();
    let (code, json, _) = run_in(d.path(), &["check", "--format", "json", "n.yaml"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"schema-unknown-key"), "{rules:?}");
    assert!(rules.contains(&"schema-type"), "{rules:?}");
    assert!(rules.contains(&"transfers"), "the rules ran: {rules:?}");
    assert!(
        !rules.contains(&"retention"),
        "no rule finding where the schema refused the value: {rules:?}"
    );
    // A notice that does not pass the schema has no completeness figure.
    assert!(v["files"][0]["completeness"].is_null(), "{json}");
}

/// Completeness is weighted, and a notice without a legal basis scores at
/// most 60 %, however much else it states.
#[test]
fn completeness_is_weighted_and_capped_without_a_legal_basis() {
    let d = tempfile::tempdir().unwrap();
    let full = seloste::rules::merge_example("");
    let no_basis = full.replace("    legal_basis: contract\n", "");
    assert_ne!(full, no_basis);
    std::fs::write(d.path().join("a.yaml"), &full).unwrap();
    std::fs::write(d.path().join("b.yaml"), &no_basis).unwrap();
    let (_, json, _) = run_in(d.path(), &["check", "--format", "json", "a.yaml", "b.yaml"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let (a, b) = (
        &v["files"][0]["completeness"],
        &v["files"][1]["completeness"],
    );
    assert_eq!(a["percent"], 100.0, "{a}");
    assert_eq!(a["capped"], false);
    assert_eq!(b["capped"], true, "{b}");
    assert!(b["percent"].as_f64().unwrap() <= 60.0, "{b}");
    // Unweighted, one missing requirement of many would still be over 90 %.
    let (met, all) = (
        b["met"].as_f64().unwrap(),
        b["applicable"].as_f64().unwrap(),
    );
    assert!(met / all > 0.9, "{b}");
}

/// `seloste init` without a terminal: a notice from the options, whose
/// only warnings and errors are at the gaps it marks TODO, with the editors'
/// schema in its main language beside it; an existing file is kept.
#[test]
fn init_writes_a_notice_whose_only_findings_are_its_todo_gaps() {
    use seloste::schema::{Dialect, Form};
    let cases = [
        (
            "Esimerkkiyhdistys ry",
            "Jäsenrekisteri",
            "fi",
            "jasenrekisteri",
            "association",
        ),
        (
            "Pohjanmaan hyvinvointialue",
            "Henkilöstörekisteri",
            "sv,fi,en",
            "henkilostorekisteri",
            "wellbeing_services_county",
        ),
        (
            "Esimerkki Oy",
            "Customer register",
            "en",
            "customer-register",
            "company",
        ),
    ];
    for (controller, title, languages, id, kind) in cases {
        let dir = tempfile::tempdir().unwrap();
        let (code, _, err) = run_in(
            dir.path(),
            &[
                "init",
                "--controller",
                controller,
                "--title",
                title,
                "--languages",
                languages,
            ],
        );
        assert_eq!(code, 0, "{err}");
        let file = format!("{id}.yaml");
        let text = std::fs::read_to_string(dir.path().join(&file)).unwrap();
        assert!(text.starts_with("# yaml-language-server: $schema=notice.schema.json\n"));
        assert!(text.contains(&format!("kind: {kind}")), "{text}");
        let first = seloste::model::Lang::from_code(&languages[..2]).unwrap();
        let schema = std::fs::read_to_string(dir.path().join("notice.schema.json")).unwrap();
        assert_eq!(
            schema,
            seloste::schema::schema_string_for(Form {
                dialect: Dialect::Draft07,
                lang: Some(first)
            })
        );

        let (_, json, _) = run_in(dir.path(), &["check", "--format", "json", &file]);
        assert_no_load_or_schema_findings(&json);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut todo_findings = 0;
        for f in v["findings"].as_array().unwrap() {
            if f["severity"] == "info" {
                continue;
            }
            let (from, to) = (f["line"].as_u64().unwrap(), f["end_line"].as_u64().unwrap());
            // The finding's lines, or the block under the key it underlines
            // (the languages of a text).
            let indent = |l: &str| l.len() - l.trim_start().len();
            let first = lines[from as usize - 1];
            let block = lines[from as usize..]
                .iter()
                .take_while(|l| indent(l) > indent(first) || l.trim_start().starts_with('#'));
            let at_todo = (from..=to).any(|l| lines[l as usize - 1].contains("TODO"))
                || block.into_iter().any(|l| l.contains(": TODO"));
            assert!(
                at_todo,
                "{file}: a finding outside the TODO gaps: {f}\n{text}"
            );
            todo_findings += 1;
        }
        assert!(
            todo_findings >= 10,
            "{file}: the gaps are reported ({todo_findings})"
        );

        // Not again over the same file, unless asked.
        let (code, _, err) = run_in(
            dir.path(),
            &[
                "init",
                "--controller",
                "Toinen ry",
                "--title",
                title,
                "--languages",
                languages,
            ],
        );
        assert_eq!(code, 2);
        assert!(err.contains("exists"), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(&file)).unwrap(),
            text
        );
        // The schema beside it is kept as it is.
        std::fs::write(dir.path().join("notice.schema.json"), "{}").unwrap();
        let (code, _, err) = run_in(
            dir.path(),
            &[
                "init",
                "--controller",
                "Toinen ry",
                "--title",
                title,
                "--languages",
                languages,
                "--force",
            ],
        );
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("kept"), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("notice.schema.json")).unwrap(),
            "{}"
        );
    }
}

#[test]
fn init_without_a_terminal_names_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run_in(dir.path(), &["init", "--title", "Jäsenrekisteri"]);
    assert_eq!(code, 2);
    assert!(err.contains("--controller"), "{err}");
    // A name that does not tell the kind needs --kind.
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "init",
            "--controller",
            "Esimerkki",
            "--title",
            "Jäsenrekisteri",
            "--message-lang",
            "fi",
        ],
    );
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "virhe: anna --kind tai suorita `seloste init` päätteessä, jolloin tiedot kysytään\n"
    );
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "init",
            "--controller",
            "Esimerkki",
            "--kind",
            "association",
            "--title",
            "Jäsenrekisteri",
            "--id",
            "Bad Id",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("cannot be an id"), "{err}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}
