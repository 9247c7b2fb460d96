//! Data, sources, recipients, processors, transfers and retention
//! (Art 13(1)(e)-(f), 13(2)(a), 14(1)(d), 14(2)(f)).

use super::facts::Known;
use super::helpers::contains_any;
use super::{Msg, Rule, Scope};
use crate::diag::Severity;
use crate::model::Safeguard;

/// The rules of this area.
pub static RULES: &[&Rule] = &[
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
];

static SOURCES: Rule = Rule {
    id: "sources",
    article: "GDPR Art. 13, 14(2)(f)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice does not say where the data come from, so it cannot be told whether Art 13, Art 14 or both apply",
        fi: "selosteessa ei kerrota, mistä tiedot saadaan, joten ei voida päätellä, sovelletaanko 13 vai 14 artiklaa vai molempia",
    },
    help: Msg {
        en: "add `sources:` with `from_data_subject: true/false` and the `other` sources (named, or described by type)",
        fi: "lisää `sources:` ja `from_data_subject: true/false` sekä muut lähteet kohtaan `other` (nimettyinä tai tyypeittäin)",
    },
    what: "The notice has a `sources` block.",
    why: "Art 13 governs data collected from the data subject and Art 14 data obtained elsewhere; Art 14(2)(f) requires the source. Several requirements depend on which applies.",
    fail: "sources: ~\n",
    pass: "sources:\n  from_data_subject: true\n",
    check: |cx, hits| {
        if cx.notice.sources.is_none() {
            hits.at("/sources");
        }
    },
};

static DATA_CATEGORIES: Rule = Rule {
    id: "data-categories",
    article: "GDPR Art. 14(1)(d)",
    scope: Scope::Art14,
    severity: Severity::Error,
    message: Msg {
        en: "data are obtained from other sources, but the categories of personal data are not listed",
        fi: "tietoja saadaan muista lähteistä, mutta käsiteltäviä henkilötietoryhmiä ei ole lueteltu",
    },
    help: Msg {
        en: "add `data_categories:` with a `name` and the `items` of each category",
        fi: "lisää `data_categories:` ja kunkin ryhmän `name` ja `items`",
    },
    what: "When data come from sources other than the data subject, `data_categories` is not empty.",
    why: "Art 14(1)(d): \"the categories of personal data concerned\" must be given when data are not obtained from the data subject.",
    fail: "data_categories: ~\nsources:\n  from_data_subject: true\n  other:\n    - name: Väestötietojärjestelmä\n      laws: [\"661/2009\"]\n",
    pass: "sources:\n  from_data_subject: true\n  other:\n    - name: Väestötietojärjestelmä\n      laws: [\"661/2009\"]\n",
    check: |cx, hits| {
        if cx.facts.art14 == Known::Yes && cx.notice.data_categories.is_empty() {
            hits.at("/data_categories");
        }
    },
};

static RECIPIENTS: Rule = Rule {
    id: "recipients",
    article: "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice does not say whether data are disclosed to anyone",
        fi: "selosteessa ei kerrota, luovutetaanko tietoja kenellekään",
    },
    help: Msg {
        en: "list the `recipients:`, or write `recipients: []` to state that data are not disclosed",
        fi: "luettele vastaanottajat kohtaan `recipients:` tai kirjoita `recipients: []`, jos tietoja ei luovuteta",
    },
    what: "The notice has `recipients` (an empty list states that there are none).",
    why: "Art 13(1)(e) requires the recipients or categories of recipients \"if any\"; WP260 asks to say so explicitly when there are none.",
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
    id: "recipients-specific",
    article: "GDPR Art. 13(1)(e); WP260 rev.01 Annex",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "recipient {n} is a broad category (\"{word}\")",
        fi: "vastaanottaja {n} on laaja ryhmä (\"{word}\")",
    },
    help: Msg {
        en: "name the recipients, or give the category as specifically as possible (type, sector, location) with the law that allows the disclosure",
        fi: "nimeä vastaanottajat tai kuvaa ryhmä mahdollisimman tarkasti (tyyppi, toimiala, sijainti) ja mainitse luovutuksen salliva laki",
    },
    what: "Recipients are named, or described more precisely than \"authorities\" or \"partners\".",
    why: "WP260 rev.01: the default is to name the recipients; if categories are given they should be as specific as possible.",
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
    id: "processors",
    article: "GDPR Art. 4(9), 13(1)(e); WP260 rev.01",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "information systems are named but the notice does not say who processes data on the controller's behalf",
        fi: "tietojärjestelmiä nimetään, mutta selosteessa ei kerrota, kuka käsittelee tietoja rekisterinpitäjän lukuun",
    },
    help: Msg {
        en: "list the system vendors, hosting and outsourced service producers under `processors:`, or write `processors: []` if there are none",
        fi: "luettele järjestelmätoimittajat, palvelintilat ja ostopalvelujen tuottajat kohtaan `processors:` tai kirjoita `processors: []`, jos niitä ei ole",
    },
    what: "A notice that names information systems has `processors`.",
    why: "Processors are recipients (Art 4(9)); WP260 counts them among the recipients to be disclosed. A named system usually has a vendor or host processing data.",
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
    id: "transfers",
    article: "GDPR Art. 13(1)(f), 14(1)(f)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice does not say whether data are transferred outside the EU/EEA",
        fi: "selosteessa ei kerrota, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle",
    },
    help: Msg {
        en: "write `transfers: []` to state there are none, or list each transfer with its safeguard",
        fi: "kirjoita `transfers: []`, jos siirtoja ei ole, tai luettele siirrot ja niiden suojatoimet",
    },
    what: "The notice has `transfers` (an empty list states that there are none).",
    why: "Art 13(1)(f) requires information on transfers \"where applicable\"; Finnish notices traditionally state the absence explicitly, and readers expect it.",
    fail: "transfers: ~\n",
    pass: "transfers: []\n",
    check: |cx, hits| {
        if cx.notice.transfers.is_none() {
            hits.at("/transfers");
        }
    },
};

static TRANSFER_SAFEGUARD: Rule = Rule {
    id: "transfer-safeguard",
    article: "GDPR Art. 13(1)(f), 14(1)(f), 45-49",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "transfer {n} does not name its adequacy decision, safeguard or derogation",
        fi: "siirrolle {n} ei ole ilmoitettu riittävyyspäätöstä, suojatoimia tai poikkeusperustetta",
    },
    help: Msg {
        en: "add `safeguard:` (e.g. `adequacy_decision`, `standard_contractual_clauses`) and `copy:` saying how to obtain a copy of the safeguards",
        fi: "lisää `safeguard:` (esim. `adequacy_decision`, `standard_contractual_clauses`) ja `copy:`, jossa kerrotaan, miten suojatoimista saa jäljennöksen",
    },
    what: "Every transfer names its Chapter V mechanism.",
    why: "Art 13(1)(f): the existence or absence of an adequacy decision, or reference to the appropriate safeguards and the means to obtain a copy of them. A reference to section 22 of the repealed Personal Data Act is no mechanism.",
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
    id: "transfer-countries",
    article: "GDPR Art. 13(1)(f); WP260 rev.01 Annex",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "transfer {n} does not name the third countries",
        fi: "siirrossa {n} ei nimetä kolmansia maita",
    },
    help: Msg {
        en: "add `countries:` with the countries (or international organisations) the data go to",
        fi: "lisää `countries:` ja maat (tai kansainväliset järjestöt), joihin tiedot siirretään",
    },
    what: "Every transfer names its countries.",
    why: "WP260 rev.01: the third countries concerned should be named.",
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
    id: "transfer-consent-risks",
    article: "GDPR Art. 49(1)(a)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "transfer {n} relies on explicit consent but does not describe the risks",
        fi: "siirto {n} perustuu nimenomaiseen suostumukseen, mutta sen riskejä ei kuvata",
    },
    help: Msg {
        en: "describe in `description:` the possible risks of the transfer for lack of an adequacy decision and safeguards",
        fi: "kuvaa kentässä `description:` siirron mahdolliset riskit, jotka johtuvat riittävyyspäätöksen ja suojatoimien puuttumisesta",
    },
    what: "A transfer on explicit consent describes the risks.",
    why: "Art 49(1)(a): consent to a transfer is valid only \"after having been informed of the possible risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate safeguards\".",
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
    id: "retention",
    article: "GDPR Art. 13(2)(a), 14(2)(a)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the notice does not say how long data are kept",
        fi: "selosteessa ei kerrota, kuinka kauan tietoja säilytetään",
    },
    help: Msg {
        en: "add `retention:` with a `period` (or the criteria used to determine it) per kind of data and the `laws` that set it; for social-welfare client documents see Act 703/2023",
        fi: "lisää `retention:` ja säilytysaika (`period`) tai sen määrittämisperusteet tietoryhmittäin sekä ne määräävät säädökset (`laws`); sosiaalihuollon asiakasasiakirjoista ks. laki 703/2023",
    },
    what: "The notice has at least one `retention` entry.",
    why: "Art 13(2)(a): \"the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period\".",
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
    id: "retention-specific",
    article: "GDPR Art. 13(2)(a); WP260 rev.01 Annex",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "retention entry {n} gives no period a reader could apply (\"{phrase}\")",
        fi: "säilytysajan kohta {n} ei anna aikaa, jota lukija voisi soveltaa (\"{phrase}\")",
    },
    help: Msg {
        en: "give the period or a criterion per kind of data, e.g. \"10 years after the matter is closed (703/2023)\"; an archive plan or \"as long as necessary\" is not enough",
        fi: "kerro aika tai peruste tietoryhmittäin, esim. \"10 vuotta asian päättymisestä (703/2023)\"; arkistonmuodostussuunnitelma tai \"niin kauan kuin on tarpeen\" ei riitä",
    },
    what: "Every retention period contains a number, or criteria other than generic phrases.",
    why: "WP260 rev.01: it is not sufficient to state generically that data will be kept as long as necessary; the data subject must be able to assess the period for their own data.",
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
