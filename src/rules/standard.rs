//! What seloste states in the controller's name: one finding per standard
//! statement that the effective notice adds ([`crate::effective`]), so the
//! lawyer sees everything published that the notice does not declare.

use super::{Rule, Scope};
use crate::diag::{Code, Severity};
use crate::i18n::Arg;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[&STANDARD_STATEMENT];

/// The standard text `key` (a dotted key of `locales/<lang>/notice.ftl`),
/// formatted in the report's language when the report is written.
fn notice_text(key: &str) -> Arg {
    Arg::Message(key.replace('.', "-"))
}

pub(super) static STANDARD_STATEMENT: Rule = Rule {
    code: Code::rule(
        "standard-statement",
        "GDPR Art. 12(1), 13, 14",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "complaint: ~\n",
    pass: "complaint:\n  authority: fi_ombudsman\n",
    check: |cx, hits| {
        for s in cx.effective.added() {
            hits.at(s.pointer(cx.notice))
                .arg("item", notice_text(&s.name_key()))
                .arg("text", s.text_key());
        }
    },
};
