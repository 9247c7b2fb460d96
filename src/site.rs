//! `seloste build`: a whole folder of notices → a static website.
//!
//! The site is built in a temporary folder beside `--out` and swapped in
//! only when everything succeeded, so a failed build leaves the previous
//! site untouched. Nothing is written outside `--out` (and the temporary
//! folder next to it). A previous site's manifest (`.seloste-build.json`)
//! lets a rebuild reuse the files of every notice whose inputs did not
//! change: the notice file, the templates, the configuration, the tool's
//! version and its data.
//!
//! Layout: `index.html`, `accessibility.html`, `notices.json`,
//! `sitemap.xml` (when `site.base_url` is set), and per notice
//! `<id>/<id>.<lang>.{html,pdf,md}`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::check::{self, Loaded};
use crate::config::{Config, SiteConfig};
use crate::diag::{FileReport, Severity};
use crate::model::{Date, Lang};
use crate::render::{Fnv, Format, RenderError, Renderer, TemplateSet, texts::TEXTS, view};
use crate::rules::Settings;

/// The manifest file of a built site.
pub const MANIFEST: &str = ".seloste-build.json";

/// Options of a build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The folder of notices.
    pub input: PathBuf,
    /// The site folder.
    pub out: PathBuf,
    /// Fail when any notice has an error-level finding.
    pub strict: bool,
    /// Template override folder.
    pub templates: Option<PathBuf>,
    /// Settings for checking (as of, message language).
    pub settings: Settings,
    /// Whether `as_of` came from the command line.
    pub cli_as_of: bool,
    /// Explicit configuration file.
    pub config: Option<PathBuf>,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Bad invocation (paths, configuration).
    #[error("{0}")]
    Usage(String),
    /// A notice could not be loaded; its report says why.
    #[error("{} notice(s) could not be loaded", .0.len())]
    NotLoaded(Vec<FileReport>),
    /// `--strict` and error-level findings.
    #[error("--strict: {0} notice(s) have error-level findings")]
    Strict(usize),
    /// Rendering failed.
    #[error("{0}")]
    Render(#[from] RenderError),
    /// Writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> BuildError + '_ {
    move |source| BuildError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// The check report of every notice.
    pub reports: Vec<FileReport>,
    /// Notices rendered in this build.
    pub rendered: Vec<String>,
    /// Notices whose previous files were reused.
    pub reused: Vec<String>,
    /// Files in the site.
    pub files: usize,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    tool: String,
    /// Notice id → input digest.
    notices: BTreeMap<String, String>,
}

/// Whether an id can name a folder of the site: letters, digits, `-`, `_`,
/// `.`, not starting with a dot, no path separators.
pub fn safe_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('.')
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn absolute(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    // Resolve symlinks of the existing part.
    match abs.canonicalize() {
        Ok(c) => c,
        Err(_) => match (abs.parent(), abs.file_name()) {
            (Some(parent), Some(name)) => absolute(parent).join(name),
            _ => abs,
        },
    }
}

/// Checks that `out` is a safe place for the site.
fn check_paths(input: &Path, out: &Path) -> Result<(), BuildError> {
    let (i, o) = (absolute(input), absolute(out));
    if i == o || i.starts_with(&o) {
        return Err(BuildError::Usage(format!(
            "--out {} is or contains the input folder {}; choose a separate folder",
            out.display(),
            input.display()
        )));
    }
    if o.parent().is_none() {
        return Err(BuildError::Usage("--out cannot be the root folder".into()));
    }
    if o.is_file() {
        return Err(BuildError::Usage(format!(
            "--out {} is a file",
            out.display()
        )));
    }
    if o.is_dir() && !o.join(MANIFEST).is_file() {
        let non_empty = std::fs::read_dir(&o).map_err(io(&o))?.next().is_some();
        if non_empty {
            return Err(BuildError::Usage(format!(
                "--out {} is a non-empty folder that seloste did not build (no {MANIFEST}); refusing to replace it",
                out.display()
            )));
        }
    }
    Ok(())
}

struct Item {
    loaded: Loaded,
    report_index: usize,
    digest: String,
    source_path: PathBuf,
}

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

/// Builds the site.
pub fn build(
    opts: &BuildOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<BuildReport, BuildError> {
    check_paths(&opts.input, &opts.out)?;
    let config = match &opts.config {
        Some(p) => Some(Config::load(p).map_err(|e| BuildError::Usage(e.to_string()))?),
        None => Config::discover(&opts.input).map_err(|e| BuildError::Usage(e.to_string()))?,
    };
    let site_cfg = config.as_ref().map(|c| c.site.clone()).unwrap_or_default();
    let set = match &opts.templates {
        Some(d) => TemplateSet::with_overrides(d)?,
        None => TemplateSet::builtin(),
    };
    // Fail early on template syntax errors.
    let index_renderer = Renderer::new(set.clone())?;

    // Check every notice.
    let files = check::collect_files(std::slice::from_ref(&opts.input))
        .map_err(|e| BuildError::Usage(e.to_string()))?;
    let mut reports = Vec::new();
    let mut items = Vec::new();
    let mut not_loaded = Vec::new();
    let config_text = config
        .as_ref()
        .and_then(|c| std::fs::read(&c.path).ok())
        .unwrap_or_default();
    // Everything a page depends on besides its notice, hashed once.
    let shared_digest = {
        let mut h = Fnv::default();
        h.write(set.digest().as_bytes());
        h.write(&config_text);
        h.write(env!("CARGO_PKG_VERSION").as_bytes());
        h.write(include_str!("../data/texts.toml").as_bytes());
        h.write(include_str!("../data/statutes.toml").as_bytes());
        h.write(include_str!("../data/authorities.toml").as_bytes());
        h.0.to_le_bytes()
    };
    for file in &files {
        let settings = match &config {
            Some(c) => c.settings_for(file, &opts.settings, opts.cli_as_of),
            None => opts.settings.clone(),
        };
        let checked =
            check::check_file(file, &settings).map_err(|e| BuildError::Usage(e.to_string()))?;
        match checked.loaded {
            Some(loaded) => {
                // The notice as checked (the file's text), so it is read once.
                let mut h = Fnv::default();
                h.write(checked.report.source.as_bytes());
                h.write(&shared_digest);
                items.push(Item {
                    loaded,
                    report_index: reports.len(),
                    digest: format!("{:016x}", h.0),
                    source_path: file.clone(),
                });
            }
            None => not_loaded.push(checked.report.clone()),
        }
        reports.push(checked.report);
    }
    if !not_loaded.is_empty() {
        return Err(BuildError::NotLoaded(not_loaded));
    }
    let mut seen = BTreeMap::new();
    for it in &items {
        let id = &it.loaded.notice.id;
        if !safe_id(id) {
            return Err(BuildError::Usage(format!(
                "{}: the id `{id}` cannot name a folder of the site (use letters, digits, - and _)",
                it.source_path.display()
            )));
        }
        if let Some(other) = seen.insert(id.clone(), it.source_path.clone()) {
            return Err(BuildError::Usage(format!(
                "{} and {}: both have the id `{id}`",
                other.display(),
                it.source_path.display()
            )));
        }
    }
    if opts.strict {
        let failing = reports
            .iter()
            .filter(|r| r.count(Severity::Error) > 0)
            .count();
        if failing > 0 {
            return Err(BuildError::Strict(failing));
        }
    }

    // The previous site, for reuse.
    let out = absolute(&opts.out);
    let previous: Manifest = std::fs::read(out.join(MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let parent = out.parent().expect("checked: not the root").to_path_buf();
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.building-"))
        .tempdir_in(&parent)
        .map_err(io(&parent))?;
    let site_lang = site_cfg
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::Fi);
    let site_title = site_cfg
        .title
        .clone()
        .unwrap_or_else(|| TEXTS.get("labels.index_title", site_lang).to_owned());
    let link = view::SiteLink {
        title: site_title.clone(),
        index_href: "../index.html".into(),
        accessibility_href: "../accessibility.html".into(),
        colours: site_cfg.colours.clone(),
    };

    // Render (or reuse) every notice, in parallel.
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = items.len();
    let results: Vec<Result<bool, BuildError>> = items
        .par_iter()
        .map_init(
            || Renderer::new(set.clone()),
            |renderer, it| {
                let n = &it.loaded.notice;
                let dir = tmp.path().join(&n.id);
                std::fs::create_dir_all(&dir).map_err(io(&dir))?;
                let reuse = previous.tool == env!("CARGO_PKG_VERSION")
                    && previous.notices.get(&n.id) == Some(&it.digest)
                    && n.languages.iter().all(|l| {
                        [Format::Html, Format::Md, Format::Pdf].iter().all(|f| {
                            out.join(&n.id)
                                .join(view::file_name(&n.id, *l, f.ext()))
                                .is_file()
                        })
                    });
                for lang in &n.languages {
                    // One view model per language serves all three formats.
                    let view = (!reuse).then(|| view::build(n, *lang, Some(&link)));
                    for format in [Format::Html, Format::Md, Format::Pdf] {
                        let fname = view::file_name(&n.id, *lang, format.ext());
                        let target = dir.join(&fname);
                        let Some(view) = &view else {
                            let from = out.join(&n.id).join(&fname);
                            std::fs::copy(&from, &target).map_err(io(&from))?;
                            continue;
                        };
                        let r = renderer
                            .as_mut()
                            .map_err(|e| BuildError::Usage(e.to_string()))?;
                        let bytes = r.render_view(n, *lang, format, view)?;
                        std::fs::write(&target, bytes).map_err(io(&target))?;
                    }
                }
                progress(
                    done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
                    total,
                );
                Ok(!reuse)
            },
        )
        .collect();
    let mut rendered = Vec::new();
    let mut reused = Vec::new();
    for (it, r) in items.iter().zip(results) {
        if r? {
            rendered.push(it.loaded.notice.id.clone());
        } else {
            reused.push(it.loaded.notice.id.clone());
        }
    }

    // Index, statement, machine-readable index, sitemap, manifest.
    let base = site_cfg.base_url.as_deref().map(|b| {
        if b.ends_with('/') {
            b.to_owned()
        } else {
            format!("{b}/")
        }
    });
    let mut logo = Value::Null;
    if let (Some(l), Some(c)) = (&site_cfg.logo, &config) {
        let from = c.dir().join(&l.file);
        let ext = from
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("png")
            .to_ascii_lowercase();
        if !matches!(ext.as_str(), "png" | "svg" | "jpg" | "jpeg" | "webp") {
            return Err(BuildError::Usage(format!(
                "site.logo {}: use a PNG, SVG, JPEG or WebP file",
                l.file
            )));
        }
        let to = tmp.path().join(format!("logo.{ext}"));
        std::fs::copy(&from, &to).map_err(io(&from))?;
        logo = json!({"src": format!("logo.{ext}"), "alt": l.alt});
    }
    let site_value = site_json(&site_cfg, site_lang, &site_title, logo);
    let groups = groups(&items, &reports, site_lang);
    let index = index_renderer
        .render_template("index.html", json!({"site": site_value, "groups": groups}))?;
    write(tmp.path(), "index.html", index.as_bytes())?;
    let statement = statement_json(&site_cfg, site_lang);
    let a11y = index_renderer.render_template(
        "accessibility.html",
        json!({"site": site_value, "statement": statement}),
    )?;
    write(tmp.path(), "accessibility.html", a11y.as_bytes())?;
    let nj = notices_json(&items, &reports, &site_title, base.as_deref());
    write(
        tmp.path(),
        "notices.json",
        format!(
            "{}\n",
            serde_json::to_string_pretty(&nj).unwrap_or_default()
        )
        .as_bytes(),
    )?;
    if let Some(b) = &base {
        write(tmp.path(), "sitemap.xml", sitemap(&items, b).as_bytes())?;
    }
    let manifest = Manifest {
        tool: env!("CARGO_PKG_VERSION").to_owned(),
        notices: items
            .iter()
            .map(|it| (it.loaded.notice.id.clone(), it.digest.clone()))
            .collect(),
    };
    write(
        tmp.path(),
        MANIFEST,
        serde_json::to_string_pretty(&manifest)
            .unwrap_or_default()
            .as_bytes(),
    )?;
    let files = walkdir::WalkDir::new(tmp.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count();

    // Swap the new site in.
    let tmp_path = tmp.keep();
    if out.exists() {
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        std::fs::rename(&out, &old).map_err(io(&out))?;
        if let Err(e) = std::fs::rename(&tmp_path, &out) {
            let _ = std::fs::rename(&old, &out);
            return Err(io(&out)(e));
        }
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    } else {
        std::fs::rename(&tmp_path, &out).map_err(io(&out))?;
    }
    Ok(BuildReport {
        reports,
        rendered,
        reused,
        files,
    })
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), BuildError> {
    let p = dir.join(name);
    std::fs::write(&p, bytes).map_err(io(&p))
}

fn site_json(cfg: &SiteConfig, lang: Lang, title: &str, logo: Value) -> Value {
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

fn statement_json(cfg: &SiteConfig, lang: Lang) -> Value {
    let a = cfg.accessibility.clone();
    let date = |s: Option<&String>| {
        s.and_then(|s| Date::parse(s))
            .map(|d| view::date_text(d, lang))
    };
    let t = |k: &str| TEXTS.get(k, lang).to_owned();
    json!({
        "organisation": cfg.organisation,
        "conformance": a.as_ref().map_or("full".to_owned(), |a| a.conformance.clone()),
        "known_issues": a.as_ref().map(|a| a.known_issues.clone()).unwrap_or_default(),
        "published": date(a.as_ref().and_then(|a| a.published.as_ref())),
        "reviewed": date(a.as_ref().and_then(|a| a.reviewed.as_ref())),
        "method": a.as_ref().and_then(|a| a.method.clone()),
        "feedback_email": cfg.feedback.as_ref().and_then(|f| f.email.clone()),
        "feedback_url": cfg.feedback.as_ref().and_then(|f| f.url.clone()),
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
            "method": if a.as_ref().and_then(|a| a.method.as_ref()).is_some() { Value::Null } else { Value::String(t("a11y.text.method")) },
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

fn title_in(n: &crate::model::Notice, lang: Lang) -> String {
    let main = n.languages.first().copied().unwrap_or(Lang::Fi);
    n.title
        .get(lang, main)
        .or_else(|| n.title.get(main, main))
        .unwrap_or_default()
        .to_owned()
}

fn groups(items: &[Item], reports: &[FileReport], lang: Lang) -> Vec<Value> {
    let mut by: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for it in items {
        let n = &it.loaded.notice;
        let main = n.languages.first().copied().unwrap_or(Lang::Fi);
        let c = n
            .controller
            .name
            .get(lang, main)
            .or_else(|| n.controller.name.get(main, main))
            .unwrap_or_default();
        by.entry(c.to_owned()).or_default().push(it);
    }
    by.into_iter()
        .map(|(controller, mut list)| {
            list.sort_by_key(|it| title_in(&it.loaded.notice, lang).to_lowercase());
            let notices: Vec<Value> = list
                .iter()
                .map(|it| {
                    let n = &it.loaded.notice;
                    json!({
                        "id": n.id,
                        "title": title_in(n, lang),
                        "updated": n.updated.or(n.published).map(|d| json!({"iso": d.to_string(), "text": view::date_text(d, lang)})),
                        "languages": n.languages.iter().map(|l| json!({
                            "lang": l.code(),
                            "name": TEXTS.get(&format!("lang_name.{}", l.code()), *l),
                            "href": format!("{}/{}", n.id, view::file_name(&n.id, *l, "html")),
                            "pdf": format!("{}/{}", n.id, view::file_name(&n.id, *l, "pdf")),
                            "md": format!("{}/{}", n.id, view::file_name(&n.id, *l, "md")),
                        })).collect::<Vec<_>>(),
                        "findings": counts(&reports[it.report_index]),
                    })
                })
                .collect();
            json!({"controller": controller, "id": slug(&controller), "notices": notices})
        })
        .collect()
}

fn notices_json(items: &[Item], reports: &[FileReport], title: &str, base: Option<&str>) -> Value {
    let url = |rel: String| match base {
        Some(b) => format!("{b}{rel}"),
        None => rel,
    };
    let mut list: Vec<&Item> = items.iter().collect();
    list.sort_by(|a, b| a.loaded.notice.id.cmp(&b.loaded.notice.id));
    json!({
        "version": 1,
        "generator": format!("seloste {}", env!("CARGO_PKG_VERSION")),
        "title": title,
        "base_url": base,
        "notices": list.iter().map(|it| {
            let n = &it.loaded.notice;
            let main = n.languages.first().copied().unwrap_or(Lang::Fi);
            let r = &reports[it.report_index];
            json!({
                "id": n.id,
                "title": n.languages.iter().map(|l| (l.code(), n.title.get(*l, main).unwrap_or_default())).collect::<BTreeMap<_, _>>(),
                "controller": n.controller.name.get(main, main),
                "languages": n.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
                "published": n.published.map(|d| d.to_string()),
                "updated": n.updated.map(|d| d.to_string()),
                "findings": counts(r),
                "completeness": r.completeness,
                "urls": n.languages.iter().map(|l| (l.code(), json!({
                    "html": url(format!("{}/{}", n.id, view::file_name(&n.id, *l, "html"))),
                    "pdf": url(format!("{}/{}", n.id, view::file_name(&n.id, *l, "pdf"))),
                    "md": url(format!("{}/{}", n.id, view::file_name(&n.id, *l, "md"))),
                }))).collect::<BTreeMap<_, _>>(),
            })
        }).collect::<Vec<_>>(),
    })
}

fn sitemap(items: &[Item], base: &str) -> String {
    let esc = crate::render::rich::escape_html;
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
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
    list.sort_by(|a, b| a.loaded.notice.id.cmp(&b.loaded.notice.id));
    for it in list {
        let n = &it.loaded.notice;
        for l in &n.languages {
            let loc = format!("{base}{}/{}", n.id, view::file_name(&n.id, *l, "html"));
            match n.updated.or(n.published) {
                Some(d) => s.push_str(&format!(
                    "  <url><loc>{}</loc><lastmod>{d}</lastmod></url>\n",
                    esc(&loc)
                )),
                None => s.push_str(&format!("  <url><loc>{}</loc></url>\n", esc(&loc))),
            }
        }
    }
    s.push_str("</urlset>\n");
    s
}
