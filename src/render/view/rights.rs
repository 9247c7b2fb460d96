//! The data subject's rights and the highlighted right to object.

use super::{BlockView, Builder, Sections, Subsection};
use crate::effective::Statement;
use crate::model::{LegalBasis, RightDecl, RightKind};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// The data subject's rights (Arts 15-22).
    pub(super) fn rights(&self, secs: &mut Sections) {
        // Rights.
        secs.add_with_note(
            "rights",
            Vec::new(),
            self.right_subsections(),
            self.note(|s| s.rights.as_ref()),
        );
    }

    /// The right to object, shown highlighted when the effective notice
    /// states it (declared, or added where a public-task or
    /// legitimate-interests basis or declared direct marketing makes it
    /// apply).
    pub(super) fn object_right(&self) -> Option<Rich> {
        if !self.e.states_right(RightKind::Object) || self.e.object_denied() {
            return None;
        }
        let decl = self
            .n
            .rights
            .as_ref()
            .and_then(|r| r.get(RightKind::Object));
        let task = self
            .bases()
            .iter()
            .any(|b| matches!(b, LegalBasis::PublicTask | LegalBasis::LegitimateInterests));
        let marketing = self.direct_marketing();
        let mut parts = Vec::new();
        let details = decl.and_then(RightDecl::details);
        // The notice's own description replaces the standard text.
        match details.and_then(|d| d.description.as_ref()) {
            Some(t) => parts.push(self.rich(t)),
            None => {
                if task || !marketing {
                    parts.push(self.std("right.object.public_task"));
                }
                if marketing {
                    parts.push(self.std("right.object.direct_marketing"));
                }
            }
        }
        if let Some(t) = details.and_then(|d| d.how.as_ref()) {
            parts.push(self.rich(t));
        }
        Some(Rich::concat(parts))
    }

    /// Whether a purpose is declared to be direct marketing.
    fn direct_marketing(&self) -> bool {
        self.n
            .purposes
            .iter()
            .any(|p| p.direct_marketing == Some(true))
    }

    /// One subsection per right the effective notice has: the notice's own
    /// declaration (its description in place of the standard explanation),
    /// or the standard statement seloste adds.
    pub(super) fn right_subsections(&self) -> Vec<Subsection> {
        let bases = self.bases();
        let public = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::PublicTask | LegalBasis::LegalObligation));
        let mut out = Vec::new();
        let mut groups_done = Vec::new();
        for right in RightKind::ALL {
            let d = self.n.rights.as_ref().and_then(|r| r.get(right));
            if d.is_none() && !self.e.adds(Statement::Right(right)) {
                continue;
            }
            let key = right.key();
            let details = d.and_then(RightDecl::details);
            // Rights stated together: their shared text once, under the
            // names of all of them, where the first of them stands.
            if let Some(group) = details.and_then(|x| x.shared) {
                if !groups_done.contains(&group) {
                    groups_done.push(group);
                    out.push(self.shared_rights(group, key));
                }
                continue;
            }
            let mut blocks = Vec::new();
            if d.and_then(RightDecl::applies) == Some(false) {
                let mut parts = vec![self.std("right.generic.not_applicable_prefix")];
                if let Some(r) = details.and_then(|x| x.reason.as_ref()) {
                    parts.push(self.rich(r));
                } else if right == RightKind::Portability {
                    parts.push(self.std("right.portability.not_applicable"));
                } else if right == RightKind::Erasure && public {
                    parts.push(self.std("right.erasure.limited_public_task"));
                }
                blocks.push(BlockView::Text {
                    text: Rich::concat(parts),
                });
            } else if let Some(t) = details.and_then(|x| x.description.as_ref()) {
                // The notice's own text: the standard explanation is not
                // repeated.
                blocks.push(BlockView::Text { text: self.rich(t) });
            } else {
                blocks.push(BlockView::Text {
                    text: self.std(&format!("right.{key}.explain")),
                });
                if right == RightKind::Erasure && public {
                    blocks.push(BlockView::Text {
                        text: self.std("right.erasure.limited_public_task"),
                    });
                }
                // Direct marketing only where the notice declares it.
                if right == RightKind::Object && self.direct_marketing() {
                    blocks.push(BlockView::Text {
                        text: self.std("right.object.direct_marketing"),
                    });
                }
                if right == RightKind::WithdrawConsent {
                    blocks.push(BlockView::Text {
                        text: self.std("right.withdraw_consent.effect"),
                    });
                }
            }
            if let Some(x) = details {
                let mut rows = Vec::new();
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

    /// The subsection of the rights of `rights.together[group]`: headed by
    /// the names of the rights it declares ("Right of access, right to
    /// rectification and right to erasure"), with the shared text, how to
    /// use them and the laws.
    fn shared_rights(&self, group: usize, first_key: &str) -> Subsection {
        let rights = self.n.rights.as_ref();
        let members: Vec<RightKind> = RightKind::ALL
            .into_iter()
            .filter(|r| {
                rights
                    .and_then(|x| x.get(*r))
                    .and_then(RightDecl::details)
                    .is_some_and(|d| d.shared == Some(group))
            })
            .collect();
        let names: Vec<String> = members
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let name = self.t(&format!("right.{}.name", r.key()));
                if i == 0 { name } else { lower_first(&name) }
            })
            .collect();
        let heading = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("{}{}{last}", rest.join(", "), self.t("right.generic.and"))
            }
            _ => names.concat(),
        };
        let mut blocks = Vec::new();
        if let Some(d) = rights.and_then(|x| x.together.get(group)) {
            blocks.push(BlockView::Text {
                text: self.rich(&d.description),
            });
            let mut rows = Vec::new();
            if let Some(t) = &d.how {
                rows.push(self.row("how", self.rich(t)));
            }
            rows.extend(self.laws_row(&d.laws));
            if !rows.is_empty() {
                blocks.push(BlockView::Fields { rows });
            }
        }
        Subsection {
            id: format!("right-{}", first_key.replace('_', "-")),
            heading,
            blocks,
        }
    }
}

/// The text with its first letter in lower case ("Right of access" → "right of access").
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
