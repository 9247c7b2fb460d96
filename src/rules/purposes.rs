//! Purposes and legal bases (Art 13(1)(c)-(d), Art 6), special categories
//! (Art 9) and criminal-offence data (Art 10).

use super::facts::Known;
use super::helpers::find_all_text;
use super::{Cx, Hits, Msg, Rule, Scope};
use crate::diag::Severity;
use crate::model::{Art9Condition, LegalBasis, Purpose};

/// The rules of this area.
pub static RULES: &[&Rule] = &[
    &PURPOSES,
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

static PURPOSES: Rule = Rule {
    id: "purposes",
    article: "GDPR Art. 13(1)(c), 14(1)(c)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the notice states no purpose of processing",
        fi: "selosteessa ei ole kerrottu käsittelyn tarkoitusta",
    },
    help: Msg {
        en: "add `purposes:` with at least one `description` and its `legal_basis`",
        fi: "lisää `purposes:` ja ainakin yksi `description` sekä sen `legal_basis`",
    },
    what: "The notice lists at least one purpose.",
    why: "Art 13(1)(c) and 14(1)(c): \"the purposes of the processing for which the personal data are intended\".",
    fail: "purposes: ~\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        if cx.notice.purposes.is_empty() {
            hits.at("/purposes");
        }
    },
};

static LEGAL_BASIS: Rule = Rule {
    id: "legal-basis",
    article: "GDPR Art. 13(1)(c), 14(1)(c), 6(1)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "purpose {n} has no legal basis under Art 6(1)",
        fi: "tarkoitukselle {n} ei ole ilmoitettu 6 artiklan 1 kohdan mukaista oikeusperustetta",
    },
    help: Msg {
        en: "add `legal_basis:` (`public_task`, `legal_obligation`, `contract`, `consent`, `vital_interests` or `legitimate_interests`); pre-GDPR grounds such as \"asiakassuhde\" or \"muu asiallinen yhteys\" are not legal bases",
        fi: "lisää `legal_basis:` (`public_task`, `legal_obligation`, `contract`, `consent`, `vital_interests` tai `legitimate_interests`); henkilötietolain aikaiset perusteet kuten \"asiakassuhde\" tai \"muu asiallinen yhteys\" eivät ole oikeusperusteita",
    },
    what: "Every purpose names its Art 6(1) legal basis.",
    why: "Art 13(1)(c) requires \"the legal basis for the processing\"; WP260 asks for the specific point of Art 6(1). The rights that apply depend on it (Arts 17(3)(b), 20, 21).",
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    basis_statement: Jäsenyys ja muu asiallinen yhteys.\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        purposes_where(cx, hits, |p| p.legal_basis.is_none());
    },
};

static LAW_REFERENCE: Rule = Rule {
    id: "legal-basis-law",
    article: "GDPR Art. 6(3)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "purpose {n} relies on a legal obligation or public task but cites no law",
        fi: "tarkoitus {n} perustuu lakisääteiseen velvoitteeseen tai yleisen edun tehtävään, mutta lakia ei mainita",
    },
    help: Msg {
        en: "add `laws:` with the act that lays down the obligation or task, e.g. `1301/2014`",
        fi: "lisää `laws:` ja säädös, jossa velvoite tai tehtävä säädetään, esim. `1301/2014`",
    },
    what: "A purpose with basis `legal_obligation` or `public_task` cites the law it rests on.",
    why: "Art 6(3): the basis for processing under Art 6(1)(c) and (e) \"shall be laid down by Union law or Member State law\".",
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
    id: "legitimate-interests-public-authority",
    article: "GDPR Art. 6(1), last subparagraph",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "a public authority relies on legitimate interests (purpose {n})",
        fi: "viranomainen vetoaa oikeutettuun etuun (tarkoitus {n})",
    },
    help: Msg {
        en: "public authorities cannot rely on legitimate interests in performing their tasks: use `public_task` or `legal_obligation` with the law",
        fi: "viranomainen ei voi tehtäviään hoitaessaan vedota oikeutettuun etuun: käytä perustetta `public_task` tai `legal_obligation` ja mainitse laki",
    },
    what: "A controller of a public kind does not use `legitimate_interests`.",
    why: "Art 6(1), last subparagraph: point (f) \"shall not apply to processing carried out by public authorities in the performance of their tasks\".",
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
    id: "legitimate-interests-described",
    article: "GDPR Art. 13(1)(d), 14(2)(b)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "purpose {n} relies on legitimate interests without saying what they are",
        fi: "tarkoitus {n} perustuu oikeutettuun etuun, mutta etua ei ole kuvattu",
    },
    help: Msg {
        en: "describe the interests pursued in `legitimate_interests:`",
        fi: "kuvaa tavoiteltu etu kentässä `legitimate_interests:`",
    },
    what: "A purpose based on legitimate interests describes the interests.",
    why: "Art 13(1)(d): \"where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party\".",
    fail: "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  object: true\n",
    pass: "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\n    legitimate_interests: Yhdistyksen toiminnasta tiedottaminen jäsenille.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  object: true\n",
    check: |cx, hits| {
        purposes_where(cx, hits, |p| {
            p.legal_basis == Some(LegalBasis::LegitimateInterests)
                && p.legitimate_interests.as_ref().is_none_or(|t| t.is_blank())
        });
    },
};

static CONSENT_PUBLIC: Rule = Rule {
    id: "consent-public-authority",
    article: "GDPR Art. 7(4), Recital 43; EDPB Guidelines 05/2020",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "a public authority relies on consent (purpose {n}), which is rarely freely given towards an authority",
        fi: "viranomainen vetoaa suostumukseen (tarkoitus {n}), vaikka suostumus viranomaiselle on harvoin vapaaehtoinen",
    },
    help: Msg {
        en: "base statutory tasks on `public_task` or `legal_obligation`; keep consent for truly optional processing and say why it is free",
        fi: "perusta lakisääteiset tehtävät perusteisiin `public_task` tai `legal_obligation`; käytä suostumusta vain aidosti vapaaehtoiseen käsittelyyn",
    },
    what: "A public-authority controller does not use `consent` as a legal basis without reflection.",
    why: "Recital 43: consent is unlikely to be a valid basis where there is a clear imbalance between the data subject and the controller, in particular a public authority (EDPB Guidelines 05/2020 on consent).",
    fail: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\npurposes:\n  - description: Asiakastyö.\n    legal_basis: consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\npurposes:\n  - description: Asiakastyö.\n    legal_basis: public_task\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  object: true\n",
    check: |cx, hits| {
        if cx.facts.public_authority != Known::Yes {
            return;
        }
        purposes_where(cx, hits, |p| p.legal_basis == Some(LegalBasis::Consent));
    },
};

const CATCH_ALL_PHRASES: &[&str] = &[
    "muu asiallinen yhteys",
    "muuhun asialliseen yhteyteen",
    "mahdolliset muut tarkoitukset",
    "muihin vastaaviin tarkoituksiin",
    "other similar purposes",
    "any other purpose",
];

static CATCH_ALL: Rule = Rule {
    id: "purpose-catch-all",
    article: "GDPR Art. 5(1)(b), 13(1)(c); WP260 rev.01",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "a catch-all purpose or ground (\"{phrase}\") leaves the data subject guessing",
        fi: "yleislausekkeena muotoiltu tarkoitus tai peruste (\"{phrase}\") jättää rekisteröidyn arvailun varaan",
    },
    help: Msg {
        en: "name each purpose specifically; purposes must be specified, explicit and legitimate",
        fi: "nimeä jokainen tarkoitus yksilöidysti; tarkoitusten on oltava yksilöityjä, nimenomaisia ja laillisia",
    },
    what: "No text uses catch-all purposes such as \"muu asiallinen yhteys\".",
    why: "Art 5(1)(b) requires specified, explicit purposes; \"muu asiallinen yhteys\" is a ground of the repealed Personal Data Act (523/1999, 8 §) with no counterpart in the GDPR.",
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen ja muu asiallinen yhteys.\n    legal_basis: contract\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        for (p, phrase) in find_all_text(cx, CATCH_ALL_PHRASES) {
            hits.at(p).arg("phrase", phrase);
        }
    },
};

static SPECIAL_CONDITION: Rule = Rule {
    id: "special-category-condition",
    article: "GDPR Art. 9(2), 13(1)(c)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "special category `{category}` has no Art 9(2) condition",
        fi: "erityiselle henkilötietoryhmälle `{category}` ei ole ilmoitettu 9 artiklan 2 kohdan perustetta",
    },
    help: Msg {
        en: "add `condition:` (e.g. `health_social_care` for social and health care, `substantial_public_interest` with the law)",
        fi: "lisää `condition:` (esim. `health_social_care` sosiaali- ja terveydenhuollossa, `substantial_public_interest` ja laki)",
    },
    what: "Every declared special category names its Art 9(2) condition.",
    why: "Processing special categories is prohibited (Art 9(1)) unless one of the conditions of Art 9(2) applies; the transparency guidelines ask the notice to name it.",
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
    id: "special-category-undeclared",
    article: "GDPR Art. 9(1)-(2)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "data category `{name}` is marked as special category `{category}`, which `special_categories` does not declare",
        fi: "tietoryhmä `{name}` on merkitty erityiseksi ryhmäksi `{category}`, mutta `special_categories` ei ilmoita sitä",
    },
    help: Msg {
        en: "add `{category}` to `special_categories` with its Art 9(2) condition",
        fi: "lisää `{category}` kohtaan `special_categories` ja sen 9 artiklan 2 kohdan peruste",
    },
    what: "Each `special_category` of a data category is declared in `special_categories`.",
    why: "The Art 9(2) condition is given per special category; a category marked in the data but not declared has no condition.",
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
    id: "special-category-law",
    article: "GDPR Art. 9(2)(b), (g)-(j); Tietosuojalaki 1050/2018 6 §",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the condition `{condition}` for `{category}` requires a basis in law, but no law is cited",
        fi: "perusteen `{condition}` käyttö ryhmälle `{category}` edellyttää lakiperustaa, mutta lakia ei mainita",
    },
    help: Msg {
        en: "add `laws:` with the Union or Finnish law, e.g. `1050/2018 6 §` or the sector act",
        fi: "lisää `laws:` ja EU:n tai Suomen laki, esim. `1050/2018 6 §` tai alan erityislaki",
    },
    what: "A special category relying on Art 9(2)(b), (g), (h), (i) or (j) cites the law that provides for it.",
    why: "These points of Art 9(2) apply only on the basis of Union or Member State law; in Finland e.g. section 6 of the Data Protection Act (1050/2018) and sector acts.",
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

const HEALTH_WORDS: &[&str] = &[
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
];

static SPECIAL_DETECTED: Rule = Rule {
    id: "special-categories-detected",
    article: "GDPR Art. 9(1)-(2)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice speaks of health-type data (\"{word}\") but declares no special categories",
        fi: "selosteessa mainitaan terveyteen liittyviä tietoja (\"{word}\"), mutta erityisiä henkilötietoryhmiä ei ole ilmoitettu",
    },
    help: Msg {
        en: "declare `special_categories:` (e.g. `health`, which covers substance use, disability and pregnancy) with the Art 9(2) condition, or state why none are processed",
        fi: "ilmoita `special_categories:` (esim. `health`, johon kuuluvat myös päihteiden käyttö, vammaisuus ja raskaus) ja 9 artiklan 2 kohdan peruste",
    },
    what: "A notice whose own words mention substance use, disability, pregnancy, illness or mental health declares special categories.",
    why: "Data concerning health are a special category (Art 9(1), Art 4(15)); substance use, disability and pregnancy are health data. Social-welfare need as such is not (it was \"arkaluonteinen\" under the repealed Personal Data Act), but health data inside social-welfare files are.",
    fail: "purposes:\n  - description: Päihdetyö ja tuki raskaana oleville.\n    legal_basis: contract\n",
    pass: "purposes:\n  - description: Päihdetyö ja tuki raskaana oleville.\n    legal_basis: contract\nspecial_categories:\n  - category: health\n    condition: explicit_consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    check: |cx, hits| {
        if !cx.notice.special_categories.is_empty() {
            return;
        }
        if let Some((p, word)) = find_all_text(cx, HEALTH_WORDS).into_iter().next() {
            hits.at(p).arg("word", word);
        }
    },
};

static CRIMINAL_LAW: Rule = Rule {
    id: "criminal-data-law",
    article: "GDPR Art. 10; Tietosuojalaki 1050/2018 7 §",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "criminal-offence data are processed but no law authorising it is cited",
        fi: "rikostietoja käsitellään, mutta käsittelyn sallivaa lakia ei mainita",
    },
    help: Msg {
        en: "add `laws:` under `criminal_offence_data`, e.g. `1050/2018 7 §` and the sector act",
        fi: "lisää `criminal_offence_data`-kohtaan `laws:`, esim. `1050/2018 7 §` ja alan erityislaki",
    },
    what: "`criminal_offence_data` cites the law that authorises the processing.",
    why: "Art 10: processing of data relating to criminal convictions and offences is allowed only under official authority or when authorised by Union or Member State law providing safeguards.",
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
