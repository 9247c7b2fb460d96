//! The data subject's rights and the highlighted right to object.

use super::{BlockView, Builder, Sections, Subsection};
use crate::model::{LegalBasis, RightDecl, RightKind};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// The data subject's rights (Arts 15-22).
    pub(super) fn rights(&self, secs: &mut Sections) {
        // Rights.
        secs.add(
            "rights",
            self.note(|s| s.rights.as_ref()).into_iter().collect(),
            self.right_subsections(),
        );
    }

    /// The right to object, when it applies (declared, or implied by a
    /// public-task / legitimate-interests basis or direct marketing).
    pub(super) fn object_right(&self) -> Option<Rich> {
        let decl = self
            .n
            .rights
            .as_ref()
            .and_then(|r| r.get(RightKind::Object));
        if decl.and_then(RightDecl::applies) == Some(false) {
            return None;
        }
        let bases = self.bases();
        let task = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::PublicTask | LegalBasis::LegitimateInterests));
        let marketing = self
            .n
            .purposes
            .iter()
            .any(|p| p.direct_marketing == Some(true));
        if decl.is_none() && !task && !marketing {
            return None;
        }
        let mut parts = Vec::new();
        let details = decl.and_then(RightDecl::details);
        // The notice's own description replaces the standard text.
        match details.and_then(|d| d.description.as_ref()) {
            Some(t) => parts.push(self.rich(t)),
            None => {
                if task || (decl.is_some() && !marketing) {
                    parts.push(self.std("right.object.public_task"));
                }
            }
        }
        if marketing {
            parts.push(self.std("right.object.direct_marketing"));
        }
        if let Some(t) = details.and_then(|d| d.how.as_ref()) {
            parts.push(self.rich(t));
        }
        Some(Rich::concat(parts))
    }

    /// One subsection per right: declared rights with the standard text and
    /// the notice's details; access and rectification always (Arts 15-16
    /// apply to all processing).
    pub(super) fn right_subsections(&self) -> Vec<Subsection> {
        let declared = |key: RightKind| self.n.rights.as_ref().and_then(|r| r.get(key));
        let bases = self.bases();
        let public = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::PublicTask | LegalBasis::LegalObligation));
        let mut out = Vec::new();
        for right in RightKind::ALL {
            let d = declared(right);
            let key = right.key();
            if d.is_none() && !matches!(right, RightKind::Access | RightKind::Rectification) {
                continue;
            }
            let mut blocks = Vec::new();
            let applies = d.and_then(RightDecl::applies);
            if applies == Some(false) {
                let mut parts = vec![self.std("right.generic.not_applicable_prefix")];
                if let Some(r) = d
                    .and_then(RightDecl::details)
                    .and_then(|x| x.reason.as_ref())
                {
                    parts.push(self.rich(r));
                } else if key == "portability" {
                    parts.push(self.std("right.portability.not_applicable"));
                } else if key == "erasure" && public {
                    parts.push(self.std("right.erasure.limited_public_task"));
                }
                blocks.push(BlockView::Text {
                    text: Rich::concat(parts),
                });
            } else {
                blocks.push(BlockView::Text {
                    text: self.std(&format!("right.{key}.explain")),
                });
                if key == "erasure" && public {
                    blocks.push(BlockView::Text {
                        text: self.std("right.erasure.limited_public_task"),
                    });
                }
                if key == "withdraw_consent" {
                    blocks.push(BlockView::Text {
                        text: self.std("right.withdraw_consent.effect"),
                    });
                }
            }
            if let Some(x) = d.and_then(RightDecl::details) {
                let mut rows = Vec::new();
                if let Some(t) = &x.description {
                    blocks.push(BlockView::Text { text: self.rich(t) });
                }
                if let Some(t) = &x.how {
                    rows.push(self.row("how", self.rich(t)));
                }
                rows.extend(self.laws_row(&x.laws));
                if !rows.is_empty() {
                    blocks.push(BlockView::Fields { rows });
                }
            }
            out.push(Subsection {
                id: format!("right-{}", key.replace('_', "-")),
                heading: self.t(&format!("right.{key}.name")),
                blocks,
            });
        }
        out
    }
}
