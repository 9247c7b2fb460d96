//! How data subjects are informed, the history of changes, other notes.

use super::{BlockView, Builder, Sections, date_text};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// How data subjects are informed.
    pub(super) fn informing(&self, secs: &mut Sections) {
        let n = self.n;
        if let Some(i) = &n.informing {
            secs.add(
                "informing",
                vec![BlockView::Text { text: self.rich(i) }],
                vec![],
            );
        }
    }

    /// The history of changes of the notice.
    pub(super) fn changes(&self, secs: &mut Sections) {
        let n = self.n;
        if !n.changes.is_empty() {
            let mut changes: Vec<_> = n.changes.iter().collect();
            changes.sort_by_key(|c| std::cmp::Reverse(c.date));
            secs.add(
                "changes",
                vec![BlockView::Table {
                    caption: self.t("section.changes"),
                    head: vec![self.label("date"), self.label("change")],
                    rows: changes
                        .iter()
                        .map(|c| {
                            vec![
                                Rich::from_plain(&date_text(c.date, self.lang), None),
                                self.rich(&c.description),
                            ]
                        })
                        .collect(),
                }],
                vec![],
            );
        }
    }

    /// Other notes.
    pub(super) fn other_notes(&self, secs: &mut Sections) {
        let n = self.n;
        if let Some(o) = n.notes.as_ref().and_then(|s| s.other.as_ref()) {
            secs.add(
                "notes",
                vec![BlockView::Text { text: self.rich(o) }],
                vec![],
            );
        }
    }
}
