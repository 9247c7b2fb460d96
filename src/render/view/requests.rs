//! How to exercise the rights.

use super::{BlockView, Builder, Sections};
use crate::effective::Statement;

impl Builder<'_> {
    /// How to exercise the rights (Art 12).
    pub(super) fn requests(&self, secs: &mut Sections) {
        let n = self.n;
        // Requests.
        let mut rows = Vec::new();
        let mut blocks = Vec::new();
        let r = n.requests.as_ref();
        match r.and_then(|r| r.description.as_ref()) {
            Some(d) => blocks.push(BlockView::Text { text: self.rich(d) }),
            None if self.e.adds(Statement::Requests) => blocks.push(BlockView::Text {
                text: self.std("statement.requests_default"),
            }),
            None => {}
        }
        if let Some(r) = r {
            if let Some(a) = &r.address {
                rows.push(self.row("address", self.rich_plain(a)));
            }
            if let Some(e) = &r.email {
                rows.push(self.email_row(e));
            }
            if let Some(p) = &r.phone {
                rows.push(self.phone_row(p));
            }
            if let Some(u) = &r.form_url {
                rows.push(self.link_row("form_url", u));
            }
            if let Some(i) = &r.identification {
                rows.push(self.row("identification", self.rich(i)));
            }
        }
        match r.and_then(|r| r.response_time.as_ref()) {
            Some(t) => rows.push(self.row("response_time", self.rich(t))),
            None if self.e.adds(Statement::ResponseTime) => {
                rows.push(self.row("response_time", self.std("statement.response_time_default")));
            }
            None => {}
        }
        match r.and_then(|r| r.fees.as_ref()) {
            Some(t) => rows.push(self.row("fees", self.rich(t))),
            None if self.e.adds(Statement::Fees) => {
                rows.push(self.row("fees", self.std("statement.fees_default")));
            }
            None => {}
        }
        if !rows.is_empty() {
            blocks.push(BlockView::Fields { rows });
        }
        secs.add("requests", blocks, vec![]);
    }
}
