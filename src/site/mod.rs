//! `seloste build`: a whole folder of notices → a static website.
//!
//! Stages, each one function:
//!
//! 1. `check_all`: every notice is checked, in parallel; only what the
//!    site needs is kept (the typed notice, its findings without source
//!    text, the digest of its inputs).
//! 2. `render_all`: every notice whose inputs changed is rendered in each
//!    language and format by a fixed set of worker threads, each with one
//!    renderer (tera, typst world, fonts) created once; unchanged notices
//!    reuse the previous site's files (hard links, else copies).
//! 3. The index, statement, `notices.json`, sitemap and manifest.
//! 4. [`publish`]: the finished folder replaces `--out` under a lock, in
//!    one atomic exchange where the system allows it.
//!
//! A failed build leaves the previous site untouched. Nothing is written
//! outside `--out` and its temporary sibling (and the lock file beside it).
//!
//! Layout: `index.html`, `accessibility.html`, `notices.json`,
//! `sitemap.xml` (when `site.base_url` is set), and per notice
//! `<id>/<id>.<lang>.{html,pdf,md}`.

mod pages;
pub mod publish;
mod report;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use serde_json::{Value, json};

use crate::check;
use crate::config::{Config, Resolver, SiteConfig};
use crate::diag::{FileReport, LineIndex, Severity};
use crate::effective::{Effective, StandardTexts};
use crate::model::{Date, Lang, Notice, Text};
use crate::render::{Fnv, Format, RenderError, Renderer, TemplateSet, texts::TEXTS, view};
use crate::rules::Settings;

pub use publish::MANIFEST;
use publish::{Manifest, Places};

/// The stack of each build worker. Rendering recurses (template parsing,
/// typst layout); the depth of what a notice can contain is bounded by
/// `check`, and this leaves a wide margin. Only touched pages use memory.
pub const WORKER_STACK: usize = 64 * 1024 * 1024;

/// The largest logo file copied into a site.
pub const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;

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
    /// Settings for checking (as of, rule levels).
    pub settings: Settings,
    /// The language of the findings printed.
    pub lang: crate::i18n::Lang,
    /// Whether `as_of` came from the command line.
    pub cli_as_of: bool,
    /// Explicit configuration file (`--config`).
    pub config: Option<PathBuf>,
    /// Ignore configuration files (`--no-config`).
    pub no_config: bool,
    /// Worker threads; 0 for one per available core.
    pub jobs: usize,
    /// Where to write the internal report (findings, completeness and the
    /// statements added per notice), outside the site.
    pub report: Option<PathBuf>,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// `--out` is the input folder or one of its parents.
    #[error("--out {out} is or contains the input folder {input}; choose a separate folder")]
    OutContainsInput {
        /// `--out`.
        out: String,
        /// The notices' folder.
        input: String,
    },
    /// `--out` is the root folder.
    #[error("--out cannot be the root folder")]
    OutIsRoot,
    /// `--out` has no folder name (`..`).
    #[error("--out needs a folder name")]
    OutHasNoName,
    /// `--out` is a file.
    #[error("--out {0} is a file")]
    OutIsFile(String),
    /// `--out` is a non-empty folder without seloste's manifest.
    #[error(
        "--out {0} is a non-empty folder that seloste did not build (no {manifest}); refusing to replace it",
        manifest = publish::MANIFEST
    )]
    OutNotBuilt(String),
    /// `--out` holds files seloste did not write.
    #[error(
        "--out {out} holds {count} file(s) that seloste did not write or that were changed since ({shown}); refusing to replace it. Move them away, or build into an empty folder"
    )]
    OutHasOtherFiles {
        /// `--out`.
        out: String,
        /// How many.
        count: usize,
        /// The first few, comma-separated.
        shown: String,
    },
    /// `--report` would be written into the site folder.
    #[error("--report {report} is inside --out {out}; write the report outside the site")]
    ReportInOut {
        /// `--report`.
        report: String,
        /// `--out`.
        out: String,
    },
    /// Another build holds the lock of `--out`.
    #[error("another seloste build into {out} is running (it holds {lock}); wait for it to finish")]
    Locked {
        /// `--out`.
        out: String,
        /// The lock file.
        lock: String,
    },
    /// The notices could not be read (paths, I/O).
    #[error("{0}")]
    Input(#[from] check::InputError),
    /// The configuration is invalid.
    #[error("{0}")]
    Config(#[from] crate::config::ConfigError),
    /// The worker threads could not be started.
    #[error("cannot start {jobs} worker threads: {message}")]
    Threads {
        /// How many were asked for.
        jobs: usize,
        /// Why not.
        message: String,
    },
    /// A notice's id cannot name a folder.
    #[error(
        "{path}: the id `{id}` cannot name a folder of the site (use letters, digits, - and _)"
    )]
    BadId {
        /// The notice file.
        path: String,
        /// Its id.
        id: String,
    },
    /// Two notices have the same id.
    #[error("{first} and {second}: both have the id `{id}`")]
    DuplicateId {
        /// One file.
        first: String,
        /// The other.
        second: String,
        /// The id.
        id: String,
    },
    /// A notice file changed during the build.
    #[error("{0}: the file changed while the site was being built; build again")]
    Changed(String),
    /// The site logo cannot be used.
    #[error("site.logo.file = \"{file}\": {why}")]
    Logo {
        /// The configured file.
        file: String,
        /// Why not.
        why: String,
    },
    /// A notice could not be loaded; its report says why.
    #[error("{} notice(s) could not be loaded", .0.len())]
    NotLoaded(Vec<FileReport>),
    /// `--strict` and error-level findings.
    #[error("--strict: {0} notice(s) have error-level findings")]
    Strict(usize),
    /// Rendering failed.
    #[error("{0}")]
    Render(#[from] RenderError),
    /// Rendering one notice failed.
    #[error("{path}: {source}")]
    Notice {
        /// The notice file.
        path: String,
        /// What failed.
        source: RenderError,
    },
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
    /// The check report of every notice (findings; the source text is not
    /// kept).
    pub reports: Vec<FileReport>,
    /// Every finding as one `path:line:col: severity[rule] message` line.
    pub findings: Vec<String>,
    /// The same lines per notice, in the order of `reports`.
    pub lines: Vec<Vec<String>>,
    /// Notices rendered in this build.
    pub rendered: Vec<String>,
    /// Notices whose previous files were reused.
    pub reused: Vec<String>,
    /// Files in the site.
    pub files: usize,
    /// Bytes in the site.
    pub bytes: u64,
    /// Worker threads used.
    pub workers: usize,
    /// Renderers created (at most one per worker).
    pub renderers: usize,
    /// How the site was put in place.
    pub swap: publish::Swap,
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

/// Checks that `out` is not the input or one of its parents.
fn check_paths(input: &Path, out: &Path) -> Result<(), BuildError> {
    let (i, o) = (absolute(input), absolute(out));
    if i == o || i.starts_with(&o) {
        return Err(BuildError::OutContainsInput {
            out: out.display().to_string(),
            input: input.display().to_string(),
        });
    }
    if o.parent().is_none() {
        return Err(BuildError::OutIsRoot);
    }
    Ok(())
}

/// Checks that the report is not written into the site (which would make
/// the folder one that seloste did not wholly write, and publish it).
fn check_report_path(report: &Path, out: &Path) -> Result<(), BuildError> {
    if absolute(report).starts_with(absolute(out)) {
        return Err(BuildError::ReportInOut {
            report: report.display().to_string(),
            out: out.display().to_string(),
        });
    }
    Ok(())
}

/// One notice that loaded, as the site needs it: what the index pages
/// show. The whole notice is loaded again from its file when it is
/// rendered, so memory does not grow with the number of notices.
pub(crate) struct Item {
    pub(crate) notice: Summary,
    pub(crate) report_index: usize,
    digest: String,
    /// Whether standard statements are added (from the notice's settings).
    standard_texts: StandardTexts,
    source_path: PathBuf,
}

/// What the index, `notices.json` and the sitemap need of a notice.
pub(crate) struct Summary {
    pub(crate) id: String,
    pub(crate) title: Text,
    /// The purposes' names, or the start of their descriptions, in every
    /// language (what the index search also matches).
    pub(crate) purposes: Vec<String>,
    /// The controller's name.
    pub(crate) controller: Text,
    pub(crate) languages: Vec<Lang>,
    pub(crate) published: Option<Date>,
    pub(crate) updated: Option<Date>,
}

impl Summary {
    fn of(n: &Notice) -> Summary {
        Summary {
            id: n.id.clone(),
            title: n.title.clone(),
            purposes: n
                .purposes
                .iter()
                .flat_map(|p| p.name.as_ref().unwrap_or(&p.description).all())
                .map(|t| t.chars().take(crate::limits::SHORT_PURPOSE_CHARS).collect())
                .collect(),
            controller: n.controller.name.clone(),
            languages: n.languages.clone(),
            published: n.published,
            updated: n.updated,
        }
    }
}

/// Loads a notice again for rendering, from the file `check` accepted; the
/// file must still be what was checked (its digest is part of `digest`).
fn reload(it: &Item, shared: &[u8; 8]) -> Result<Notice, BuildError> {
    let path = it.source_path.display().to_string();
    let changed = || BuildError::Changed(path.clone());
    // Read as `check` reads: bounded, so a file replaced by a huge one is
    // not read whole.
    let bytes = crate::check::read_bounded(&it.source_path)?.map_err(|_| changed())?;
    let decoded = crate::load::decode(&bytes);
    if digest(&decoded.text, it.standard_texts, shared) != it.digest {
        return Err(changed());
    }
    let doc = crate::load::parse(&decoded.text).map_err(|_| changed())?;
    Notice::from_value(doc.value).map_err(|_| changed())
}

/// The digest of a notice's text with the build's shared inputs.
fn digest(source: &str, mode: StandardTexts, shared: &[u8; 8]) -> String {
    let mut h = Fnv::default();
    h.write(source.as_bytes());
    // Whether standard statements are added changes what the pages say.
    h.write(&[mode as u8]);
    h.write(shared);
    format!("{:016x}", h.0)
}

/// The shared inputs of every page (templates, configuration, version,
/// data, the date fallback), hashed once per build.
fn shared_digest(set: &TemplateSet, config: Option<&Config>) -> [u8; 8] {
    let config_text = config
        .and_then(|c| std::fs::read(&c.path).ok())
        .unwrap_or_default();
    let mut h = Fnv::default();
    h.write(set.digest().as_bytes());
    h.write(&config_text);
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    for f in crate::i18n::FILES {
        for (_, src) in f.files {
            h.write(src.as_bytes());
        }
    }
    h.write(include_str!("../../data/statutes.toml").as_bytes());
    h.write(include_str!("../../data/authorities.toml").as_bytes());
    h.write(include_str!("../../data/fonts/coverage.txt").as_bytes());
    h.write(crate::render::date_fallback_key().as_bytes());
    h.0.to_le_bytes()
}

struct Checked {
    reports: Vec<FileReport>,
    findings: Vec<String>,
    /// The findings' lines of each report, in the order of `reports`.
    lines: Vec<Vec<String>>,
    items: Vec<Item>,
    not_loaded: Vec<FileReport>,
}

/// Checks every file in parallel, keeping for each loaded notice the typed
/// notice and its findings; the source text and spans are dropped as soon
/// as the findings are written as lines.
fn check_all(
    files: &[PathBuf],
    settings: &[Settings],
    opts: &BuildOptions,
    shared: &[u8; 8],
) -> Result<Checked, BuildError> {
    /// What is kept of one checked file: the notice, its text and spans are
    /// dropped inside the worker, so they never pile up.
    struct Light {
        report: FileReport,
        lines: Vec<String>,
        item: Option<(Summary, String, StandardTexts)>,
    }
    let results: Vec<Result<Light, BuildError>> = files
        .par_iter()
        .zip(settings.par_iter())
        .map(|(file, settings)| {
            let checked = check::check_file(file, settings)?;
            let mut report = checked.report;
            let index = LineIndex::new(&report.source);
            let lines = report
                .diagnostics
                .iter()
                .map(|d| crate::diag::human::short_line(&report, &index, d, opts.lang))
                .collect();
            let item = checked.loaded.map(|loaded| {
                let mode = settings.standard_texts;
                let light = (
                    Summary::of(&loaded.notice),
                    digest(&report.source, mode, shared),
                    mode,
                );
                // The lines carry the findings' text and position; a report
                // of a notice that does not load keeps its source to be shown.
                report.source = String::new();
                for d in &mut report.diagnostics {
                    d.args = Vec::new();
                }
                light
            });
            Ok(Light {
                report,
                lines,
                item,
            })
        })
        .collect();
    let mut out = Checked {
        reports: Vec::with_capacity(files.len()),
        findings: Vec::new(),
        lines: Vec::with_capacity(files.len()),
        items: Vec::with_capacity(files.len()),
        not_loaded: Vec::new(),
    };
    for (file, r) in files.iter().zip(results) {
        let Light {
            report,
            lines,
            item,
        } = r?;
        // Grouped by file, as `check --format short` prints them.
        if !lines.is_empty() {
            out.findings
                .push(crate::diag::human::file_counts(&report, opts.lang));
            out.findings.extend(lines.iter().cloned());
            out.findings.push(String::new());
        }
        out.lines.push(lines);
        match item {
            Some((notice, digest, standard_texts)) => out.items.push(Item {
                notice,
                report_index: out.reports.len(),
                digest,
                standard_texts,
                source_path: file.clone(),
            }),
            None => out.not_loaded.push(report.clone()),
        }
        out.reports.push(report);
    }
    Ok(out)
}

fn check_ids(items: &[Item]) -> Result<(), BuildError> {
    let mut seen = BTreeMap::new();
    for it in items {
        let id = &it.notice.id;
        if !safe_id(id) {
            return Err(BuildError::BadId {
                path: it.source_path.display().to_string(),
                id: id.clone(),
            });
        }
        if let Some(other) = seen.insert(id.clone(), it.source_path.clone()) {
            return Err(BuildError::DuplicateId {
                first: other.display().to_string(),
                second: it.source_path.display().to_string(),
                id: id.clone(),
            });
        }
    }
    Ok(())
}

/// Builds the site.
pub fn build(
    opts: &BuildOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<BuildReport, BuildError> {
    check_paths(&opts.input, &opts.out)?;
    if let Some(r) = &opts.report {
        check_report_path(r, &opts.out)?;
    }
    let places = Places::new(absolute(&opts.out))?;
    let lock = publish::lock(&places)?;
    publish::recover(&places, &lock)?;
    let previous = publish::owned(&places)?;

    // The site's settings come from the configuration of the notices'
    // folder; each notice is checked with the configuration nearest to it,
    // as `seloste check` does.
    let mut resolver = Resolver::new(opts.config.as_deref(), opts.no_config)?;
    let config = resolver.for_path(&opts.input)?;
    let site_cfg = config.as_ref().map(|c| c.site.clone()).unwrap_or_default();
    let set = match &opts.templates {
        Some(d) => TemplateSet::with_overrides(d)?,
        None => TemplateSet::builtin(),
    };
    // Fail early on template syntax errors.
    let index_renderer = Renderer::new(set.clone())?;
    let logo = match (&site_cfg.logo, &config) {
        (Some(l), Some(c)) => Some(read_logo(&l.file, c.dir())?),
        _ => None,
    };

    let jobs = match opts.jobs {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(WORKER_STACK)
        .thread_name(|i| format!("seloste-build-{i}"))
        .build()
        .map_err(|e| BuildError::Threads {
            jobs,
            message: e.to_string(),
        })?;

    let files = check::collect_files(std::slice::from_ref(&opts.input))?;
    let shared = shared_digest(&set, config.as_deref());
    let settings = files
        .iter()
        .map(|f| resolver.settings_for(f, &opts.settings, opts.cli_as_of))
        .collect::<Result<Vec<_>, _>>()?;
    let checked = pool.install(|| check_all(&files, &settings, opts, &shared))?;
    if !checked.not_loaded.is_empty() {
        return Err(BuildError::NotLoaded(checked.not_loaded));
    }
    let Checked {
        reports,
        findings,
        lines,
        items,
        ..
    } = checked;
    check_ids(&items)?;
    if opts.strict {
        let failing = reports
            .iter()
            .filter(|r| r.count(Severity::Error) > 0)
            .count();
        if failing > 0 {
            return Err(BuildError::Strict(failing));
        }
    }

    let tmp = places.building()?;
    let site_langs = site_cfg.site_languages();
    let site_lang = site_langs[0];
    let site_title = site_cfg
        .title
        .clone()
        .unwrap_or_else(|| TEXTS.get("labels.index_title", site_lang).to_owned());
    let link = view::SiteLink {
        title: site_title.clone(),
        index_href: "../index.html".into(),
        accessibility_href: "../accessibility.html".into(),
        colours: site_cfg.colours.clone(),
        organisation: site_cfg
            .organisation
            .clone()
            .unwrap_or_else(|| site_title.clone()),
        base_url: site_cfg.base(),
        logo: logo.as_ref().map(|l| view::SiteLogo {
            src: format!("../{}", l.file()),
            file: l.file().to_owned(),
            alt: site_cfg
                .logo
                .as_ref()
                .map(|c| c.alt.clone())
                .unwrap_or_default(),
        }),
    };
    let job = RenderJob {
        shared: &shared,
        items: &items,
        set: &set,
        link: &link,
        logo: logo.as_ref(),
        site_langs: &site_langs,
        previous: &previous,
        old_site: &places.out,
        site: tmp.path(),
        progress,
    };
    let (outcome, renderers) = render_all(&pool, &job)?;
    let mut rendered = Vec::new();
    let mut reused = Vec::new();
    for (it, fresh) in items.iter().zip(outcome) {
        let id = it.notice.id.clone();
        if fresh {
            rendered.push(id);
        } else {
            reused.push(id);
        }
    }

    write_site_pages(
        tmp.path(),
        &index_renderer,
        opts.templates.is_some(),
        &site_cfg,
        &site_langs,
        &site_title,
        logo.as_ref(),
        &items,
        &reports,
    )?;
    // The manifest: the inputs of every notice and every file written.
    let mut manifest = Manifest {
        tool: env!("CARGO_PKG_VERSION").to_owned(),
        notices: items
            .iter()
            .map(|it| (it.notice.id.clone(), it.digest.clone()))
            .collect(),
        files: publish::inventory(tmp.path())?,
        partial: false,
    };
    manifest.files.remove(MANIFEST);
    let files = manifest.files.len() + 1;
    let bytes = manifest.files.values().sum();
    write(
        tmp.path(),
        MANIFEST,
        serde_json::to_string_pretty(&manifest)
            .unwrap_or_default()
            .as_bytes(),
    )?;
    set_public(tmp.path())?;
    // The internal report, before the site is swapped in: a failure to
    // write it leaves the previous site in place.
    if let Some(path) = &opts.report {
        let html = report::html(&reports, &lines, opts.lang);
        crate::fsutil::write_atomic(path, html.as_bytes()).map_err(io(path))?;
    }
    let built = tmp.keep();
    let swap = match publish::swap(&places, &built, &lock) {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&built);
            return Err(e);
        }
    };
    Ok(BuildReport {
        reports,
        findings,
        lines,
        rendered,
        reused,
        files,
        bytes,
        workers: jobs,
        renderers,
        swap,
    })
}

/// What the render workers share.
struct RenderJob<'a> {
    shared: &'a [u8; 8],
    items: &'a [Item],
    set: &'a TemplateSet,
    link: &'a view::SiteLink,
    /// The site's logo (also in the PDF header).
    logo: Option<&'a Logo>,
    /// The languages of the site's own pages, the main one first.
    site_langs: &'a [Lang],
    previous: &'a Manifest,
    old_site: &'a Path,
    site: &'a Path,
    progress: &'a (dyn Fn(usize, usize) + Sync),
}

use crate::render::FORMATS;

/// Renders (or reuses) every notice. Each worker of `pool` creates one
/// renderer when it first needs one and takes notices one at a time from a
/// shared counter until none are left, so there is no nesting of jobs and
/// no renderer per notice. Returns whether each notice was rendered (as
/// opposed to reused) and the number of renderers created.
fn render_all(
    pool: &rayon::ThreadPool,
    job: &RenderJob<'_>,
) -> Result<(Vec<bool>, usize), BuildError> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let renderers = AtomicUsize::new(0);
    let total = job.items.len();
    let per_worker: Vec<Result<Vec<(usize, bool)>, BuildError>> = pool.broadcast(|_| {
        let mut renderer: Option<Renderer> = None;
        let mut mine = Vec::new();
        loop {
            if failed.load(Ordering::Relaxed) {
                break;
            }
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(it) = job.items.get(i) else { break };
            let r = render_one(job, it, &mut renderer, &renderers);
            match r {
                Ok(fresh) => mine.push((i, fresh)),
                Err(e) => {
                    failed.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
            (job.progress)(done.fetch_add(1, Ordering::Relaxed) + 1, total);
        }
        Ok(mine)
    });
    let mut fresh = vec![false; total];
    for r in per_worker {
        for (i, f) in r? {
            fresh[i] = f;
        }
    }
    Ok((fresh, renderers.into_inner()))
}

fn render_one(
    job: &RenderJob<'_>,
    it: &Item,
    renderer: &mut Option<Renderer>,
    created: &AtomicUsize,
) -> Result<bool, BuildError> {
    let n = &it.notice;
    let dir = job.site.join(&n.id);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    // `/<id>/` leads to the notice in its first language.
    let landing = pages::landing(n);
    std::fs::write(dir.join("index.html"), landing.as_bytes())
        .map_err(io(&dir.join("index.html")))?;
    let names: Vec<(Lang, Format, String)> = n
        .languages
        .iter()
        .flat_map(|l| {
            FORMATS
                .iter()
                .map(move |f| (*l, *f, view::file_name(&n.id, *l, f.ext())))
        })
        .collect();
    // Reuse: same tool, same inputs, and every file still as the manifest
    // lists it (a regular file of the recorded size).
    let reuse = job.previous.tool == env!("CARGO_PKG_VERSION")
        && job.previous.notices.get(&n.id) == Some(&it.digest)
        && names.iter().all(|(_, _, name)| {
            let rel = format!("{}/{name}", n.id);
            let from = job.old_site.join(&n.id).join(name);
            std::fs::symlink_metadata(&from).is_ok_and(|m| {
                m.file_type().is_file() && job.previous.files.get(&rel) == Some(&m.len())
            })
        });
    if reuse {
        for (_, _, name) in &names {
            let from = job.old_site.join(&n.id).join(name);
            let to = dir.join(name);
            if std::fs::hard_link(&from, &to).is_err() {
                std::fs::copy(&from, &to).map_err(io(&from))?;
            }
        }
        return Ok(false);
    }
    let notice = reload(it, job.shared)?;
    let n = &notice;
    let effective = Effective::new(n, it.standard_texts);
    let r = match renderer {
        Some(r) => r,
        None => {
            created.fetch_add(1, Ordering::Relaxed);
            let mut r = Renderer::new(job.set.clone())?;
            if let Some(l) = job.logo {
                r.set_logo(l.file(), l.bytes.clone());
            }
            renderer.insert(r)
        }
    };
    for lang in &n.languages {
        // The page links to the index and statement in its own language
        // when the site has them, else to the main ones.
        let mut link = job.link.clone();
        let main = job.site_langs[0];
        let site_lang = if job.site_langs.contains(lang) {
            *lang
        } else {
            main
        };
        link.index_href = format!("../{}", pages::page_file("index", site_lang, main));
        link.accessibility_href =
            format!("../{}", pages::page_file("accessibility", site_lang, main));
        // One view model per language serves all three formats.
        let view = view::build(&effective, *lang, Some(&link));
        let documents = r
            .render_formats(n, *lang, FORMATS, &view)
            .map_err(|source| BuildError::Notice {
                path: it.source_path.display().to_string(),
                source,
            })?;
        for (&format, bytes) in FORMATS.iter().zip(documents) {
            let target = dir.join(view::file_name(&n.id, *lang, format.ext()));
            std::fs::write(&target, bytes).map_err(io(&target))?;
        }
    }
    Ok(true)
}

#[allow(clippy::too_many_arguments)]
fn write_site_pages(
    dir: &Path,
    renderer: &Renderer,
    own_templates: bool,
    site_cfg: &SiteConfig,
    site_langs: &[Lang],
    site_title: &str,
    logo: Option<&Logo>,
    items: &[Item],
    reports: &[FileReport],
) -> Result<(), BuildError> {
    let base = site_cfg.base();
    let logo_value = match logo {
        Some(l) => {
            let name = l.file();
            write(dir, name, &l.bytes)?;
            json!({"src": name, "alt": site_cfg.logo.as_ref().map(|c| c.alt.clone())})
        }
        None => Value::Null,
    };
    // The index and the accessibility statement in every site language.
    let main = site_langs[0];
    let groups = pages::grouped(items, main);
    for &lang in site_langs {
        let title = match (&site_cfg.title, lang == main) {
            (Some(t), _) => t.clone(),
            (None, true) => site_title.to_owned(),
            (None, false) => TEXTS.get("labels.index_title", lang).to_owned(),
        };
        let mut site_value = pages::site_json(site_cfg, lang, &title, logo_value.clone());
        site_value["index_href"] = json!(pages::page_file("index", lang, main));
        site_value["accessibility_href"] = json!(pages::page_file("accessibility", lang, main));
        site_value["alternates"] = pages::alternates(site_langs, lang);
        write_index(
            dir,
            renderer,
            site_cfg,
            &site_value,
            &groups,
            reports,
            (lang, main, site_langs),
        )?;
        let statement = pages::statement_json(site_cfg, lang, own_templates);
        site_value["alternates"] = pages::alternates_of("accessibility", site_langs, lang);
        let a11y = renderer.render_template(
            "accessibility.html",
            json!({"site": site_value, "statement": statement}),
        )?;
        write(
            dir,
            &pages::page_file("accessibility", lang, main),
            a11y.as_bytes(),
        )?;
    }
    let nj = pages::notices_json(
        items,
        reports,
        site_title,
        base.as_deref(),
        site_cfg.show_findings,
    );
    write(
        dir,
        "notices.json",
        format!(
            "{}\n",
            serde_json::to_string_pretty(&nj).unwrap_or_default()
        )
        .as_bytes(),
    )?;
    if let Some(b) = &base {
        write(dir, "sitemap.xml", pages::sitemap(items, b).as_bytes())?;
    }
    Ok(())
}

/// The index in `lang`, its search data, and on a site with more notices
/// than one page lists (`site.notices_per_page`), the pages of each
/// controller's notices.
fn write_index(
    dir: &Path,
    renderer: &Renderer,
    site_cfg: &SiteConfig,
    site_value: &Value,
    groups: &[pages::Group],
    reports: &[FileReport],
    (lang, main, site_langs): (Lang, Lang, &[Lang]),
) -> Result<(), BuildError> {
    let per_page = site_cfg.per_page();
    let total: usize = groups.iter().map(|g| g.items.len()).sum();
    let paged = total > per_page;
    let search = pages::site_file("search", lang, main, "js");
    write(dir, &search, pages::search_js(groups, lang).as_bytes())?;
    let show = site_cfg.show_findings;
    let page = |controller: Option<Value>, pager: Value| {
        json!({
            "total": total,
            "paged": paged,
            "search": search,
            "max_results": crate::limits::SEARCH_RESULTS,
            "controller": controller,
            "pager": pager,
        })
    };
    let index_groups: Vec<Value> = groups
        .iter()
        .map(|g| {
            if paged {
                let href = g.page_file(0, lang, main);
                pages::group_json(g, &[], Some(href), reports, lang, show)
            } else {
                pages::group_json(g, &g.items, None, reports, lang, show)
            }
        })
        .collect();
    let html = renderer.render_template(
        "index.html",
        json!({"site": site_value, "groups": index_groups, "page": page(None, Value::Null)}),
    )?;
    write(dir, &pages::page_file("index", lang, main), html.as_bytes())?;
    if !paged {
        return Ok(());
    }
    for g in groups {
        let chunks: Vec<&[&Item]> = g.items.chunks(per_page).collect();
        for (k, chunk) in chunks.iter().enumerate() {
            let pager = if chunks.len() > 1 {
                Value::Array(
                    (0..chunks.len())
                        .map(|p| json!({"n": p + 1, "href": g.page_file(p, lang, main), "current": p == k}))
                        .collect(),
                )
            } else {
                Value::Null
            };
            let mut site_value = site_value.clone();
            site_value["alternates"] =
                pages::alternates_by(site_langs, lang, |l| g.page_file(k, l, main));
            let group = pages::group_json(g, chunk, None, reports, lang, show);
            let html = renderer.render_template(
                "index.html",
                json!({
                    "site": site_value,
                    "groups": [group.clone()],
                    "page": page(Some(group), pager),
                }),
            )?;
            write(dir, &g.page_file(k, lang, main), html.as_bytes())?;
        }
    }
    Ok(())
}

/// A logo checked by its content.
struct Logo {
    bytes: Vec<u8>,
    ext: &'static str,
}

impl Logo {
    /// Its file name, in the site and in the PDF template's world.
    fn file(&self) -> &'static str {
        logo_file(self.ext)
    }
}

/// The logo's file name (`logo.<ext>`, in the site and in the PDF
/// template's world).
fn logo_file(ext: &str) -> &'static str {
    match ext {
        "png" => "logo.png",
        "svg" => "logo.svg",
        "webp" => "logo.webp",
        _ => "logo.jpg",
    }
}

/// Reads the logo: a regular file inside the configuration's folder (after
/// resolving symbolic links), at most [`MAX_LOGO_BYTES`], and a PNG, JPEG,
/// WebP or SVG image by its content (an SVG without scripts, event
/// handlers or foreign objects).
fn read_logo(file: &str, config_dir: &Path) -> Result<Logo, BuildError> {
    use std::io::Read;
    let bad = |why: &str| BuildError::Logo {
        file: file.to_owned(),
        why: why.to_owned(),
    };
    let root = config_dir.canonicalize().map_err(|e| bad(&e.to_string()))?;
    let path = root
        .join(file)
        .canonicalize()
        .map_err(|e| bad(&e.to_string()))?;
    if !path.starts_with(&root) {
        return Err(bad("the file must be inside the folder of seloste.toml"));
    }
    let f = std::fs::File::open(&path).map_err(|e| bad(&e.to_string()))?;
    if !f.metadata().is_ok_and(|m| m.is_file()) {
        return Err(bad("not a regular file"));
    }
    let mut bytes = Vec::new();
    f.take(MAX_LOGO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(&e.to_string()))?;
    if bytes.len() as u64 > MAX_LOGO_BYTES {
        return Err(bad(&format!("larger than {MAX_LOGO_BYTES} bytes")));
    }
    let ext = image_kind(&bytes)
        .ok_or_else(|| bad("not a PNG, JPEG, WebP or SVG image (by its content)"))?;
    if ext == "svg" {
        let lower = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
        let active = [
            "<script",
            "javascript:",
            "<foreignobject",
            "<iframe",
            "<embed",
            "<object",
        ]
        .iter()
        .any(|s| lower.contains(s))
            || has_event_handler(&lower);
        if active {
            return Err(bad(
                "an SVG with scripts, event handlers or embedded documents is not published",
            ));
        }
    }
    // The PDF header draws the logo: an image that only looks like one by
    // its first bytes would fail every PDF, so it is refused here.
    #[cfg(feature = "pdf")]
    crate::render::pdf::PdfEngine::check_image(logo_file(ext), &bytes)
        .map_err(|e| bad(&format!("the image cannot be read: {e}")))?;
    Ok(Logo { bytes, ext })
}

/// The image type of `bytes` by its signature.
fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("png");
    }
    if bytes.starts_with(b"\xFF\xD8\xFF") {
        return Some("jpg");
    }
    if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("webp");
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let lower = text.get(..text.len().min(4096))?.to_ascii_lowercase();
    let starts_xml =
        lower.starts_with("<?xml") || lower.starts_with("<svg") || lower.starts_with("<!--");
    (starts_xml && lower.contains("<svg")).then_some("svg")
}

/// Whether an SVG (lower-cased) has an `on...=` attribute.
fn has_event_handler(svg: &str) -> bool {
    let b = svg.as_bytes();
    b.windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_whitespace() && w[1] == b'o' && w[2] == b'n' && {
            let rest = &b[i + 3..];
            let name = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            name > 0
                && rest[name..]
                    .iter()
                    .find(|c| !c.is_ascii_whitespace())
                    .is_some_and(|c| *c == b'=')
        }
    })
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), BuildError> {
    let p = dir.join(name);
    std::fs::write(&p, bytes).map_err(io(&p))
}

/// The temporary folder is private while it is built; the site is for the
/// web server to read.
fn set_public(dir: &Path) -> Result<(), BuildError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).map_err(io(dir))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_kinds_by_content() {
        assert_eq!(image_kind(b"\x89PNG\r\n\x1a\nrest"), Some("png"));
        assert_eq!(image_kind(b"\xFF\xD8\xFF\xE0"), Some("jpg"));
        assert_eq!(image_kind(b"RIFF\0\0\0\0WEBPVP8 "), Some("webp"));
        assert_eq!(image_kind(b"<?xml version='1.0'?><svg/>"), Some("svg"));
        assert_eq!(image_kind(b"PATH=/usr/bin\0SECRET=x"), None);
        assert_eq!(image_kind(b"<html><svg/>"), None);
    }

    #[test]
    fn event_handlers_in_svg() {
        assert!(has_event_handler("<svg onload=\"x\">"));
        assert!(has_event_handler("<svg\nonclick = 'x'>"));
        assert!(!has_event_handler("<svg><title>ongoing</title></svg>"));
    }
}
