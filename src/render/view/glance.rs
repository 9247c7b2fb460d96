//! "At a glance": the summary at the top of the notice.

use super::{Builder, GlanceItem, GlanceLink};
use crate::effective::Statement;
use crate::model::{LegalBasis, RightKind, Text};
use crate::render::rich::Rich;

use crate::limits::SHORT_PURPOSE_CHARS;

/// A short form of a long text: its first sentence when that is short
/// enough, else its first words up to the limit, with an ellipsis.
fn short_form(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SHORT_PURPOSE_CHARS {
        return text;
    }
    if let Some(i) = text.find(". ")
        && text[..=i].chars().count() <= SHORT_PURPOSE_CHARS
    {
        return text[..=i].to_owned();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > SHORT_PURPOSE_CHARS - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';', ':']).to_owned() + "…"
}

impl Builder<'_> {
    pub(super) fn glance(&self) -> Vec<GlanceItem> {
        let n = self.n;
        let mut out = Vec::new();
        // One line: the controller and its organ.
        let mut who = self.plain(&n.controller.name);
        if let Some(o) = &n.controller.organ {
            who = format!("{who} ({})", self.plain(o));
        }
        let who = Rich::from_plain(&who, None);
        out.push(GlanceItem {
            label: self.t("glance.controller"),
            text: who,
            links: Vec::new(),
        });
        if !n.purposes.is_empty() {
            // One line per purpose: its name, else its description or a
            // short form of it.
            let items: Vec<Rich> = n
                .purposes
                .iter()
                .map(|p| match &p.name {
                    Some(name) => self.rich(name),
                    None => self.short(&p.description),
                })
                .collect();
            out.push(GlanceItem {
                label: self.t("glance.purposes"),
                text: Rich::concat(items),
                links: vec![self.link_to("purposes")],
            });
        }
        let mut bases: Vec<LegalBasis> = n.purposes.iter().filter_map(|p| p.legal_basis).collect();
        bases.sort_by_key(|b| *b as u8);
        bases.dedup();
        if !bases.is_empty() {
            // The bases in short words, on one line (the full wording is in
            // the purposes section).
            let words: Vec<String> = bases
                .iter()
                .map(|b| self.t(&format!("glance.basis.{}", Self::enum_key(b))))
                .collect();
            let mut line = words.join(", ");
            if let Some(first) = line.get(..1) {
                line = first.to_uppercase() + &line[1..];
            }
            out.push(GlanceItem {
                label: self.t("glance.bases"),
                text: Rich::from_plain(&line, None),
                links: Vec::new(),
            });
        }
        // The summary names access, rectification and the complaint right:
        // only when the published notice states all three.
        if self.e.states_right(RightKind::Access)
            && self.e.states_right(RightKind::Rectification)
            && self.e.states_complaint()
        {
            let mut links = Vec::new();
            if n.requests.is_some() || self.e.adds(Statement::Requests) {
                links.push(self.link_to("requests"));
            }
            links.push(self.link_to("complaint"));
            out.push(GlanceItem {
                label: self.t("glance.rights"),
                text: self.std("glance.rights_summary"),
                links,
            });
        }
        // The contact the notice designates for requests first.
        let r = n.requests.as_ref();
        let contact = r
            .and_then(|r| r.email.as_deref())
            .map(|e| Rich::link(e, &format!("mailto:{e}"), None))
            .or_else(|| {
                r.and_then(|r| r.form_url.as_deref())
                    .filter(|u| crate::render::rich::safe_url(u))
                    .map(|u| Rich::link(u, u, None))
            })
            .or_else(|| {
                n.dpo
                    .as_ref()
                    .and_then(|d| d.email.as_deref())
                    .or(n.controller.email.as_deref())
                    .map(|e| Rich::link(e, &format!("mailto:{e}"), None))
            });
        if let Some(text) = contact {
            out.push(GlanceItem {
                label: self.t("glance.contact"),
                text,
                links: Vec::new(),
            });
        }
        out
    }

    /// A purpose's description in the summary: whole when short, else a
    /// short form.
    fn short(&self, t: &Text) -> Rich {
        let (text, lang) = self.pick(t);
        if text.chars().count() <= SHORT_PURPOSE_CHARS {
            return self.rich(t);
        }
        Rich::from_plain(&short_form(text), self.other(lang))
    }

    /// A link to a section of the notice (`glance.link.<section>` is its
    /// text).
    fn link_to(&self, section: &str) -> GlanceLink {
        GlanceLink {
            href: format!("#{section}"),
            text: self.t(&format!("glance.link.{section}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_keep_a_short_first_sentence_or_cut_at_a_word() {
        assert_eq!(short_form("Asiakkuus."), "Asiakkuus.");
        let long = format!("Lastensuojelun asiakkuus. {}", "sana ".repeat(40));
        assert_eq!(short_form(&long), "Lastensuojelun asiakkuus.");
        let run_on = "sana ".repeat(40);
        let s = short_form(&run_on);
        assert!(
            s.ends_with("sana…") && s.chars().count() <= SHORT_PURPOSE_CHARS,
            "{s}"
        );
    }
}
