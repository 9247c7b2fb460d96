//! Automated decisions and profiling.

use super::{BlockView, Builder, Sections};

impl Builder<'_> {
    /// Automated decisions and profiling (Art 13(2)(f), 22).
    pub(super) fn automated_decisions(&self, secs: &mut Sections) {
        let n = self.n;
        // Automated decisions.
        if let Some(a) = &n.automated_decisions {
            let mut blocks = Vec::new();
            if !a.used && a.profiling != Some(true) {
                blocks.push(BlockView::Text {
                    text: self.std("statement.no_automated"),
                });
            }
            if let Some(d) = &a.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            let mut rows = Vec::new();
            if a.profiling == Some(true) {
                rows.push(self.row("profiling", self.std("labels.yes")));
            }
            if let Some(l) = &a.logic {
                rows.push(self.row("logic", self.rich(l)));
            }
            if let Some(s) = &a.significance {
                rows.push(self.row("significance", self.rich(s)));
            }
            if !rows.is_empty() {
                blocks.push(BlockView::Fields { rows });
            }
            secs.add("automated", blocks, vec![]);
        }
    }
}
