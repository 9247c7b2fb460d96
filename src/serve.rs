//! `seloste serve`: a local preview of a folder of notices. Every request
//! checks and renders the notice again from the file as it is on disk, so a
//! saved edit shows at the next request; the page asks every second whether
//! the file changed and reloads itself. The findings of `check` are shown
//! inside the page, at the start of the section they concern. It listens
//! on the loopback interface unless told otherwise, reads only the notices
//! of its folder, and writes nothing.

use std::fmt::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use crate::check::{self, Checked};
use crate::config::Resolver;
use crate::diag::{self, Diagnostic, Severity};
use crate::effective::Effective;
use crate::i18n::{self, Lang, keys};
use crate::render::{Format, Renderer, TemplateSet};
use crate::rules::Settings;

/// Where each top-level key of a notice is published: the id of the page's
/// section (`<section id="...">` in `notice.html`). Keys not listed (the
/// id, title, languages, dates) are shown above the notice.
pub const SECTION_OF_KEY: &[(&str, &str)] = &[
    ("controller", "controller"),
    ("joint_controllers", "controller"),
    ("representative", "controller"),
    ("responsible_person", "contacts"),
    ("contact_person", "contacts"),
    ("dpo", "dpo"),
    ("purposes", "purposes"),
    ("special_categories", "special-categories"),
    ("criminal_offence_data", "criminal-data"),
    ("data_subjects", "data"),
    ("data_categories", "data"),
    ("sources", "sources"),
    ("recipients", "recipients"),
    ("processors", "processors"),
    ("transfers", "transfers"),
    ("retention", "retention"),
    ("statutory_requirement", "statutory"),
    ("automated_decisions", "automated"),
    ("rights", "rights"),
    ("requests", "requests"),
    ("complaint", "complaint"),
    ("confidentiality", "confidentiality"),
    ("security", "security"),
    ("informing", "informing"),
    ("changes", "changes"),
    ("notes", "notes"),
];

/// How the preview is served.
#[derive(Debug, Clone)]
pub struct Options {
    /// The folder of notices.
    pub dir: PathBuf,
    /// The address to listen on.
    pub addr: SocketAddr,
    /// Listen on an address other than the loopback interface.
    pub allow_remote: bool,
    /// The language of the preview's own words.
    pub lang: Lang,
    /// The settings every notice starts from (as for `check`).
    pub base: Settings,
    /// `--config`, if given.
    pub config: Option<PathBuf>,
    /// `--no-config`.
    pub no_config: bool,
    /// `--as-of` was given (it wins over the configuration's).
    pub as_of_given: bool,
    /// Templates of the site owner (`--templates`).
    pub templates: Option<PathBuf>,
}

/// Why the preview did not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A non-loopback address without `--allow-remote`.
    #[error("{0} is not a loopback address")]
    NotLoopback(IpAddr),
    /// The address could not be bound.
    #[error("{0}")]
    Bind(String),
    /// The folder is not there.
    #[error("{0}: not a folder")]
    NotADir(String),
    /// The templates do not load.
    #[error("{0}")]
    Templates(String),
}

/// The page of one request: status, content type and body.
pub struct Page {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

/// The preview: the folder, the renderer and the settings.
pub struct Preview {
    opts: Options,
    renderer: Renderer,
}

impl Preview {
    /// A preview of `opts.dir`.
    pub fn new(opts: Options) -> Result<Preview, ServeError> {
        if !opts.dir.is_dir() {
            return Err(ServeError::NotADir(opts.dir.display().to_string()));
        }
        if !opts.addr.ip().is_loopback() && !opts.allow_remote {
            return Err(ServeError::NotLoopback(opts.addr.ip()));
        }
        let set = match &opts.templates {
            Some(dir) => TemplateSet::with_overrides(dir),
            None => Ok(TemplateSet::builtin()),
        };
        let renderer = set
            .and_then(Renderer::new)
            .map_err(|e| ServeError::Templates(e.to_string()))?;
        Ok(Preview { opts, renderer })
    }

    /// Serves until the process is stopped.
    pub fn run(mut self, ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
        let server = tiny_http::Server::http(self.opts.addr)
            .map_err(|e| ServeError::Bind(format!("{}: {e}", self.opts.addr)))?;
        let addr = server.server_addr().to_ip().unwrap_or(self.opts.addr);
        ready(addr);
        for request in server.incoming_requests() {
            let page = if *request.method() == tiny_http::Method::Get {
                self.page(request.url())
            } else {
                self.text(405, "405")
            };
            let header = tiny_http::Header::from_bytes("Content-Type", page.content_type)
                .expect("a valid header");
            let nocache =
                tiny_http::Header::from_bytes("Cache-Control", "no-store").expect("a valid header");
            let response = tiny_http::Response::from_data(page.body)
                .with_status_code(page.status)
                .with_header(header)
                .with_header(nocache);
            let _ = request.respond(response);
        }
        Ok(())
    }

    /// The page at `url`: `/` the list, `/n/<file>?lang=xx` a notice,
    /// `/v/<file>` the file's version (for the reload).
    pub fn page(&mut self, url: &str) -> Page {
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let lang = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("lang="))
            .and_then(Lang::from_code);
        if path == "/" {
            return self.index();
        }
        if let Some(name) = path.strip_prefix("/v/") {
            return match self.notice_path(name) {
                Some(p) => self.text(200, &version(&p)),
                None => self.not_found(),
            };
        }
        if let Some(name) = path.strip_prefix("/n/") {
            return match self.notice_path(name) {
                Some(p) => self.notice(&p, name, lang),
                None => self.not_found(),
            };
        }
        self.not_found()
    }

    /// The notice file a URL names: a `.yaml` file directly in the folder,
    /// by its plain name (no path, no `..`), and nothing else.
    fn notice_path(&self, name: &str) -> Option<PathBuf> {
        let ok = !name.is_empty()
            && (name.ends_with(".yaml") || name.ends_with(".yml"))
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !name.starts_with('.');
        let path = self.opts.dir.join(name);
        (ok && path.is_file()).then_some(path)
    }

    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.opts.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| self.notice_path(n).is_some())
            .collect();
        names.sort();
        names
    }

    fn settings(&self, path: &Path) -> Result<Settings, String> {
        // Read again for every request: an edit of seloste.toml shows too.
        let mut resolver = Resolver::new(self.opts.config.as_deref(), self.opts.no_config)
            .map_err(|e| e.to_string())?;
        resolver
            .settings_for(path, &self.opts.base, self.opts.as_of_given)
            .map_err(|e| e.to_string())
    }

    fn check(&self, path: &Path) -> Result<Checked, String> {
        let settings = self.settings(path)?;
        check::check_file(path, &settings).map_err(|e| e.to_string())
    }

    fn index(&mut self) -> Page {
        let l = self.opts.lang;
        let mut rows = String::new();
        for name in self.files() {
            let path = self.opts.dir.join(&name);
            let label = match self.check(&path) {
                Ok(c) => counts(&c.report.diagnostics, l, &name),
                Err(e) => escape(&format!("{name}: {e}")),
            };
            let _ = write!(
                rows,
                "<li><a href=\"/n/{n}\">{label}</a></li>",
                n = escape(&name)
            );
        }
        let title = i18n::text(l, keys::SERVE_TITLE);
        let body = format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{CSS}</style></head><body><main><h1>{title}</h1><p>{dir}</p><ul>{rows}</ul></main></body></html>",
            lang = l.code(),
            title = escape(&title),
            dir = escape(&self.opts.dir.display().to_string()),
        );
        self.html(200, body)
    }

    fn notice(&mut self, path: &Path, name: &str, lang: Option<Lang>) -> Page {
        let l = self.opts.lang;
        let settings = match self.settings(path) {
            Ok(s) => s,
            Err(e) => {
                return self.html(
                    500,
                    page(l, name, &format!("<pre>{}</pre>", escape(&e)), name),
                );
            }
        };
        let checked = match check::check_file(path, &settings) {
            Ok(c) => c,
            Err(e) => {
                return self.html(
                    500,
                    page(
                        l,
                        name,
                        &format!("<pre>{}</pre>", escape(&e.to_string())),
                        name,
                    ),
                );
            }
        };
        let human = |report: &diag::FileReport| {
            diag::human::render_file(
                report,
                diag::human::HumanOptions {
                    color: false,
                    width: 100,
                    lang: l,
                },
            )
        };
        let Some(loaded) = &checked.loaded else {
            // Not loadable: what check says, in place of the page.
            let body = format!(
                "<h1>{}</h1><pre class=\"report\">{}</pre>",
                escape(name),
                escape(&human(&checked.report))
            );
            return self.html(200, page(l, name, &body, name));
        };
        let notice = &loaded.notice;
        let lang = lang
            .filter(|x| notice.languages.contains(x))
            .or_else(|| notice.languages.first().copied())
            .unwrap_or(Lang::Fi);
        let effective = Effective::new(notice, settings.standard_texts);
        let html = match self.renderer.render(&effective, lang, Format::Html, None) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                let body = format!("<pre class=\"report\">{}</pre>", escape(&e.to_string()));
                return self.html(200, page(l, name, &body, name));
            }
        };
        // Each finding at the start of the section it concerns; the others
        // (and those of a section the page does not have) above the notice.
        let source = checked.report.source.as_str();
        let mut by_section: Vec<(&str, Vec<&Diagnostic>)> = Vec::new();
        let mut top: Vec<&Diagnostic> = Vec::new();
        for d in &checked.report.diagnostics {
            let section = d
                .span
                .as_ref()
                .and_then(|s| section_at(&loaded.document, s.start));
            match section.filter(|id| html.contains(&format!("<section id=\"{id}\""))) {
                Some(id) => match by_section.iter_mut().find(|(s, _)| *s == id) {
                    Some((_, v)) => v.push(d),
                    None => by_section.push((id, vec![d])),
                },
                None => top.push(d),
            }
        }
        let mut out = html;
        for (id, ds) in &by_section {
            let marker = format!("<h2 id=\"{id}-h\">");
            if let Some(at) = out.find(&marker)
                && let Some(end) = out[at..].find("</h2>")
            {
                let insert = at + end + "</h2>".len();
                out.insert_str(insert, &findings_box(ds, source, l));
            }
        }
        let summary = format!(
            "<div class=\"seloste-preview\" role=\"region\" aria-label=\"{label}\"><p><a href=\"/\">←</a> <strong>{counts}</strong> · {langs}</p>{top}</div>",
            label = escape(&i18n::text(l, keys::SERVE_FINDINGS)),
            counts = counts(&checked.report.diagnostics, l, name),
            langs = notice
                .languages
                .iter()
                .map(|x| format!(
                    "<a href=\"/n/{}?lang={c}\">{c}</a>",
                    escape(name),
                    c = x.code()
                ))
                .collect::<Vec<_>>()
                .join(" "),
            top = if top.is_empty() {
                String::new()
            } else {
                findings_box(&top, source, l)
            },
        );
        if let Some(at) = out.find("<main") {
            out.insert_str(at, &summary);
        }
        if let Some(at) = out.rfind("</body>") {
            out.insert_str(at, &reload_script(name));
            out.insert_str(at, &format!("<style>{CSS}</style>"));
        }
        self.html(200, out)
    }

    fn html(&self, status: u16, body: String) -> Page {
        Page {
            status,
            content_type: "text/html; charset=utf-8",
            body: body.into_bytes(),
        }
    }

    fn text(&self, status: u16, body: &str) -> Page {
        Page {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.as_bytes().to_vec(),
        }
    }

    fn not_found(&self) -> Page {
        self.text(404, &i18n::text(self.opts.lang, keys::SERVE_NOT_FOUND))
    }
}

/// The section of the page that shows the node at byte `at`: the section
/// of the top-level key whose value or key holds it.
fn section_at(doc: &crate::load::Document, at: usize) -> Option<&'static str> {
    SECTION_OF_KEY.iter().find_map(|(key, id)| {
        let span = doc.spans.get(&format!("/{key}"))?;
        let start = span.key.as_ref().map_or(span.value.start, |k| k.start);
        // The node runs until the next top-level key: the end of a block
        // value is not recorded, so the next key's start bounds it.
        let end = doc
            .spans
            .iter()
            .filter(|(p, _)| p.len() > 1 && !p[1..].contains('/'))
            .filter_map(|(_, s)| s.key.as_ref().map(|k| k.start))
            .filter(|s| *s > start)
            .min()
            .unwrap_or(usize::MAX);
        (start <= at && at < end).then_some(*id)
    })
}

/// Findings as an HTML list: severity, message, line, help.
fn findings_box(ds: &[&Diagnostic], source: &str, lang: Lang) -> String {
    let mut out = String::from("<div class=\"seloste-findings\"><ul>");
    for d in ds {
        // Findings about the notice as a whole (a missing item) have no line.
        let line = d
            .span
            .as_ref()
            .map(|s| {
                format!(
                    " <span class=\"line\">{} {}</span>",
                    escape(&i18n::text(lang, keys::SERVE_LINE)),
                    line_col(source, s.start).0
                )
            })
            .unwrap_or_default();
        let sev = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = write!(
            out,
            "<li class=\"{sev}\"><span class=\"sev\">{sev_word}</span> <code>{id}</code> {msg}{line}{help}</li>",
            sev_word = escape(&i18n::message(
                lang,
                keys::SERVE_SEVERITY.0,
                &[("severity", sev.into())]
            )),
            id = escape(d.id()),
            msg = escape(&d.message(lang)),
            help = d
                .help(lang)
                .map(|h| format!("<br><span class=\"help\">{}</span>", escape(&h)))
                .unwrap_or_default(),
        );
    }
    out.push_str("</ul></div>");
    out
}

/// "n.yaml: 2 errors, 1 warning, 4 infos" in `lang`.
fn counts(ds: &[Diagnostic], lang: Lang, file: &str) -> String {
    let n = |s: Severity| ds.iter().filter(|d| d.severity == s).count();
    escape(&i18n::message(
        lang,
        keys::FILE_COUNTS.0,
        &[
            ("file", file.into()),
            ("errors", n(Severity::Error).into()),
            ("warnings", n(Severity::Warning).into()),
            ("infos", n(Severity::Info).into()),
        ],
    ))
}

fn line_col(source: &str, at: usize) -> (usize, usize) {
    let before = &source[..at.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A token that changes when the file changes: its length and time of
/// modification.
fn version(path: &Path) -> String {
    match std::fs::metadata(path) {
        Ok(m) => {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}-{t}", m.len())
        }
        Err(_) => "gone".to_owned(),
    }
}

/// The script that reloads the page when the file changes.
fn reload_script(name: &str) -> String {
    let url = serde_json::to_string(&format!("/v/{name}")).unwrap_or_default();
    format!(
        "<script>(function(){{var u={url},v=null;function p(){{fetch(u,{{cache:'no-store'}}).then(function(r){{return r.text()}}).then(function(t){{if(v!==null&&t!==v){{location.reload()}}v=t}}).catch(function(){{}})}}p();setInterval(p,1000)}})();</script>"
    )
}

/// A page of the preview's own (the list, or a notice that does not load).
fn page(lang: Lang, title: &str, body: &str, name: &str) -> String {
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{CSS}</style></head><body><main>{body}</main>{}</body></html>",
        lang.code(),
        escape(title),
        reload_script(name)
    )
}

fn escape(s: &str) -> String {
    crate::render::rich::escape_html(s)
}

const CSS: &str = ".seloste-preview{max-width:60rem;margin:1rem auto;padding:.5rem 1rem;border:2px solid #1d4f7a;border-radius:4px;background:#f4f8fb;font-family:system-ui,sans-serif}.seloste-findings{border-left:4px solid #8a5300;background:#fff8ec;padding:.25rem .75rem;margin:.5rem 0;font-family:system-ui,sans-serif;font-size:.95rem}.seloste-findings ul{margin:.25rem 0;padding-left:1.25rem}.seloste-findings li.error .sev{color:#a00000;font-weight:bold}.seloste-findings li.warning .sev{color:#7a4a00;font-weight:bold}.seloste-findings li.info .sev{color:#1d4f7a}.seloste-findings .help,.seloste-findings .line{color:#444}.report{white-space:pre-wrap}main{max-width:60rem;margin:auto}";
