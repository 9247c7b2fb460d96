//! Recipients and processors.

use super::{BlockView, Builder, Row, Sections};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// Recipients and processors (Art 13(1)(e)).
    pub(super) fn recipients(&self, secs: &mut Sections) {
        let n = self.n;
        // Recipients.
        if let Some(rs) = &n.recipients {
            let mut blocks = Vec::new();
            if rs.is_empty() {
                blocks.push(BlockView::Text {
                    text: self.std("statement.no_recipients"),
                });
            } else {
                let rows = rs
                    .iter()
                    .map(|r| {
                        let mut parts = vec![];
                        if let Some(p) = &r.purpose {
                            parts.push(self.rich(p));
                        }
                        parts.extend(r.laws.iter().map(|l| self.law(l)));
                        Row {
                            label: self.plain(&r.name),
                            text: Rich::concat(parts),
                        }
                    })
                    .collect();
                blocks.push(BlockView::Fields { rows });
            }
            blocks.extend(self.note(|s| s.recipients.as_ref()));
            secs.add("recipients", blocks, vec![]);
        }
        if let Some(ps) = &n.processors {
            let block = if ps.is_empty() {
                BlockView::Text {
                    text: self.std("statement.no_processors"),
                }
            } else {
                BlockView::Fields {
                    rows: ps
                        .iter()
                        .map(|p| Row {
                            label: self.plain(&p.name),
                            text: p
                                .service
                                .as_ref()
                                .map(|s| self.rich(s))
                                .unwrap_or_else(|| Rich::from_plain("", None)),
                        })
                        .collect(),
                }
            };
            secs.add("processors", vec![block], vec![]);
        }
    }
}
