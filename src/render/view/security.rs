//! Confidentiality and security.

use super::{BlockView, Builder, Sections};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// Confidentiality of the register.
    pub(super) fn confidentiality(&self, secs: &mut Sections) {
        let n = self.n;
        if let Some(c) = &n.confidentiality {
            let mut blocks = Vec::new();
            if c.secret == Some(true) {
                blocks.push(BlockView::Text {
                    text: Rich::from_plain(&self.label("secret"), None),
                });
            }
            if let Some(d) = &c.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            if let Some(row) = self.laws_row(&c.laws) {
                blocks.push(BlockView::Fields { rows: vec![row] });
            }
            secs.add("confidentiality", blocks, vec![]);
        }
    }

    /// How the data are protected.
    pub(super) fn security(&self, secs: &mut Sections) {
        let n = self.n;
        if let Some(s) = &n.security {
            let mut rows = Vec::new();
            if let Some(m) = &s.manual {
                rows.push(self.row("manual", self.rich(m)));
            }
            if let Some(e) = &s.electronic {
                rows.push(self.row("electronic", self.rich(e)));
            }
            let mut blocks = Vec::new();
            if !rows.is_empty() {
                blocks.push(BlockView::Fields { rows });
            }
            if !s.systems.is_empty() {
                blocks.push(BlockView::Table {
                    caption: self.label("systems"),
                    head: vec![self.label("name"), self.label("description")],
                    rows: s
                        .systems
                        .iter()
                        .map(|sys| {
                            vec![
                                Rich::from_plain(&sys.name, None),
                                sys.description
                                    .as_ref()
                                    .map(|d| self.rich(d))
                                    .unwrap_or_else(|| Rich::from_plain("", None)),
                            ]
                        })
                        .collect(),
                });
            }
            blocks.extend(self.note(|s| s.security.as_ref()));
            secs.add("security", blocks, vec![]);
        }
    }
}
