//! Data-subject rights (Art 13(2)(b)-(c), Arts 15-22), how to exercise them
//! (Art 12) and the right to complain (Art 77). Which rights apply follows
//! the legal basis → rights table of [`RIGHTS_BY_BASIS`].

use super::facts::stated;
use super::helpers::find_all_text;
use super::{Cx, Hits, Msg, Rule, Scope};
use crate::diag::Severity;
use crate::model::{LegalBasis as B, RightDecl, Rights};

/// The rules of this area.
pub static RULES: &[&Rule] = &[
    &ACCESS,
    &RECTIFICATION,
    &RESTRICTION,
    &ERASURE,
    &ERASURE_LIMITED,
    &OBJECT,
    &DIRECT_MARKETING,
    &PORTABILITY,
    &NOT_APPLICABLE,
    &WITHDRAW,
    &ADM_RIGHT,
    &HOW_TO,
    &COMPLAINT,
];

/// A right of Art 15-22 and the bases under which a notice must state it
/// (Art 13(2)(b)); `None` means "whatever the basis".
pub struct RightRow {
    /// The key under `rights`.
    pub key: &'static str,
    /// The bases that make the right applicable; `None`: always.
    pub bases: Option<&'static [B]>,
}

/// The legal basis → rights table (GDPR Arts 17(1), 17(3)(b), 20(1), 20(3),
/// 21(1); cross-checked with the W3C DPV mapping).
pub static RIGHTS_BY_BASIS: &[RightRow] = &[
    RightRow {
        key: "access",
        bases: None,
    },
    RightRow {
        key: "rectification",
        bases: None,
    },
    RightRow {
        key: "restriction",
        bases: None,
    },
    RightRow {
        key: "erasure",
        bases: Some(&[
            B::Consent,
            B::Contract,
            B::VitalInterests,
            B::LegitimateInterests,
        ]),
    },
    RightRow {
        key: "portability",
        bases: Some(&[B::Consent, B::Contract]),
    },
    RightRow {
        key: "object",
        bases: Some(&[B::PublicTask, B::LegitimateInterests]),
    },
];

/// The keys under `rights`, in the order of the format.
fn right<'a>(rights: &'a Option<Rights>, key: &str) -> Option<&'a RightDecl> {
    rights.as_ref().and_then(|r| r.get(key))
}

/// Reports a right that must be stated but is not (absent, or `applies:
/// false` without a reason). Where the bases are incomplete and the right
/// depends on them, reports an info instead.
fn require(cx: &Cx<'_>, hits: &mut Hits, key: &'static str) {
    let row = RIGHTS_BY_BASIS
        .iter()
        .find(|r| r.key == key)
        .expect("known right");
    let decl = right(&cx.notice.rights, key);
    if stated(decl) {
        return;
    }
    if let Some(RightDecl::Details(d)) = decl
        && d.reason.is_some()
    {
        // `applies: false` with a reason is a statement about the right.
        return;
    }
    let pointer = if cx.notice.rights.is_some() {
        format!("/rights/{key}")
    } else {
        "/rights".to_owned()
    };
    match row.bases {
        None => {
            hits.at(pointer).arg("right", key);
        }
        Some(bases) => {
            if cx.facts.any(bases) {
                hits.at(pointer).arg("right", key);
            } else if cx.facts.bases_incomplete {
                hits.at(pointer).arg("right", key).severity(Severity::Info);
            }
        }
    }
}

macro_rules! right_rule {
    ($name:ident, $id:literal, $key:literal, $article:literal, $en:literal, $fi:literal, $what:literal, $why:literal, $fail:expr, $pass:expr) => {
        static $name: Rule = Rule {
            id: $id,
            article: $article,
            scope: Scope::Both,
            severity: Severity::Error,
            message: Msg {
                en: concat!("the notice does not state the right ", $en),
                fi: concat!("selosteessa ei kerrota oikeudesta ", $fi),
            },
            help: Msg {
                en: concat!("add `rights: {", $key, ": true}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information"),
                fi: concat!("lisää `rights: {", $key, ": true}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi"),
            },
            what: $what,
            why: $why,
            fail: $fail,
            pass: $pass,
            check: |cx, hits| require(cx, hits, $key),
        };
    };
}

right_rule!(
    ACCESS,
    "right-access",
    "access",
    "GDPR Art. 13(2)(b), 14(2)(c), 15",
    "of access (Art 15)",
    "saada pääsy tietoihin (15 artikla)",
    "The notice states the right of access.",
    "Art 13(2)(b) and 14(2)(c) require informing of the right to request access (Art 15), whatever the legal basis.",
    "rights:\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    RECTIFICATION,
    "right-rectification",
    "rectification",
    "GDPR Art. 13(2)(b), 14(2)(c), 16",
    "to rectification (Art 16)",
    "tietojen oikaisemiseen (16 artikla)",
    "The notice states the right to rectification.",
    "Art 13(2)(b) and 14(2)(c) require informing of the right to rectification (Art 16), whatever the legal basis.",
    "rights:\n  access: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    RESTRICTION,
    "right-restriction",
    "restriction",
    "GDPR Art. 13(2)(b), 14(2)(c), 18",
    "to restriction of processing (Art 18)",
    "käsittelyn rajoittamiseen (18 artikla)",
    "The notice states the right to restriction of processing.",
    "Art 13(2)(b) and 14(2)(c) require informing of the right to restriction (Art 18), whatever the legal basis. None of the five seed notices mentions it.",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    ERASURE,
    "right-erasure",
    "erasure",
    "GDPR Art. 13(2)(b), 14(2)(c), 17",
    "to erasure (Art 17)",
    "tietojen poistamiseen (17 artikla)",
    "When a purpose relies on consent, contract, vital interests or legitimate interests, the notice states the right to erasure.",
    "Art 17(1) applies to these bases; for legal obligations and public tasks Art 17(3)(b) excludes it (see `right-erasure-limited`).",
    "rights:\n  access: true\n  rectification: true\n  restriction: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    OBJECT,
    "right-object",
    "object",
    "GDPR Art. 13(2)(b), 14(2)(c), 21(1)",
    "to object (Art 21)",
    "vastustaa käsittelyä (21 artikla)",
    "When a purpose relies on a public task or legitimate interests, the notice states the right to object.",
    "Art 21(1) gives the right to object to processing based on Art 6(1)(e) or (f); Art 21(4) requires it to be presented clearly and separately.",
    "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\n    legitimate_interests: Toiminnasta tiedottaminen.\n",
    "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\n    legitimate_interests: Toiminnasta tiedottaminen.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  object: true\n"
);

right_rule!(
    PORTABILITY,
    "right-portability",
    "portability",
    "GDPR Art. 13(2)(b), 14(2)(c), 20",
    "to data portability (Art 20)",
    "siirtää tiedot järjestelmästä toiseen (20 artikla)",
    "When a purpose relies on consent or a contract, the notice states the right to data portability.",
    "Art 20(1): the right applies where processing is based on consent or a contract and carried out by automated means. It does not apply to public tasks (Art 20(3)).",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

static ERASURE_LIMITED: Rule = Rule {
    id: "right-erasure-limited",
    article: "GDPR Art. 17(3)(b)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the right to erasure is promised without limitation, although all processing rests on a legal obligation or public task",
        fi: "oikeus tietojen poistamiseen luvataan rajoituksetta, vaikka kaikki käsittely perustuu lakisääteiseen velvoitteeseen tai yleisen edun tehtävään",
    },
    help: Msg {
        en: "state the limitation: `erasure: {applies: false, reason: ...}` citing Art 17(3)(b) and the retention law",
        fi: "kerro rajoitus: `erasure: {applies: false, reason: ...}` ja viittaa 17 artiklan 3 kohdan b alakohtaan sekä säilytysaikoja koskevaan lakiin",
    },
    what: "When every purpose rests on `legal_obligation` or `public_task`, erasure is not stated as applying without a reason.",
    why: "Art 17(3)(b): the right to erasure does not apply where processing is necessary for compliance with a legal obligation or a public task. Promising it unconditionally misleads.",
    fail: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  erasure: true\n",
    pass: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  erasure:\n    applies: false\n    reason: Käsittely perustuu lakisääteiseen velvoitteeseen (17 artiklan 3 kohdan b alakohta).\n",
    check: |cx, hits| {
        if !cx.facts.only(&[B::LegalObligation, B::PublicTask]) || cx.facts.bases_incomplete {
            return;
        }
        let decl = right(&cx.notice.rights, "erasure");
        let unlimited = match decl {
            Some(RightDecl::Flag(true)) => true,
            Some(RightDecl::Details(d)) => d.applies != Some(false) && d.reason.is_none(),
            _ => false,
        };
        if unlimited {
            hits.at("/rights/erasure");
        }
    },
};

const MARKETING_TEXT: &[&str] = &[
    "suoramarkkinoin",
    "direct marketing",
    "direktmarknadsföring",
];

static DIRECT_MARKETING: Rule = Rule {
    id: "right-object-direct-marketing",
    article: "GDPR Art. 21(2)-(4)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "data are used for direct marketing but the unconditional right to object is not stated",
        fi: "tietoja käytetään suoramarkkinointiin, mutta ehdotonta vastustamisoikeutta ei kerrota",
    },
    help: Msg {
        en: "add `rights: {object: ...}` saying that the data subject may object to direct marketing at any time, free of charge",
        fi: "lisää `rights: {object: ...}` ja kerro, että suoramarkkinointia voi vastustaa milloin tahansa maksutta",
    },
    what: "A purpose marked `direct_marketing: true` (or a notice that speaks of direct marketing) states the right to object.",
    why: "Art 21(2)-(3): the data subject may object at any time to direct marketing, whatever the basis; Art 21(4) requires bringing it explicitly to their attention.",
    fail: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\n    direct_marketing: true\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    pass: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\n    direct_marketing: true\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n  object: true\n",
    check: |cx, hits| {
        let marketing = cx.facts.direct_marketing || !find_all_text(cx, MARKETING_TEXT).is_empty();
        if marketing && !stated(right(&cx.notice.rights, "object")) {
            let p = cx
                .notice
                .purposes
                .iter()
                .position(|p| p.direct_marketing == Some(true))
                .map_or("/rights".to_owned(), |i| {
                    format!("/purposes/{i}/direct_marketing")
                });
            hits.at(p);
        }
    },
};

static NOT_APPLICABLE: Rule = Rule {
    id: "right-not-applicable",
    article: "GDPR Art. 17(3)(b), 20(3), 21(1)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the right {right} is promised, but it does not apply to the declared legal bases",
        fi: "oikeus {right} luvataan, vaikka se ei sovellu ilmoitettuihin oikeusperusteisiin",
    },
    help: Msg {
        en: "remove the promise or write `{right}: {applies: false, reason: ...}`; a right that cannot be exercised misleads the reader",
        fi: "poista lupaus tai kirjoita `{right}: {applies: false, reason: ...}`; oikeus, jota ei voi käyttää, johtaa harhaan",
    },
    what: "Portability is not promised when no purpose rests on consent or contract; objection is not promised when no purpose rests on a public task or legitimate interests (unless for direct marketing).",
    why: "Art 20(1) limits portability to consent and contract (and Art 20(3) excludes public tasks); Art 21(1) limits objection to Art 6(1)(e) and (f).",
    fail: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  portability: true\n",
    pass: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n",
    check: |cx, hits| {
        if cx.facts.bases_incomplete {
            return;
        }
        for (key, row_key) in [("portability", "portability"), ("object", "object")] {
            let row = RIGHTS_BY_BASIS
                .iter()
                .find(|r| r.key == row_key)
                .expect("row");
            let bases = row.bases.unwrap_or(&[]);
            let applies = cx.facts.any(bases) || (key == "object" && cx.facts.direct_marketing);
            if !applies && matches!(right(&cx.notice.rights, key), Some(RightDecl::Flag(true))) {
                hits.at(format!("/rights/{key}")).arg("right", key);
            }
        }
    },
};

const CONSENT_TEXT: &[&str] = &["suostumukse", "suostumuksella", "samtycke", "consent"];

static WITHDRAW: Rule = Rule {
    id: "consent-withdrawal",
    article: "GDPR Art. 13(2)(c), 14(2)(d), 7(3)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "processing or disclosure rests on consent, but the right to withdraw consent at any time is not stated",
        fi: "käsittely tai luovutus perustuu suostumukseen, mutta oikeutta peruuttaa suostumus milloin tahansa ei kerrota",
    },
    help: Msg {
        en: "add `rights: {withdraw_consent: ...}`: withdrawal at any time, as easy as giving consent, without affecting the lawfulness of earlier processing",
        fi: "lisää `rights: {withdraw_consent: ...}`: suostumuksen voi peruuttaa milloin tahansa yhtä helposti kuin sen antoi, eikä peruutus vaikuta aiemman käsittelyn lainmukaisuuteen",
    },
    what: "When a purpose relies on consent, a special category on explicit consent, or a disclosure happens on consent, the right to withdraw consent is stated.",
    why: "Art 13(2)(c): where processing is based on consent, \"the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal\" (Art 7(3)).",
    fail: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\n",
    pass: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    check: |cx, hits| {
        if stated(right(&cx.notice.rights, "withdraw_consent")) {
            return;
        }
        if cx.facts.relies_on_consent {
            hits.at(if cx.notice.rights.is_some() {
                "/rights"
            } else {
                "/purposes"
            })
            .key();
            return;
        }
        // The notice's own words say consent is a ground: cannot be sure, so info.
        if let Some((p, _)) = find_all_text(cx, CONSENT_TEXT).into_iter().next() {
            hits.at(p).severity(Severity::Info);
        }
    },
};

static ADM_RIGHT: Rule = Rule {
    id: "right-automated-decision",
    article: "GDPR Art. 22(1), (3); 13(2)(f)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "automated decisions are made, but the right to human intervention and to contest the decision is not stated",
        fi: "automaattisia päätöksiä tehdään, mutta oikeutta ihmisen osallistumiseen ja päätöksen riitauttamiseen ei kerrota",
    },
    help: Msg {
        en: "add `rights: {automated_decision: ...}` describing how to obtain human intervention, express one's view and contest the decision",
        fi: "lisää `rights: {automated_decision: ...}` ja kerro, miten voi pyytää ihmisen osallistumista, esittää kantansa ja riitauttaa päätöksen",
    },
    what: "When `automated_decisions.used` is true, the Art 22 right is stated.",
    why: "Art 22(3): the controller shall implement at least the right to obtain human intervention, to express one's point of view and to contest the decision.",
    fail: "automated_decisions:\n  used: true\n  logic: Tuen määrä lasketaan tuloista.\n  significance: Päätös vaikuttaa tuen määrään.\n",
    pass: "automated_decisions:\n  used: true\n  logic: Tuen määrä lasketaan tuloista.\n  significance: Päätös vaikuttaa tuen määrään.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  automated_decision: true\n",
    check: |cx, hits| {
        if cx
            .notice
            .automated_decisions
            .as_ref()
            .is_some_and(|a| a.used)
            && !stated(right(&cx.notice.rights, "automated_decision"))
        {
            hits.at("/automated_decisions/used");
        }
    },
};

static HOW_TO: Rule = Rule {
    id: "rights-how-to",
    article: "GDPR Art. 12(2); WP260 rev.01 Annex (13(2)(b))",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the notice does not say how to exercise the rights",
        fi: "selosteessa ei kerrota, miten oikeuksia käytetään",
    },
    help: Msg {
        en: "add `requests:` with where to send requests (e-mail, address, form) or a `how` to each right",
        fi: "lisää `requests:` ja kerro, minne pyynnöt lähetetään (sähköposti, osoite, lomake), tai lisää kuhunkin oikeuteen `how`",
    },
    what: "The notice has a `requests` block or every stated right says `how` it is exercised.",
    why: "Art 12(2): the controller shall facilitate the exercise of the rights; the notice must say how.",
    fail: "requests: ~\n",
    pass: "requests:\n  email: tietosuoja@esimerkki.fi\n",
    check: |cx, hits| {
        if cx.notice.requests.is_some() {
            return;
        }
        if cx.notice.rights.is_none() {
            return;
        }
        let all_how = Rights::KEYS
            .iter()
            .filter_map(|k| right(&cx.notice.rights, k))
            .filter(|d| d.applies() != Some(false))
            .all(|d| d.details().is_some_and(|x| x.how.is_some()));
        if !all_how {
            hits.at("/rights").key();
        }
    },
};

static COMPLAINT: Rule = Rule {
    id: "complaint",
    article: "GDPR Art. 13(2)(d), 14(2)(e), 77",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the right to lodge a complaint with a supervisory authority is not stated",
        fi: "oikeutta tehdä valitus valvontaviranomaiselle ei kerrota",
    },
    help: Msg {
        en: "add `complaint: {authority: fi_ombudsman}`; seloste adds the Data Protection Ombudsman's current contact details. A mention only as a follow-up to a refused request is not enough: it is a general right",
        fi: "lisää `complaint: {authority: fi_ombudsman}`; seloste lisää tietosuojavaltuutetun ajantasaiset yhteystiedot. Pelkkä maininta kielteisen päätöksen jälkeen ei riitä: kyse on yleisestä oikeudesta",
    },
    what: "The notice has a `complaint` block.",
    why: "Art 13(2)(d), 14(2)(e): \"the right to lodge a complaint with a supervisory authority\" (Art 77), in particular in the Member State of habitual residence, place of work or of the alleged infringement. In Finland the authority is the Data Protection Ombudsman.",
    fail: "complaint: ~\n",
    pass: "complaint:\n  authority: fi_ombudsman\n",
    check: |cx, hits| {
        if cx.notice.complaint.is_none() {
            hits.at("/complaint");
        }
    },
};
