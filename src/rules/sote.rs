//! Social and health care client registers: what the law on client data
//! (laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä
//! 703/2023) and the Data Protection Act (tietosuojalaki 1050/2018) make a
//! reader of such a notice expect, recognised by the register's type, not
//! only by health words.

use super::helpers::{Words, contains_any, mentions, texts};
use super::{Cx, Rule, Scope};
use crate::diag::{Code, Severity};
use crate::model::{Art9Condition, ControllerKind, Date, SpecialCategoryKind};

use crate::retention_law;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &REGISTER_BASIS,
    &LOG_DATA,
    &PER_SERVICE,
    &KANTA,
    &ACCESS_RESTRICTION,
    &STATUTORY_RETENTION,
];

/// The day the law on client data 703/2023 replaced 784/2021 and 254/2015.
fn client_data_act_from() -> Date {
    Date::new(2024, 1, 1).unwrap_or_else(Date::today)
}

/// Whether the notice is a social or health care client register judged
/// under 703/2023 (from 2024).
fn under_client_data_act(cx: &Cx<'_>) -> bool {
    cx.facts.client_register && cx.as_of >= client_data_act_from()
}

/// Whether the notice is a client register under 703/2023 whose texts never
/// use any of `words`.
fn silent_client_register(cx: &Cx<'_>, words: &Words) -> bool {
    under_client_data_act(cx) && !texts(cx).iter().any(|t| words.in_text(t))
}

/// Whether some text of the notice cites the act `number` (by number or
/// by a name that resolves to it on `as_of`).
fn cites(cx: &Cx<'_>, number: &str) -> bool {
    mentions(cx).iter().any(|m| {
        m.citations
            .iter()
            .any(|c| c.statute.is_some_and(|s| s.number == number))
            || m.named.iter().any(|s| s.number == number)
    })
}

static REGISTER_BASIS: Rule = Rule {
    code: Code::rule(
        "sote-register-basis",
        "GDPR Art. 9(2)(h), 9(3), 13(1)(c); Tietosuojalaki 1050/2018 6 §; 703/2023",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "title: Sosiaalihuollon asiakasrekisteri\n",
    pass: "title: Sosiaalihuollon asiakasrekisteri\nspecial_categories:\n  - category: health\n    condition: health_social_care\n    laws: [\"703/2023\", \"1050/2018 6 §\"]\n",
    check: |cx, hits| {
        if !cx.facts.client_register {
            return;
        }
        let health_care_condition = cx.notice.special_categories.iter().any(|s| {
            s.category == SpecialCategoryKind::Health
                && s.condition == Some(Art9Condition::HealthSocialCare)
        });
        let act_due = cx.as_of >= client_data_act_from();
        let missing = match (health_care_condition, !act_due || cites(cx, "703/2023")) {
            (true, true) => return,
            (false, true) => "condition",
            (true, false) => "law",
            (false, false) => "both",
        };
        let at = if cx.notice.special_categories.is_empty() {
            ""
        } else {
            "/special_categories"
        };
        hits.at(at).arg("missing", missing);
    },
};

/// Words of the client's right to the log data of who used or received
/// their data.
static LOG_WORDS: Words = Words::new(&[
    "lokitie",
    "lokitiedo",
    "käyttöloki",
    "luovutusloki",
    "loggupgift",
    "logguppgift",
    "användningslogg",
    "log data",
    "access log",
]);

static LOG_DATA: Rule = Rule {
    code: Code::rule(
        "sote-log-data",
        "GDPR Art. 15; 703/2023 (käyttö- ja luovutuslokit)",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "title: Sosiaalihuollon asiakasrekisteri\n",
    pass: "title: Sosiaalihuollon asiakasrekisteri\nnotes:\n  rights: Sinulla on oikeus saada tieto siitä, kuka on käyttänyt tietojasi tai kenelle niitä on luovutettu (käyttö- ja luovutuslokitiedot).\n",
    check: |cx, hits| {
        if silent_client_register(cx, &LOG_WORDS) {
            hits.at("/rights").key();
        }
    },
};

/// Words of single services in a register's title ("Lastensuojelun
/// asiakasrekisteri"): under 703/2023 the organiser keeps one social
/// welfare client register for all its services.
const SERVICE_WORDS: &[&str] = &[
    "lastensuojel",
    "perhepalvel",
    "lapsiperhe",
    "vammaispalvel",
    "vanhuspalvel",
    "ikäihmis",
    "aikuissosiaalityö",
    "päihdepalvel",
    "toimeentulotu",
    "barnskydd",
    "familjetjänst",
    "handikappservice",
    "äldreomsorg",
];

static PER_SERVICE: Rule = Rule {
    code: Code::rule(
        "sote-register-per-service",
        "703/2023 (sosiaalihuollon asiakasrekisteri); GDPR Art. 13(1)(a), 13(1)(c)",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "title: Lastensuojelun asiakasrekisteri\ncontroller:\n  name: Esimerkin hyvinvointialue\n  kind: wellbeing_services_county\n  business_id: 0208213-4\n  address: PL 1, 00100 Helsinki\n  email: kirjaamo@esimerkki.fi\n",
    pass: "title: Sosiaalihuollon asiakasrekisteri\ncontroller:\n  name: Esimerkin hyvinvointialue\n  kind: wellbeing_services_county\n  business_id: 0208213-4\n  address: PL 1, 00100 Helsinki\n  email: kirjaamo@esimerkki.fi\n",
    check: |cx, hits| {
        if !under_client_data_act(cx)
            || !matches!(
                cx.facts.kind,
                Some(ControllerKind::WellbeingServicesCounty | ControllerKind::Municipality)
            )
        {
            return;
        }
        let word = cx.notice.title.all().find_map(|t| {
            let lower = t.to_lowercase();
            SERVICE_WORDS
                .iter()
                .find(|w| lower.contains(**w))
                .map(|_| t.to_owned())
        });
        if let Some(title) = word {
            hits.at("/title").arg("title", title);
        }
    },
};

/// Words of the national Kanta services and their archives.
static KANTA_WORDS: Words = Words::new(&[
    "kanta-palvel",
    "kanta.fi",
    "kantapalvel",
    "potilastiedon arkisto",
    "asiakastiedon arkisto",
    "sosiaalihuollon asiakastiedon arkisto",
    "kanta-tjänst",
    "klientdataarkiv",
    "patientdataarkiv",
    "kanta services",
]);

/// Whether a text speaks of the client's prohibition of disclosures
/// ("voit kieltää tietojesi luovutuksen", "luovutuskielto").
fn prohibition(lower: &str) -> bool {
    [
        ("kiel", "luovut"),
        ("förb", "utlämn"),
        ("prohibit", "disclos"),
    ]
    .iter()
    .any(|(a, b)| lower.contains(a) && lower.contains(b))
}

static KANTA: Rule = Rule {
    code: Code::rule(
        "sote-kanta",
        "703/2023 (Kanta-palvelut); GDPR Art. 13(1)(e), 14(1)(e)",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "title: Sosiaalihuollon asiakasrekisteri\n",
    pass: "title: Sosiaalihuollon asiakasrekisteri\nnotes:\n  data: Asiakirjat tallennetaan Kanta-palvelujen sosiaalihuollon asiakastiedon arkistoon. Voit kieltää tietojesi luovutuksen OmaKannassa.\n",
    check: |cx, hits| {
        if silent_client_register(cx, &KANTA_WORDS) {
            hits.at("").arg("missing", "kanta");
        } else if under_client_data_act(cx) && !texts(cx).iter().any(|t| prohibition(&t.lower)) {
            // Kanta is named, but not the client's right to prohibit the
            // disclosure of their data from it.
            hits.at("").arg("missing", "prohibition");
        }
    },
};

/// Words that say the right of access can be refused or restricted ("voidaan
/// evätä"); "jos tarkastusoikeus evätään, annetaan todistus" is the
/// procedure of Art 12(4), not a restriction, and is not looked for.
const RESTRICTS: &[&str] = &[
    "voidaan evätä",
    "voi evätä",
    "voidaan rajoittaa",
    "voi rajoittaa",
    "rajoitetaan",
    "ei ole oikeutta",
    "ei ole tarkastusoikeutta",
    "kan vägras",
    "kan begränsas",
    "may be refused",
    "may be restricted",
    "can be refused",
    "can be restricted",
];

/// The grounds a restriction of access rests on today: Art 23 and the
/// Data Protection Act 34 § (or a special act it names).
const GROUNDS: &[&str] = &[
    "34 §",
    "1050/2018",
    "tietosuojalain",
    "dataskyddslagen",
    "data protection act",
    "23 art",
    "artikla 23",
    "art. 23",
    "article 23",
];

static ACCESS_RESTRICTION: Rule = Rule {
    code: Code::rule(
        "access-restriction-ground",
        "GDPR Art. 15, 23; Tietosuojalaki 1050/2018 34 §",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "rights:\n  access:\n    description: Tarkastusoikeus voidaan evätä, jos tiedon antaminen voisi vakavasti vaarantaa rekisteröidyn terveyttä tai hoitoa.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    pass: "rights:\n  access:\n    description: Tarkastusoikeutta voidaan rajoittaa tietosuojalain (1050/2018) 34 §:n nojalla, jos tiedon antaminen voisi vakavasti vaarantaa rekisteröidyn terveyttä tai hoitoa.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    check: |cx, hits| {
        for t in texts(cx) {
            let about_access = t.pointer.starts_with("/rights/access")
                || (t.pointer.starts_with("/notes/rights")
                    && contains_any(
                        &t.lower,
                        &[
                            "tarkastusoikeu",
                            "rätt till insyn",
                            "rätt att få tillgång",
                            "right of access",
                        ],
                    ));
            if about_access && contains_any(&t.lower, RESTRICTS) && !contains_any(&t.lower, GROUNDS)
            {
                hits.at(&t.pointer);
            }
        }
    },
};

static STATUTORY_RETENTION: Rule = Rule {
    code: Code::rule(
        "retention-statutory",
        "GDPR Art. 13(2)(a), 5(1)(e); 703/2023 24 § and annex",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "title: Lastensuojelun asiakasrekisteri\nretention:\n  - data: Lastensuojelun asiakasasiakirjat\n    period: 5 vuotta asiakkuuden päättymisestä\n",
    pass: "title: Lastensuojelun asiakasrekisteri\nretention:\n  - data: Lastensuojelun asiakasasiakirjat\n    period: 2 vuotta asiakkaan kuolemasta\n    laws: [\"703/2023\"]\n",
    check: |cx, hits| {
        if !under_client_data_act(cx) {
            return;
        }
        let title: String = cx
            .notice
            .title
            .all()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let single = cx.notice.retention.len() == 1;
        for (i, r) in cx.notice.retention.iter().enumerate() {
            let data: String = r
                .data
                .iter()
                .flat_map(crate::model::Text::all)
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            for period in r.period.all() {
                let lower = period.to_lowercase();
                // The documents by the entry's own words, or by the
                // register's title when the notice has one entry for all.
                let row = retention_law::row_for(&format!("{data} {lower}"))
                    .or_else(|| single.then(|| retention_law::row_for(&title)).flatten());
                let (Some(row), Some(written)) = (row, retention_law::written_period(&lower))
                else {
                    continue;
                };
                if retention_law::shorter(written, row) {
                    hits.at(format!("/retention/{i}/period"))
                        .arg("documents", row.document_fi.clone())
                        .arg("law", row.period_fi.clone());
                    break;
                }
            }
        }
    },
};
