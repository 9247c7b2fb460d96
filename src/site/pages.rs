//! The site's own pages and files besides the notices: the index, the
//! accessibility statement, `notices.json` and the sitemap, as the data the
//! templates receive.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Item;
use crate::config::SiteConfig;
use crate::diag::{FileReport, Severity};
use crate::model::{Date, Lang};
use crate::render::{texts::TEXTS, view};

/// A folder-name form of a controller's name, for anchors.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        let c = match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

pub(super) fn site_json(cfg: &SiteConfig, lang: Lang, title: &str, logo: Value) -> Value {
    json!({
        "title": title,
        "lang": lang.code(),
        "t": TEXTS.table("labels", lang),
        "organisation": cfg.organisation.clone().unwrap_or_else(|| title.to_owned()),
        "base_url": cfg.base_url,
        "logo": logo,
        "colours": cfg.colours,
        "feedback": cfg.feedback,
        "accessibility_href": "accessibility.html",
        "index_href": "index.html",
    })
}

/// The accessibility statement's data, from what was actually checked: the
/// colours' contrast (checked when the configuration was read) and whether
/// the pages come from the built-in, tested templates (`own_templates`).
pub(super) fn statement_json(cfg: &SiteConfig, lang: Lang, own_templates: bool) -> Value {
    let a = cfg.accessibility.clone();
    let date = |s: Option<&String>| {
        s.and_then(|s| Date::parse(s))
            .map(|d| view::date_text(d, lang))
    };
    let t = |k: &str| TEXTS.get(k, lang).to_owned();
    let contrast = cfg
        .colours
        .as_ref()
        .and_then(crate::config::Colours::contrast)
        .or_else(|| {
            crate::config::contrast(
                crate::config::DEFAULT_ACCENT,
                crate::config::DEFAULT_ACCENT_TEXT,
            )
        })
        .unwrap_or(1.0);
    json!({
        "organisation": cfg.organisation,
        "conformance": a.as_ref().map_or("full".to_owned(), |a| a.conformance.clone()),
        "known_issues": a.as_ref().map(|a| a.known_issues.clone()).unwrap_or_default(),
        "published": date(a.as_ref().and_then(|a| a.published.as_ref())),
        "reviewed": date(a.as_ref().and_then(|a| a.reviewed.as_ref())),
        "method": a.as_ref().and_then(|a| a.method.clone()),
        "feedback_email": cfg.feedback.as_ref().and_then(|f| f.email.clone()),
        "feedback_url": cfg.feedback.as_ref().and_then(|f| f.url.clone()),
        // Rounded down: the statement never claims more than was measured.
        "contrast": format!("{}:1", crate::i18n::decimal((contrast * 10.0).floor() / 10.0, lang)),
        "enforcement": {"name": t("a11y.authority.name"), "url": t("a11y.authority.url")},
        "h": {
            "status": t("a11y.h.status"), "non_accessible": t("a11y.h.non_accessible"),
            "preparation": t("a11y.h.preparation"), "feedback": t("a11y.h.feedback"),
            "enforcement": t("a11y.h.enforcement"),
        },
        "text": {
            "intro": t("a11y.text.intro"), "status_full": t("a11y.text.status_full"),
            "status_partial": t("a11y.text.status_partial"), "status_none": t("a11y.text.status_none"),
            "none_known": t("a11y.text.none_known"), "enforcement_intro": t("a11y.text.enforcement_intro"),
            "method": if a.as_ref().and_then(|a| a.method.as_ref()).is_some() { Value::Null } else if own_templates { Value::String(t("a11y.text.method_custom")) } else { Value::String(t("a11y.text.method")) },
            "contrast": t("a11y.text.contrast"),
        },
    })
}

fn counts(r: &FileReport) -> Value {
    json!({
        "error": r.count(Severity::Error),
        "warning": r.count(Severity::Warning),
        "info": r.count(Severity::Info),
    })
}

/// A notice's languages with `first` first, when the notice has it.
fn ordered(languages: &[Lang], first: Lang) -> Vec<Lang> {
    let mut v = languages.to_vec();
    v.sort_by_key(|l| *l != first);
    v
}

fn title_in(n: &super::Summary, lang: Lang) -> String {
    let main = n.languages.first().copied().unwrap_or(Lang::Fi);
    n.title
        .get(lang, main)
        .or_else(|| n.title.get(main, main))
        .unwrap_or_default()
        .to_owned()
}

/// One controller's notices, as the index and its pages list them.
pub(super) struct Group<'a> {
    /// The controller's name in the site's main language: what groups the
    /// notices, the same in every language of the site.
    key: String,
    /// A unique folder-name form of `key`: the group's anchor, the value
    /// of the controller filter and the name of its pages.
    pub(super) slug: String,
    /// The notices, by their titles in the site's main language.
    pub(super) items: Vec<&'a Item>,
}

impl Group<'_> {
    /// The controller's name in `lang` (the first notice's).
    fn name(&self, lang: Lang) -> String {
        self.items.first().map_or_else(
            || self.key.clone(),
            |it| {
                let n = &it.notice;
                let main = n.languages.first().copied().unwrap_or(Lang::Fi);
                n.controller
                    .get(lang, main)
                    .or_else(|| n.controller.get(main, main))
                    .unwrap_or_default()
                    .to_owned()
            },
        )
    }

    /// The file of page `page` (from 0) of the group's notices in `lang`:
    /// `controller-<slug>.html`, `controller-<slug>.2.html`, ... (with
    /// `.<lang>` before `.html` outside the main language).
    pub(super) fn page_file(&self, page: usize, lang: Lang, main: Lang) -> String {
        let stem = match page {
            0 => format!("controller-{}", self.slug),
            p => format!("controller-{}.{}", self.slug, p + 1),
        };
        page_file(&stem, lang, main)
    }
}

/// The notices grouped by controller (by the controller's name in the
/// site's main language `main`), controllers and notices in alphabetical
/// order; every group's slug is unique.
pub(super) fn grouped(items: &[Item], main: Lang) -> Vec<Group<'_>> {
    let mut by: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for it in items {
        let n = &it.notice;
        let first = n.languages.first().copied().unwrap_or(Lang::Fi);
        let c = n
            .controller
            .get(main, first)
            .or_else(|| n.controller.get(first, first))
            .unwrap_or_default();
        by.entry(c.to_owned()).or_default().push(it);
    }
    let mut seen = std::collections::HashSet::new();
    by.into_iter()
        .map(|(key, mut items)| {
            items.sort_by_cached_key(|it| {
                (
                    title_in(&it.notice, main).to_lowercase(),
                    it.notice.id.clone(),
                )
            });
            let base = match slug(&key) {
                s if s.is_empty() => "controller".to_owned(),
                s => s,
            };
            let mut slug = base.clone();
            let mut k = 2;
            while !seen.insert(slug.clone()) {
                slug = format!("{base}-{k}");
                k += 1;
            }
            Group { key, slug, items }
        })
        .collect()
}

/// One notice as a row of the index or a controller's page: its title and
/// links in `lang`, its date, and its finding counts when the site shows
/// findings (`site.show_findings`).
fn row(it: &Item, reports: &[FileReport], lang: Lang, show_findings: bool) -> Value {
    let n = &it.notice;
    json!({
        "id": n.id,
        "title": title_in(n, lang),
        "updated": n.updated.or(n.published).map(|d| json!({"iso": d.to_string(), "text": view::date_text(d, lang)})),
        "languages": ordered(&n.languages, lang).iter().map(|l| json!({
            "lang": l.code(),
            "name": TEXTS.get(&format!("lang_name.{}", l.code()), *l),
            "href": format!("{}/{}", n.id, view::file_name(&n.id, *l, "html")),
            "pdf": format!("{}/{}", n.id, view::file_name(&n.id, *l, "pdf")),
            "md": format!("{}/{}", n.id, view::file_name(&n.id, *l, "md")),
        })).collect::<Vec<_>>(),
        "findings": show_findings.then(|| counts(&reports[it.report_index])),
    })
}

/// What the index and a controller's page show of a group: its name and
/// slug, its number of notices, the link to its first page (`href`, on a
/// paged site) and the rows of `items` (a page of its notices; none on a
/// paged site's index).
pub(super) fn group_json(
    g: &Group,
    items: &[&Item],
    href: Option<String>,
    reports: &[FileReport],
    lang: Lang,
    show_findings: bool,
) -> Value {
    json!({
        "controller": g.name(lang),
        "id": g.slug,
        "count": g.items.len(),
        "href": href,
        "notices": items.iter().map(|it| row(it, reports, lang, show_findings)).collect::<Vec<_>>(),
    })
}

/// The words a notice is found by: the words of its titles in every
/// language, its controller's names, its purposes and its id, lower-case,
/// each once.
fn search_words(n: &super::Summary) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let texts = n
        .title
        .all()
        .chain(n.controller.all())
        .chain(n.purposes.iter().map(String::as_str))
        .chain(std::iter::once(n.id.as_str()));
    for t in texts {
        for w in t.to_lowercase().split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() && seen.insert(w.to_owned()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
    }
    out
}

/// The index's search data in `lang` (`search.js`, `search.<lang>.js`),
/// loaded by the index's script when the reader starts a search: a call
/// `selosteSearch({"controllers": [[slug, name]], "notices": [[href, title,
/// controller, words, lang]]})`, `controller` an index into `controllers`
/// and `lang` the language of `href` and `title`. About
/// 300 bytes per notice, so the index page itself stays small at any size.
pub(super) fn search_js(groups: &[Group], lang: Lang) -> String {
    let controllers: Vec<Value> = groups
        .iter()
        .map(|g| json!([g.slug, g.name(lang)]))
        .collect();
    let mut notices = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        for it in &g.items {
            let n = &it.notice;
            let first = ordered(&n.languages, lang).first().copied().unwrap_or(lang);
            notices.push(json!([
                format!("{}/{}", n.id, view::file_name(&n.id, first, "html")),
                title_in(n, lang),
                i,
                search_words(n),
                first.code(),
            ]));
        }
    }
    let data = json!({"controllers": controllers, "notices": notices});
    format!(
        "selosteSearch({});\n",
        serde_json::to_string(&data).unwrap_or_else(|_| "{}".to_owned())
    )
}

/// `notices.json`: the public list of notices. Findings and completeness
/// only when the site shows findings (`site.show_findings`).
pub(super) fn notices_json(
    items: &[Item],
    reports: &[FileReport],
    title: &str,
    base: Option<&str>,
    show_findings: bool,
) -> Value {
    let url = |rel: String| match base {
        Some(b) => format!("{b}{rel}"),
        None => rel,
    };
    let mut list: Vec<&Item> = items.iter().collect();
    list.sort_by(|a, b| a.notice.id.cmp(&b.notice.id));
    json!({
        "version": 1,
        "generator": format!("seloste {}", env!("CARGO_PKG_VERSION")),
        "title": title,
        "base_url": base,
        "notices": list.iter().map(|it| {
            let n = &it.notice;
            let main = n.languages.first().copied().unwrap_or(Lang::Fi);
            let r = &reports[it.report_index];
            let mut entry = json!({
                "id": n.id,
                "title": n.languages.iter().map(|l| (l.code(), n.title.get(*l, main).unwrap_or_default())).collect::<BTreeMap<_, _>>(),
                "controller": n.controller.get(main, main),
                "languages": n.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
                "published": n.published.map(|d| d.to_string()),
                "updated": n.updated.map(|d| d.to_string()),
                "urls": n.languages.iter().map(|l| (l.code(), json!({
                    "html": url(format!("{}/{}", n.id, view::file_name(&n.id, *l, "html"))),
                    "pdf": url(format!("{}/{}", n.id, view::file_name(&n.id, *l, "pdf"))),
                    "md": url(format!("{}/{}", n.id, view::file_name(&n.id, *l, "md"))),
                }))).collect::<BTreeMap<_, _>>(),
            });
            if show_findings {
                entry["findings"] = counts(r);
                entry["completeness"] = json!(r.completeness);
            }
            entry
        }).collect::<Vec<_>>(),
    })
}

pub(super) fn sitemap(items: &[Item], base: &str) -> String {
    let esc = crate::render::rich::escape_html;
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    s.push_str(&format!(
        "  <url><loc>{}</loc></url>\n",
        esc(&format!("{base}index.html"))
    ));
    s.push_str(&format!(
        "  <url><loc>{}</loc></url>\n",
        esc(&format!("{base}accessibility.html"))
    ));
    let mut list: Vec<&Item> = items.iter().collect();
    list.sort_by(|a, b| a.notice.id.cmp(&b.notice.id));
    for it in list {
        let n = &it.notice;
        let url = |l: Lang| format!("{base}{}/{}", n.id, view::file_name(&n.id, l, "html"));
        // Every language version names the others (hreflang alternates).
        let alternates: String = if n.languages.len() > 1 {
            n.languages
                .iter()
                .map(|l| {
                    format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        l.code(),
                        esc(&url(*l))
                    )
                })
                .collect()
        } else {
            String::new()
        };
        for l in &n.languages {
            let loc = url(*l);
            let lastmod = n
                .updated
                .or(n.published)
                .map(|d| format!("<lastmod>{d}</lastmod>"))
                .unwrap_or_default();
            s.push_str(&format!(
                "  <url><loc>{}</loc>{lastmod}{alternates}</url>\n",
                esc(&loc)
            ));
        }
    }
    s.push_str("</urlset>\n");
    s
}

/// `/<id>/index.html`: a page that leads to the notice in its first
/// language at once (`meta refresh` 0, the canonical link), and lists every
/// language version for readers and robots that do not follow it.
pub(super) fn landing(n: &super::Summary) -> String {
    let esc = crate::render::rich::escape_html;
    let main = n.languages.first().copied().unwrap_or(Lang::Fi);
    let first = view::file_name(&n.id, main, "html");
    let title = esc(&title_in(n, main));
    let mut links = String::new();
    for l in &n.languages {
        links.push_str(&format!(
            "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a></li>\n",
            esc(&view::file_name(&n.id, *l, "html")),
            esc(&format!(
                "{} ({})",
                title_in(n, *l),
                TEXTS.get(&format!("lang_name.{}", l.code()), *l)
            )),
            code = l.code(),
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta http-equiv=\"refresh\" content=\"0; url={first}\">\n\
         <link rel=\"canonical\" href=\"{first}\">\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n<ul>\n{links}</ul>\n</main>\n</body>\n</html>\n",
        lang = main.code(),
        first = esc(&first),
    )
}

/// The file of a site page in `lang`: `<stem>.html` in the main language,
/// `<stem>.<lang>.html` in the others.
pub(super) fn page_file(stem: &str, lang: Lang, main: Lang) -> String {
    site_file(stem, lang, main, "html")
}

/// A site file in `lang` with extension `ext`: `<stem>.<ext>` in the main
/// language, `<stem>.<lang>.<ext>` in the others.
pub(super) fn site_file(stem: &str, lang: Lang, main: Lang, ext: &str) -> String {
    if lang == main {
        format!("{stem}.{ext}")
    } else {
        format!("{stem}.{}.{ext}", lang.code())
    }
}

/// The index in every site language, for the language links of a page.
pub(super) fn alternates(site_langs: &[Lang], current: Lang) -> Value {
    alternates_of("index", site_langs, current)
}

/// The page `stem` in every site language: `[{lang, name, href, current}]`.
pub(super) fn alternates_of(stem: &str, site_langs: &[Lang], current: Lang) -> Value {
    let main = site_langs.first().copied().unwrap_or(Lang::Fi);
    alternates_by(site_langs, current, |l| page_file(stem, l, main))
}

/// A page in every site language, `href(lang)` its file in each.
pub(super) fn alternates_by(
    site_langs: &[Lang],
    current: Lang,
    href: impl Fn(Lang) -> String,
) -> Value {
    Value::Array(
        site_langs
            .iter()
            .map(|l| {
                json!({
                    "lang": l.code(),
                    "name": TEXTS.get(&format!("lang_name.{}", l.code()), *l),
                    "href": href(*l),
                    "current": *l == current,
                })
            })
            .collect(),
    )
}
