//! "At a glance": the summary at the top of the notice.

use super::{Builder, GlanceItem};
use crate::model::{LegalBasis, RightKind};
use crate::render::rich::Rich;

impl Builder<'_> {
    pub(super) fn glance(&self) -> Vec<GlanceItem> {
        let n = self.n;
        let mut out = Vec::new();
        let mut who = vec![self.rich_plain(&n.controller.name)];
        if let Some(o) = &n.controller.organ {
            who.push(self.rich_plain(o));
        }
        out.push(GlanceItem {
            label: self.t("glance.controller"),
            text: Rich::concat(who),
        });
        if !n.purposes.is_empty() {
            let items: Vec<Rich> = n
                .purposes
                .iter()
                .map(|p| self.rich(p.name.as_ref().unwrap_or(&p.description)))
                .collect();
            out.push(GlanceItem {
                label: self.t("glance.purposes"),
                text: Rich::concat(items),
            });
        }
        let mut bases: Vec<LegalBasis> = n.purposes.iter().filter_map(|p| p.legal_basis).collect();
        bases.sort_by_key(|b| *b as u8);
        bases.dedup();
        if !bases.is_empty() {
            let items = bases
                .iter()
                .map(|b| self.std(&format!("legal_basis.{}", Self::enum_key(b))))
                .collect();
            out.push(GlanceItem {
                label: self.t("glance.bases"),
                text: Rich::concat(items),
            });
        }
        // The summary names access, rectification and the complaint right:
        // only when the published notice states all three.
        if self.e.states_right(RightKind::Access)
            && self.e.states_right(RightKind::Rectification)
            && self.e.states_complaint()
        {
            out.push(GlanceItem {
                label: self.t("glance.rights"),
                text: self.std("glance.rights_summary"),
            });
        }
        let contact = n
            .dpo
            .as_ref()
            .and_then(|d| d.email.as_deref())
            .or(n.requests.as_ref().and_then(|r| r.email.as_deref()))
            .or(n.controller.email.as_deref());
        if let Some(e) = contact {
            out.push(GlanceItem {
                label: self.t("glance.contact"),
                text: Rich::link(e, &format!("mailto:{e}"), None),
            });
        }
        out
    }
}
