//! The effective notice: what a notice states once seloste has added the
//! standard statements of law that it leaves unsaid. `check` and the
//! renderers read the same [`Effective`], so a published page never states
//! what `check` reports as missing, and every statement seloste adds in the
//! controller's name is a `standard-statement` finding of `check`.
//!
//! A statement is added only where the law makes it true for this notice:
//! the rights that apply to all processing (access, rectification,
//! restriction), the complaint right with the competent authority's
//! contacts, the Art 12(3) response time and the Art 12(5) cost, and the
//! rights that the declared legal bases make applicable (erasure,
//! portability, objection, withdrawal of consent). Never a right the
//! notice's bases rule out or leave undecided, and never where the notice
//! states the item itself. `standard_texts = "declared-only"` in
//! `seloste.toml` adds nothing.

use serde::{Deserialize, Serialize};

use crate::model::{Art9Condition, LegalBasis as B, Notice, RightDecl, RightKind};

/// Whether seloste fills in standard statements (`seloste.toml`
/// `standard_texts`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StandardTexts {
    /// Add the standard statements that the law makes true for the notice.
    #[default]
    Fill,
    /// Publish only what the notice declares.
    DeclaredOnly,
}

/// A standard statement seloste can add in the controller's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Statement {
    /// A data subject's right (Arts 15-21), with its standard explanation.
    Right(RightKind),
    /// The right to lodge a complaint (Art 77) and the Data Protection
    /// Ombudsman's contacts.
    Complaint,
    /// How to make a request (Art 12(2)).
    Requests,
    /// The response time (Art 12(3)).
    ResponseTime,
    /// The cost of requests (Art 12(5)).
    Fees,
}

impl Statement {
    /// The key of the standard text that makes the statement, in
    /// `locales/<lang>/notice.ftl` (shown in findings).
    pub fn text_key(self) -> String {
        match self {
            Statement::Right(k) => format!("right.{}.explain", k.key()),
            Statement::Complaint => "statement.complaint".to_owned(),
            Statement::Requests => "statement.requests_default".to_owned(),
            Statement::ResponseTime => "statement.response_time_default".to_owned(),
            Statement::Fees => "statement.fees_default".to_owned(),
        }
    }

    /// The key of the item's name in the standard texts (the heading or
    /// label under which the statement is published).
    pub fn name_key(self) -> String {
        match self {
            Statement::Right(k) => format!("right.{}.name", k.key()),
            Statement::Complaint => "section.complaint".to_owned(),
            Statement::Requests => "section.requests".to_owned(),
            Statement::ResponseTime => "field.response_time".to_owned(),
            Statement::Fees => "field.fees".to_owned(),
        }
    }

    /// The anchor of the item's section or subsection in the HTML page.
    pub fn anchor(self) -> String {
        match self {
            Statement::Right(k) => format!("right-{}", k.key().replace('_', "-")),
            Statement::Complaint => "complaint".to_owned(),
            Statement::Requests | Statement::ResponseTime | Statement::Fees => {
                "requests".to_owned()
            }
        }
    }

    /// Where in the notice the item would be declared (JSON pointer; the
    /// parent when the notice has no block for it).
    pub fn pointer(self, notice: &Notice) -> String {
        match self {
            Statement::Right(k) if notice.rights.is_some() => format!("/rights/{}", k.key()),
            Statement::Right(_) => "/rights".to_owned(),
            Statement::Complaint => "/complaint".to_owned(),
            Statement::Requests if notice.requests.is_some() => "/requests/description".to_owned(),
            Statement::ResponseTime if notice.requests.is_some() => {
                "/requests/response_time".to_owned()
            }
            Statement::Fees if notice.requests.is_some() => "/requests/fees".to_owned(),
            Statement::Requests | Statement::ResponseTime | Statement::Fees => {
                "/requests".to_owned()
            }
        }
    }
}

/// A right of Arts 15-21 and the bases under which it applies; `None`:
/// whatever the basis.
struct RightRow {
    /// The right.
    key: RightKind,
    /// The bases that make the right applicable; `None`: always.
    bases: Option<&'static [B]>,
}

/// The legal basis → rights table (GDPR Arts 17(1), 17(3)(b), 20(1), 20(3),
/// 21(1); cross-checked with the W3C DPV mapping).
static RIGHTS_BY_BASIS: &[RightRow] = &[
    RightRow {
        key: RightKind::Access,
        bases: None,
    },
    RightRow {
        key: RightKind::Rectification,
        bases: None,
    },
    RightRow {
        key: RightKind::Restriction,
        bases: None,
    },
    RightRow {
        key: RightKind::Erasure,
        bases: Some(&[
            B::Consent,
            B::Contract,
            B::VitalInterests,
            B::LegitimateInterests,
        ]),
    },
    RightRow {
        key: RightKind::Portability,
        bases: Some(&[B::Consent, B::Contract]),
    },
    RightRow {
        key: RightKind::Object,
        bases: Some(&[B::PublicTask, B::LegitimateInterests]),
    },
];

/// The bases under which a right applies (`None`: always; rights outside
/// the table: never by basis alone).
pub(crate) fn right_bases(key: RightKind) -> Option<Option<&'static [B]>> {
    RIGHTS_BY_BASIS
        .iter()
        .find(|r| r.key == key)
        .map(|r| r.bases)
}

/// Phrases by which a notice's own text for the right to object says that
/// the data subject cannot object (lower case, fi/sv/en). Such a text is
/// published as the notice's own words, never under the highlighted "your
/// right to object" heading, and `check` reports it (`right-object-denied`).
const OBJECT_DENIALS: &[&str] = &[
    "ei voi kieltää",
    "ei voi vastustaa",
    "ei ole oikeutta kieltää",
    "ei ole oikeutta vastustaa",
    "ei ole kielto-oikeutta",
    "ei voida kieltää",
    "kan inte invända",
    "kan inte förbjuda",
    "har inte rätt att invända",
    "har ingen rätt att invända",
    "cannot object",
    "can not object",
    "may not object",
    "has no right to object",
    "have no right to object",
    "cannot prohibit",
];

/// A notice with the standard statements seloste adds to it.
#[derive(Debug, Clone)]
pub struct Effective<'a> {
    /// The notice as declared.
    pub notice: &'a Notice,
    /// The mode it was computed in.
    pub mode: StandardTexts,
    added: Vec<Statement>,
    object_denied: bool,
}

impl<'a> Effective<'a> {
    /// The effective notice of `notice` in `mode`.
    pub fn new(notice: &'a Notice, mode: StandardTexts) -> Effective<'a> {
        let added = match mode {
            StandardTexts::DeclaredOnly => Vec::new(),
            StandardTexts::Fill => additions(notice),
        };
        let object_denied = declared_right(notice, RightKind::Object)
            .and_then(RightDecl::details)
            .and_then(|d| d.description.as_ref())
            .is_some_and(|t| {
                t.all().any(|s| {
                    let l = s.to_lowercase();
                    OBJECT_DENIALS.iter().any(|p| l.contains(p))
                })
            });
        Effective {
            notice,
            mode,
            added,
            object_denied,
        }
    }

    /// Whether the notice's own text for the right to object says that the
    /// data subject cannot object: the page shows that text in the rights
    /// section only, not as the highlighted right to object.
    pub fn object_denied(&self) -> bool {
        self.object_denied
    }

    /// The statements added, in the order of the notice.
    pub fn added(&self) -> &[Statement] {
        &self.added
    }

    /// Whether seloste adds `s`.
    pub fn adds(&self, s: Statement) -> bool {
        self.added.contains(&s)
    }

    /// Whether the published notice states the right as applying: declared
    /// (`true` or details without `applies: false`) or added.
    pub fn states_right(&self, key: RightKind) -> bool {
        declared_right(self.notice, key).is_some_and(|d| d.applies() != Some(false))
            || self.adds(Statement::Right(key))
    }

    /// Whether the published notice states the item of `s`.
    pub fn states(&self, s: Statement) -> bool {
        match s {
            Statement::Right(k) => self.states_right(k),
            Statement::Complaint => self.states_complaint(),
            _ => self.adds(s),
        }
    }

    /// Whether the published notice has a complaint section.
    pub fn states_complaint(&self) -> bool {
        self.notice.complaint.is_some() || self.adds(Statement::Complaint)
    }
}

fn declared_right(notice: &Notice, key: RightKind) -> Option<&RightDecl> {
    notice.rights.as_ref().and_then(|r| r.get(key))
}

/// Whether the notice's declared bases make `key` applicable for certain.
fn applies_by_basis(notice: &Notice, key: RightKind) -> bool {
    let declared = |b: B| notice.purposes.iter().any(|p| p.legal_basis == Some(b));
    match key {
        RightKind::WithdrawConsent => {
            declared(B::Consent)
                || notice
                    .special_categories
                    .iter()
                    .any(|s| s.condition == Some(Art9Condition::ExplicitConsent))
        }
        RightKind::Object
            if notice
                .purposes
                .iter()
                .any(|p| p.direct_marketing == Some(true)) =>
        {
            true
        }
        _ => match right_bases(key) {
            Some(None) => true,
            Some(Some(bases)) => bases.iter().any(|b| declared(*b)),
            None => false,
        },
    }
}

/// What the law makes true and the notice leaves unsaid.
fn additions(notice: &Notice) -> Vec<Statement> {
    let mut out = Vec::new();
    for key in RightKind::ALL {
        // Any declaration, `applies: false` included, is the notice's own
        // statement about the right.
        if declared_right(notice, key).is_none() && applies_by_basis(notice, key) {
            out.push(Statement::Right(key));
        }
    }
    let requests = notice.requests.as_ref();
    if requests.and_then(|r| r.description.as_ref()).is_none() {
        out.push(Statement::Requests);
    }
    if requests.and_then(|r| r.response_time.as_ref()).is_none() {
        out.push(Statement::ResponseTime);
    }
    if requests.and_then(|r| r.fees.as_ref()).is_none() {
        out.push(Statement::Fees);
    }
    if notice.complaint.is_none() {
        out.push(Statement::Complaint);
    }
    out
}
