//! Sources of the data.

use super::{BlockView, Builder, Row, Sections};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// Where the data come from (Art 14(2)(f)).
    pub(super) fn sources(&self, secs: &mut Sections) {
        let n = self.n;
        // Sources.
        if let Some(s) = &n.sources {
            let mut blocks = Vec::new();
            if s.from_data_subject == Some(true) {
                blocks.push(BlockView::List {
                    items: vec![Rich::from_plain(&self.label("from_data_subject"), None)],
                });
            }
            if !s.other.is_empty() {
                let rows = s
                    .other
                    .iter()
                    .map(|o| {
                        let mut parts = vec![];
                        if let Some(d) = &o.description {
                            parts.push(self.rich(d));
                        }
                        parts.extend(o.laws.iter().map(|l| self.law(l)));
                        if o.publicly_accessible == Some(true) {
                            parts.push(Rich::from_plain(&self.label("publicly_accessible"), None));
                        }
                        Row {
                            label: self.plain(&o.name),
                            text: Rich::concat(parts),
                        }
                    })
                    .collect();
                blocks.push(BlockView::Fields { rows });
            }
            blocks.extend(self.note(|s| s.sources.as_ref()));
            secs.add("sources", blocks, vec![]);
        }
    }
}
