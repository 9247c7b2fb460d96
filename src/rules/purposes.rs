//! Purposes and legal bases (Art 13(1)(c)-(d), Art 6), special categories
//! (Art 9) and criminal-offence data (Art 10).

use super::facts::Known;
use super::helpers::{Words, find_all_text};
use super::{Cx, Hits, Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;
use crate::model::{Art9Condition, LegalBasis, Purpose};

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &PURPOSES,
    &PURPOSE_NAME,
    &LEGAL_BASIS,
    &LAW_REFERENCE,
    &LI_PUBLIC,
    &LI_DESCRIBED,
    &CONSENT_PUBLIC,
    &CATCH_ALL,
    &SPECIAL_CONDITION,
    &SPECIAL_UNDECLARED,
    &SPECIAL_LAW,
    &SPECIAL_DETECTED,
    &CRIMINAL_LAW,
];

/// The core items of Art 13(1)/(2) and 14(1)/(2) in this area: they weigh
/// most in the completeness figure (`weights.rs`).
pub(super) static CORE: &[&Rule] = &[&PURPOSES, &LEGAL_BASIS];

/// Items without which a notice cannot score above the cap of the
/// completeness figure (`weights.rs`).
pub(super) static CAPPING: &[&Rule] = &[&LEGAL_BASIS];

/// Reports the `legal_basis` of every purpose that matches `pred`, with the
/// purpose's number as `{n}`.
fn purposes_where(cx: &Cx<'_>, hits: &mut Hits, pred: impl Fn(&Purpose) -> bool) {
    for (i, p) in cx.notice.purposes.iter().enumerate() {
        if pred(p) {
            hits.at(format!("/purposes/{i}/legal_basis"))
                .arg("n", (i + 1).to_string());
        }
    }
}

static PURPOSE_NAME: Rule = Rule {
    code: Code::rule("purpose-name", "GDPR Art. 12(1)", Severity::Info),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen, jäsenmaksujen periminen, jäsenkirjeiden lähettäminen sekä yhdistyksen kokouksiin ja tapahtumiin kutsuminen.\n    legal_basis: contract\n",
    pass: "purposes:\n  - name: Jäsenyyden hoitaminen\n    description: Jäsenyyden hoitaminen, jäsenmaksujen periminen, jäsenkirjeiden lähettäminen sekä yhdistyksen kokouksiin ja tapahtumiin kutsuminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        for (i, p) in cx.notice.purposes.iter().enumerate() {
            if p.name.is_some() {
                continue;
            }
            let longest = p.description.all().map(|t| t.chars().count()).max();
            if let Some(chars) = longest.filter(|c| *c > crate::limits::SHORT_PURPOSE_CHARS) {
                hits.at(format!("/purposes/{i}/description"))
                    .arg("chars", chars)
                    .arg("max", crate::limits::SHORT_PURPOSE_CHARS);
            }
        }
    },
};

static PURPOSES: Rule = Rule {
    code: Code::rule("purposes", "GDPR Art. 13(1)(c), 14(1)(c)", Severity::Error),
    scope: Scope::Both,
    fail: "purposes: ~\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        if cx.notice.purposes.is_empty() {
            hits.at("/purposes");
        }
    },
};

static LEGAL_BASIS: Rule = Rule {
    code: Code::rule(
        "legal-basis",
        "GDPR Art. 13(1)(c), 14(1)(c), 6(1)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    basis_statement: Jäsenyys ja muu asiallinen yhteys.\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        purposes_where(cx, hits, |p| p.legal_basis.is_none());
    },
};

static LAW_REFERENCE: Rule = Rule {
    code: Code::rule("legal-basis-law", "GDPR Art. 6(3)", Severity::Warning),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Lakisääteinen tilastointi.\n    legal_basis: legal_obligation\n",
    pass: "purposes:\n  - description: Lakisääteinen tilastointi.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\n",
    check: |cx, hits| {
        purposes_where(cx, hits, |p| {
            matches!(
                p.legal_basis,
                Some(LegalBasis::LegalObligation | LegalBasis::PublicTask)
            ) && p.laws.is_empty()
        });
    },
};

static LI_PUBLIC: Rule = Rule {
    code: Code::rule(
        "legitimate-interests-public-authority",
        "GDPR Art. 6(1), last subparagraph",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\npurposes:\n  - description: Asukaskysely.\n    legal_basis: legitimate_interests\n    legitimate_interests: Palvelujen kehittäminen.\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\npurposes:\n  - description: Asukaskysely.\n    legal_basis: public_task\n    laws: [\"410/2015\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  object: true\n",
    check: |cx, hits| {
        if cx.facts.public_authority != Known::Yes {
            return;
        }
        purposes_where(cx, hits, |p| {
            p.legal_basis == Some(LegalBasis::LegitimateInterests)
        });
    },
};

static LI_DESCRIBED: Rule = Rule {
    code: Code::rule(
        "legitimate-interests-described",
        "GDPR Art. 13(1)(d), 14(2)(b)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  object: true\n",
    pass: "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\n    legitimate_interests: Yhdistyksen toiminnasta tiedottaminen jäsenille.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  object: true\n",
    check: |cx, hits| {
        purposes_where(cx, hits, |p| {
            p.legal_basis == Some(LegalBasis::LegitimateInterests)
                && p.legitimate_interests
                    .as_ref()
                    .is_none_or(crate::model::Text::is_blank)
        });
    },
};

static CONSENT_PUBLIC: Rule = Rule {
    code: Code::rule(
        "consent-public-authority",
        "GDPR Art. 4(11), Recital 43; EDPB Guidelines 05/2020",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\npurposes:\n  - description: Asiakastyö.\n    legal_basis: consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\npurposes:\n  - description: Asiakastyö.\n    legal_basis: public_task\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  object: true\n",
    check: |cx, hits| {
        if cx.facts.public_authority != Known::Yes {
            return;
        }
        purposes_where(cx, hits, |p| p.legal_basis == Some(LegalBasis::Consent));
    },
};

static CATCH_ALL_PHRASES: Words = Words::new(&[
    "muu asiallinen yhteys",
    "muuhun asialliseen yhteyteen",
    "mahdolliset muut tarkoitukset",
    "muihin vastaaviin tarkoituksiin",
    "other similar purposes",
    "any other purpose",
]);

static CATCH_ALL: Rule = Rule {
    code: Code::rule(
        "purpose-catch-all",
        "GDPR Art. 5(1)(b), 13(1)(c); WP260 rev.01",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen ja muu asiallinen yhteys.\n    legal_basis: contract\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        for (p, phrase) in find_all_text(cx, &CATCH_ALL_PHRASES) {
            hits.at(p).arg("phrase", phrase.clone()).word(phrase);
        }
    },
};

static SPECIAL_CONDITION: Rule = Rule {
    code: Code::rule(
        "special-category-condition",
        "GDPR Art. 9(2), 13(1)(c)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "special_categories:\n  - category: health\n",
    pass: "special_categories:\n  - category: health\n    condition: explicit_consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    check: |cx, hits| {
        for (i, s) in cx.notice.special_categories.iter().enumerate() {
            if s.condition.is_none() {
                hits.at(format!("/special_categories/{i}"))
                    .arg("category", serde_name(&s.category));
            }
        }
    },
};

fn serde_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

static SPECIAL_UNDECLARED: Rule = Rule {
    code: Code::rule(
        "special-category-undeclared",
        "GDPR Art. 9(1)-(2)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "data_categories:\n  - name: Terveystiedot\n    special_category: health\n",
    pass: "data_categories:\n  - name: Terveystiedot\n    special_category: health\nspecial_categories:\n  - category: health\n    condition: explicit_consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    check: |cx, hits| {
        for (i, d) in cx.notice.data_categories.iter().enumerate() {
            if let Some(cat) = d.special_category
                && !cx
                    .notice
                    .special_categories
                    .iter()
                    .any(|s| s.category == cat)
            {
                hits.at(format!("/data_categories/{i}/special_category"))
                    .arg("name", d.name.all().next().unwrap_or_default().to_owned())
                    .arg("category", serde_name(&cat));
            }
        }
    },
};

static SPECIAL_LAW: Rule = Rule {
    code: Code::rule(
        "special-category-law",
        "GDPR Art. 9(2)(b), (g)-(j); Tietosuojalaki 1050/2018 6 §",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "special_categories:\n  - category: health\n    condition: substantial_public_interest\n",
    pass: "special_categories:\n  - category: health\n    condition: substantial_public_interest\n    laws: [\"1050/2018 6 §\"]\n",
    check: |cx, hits| {
        for (i, s) in cx.notice.special_categories.iter().enumerate() {
            if let Some(c) = s.condition
                && matches!(
                    c,
                    Art9Condition::EmploymentSocialSecurity
                        | Art9Condition::SubstantialPublicInterest
                        | Art9Condition::HealthSocialCare
                        | Art9Condition::PublicHealth
                        | Art9Condition::ArchivingResearchStatistics
                )
                && s.laws.is_empty()
            {
                hits.at(format!("/special_categories/{i}/condition"))
                    .arg("condition", serde_name(&c))
                    .arg("category", serde_name(&s.category));
            }
        }
    },
};

static HEALTH_WORDS: Words = Words::new(&[
    "päihde",
    "päihte",
    "vammais",
    "kehitysvamma",
    "terveydentila",
    "terveystie",
    "sairau",
    "mielenterve",
    "raskaana",
    "raskaus",
    "diagnoosi",
    "lääkitys",
    "missbruk",
    "funktionsneds",
    "hälsotillstånd",
    "substance abuse",
    "disabilit",
    "health condition",
    "pregnan",
    "diagnos",
]);

static SPECIAL_DETECTED: Rule = Rule {
    code: Code::rule(
        "special-categories-detected",
        "GDPR Art. 9(1)-(2)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Päihdetyö ja tuki raskaana oleville.\n    legal_basis: contract\n",
    pass: "purposes:\n  - description: Päihdetyö ja tuki raskaana oleville.\n    legal_basis: contract\nspecial_categories:\n  - category: health\n    condition: explicit_consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    check: |cx, hits| {
        if !cx.notice.special_categories.is_empty() {
            return;
        }
        if let Some((p, word)) = find_all_text(cx, &HEALTH_WORDS).into_iter().next() {
            hits.at(p).arg("word", word.clone()).word(word);
        }
    },
};

static CRIMINAL_LAW: Rule = Rule {
    code: Code::rule(
        "criminal-data-law",
        "GDPR Art. 10; Tietosuojalaki 1050/2018 7 §",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "criminal_offence_data:\n  description: Poliisin ilmoitukset.\n",
    pass: "criminal_offence_data:\n  description: Poliisin ilmoitukset.\n  laws: [\"1050/2018 7 §\"]\n",
    check: |cx, hits| {
        if let Some(c) = &cx.notice.criminal_offence_data
            && c.laws.is_empty()
        {
            hits.at("/criminal_offence_data").key();
        }
    },
};
