//! Every input the fuzzers found (and the seeds of their corpora) stays a
//! regression test: `tests/fixtures/fuzz/<target>/*` through the same
//! property functions the fuzz targets run (`seloste::fuzzing`).

use std::path::Path;

use seloste::render::{Renderer, TemplateSet};

/// The inputs of a target: its regression fixtures, the seeds of its corpus
/// (the notices and test fixtures) and, except for `render` (each input
/// renders PDFs), the committed corpus.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut dirs = vec![root.join("tests/fixtures/fuzz").join(target)];
    if target != "text" {
        for d in [
            "notices",
            "examples",
            "tests/fixtures/valid",
            "tests/fixtures/render",
            "tests/fixtures/hostile",
        ] {
            dirs.push(root.join(d));
        }
    }
    if target == "check" {
        dirs.push(root.join("tests/fixtures/bad"));
    }
    if target == "import" {
        dirs = vec![
            root.join("tests/fixtures/fuzz/import"),
            root.join("tests/fixtures/import"),
            root.join("tests/fixtures/import/seeds"),
        ];
    }
    if target != "render" {
        dirs.push(root.join("fuzz/corpus").join(target));
        // The committed minimised corpus (`-set_cover_merge=1` of the runs
        // of scripts/fuzz).
        dirs.push(root.join("fuzz/corpus-min").join(target));
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            let notice = name.ends_with(".yaml") || name.ends_with(".yml");
            // Found inputs and corpora are raw bytes of any name.
            let corpus = dir.starts_with(root.join("fuzz"))
                || dir.starts_with(root.join("tests/fixtures/fuzz"));
            if e.path().is_file() && (corpus || notice || target == "check" || target == "import") {
                out.push((
                    e.path().display().to_string(),
                    std::fs::read(e.path()).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn check_inputs() {
    let inputs = inputs("check");
    assert!(!inputs.is_empty());
    for (name, data) in inputs {
        eprintln!("{name}");
        seloste::fuzzing::check(&data);
    }
}

#[test]
fn import_inputs() {
    let inputs = inputs("import");
    assert!(inputs.len() >= 10, "{}", inputs.len());
    for (name, data) in inputs {
        eprintln!("{name}");
        seloste::fuzzing::import(&data);
    }
}

#[test]
fn text_inputs() {
    let inputs = inputs("text");
    assert!(!inputs.is_empty());
    for (name, data) in inputs {
        eprintln!("{name}");
        seloste::fuzzing::text(&data);
    }
}

#[test]
fn render_inputs() {
    let inputs = inputs("render");
    assert!(!inputs.is_empty());
    let mut r = Renderer::new(TemplateSet::builtin()).unwrap();
    for (name, data) in inputs {
        eprintln!("{name}");
        seloste::fuzzing::render(&data, &mut r);
    }
}
