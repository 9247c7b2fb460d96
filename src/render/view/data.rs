//! Data subjects and categories of data.

use super::{BlockView, Builder, Sections, Subsection};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// The data subjects and the categories of data (Art 14(1)(d)).
    pub(super) fn data(&self, secs: &mut Sections) {
        let n = self.n;
        // Data subjects and categories.
        let mut blocks = Vec::new();
        if !n.data_subjects.is_empty() {
            blocks.push(BlockView::Fields {
                rows: vec![self.row(
                    "data_subjects",
                    Rich::concat(n.data_subjects.iter().map(|s| self.rich(s)).collect()),
                )],
            });
        }
        let mut subs = Vec::new();
        // A category with nothing under it is a name in a list, not an
        // empty heading.
        let mut bare = Vec::new();
        for (i, c) in n.data_categories.iter().enumerate() {
            let mut blocks = Vec::new();
            if let Some(d) = &c.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            if !c.items.is_empty() {
                blocks.push(BlockView::List {
                    items: c.items.iter().map(|t| self.rich(t)).collect(),
                });
            }
            if let Some(k) = &c.special_category {
                blocks.push(BlockView::Fields {
                    rows: vec![self.row(
                        "category",
                        self.std(&format!("special_category.{}", Self::enum_key(k))),
                    )],
                });
            }
            if blocks.is_empty() {
                bare.push(self.rich(&c.name));
                continue;
            }
            subs.push(Subsection {
                id: format!("data-{}", i + 1),
                heading: self.plain(&c.name),
                blocks,
            });
        }
        if !bare.is_empty() {
            blocks.push(BlockView::List { items: bare });
        }
        secs.add_with_note("data", blocks, subs, self.note(|s| s.data.as_ref()));
    }
}
