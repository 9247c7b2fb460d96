//! Retention and the statutory or contractual requirement.

use super::{BlockView, Builder, Row, Sections};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// How long the data are kept (Art 13(2)(a)).
    pub(super) fn retention(&self, secs: &mut Sections) {
        let n = self.n;
        // Retention.
        if !n.retention.is_empty() {
            let rows = n
                .retention
                .iter()
                .map(|r| {
                    let mut parts = vec![self.rich(&r.period)];
                    parts.extend(r.laws.iter().map(|l| self.law(l)));
                    if let Some(l) = &r.link {
                        parts.push(Rich::link(l, l, None));
                    }
                    Row {
                        label: r
                            .data
                            .as_ref()
                            .map(|d| self.plain(d))
                            .unwrap_or_else(|| self.label("period")),
                        text: Rich::concat(parts),
                    }
                })
                .collect();
            let mut blocks = vec![BlockView::Fields { rows }];
            blocks.extend(self.note(|s| s.retention.as_ref()));
            secs.add("retention", blocks, vec![]);
        }
    }

    /// Whether giving the data is a statutory or contractual requirement (Art 13(2)(e)).
    pub(super) fn statutory_requirement(&self, secs: &mut Sections) {
        let n = self.n;
        // Statutory requirement.
        if let Some(s) = &n.statutory_requirement {
            let mut blocks = Vec::new();
            if let Some(b) = &s.basis {
                blocks.push(BlockView::Text {
                    text: self.std(&format!("requirement_basis.{}", Self::enum_key(b))),
                });
            }
            if let Some(d) = &s.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            if let Some(c) = &s.consequences {
                blocks.push(BlockView::Fields {
                    rows: vec![self.row("consequences", self.rich(c))],
                });
            }
            secs.add("statutory", blocks, vec![]);
        }
    }
}
