//! Data-subject rights (Art 13(2)(b)-(c), Arts 15-22), how to exercise them
//! (Art 12) and the right to complain (Art 77). Which rights apply follows
//! the legal basis → rights table of [`crate::effective`].

use super::facts::stated;
use super::helpers::{Words, find_all_text};
use super::{Cx, Hits, Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;
use crate::effective::{Statement, right_bases};
use crate::model::{LegalBasis as B, RightDecl, RightKind, Rights};

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &ACCESS,
    &RECTIFICATION,
    &RESTRICTION,
    &ERASURE,
    &ERASURE_LIMITED,
    &OBJECT,
    &DIRECT_MARKETING,
    &OBJECT_DENIED,
    &PORTABILITY,
    &NOT_APPLICABLE,
    &TOGETHER_TWICE,
    &WITHDRAW,
    &ADM_RIGHT,
    &HOW_TO,
    &COMPLAINT,
];

/// The core items of Art 13(1)/(2) and 14(1)/(2) in this area: they weigh
/// most in the completeness figure (`weights.rs`).
pub(super) static CORE: &[&Rule] = &[
    &ACCESS,
    &RECTIFICATION,
    &RESTRICTION,
    &ERASURE,
    &OBJECT,
    &PORTABILITY,
    &WITHDRAW,
    &COMPLAINT,
];

/// The rules that report a standard statement's item as missing, with the
/// statement: the page states none of them where the rule fires.
pub(super) static MISSING: &[(&Rule, Statement)] = &[
    (&ACCESS, Statement::Right(RightKind::Access)),
    (&RECTIFICATION, Statement::Right(RightKind::Rectification)),
    (&RESTRICTION, Statement::Right(RightKind::Restriction)),
    (&ERASURE, Statement::Right(RightKind::Erasure)),
    (&PORTABILITY, Statement::Right(RightKind::Portability)),
    (&OBJECT, Statement::Right(RightKind::Object)),
    (&DIRECT_MARKETING, Statement::Right(RightKind::Object)),
    (&WITHDRAW, Statement::Right(RightKind::WithdrawConsent)),
    (&COMPLAINT, Statement::Complaint),
];

/// The keys under `rights`, in the order of the format.
fn right(rights: &Option<Rights>, key: RightKind) -> Option<&RightDecl> {
    rights.as_ref().and_then(|r| r.get(key))
}

/// Reports a right that must be stated but is not (absent, or `applies:
/// false` without a reason). Where the bases are incomplete and the right
/// depends on them, reports an info instead.
fn require(cx: &Cx<'_>, hits: &mut Hits, key: RightKind) {
    let bases = right_bases(key).expect("known right");
    let decl = right(&cx.notice.rights, key);
    // Stated by the notice, or by the standard text seloste adds (reported
    // by `standard-statement`).
    if stated(decl) || cx.effective.adds(Statement::Right(key)) {
        return;
    }
    if let Some(RightDecl::Details(d)) = decl
        && d.reason.is_some()
    {
        // `applies: false` with a reason is a statement about the right.
        return;
    }
    let pointer = Statement::Right(key).pointer(cx.notice);
    match bases {
        None => {
            hits.at(pointer);
        }
        Some(bases) => {
            if cx.facts.any(bases) {
                hits.at(pointer);
            } else if cx.facts.bases_incomplete {
                hits.at(pointer).severity(Severity::Info);
            }
        }
    }
}

macro_rules! right_rule {
    ($name:ident, $id:literal, $key:expr, $article:literal, $fail:expr, $pass:expr) => {
        static $name: Rule = Rule {
            code: Code::rule($id, $article, Severity::Error),
            scope: Scope::Both,
            fail: $fail,
            pass: $pass,
            check: |cx, hits| require(cx, hits, $key),
        };
    };
}

right_rule!(
    ACCESS,
    "right-access",
    RightKind::Access,
    "GDPR Art. 13(2)(b), 14(2)(c), 15",
    "rights:\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    RECTIFICATION,
    "right-rectification",
    RightKind::Rectification,
    "GDPR Art. 13(2)(b), 14(2)(c), 16",
    "rights:\n  access: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    RESTRICTION,
    "right-restriction",
    RightKind::Restriction,
    "GDPR Art. 13(2)(b), 14(2)(c), 18",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    ERASURE,
    "right-erasure",
    RightKind::Erasure,
    "GDPR Art. 13(2)(b), 14(2)(c), 17",
    "rights:\n  access: true\n  rectification: true\n  restriction: true\n  portability: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

right_rule!(
    OBJECT,
    "right-object",
    RightKind::Object,
    "GDPR Art. 13(2)(b), 14(2)(c), 21(1)",
    "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\n    legitimate_interests: Toiminnasta tiedottaminen.\n",
    "purposes:\n  - description: Jäsenviestintä.\n    legal_basis: legitimate_interests\n    legitimate_interests: Toiminnasta tiedottaminen.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  object: true\n"
);

right_rule!(
    PORTABILITY,
    "right-portability",
    RightKind::Portability,
    "GDPR Art. 13(2)(b), 14(2)(c), 20",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n",
    "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n"
);

static ERASURE_LIMITED: Rule = Rule {
    code: Code::rule(
        "right-erasure-limited",
        "GDPR Art. 17(3)(b)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  erasure: true\n",
    pass: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  erasure:\n    applies: false\n    reason: Käsittely perustuu lakisääteiseen velvoitteeseen (17 artiklan 3 kohdan b alakohta).\n",
    check: |cx, hits| {
        if !cx.facts.only(&[B::LegalObligation, B::PublicTask]) || cx.facts.bases_incomplete {
            return;
        }
        let decl = right(&cx.notice.rights, RightKind::Erasure);
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

static MARKETING_TEXT: Words = Words::new(&[
    "suoramarkkinoin",
    "direct marketing",
    "direktmarknadsföring",
]);

static DIRECT_MARKETING: Rule = Rule {
    code: Code::rule(
        "right-object-direct-marketing",
        "GDPR Art. 21(2)-(4)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\n    direct_marketing: true\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    pass: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\n    direct_marketing: true\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n  object: true\n",
    check: |cx, hits| {
        let marketing = cx.facts.direct_marketing || !find_all_text(cx, &MARKETING_TEXT).is_empty();
        if marketing && !cx.effective.states_right(RightKind::Object) {
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

static OBJECT_DENIED: Rule = Rule {
    code: Code::rule(
        "right-object-denied",
        "GDPR Art. 21(1), 12(1)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  object:\n    description: Asiakas ei voi kieltää tietojensa käsittelyä.\n",
    pass: "rights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  object:\n    description: Voit vastustaa tietojesi käsittelyä erityiseen tilanteeseesi liittyvällä perusteella.\n",
    check: |cx, hits| {
        if cx.effective.object_denied() {
            hits.at("/rights/object/description");
        }
    },
};

static NOT_APPLICABLE: Rule = Rule {
    code: Code::rule(
        "right-not-applicable",
        "GDPR Art. 17(3)(b), 20(3), 21(1)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n  portability: true\n",
    pass: "purposes:\n  - description: Lakisääteinen tehtävä.\n    legal_basis: legal_obligation\n    laws: [\"1301/2014\"]\nrights:\n  access: true\n  rectification: true\n  restriction: true\n",
    check: |cx, hits| {
        if cx.facts.bases_incomplete {
            return;
        }
        for kind in [RightKind::Portability, RightKind::Object] {
            let bases = right_bases(kind).flatten().unwrap_or(&[]);
            let applies =
                cx.facts.any(bases) || (kind == RightKind::Object && cx.facts.direct_marketing);
            if applies {
                continue;
            }
            let key = kind.key();
            match right(&cx.notice.rights, kind) {
                Some(RightDecl::Flag(true)) => {
                    hits.at(format!("/rights/{key}")).arg("right", key);
                }
                // Stated with others in one shared text.
                Some(RightDecl::Details(r)) if r.shared.is_some() => {
                    let group = r.shared.unwrap_or_default();
                    hits.at(format!("/rights/together/{group}/rights"))
                        .arg("right", key);
                }
                _ => {}
            }
        }
    },
};

/// A right in `rights.together` that is also declared on its own, or in
/// an earlier entry: the page states only that other declaration.
static TOGETHER_TWICE: Rule = Rule {
    code: Code::rule(
        "rights-together-twice",
        "GDPR Art. 12(1)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "rights:\n  access: true\n  together:\n    - rights: [access, rectification]\n      description: Sinulla on oikeus tarkastaa ja oikaista tietosi.\n",
    pass: "rights:\n  together:\n    - rights: [access, rectification]\n      description: Sinulla on oikeus tarkastaa ja oikaista tietosi.\n",
    check: |cx, hits| {
        let Some(rights) = &cx.notice.rights else {
            return;
        };
        for (g, group) in rights.together.iter().enumerate() {
            for (i, kind) in group.rights.iter().enumerate() {
                let shared = rights
                    .get(*kind)
                    .and_then(RightDecl::details)
                    .and_then(|d| d.shared);
                if shared != Some(g) || group.rights[..i].contains(kind) {
                    hits.at(format!("/rights/together/{g}/rights/{i}"))
                        .arg("right", kind.key());
                }
            }
        }
    },
};

static CONSENT_TEXT: Words = Words::new(&["suostumukse", "suostumuksella", "samtycke", "consent"]);

static WITHDRAW: Rule = Rule {
    code: Code::rule(
        "consent-withdrawal",
        "GDPR Art. 13(2)(c), 14(2)(d), 7(3)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\n",
    pass: "purposes:\n  - description: Tapahtumakutsut.\n    legal_basis: consent\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  withdraw_consent: true\n",
    check: |cx, hits| {
        if cx.effective.states_right(RightKind::WithdrawConsent) {
            return;
        }
        if cx.facts.consent_basis {
            hits.at(if cx.notice.rights.is_some() {
                "/rights"
            } else {
                "/purposes"
            })
            .key()
            .arg("case", "basis");
            return;
        }
        // A disclosure on consent: often a consent under secrecy law to
        // disclose, not the basis of the processing (Art 6(1)(a)), so the
        // Art 13(2)(c) duty is not certain: a warning.
        if let Some(i) = cx.facts.disclosure_on_consent {
            hits.at(format!("/recipients/{i}/consent"))
                .key()
                .arg("case", "disclosure")
                .severity(Severity::Warning);
            return;
        }
        // The notice's own words say consent is a ground: cannot be sure, so info.
        if let Some((p, _)) = find_all_text(cx, &CONSENT_TEXT).into_iter().next() {
            hits.at(p).arg("case", "text").severity(Severity::Info);
        }
    },
};

static ADM_RIGHT: Rule = Rule {
    code: Code::rule(
        "right-automated-decision",
        "GDPR Art. 22(1), (3); 13(2)(f)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "automated_decisions:\n  used: true\n  logic: Tuen määrä lasketaan tuloista.\n  significance: Päätös vaikuttaa tuen määrään.\n",
    pass: "automated_decisions:\n  used: true\n  logic: Tuen määrä lasketaan tuloista.\n  significance: Päätös vaikuttaa tuen määrään.\nrights:\n  access: true\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n  automated_decision: true\n",
    check: |cx, hits| {
        if cx
            .notice
            .automated_decisions
            .as_ref()
            .is_some_and(|a| a.used)
            && !stated(right(&cx.notice.rights, RightKind::AutomatedDecision))
        {
            // The Art 22(3) safeguards apply to decisions based on a
            // contract or explicit consent (22(2)(a), (c)); decisions
            // authorised by law (22(2)(b)) carry the law's own safeguards.
            let contract_or_consent = cx.facts.has(B::Contract) || cx.facts.consent_basis;
            let hit = hits.at("/automated_decisions/used");
            if contract_or_consent {
                hit.arg("case", "safeguards");
            } else if cx.facts.bases_incomplete {
                hit.arg("case", "safeguards").severity(Severity::Info);
            } else {
                hit.arg("case", "law").severity(Severity::Info);
            }
        }
    },
};

static HOW_TO: Rule = Rule {
    code: Code::rule(
        "rights-how-to",
        "GDPR Art. 12(2); WP260 rev.01 Annex (13(2)(b))",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "requests: ~\n",
    pass: "requests:\n  email: tietosuoja@esimerkki.fi\n",
    check: |cx, hits| {
        if cx.notice.requests.is_some() {
            return;
        }
        if cx.notice.rights.is_none() {
            return;
        }
        let all_how = RightKind::ALL
            .into_iter()
            .filter_map(|k| right(&cx.notice.rights, k))
            .filter(|d| d.applies() != Some(false))
            .all(|d| d.details().is_some_and(|x| x.how.is_some()));
        if !all_how {
            hits.at("/rights").key();
        }
    },
};

static COMPLAINT: Rule = Rule {
    code: Code::rule(
        "complaint",
        "GDPR Art. 13(2)(d), 14(2)(e), 77",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "complaint: ~\n",
    pass: "complaint:\n  authority: fi_ombudsman\n",
    check: |cx, hits| {
        if !cx.effective.states_complaint() {
            hits.at("/complaint");
        }
    },
};
