//! Legacy wording: formulas copied from the repealed Personal Data Act
//! (henkilötietolaki 523/1999), restrictive request rules, obsolete terms,
//! hedging words and template placeholders.

use super::helpers::{find_all_text, strings};
use super::{Cx, Hits, Msg, Rule, Scope};
use crate::diag::Severity;

/// The rules of this area.
pub static RULES: &[&Rule] = &[
    &PDA_WORDING,
    &FEE_YEAR,
    &SIGNED_REQUEST,
    &LEGACY_TERMS,
    &HEDGING,
    &PLACEHOLDER,
];

/// Reports the first needle found in each string (lower-cased search),
/// limited to pointers accepted by `scope`.
fn find_phrases(cx: &Cx<'_>, hits: &mut Hits, needles: &[&'static str], scope: fn(&str) -> bool) {
    for (ptr, phrase) in find_all_text(cx, needles) {
        if scope(&ptr) {
            hits.at(ptr).arg("phrase", phrase);
        }
    }
}

fn anywhere(_: &str) -> bool {
    true
}

/// The rights and requests sections, where the access-right formulas of the
/// old act turn up. ("Salassapitosäännösten estämättä" is also ordinary
/// wording of disclosure provisions, so it is not looked for elsewhere.)
fn rights_sections(ptr: &str) -> bool {
    ["/rights", "/requests", "/notes/rights"]
        .iter()
        .any(|s| ptr.starts_with(s))
}

static PDA_WORDING: Rule = Rule {
    id: "pda-wording",
    article: "GDPR Art. 12(1), 15; repealed henkilötietolaki 523/1999 26-28 §",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "this text copies a formula of the repealed Personal Data Act: \"{phrase}\"",
        fi: "teksti toistaa kumotun henkilötietolain sanamuotoa: \"{phrase}\"",
    },
    help: Msg {
        en: "describe the right as the GDPR gives it (Art 15: access to the data and a copy; no preconditions such as stating \"the facts needed to find the data\")",
        fi: "kuvaa oikeus tietosuoja-asetuksen mukaisesti (15 art.: pääsy tietoihin ja jäljennös; ei ennakkoehtoja kuten \"tiedon etsimiseksi tarpeellisten seikkojen\" ilmoittamista)",
    },
    what: "The rights and requests sections do not repeat the Personal Data Act's access-right formulas (\"tiedon etsimiseksi tarpeelliset seikat ilmoitettuaan\", \"salassapitosäännösten estämättä\", \"26 §:ssä tarkoitetulla tavalla\", \"tarkastusoikeus evätään\").",
    why: "Henkilötietolaki was repealed on 1.1.2019. Its formulas describe a narrower right than Art 15 and conditions the GDPR does not allow (Art 12(2): the controller facilitates the exercise of rights).",
    fail: "rights:\n  access:\n    description: Jokaisella on salassapitosäännösten estämättä oikeus saada tietää, mitä häntä koskevia tietoja rekisteriin on talletettu.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    pass: "rights:\n  access:\n    description: Sinulla on oikeus saada tietää, käsitelläänkö tietojasi, ja saada jäljennös tiedoistasi.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    check: |cx, hits| {
        find_phrases(
            cx,
            hits,
            &[
                "tiedon etsimiseksi tarpeelliset seikat",
                "salassapitosäännösten estämättä",
                "26 §:ssä tarkoitetulla tavalla",
                "tarkastusoikeus evätään",
                "tarkastusoikeus on evätty",
            ],
            rights_sections,
        );
    },
};

static FEE_YEAR: Rule = Rule {
    id: "fee-once-a-year",
    article: "GDPR Art. 12(5), 15(3)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the notice charges for access when less than a year has passed since the last inspection, a rule of the repealed Personal Data Act",
        fi: "seloste perii maksun, jos edellisestä tarkastuksesta on alle vuosi; sääntö on kumotusta henkilötietolaista",
    },
    help: Msg {
        en: "say that access is free of charge; a reasonable fee may only be charged for further copies (Art 15(3)) or manifestly unfounded or excessive requests (Art 12(5))",
        fi: "kerro, että tietojen saaminen on maksutonta; kohtuullisen maksun voi periä vain lisäjäljennöksistä (15(3) art.) tai ilmeisen perusteettomista tai kohtuuttomista pyynnöistä (12(5) art.)",
    },
    what: "No text makes access subject to a fee when \"less than a year\" has passed since the previous request.",
    why: "Art 12(5): information and actions under Arts 15-22 are free of charge; the once-a-year rule of henkilötietolaki 26 § no longer applies.",
    fail: "requests:\n  email: tietosuoja@esimerkki.fi\n  fees: Maksu peritään, jos edellisestä tarkastuksesta on kulunut vähemmän kuin yksi vuosi.\n",
    pass: "requests:\n  email: tietosuoja@esimerkki.fi\n  fees: Tietojen saaminen on maksutonta.\n",
    check: |cx, hits| {
        for (ptr, text) in strings(cx) {
            let lower = text.to_lowercase();
            let about_fees = ["korvau", "maksu", "avgift", "ersättning", "fee", "charge"]
                .iter()
                .any(|n| lower.contains(n));
            let phrase = [
                "vähemmän kuin yksi vuosi",
                "alle vuosi",
                "alle vuoden",
                "mindre än ett år",
            ]
            .into_iter()
            .find(|n| lower.contains(n));
            if let Some(p) = phrase
                && about_fees
            {
                hits.at(&ptr).arg("phrase", p);
            }
        }
    },
};

static SIGNED_REQUEST: Rule = Rule {
    id: "request-handwritten",
    article: "GDPR Art. 12(2), 12(3)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "requests must be signed by hand or made in person (\"{phrase}\")",
        fi: "pyyntö vaaditaan omakätisesti allekirjoitettuna tai henkilökohtaisesti (\"{phrase}\")",
    },
    help: Msg {
        en: "accept requests also electronically (e-mail, e-service) and verify identity only as far as needed (Art 12(6))",
        fi: "ota pyynnöt vastaan myös sähköisesti (sähköposti, asiointipalvelu) ja varmista henkilöllisyys vain tarpeen mukaan (12(6) art.)",
    },
    what: "No text requires a hand-signed letter or a visit as the way to exercise a right.",
    why: "Art 12(2) obliges the controller to facilitate the exercise of rights, and Art 12(3) presumes electronic requests; henkilötietolaki 28 §'s \"omakätisesti allekirjoitettu\" form is gone. Identity may be verified (Art 12(6)), but by proportionate means.",
    fail: "requests:\n  email: tietosuoja@esimerkki.fi\n  description: Pyyntö on esitettävä omakätisesti allekirjoitetussa asiakirjassa.\n",
    pass: "requests:\n  email: tietosuoja@esimerkki.fi\n  description: Pyynnön voi lähettää sähköpostilla tai verkkolomakkeella.\n",
    check: |cx, hits| {
        find_phrases(
            cx,
            hits,
            &["omakätisesti allekirjoit", "egenhändigt undertecknad"],
            anywhere,
        );
    },
};

static LEGACY_TERMS: Rule = Rule {
    id: "legacy-terms",
    article: "GDPR Art. 12(1) (clear and plain language); terminology of the GDPR",
    scope: Scope::Both,
    severity: Severity::Info,
    message: Msg {
        en: "\"{phrase}\" is a term of the repealed Personal Data Act",
        fi: "\"{phrase}\" on kumotun henkilötietolain termi",
    },
    help: Msg {
        en: "use the GDPR's terms: \"tietosuojaseloste\" (privacy notice), \"oikeus saada pääsy tietoihin\" (right of access), \"tietojen luovutus\" for disclosures",
        fi: "käytä tietosuoja-asetuksen termejä: \"tietosuojaseloste\", \"oikeus saada pääsy tietoihin\", \"tietojen luovutus\"",
    },
    what: "Texts avoid the old terms \"rekisteriseloste\", \"tarkastusoikeus\", \"tarkastuspyyntö\", \"säännönmukaiset luovutukset\".",
    why: "Readers and supervisors see old terminology as a sign the notice was never updated for the GDPR; the rights have new names and content.",
    fail: "informing: Rekisteriseloste on nähtävissä verkkosivuilla.\n",
    pass: "informing: Tietosuojaseloste on nähtävissä verkkosivuilla.\n",
    check: |cx, hits| {
        find_phrases(
            cx,
            hits,
            &[
                "rekisteriseloste",
                "tarkastusoikeu",
                "tarkastuspyyn",
                "säännönmukaiset luovutukset",
                "säännönmukaiset tietolähteet",
            ],
            anywhere,
        );
    },
};

/// The sections where WP260 asks for definite language.
fn definite_sections(ptr: &str) -> bool {
    [
        "/purposes/",
        "/data_categories/",
        "/recipients/",
        "/retention/",
        "/transfers/",
    ]
    .iter()
    .any(|s| ptr.starts_with(s))
}

static HEDGING: Rule = Rule {
    id: "hedging-words",
    article: "GDPR Art. 12(1); WP260 rev.01 para 12-13",
    scope: Scope::Both,
    severity: Severity::Info,
    message: Msg {
        en: "indefinite wording \"{phrase}\" where the notice should be specific",
        fi: "epämääräinen ilmaus \"{phrase}\" kohdassa, jonka pitäisi olla täsmällinen",
    },
    help: Msg {
        en: "say what is actually done and when, instead of what \"may\" be done \"if necessary\"",
        fi: "kerro, mitä todella tehdään ja milloin, eikä mitä \"voidaan\" tehdä \"tarvittaessa\"",
    },
    what: "Purposes, data categories, recipients, retention and transfers avoid qualifiers such as \"tarvittaessa\", \"mahdollisesti\", \"saattaa\", \"yms.\", \"tms.\", \"muun muassa\".",
    why: "WP260 rev.01 (para 13) names qualifiers like \"may\", \"might\", \"some\", \"often\" and \"possible\" as examples of poor transparency practice: the reader cannot tell what happens to their data.",
    fail: "recipients:\n  - name: Kela\n    purpose: Tietoja luovutetaan tarvittaessa Kelalle.\n",
    pass: "recipients:\n  - name: Kela\n    purpose: Toimeentulotuen hakemuksen tiedot luovutetaan Kelalle etuuden käsittelyä varten.\n",
    check: |cx, hits| {
        find_phrases(
            cx,
            hits,
            &[
                "tarvittaessa",
                "mahdollisesti",
                "saattaa",
                "saatetaan",
                "yms.",
                "tms.",
                "muun muassa",
                "vid behov",
                "eventuellt",
                "if necessary",
                "where necessary",
                "possibly",
            ],
            definite_sections,
        );
    },
};

static PLACEHOLDER: Rule = Rule {
    id: "placeholder-text",
    article: "GDPR Art. 13(1)(a)-(b), 12(1)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "template placeholder left in the notice: \"{phrase}\"",
        fi: "selosteeseen on jäänyt mallipohjan täyte: \"{phrase}\"",
    },
    help: Msg {
        en: "replace it with the real value (e.g. a working e-mail address such as a shared mailbox)",
        fi: "korvaa se oikealla tiedolla (esim. toimiva sähköpostiosoite, kuten yhteinen postilaatikko)",
    },
    what: "No text contains template placeholders such as `etunimi.sukunimi@`, `firstname.lastname@`, `xxx`, `TODO`, `[täydennä]` or lorem ipsum.",
    why: "A placeholder is not contact information (Art 13(1)(a)-(b)); the reader cannot reach anyone with it.",
    fail: "dpo:\n  email: etunimi.sukunimi@esimerkki.fi\n",
    pass: "dpo:\n  email: tietosuoja@esimerkki.fi\n",
    check: |cx, hits| {
        find_phrases(
            cx,
            hits,
            &[
                "etunimi.sukunimi",
                "förnamn.efternamn",
                "firstname.lastname",
                "xxx",
                "todo",
                "[täydennä]",
                "lorem ipsum",
            ],
            anywhere,
        );
    },
};
