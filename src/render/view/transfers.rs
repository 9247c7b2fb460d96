//! Transfers outside the EU/EEA.

use super::{BlockView, Builder, Sections};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// Transfers outside the EU/EEA (Art 13(1)(f)).
    pub(super) fn transfers(&self, secs: &mut Sections) {
        let n = self.n;
        // Transfers.
        if let Some(ts) = &n.transfers {
            let mut blocks = Vec::new();
            if ts.is_empty() {
                blocks.push(BlockView::Text {
                    text: self.std("statement.no_transfers"),
                });
            }
            for t in ts {
                let mut rows = Vec::new();
                if !t.countries.is_empty() {
                    rows.push(self.row(
                        "countries",
                        Rich::concat(t.countries.iter().map(|c| self.rich_plain(c)).collect()),
                    ));
                }
                if let Some(r) = &t.recipient {
                    rows.push(self.row("recipient", self.rich(r)));
                }
                if let Some(s) = &t.safeguard {
                    rows.push(self.row(
                        "safeguard",
                        self.std(&format!("safeguard.{}", Self::enum_key(s))),
                    ));
                }
                if let Some(d) = &t.description {
                    rows.push(self.row("description", self.rich(d)));
                }
                if let Some(c) = &t.copy {
                    rows.push(self.row("copy", self.rich(c)));
                }
                rows.extend(self.laws_row(&t.laws));
                blocks.push(BlockView::Fields { rows });
            }
            blocks.extend(self.note(|s| s.transfers.as_ref()));
            secs.add("transfers", blocks, vec![]);
        }
    }
}
