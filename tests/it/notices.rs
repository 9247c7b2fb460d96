//! End-to-end tests of the real notices in `notices/` and the examples in
//! `examples/`: they load, pass the schema, and the model keeps every value.

use std::path::{Path, PathBuf};

use seloste::check::{check_file, collect_files};
use seloste::diag::Severity;
use seloste::model::Date;
use seloste::rules::Settings;

fn notice_files(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    collect_files(&[root]).expect("the directory holds notices")
}

fn assert_loads_faithfully(dir: &str) {
    let files = notice_files(dir);
    assert!(!files.is_empty());
    for file in files {
        let checked = check_file(&file, &Settings::new(Date::new(2026, 11, 22).unwrap())).unwrap();
        let schema_errors: Vec<_> = checked
            .report
            .diagnostics
            .iter()
            .filter(|d| {
                d.severity == Severity::Error
                    && ["schema-", "yaml-", "file-"]
                        .iter()
                        .any(|p| d.id().starts_with(p))
            })
            .collect();
        assert!(
            schema_errors.is_empty(),
            "{}: {schema_errors:#?}",
            file.display()
        );
        let loaded = checked.loaded.expect("the notice loads");
        // The typed model keeps every value of the file: nothing is dropped
        // or silently converted on the way in.
        let back = serde_json::to_value(&loaded.notice).unwrap();
        assert_eq!(back, loaded.document.value, "{}", file.display());
        // The id is the file name, so that URLs and files agree.
        let stem = file.file_stem().unwrap().to_str().unwrap();
        assert_eq!(loaded.notice.id, stem, "{}", file.display());
    }
}

#[test]
fn real_notices_load_pass_the_schema_and_lose_nothing() {
    let files = notice_files("notices");
    assert_eq!(files.len(), 5, "one file per seed notice");
    assert_loads_faithfully("notices");
}

#[test]
fn examples_load_pass_the_schema_and_lose_nothing() {
    assert_loads_faithfully("examples");
}

#[test]
fn examples_are_trilingual() {
    for file in notice_files("examples") {
        let loaded = check_file(&file, &Settings::new(Date::new(2026, 11, 22).unwrap()))
            .unwrap()
            .loaded
            .unwrap();
        let langs: Vec<&str> = loaded.notice.languages.iter().map(|l| l.code()).collect();
        assert_eq!(langs, ["fi", "sv", "en"], "{}", file.display());
    }
}

/// The findings on each real notice, as a lawyer would read them, checked
/// as of a fixed date. Review changes to these snapshots against the seed
/// texts in `../shared/seeds/` (see `tests/it/snapshots/README.md`).
#[test]
fn findings_on_real_notices() {
    for file in notice_files("notices") {
        let name = file.file_stem().unwrap().to_str().unwrap().to_owned();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_seloste"))
            .args(["check", "--as-of", "2026-11-22", "--color", "never"])
            .arg(format!("notices/{name}.yaml"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .env("LANG", "C")
            .output()
            .unwrap();
        insta::assert_snapshot!(
            format!("findings-{name}"),
            String::from_utf8_lossy(&out.stdout)
        );
    }
}
