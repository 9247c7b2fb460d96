//! The rule catalog: every rule is declared completely, its documented
//! examples behave as documented, and its fixtures fire where they say.
//!
//! Fixtures live in `tests/fixtures/rules/<rule-id>/{fail,pass}.yaml`. They
//! are the documentation examples merged over the documentation's base notice,
//! with a first line that says on which lines the rule fires. Regenerate them
//! after changing a rule's examples with `UPDATE_FIXTURES=1 cargo test --test it rules::`.
//! Beside them, `<case>.yaml` fixtures (from [`CASES`]) show the corrections
//! of the legal audit: where a rule must be silent or fire at a lower
//! severity.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use seloste::check::check_bytes;
use seloste::diag::{Diagnostic, Severity, line_col};
use seloste::effective::StandardTexts;
use seloste::model::Date;
use seloste::rules::{self, Settings};

fn settings() -> Settings {
    Settings::new(Date::new(2026, 11, 22).unwrap())
}

/// Checks YAML text and returns the findings of one rule, failing on schema
/// errors (a documentation example must be a valid notice).
fn findings(text: &str, rule: &str, what: &str) -> Vec<(usize, Diagnostic)> {
    let settings =
        rules::find(rule).map_or_else(settings, |r| r.example_settings(settings().as_of));
    let checked = check_bytes(what.to_owned(), text.as_bytes(), &settings);
    assert!(
        checked.loaded.is_some(),
        "{what} is not a valid notice:\n{text}\n{:#?}",
        checked.report.diagnostics
    );
    checked
        .report
        .diagnostics
        .into_iter()
        .filter(|d| d.id() == rule)
        .map(|d| {
            let line = line_col(text, d.span.clone().unwrap_or(0..0).start).line;
            (line, d)
        })
        .collect()
}

#[test]
fn rule_ids_are_unique_and_kebab_case() {
    let mut seen = HashSet::new();
    for r in rules::all() {
        assert!(seen.insert(r.code.id), "duplicate rule id {}", r.code.id);
        assert!(
            r.code
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            r.code.id
        );
    }
    assert!(rules::all().len() >= 10);
}

#[test]
fn every_rule_is_fully_declared() {
    use seloste::i18n::{self, Lang};
    for r in rules::all() {
        let id = r.code.id;
        assert!(
            !r.code.article.unwrap_or_default().trim().is_empty(),
            "{id}: no article"
        );
        assert!(!r.fail.trim().is_empty(), "{id}: empty fail example");
        assert!(!r.pass.trim().is_empty(), "{id}: empty pass example");
        let doc = format!("{id}-doc");
        for lang in Lang::ALL {
            let texts = [
                ("message", Some(i18n::message(lang, id, &[]))),
                ("help", i18n::attribute(lang, id, "help", &[])),
                ("what", i18n::attribute(lang, &doc, "what", &[])),
                ("why", i18n::attribute(lang, &doc, "why", &[])),
            ];
            for (what, text) in texts {
                let text = text.unwrap_or_default();
                assert!(!text.trim().is_empty(), "{id}: empty {what} in {lang}");
                if lang != Lang::En {
                    let en = match what {
                        "message" => i18n::message(Lang::En, id, &[]),
                        "help" => i18n::attribute(Lang::En, id, "help", &[]).unwrap_or_default(),
                        _ => i18n::attribute(Lang::En, &doc, what, &[]).unwrap_or_default(),
                    };
                    assert_ne!(text, en, "{id}: the {lang} {what} is a copy of the English");
                }
            }
        }
    }
}

#[test]
fn no_rule_fires_on_the_documentation_base() {
    // Neither on the notice as declared nor with the standard statements:
    // the base declares everything they would add.
    for mode in [StandardTexts::Fill, StandardTexts::DeclaredOnly] {
        let settings = Settings {
            standard_texts: mode,
            ..settings()
        };
        let checked = check_bytes("base".into(), rules::DOC_BASE.as_bytes(), &settings);
        assert!(
            checked.report.diagnostics.is_empty(),
            "{mode:?}: {:#?}",
            checked.report.diagnostics
        );
    }
}

#[test]
fn documented_examples_fail_and_pass_as_documented() {
    for r in rules::all() {
        let fail = rules::merge_example(r.fail);
        assert!(
            !findings(&fail, r.code.id, &format!("{} fail example", r.code.id)).is_empty(),
            "{}: the failing example does not trigger the rule:\n{fail}",
            r.code.id
        );
        let pass = rules::merge_example(r.pass);
        let hits = findings(&pass, r.code.id, &format!("{} pass example", r.code.id));
        assert!(
            hits.is_empty(),
            "{}: the passing example triggers the rule: {hits:#?}",
            r.code.id
        );
    }
}

fn fixture_dir(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rules")
        .join(id)
}

/// The fixture text for a rule: a header line naming where the rule fires,
/// then the merged example.
fn fixture(id: &str, fragment: &str) -> String {
    let body = rules::merge_example(fragment);
    // The header is one line, so body line N is file line N + 1.
    let placeholder = format!("# header\n{body}");
    let lines: Vec<String> = findings(&placeholder, id, id)
        .iter()
        .map(|(l, _)| l.to_string())
        .collect();
    let header = if lines.is_empty() {
        format!("# Fixture of rule `{id}`: does not fire.")
    } else {
        format!(
            "# Fixture of rule `{id}`: fires at line {}.",
            lines.join(", ")
        )
    };
    format!("{header}\n{body}")
}

/// The lines a fixture's header says the rule fires at.
fn declared_lines(text: &str) -> Vec<usize> {
    let header = text.lines().next().unwrap_or_default();
    match header.split_once("fires at line ") {
        Some((_, rest)) => rest
            .trim_end_matches('.')
            .split(", ")
            .map(|n| n.parse().unwrap())
            .collect(),
        None => Vec::new(),
    }
}

#[test]
fn every_rule_has_fixtures_that_fire_where_they_say() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for r in rules::all() {
        let dir = fixture_dir(r.code.id);
        for (name, fragment, should_fire) in [("fail", r.fail, true), ("pass", r.pass, false)] {
            let path = dir.join(format!("{name}.yaml"));
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, fixture(r.code.id, fragment)).unwrap();
            }
            let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                panic!(
                    "{} is missing: run `UPDATE_FIXTURES=1 cargo test --test it rules::`",
                    path.display()
                )
            });
            let declared = declared_lines(&text);
            assert_eq!(declared.is_empty(), !should_fire, "{}", path.display());
            let mut actual: Vec<usize> = findings(&text, r.code.id, &path.display().to_string())
                .iter()
                .map(|(l, _)| *l)
                .collect();
            actual.dedup();
            assert_eq!(
                actual,
                declared,
                "{}: fires at other lines than its header says",
                path.display()
            );
        }
    }
    // No fixtures of rules that no longer exist.
    let ids: HashSet<&str> = rules::all().iter().map(|r| r.code.id).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    for entry in std::fs::read_dir(root).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            ids.contains(name.as_str()),
            "fixtures of unknown rule {name}"
        );
    }
}

/// The cases that show the corrections of the legal audit: for each, a
/// fragment merged over the documentation base and what the rule must do
/// with it (fire at a severity, or stay silent). Written to
/// `tests/fixtures/rules/<rule-id>/<case>.yaml` by `UPDATE_FIXTURES=1`.
const CASES: &[(&str, &str, &str, Option<Severity>)] = &[
    // Environmental health care is no client register of social or health
    // care (the same words as fi-controller-wellbeing-county's case).
    (
        "sote-register-basis",
        "environmental-health",
        "title: Ympäristöterveydenhuollon valvontarekisteri\n",
        None,
    ),
    // Kanta named, but not the client's right to prohibit disclosures.
    (
        "sote-kanta",
        "kanta-without-prohibition",
        "title: Sosiaalihuollon asiakasrekisteri\nnotes:\n  data: Asiakirjat tallennetaan Kanta-palvelujen sosiaalihuollon asiakastiedon arkistoon.\n",
        Some(Severity::Info),
    ),
    // "If access is refused, a certificate is given" is the Art 12(4)
    // procedure, not a restriction.
    (
        "access-restriction-ground",
        "refusal-procedure",
        "rights:\n  access:\n    description: Jos tarkastusoikeus evätään, siitä annetaan kirjallinen todistus, jossa mainitaan syyt.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
        None,
    ),
    // A consent to disclose is a secrecy-law consent, not the basis.
    (
        "legal-basis-wording",
        "disclosure-consent",
        "purposes:\n  - description: Jäsenyyden hoitaminen. Tietoja luovutetaan muille vain jäsenen suostumuksen perusteella.\n    legal_basis: contract\n",
        None,
    ),
    // A city's company is not the bilingual authority.
    (
        "fi-bilingual-authority",
        "company",
        "controller:\n  name: Espoon Asunnot Oy\n  kind: company\n  business_id: 0208213-4\n  address: PL 1, 02100 Espoo\n  email: asiakaspalvelu@espoonasunnot.fi\n",
        None,
    ),
    // A consent to disclose (secrecy law) is not an Art 6(1)(a) basis.
    (
        "consent-withdrawal",
        "disclosure-on-consent",
        "recipients:\n  - name: Toinen hyvinvointialue\n    purpose: Hoidon jatkuvuus.\n    consent: true\n",
        Some(Severity::Warning),
    ),
    // Art 22(3) safeguards: decisions authorised by law carry the law's own.
    (
        "right-automated-decision",
        "decided-by-law",
        "purposes:\n  - description: Etuuden myöntäminen.\n    legal_basis: public_task\n    laws: [\"1301/2014\"]\nautomated_decisions:\n  used: true\n  logic: Tuen määrä lasketaan tuloista.\n  significance: Päätös vaikuttaa tuen määrään.\n",
        Some(Severity::Info),
    ),
    // Environmental health care stayed with the municipalities.
    (
        "fi-controller-wellbeing-county",
        "environmental-health",
        "title: Ympäristöterveydenhuollon valvontarekisteri\ncontroller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
        None,
    ),
    (
        "fi-controller-wellbeing-county",
        "social-media",
        "title: Kaupungin sosiaalisen median tilit\ncontroller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
        None,
    ),
    (
        "fi-controller-wellbeing-county",
        "aland",
        "title: Socialvårdens klientregister\ncontroller:\n  name: Jomala kommun\n  kind: municipality\n  email: info@jomala.ax\n  phone: 018 32 600\n",
        None,
    ),
    (
        "fi-controller-wellbeing-county",
        "joint-municipal-authority",
        "title: Lastensuojelun asiakasrekisteri\ncontroller:\n  name: Esimerkin sosiaali- ja terveyspiirin kuntayhtymä\n  kind: joint_municipal_authority\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
        Some(Severity::Error),
    ),
    // Public-law parishes are public bodies (Art 37(1)(a)).
    (
        "dpo-required",
        "parish",
        "controller:\n  name: Kallion seurakunta\n  kind: religious_community\n  email: kallio@example.fi\n  phone: 09 555 0100\ndpo: ~\n",
        Some(Severity::Error),
    ),
    // Art 37(1)(c): special categories, so assess whether a DPO is needed.
    (
        "dpo-required",
        "core-activities",
        "dpo: ~\nspecial_categories:\n  - category: health\n    condition: explicit_consent\n",
        Some(Severity::Warning),
    ),
    // A unit without its organisation; an organ of a named city is fine.
    (
        "fi-controller-legal-person",
        "unit",
        "controller:\n  name: Lääketieteellinen tiedekunta\n  kind: state_authority\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
        Some(Severity::Warning),
    ),
    (
        "fi-controller-legal-person",
        "organ-of-a-named-city",
        "controller:\n  name: Esimerkin kaupungin perusturvalautakunta\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
        None,
    ),
    // Channels given elsewhere in the notice reach the controller too.
    (
        "controller-contact",
        "reachable-through-requests",
        "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\nrequests:\n  email: hallitus@esimerkki.fi\n  address: PL 1, 00100 Helsinki\n",
        None,
    ),
    (
        "controller-channels",
        "channels-elsewhere",
        "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\nrequests:\n  address: PL 1, 00100 Helsinki\n",
        None,
    ),
    // "todo" inside a word, and an address pattern described in prose.
    (
        "placeholder-text",
        "word-containing-todo",
        "notes:\n  other: Ortodoksinen seurakunta saa tiedot jäsenistään.\n",
        None,
    ),
    (
        "placeholder-text",
        "documented-address-pattern",
        "notes:\n  other: Henkilöstön sähköpostiosoitteet ovat muotoa etunimi.sukunimi@esimerkki.fi.\n",
        None,
    ),
    // A written refusal with reasons is what Art 12(4) requires.
    (
        "pda-wording",
        "written-refusal",
        "rights:\n  access:\n    how: Jos tarkastusoikeus evätään, siitä annetaan kirjallinen päätös perusteluineen.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
        None,
    ),
];

/// The header of a case fixture: where and at which severity the rule fires.
fn case_header(id: &str, case: &str, hits: &[(usize, Diagnostic)]) -> String {
    if hits.is_empty() {
        return format!("# Case `{case}` of rule `{id}`: does not fire.");
    }
    let lines: Vec<String> = hits.iter().map(|(l, _)| l.to_string()).collect();
    format!(
        "# Case `{case}` of rule `{id}`: fires at line {} as {}.",
        lines.join(", "),
        hits[0].1.severity.as_str()
    )
}

#[test]
fn corrected_rules_behave_as_their_cases_say() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for (id, case, fragment, expected) in CASES {
        let path = fixture_dir(id).join(format!("{case}.yaml"));
        let body = rules::merge_example(fragment);
        if update {
            let hits = findings(&format!("# header\n{body}"), id, case);
            std::fs::write(&path, format!("{}\n{body}", case_header(id, case, &hits))).unwrap();
        }
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing: UPDATE_FIXTURES=1", path.display()));
        let hits = findings(&text, id, &path.display().to_string());
        assert_eq!(
            text.lines().next().unwrap_or_default(),
            case_header(id, case, &hits),
            "{}: the header does not say what the rule does",
            path.display()
        );
        match expected {
            None => assert!(hits.is_empty(), "{}: {hits:#?}", path.display()),
            Some(s) => {
                assert!(!hits.is_empty(), "{}: does not fire", path.display());
                assert!(
                    hits.iter().all(|(_, d)| d.severity == *s),
                    "{}: {hits:#?}",
                    path.display()
                );
            }
        }
    }
}
