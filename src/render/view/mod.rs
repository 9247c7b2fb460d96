//! The view model: a notice in one language, with every text resolved,
//! rendered to [`Rich`] and arranged into sections. The templates only lay
//! it out.
//!
//! [`NoticeView`] and its parts are the templates' whole contract. One
//! builder per area of the notice adds its sections, in the order of the
//! notice (the files of this folder mirror `rules/`): `controller`,
//! `purposes`, `data`, `sources`, `recipients`, `transfers`, `retention`,
//! `decisions`, `rights`, `requests`, `complaint`, `security`, `changes`;
//! `glance` makes the summary at the top.

mod changes;
mod complaint;
mod controller;
mod data;
mod decisions;
mod glance;
mod purposes;
mod recipients;
mod requests;
mod retention;
mod rights;
mod security;
mod sources;
mod transfers;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use super::rich::Rich;
use super::texts::TEXTS;
use crate::effective::Effective;
use crate::legal::STATUTES;
use crate::model::{Contact, Date, Lang, LawRef, LegalBasis, Notice, Text};

/// One field row.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Row {
    /// The label.
    pub label: String,
    /// The value.
    pub text: Rich,
}

/// A content block of a section.
#[derive(Debug, Clone, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Subsection {
    /// Anchor id.
    pub id: String,
    /// Heading.
    pub heading: String,
    /// Content.
    pub blocks: Vec<BlockView>,
}

/// A section of the full notice.
#[derive(Debug, Clone, Serialize, JsonSchema)]
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
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SiteLink {
    /// Site title.
    pub title: String,
    /// Link to the index from the notice page.
    pub index_href: String,
    /// Link to the accessibility statement from the notice page.
    pub accessibility_href: String,
    /// Accent colours.
    pub colours: Option<crate::config::Colours>,
    /// The publishing organisation (`site.organisation`, else the title).
    pub organisation: String,
    /// The site's logo, as seen from the notice page.
    pub logo: Option<SiteLogo>,
    /// The site's public address, ending in `/` (`site.base_url`), for
    /// canonical and alternate links.
    pub base_url: Option<String>,
}

/// The site's logo.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SiteLogo {
    /// The image, relative to the page.
    pub src: String,
    /// Its file name for the PDF template (`image("/" + file)`).
    pub file: String,
    /// Its alternative text.
    pub alt: String,
}

/// The view model of one notice in one language: everything the templates
/// receive (`notice.html`, `notice.md`, `notice.typ`). `seloste templates
/// schema` prints its JSON Schema; `templates/README.md` lists its fields
/// (generated from these types, and tested).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NoticeView {
    /// The document's language code (`fi`, `sv`, `en`).
    pub lang: String,
    /// The language's name in itself ("suomi").
    pub lang_name: String,
    /// The notice id (the folder name on a site).
    pub id: String,
    /// The register's name.
    pub title: String,
    /// The document's name ("Tietosuojaseloste" unless the notice names it).
    pub document_name: String,
    /// The controller's name.
    pub controller: String,
    /// Who publishes the document: the site's organisation when built with
    /// `seloste build`, else the controller (page and PDF headers).
    pub publisher: String,
    /// When the notice was last updated.
    pub updated: Option<DateView>,
    /// When it was first published.
    pub published: Option<DateView>,
    /// The notice's own version label.
    pub version: Option<String>,
    /// `seloste <version>`.
    pub generator: String,
    /// The notice in each of its languages.
    pub alternates: Vec<Alternate>,
    /// This document's file names.
    pub files: Files,
    /// The labels of the standard texts (`labels-*` in `locales/<lang>/notice.ftl`), by key.
    pub t: BTreeMap<String, String>,
    /// The notice's own introduction, published before "at a glance".
    pub introduction: Option<Rich>,
    /// "At a glance": the short summary at the top.
    pub glance: Vec<GlanceItem>,
    /// The right to object, shown highlighted when it applies (Art 21(4)).
    pub object_right: Option<Rich>,
    /// The numbered sections of the full notice.
    pub sections: Vec<Section>,
    /// The site the page belongs to, when built with `seloste build`.
    pub site: Option<SiteLink>,
}

/// A date in machine and reader form.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DateView {
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// As readers of the language write it (1.2.2026, 1 February 2026).
    pub text: String,
}

/// The notice in one of its languages.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Alternate {
    /// Language code.
    pub lang: String,
    /// The language's name in itself.
    pub name: String,
    /// The HTML file.
    pub href: String,
    /// The Markdown file.
    pub md_href: String,
    /// The PDF file.
    pub pdf_href: String,
    /// Whether this is the document being rendered.
    pub current: bool,
}

/// The file names of one document.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Files {
    /// HTML.
    pub html: String,
    /// Markdown.
    pub md: String,
    /// PDF.
    pub pdf: String,
}

/// One line of "at a glance".
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct GlanceItem {
    /// The label.
    pub label: String,
    /// The text.
    pub text: Rich,
    /// Links to the sections that say more (HTML and Markdown).
    pub links: Vec<GlanceLink>,
}

/// A link from "at a glance" to a section of the notice.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct GlanceLink {
    /// The section's anchor (`#requests`).
    pub href: String,
    /// The link text ("How to use your rights").
    pub text: String,
}

/// The name of the view model in the context of notice.html and notice.md.
pub const VIEW: &str = "n";

/// The view model as the templates' data ([`VIEW`] in notice.html and
/// notice.md, /data.json in notice.typ).
pub fn to_value(view: &NoticeView) -> serde_json::Value {
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_value(view).unwrap_or_default()
}

/// Builds the view model of the effective notice in `lang`: what the
/// notice declares and the standard statements seloste adds to it
/// ([`crate::effective`]), nothing else.
pub fn build(effective: &Effective<'_>, lang: Lang, site: Option<&SiteLink>) -> NoticeView {
    let notice = effective.notice;
    let b = Builder {
        n: notice,
        e: effective,
        lang,
        main: notice.languages.first().copied().unwrap_or(Lang::Fi),
    };
    let alternates = notice
        .languages
        .iter()
        .map(|l| Alternate {
            lang: l.code().to_owned(),
            name: TEXTS.get(&format!("lang_name.{}", l.code()), *l).to_owned(),
            href: file_name(&notice.id, *l, "html"),
            md_href: file_name(&notice.id, *l, "md"),
            pdf_href: file_name(&notice.id, *l, "pdf"),
            current: *l == lang,
        })
        .collect();
    let date = |d: Option<Date>| {
        d.map(|d| DateView {
            iso: d.to_string(),
            text: date_text(d, lang),
        })
    };
    NoticeView {
        lang: lang.code().to_owned(),
        lang_name: TEXTS
            .get(&format!("lang_name.{}", lang.code()), lang)
            .to_owned(),
        id: notice.id.clone(),
        title: b.plain(&notice.title),
        document_name: notice
            .document_name
            .as_ref()
            .map(|d| b.plain(d))
            .unwrap_or_else(|| TEXTS.get("labels.document_name", lang).to_owned()),
        controller: b.plain(&notice.controller.name),
        publisher: site.map_or_else(
            || b.plain(&notice.controller.name),
            |s| s.organisation.clone(),
        ),
        updated: date(notice.updated),
        published: date(notice.published),
        version: notice.version.clone(),
        generator: format!("seloste {}", env!("CARGO_PKG_VERSION")),
        alternates,
        files: Files {
            html: file_name(&notice.id, lang, "html"),
            md: file_name(&notice.id, lang, "md"),
            pdf: file_name(&notice.id, lang, "pdf"),
        },
        t: TEXTS.table("labels", lang),
        introduction: notice.introduction.as_ref().map(|t| b.rich(t)),
        glance: b.glance(),
        object_right: b.object_right(),
        sections: b.sections(),
        site: site.cloned(),
    }
}

/// The JSON Schema of [`NoticeView`], for template authors.
pub fn schema() -> serde_json::Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<NoticeView>();
    schema.to_value()
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
    /// The notice with the standard statements that are added to it.
    e: &'a Effective<'a>,
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

    fn bases(&self) -> Vec<LegalBasis> {
        self.n
            .purposes
            .iter()
            .filter_map(|p| p.legal_basis)
            .collect()
    }

    fn sections(&self) -> Vec<Section> {
        let mut s = Sections {
            lang: self.lang,
            out: Vec::new(),
        };
        self.controller(&mut s);
        self.contacts(&mut s);
        self.purposes(&mut s);
        self.special_categories(&mut s);
        self.data(&mut s);
        self.sources(&mut s);
        self.recipients(&mut s);
        self.transfers(&mut s);
        self.retention(&mut s);
        self.statutory_requirement(&mut s);
        self.automated_decisions(&mut s);
        self.rights(&mut s);
        self.requests(&mut s);
        self.complaint(&mut s);
        self.confidentiality(&mut s);
        self.security(&mut s);
        self.informing(&mut s);
        self.changes(&mut s);
        self.other_notes(&mut s);
        s.out
    }
}

/// The sections of the notice, in order, as the area builders add them.
pub(super) struct Sections {
    lang: Lang,
    out: Vec<Section>,
}

impl Sections {
    /// Adds a section unless it would be empty; numbers it and takes its
    /// heading from the standard texts (`section.<id>`).
    /// Adds a section whose subsections are followed by the notice's note
    /// for it: the note comes last, under its own subheading, so that it is
    /// not read as part of the last subsection.
    fn add_with_note(
        &mut self,
        id: &str,
        blocks: Vec<BlockView>,
        mut subsections: Vec<Subsection>,
        note: Option<BlockView>,
    ) {
        if let Some(note) = note {
            if subsections.is_empty() {
                self.add(id, blocks.into_iter().chain([note]).collect(), subsections);
                return;
            }
            subsections.push(Subsection {
                id: format!("{}-notes", id.replace('_', "-")),
                heading: TEXTS.get("section.notes", self.lang).to_owned(),
                blocks: vec![note],
            });
        }
        self.add(id, blocks, subsections);
    }

    fn add(&mut self, id: &str, blocks: Vec<BlockView>, subsections: Vec<Subsection>) {
        if blocks.is_empty() && subsections.is_empty() {
            return;
        }
        let number = self.out.len() + 1;
        self.out.push(Section {
            id: id.replace('_', "-"),
            number,
            heading: TEXTS.get(&format!("section.{id}"), self.lang).to_owned(),
            blocks,
            subsections,
        });
    }
}

/// The reference of the view model in Markdown, generated from the
/// schema of [`NoticeView`] (the doc comments of its types): one table per
/// type. `templates/README.md` holds it between markers; a test keeps it
/// current (`UPDATE_TEMPLATE_DOCS=1` rewrites it).
pub fn reference() -> String {
    use serde_json::Value;
    let schema = schema();
    let mut out = String::new();
    let ty = |v: &Value| -> String { type_text(v) };
    fn type_text(v: &Value) -> String {
        if let Some(r) = v.get("$ref").and_then(Value::as_str) {
            return r.rsplit('/').next().unwrap_or(r).to_owned();
        }
        if let Some(alts) = v
            .get("anyOf")
            .or_else(|| v.get("oneOf"))
            .and_then(Value::as_array)
        {
            return alts.iter().map(type_text).collect::<Vec<_>>().join(" \\| ");
        }
        if let Some(c) = v.get("const") {
            return c.to_string();
        }
        match v.get("type") {
            Some(Value::String(t)) if t == "array" => {
                format!("[{}]", v.get("items").map(type_text).unwrap_or_default())
            }
            Some(Value::String(t)) if t == "object" => match v.get("additionalProperties") {
                Some(a) if a.is_object() => format!("{{key: {}}}", type_text(a)),
                _ => "object".to_owned(),
            },
            Some(Value::String(t)) => t.clone(),
            Some(Value::Array(ts)) => ts
                .iter()
                .map(|t| match t.as_str() {
                    Some("array") => {
                        format!("[{}]", v.get("items").map(type_text).unwrap_or_default())
                    }
                    Some(s) => s.to_owned(),
                    None => String::new(),
                })
                .collect::<Vec<_>>()
                .join(" \\| "),
            _ => "any".to_owned(),
        }
    }
    fn one_line(s: &str) -> String {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('|', "\\|")
    }
    fn fields(v: &Value, out: &mut String, ty: &dyn Fn(&Value) -> String) {
        out.push_str("| field | type | meaning |\n|---|---|---|\n");
        if let Some(props) = v.get("properties").and_then(Value::as_object) {
            // The tag of a variant is in its heading.
            for (name, p) in props.iter().filter(|(_, p)| p.get("const").is_none()) {
                let desc = p.get("description").and_then(Value::as_str).unwrap_or("");
                out.push_str(&format!("| `{name}` | {} | {} |\n", ty(p), one_line(desc)));
            }
        }
        out.push('\n');
    }
    let describe = |name: &str, v: &Value, out: &mut String| {
        out.push_str(&format!("### `{name}`\n\n"));
        if let Some(d) = v.get("description").and_then(Value::as_str) {
            out.push_str(&one_line(d));
            out.push_str("\n\n");
        }
        match v.get("oneOf").and_then(Value::as_array) {
            Some(variants) => {
                for variant in variants {
                    let tag = variant
                        .get("properties")
                        .and_then(Value::as_object)
                        .and_then(|p| {
                            p.iter()
                                .find_map(|(k, f)| f.get("const").map(|c| format!("{k}: {c}")))
                        })
                        .unwrap_or_default();
                    out.push_str(&format!("**{tag}**"));
                    if let Some(d) = variant.get("description").and_then(Value::as_str) {
                        out.push_str(&format!(": {}", one_line(d)));
                    }
                    out.push_str("\n\n");
                    fields(variant, out, &ty);
                }
            }
            None => fields(v, out, &ty),
        }
    };
    describe("NoticeView", &schema, &mut out);
    if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
        for (name, v) in defs {
            describe(name, v, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The markers around the generated reference in `templates/README.md`.
    const BEGIN: &str =
        "<!-- BEGIN view reference: generated from src/render/view, do not edit -->\n";
    const END: &str = "<!-- END view reference -->";

    #[test]
    fn template_docs_describe_every_field_of_the_view() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/templates/README.md");
        let text = std::fs::read_to_string(path).expect("templates/README.md");
        let (Some(a), Some(b)) = (text.find(BEGIN), text.find(END)) else {
            panic!("templates/README.md lacks the markers of the view reference");
        };
        let current = &text[a + BEGIN.len()..b];
        let generated = super::reference();
        if std::env::var_os("UPDATE_TEMPLATE_DOCS").is_some() {
            let new = format!("{}{BEGIN}{generated}{}", &text[..a], &text[b..]);
            std::fs::write(path, new).expect("write templates/README.md");
            return;
        }
        assert!(
            current == generated,
            "templates/README.md does not match the view types; run \
             UPDATE_TEMPLATE_DOCS=1 cargo test --lib template_docs"
        );
        // Every type has a description and every field a meaning.
        for line in generated.lines().filter(|l| l.starts_with("| `")) {
            assert!(!line.ends_with("|  |"), "undocumented field: {line}");
        }
    }
}
