//! Purposes, legal bases, special categories and criminal-offence data.

use super::{BlockView, Builder, Sections, Subsection};
use crate::render::rich::Rich;

impl Builder<'_> {
    /// The purposes and their legal bases (Art 13(1)(c)-(d)).
    pub(super) fn purposes(&self, secs: &mut Sections) {
        let n = self.n;
        // Purposes and legal bases.
        let mut subs = Vec::new();
        for (i, p) in n.purposes.iter().enumerate() {
            let mut rows = Vec::new();
            if p.name.is_some() {
                rows.push(self.row("description", self.rich(&p.description)));
            }
            if let Some(b) = p.legal_basis {
                rows.push(self.row(
                    "legal_basis",
                    self.std(&format!("legal_basis.{}", Self::enum_key(&b))),
                ));
            }
            if let Some(s) = &p.basis_statement {
                rows.push(self.row("basis_statement", self.rich(s)));
            }
            if let Some(s) = &p.legitimate_interests {
                rows.push(self.row("legitimate_interests", self.rich(s)));
            }
            rows.extend(self.laws_row(&p.laws));
            if p.further_processing == Some(true) {
                rows.push(self.row("further_processing", self.std("labels.yes")));
            }
            if p.direct_marketing == Some(true) {
                rows.push(self.row("direct_marketing", self.std("labels.yes")));
            }
            let heading = match &p.name {
                Some(name) => self.plain(name),
                None => {
                    let d = self.rich(&p.description).plain;
                    let first = d
                        .split(['.', '\n'])
                        .next()
                        .unwrap_or_default()
                        .trim()
                        .to_owned();
                    if first.chars().count() > 80 {
                        format!("{} {}", self.label("purpose"), i + 1)
                    } else {
                        first
                    }
                }
            };
            let mut blocks = Vec::new();
            if p.name.is_none() {
                blocks.push(BlockView::Text {
                    text: self.rich(&p.description),
                });
            }
            if !rows.is_empty() {
                blocks.push(BlockView::Fields { rows });
            }
            subs.push(Subsection {
                id: format!("purpose-{}", i + 1),
                heading,
                blocks,
            });
        }
        secs.add_with_note(
            "purposes",
            Vec::new(),
            subs,
            self.note(|s| s.purposes.as_ref()),
        );
    }

    /// Special categories of personal data (Art 9).
    pub(super) fn special_categories(&self, secs: &mut Sections) {
        let n = self.n;
        // Special categories.
        if !n.special_categories.is_empty() {
            let rows = n
                .special_categories
                .iter()
                .map(|s| {
                    let mut cond = vec![];
                    if let Some(c) = &s.condition {
                        cond.push(self.std(&format!("art9.{}", Self::enum_key(c))));
                    }
                    cond.extend(s.laws.iter().map(|l| self.law(l)));
                    vec![
                        self.std(&format!("special_category.{}", Self::enum_key(&s.category))),
                        Rich::concat(cond),
                        s.description
                            .as_ref()
                            .map(|d| self.rich(d))
                            .unwrap_or_else(|| Rich::from_plain("", None)),
                    ]
                })
                .collect();
            secs.add(
                "special_categories",
                vec![
                    BlockView::Text {
                        text: self.std("statement.special_categories_intro"),
                    },
                    BlockView::Table {
                        caption: self.t("section.special_categories"),
                        head: vec![
                            self.label("category"),
                            self.label("condition"),
                            self.label("description"),
                        ],
                        rows,
                    },
                ],
                vec![],
            );
        }
        if let Some(c) = &n.criminal_offence_data {
            let mut rows = Vec::new();
            if let Some(d) = &c.description {
                rows.push(self.row("description", self.rich(d)));
            }
            rows.extend(self.laws_row(&c.laws));
            secs.add("criminal_data", vec![BlockView::Fields { rows }], vec![]);
        }
    }
}
