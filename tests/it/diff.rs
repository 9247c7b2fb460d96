//! `seloste diff`: one fixture per kind of change, made from the example
//! notice by one edit, with the change it must report and whether the data
//! subjects must be told first (Art 13(3), 14(4)); the proposed `changes`
//! entry in every language of the notice; files and git revisions.

use std::path::Path;
use std::process::Command;

use seloste::diff::{Kind, Section, diff};
use seloste::model::{Date, Lang, Notice};
use seloste::rules::Settings;

fn example() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kaislaniemi-perhepalvelut.yaml"),
    )
    .unwrap()
}

fn notice(text: &str) -> Notice {
    let checked = seloste::check::check_bytes(
        "n.yaml".into(),
        text.as_bytes(),
        &Settings::new(Date::new(2026, 11, 30).unwrap()),
    );
    checked.loaded.expect("the edited example loads").notice
}

/// The example with `from` replaced by `to` (which must be there).
fn edited(from: &str, to: &str) -> String {
    let text = example();
    assert!(text.contains(from), "the example has {from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn each_kind_of_change_is_reported_and_flagged() {
    let new_purpose = "purposes:\n  - name:\n      fi: Asiakaskyselyt\n      sv: Kundenkäter\n      en: Client surveys\n    description: Palautteen kerääminen.\n    legal_basis: public_task\n    laws: [\"1301/2014\"]\n";
    let cases: Vec<(&str, String, Section, Kind, bool)> = vec![
        (
            "a new purpose",
            edited("purposes:\n", new_purpose),
            Section::Purposes,
            Kind::Added,
            true,
        ),
        (
            "a changed legal basis",
            edited("legal_basis: legal_obligation", "legal_basis: consent"),
            Section::Purposes,
            Kind::Changed,
            true,
        ),
        (
            "a new recipient",
            edited("recipients:\n", "recipients:\n  - name: Esimerkki Oy\n"),
            Section::Recipients,
            Kind::Added,
            true,
        ),
        (
            "a new transfer",
            edited(
                "transfers: []",
                "transfers:\n  - countries: [Yhdysvallat]\n    safeguard: standard_contractual_clauses\n",
            ),
            Section::Transfers,
            Kind::Added,
            true,
        ),
        (
            "a changed retention period",
            edited(
                "fi: 30 vuotta asian päättymisestä",
                "fi: 12 vuotta asian päättymisestä",
            ),
            Section::Retention,
            Kind::Changed,
            false,
        ),
        (
            "a new data category",
            edited(
                "data_categories:\n",
                "data_categories:\n  - name: Sijaintitiedot\n    items: [GPS-sijainti]\n",
            ),
            Section::DataCategories,
            Kind::Added,
            true,
        ),
        (
            "automated decisions started",
            edited(
                "automated_decisions:\n  used: false\n  profiling: false",
                "automated_decisions:\n  used: true\n  profiling: false",
            ),
            Section::AutomatedDecisions,
            Kind::Changed,
            true,
        ),
        (
            "a new controller",
            edited(
                "fi: Kaislaniemen hyvinvointialue\n",
                "fi: Järvilinnan hyvinvointialue\n",
            ),
            Section::Controller,
            Kind::Changed,
            true,
        ),
        (
            "a new special category",
            edited(
                "special_categories:\n",
                "special_categories:\n  - category: genetic\n    condition: health_social_care\n",
            ),
            Section::SpecialCategories,
            Kind::Added,
            true,
        ),
    ];
    let old = notice(&example());
    assert!(
        diff(&old, &old, Lang::Fi).is_empty(),
        "no change, nothing reported"
    );
    for (what, text, section, kind, inform) in cases {
        let new = notice(&text);
        let changes = diff(&old, &new, Lang::Fi);
        let found = changes
            .iter()
            .find(|c| c.section == section && c.kind == kind)
            .unwrap_or_else(|| panic!("{what}: not reported in {changes:#?}"));
        assert_eq!(found.inform_first, inform, "{what}: {found:?}");
        // The reverse edit is reported too (a removal, or the change back),
        // and a removal never needs telling first.
        let back = diff(&new, &old, Lang::Fi);
        assert!(!back.is_empty(), "{what}: the reverse");
        for c in back.iter().filter(|c| c.kind == Kind::Removed) {
            assert!(!c.inform_first, "{what}: {c:?}");
        }
    }
}

fn seloste(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn diff_command_in_three_formats_and_from_git() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.yaml"), example()).unwrap();
    std::fs::write(
        dir.path().join("new.yaml"),
        edited("recipients:\n", "recipients:\n  - name:\n      fi: Esimerkki Oy\n      sv: Exempel Ab\n      en: Example Ltd\n"),
    )
    .unwrap();

    let (code, out, err) = seloste(
        dir.path(),
        &["diff", "old.yaml", "new.yaml", "--date", "2026-12-01"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("+ added recipient: Example Ltd  [tell the data subjects first]"),
        "{out}"
    );
    assert!(
        out.contains("1 change must be told to the data subjects"),
        "{out}"
    );
    assert!(out.contains("- date: 2026-12-01"), "{out}");
    assert!(
        out.contains("fi: \"Vastaanottajat: lisätty Esimerkki Oy.\""),
        "{out}"
    );
    assert!(
        out.contains("sv: \"Mottagare: tillagt Exempel Ab.\""),
        "{out}"
    );

    let (code, out, _) = seloste(
        dir.path(),
        &[
            "diff",
            "old.yaml",
            "new.yaml",
            "--format",
            "json",
            "--message-lang",
            "fi",
        ],
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["changes"][0]["section"], "recipients");
    assert_eq!(v["changes"][0]["item"], "Esimerkki Oy");
    assert_eq!(v["inform_first"], 1);
    assert_eq!(
        v["proposed_change"]["description"]["en"],
        "Recipients: added Example Ltd."
    );

    let (code, out, _) = seloste(
        dir.path(),
        &[
            "diff",
            "old.yaml",
            "new.yaml",
            "--format",
            "md",
            "--message-lang",
            "sv",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("- tillagt mottagare: Exempel Ab **ska meddelas de registrerade först**"),
        "{out}"
    );
    assert!(out.contains("```yaml\nchanges:"), "{out}");

    // A notice that does not load is shown as check shows it.
    std::fs::write(dir.path().join("bad.yaml"), "id: [\n").unwrap();
    let (code, _, err) = seloste(dir.path(), &["diff", "old.yaml", "bad.yaml"]);
    assert_eq!(code, 1, "{err}");

    // git revisions of one file.
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.fi")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.fi")
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    std::fs::copy(dir.path().join("old.yaml"), dir.path().join("n.yaml")).unwrap();
    git(&["add", "n.yaml"]);
    git(&["commit", "-q", "-m", "first"]);
    std::fs::copy(dir.path().join("new.yaml"), dir.path().join("n.yaml")).unwrap();
    let (code, out, err) = seloste(dir.path(), &["diff", "HEAD:n.yaml", "n.yaml"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("HEAD:n.yaml → n.yaml\n"), "{out}");
    assert!(out.contains("added recipient: Example Ltd"), "{out}");
    let (code, _, err) = seloste(dir.path(), &["diff", "HEAD~5:n.yaml", "n.yaml"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("cannot read `HEAD~5:n.yaml` with git"),
        "{err}"
    );
    let (code, _, err) = seloste(dir.path(), &["diff", "--", "-x:n.yaml", "n.yaml"]);
    assert_eq!(code, 2, "{err}");
}
