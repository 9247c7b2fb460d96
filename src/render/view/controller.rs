//! The controller, joint controllers, representative, contact persons and
//! data protection officer.

use super::{BlockView, Builder, Row, Sections, Subsection};
use crate::model::Controller;
use crate::render::rich::Rich;

impl Builder<'_> {
    fn controller_rows(&self, c: &Controller) -> Vec<Row> {
        let mut rows = vec![self.row("name", self.rich_plain(&c.name))];
        if let Some(o) = &c.organ {
            rows.push(self.row("organ", self.rich_plain(o)));
        }
        if let Some(u) = &c.unit {
            rows.push(self.row("unit", self.rich_plain(u)));
        }
        if let Some(id) = &c.business_id {
            rows.push(self.str_row("business_id", id));
        }
        if let Some(a) = &c.address {
            rows.push(self.row("address", self.rich_plain(a)));
        }
        if let Some(a) = &c.visiting_address {
            rows.push(self.row("visiting_address", self.rich_plain(a)));
        }
        self.push_channels(&mut rows, &c.phone, &c.email, &c.website);
        rows
    }

    /// The controller, joint controllers and the EU representative (Art 13(1)(a), 26, 27).
    pub(super) fn controller(&self, secs: &mut Sections) {
        let n = self.n;
        // Controller, joint controllers, representative.
        let mut blocks = vec![BlockView::Fields {
            rows: self.controller_rows(&n.controller),
        }];
        if let Some(j) = &n.joint_controllers {
            let mut rows = Vec::new();
            for c in &j.controllers {
                rows.push(self.row(
                    "joint_controllers",
                    Rich::concat(vec![self.rich_plain(&c.name)]),
                ));
            }
            if let Some(a) = &j.arrangement {
                rows.push(self.row("arrangement", self.rich(a)));
            }
            if let Some(c) = &j.contact_point {
                let parts = self.contact_rows(c).into_iter().map(|r| r.text).collect();
                rows.push(self.row("contact_point", Rich::concat(parts)));
            }
            blocks.push(BlockView::Fields { rows });
        }
        if let Some(r) = &n.representative {
            let parts = self.contact_rows(r).into_iter().map(|r| r.text).collect();
            blocks.push(BlockView::Fields {
                rows: vec![self.row("representative", Rich::concat(parts))],
            });
        }
        blocks.extend(self.note(|s| s.controller.as_ref()));
        secs.add("controller", blocks, vec![]);
    }

    /// The persons responsible and the contact person.
    pub(super) fn contacts(&self, secs: &mut Sections) {
        let n = self.n;
        // Contacts.
        let mut subs = Vec::new();
        for (key, c) in [
            ("responsible_person", &n.responsible_person),
            ("contact_person", &n.contact_person),
        ] {
            if let Some(persons) = c {
                // One block of fields per person, each led by their title.
                let heading = if persons.len() > 1 {
                    self.label(&format!("{key}s"))
                } else {
                    self.label(key)
                };
                subs.push(Subsection {
                    id: key.replace('_', "-"),
                    heading,
                    blocks: persons
                        .iter()
                        .map(|p| BlockView::Fields {
                            rows: self.contact_rows(p),
                        })
                        .collect(),
                });
            }
        }
        secs.add("contacts", vec![], subs);

        if let Some(d) = &n.dpo {
            secs.add(
                "dpo",
                vec![
                    BlockView::Text {
                        text: self.std("statement.dpo_intro"),
                    },
                    BlockView::Fields {
                        rows: self.contact_rows(d),
                    },
                ],
                vec![],
            );
        }
    }
}
