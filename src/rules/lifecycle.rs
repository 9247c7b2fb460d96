//! The statutory requirement (Art 13(2)(e)), automated decisions
//! (Art 13(2)(f)), dates, versions, staleness and language coverage (Art 12).

use super::facts::Known;
use super::helpers::walk;
use super::{Cx, Hits, Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;
use crate::model::Text;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &STATUTORY,
    &ADM_DECLARED,
    &ADM_LOGIC,
    &DATED,
    &DATE_ORDER,
    &STALE,
    &CHANGES,
    &LANGUAGE_COVERAGE,
    &BILINGUAL,
];

/// The core items of Art 13(1)/(2) and 14(1)/(2) in this area: they weigh
/// most in the completeness figure (`weights.rs`).
pub(super) static CORE: &[&Rule] = &[&ADM_DECLARED];

static STATUTORY: Rule = Rule {
    code: Code::rule(
        "statutory-requirement",
        "GDPR Art. 13(2)(e)",
        Severity::Error,
    ),
    scope: Scope::Art13,
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
    code: Code::rule(
        "automated-decisions-declared",
        "GDPR Art. 13(2)(f), 14(2)(g); WP260 rev.01",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "automated_decisions: ~\n",
    pass: "automated_decisions:\n  used: false\n",
    check: |cx, hits| {
        if cx.notice.automated_decisions.is_none() {
            hits.at("/automated_decisions");
        }
    },
};

static ADM_LOGIC: Rule = Rule {
    code: Code::rule(
        "automated-decisions-logic",
        "GDPR Art. 13(2)(f), 14(2)(g), 22",
        Severity::Error,
    ),
    scope: Scope::Both,
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
    code: Code::rule(
        "notice-date",
        "GDPR Art. 12(1); WP260 rev.01 (changes to information)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "published: ~\nupdated: ~\nchanges: ~\n",
    pass: "updated: 2026-06-01\nchanges: ~\n",
    check: |cx, hits| {
        if cx.notice.updated.is_none() && cx.notice.published.is_none() {
            hits.at("/title").key();
        }
    },
};

static DATE_ORDER: Rule = Rule {
    code: Code::rule("date-order", "GDPR Art. 5(1)(d), 12(1)", Severity::Warning),
    scope: Scope::Both,
    fail: "published: 2026-07-01\nupdated: 2026-06-01\nchanges: ~\n",
    pass: "published: 2025-07-01\nupdated: 2026-06-01\nchanges: ~\n",
    check: |cx, hits| {
        let n = cx.notice;
        if let (Some(p), Some(u)) = (n.published, n.updated)
            && p > u
        {
            hits.at("/updated")
                .arg("case", "order")
                .arg("updated", u)
                .arg("published", p);
        }
        for (key, d) in [("published", n.published), ("updated", n.updated)] {
            if let Some(d) = d
                && d > cx.as_of
            {
                hits.at(format!("/{key}"))
                    .arg("case", "future")
                    .arg("key", key)
                    .arg("date", d)
                    .arg("as_of", cx.as_of);
            }
        }
    },
};

static STALE: Rule = Rule {
    code: Code::rule("stale", "GDPR Art. 5(1)(d), 12(1)", Severity::Warning),
    scope: Scope::Both,
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
                .arg("date", date)
                .arg("months", cx.stale_months)
                .arg("as_of", cx.as_of);
        }
    },
};

static CHANGES: Rule = Rule {
    code: Code::rule(
        "change-log",
        "WP260 rev.01 (changes to Art 13/14 information)",
        Severity::Info,
    ),
    scope: Scope::Both,
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
        let case = match (missing.is_empty(), extra.is_empty()) {
            (true, true) => continue,
            (false, true) => "missing",
            (true, false) => "extra",
            (false, false) => "both",
        };
        hits.at(pointer)
            .key()
            .arg("case", case)
            .arg("missing", missing.join(", "))
            .arg("extra", extra.join(", "));
    }
}

static LANGUAGE_COVERAGE: Rule = Rule {
    code: Code::rule(
        "language-coverage",
        "GDPR Art. 12(1); Kielilaki 423/2003",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "languages: [fi, sv]\ntitle:\n  fi: Jäsenrekisteri\n",
    pass: "languages: [fi, sv]\ntitle:\n  fi: Jäsenrekisteri\n  sv: Medlemsregister\n",
    check: coverage,
};

static BILINGUAL: Rule = Rule {
    code: Code::rule(
        "fi-bilingual-authority",
        "Kielilaki 423/2003 6 §, 32 §; VNa 1385/2022; GDPR Art. 12(1)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Kauniaisten kaupunki\n  kind: municipality\n  business_id: 0208213-4\n  address: PL 52, 02701 Kauniainen\n  email: kirjaamo@kauniainen.fi\n",
    pass: "languages: [fi, sv]\ntitle:\n  fi: Jäsenrekisteri\n  sv: Medlemsregister\ncontroller:\n  name:\n    fi: Kauniaisten kaupunki\n    sv: Grankulla stad\n  kind: municipality\n  business_id: 0208213-4\n  address: PL 52, 02701 Kauniainen\n  email: kirjaamo@kauniainen.fi\n",
    check: |cx, hits| {
        let c = &cx.notice.controller;
        if matches!(
            cx.facts.kind,
            Some(
                crate::model::ControllerKind::Company
                    | crate::model::ControllerKind::Association
                    | crate::model::ControllerKind::Foundation
                    | crate::model::ControllerKind::ReligiousCommunity
                    | crate::model::ControllerKind::Other
            )
        ) {
            return;
        }
        let Some(b) = crate::municipalities::bilingual(&c.name, cx.as_of) else {
            return;
        };
        let langs = &cx.notice.languages;
        let missing: Vec<&str> = [crate::model::Lang::Fi, crate::model::Lang::Sv]
            .into_iter()
            .filter(|l| !langs.contains(l))
            .map(crate::model::Lang::code)
            .collect();
        if let Some(first) = missing.first() {
            hits.at("/languages")
                .arg("authority", b.name)
                .arg("source", b.source)
                .arg("missing", *first);
        }
    },
};
