//! `seloste diff`: what changed between two versions of a notice, section
//! by section and item by item (a purpose added, a recipient removed, a
//! retention period or a legal basis changed), which of the changes must be
//! told to the data subjects before the new processing starts (Art 13(3),
//! 14(4); WP260 rev.01 paragraphs 29-30), and a `changes` entry to record
//! them in the notice.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::i18n::{self, Lang, keys};
use crate::model::{Notice, Text};

/// A part of the notice, in the order of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Title,
    Controller,
    Contacts,
    Dpo,
    Purposes,
    SpecialCategories,
    DataSubjects,
    DataCategories,
    Sources,
    Recipients,
    Processors,
    Transfers,
    Retention,
    AutomatedDecisions,
    Rights,
}

impl Section {
    /// Its key in the format and in the messages (`diff-section`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Title => "title",
            Section::Controller => "controller",
            Section::Contacts => "contacts",
            Section::Dpo => "dpo",
            Section::Purposes => "purposes",
            Section::SpecialCategories => "special_categories",
            Section::DataSubjects => "data_subjects",
            Section::DataCategories => "data_categories",
            Section::Sources => "sources",
            Section::Recipients => "recipients",
            Section::Processors => "processors",
            Section::Transfers => "transfers",
            Section::Retention => "retention",
            Section::AutomatedDecisions => "automated_decisions",
            Section::Rights => "rights",
        }
    }
}

/// What happened to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        }
    }
}

/// One change between the two versions.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub section: Section,
    pub kind: Kind,
    /// The item: a purpose's name, a recipient, a country; for a changed
    /// item, what of it changed is in `field`.
    pub item: String,
    /// The property that changed (`legal_basis`, `period`, `items`, ...),
    /// for a changed item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The data subjects must be told before the new processing starts.
    pub inform_first: bool,
}

/// The changes from `old` to `new`, with the notices' texts in `lang`
/// (else their main language).
pub fn diff(old: &Notice, new: &Notice, lang: Lang) -> Vec<Change> {
    let mut d = Differ {
        out: Vec::new(),
        lang,
        old_main: old.languages.first().copied().unwrap_or(Lang::Fi),
        new_main: new.languages.first().copied().unwrap_or(Lang::Fi),
    };
    let (om, nm) = (d.old_main, d.new_main);
    d.text(Section::Title, "title", "", &old.title, &new.title, false);

    // The controller: its identity is what the data subjects rely on.
    let (oc, nc) = (&old.controller, &new.controller);
    d.text(Section::Controller, "name", "", &oc.name, &nc.name, true);
    for (field, o, n) in [
        ("address", oc.address.as_ref(), nc.address.as_ref()),
        ("unit", oc.unit.as_ref(), nc.unit.as_ref()),
        ("organ", oc.organ.as_ref(), nc.organ.as_ref()),
    ] {
        d.opt_text(Section::Controller, field, o, n);
    }
    for (field, o, n) in [
        ("phone", &oc.phone, &nc.phone),
        ("email", &oc.email, &nc.email),
        ("website", &oc.website, &nc.website),
        ("business_id", &oc.business_id, &nc.business_id),
    ] {
        d.opt_str(
            Section::Controller,
            field,
            o.as_deref(),
            n.as_deref(),
            false,
        );
    }

    let people = |n: &Notice| -> Vec<String> {
        [&n.responsible_person, &n.contact_person]
            .into_iter()
            .flatten()
            .flat_map(|p| p.iter())
            .map(|c| contact_line(c, n.languages.first().copied().unwrap_or(Lang::Fi), lang))
            .collect()
    };
    d.set(Section::Contacts, people(old), people(new), false);
    let dpo = |n: &Notice| {
        n.dpo
            .iter()
            .map(|c| contact_line(c, n.languages.first().copied().unwrap_or(Lang::Fi), lang))
            .collect()
    };
    d.set(Section::Dpo, dpo(old), dpo(new), false);

    // Purposes, matched by name (else description): a new purpose, or a
    // changed basis, is further processing the data subjects must be told
    // of first (Art 13(3), 14(4)).
    let purpose_key = |p: &crate::model::Purpose, main| {
        key(lang, p.name.as_ref().unwrap_or(&p.description), main)
    };
    let old_p: Vec<(String, &crate::model::Purpose)> = old
        .purposes
        .iter()
        .map(|p| (purpose_key(p, om), p))
        .collect();
    let new_p: Vec<(String, &crate::model::Purpose)> = new
        .purposes
        .iter()
        .map(|p| (purpose_key(p, nm), p))
        .collect();
    d.keyed(Section::Purposes, &old_p, &new_p, |d, k, o, p| {
        let basis = |p: &crate::model::Purpose| p.legal_basis.map(|b| key_of(&b));
        if basis(o) != basis(p) {
            d.push(
                Section::Purposes,
                Kind::Changed,
                k.to_owned(),
                Some("legal_basis"),
                basis(o),
                basis(p),
                true,
            );
        }
        let laws = |p: &crate::model::Purpose| -> Vec<String> {
            p.laws.iter().map(|l| l.cite().to_owned()).collect()
        };
        d.list_changed(Section::Purposes, k, "laws", laws(o), laws(p), false);
        let desc_o = in_lang(lang, &o.description, om);
        let desc_n = in_lang(lang, &p.description, nm);
        if o.name.is_some() && desc_o != desc_n {
            d.push(
                Section::Purposes,
                Kind::Changed,
                k.to_owned(),
                Some("description"),
                Some(desc_o),
                Some(desc_n),
                false,
            );
        }
    });

    let specials = |n: &Notice| {
        n.special_categories
            .iter()
            .map(|s| key_of(&s.category))
            .collect()
    };
    d.set(
        Section::SpecialCategories,
        specials(old),
        specials(new),
        true,
    );
    let subjects = |n: &Notice, main| n.data_subjects.iter().map(|t| key(lang, t, main)).collect();
    d.set(
        Section::DataSubjects,
        subjects(old, om),
        subjects(new, nm),
        true,
    );

    // Data categories, matched by name; their items compared.
    let cats = |n: &Notice, main| -> Vec<(String, Vec<String>)> {
        n.data_categories
            .iter()
            .map(|c| {
                (
                    key(lang, &c.name, main),
                    c.items.iter().map(|i| key(lang, i, main)).collect(),
                )
            })
            .collect()
    };
    let (oc, nc) = (cats(old, om), cats(new, nm));
    d.keyed(Section::DataCategories, &oc, &nc, |d, k, o, n| {
        d.list_changed(
            Section::DataCategories,
            k,
            "items",
            o.clone(),
            n.clone(),
            true,
        );
    });

    let sources = |n: &Notice, main| -> Vec<String> {
        n.sources
            .iter()
            .flat_map(|s| &s.other)
            .map(|s| key(lang, &s.name, main))
            .collect()
    };
    d.set(Section::Sources, sources(old, om), sources(new, nm), false);
    let recipients = |n: &Notice, main| -> Vec<String> {
        n.recipients
            .iter()
            .flatten()
            .map(|r| key(lang, &r.name, main))
            .collect()
    };
    d.set(
        Section::Recipients,
        recipients(old, om),
        recipients(new, nm),
        true,
    );
    let processors = |n: &Notice, main| -> Vec<String> {
        n.processors
            .iter()
            .flatten()
            .map(|p| key(lang, &p.name, main))
            .collect()
    };
    d.set(
        Section::Processors,
        processors(old, om),
        processors(new, nm),
        false,
    );

    // Transfers, matched by their countries and recipient.
    let transfers = |n: &Notice, main| -> Vec<(String, Option<String>)> {
        n.transfers
            .iter()
            .flatten()
            .map(|t| {
                let mut k: Vec<String> = t.countries.iter().map(|c| key(lang, c, main)).collect();
                if let Some(r) = &t.recipient {
                    k.push(key(lang, r, main));
                }
                (k.join(", "), t.safeguard.map(|s| key_of(&s)))
            })
            .collect()
    };
    let (ot, nt) = (transfers(old, om), transfers(new, nm));
    d.keyed(Section::Transfers, &ot, &nt, |d, k, os, s| {
        if os != s {
            d.push(
                Section::Transfers,
                Kind::Changed,
                k.to_owned(),
                Some("safeguard"),
                os.clone(),
                s.clone(),
                true,
            );
        }
    });

    // Retention, matched by the data it concerns (else its place).
    let retention = |n: &Notice, main| -> Vec<(String, String)> {
        n.retention
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let k = r
                    .data
                    .as_ref()
                    .map_or_else(|| format!("{}", i + 1), |t| key(lang, t, main));
                (k, key(lang, &r.period, main))
            })
            .collect()
    };
    let (or, nr) = (retention(old, om), retention(new, nm));
    for (k, period) in &nr {
        match or.iter().find(|(ok, _)| ok == k) {
            None => d.push(
                Section::Retention,
                Kind::Added,
                k.clone(),
                None,
                None,
                Some(period.clone()),
                false,
            ),
            Some((_, op)) if op != period => d.push(
                Section::Retention,
                Kind::Changed,
                k.clone(),
                Some("period"),
                Some(op.clone()),
                Some(period.clone()),
                false,
            ),
            Some(_) => {}
        }
    }
    d.removed(Section::Retention, &or, &nr);

    let used = |n: &Notice| n.automated_decisions.as_ref().map(|a| a.used.to_string());
    let (ou, nu) = (used(old), used(new));
    if ou != nu {
        let started = nu.as_deref() == Some("true");
        d.push(
            Section::AutomatedDecisions,
            Kind::Changed,
            String::new(),
            Some("used"),
            ou,
            nu,
            started,
        );
    }

    // Rights: what each declaration says, compared per right.
    for right in crate::model::RightKind::ALL {
        let say = |n: &Notice| -> Option<String> {
            let decl = n.rights.as_ref().and_then(|r| r.get(right))?;
            Some(match decl.applies() {
                Some(false) => "false".to_owned(),
                _ => "true".to_owned(),
            })
        };
        let (o, n) = (say(old), say(new));
        if o != n {
            d.push(
                Section::Rights,
                Kind::Changed,
                right.key().to_owned(),
                Some("applies"),
                o,
                n,
                false,
            );
        }
    }
    d.out
}

/// An entry for `changes` that records `changes` in `lang`: one sentence
/// per section ("Käyttötarkoitukset: lisätty Markkinointi; poistettu X.").
pub fn changes_entry(changes: &[Change], lang: Lang) -> String {
    let mut sections: Vec<Section> = changes.iter().map(|c| c.section).collect();
    sections.sort();
    sections.dedup();
    let mut sentences = Vec::new();
    for s in sections {
        let mut parts = Vec::new();
        for kind in [Kind::Added, Kind::Removed, Kind::Changed] {
            let of_kind: Vec<&Change> = changes
                .iter()
                .filter(|c| c.section == s && c.kind == kind)
                .collect();
            if of_kind.is_empty() {
                continue;
            }
            let mut items: Vec<String> = Vec::new();
            for c in of_kind {
                let item = match (c.item.is_empty(), c.field) {
                    (true, Some(f)) => field_name(f, lang),
                    _ => c.item.clone(),
                };
                if !item.is_empty() && !items.contains(&item) {
                    items.push(item);
                }
            }
            let word = i18n::message(lang, keys::DIFF_KIND.0, &[("kind", kind.key().into())]);
            parts.push(if items.is_empty() {
                word
            } else {
                format!("{word} {}", items.join(", "))
            });
        }
        sentences.push(i18n::message(
            lang,
            keys::DIFF_ENTRY.0,
            &[
                (
                    "heading",
                    i18n::message(lang, keys::DIFF_HEADING.0, &[("section", s.key().into())])
                        .into(),
                ),
                ("parts", parts.join("; ").into()),
            ],
        ));
    }
    sentences.join(" ")
}

/// One change in words, in `lang` ("lisätty käyttötarkoitus: Markkinointi").
pub fn describe(c: &Change, lang: Lang) -> String {
    let or_dash = |v: &Option<String>| {
        v.clone()
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "–".to_owned())
    };
    i18n::message(
        lang,
        keys::DIFF_LINE.0,
        &[
            ("kind", c.kind.key().into()),
            (
                "what",
                i18n::message(
                    lang,
                    keys::DIFF_SECTION.0,
                    &[("section", c.section.key().into())],
                )
                .into(),
            ),
            (
                "item",
                if c.item.is_empty() {
                    "none"
                } else {
                    c.item.as_str()
                }
                .into(),
            ),
            (
                "field",
                c.field
                    .map_or_else(|| "none".to_owned(), |f| field_name(f, lang))
                    .into(),
            ),
            ("from", or_dash(&c.from).into()),
            ("to", or_dash(&c.to).into()),
        ],
    )
}

/// A property's name in words.
fn field_name(field: &str, lang: Lang) -> String {
    i18n::message(lang, keys::DIFF_FIELD.0, &[("field", field.into())])
}

/// A value's key in the format (`public_task`).
fn key_of<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn contact_line(c: &crate::model::Contact, main: Lang, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(n) = &c.name {
        parts.push(n.clone());
    }
    if let Some(t) = &c.title {
        parts.push(t.get(lang, main).unwrap_or_default().to_owned());
    }
    for s in [&c.email, &c.phone, &c.website].into_iter().flatten() {
        parts.push(s.clone());
    }
    parts.join(", ")
}

/// A text in the reader's language, else the notice's main language.
fn in_lang(lang: Lang, t: &Text, main: Lang) -> String {
    t.get(lang, main).unwrap_or_default().trim().to_owned()
}

/// The text items are matched by: in the reader's language, with runs of
/// white space as one space.
fn key(lang: Lang, t: &Text, main: Lang) -> String {
    in_lang(lang, t, main)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

struct Differ {
    out: Vec<Change>,
    lang: Lang,
    old_main: Lang,
    new_main: Lang,
}

impl Differ {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        section: Section,
        kind: Kind,
        item: String,
        field: Option<&'static str>,
        from: Option<String>,
        to: Option<String>,
        inform_first: bool,
    ) {
        self.out.push(Change {
            section,
            kind,
            item,
            field,
            from,
            to,
            inform_first,
        });
    }

    fn text(
        &mut self,
        s: Section,
        field: &'static str,
        item: &str,
        o: &Text,
        n: &Text,
        inform: bool,
    ) {
        let (o, n) = (
            key(self.lang, o, self.old_main),
            key(self.lang, n, self.new_main),
        );
        if o != n {
            self.push(
                s,
                Kind::Changed,
                item.to_owned(),
                Some(field),
                Some(o),
                Some(n),
                inform,
            );
        }
    }

    fn opt_text(&mut self, s: Section, field: &'static str, o: Option<&Text>, n: Option<&Text>) {
        let o = o.map(|t| key(self.lang, t, self.old_main));
        let n = n.map(|t| key(self.lang, t, self.new_main));
        self.opt_str(s, field, o.as_deref(), n.as_deref(), false);
    }

    fn opt_str(
        &mut self,
        s: Section,
        field: &'static str,
        o: Option<&str>,
        n: Option<&str>,
        inform: bool,
    ) {
        if o != n {
            self.push(
                s,
                Kind::Changed,
                String::new(),
                Some(field),
                o.map(str::to_owned),
                n.map(str::to_owned),
                inform,
            );
        }
    }

    /// Items matched by key: those only in `new` are added (new processing,
    /// told first), `compare` reports on those in both, and those only in
    /// `old` are removed.
    fn keyed<T>(
        &mut self,
        s: Section,
        old: &[(String, T)],
        new: &[(String, T)],
        mut compare: impl FnMut(&mut Self, &str, &T, &T),
    ) {
        for (k, n) in new {
            match old.iter().find(|(ok, _)| ok == k) {
                None => self.push(s, Kind::Added, k.clone(), None, None, None, true),
                Some((_, o)) => compare(self, k, o, n),
            }
        }
        self.removed(s, old, new);
    }

    /// The keyed items of `old` that `new` lacks, as removals.
    fn removed<A, B>(&mut self, s: Section, old: &[(String, A)], new: &[(String, B)]) {
        for (k, _) in old {
            if !new.iter().any(|(nk, _)| nk == k) {
                self.push(s, Kind::Removed, k.clone(), None, None, None, false);
            }
        }
    }

    /// Items added to and removed from a list (as sets, in the new order).
    fn set(&mut self, s: Section, old: Vec<String>, new: Vec<String>, inform_added: bool) {
        let (o, n): (BTreeSet<&String>, BTreeSet<&String>) =
            (old.iter().collect(), new.iter().collect());
        for item in new.iter().filter(|i| !o.contains(i)) {
            self.push(s, Kind::Added, item.clone(), None, None, None, inform_added);
        }
        for item in old.iter().filter(|i| !n.contains(i)) {
            self.push(s, Kind::Removed, item.clone(), None, None, None, false);
        }
    }

    /// A list inside an item that changed: what was added and removed.
    fn list_changed(
        &mut self,
        s: Section,
        item: &str,
        field: &'static str,
        old: Vec<String>,
        new: Vec<String>,
        inform_added: bool,
    ) {
        let added: Vec<&String> = new.iter().filter(|i| !old.contains(i)).collect();
        let removed: Vec<&String> = old.iter().filter(|i| !new.contains(i)).collect();
        if added.is_empty() && removed.is_empty() {
            return;
        }
        let join = |v: &[&String]| {
            (!v.is_empty()).then(|| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
        };
        self.push(
            s,
            Kind::Changed,
            item.to_owned(),
            Some(field),
            join(&removed),
            join(&added),
            inform_added && !added.is_empty(),
        );
    }
}
