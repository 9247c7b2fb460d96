//! Data, sources, recipients, processors, transfers and retention
//! (Art 13(1)(e)-(f), 13(2)(a), 14(1)(d), 14(2)(f)).

use super::facts::Known;
use super::helpers::{Words, contains_any, texts, word_around};
use super::{Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;
use crate::model::Safeguard;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &SOURCES,
    &DATA_CATEGORIES,
    &RECIPIENTS,
    &RECIPIENTS_SPECIFIC,
    &PROCESSORS,
    &TRANSFERS,
    &TRANSFER_SAFEGUARD,
    &TRANSFER_COUNTRIES,
    &TRANSFER_CONSENT,
    &RETENTION,
    &RETENTION_SPECIFIC,
    &PROCESSOR_NAMED,
    &TRANSFER_SERVICE,
];

/// The core items of Art 13(1)/(2) and 14(1)/(2) in this area: they weigh
/// most in the completeness figure (`weights.rs`).
pub(super) static CORE: &[&Rule] = &[
    &SOURCES,
    &DATA_CATEGORIES,
    &RECIPIENTS,
    &TRANSFERS,
    &RETENTION,
];

static SOURCES: Rule = Rule {
    code: Code::rule("sources", "GDPR Art. 13, 14(2)(f)", Severity::Warning),
    scope: Scope::Both,
    fail: "sources: ~\n",
    pass: "sources:\n  from_data_subject: true\n",
    check: |cx, hits| {
        if cx.notice.sources.is_none() {
            hits.at("/sources");
        }
    },
};

static DATA_CATEGORIES: Rule = Rule {
    code: Code::rule("data-categories", "GDPR Art. 14(1)(d)", Severity::Error),
    scope: Scope::Art14,
    fail: "data_categories: ~\nsources:\n  from_data_subject: true\n  other:\n    - name: Väestötietojärjestelmä\n      laws: [\"661/2009\"]\n",
    pass: "sources:\n  from_data_subject: true\n  other:\n    - name: Väestötietojärjestelmä\n      laws: [\"661/2009\"]\n",
    check: |cx, hits| {
        if cx.facts.art14 == Known::Yes && cx.notice.data_categories.is_empty() {
            hits.at("/data_categories");
        }
    },
};

static RECIPIENTS: Rule = Rule {
    code: Code::rule(
        "recipients",
        "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "recipients: ~\n",
    pass: "recipients: []\n",
    check: |cx, hits| {
        if cx.notice.recipients.is_none() {
            hits.at("/recipients");
        }
    },
};

const BROAD: &[&str] = &[
    "viranomaiset",
    "viranomaisille",
    "yhteistyökumppan",
    "yhteistyötaho",
    "sidosryhm",
    "muille tahoille",
    "third parties",
    "partners",
    "authorities",
    "myndigheter",
    "samarbetspartner",
];

static RECIPIENTS_SPECIFIC: Rule = Rule {
    code: Code::rule(
        "recipients-specific",
        "GDPR Art. 13(1)(e); WP260 rev.01 Annex",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "recipients:\n  - name: Yhteistyökumppanit\n",
    pass: "recipients:\n  - name: Esimerkkiliitto ry\n    purpose: Jäsenmäärän ilmoittaminen\n",
    check: |cx, hits| {
        for (i, r) in cx.notice.recipients.iter().flatten().enumerate() {
            if let Some(word) = r
                .name
                .all()
                .find_map(|s| BROAD.iter().find(|b| contains_any(s, &[b])))
                && r.laws.is_empty()
            {
                hits.at(format!("/recipients/{i}/name"))
                    .arg("n", (i + 1).to_string())
                    .arg("word", *word);
            }
        }
    },
};

static PROCESSORS: Rule = Rule {
    code: Code::rule(
        "processors",
        "GDPR Art. 4(9), 13(1)(e); WP260 rev.01",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "processors: ~\nsecurity:\n  systems:\n    - name: Jäsenrekisteri Pro\n",
    pass: "processors:\n  - name: Jäsenrekisteripalvelu Oy\n    service: Jäsenrekisteri Pro -palvelun ylläpito\nsecurity:\n  systems:\n    - name: Jäsenrekisteri Pro\n",
    check: |cx, hits| {
        let systems = cx
            .notice
            .security
            .as_ref()
            .is_some_and(|s| !s.systems.is_empty());
        if systems && cx.notice.processors.is_none() {
            hits.at("/security/systems").key();
        }
    },
};

static TRANSFERS: Rule = Rule {
    code: Code::rule(
        "transfers",
        "GDPR Art. 13(1)(f), 14(1)(f)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "transfers: ~\n",
    pass: "transfers: []\n",
    check: |cx, hits| {
        if cx.notice.transfers.is_none() {
            hits.at("/transfers");
        }
    },
};

static TRANSFER_SAFEGUARD: Rule = Rule {
    code: Code::rule(
        "transfer-safeguard",
        "GDPR Art. 13(1)(f), 14(1)(f), 45-49",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "transfers:\n  - countries: [Yhdysvallat]\n    recipient: Pilvipalvelu Inc.\n",
    pass: "transfers:\n  - countries: [Yhdysvallat]\n    recipient: Pilvipalvelu Inc.\n    safeguard: standard_contractual_clauses\n    copy: Jäljennöksen saa tietosuojavastaavalta.\n",
    check: |cx, hits| {
        for (i, t) in cx.notice.transfers.iter().flatten().enumerate() {
            if t.safeguard.is_none() {
                hits.at(format!("/transfers/{i}"))
                    .arg("n", (i + 1).to_string());
            }
        }
    },
};

static TRANSFER_COUNTRIES: Rule = Rule {
    code: Code::rule(
        "transfer-countries",
        "GDPR Art. 13(1)(f); WP260 rev.01 Annex",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "transfers:\n  - recipient: Pilvipalvelu Inc.\n    safeguard: standard_contractual_clauses\n    copy: Jäljennöksen saa tietosuojavastaavalta.\n",
    pass: "transfers:\n  - countries: [Yhdysvallat]\n    recipient: Pilvipalvelu Inc.\n    safeguard: standard_contractual_clauses\n    copy: Jäljennöksen saa tietosuojavastaavalta.\n",
    check: |cx, hits| {
        for (i, t) in cx.notice.transfers.iter().flatten().enumerate() {
            if t.countries.is_empty() {
                hits.at(format!("/transfers/{i}"))
                    .arg("n", (i + 1).to_string());
            }
        }
    },
};

static TRANSFER_CONSENT: Rule = Rule {
    code: Code::rule(
        "transfer-consent-risks",
        "GDPR Art. 49(1)(a)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "transfers:\n  - countries: [Yhdysvallat]\n    safeguard: explicit_consent\n",
    pass: "transfers:\n  - countries: [Yhdysvallat]\n    safeguard: explicit_consent\n    description: Yhdysvalloissa tietoihin voivat päästä viranomaiset ilman EU:n tasoista oikeussuojaa.\n",
    check: |cx, hits| {
        for (i, t) in cx.notice.transfers.iter().flatten().enumerate() {
            if t.safeguard == Some(Safeguard::ExplicitConsent) && t.description.is_none() {
                hits.at(format!("/transfers/{i}/safeguard"))
                    .arg("n", (i + 1).to_string());
            }
        }
    },
};

static RETENTION: Rule = Rule {
    code: Code::rule("retention", "GDPR Art. 13(2)(a), 14(2)(a)", Severity::Error),
    scope: Scope::Both,
    fail: "retention: ~\n",
    pass: "retention:\n  - period: Jäsenyyden päättymisestä kaksi vuotta.\n",
    check: |cx, hits| {
        if cx.notice.retention.is_empty() {
            hits.at("/retention");
        }
    },
};

const VAGUE: &[&str] = &[
    "niin kauan kuin",
    "tarpeen mukaan",
    "arkistonmuodostussuunnitelma",
    "arkistosuunnitelma",
    "tiedonohjaussuunnitelma",
    "kulloinkin voimassa",
    "så länge som",
    "as long as necessary",
    "as long as needed",
    "archive plan",
];

static RETENTION_SPECIFIC: Rule = Rule {
    code: Code::rule(
        "retention-specific",
        "GDPR Art. 13(2)(a); WP260 rev.01 Annex",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "retention:\n  - period: Tietoja säilytetään niin kauan kuin jäsenyys edellyttää.\n",
    pass: "retention:\n  - period: Jäsenyyden päättymisestä kaksi vuotta.\n",
    check: |cx, hits| {
        const TIME_WORDS: &[&str] = &[
            "vuo",
            "kuukau",
            "päivä",
            "kuolema",
            "år",
            "månad",
            "dag",
            "död",
            "year",
            "month",
            "day",
            "death",
            "pysyv",
            "varaktig",
            "permanent",
        ];
        for (i, r) in cx.notice.retention.iter().enumerate() {
            let text = r.period.all().collect::<Vec<_>>().join(" ").to_lowercase();
            // Digits in web addresses say nothing about the period.
            let words: Vec<&str> = text
                .split_whitespace()
                .filter(|w| !w.contains("http") && !w.contains("www."))
                .collect();
            let has_digit = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
            let has_time_word = TIME_WORDS.iter().any(|t| text.contains(t));
            let phrase = VAGUE.iter().find(|v| text.contains(*v));
            if has_digit {
                continue;
            }
            if let Some(phrase) = phrase {
                hits.at(format!("/retention/{i}/period"))
                    .arg("n", (i + 1).to_string())
                    .arg("phrase", *phrase);
            } else if !has_time_word && r.laws.is_empty() {
                let start: String = words.join(" ").chars().take(60).collect();
                hits.at(format!("/retention/{i}/period"))
                    .arg("n", (i + 1).to_string())
                    .arg("phrase", start);
            }
        }
    },
};

/// Company forms that make a name a company's ("Abilita Oy").
const COMPANY_FORMS: &[&str] = &[
    "oy", "oyj", "ab", "abp", "ltd", "inc", "gmbh", "llc", "as", "aps",
];

/// The company named in `text` ("Pro Consona (Abilita Oy)" → "Abilita Oy"):
/// the word before a company form, with the form.
fn company_in(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let form = w[1].trim_end_matches('.').to_lowercase();
        (COMPANY_FORMS.contains(&form.as_str())
            && w[0].chars().next().is_some_and(char::is_uppercase))
        .then(|| format!("{} {}", w[0], w[1].trim_end_matches('.')))
    })
}

static PROCESSOR_NAMED: Rule = Rule {
    code: Code::rule(
        "processor-named",
        "GDPR Art. 4(8), 28, 13(1)(e)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "security:\n  systems:\n    - name: Jäsenrekisteri Pro\n      description: Toimittaja ja ylläpitäjä Jäsensofta Oy.\n",
    pass: "processors:\n  - name: Jäsensofta Oy\n    service: Jäsenrekisteri Pro -palvelun ylläpito\nsecurity:\n  systems:\n    - name: Jäsenrekisteri Pro\n      description: Toimittaja ja ylläpitäjä Jäsensofta Oy.\n",
    check: |cx, hits| {
        let Some(security) = &cx.notice.security else {
            return;
        };
        // Without a `processors` list, `processors` reports the systems.
        let Some(processors) = &cx.notice.processors else {
            return;
        };
        let listed: Vec<String> = processors
            .iter()
            .flat_map(|p| {
                p.name
                    .all()
                    .chain(p.service.iter().flat_map(crate::model::Text::all))
            })
            .map(str::to_lowercase)
            .collect();
        for (i, sys) in security.systems.iter().enumerate() {
            let texts = std::iter::once(sys.name.as_str())
                .chain(sys.description.iter().flat_map(crate::model::Text::all));
            for t in texts {
                if let Some(company) = company_in(t) {
                    let first = company.split(' ').next().unwrap_or_default().to_lowercase();
                    if !listed.iter().any(|l| l.contains(&first)) {
                        hits.at(format!("/security/systems/{i}"))
                            .arg("system", sys.name.clone())
                            .arg("company", company);
                    }
                    break;
                }
            }
        }
    },
};

/// Services whose providers are established outside the EU/EEA or may
/// transfer data there (their names as notices write them).
static NON_EEA_SERVICES: Words = Words::new(&[
    "microsoft 365",
    "office 365",
    "azure",
    "google workspace",
    "google analytics",
    "google forms",
    "gmail",
    "amazon web services",
    "aws",
    "salesforce",
    "zoom",
    "slack",
    "mailchimp",
    "dropbox",
    "facebook",
    "instagram",
    "whatsapp",
    "youtube",
    "surveymonkey",
    "hubspot",
]);

static TRANSFER_SERVICE: Rule = Rule {
    code: Code::rule(
        "transfer-service",
        "GDPR Art. 13(1)(f), 14(1)(f), 44-49",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "transfers: []\nnotes:\n  other: Kyselyt toteutetaan Google Forms -palvelulla.\n",
    pass: "transfers:\n  - countries: [Yhdysvallat]\n    recipient: Google LLC (Google Forms)\n    safeguard: adequacy_decision\n    description: EU:n ja Yhdysvaltain tietosuojakehys.\nnotes:\n  other: Kyselyt toteutetaan Google Forms -palvelulla.\n",
    check: |cx, hits| {
        // The notice states no transfer, or says nothing of transfers.
        if cx.notice.transfers.as_ref().is_some_and(|t| !t.is_empty()) {
            return;
        }
        for t in texts(cx) {
            if t.pointer.starts_with("/transfers") {
                continue;
            }
            if !NON_EEA_SERVICES.in_text(t) {
                continue;
            }
            let found = NON_EEA_SERVICES.list().iter().find(|s| {
                t.lower.match_indices(*s).any(|(at, m)| {
                    let before = t.lower[..at].chars().next_back();
                    let after = t.lower[at + m.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            });
            if let Some(service) = found {
                hits.at(&t.pointer).arg(
                    "service",
                    word_around(&t.lower, t.lower.find(service).unwrap_or(0), service.len()),
                );
                return;
            }
        }
    },
};
