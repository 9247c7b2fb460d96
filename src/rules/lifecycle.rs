//! The statutory requirement (Art 13(2)(e)), automated decisions
//! (Art 13(2)(f)), dates, versions, staleness and language coverage (Art 12).

use super::facts::Known;
use super::helpers::walk;
use super::{Cx, Hits, Msg, Rule, Scope};
use crate::diag::Severity;
use crate::model::Text;

/// The rules of this area.
pub static RULES: &[&Rule] = &[
    &STATUTORY,
    &ADM_DECLARED,
    &ADM_LOGIC,
    &DATED,
    &DATE_ORDER,
    &STALE,
    &CHANGES,
    &LANGUAGE_COVERAGE,
];

static STATUTORY: Rule = Rule {
    id: "statutory-requirement",
    article: "GDPR Art. 13(2)(e)",
    scope: Scope::Art13,
    severity: Severity::Error,
    message: Msg {
        en: "the notice does not say whether providing the data is required and what follows if they are not provided",
        fi: "selosteessa ei kerrota, onko tietojen antaminen pakollista ja mitä antamatta jättämisestä seuraa",
    },
    help: Msg {
        en: "add `statutory_requirement:` with `basis` (statutory, contractual, contract_prerequisite, voluntary, mixed) and `consequences`",
        fi: "lisää `statutory_requirement:` ja `basis` (statutory, contractual, contract_prerequisite, voluntary, mixed) sekä `consequences`",
    },
    what: "When data are collected from the data subject (or the notice does not say), the notice has `statutory_requirement` with its consequences.",
    why: "Art 13(2)(e): whether the provision of personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract, whether the data subject is obliged to provide the data and the possible consequences of failure to provide them.",
    fail: "statutory_requirement: ~\n",
    pass: "statutory_requirement:\n  basis: voluntary\n  consequences: Jäsenyyttä ei voi hoitaa ilman yhteystietoja.\n",
    check: |cx, hits| {
        if cx.facts.art13 == Known::No {
            return;
        }
        match &cx.notice.statutory_requirement {
            None => {
                hits.at("/statutory_requirement");
            }
            Some(s) if s.consequences.is_none() && s.description.is_none() => {
                hits.at("/statutory_requirement").key();
            }
            _ => {}
        }
    },
};

static ADM_DECLARED: Rule = Rule {
    id: "automated-decisions-declared",
    article: "GDPR Art. 13(2)(f), 14(2)(g); WP260 rev.01",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice does not say whether automated decision-making or profiling is used",
        fi: "selosteessa ei kerrota, käytetäänkö automaattista päätöksentekoa tai profilointia",
    },
    help: Msg {
        en: "add `automated_decisions: {used: false}` (or `true` with `logic` and `significance`)",
        fi: "lisää `automated_decisions: {used: false}` (tai `true` sekä `logic` ja `significance`)",
    },
    what: "The notice has `automated_decisions`.",
    why: "Art 13(2)(f) requires information on automated decision-making where it exists; WP260 recommends stating its absence explicitly.",
    fail: "automated_decisions: ~\n",
    pass: "automated_decisions:\n  used: false\n",
    check: |cx, hits| {
        if cx.notice.automated_decisions.is_none() {
            hits.at("/automated_decisions");
        }
    },
};

static ADM_LOGIC: Rule = Rule {
    id: "automated-decisions-logic",
    article: "GDPR Art. 13(2)(f), 14(2)(g), 22",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "automated decisions are made, but the logic involved or their significance and consequences are not described",
        fi: "automaattisia päätöksiä tehdään, mutta niiden logiikkaa tai merkitystä ja seurauksia ei kuvata",
    },
    help: Msg {
        en: "add `logic:` (meaningful information about the logic) and `significance:` (the envisaged consequences for the data subject)",
        fi: "lisää `logic:` (merkitykselliset tiedot logiikasta) ja `significance:` (seuraukset rekisteröidylle)",
    },
    what: "When `automated_decisions.used` is true, `logic` and `significance` are given.",
    why: "Art 13(2)(f): the existence of automated decision-making and \"meaningful information about the logic involved, as well as the significance and the envisaged consequences\".",
    fail: "automated_decisions:\n  used: true\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  automated_decision: true\n",
    pass: "automated_decisions:\n  used: true\n  logic: Jäsenmaksun suuruus lasketaan jäsenlajin perusteella.\n  significance: Päätös ratkaisee maksun suuruuden.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  automated_decision: true\n",
    check: |cx, hits| {
        if let Some(a) = &cx.notice.automated_decisions
            && a.used
            && (a.logic.is_none() || a.significance.is_none())
        {
            hits.at("/automated_decisions").key();
        }
    },
};

static DATED: Rule = Rule {
    id: "notice-date",
    article: "GDPR Art. 12(1); WP260 rev.01 (changes to information)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice has no date",
        fi: "selosteessa ei ole päivämäärää",
    },
    help: Msg {
        en: "add `updated:` (and `published:`) so that readers can see how current the notice is",
        fi: "lisää `updated:` (ja `published:`), jotta lukija näkee, kuinka ajantasainen seloste on",
    },
    what: "The notice has `updated` or `published`.",
    why: "Readers and supervisors need to know which version they read; WP260 expects changes to be traceable.",
    fail: "published: ~\nupdated: ~\nchanges: ~\n",
    pass: "updated: 2026-06-01\nchanges: ~\n",
    check: |cx, hits| {
        if cx.notice.updated.is_none() && cx.notice.published.is_none() {
            hits.at("/title").key();
        }
    },
};

static DATE_ORDER: Rule = Rule {
    id: "date-order",
    article: "GDPR Art. 5(1)(d), 12(1)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "{what}",
        fi: "{what_fi}",
    },
    help: Msg {
        en: "check the dates: published ≤ updated ≤ the date of checking",
        fi: "tarkista päivämäärät: julkaistu ≤ päivitetty ≤ tarkistuspäivä",
    },
    what: "`published` is not after `updated`, and neither is after the date of checking (`--as-of`).",
    why: "A date in the future or an update before publication is a typing error that makes the notice's currency unclear.",
    fail: "published: 2026-07-01\nupdated: 2026-06-01\nchanges: ~\n",
    pass: "published: 2025-07-01\nupdated: 2026-06-01\nchanges: ~\n",
    check: |cx, hits| {
        let n = cx.notice;
        if let (Some(p), Some(u)) = (n.published, n.updated)
            && p > u
        {
            hits.at("/updated")
                .arg(
                    "what",
                    format!("the notice was updated ({u}) before it was published ({p})"),
                )
                .arg(
                    "what_fi",
                    format!("seloste on päivitetty ({u}) ennen julkaisua ({p})"),
                );
        }
        for (key, d) in [("published", n.published), ("updated", n.updated)] {
            if let Some(d) = d
                && d > cx.as_of
            {
                hits.at(format!("/{key}"))
                    .arg(
                        "what",
                        format!("`{key}` ({d}) is after the date of checking ({})", cx.as_of),
                    )
                    .arg(
                        "what_fi",
                        format!("`{key}` ({d}) on tarkistuspäivän ({}) jälkeen", cx.as_of),
                    );
            }
        }
    },
};

static STALE: Rule = Rule {
    id: "stale",
    article: "GDPR Art. 5(1)(d), 12(1)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice was last updated on {date}, more than {months} months before {as_of}",
        fi: "seloste on päivitetty viimeksi {date}, yli {months} kuukautta ennen päivää {as_of}",
    },
    help: Msg {
        en: "review the notice against current law and practice and set `updated:`; the threshold is configurable (`stale_months` in seloste.toml)",
        fi: "tarkista seloste voimassa olevaa lakia ja käytäntöä vasten ja päivitä `updated:`; raja on säädettävissä (`stale_months` tiedostossa seloste.toml)",
    },
    what: "`updated` (or `published`) is less than `stale_months` (default 24) months before the date of checking.",
    why: "Laws, organisations and contacts change (e.g. the 2023 reform of social and health services); a notice that has not been reviewed for years is likely to be wrong.",
    fail: "published: 2020-01-15\nupdated: 2021-06-01\nchanges: ~\n",
    pass: "published: 2020-01-15\nupdated: 2026-06-01\nchanges: ~\n",
    check: |cx, hits| {
        let (key, date) = match (cx.notice.updated, cx.notice.published) {
            (Some(u), _) => ("/updated", u),
            (None, Some(p)) => ("/published", p),
            (None, None) => return,
        };
        if date.add_months(cx.stale_months) < cx.as_of {
            hits.at(key)
                .arg("date", date.to_string())
                .arg("months", cx.stale_months.to_string())
                .arg("as_of", cx.as_of.to_string());
        }
    },
};

static CHANGES: Rule = Rule {
    id: "change-log",
    article: "WP260 rev.01 (changes to Art 13/14 information)",
    scope: Scope::Both,
    severity: Severity::Info,
    message: Msg {
        en: "the notice keeps no record of its changes",
        fi: "selosteessa ei ole muutoshistoriaa",
    },
    help: Msg {
        en: "add `changes:` with the date and a description of each change, so that readers see what changed",
        fi: "lisää `changes:` ja kunkin muutoksen päivämäärä ja kuvaus, jotta lukija näkee, mikä muuttui",
    },
    what: "The notice has `changes`.",
    why: "WP260 rev.01 asks controllers to communicate changes to the information; a change log makes them visible.",
    fail: "changes: ~\n",
    pass: "changes:\n  - date: 2026-06-01\n    description: Yhteystiedot päivitetty.\n",
    check: |cx, hits| {
        if cx.notice.changes.is_empty() {
            hits.at("/changes");
        }
    },
};

/// Every localized text field with its pointer.
fn texts(cx: &Cx<'_>) -> Vec<(String, Text)> {
    // The document's values give the pointers; a map whose keys are all
    // language codes is a localized text.
    let mut out = Vec::new();
    walk(cx, &mut |at, v| {
        let serde_json::Value::Object(map) = v else {
            return true;
        };
        let is_text = !map.is_empty()
            && map.keys().all(|k| matches!(k.as_str(), "fi" | "sv" | "en"))
            && map.values().all(serde_json::Value::is_string);
        if is_text && let Ok(t) = serde_json::from_value::<Text>(v.clone()) {
            out.push((at.to_owned(), t));
        }
        !is_text
    });
    out
}

fn coverage(cx: &Cx<'_>, hits: &mut Hits) {
    let declared = &cx.notice.languages;
    for (pointer, text) in texts(cx) {
        let Text::Localized(map) = text else { continue };
        let missing: Vec<&str> = declared
            .iter()
            .filter(|l| !map.contains_key(l))
            .map(|l| l.code())
            .collect();
        let extra: Vec<&str> = map
            .keys()
            .filter(|l| !declared.contains(l))
            .map(|l| l.code())
            .collect();
        if !missing.is_empty() || !extra.is_empty() {
            let mut what_en = Vec::new();
            let mut what_fi = Vec::new();
            if !missing.is_empty() {
                what_en.push(format!("lacks {}", missing.join(", ")));
                what_fi.push(format!("siitä puuttuu {}", missing.join(", ")));
            }
            if !extra.is_empty() {
                what_en.push(format!(
                    "has {} not declared in `languages`",
                    extra.join(", ")
                ));
                what_fi.push(format!(
                    "siinä on {}, jota ei ole ilmoitettu kohdassa `languages`",
                    extra.join(", ")
                ));
            }
            hits.at(pointer)
                .key()
                .arg("what", what_en.join(" and "))
                .arg("what_fi", what_fi.join(" ja "));
        }
    }
}

static LANGUAGE_COVERAGE: Rule = Rule {
    id: "language-coverage",
    article: "GDPR Art. 12(1); Kielilaki 423/2003",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "this text {what}",
        fi: "tämä teksti: {what_fi}",
    },
    help: Msg {
        en: "give the text in every language listed in `languages`, or adjust `languages`",
        fi: "anna teksti kaikilla kohdassa `languages` luetelluilla kielillä tai korjaa `languages`",
    },
    what: "Every text given as a language map has exactly the languages of `languages`.",
    why: "A notice published in several languages must give the same information in each (Art 12(1): concise, transparent, intelligible); a bilingual authority informs in Finnish and Swedish (Kielilaki 423/2003 32 §).",
    fail: "languages: [fi, sv]\ntitle:\n  fi: Jäsenrekisteri\n",
    pass: "languages: [fi, sv]\ntitle:\n  fi: Jäsenrekisteri\n  sv: Medlemsregister\n",
    check: coverage,
};
