//! The view model: a notice in one language, with every text resolved,
//! rendered to [`Rich`] and arranged into sections. The templates
//! (`templates/README.md` documents the shape) only lay it out.

use serde::Serialize;
use serde_json::{Value, json};

use super::rich::Rich;
use super::texts::TEXTS;
use crate::legal::{AUTHORITIES, STATUTES};
use crate::model::{
    Contact, Controller, Date, Lang, LawRef, LegalBasis, Notice, RightDecl, Rights, Text,
};

/// One field row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The label.
    pub label: String,
    /// The value.
    pub text: Rich,
}

/// A content block of a section.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum BlockView {
    /// A text.
    Text {
        /// The text.
        text: Rich,
    },
    /// A definition list.
    Fields {
        /// Rows.
        rows: Vec<Row>,
    },
    /// A list.
    List {
        /// Items.
        items: Vec<Rich>,
    },
    /// A table.
    Table {
        /// Caption.
        caption: String,
        /// Header cells.
        head: Vec<String>,
        /// Rows of cells.
        rows: Vec<Vec<Rich>>,
    },
}

/// A subsection.
#[derive(Debug, Clone, Serialize)]
pub struct Subsection {
    /// Anchor id.
    pub id: String,
    /// Heading.
    pub heading: String,
    /// Content.
    pub blocks: Vec<BlockView>,
}

/// A section of the full notice.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Stable anchor id.
    pub id: String,
    /// Number in the notice (1-based).
    pub number: usize,
    /// Heading.
    pub heading: String,
    /// Content.
    pub blocks: Vec<BlockView>,
    /// Subsections.
    pub subsections: Vec<Subsection>,
}

/// Site context of a page that is part of a built site.
#[derive(Debug, Clone, Serialize)]
pub struct SiteLink {
    /// Site title.
    pub title: String,
    /// Link to the index from the notice page.
    pub index_href: String,
    /// Link to the accessibility statement from the notice page.
    pub accessibility_href: String,
    /// Accent colours.
    pub colours: Option<crate::config::Colours>,
}

/// Builds the view model of `notice` in `lang`.
pub fn build(notice: &Notice, lang: Lang, site: Option<&SiteLink>) -> Value {
    let b = Builder {
        n: notice,
        lang,
        main: notice.languages.first().copied().unwrap_or(Lang::Fi),
    };
    let sections = b.sections();
    let alternates: Vec<Value> = notice
        .languages
        .iter()
        .map(|l| {
            json!({
                "lang": l.code(),
                "name": TEXTS.get(&format!("lang_name.{}", l.code()), *l),
                "href": file_name(&notice.id, *l, "html"),
                "md_href": file_name(&notice.id, *l, "md"),
                "pdf_href": file_name(&notice.id, *l, "pdf"),
                "current": *l == lang,
            })
        })
        .collect();
    let date =
        |d: Option<Date>| d.map(|d| json!({"iso": d.to_string(), "text": date_text(d, lang)}));
    json!({
        "lang": lang.code(),
        "lang_name": TEXTS.get(&format!("lang_name.{}", lang.code()), lang),
        "id": notice.id,
        "title": b.plain(&notice.title),
        "document_name": notice
            .document_name
            .as_ref()
            .map(|d| b.plain(d))
            .unwrap_or_else(|| TEXTS.get("labels.document_name", lang).to_owned()),
        "controller": b.plain(&notice.controller.name),
        "updated": date(notice.updated),
        "published": date(notice.published),
        "version": notice.version,
        "generator": format!("seloste {}", env!("CARGO_PKG_VERSION")),
        "alternates": alternates,
        "files": {
            "html": file_name(&notice.id, lang, "html"),
            "md": file_name(&notice.id, lang, "md"),
            "pdf": file_name(&notice.id, lang, "pdf"),
        },
        "t": TEXTS.table("labels", lang),
        "glance": b.glance(),
        "object_right": b.object_right(),
        "sections": sections,
        "site": site,
    })
}

/// `<id>.<lang>.<ext>`.
pub fn file_name(id: &str, lang: Lang, ext: &str) -> String {
    format!("{id}.{}.{ext}", lang.code())
}

/// A date as readers of `lang` write it.
pub fn date_text(d: Date, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", d.day, d.month, d.year),
        Lang::En => format!(
            "{} {} {}",
            d.day,
            EN[(d.month as usize).saturating_sub(1) % 12],
            d.year
        ),
    }
}

struct Builder<'a> {
    n: &'a Notice,
    lang: Lang,
    main: Lang,
}

impl Builder<'_> {
    fn t(&self, path: &str) -> String {
        TEXTS.get(path, self.lang).to_owned()
    }

    /// The text in the document's language, else the best other version,
    /// with that version's language.
    fn pick<'t>(&self, t: &'t Text) -> (&'t str, Lang) {
        if let Some(s) = t.get(self.lang, self.main) {
            return (s, self.lang);
        }
        let versions = t.versions(self.main);
        versions
            .iter()
            .find(|(l, _)| *l == self.main)
            .or(versions.first())
            .map(|(l, s)| (*s, *l))
            .unwrap_or(("", self.lang))
    }

    fn other(&self, l: Lang) -> Option<Lang> {
        (l != self.lang).then_some(l)
    }

    fn plain(&self, t: &Text) -> String {
        self.pick(t).0.to_owned()
    }

    fn rich(&self, t: &Text) -> Rich {
        let (s, l) = self.pick(t);
        Rich::from_markdown(s, self.other(l))
    }

    fn rich_plain(&self, t: &Text) -> Rich {
        let (s, l) = self.pick(t);
        Rich::from_plain(s, self.other(l))
    }

    fn std(&self, path: &str) -> Rich {
        Rich::from_markdown(TEXTS.get(path, self.lang), None)
    }

    fn label(&self, key: &str) -> String {
        self.t(&format!("field.{key}"))
    }

    fn row(&self, key: &str, text: Rich) -> Row {
        Row {
            label: self.label(key),
            text,
        }
    }

    fn str_row(&self, key: &str, s: &str) -> Row {
        self.row(key, Rich::from_plain(s, None))
    }

    fn link_row(&self, key: &str, url: &str) -> Row {
        self.row(key, Rich::link(url, url, None))
    }

    fn email_row(&self, email: &str) -> Row {
        self.row("email", Rich::link(email, &format!("mailto:{email}"), None))
    }

    fn phone_row(&self, phone: &str) -> Row {
        let digits: String = phone
            .split('(')
            .next()
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        self.row("phone", Rich::link(phone, &format!("tel:{digits}"), None))
    }

    fn enum_key<T: Serialize>(v: &T) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    fn controller_rows(&self, c: &Controller) -> Vec<Row> {
        let mut rows = vec![self.row("name", self.rich_plain(&c.name))];
        if let Some(o) = &c.organ {
            rows.push(self.row("organ", self.rich_plain(o)));
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

    /// The phone, e-mail and website rows shared by controllers and contacts.
    fn push_channels(
        &self,
        rows: &mut Vec<Row>,
        phone: &Option<String>,
        email: &Option<String>,
        website: &Option<String>,
    ) {
        if let Some(p) = phone {
            rows.push(self.phone_row(p));
        }
        if let Some(e) = email {
            rows.push(self.email_row(e));
        }
        if let Some(w) = website {
            rows.push(self.link_row("website", w));
        }
    }

    fn contact_rows(&self, c: &Contact) -> Vec<Row> {
        let mut rows = Vec::new();
        if let Some(n) = &c.name {
            rows.push(self.str_row("name", n));
        }
        if let Some(t) = &c.title {
            rows.push(self.row("job_title", self.rich_plain(t)));
        }
        if let Some(a) = &c.address {
            rows.push(self.row("address", self.rich_plain(a)));
        }
        self.push_channels(&mut rows, &c.phone, &c.email, &c.website);
        rows
    }

    /// One cited act: its title from the statute data in the document's
    /// language, linked to the statute database, with the section cited.
    fn law(&self, r: &LawRef) -> Rich {
        let cite = r.cite();
        let citations = STATUTES.citations(cite);
        if let Some(c) = citations.first()
            && let Some(s) = c.statute
        {
            let (title, tl) = s.title_in(self.lang);
            let rest = cite
                .split_once(c.written.as_str())
                .map(|(_, r)| r.trim())
                .unwrap_or_default();
            let label = if s.kind == "eu_regulation" {
                let short = s
                    .short
                    .as_ref()
                    .and_then(|m| m.get(self.lang.code()).or(m.get("fi")))
                    .cloned()
                    .unwrap_or_else(|| title.to_owned());
                format!("{short} {}", s.number)
            } else {
                format!("{title} ({})", s.number)
            };
            let label = if rest.is_empty() {
                label
            } else {
                format!("{label} {rest}")
            };
            let url = s.url.as_deref().map(|u| match self.lang {
                Lang::Sv => u.replace("/fi/lainsaadanto/", "/sv/lagstiftning/"),
                _ => u.to_owned(),
            });
            return match url {
                Some(u) => Rich::link(&label, &u, self.other(tl)),
                None => Rich::from_plain(&label, self.other(tl)),
            };
        }
        let text = match r.title() {
            Some(t) => format!("{t} ({cite})"),
            None => cite.to_owned(),
        };
        Rich::from_plain(&text, self.other(self.main))
    }

    fn laws_row(&self, laws: &[LawRef]) -> Option<Row> {
        (!laws.is_empty()).then(|| {
            self.row(
                "laws",
                Rich::concat(laws.iter().map(|l| self.law(l)).collect()),
            )
        })
    }

    fn note(
        &self,
        pick: impl Fn(&crate::model::SectionNotes) -> Option<&Text>,
    ) -> Option<BlockView> {
        self.n
            .notes
            .as_ref()
            .and_then(pick)
            .map(|t| BlockView::Text { text: self.rich(t) })
    }

    fn glance(&self) -> Vec<Value> {
        let n = self.n;
        let mut out = Vec::new();
        let mut who = vec![self.rich_plain(&n.controller.name)];
        if let Some(o) = &n.controller.organ {
            who.push(self.rich_plain(o));
        }
        out.push(json!({"label": self.t("glance.controller"), "text": Rich::concat(who)}));
        if !n.purposes.is_empty() {
            let items: Vec<Rich> = n
                .purposes
                .iter()
                .map(|p| self.rich(p.name.as_ref().unwrap_or(&p.description)))
                .collect();
            out.push(json!({"label": self.t("glance.purposes"), "text": Rich::concat(items)}));
        }
        let mut bases: Vec<LegalBasis> = n.purposes.iter().filter_map(|p| p.legal_basis).collect();
        bases.sort_by_key(|b| *b as u8);
        bases.dedup();
        if !bases.is_empty() {
            let items = bases
                .iter()
                .map(|b| self.std(&format!("legal_basis.{}", Self::enum_key(b))))
                .collect();
            out.push(json!({"label": self.t("glance.bases"), "text": Rich::concat(items)}));
        }
        out.push(
            json!({"label": self.t("glance.rights"), "text": self.std("glance.rights_summary")}),
        );
        let contact = n
            .dpo
            .as_ref()
            .and_then(|d| d.email.as_deref())
            .or(n.requests.as_ref().and_then(|r| r.email.as_deref()))
            .or(n.controller.email.as_deref());
        if let Some(e) = contact {
            out.push(json!({"label": self.t("glance.contact"), "text": Rich::link(e, &format!("mailto:{e}"), None)}));
        }
        out
    }

    fn bases(&self) -> Vec<LegalBasis> {
        self.n
            .purposes
            .iter()
            .filter_map(|p| p.legal_basis)
            .collect()
    }

    /// The right to object, when it applies (declared, or implied by a
    /// public-task / legitimate-interests basis or direct marketing).
    fn object_right(&self) -> Option<Rich> {
        let decl = self.n.rights.as_ref().and_then(|r| r.get("object"));
        if decl.and_then(RightDecl::applies) == Some(false) {
            return None;
        }
        let bases = self.bases();
        let task = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::PublicTask | LegalBasis::LegitimateInterests));
        let marketing = self
            .n
            .purposes
            .iter()
            .any(|p| p.direct_marketing == Some(true));
        if decl.is_none() && !task && !marketing {
            return None;
        }
        let mut parts = Vec::new();
        let details = decl.and_then(RightDecl::details);
        // The notice's own description replaces the standard text.
        match details.and_then(|d| d.description.as_ref()) {
            Some(t) => parts.push(self.rich(t)),
            None => {
                if task || (decl.is_some() && !marketing) {
                    parts.push(self.std("right.object.public_task"));
                }
            }
        }
        if marketing {
            parts.push(self.std("right.object.direct_marketing"));
        }
        if let Some(t) = details.and_then(|d| d.how.as_ref()) {
            parts.push(self.rich(t));
        }
        Some(Rich::concat(parts))
    }

    fn sections(&self) -> Vec<Section> {
        let mut out: Vec<Section> = Vec::new();
        let mut add = |id: &str, blocks: Vec<BlockView>, subsections: Vec<Subsection>| {
            if blocks.is_empty() && subsections.is_empty() {
                return;
            }
            let number = out.len() + 1;
            out.push(Section {
                id: id.replace('_', "-"),
                number,
                heading: TEXTS.get(&format!("section.{id}"), self.lang).to_owned(),
                blocks,
                subsections,
            });
        };
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
        add("controller", blocks, vec![]);

        // Contacts.
        let mut subs = Vec::new();
        for (key, c) in [
            ("responsible_person", &n.responsible_person),
            ("contact_person", &n.contact_person),
        ] {
            if let Some(c) = c {
                subs.push(Subsection {
                    id: key.replace('_', "-"),
                    heading: self.label(key),
                    blocks: vec![BlockView::Fields {
                        rows: self.contact_rows(c),
                    }],
                });
            }
        }
        add("contacts", vec![], subs);

        if let Some(d) = &n.dpo {
            add(
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
        let notes: Vec<BlockView> = self.note(|s| s.purposes.as_ref()).into_iter().collect();
        add("purposes", notes, subs);

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
            add(
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
            add("criminal_data", vec![BlockView::Fields { rows }], vec![]);
        }

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
        for (i, c) in n.data_categories.iter().enumerate() {
            let mut blocks = Vec::new();
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
            subs.push(Subsection {
                id: format!("data-{}", i + 1),
                heading: self.plain(&c.name),
                blocks,
            });
        }
        blocks.extend(self.note(|s| s.data.as_ref()));
        add("data", blocks, subs);

        // Sources.
        if let Some(s) = &n.sources {
            let mut blocks = Vec::new();
            if s.from_data_subject == Some(true) {
                blocks.push(BlockView::List {
                    items: vec![Rich::from_plain(&self.label("from_data_subject"), None)],
                });
            }
            if !s.other.is_empty() {
                let rows = s
                    .other
                    .iter()
                    .map(|o| {
                        let mut parts = vec![];
                        if let Some(d) = &o.description {
                            parts.push(self.rich(d));
                        }
                        parts.extend(o.laws.iter().map(|l| self.law(l)));
                        if o.publicly_accessible == Some(true) {
                            parts.push(Rich::from_plain(&self.label("publicly_accessible"), None));
                        }
                        Row {
                            label: self.plain(&o.name),
                            text: Rich::concat(parts),
                        }
                    })
                    .collect();
                blocks.push(BlockView::Fields { rows });
            }
            blocks.extend(self.note(|s| s.sources.as_ref()));
            add("sources", blocks, vec![]);
        }

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
            add("recipients", blocks, vec![]);
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
            add("processors", vec![block], vec![]);
        }

        // Transfers.
        if let Some(ts) = &n.transfers {
            let mut blocks = Vec::new();
            if ts.is_empty() {
                blocks.push(BlockView::Text {
                    text: self.std("statement.no_transfers"),
                });
            }
            for t in ts {
                let mut rows = Vec::new();
                if !t.countries.is_empty() {
                    rows.push(self.row(
                        "countries",
                        Rich::concat(t.countries.iter().map(|c| self.rich_plain(c)).collect()),
                    ));
                }
                if let Some(r) = &t.recipient {
                    rows.push(self.row("recipient", self.rich(r)));
                }
                if let Some(s) = &t.safeguard {
                    rows.push(self.row(
                        "safeguard",
                        self.std(&format!("safeguard.{}", Self::enum_key(s))),
                    ));
                }
                if let Some(d) = &t.description {
                    rows.push(self.row("description", self.rich(d)));
                }
                if let Some(c) = &t.copy {
                    rows.push(self.row("copy", self.rich(c)));
                }
                rows.extend(self.laws_row(&t.laws));
                blocks.push(BlockView::Fields { rows });
            }
            blocks.extend(self.note(|s| s.transfers.as_ref()));
            add("transfers", blocks, vec![]);
        }

        // Retention.
        if !n.retention.is_empty() {
            let rows = n
                .retention
                .iter()
                .map(|r| {
                    let mut parts = vec![self.rich(&r.period)];
                    parts.extend(r.laws.iter().map(|l| self.law(l)));
                    if let Some(l) = &r.link {
                        parts.push(Rich::link(l, l, None));
                    }
                    Row {
                        label: r
                            .data
                            .as_ref()
                            .map(|d| self.plain(d))
                            .unwrap_or_else(|| self.label("period")),
                        text: Rich::concat(parts),
                    }
                })
                .collect();
            let mut blocks = vec![BlockView::Fields { rows }];
            blocks.extend(self.note(|s| s.retention.as_ref()));
            add("retention", blocks, vec![]);
        }

        // Statutory requirement.
        if let Some(s) = &n.statutory_requirement {
            let mut blocks = Vec::new();
            if let Some(b) = &s.basis {
                blocks.push(BlockView::Text {
                    text: self.std(&format!("requirement_basis.{}", Self::enum_key(b))),
                });
            }
            if let Some(d) = &s.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            if let Some(c) = &s.consequences {
                blocks.push(BlockView::Fields {
                    rows: vec![self.row("consequences", self.rich(c))],
                });
            }
            add("statutory", blocks, vec![]);
        }

        // Automated decisions.
        if let Some(a) = &n.automated_decisions {
            let mut blocks = Vec::new();
            if !a.used && a.profiling != Some(true) {
                blocks.push(BlockView::Text {
                    text: self.std("statement.no_automated"),
                });
            }
            if let Some(d) = &a.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            let mut rows = Vec::new();
            if a.profiling == Some(true) {
                rows.push(self.row("profiling", self.std("labels.yes")));
            }
            if let Some(l) = &a.logic {
                rows.push(self.row("logic", self.rich(l)));
            }
            if let Some(s) = &a.significance {
                rows.push(self.row("significance", self.rich(s)));
            }
            if !rows.is_empty() {
                blocks.push(BlockView::Fields { rows });
            }
            add("automated", blocks, vec![]);
        }

        // Rights.
        add(
            "rights",
            self.note(|s| s.rights.as_ref()).into_iter().collect(),
            self.rights(),
        );

        // Requests.
        let mut rows = Vec::new();
        let mut blocks = Vec::new();
        let r = n.requests.as_ref();
        match r.and_then(|r| r.description.as_ref()) {
            Some(d) => blocks.push(BlockView::Text { text: self.rich(d) }),
            None => blocks.push(BlockView::Text {
                text: self.std("statement.requests_default"),
            }),
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
        rows.push(
            self.row(
                "response_time",
                r.and_then(|r| r.response_time.as_ref())
                    .map(|t| self.rich(t))
                    .unwrap_or_else(|| self.std("statement.response_time_default")),
            ),
        );
        rows.push(
            self.row(
                "fees",
                r.and_then(|r| r.fees.as_ref())
                    .map(|t| self.rich(t))
                    .unwrap_or_else(|| self.std("statement.fees_default")),
            ),
        );
        blocks.push(BlockView::Fields { rows });
        add("requests", blocks, vec![]);

        // Complaint: the right exists by law; the Ombudsman's contacts come
        // from the shipped data.
        let mut blocks = vec![
            BlockView::Text {
                text: self.std("statement.complaint"),
            },
            BlockView::Text {
                text: self.std("statement.complaint_other_state"),
            },
        ];
        let c = n.complaint.as_ref();
        if let Some(d) = c.and_then(|c| c.description.as_ref()) {
            blocks.push(BlockView::Text { text: self.rich(d) });
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
        add("complaint", blocks, vec![]);

        if let Some(c) = &n.confidentiality {
            let mut blocks = Vec::new();
            if c.secret == Some(true) {
                blocks.push(BlockView::Text {
                    text: Rich::from_plain(&self.label("secret"), None),
                });
            }
            if let Some(d) = &c.description {
                blocks.push(BlockView::Text { text: self.rich(d) });
            }
            if let Some(row) = self.laws_row(&c.laws) {
                blocks.push(BlockView::Fields { rows: vec![row] });
            }
            add("confidentiality", blocks, vec![]);
        }

        if let Some(s) = &n.security {
            let mut rows = Vec::new();
            if let Some(m) = &s.manual {
                rows.push(self.row("manual", self.rich(m)));
            }
            if let Some(e) = &s.electronic {
                rows.push(self.row("electronic", self.rich(e)));
            }
            let mut blocks = Vec::new();
            if !rows.is_empty() {
                blocks.push(BlockView::Fields { rows });
            }
            if !s.systems.is_empty() {
                blocks.push(BlockView::Table {
                    caption: self.label("systems"),
                    head: vec![self.label("name"), self.label("description")],
                    rows: s
                        .systems
                        .iter()
                        .map(|sys| {
                            vec![
                                Rich::from_plain(&sys.name, None),
                                sys.description
                                    .as_ref()
                                    .map(|d| self.rich(d))
                                    .unwrap_or_else(|| Rich::from_plain("", None)),
                            ]
                        })
                        .collect(),
                });
            }
            blocks.extend(self.note(|s| s.security.as_ref()));
            add("security", blocks, vec![]);
        }

        if let Some(i) = &n.informing {
            add(
                "informing",
                vec![BlockView::Text { text: self.rich(i) }],
                vec![],
            );
        }

        if !n.changes.is_empty() {
            let mut changes: Vec<_> = n.changes.iter().collect();
            changes.sort_by_key(|c| std::cmp::Reverse(c.date));
            add(
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

        if let Some(o) = n.notes.as_ref().and_then(|s| s.other.as_ref()) {
            add(
                "notes",
                vec![BlockView::Text { text: self.rich(o) }],
                vec![],
            );
        }
        out
    }

    /// One subsection per right: declared rights with the standard text and
    /// the notice's details; access and rectification always (Arts 15-16
    /// apply to all processing).
    fn rights(&self) -> Vec<Subsection> {
        let declared = |key: &str| self.n.rights.as_ref().and_then(|r| r.get(key));
        let bases = self.bases();
        let public = bases
            .iter()
            .any(|b| matches!(b, LegalBasis::PublicTask | LegalBasis::LegalObligation));
        let mut out = Vec::new();
        for key in Rights::KEYS {
            let d = declared(key);
            if d.is_none() && !matches!(key, "access" | "rectification") {
                continue;
            }
            let mut blocks = Vec::new();
            let applies = d.and_then(RightDecl::applies);
            if applies == Some(false) {
                let mut parts = vec![self.std("right.generic.not_applicable_prefix")];
                if let Some(r) = d
                    .and_then(RightDecl::details)
                    .and_then(|x| x.reason.as_ref())
                {
                    parts.push(self.rich(r));
                } else if key == "portability" {
                    parts.push(self.std("right.portability.not_applicable"));
                } else if key == "erasure" && public {
                    parts.push(self.std("right.erasure.limited_public_task"));
                }
                blocks.push(BlockView::Text {
                    text: Rich::concat(parts),
                });
            } else {
                blocks.push(BlockView::Text {
                    text: self.std(&format!("right.{key}.explain")),
                });
                if key == "erasure" && public {
                    blocks.push(BlockView::Text {
                        text: self.std("right.erasure.limited_public_task"),
                    });
                }
                if key == "withdraw_consent" {
                    blocks.push(BlockView::Text {
                        text: self.std("right.withdraw_consent.effect"),
                    });
                }
            }
            if let Some(x) = d.and_then(RightDecl::details) {
                let mut rows = Vec::new();
                if let Some(t) = &x.description {
                    blocks.push(BlockView::Text { text: self.rich(t) });
                }
                if let Some(t) = &x.how {
                    rows.push(self.row("how", self.rich(t)));
                }
                rows.extend(self.laws_row(&x.laws));
                if !rows.is_empty() {
                    blocks.push(BlockView::Fields { rows });
                }
            }
            out.push(Subsection {
                id: format!("right-{}", key.replace('_', "-")),
                heading: self.t(&format!("right.{key}.name")),
                blocks,
            });
        }
        out
    }
}
