//! Rendering: a checked notice → Markdown, HTML and PDF in each of its
//! languages.
//!
//! [`view::build`] turns the notice into the view model (texts resolved,
//! Markdown rendered safely by [`rich`], standard texts and statute titles
//! filled in); the templates in `templates/` only lay it out: tera for HTML
//! and Markdown, typst for PDF ([`pdf`]). Built-in templates are compiled
//! into the binary; a template directory can replace any of them by name.

pub mod guard;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod rich;
pub mod texts;
pub mod view;

use std::path::{Path, PathBuf};

use serde_json::Value;
use tera::Tera;

use crate::effective::Effective;
use crate::model::{Date, Lang, Notice};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// CommonMark.
    Md,
    /// HTML5.
    Html,
    /// PDF/A-2a + PDF/UA-1.
    Pdf,
}

impl Format {
    /// The file extension.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// The built-in templates, by file name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("notice.html", include_str!("../../templates/notice.html")),
    ("notice.md", include_str!("../../templates/notice.md")),
    ("notice.typ", include_str!("../../templates/notice.typ")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("style.css", include_str!("../../templates/style.css")),
    ("index.html", include_str!("../../templates/index.html")),
    (
        "accessibility.html",
        include_str!("../../templates/accessibility.html"),
    ),
];

/// A problem with the templates or with rendering.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template could not be read or parsed, or failed while rendering.
    #[error("template {name}: {message}")]
    Template {
        /// The template's file (path for user templates).
        name: String,
        /// What went wrong, with line and column where known.
        message: String,
    },
    /// The override directory has a file that is no template name.
    #[error("{path}: not a template name (known: {known})")]
    UnknownTemplate {
        /// The file.
        path: String,
        /// The known names.
        known: String,
    },
    /// This build of seloste has no PDF renderer (built without the `pdf`
    /// feature).
    #[error("this seloste was built without PDF support (cargo feature `pdf`)")]
    NoPdf,
    /// Reading the template directory failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
}

/// The templates in use: built-ins, with any replaced from a directory.
#[derive(Debug, Clone)]
pub struct TemplateSet {
    /// `(name, source, origin)`; origin is the file path of a user template.
    pub templates: Vec<(String, String, Option<PathBuf>)>,
}

impl TemplateSet {
    /// The built-in templates.
    pub fn builtin() -> TemplateSet {
        TemplateSet {
            templates: BUILTIN
                .iter()
                .map(|(n, s)| ((*n).to_owned(), (*s).to_owned(), None))
                .collect(),
        }
    }

    /// The built-ins with every file of `dir` that has a template's name
    /// replacing it. Other files (except hidden ones and README.md) are an
    /// error, so that a misspelt name is not silently ignored.
    pub fn with_overrides(dir: &Path) -> Result<TemplateSet, RenderError> {
        let mut set = TemplateSet::builtin();
        let io = |e: std::io::Error| RenderError::Io {
            path: dir.display().to_string(),
            source: e,
        };
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .collect::<Result<_, _>>()
            .map_err(io)?;
        entries.sort_by_key(std::fs::DirEntry::file_name);
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "README.md" || !e.path().is_file() {
                continue;
            }
            let Some(slot) = set.templates.iter_mut().find(|(n, _, _)| *n == name) else {
                return Err(RenderError::UnknownTemplate {
                    path: e.path().display().to_string(),
                    known: BUILTIN
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            };
            let text = std::fs::read_to_string(e.path()).map_err(|err| RenderError::Template {
                name: e.path().display().to_string(),
                message: err.to_string(),
            })?;
            slot.1 = text;
            slot.2 = Some(e.path());
        }
        Ok(set)
    }

    pub(crate) fn display_name(&self, name: &str) -> String {
        self.templates
            .iter()
            .find(|(n, _, _)| n == name)
            .and_then(|(_, _, p)| p.as_ref())
            .map_or_else(|| format!("{name} (built-in)"), |p| p.display().to_string())
    }

    /// The source of a template.
    pub fn source(&self, name: &str) -> &str {
        self.templates
            .iter()
            .find(|(n, _, _)| n == name)
            .map_or("", |(_, s, _)| s.as_str())
    }

    /// A digest of all template sources, for incremental builds.
    pub fn digest(&self) -> String {
        let mut h = Fnv::default();
        for (n, s, _) in &self.templates {
            h.write(n.as_bytes());
            h.write(s.as_bytes());
        }
        format!("{:016x}", h.0)
    }

    /// Writes the built-in templates into `dir` (created if needed);
    /// existing files are not overwritten.
    pub fn eject(dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
        let io = |p: &Path, e: std::io::Error| RenderError::Io {
            path: p.display().to_string(),
            source: e,
        };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        let mut written = Vec::new();
        for (name, _) in BUILTIN {
            let path = dir.join(name);
            if path.exists() {
                return Err(io(
                    &path,
                    std::io::Error::new(
                        std::io::ErrorKind::AlreadyExists,
                        "exists; not overwritten",
                    ),
                ));
            }
        }
        for (name, text) in BUILTIN {
            let path = dir.join(name);
            crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| io(&path, e))?;
            written.push(path);
        }
        Ok(written)
    }
}

/// A small stable hash (FNV-1a 64), for change detection only.
#[derive(Debug)]
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Feeds bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // Separate consecutive fields.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
}

/// The `md` filter: escapes a plain string for Markdown.
fn md_filter(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let text = match value {
        tera::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Ok(tera::Value::String(rich::escape_md(&text)))
}

/// `get_env` in templates: refused, so a template cannot publish a secret
/// of the build environment.
fn no_env(_: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    Err(tera::Error::msg(
        "get_env is not available: templates cannot read the environment",
    ))
}

/// The largest `range` a template may loop over.
pub const MAX_TEMPLATE_RANGE: i64 = 10_000;

/// `range(start, end, step_by)` with at most [`MAX_TEMPLATE_RANGE`] items.
fn bounded_range(
    args: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let int = |k: &str, default: i64| -> tera::Result<i64> {
        match args.get(k) {
            None => Ok(default),
            Some(v) => v
                .as_i64()
                .ok_or_else(|| tera::Error::msg(format!("range: `{k}` must be an integer"))),
        }
    };
    let (start, end, step) = (int("start", 0)?, int("end", 0)?, int("step_by", 1)?);
    if step <= 0 {
        return Err(tera::Error::msg("range: `step_by` must be positive"));
    }
    let len = if end > start {
        (end - start + step - 1) / step
    } else {
        0
    };
    if len > MAX_TEMPLATE_RANGE {
        return Err(tera::Error::msg(format!(
            "range: {len} items; templates may loop over at most {MAX_TEMPLATE_RANGE}"
        )));
    }
    Ok(tera::Value::Array(
        (0..len)
            .map(|i| tera::Value::from(start + i * step))
            .collect(),
    ))
}

fn escape_html(s: &str) -> String {
    rich::escape_html(s)
}

/// The formats this build renders: Markdown, HTML and (with the `pdf`
/// feature) PDF.
#[cfg(feature = "pdf")]
pub const FORMATS: &[Format] = &[Format::Html, Format::Md, Format::Pdf];
/// The formats this build renders: Markdown, HTML and (with the `pdf`
/// feature) PDF.
#[cfg(not(feature = "pdf"))]
pub const FORMATS: &[Format] = &[Format::Html, Format::Md];

/// Renders notices with one set of templates. Create it once and reuse it;
/// the PDF engine (fonts, compiler caches) is created on first PDF use.
pub struct Renderer {
    tera: Tera,
    set: TemplateSet,
    #[cfg(feature = "pdf")]
    pdf: Option<pdf::PdfEngine>,
    /// The site's logo for the PDF header (file name, bytes).
    logo: Option<(&'static str, Vec<u8>)>,
}

fn tera_error(set: &TemplateSet, e: &tera::Error, fallback: &str) -> RenderError {
    // Tera's errors are a chain: "failed to render X" → the cause (with
    // line:column for parse errors).
    let mut parts = vec![e.to_string()];
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        parts.push(s.to_string());
        src = s.source();
    }
    let name = match &e.kind {
        tera::ErrorKind::Msg(m) => m
            .split('\'')
            .nth(1)
            .filter(|n| set.templates.iter().any(|(t, _, _)| t == n))
            .unwrap_or(fallback)
            .to_owned(),
        _ => fallback.to_owned(),
    };
    RenderError::Template {
        name: set.display_name(&name),
        message: parts.join(": "),
    }
}

impl Renderer {
    /// A renderer for a template set. Template syntax errors are reported
    /// here, with the template's file and line.
    pub fn new(set: TemplateSet) -> Result<Renderer, RenderError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(escape_html);
        tera.register_filter("md", md_filter);
        // Templates run in CI next to secrets: no environment, bounded loops.
        tera.register_function("get_env", no_env);
        tera.register_function("range", bounded_range);
        guard::refuse_cycles(&set)?;
        let raw: Vec<(&str, &str)> = set
            .templates
            .iter()
            .filter(|(n, _, _)| !n.ends_with(".typ"))
            .map(|(n, s, _)| (n.as_str(), s.as_str()))
            .collect();
        tera.add_raw_templates(raw)
            .map_err(|e| tera_error(&set, &e, "notice.html"))?;
        Ok(Renderer {
            tera,
            set,
            #[cfg(feature = "pdf")]
            pdf: None,
            logo: None,
        })
    }

    /// The site's logo for the PDF header: its file name in the template's
    /// world (`logo.png`, see [`view::SiteLogo::file`]) and its bytes.
    pub fn set_logo(&mut self, file: &'static str, bytes: Vec<u8>) {
        #[cfg(feature = "pdf")]
        if let Some(engine) = &mut self.pdf {
            engine.add_image(file, &bytes);
        }
        self.logo = Some((file, bytes));
    }

    /// The template set.
    pub fn templates(&self) -> &TemplateSet {
        &self.set
    }

    /// Renders a tera template with a context.
    pub fn render_template(&self, name: &str, context: Value) -> Result<String, RenderError> {
        let ctx =
            tera::Context::from_value(context).map_err(|e| tera_error(&self.set, &e, name))?;
        self.render_context(name, &ctx)
    }

    /// Renders a tera template with a ready context.
    fn render_context(&self, name: &str, ctx: &tera::Context) -> Result<String, RenderError> {
        let _deadline = guard::Deadline::start(&self.set.display_name(name));
        self.tera
            .render(name, ctx)
            .map_err(|e| tera_error(&self.set, &e, name))
    }

    /// Renders one effective notice in one language and format. `site` links the page
    /// into a built site.
    pub fn render(
        &mut self,
        effective: &Effective<'_>,
        lang: Lang,
        format: Format,
        site: Option<&view::SiteLink>,
    ) -> Result<Vec<u8>, RenderError> {
        let view = view::build(effective, lang, site);
        let mut documents = self.render_formats(effective.notice, lang, &[format], &view)?;
        Ok(documents.pop().unwrap_or_default())
    }

    /// Renders one notice in one language into several formats from one view
    /// model, turned into the templates' data once; the documents come back
    /// in the order of `formats`.
    pub fn render_formats(
        &mut self,
        notice: &Notice,
        lang: Lang,
        formats: &[Format],
        view: &view::NoticeView,
    ) -> Result<Vec<Vec<u8>>, RenderError> {
        // The context takes the serialised view (`Context::insert` would
        // serialise it again).
        let data = serde_json::Map::from_iter([(view::VIEW.to_owned(), view::to_value(view))]);
        let ctx = tera::Context::from_value(Value::Object(data)).unwrap_or_default();
        formats
            .iter()
            .map(|&format| self.render_document(notice, lang, format, &ctx))
            .collect()
    }

    /// Renders one document from the templates' context (the view model as
    /// [`view::VIEW`], see [`view::to_value`]).
    fn render_document(
        &mut self,
        notice: &Notice,
        lang: Lang,
        format: Format,
        ctx: &tera::Context,
    ) -> Result<Vec<u8>, RenderError> {
        match format {
            Format::Html => Ok(self.render_context("notice.html", ctx)?.into_bytes()),
            Format::Md => {
                let text = self.render_context("notice.md", ctx)?;
                Ok(tidy_markdown(&text).into_bytes())
            }
            #[cfg(feature = "pdf")]
            Format::Pdf => {
                let engine = match &mut self.pdf {
                    Some(e) => e,
                    None => {
                        let mut engine = pdf::PdfEngine::new(
                            self.set.source("notice.typ"),
                            &self.set.display_name("notice.typ"),
                        );
                        if let Some((file, bytes)) = &self.logo {
                            engine.add_image(file, bytes);
                        }
                        self.pdf.insert(engine)
                    }
                };
                let view = ctx.get(view::VIEW).unwrap_or(&Value::Null);
                let data = serde_json::to_vec(&crate::limits::pdf_data(view)).unwrap_or_default();
                let date = document_date(notice);
                let _deadline = guard::Deadline::start(&self.set.display_name("notice.typ"));
                engine
                    .render(&data, date, &format!("{}-{}", notice.id, lang.code()))
                    .map_err(|e| RenderError::Template {
                        name: self.set.display_name("notice.typ"),
                        message: e.message,
                    })
            }
            #[cfg(not(feature = "pdf"))]
            Format::Pdf => {
                let _ = (notice, lang);
                Err(RenderError::NoPdf)
            }
        }
    }
}

/// What the date of a document without `updated` or `published` depends on
/// (the value of `SOURCE_DATE_EPOCH`), for the digest of incremental builds.
pub fn date_fallback_key() -> String {
    std::env::var("SOURCE_DATE_EPOCH").unwrap_or_default()
}

/// The date of a document: the notice's `updated` or `published`, else
/// `SOURCE_DATE_EPOCH`, else 1 January 2000. Never the clock, so output is
/// reproducible.
pub fn document_date(notice: &Notice) -> Date {
    notice
        .updated
        .or(notice.published)
        .or_else(|| {
            std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|s| s.trim().parse::<i64>().ok())
                .map(Date::from_unix)
        })
        .unwrap_or(Date {
            year: 2000,
            month: 1,
            day: 1,
        })
}

/// Collapses runs of blank lines, strips trailing spaces and ends with one
/// newline.
pub fn tidy_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}
