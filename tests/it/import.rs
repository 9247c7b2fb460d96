//! `seloste import`: the five seeds and legacy-style fixtures (fi, sv, en;
//! text, Markdown, HTML) become drafts that pass the schema, keep every word
//! of the original, and fill the fields a lawyer filled by hand; the share
//! of the hand conversions' fields that import reproduces is measured.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use seloste::model::Date;
use seloste::rules::Settings;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seeds the project started from, each with its hand conversion in
/// `notices/` (named in the conversion's second line).
fn seeds() -> Vec<(PathBuf, PathBuf)> {
    let seeds = root().join("tests/fixtures/import/seeds");
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir(&seeds) else {
        return out;
    };
    let mut files: Vec<PathBuf> = dir.flatten().map(|e| e.path()).collect();
    files.sort();
    for seed in files {
        let name = seed.file_name().unwrap().to_string_lossy().into_owned();
        let hand = std::fs::read_dir(root().join("notices"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains(&name)));
        if let Some(hand) = hand {
            out.push((seed, hand));
        }
    }
    out
}

fn import(path: &Path) -> (String, String) {
    let bytes = std::fs::read(path).unwrap();
    let source = if path.extension().is_some_and(|e| e == "docx") {
        seloste::import::docx_text(&bytes).unwrap()
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let draft = seloste::import::import(&source, &path.display().to_string(), "notice.schema.json");
    (source, draft.yaml)
}

/// The draft loads and passes the schema: only the rules' findings.
fn assert_loads(name: &str, yaml: &str) -> Value {
    let checked = seloste::check::check_bytes(
        name.into(),
        yaml.as_bytes(),
        &Settings::new(Date::new(2026, 11, 30).unwrap()),
    );
    let refused: Vec<&str> = checked
        .report
        .diagnostics
        .iter()
        .map(seloste::diag::Diagnostic::id)
        .filter(|id| {
            id.starts_with("schema-") || id.starts_with("yaml-") || id.starts_with("file-")
        })
        .collect();
    assert!(refused.is_empty(), "{name}: {refused:?}\n{yaml}");
    serde_saphyr::from_str(yaml).unwrap()
}

/// Every word of the original (its text, tags taken away) is in the draft:
/// in a value, or in the comment that quotes its section.
fn assert_no_word_lost(name: &str, source: &str, yaml: &str) {
    let words = |t: &str| -> BTreeSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // The draft's values (parsed: escapes undone) and its comments.
    let mut kept = String::new();
    fn strings(v: &Value, out: &mut String) {
        match v {
            Value::String(s) => {
                out.push_str(s);
                out.push(' ');
            }
            Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            Value::Object(m) => m.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let value: Value = serde_saphyr::from_str(yaml).unwrap();
    strings(&value, &mut kept);
    for line in yaml.lines() {
        if let Some(c) = line.trim_start().strip_prefix('#') {
            kept.push_str(c);
            kept.push(' ');
        }
    }
    let have = words(&kept);
    let lost: Vec<String> = words(&seloste::import::text_of(source))
        .into_iter()
        .filter(|w| !have.contains(w))
        .collect();
    assert!(lost.is_empty(), "{name}: words lost: {lost:?}\n{yaml}");
}

/// The fields of a notice, two levels deep (`controller/name`,
/// `purposes/laws`): what the measure compares. Rights stated together
/// count as each right they name.
fn fields(v: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, path: &mut Vec<String>, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m)
                if !m.is_empty() && m.keys().all(|k| ["fi", "sv", "en"].contains(&k.as_str())) =>
            {
                out.insert(path.iter().take(2).cloned().collect::<Vec<_>>().join("/"));
            }
            Value::Object(m) => {
                for (k, x) in m {
                    path.push(k.clone());
                    walk(x, path, out);
                    path.pop();
                }
            }
            Value::Array(a) if a.is_empty() => {
                out.insert(path.iter().take(2).cloned().collect::<Vec<_>>().join("/"));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, path, out)),
            _ => {
                out.insert(path.iter().take(2).cloned().collect::<Vec<_>>().join("/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(v, &mut Vec::new(), &mut out);
    if let Some(groups) = v.pointer("/rights/together").and_then(Value::as_array) {
        for g in groups {
            for r in g["rights"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                out.insert(format!("rights/{r}"));
            }
        }
        out.remove("rights/together");
    }
    out
}

#[test]
fn seeds_become_drafts_that_keep_every_word_and_most_fields() {
    let pairs = seeds();
    assert_eq!(
        pairs.len(),
        5,
        "the five seeds, each with its hand conversion"
    );
    let (mut matched, mut total) = (0, 0);
    for (seed, hand) in &pairs {
        let name = seed.file_name().unwrap().to_string_lossy().into_owned();
        let (source, yaml) = import(seed);
        let draft = assert_loads(&name, &yaml);
        assert_no_word_lost(&name, &source, &yaml);
        let hand: Value = serde_saphyr::from_str(&std::fs::read_to_string(hand).unwrap()).unwrap();
        let (h, d) = (fields(&hand), fields(&draft));
        let m = h.intersection(&d).count();
        eprintln!(
            "{name}: {m} of {} fields of the hand conversion ({:.0} %); missing: {:?}",
            h.len(),
            100.0 * m as f64 / h.len() as f64,
            h.difference(&d).collect::<Vec<_>>()
        );
        matched += m;
        total += h.len();
    }
    let share = 100.0 * matched as f64 / total as f64;
    eprintln!("all seeds: {matched} of {total} fields ({share:.1} %)");
    // The target of the issue; the figure cannot silently fall below it.
    assert!(share >= 80.0, "{share:.1} %");
}

#[test]
fn legacy_fixtures_in_three_languages_and_formats() {
    let dir = root().join("tests/fixtures/import");
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "medlemsregister.sv.txt",
            &[
                ("/languages/0", "sv"),
                ("/title", "Medlemsregister"),
                ("/controller/name", "Föreningen Exempel rf"),
                ("/controller/kind", "association"),
                ("/controller/email", "styrelsen@exempel.fi"),
                ("/contact_person/name", "Anna Exempel"),
                ("/contact_person/title", "Sekreterare"),
                ("/contact_person/email", "anna.exempel@exempel.fi"),
                ("/data_categories/0/items/3", "medlemsavgifter"),
                (
                    "/retention/0/period",
                    "Uppgifterna förvaras i två år efter att medlemskapet upphört.",
                ),
                ("/rights/together/0/rights/1", "rectification"),
                (
                    "/notes/transfers",
                    "Uppgifter överförs inte utanför EU eller EES.",
                ),
            ],
        ),
        (
            "privacy-notice.en.md",
            &[
                ("/languages/0", "en"),
                ("/title", "Privacy notice: newsletter register"),
                ("/controller/name", "Example Oy"),
                ("/controller/business_id", "1234567-1"),
                ("/controller/email", "privacy@example.fi"),
                ("/controller/phone", "+358 40 555 0100"),
                ("/dpo/name", "Pekka Example"),
                ("/dpo/title", "Data protection officer"),
                ("/data_categories/0/items/1", "e-mail address"),
            ],
        ),
        (
            "jasenrekisteri.docx",
            &[
                ("/languages/0", "fi"),
                ("/title", "Jäsenrekisteri"),
                ("/prepared_by/date", "2020-03-12"),
                ("/controller/name", "Esimerkkiseura ry"),
                ("/controller/kind", "association"),
                ("/controller/address", "Urheilutie 1, 40100 Jyväskylä"),
                ("/controller/email", "hallitus@esimerkkiseura.fi"),
                ("/contact_person/name", "Matti Malli"),
                ("/contact_person/phone", "040 555 0177"),
                ("/purposes/0/laws/0", "503/1989"),
                ("/data_categories/0/items/2", "jäsenmaksutiedot"),
            ],
        ),
        (
            "pdf-run-on.txt",
            &[
                ("/title", "Varhaiskasvatuksen asiakasrekisteri"),
                ("/controller/name", "Esimerkkilän kaupunki"),
                ("/controller/phone", "09 555 0100"),
                ("/purposes/0/laws/0", "540/2018"),
                (
                    "/data_categories/0/description",
                    "Lapsen ja huoltajien nimet ja yhteystiedot sekä varhaiskasvatussuunnitelma.",
                ),
                (
                    "/retention/0/period",
                    "Tiedot säilytetään arkistonmuodostussuunnitelman mukaisesti.",
                ),
                ("/recipients", "[]"),
                ("/notes/other", "TIETOSUOJASELOSTE\n\nSivu 1/2\nSivu 2/2"),
            ],
        ),
        (
            "rekisteriseloste.html",
            &[
                ("/languages/0", "fi"),
                ("/title", "Kirjaston asiakasrekisteri"),
                ("/published", "2019-04-03"),
                ("/controller/name", "Esimerkkilän kunta"),
                ("/controller/address", "PL 1, 12345 Esimerkkilä"),
                ("/dpo/email", "tietosuoja@esimerkkila.fi"),
                ("/purposes/0/laws/0", "1492/2016"),
                (
                    "/recipients/0/name",
                    "perintätoimisto saatavien perintää varten",
                ),
            ],
        ),
    ];
    for (file, expected) in cases {
        let (source, yaml) = import(&dir.join(file));
        let v = assert_loads(file, &yaml);
        assert_no_word_lost(file, &source, &yaml);
        for (pointer, want) in *expected {
            let got = v.pointer(pointer).map(|x| match x {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            assert_eq!(got.as_deref(), Some(*want), "{file} {pointer}\n{yaml}");
        }
        // A legal basis is never set, only suggested for the lawyer.
        assert!(v.pointer("/purposes/0/legal_basis").is_none(), "{file}");
    }
    // The suggestion names its words.
    let (_, yaml) = import(&dir.join("rekisteriseloste.html"));
    assert!(
        yaml.contains("# suggested: legal_basis: public_task (the text says \"yleisen edun\")"),
        "{yaml}"
    );
}

#[test]
fn contact_details_are_taken_apart() {
    use seloste::import::{business_ids, emails, phones};
    assert_eq!(
        emails("nimi(at)kunta.fi, toinen[at]kunta.fi"),
        ["nimi@kunta.fi", "toinen@kunta.fi"]
    );
    assert_eq!(emails("privacy at example dot fi"), ["privacy@example.fi"]);
    assert_eq!(
        phones("puh. (02) 845 151, 040 486 0935 tai +358 40 555 0100"),
        ["02 845 151", "040 486 0935", "+358 40 555 0100"]
    );
    assert!(phones("lain 1301/2014 mukaan, 1.5.2015 alkaen").is_empty());
    assert_eq!(business_ids("Y-tunnus 0208213-4."), ["0208213-4"]);
}

#[test]
fn import_command_writes_the_draft_and_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_seloste"))
        .arg("import")
        .arg(root().join("tests/fixtures/import/rekisteriseloste.html"))
        .current_dir(dir.path())
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("wrote kirjaston-asiakasrekisteri.yaml"),
        "{err}"
    );
    assert!(
        err.contains("error[legal-basis]"),
        "what is missing is listed: {err}"
    );
    assert!(dir.path().join("kirjaston-asiakasrekisteri.yaml").is_file());
    assert!(dir.path().join("notice.schema.json").is_file());
    // Not over an existing draft.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_seloste"))
        .arg("import")
        .arg(root().join("tests/fixtures/import/rekisteriseloste.html"))
        .current_dir(dir.path())
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    // A .docx that is not one: a message, not a crash.
    std::fs::write(dir.path().join("broken.docx"), b"PK not really").unwrap();
    let broken = std::process::Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["import", "broken.docx"])
        .current_dir(dir.path())
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(broken.status.code(), Some(2));
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("cannot be read as a Word document"), "{err}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

    /// Any text, however hostile (headings, labels, tabs, tags, bullets and
    /// letters whose case changes their length, in any order), imports
    /// without a panic into a draft that loads and passes the schema.
    #[test]
    fn any_text_imports_into_a_loadable_draft(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("1. Rekisterinpitäjä\t".to_owned()),
                proptest::strategy::Just("Nimi: İSTANBUL Kunta ry ".to_owned()),
                proptest::strategy::Just("Tietosuojavastaava İİ Malli ".to_owned()),
                proptest::strategy::Just("\n5. Rekisterin suojauksen periaatteet\tA. Manuaalinen aineisto\nB. Sähköinen ".to_owned()),
                proptest::strategy::Just(" — ".to_owned()),
                proptest::strategy::Just("<p><b>".to_owned()),
                proptest::strategy::Just("</td><td>".to_owned()),
                proptest::strategy::Just("(at)".to_owned()),
                proptest::strategy::Just("Sivu 1/2 ".to_owned()),
                proptest::strategy::Just("puh. (02) 845 151 ".to_owned()),
                proptest::strategy::Just("\n".to_owned()),
                // Characters YAML does not allow as they are.
                proptest::strategy::Just("\u{7f}\u{9b}\u{85}\u{fffe}\u{0}\u{1b}".to_owned()),
                "\\PC{0,40}",
            ],
            0..40,
        )
    ) {
        let text = parts.concat();
        let draft = seloste::import::import(&text, "p.txt", "notice.schema.json");
        assert_loads("p.txt", &draft.yaml);
    }
}
