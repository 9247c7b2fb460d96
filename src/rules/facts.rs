//! Facts derived from a notice that decide which requirements apply: the
//! conditional logic of the catalog, as data the rules read.

use std::collections::BTreeSet;

use crate::model::{Art9Condition, LegalBasis, Notice, RightDecl};

/// A three-valued answer: the notice may not declare enough to decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// Yes.
    Yes,
    /// No.
    No,
    /// The notice does not say.
    Unknown,
}

impl From<Option<bool>> for Known {
    fn from(b: Option<bool>) -> Self {
        match b {
            Some(true) => Known::Yes,
            Some(false) => Known::No,
            None => Known::Unknown,
        }
    }
}

/// What the notice's declarations imply.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Art 13 applies: data are collected from the data subject.
    pub art13: Known,
    /// Art 14 applies: data come from other sources.
    pub art14: Known,
    /// The controller is a public authority or body (Art 37(1)(a), Art 6(1) last subparagraph).
    pub public_authority: Known,
    /// The Art 6(1) bases declared by the purposes.
    pub bases: BTreeSet<LegalBasisKey>,
    /// Some purpose has no declared basis, so basis-dependent requirements
    /// cannot be fully evaluated.
    pub bases_incomplete: bool,
    /// Consent is relied on somewhere: a consent basis, Art 9(2)(a), a
    /// disclosure on consent.
    pub relies_on_consent: bool,
    /// A purpose is direct marketing.
    pub direct_marketing: bool,
}

/// [`LegalBasis`] with an order, for sets.
pub(super) type LegalBasisKey = u8;

fn key(b: LegalBasis) -> LegalBasisKey {
    b as u8
}

impl Facts {
    /// Derives the facts of a notice.
    pub fn of(notice: &Notice) -> Facts {
        let (art13, art14) = match &notice.sources {
            Some(s) => (
                Known::from(s.from_data_subject),
                if s.other.is_empty() {
                    Known::No
                } else {
                    Known::Yes
                },
            ),
            None => (Known::Unknown, Known::Unknown),
        };
        let public_authority = match notice.controller.kind {
            Some(k) if k.is_public_authority() => Known::Yes,
            Some(_) => Known::No,
            None => Known::Unknown,
        };
        let bases = notice
            .purposes
            .iter()
            .filter_map(|p| p.legal_basis)
            .map(key)
            .collect();
        let bases_incomplete =
            notice.purposes.is_empty() || notice.purposes.iter().any(|p| p.legal_basis.is_none());
        let relies_on_consent = notice
            .purposes
            .iter()
            .any(|p| p.legal_basis == Some(LegalBasis::Consent))
            || notice
                .special_categories
                .iter()
                .any(|s| s.condition == Some(Art9Condition::ExplicitConsent))
            || notice
                .recipients
                .iter()
                .flatten()
                .any(|r| r.consent == Some(true));
        let direct_marketing = notice
            .purposes
            .iter()
            .any(|p| p.direct_marketing == Some(true));
        Facts {
            art13,
            art14,
            public_authority,
            bases,
            bases_incomplete,
            relies_on_consent,
            direct_marketing,
        }
    }

    /// Whether a basis is declared by some purpose.
    pub fn has(&self, b: LegalBasis) -> bool {
        self.bases.contains(&key(b))
    }

    /// Whether any of the bases is declared.
    pub fn any(&self, bs: &[LegalBasis]) -> bool {
        bs.iter().any(|b| self.has(*b))
    }

    /// Whether all declared bases are among `bs` (and at least one is declared).
    pub fn only(&self, bs: &[LegalBasis]) -> bool {
        !self.bases.is_empty() && self.bases.iter().all(|k| bs.iter().any(|b| key(*b) == *k))
    }
}

/// Whether the notice states a right as applying (`true` or a mapping that
/// does not say `applies: false`).
pub(super) fn stated(right: Option<&RightDecl>) -> bool {
    matches!(right, Some(r) if r.applies() != Some(false))
}
