//! The right to complain, with the Ombudsman's contacts from the shipped
//! data.

use super::{BlockView, Builder, Sections};
use crate::legal::AUTHORITIES;
use crate::model::Lang;
use crate::render::rich::Rich;

impl Builder<'_> {
    /// The right to lodge a complaint (Art 77).
    pub(super) fn complaint(&self, secs: &mut Sections) {
        let n = self.n;
        // The complaint right as the notice states it, or the standard
        // statement seloste adds; nothing when neither (`declared-only`).
        if !self.e.states_complaint() {
            return;
        }
        let c = n.complaint.as_ref();
        let mut blocks = Vec::new();
        match c.and_then(|c| c.description.as_ref()) {
            // The notice's own text: the standard statement is not repeated.
            Some(d) => blocks.push(BlockView::Text { text: self.rich(d) }),
            None => {
                blocks.push(BlockView::Text {
                    text: self.std("statement.complaint"),
                });
                blocks.push(BlockView::Text {
                    text: self.std("statement.complaint_other_state"),
                });
            }
        }
        match c.and_then(|c| c.contact.as_ref()) {
            Some(contact)
                if !matches!(
                    c.and_then(|c| c.authority),
                    Some(crate::model::Authority::FiOmbudsman)
                ) =>
            {
                blocks.push(BlockView::Fields {
                    rows: self.contact_rows(contact),
                });
            }
            _ => {
                let om = &AUTHORITIES.fi_ombudsman;
                let l = self.lang;
                let pick = |t: &crate::legal::Tri| {
                    let (s, tl) = t.get(l);
                    Rich::from_plain(s, self.other(tl))
                };
                let (site, _) = om.website.get(l);
                let (form, _) = om.complaint_url.get(l);
                blocks.push(BlockView::Text {
                    text: self.std("statement.complaint_contacts"),
                });
                blocks.push(BlockView::Fields {
                    rows: vec![
                        self.row("name", pick(&om.name)),
                        self.row("visiting_address", pick(&om.visiting_address)),
                        self.row("address", pick(&om.postal_address)),
                        self.phone_row(if l == Lang::Fi {
                            &om.phone
                        } else {
                            &om.phone_international
                        }),
                        self.email_row(&om.email),
                        self.link_row("website", site),
                        self.link_row("form_url", form),
                    ],
                });
            }
        }
        secs.add("complaint", blocks, vec![]);
    }
}
