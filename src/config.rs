//! `seloste.toml`: per-rule levels, per-path overrides, the check date and
//! staleness threshold, and the site settings of `seloste build`.
//!
//! The file is discovered upward from each checked file (like ruff or
//! rustfmt): the nearest `seloste.toml` in the file's directory or one of
//! its parents applies. Paths in `[[overrides]]` are globs relative to the
//! configuration file's directory.
//!
//! ```toml
//! as_of = "2026-01-01"        # optional; default today (--as-of wins)
//! stale_months = 24
//! standard_texts = "fill"     # fill | declared-only (see `effective`)
//!
//! [rules]
//! hedging-words = "allow"     # allow | info | warn | deny
//! dpo-required = "deny"
//!
//! [[overrides]]
//! paths = ["yhdistykset/**"]
//! rules = { dpo-required = "allow" }
//!
//! [site]                      # see README, "Site configuration"
//! title = "Tietosuojaselosteet"
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::diag::Severity;
use crate::effective::StandardTexts;
use crate::model::Date;
use crate::rules::{self, Settings};

/// The configuration file name.
pub const FILE_NAME: &str = "seloste.toml";

/// A rule level in the configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Off.
    Allow,
    /// Reported as info.
    Info,
    /// Reported as a warning.
    Warn,
    /// Reported as an error (fails `seloste check`).
    Deny,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Allow => None,
            Level::Info => Some(Severity::Info),
            Level::Warn => Some(Severity::Warning),
            Level::Deny => Some(Severity::Error),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    stale_months: Option<u32>,
    #[serde(default)]
    standard_texts: Option<StandardTexts>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
    #[serde(default)]
    overrides: Vec<RawOverride>,
    #[serde(default)]
    site: Option<SiteConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverride {
    paths: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
    #[serde(default)]
    stale_months: Option<u32>,
    #[serde(default)]
    standard_texts: Option<StandardTexts>,
}

/// Site settings for `seloste build` (`[site]`).
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Site title (index `<h1>`); default from the standard texts.
    #[serde(default)]
    pub title: Option<String>,
    /// Language of the index and the accessibility statement: fi, sv or en.
    #[serde(default)]
    pub lang: Option<String>,
    /// Every language of the site (fi, sv, en): an index and an
    /// accessibility statement in each (`index.html` in the first,
    /// `index.<lang>.html` in the others). Default: `lang` alone.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// Public base URL, e.g. `https://www.example.fi/tietosuoja/` (sitemap, notices.json).
    #[serde(default)]
    pub base_url: Option<String>,
    /// The publishing organisation.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Logo: a file next to `seloste.toml`, copied into the site, with its alternative text.
    #[serde(default)]
    pub logo: Option<Logo>,
    /// Accent colours (hex). Text on the accent must have a contrast of at
    /// least 4.5:1 (WCAG 2.1 AA); a lower contrast is a configuration error.
    #[serde(default)]
    pub colours: Option<Colours>,
    /// Where readers send feedback (also used by the accessibility statement).
    #[serde(default)]
    pub feedback: Option<Feedback>,
    /// Accessibility statement details.
    #[serde(default)]
    pub accessibility: Option<Accessibility>,
    /// Show each notice's finding counts on the index and its findings and
    /// completeness in `notices.json`. Off by default: the public site is
    /// for citizens; `seloste build --report` gives the findings to the
    /// organisation.
    #[serde(default)]
    pub show_findings: bool,
    /// The most notices listed on one page (default
    /// [`DEFAULT_NOTICES_PER_PAGE`], at most [`MAX_NOTICES_PER_PAGE`]).
    /// A site with more notices has an index of its controllers, and each
    /// controller's notices on pages of this many; the search covers every
    /// notice either way.
    #[serde(default)]
    pub notices_per_page: Option<usize>,
}

/// The notices listed on one page when `site.notices_per_page` is not set.
pub const DEFAULT_NOTICES_PER_PAGE: usize = 500;
/// The largest `site.notices_per_page`: a page of this many notices is
/// about 2 MB of HTML.
pub const MAX_NOTICES_PER_PAGE: usize = 5000;

/// The site logo.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// Path relative to the configuration file (PNG, SVG or JPEG).
    pub file: String,
    /// Alternative text.
    pub alt: String,
}

/// Accent colours.
#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    /// Accent (links, header band), `#rrggbb`.
    pub accent: String,
    /// Text on the accent colour, `#rrggbb`.
    #[serde(default)]
    pub accent_text: Option<String>,
}

/// Feedback contact.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Web form.
    #[serde(default)]
    pub url: Option<String>,
}

/// Accessibility statement details (act 306/2019, directive 2016/2102).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// `full`, `partial` or `none`.
    #[serde(default = "default_conformance")]
    pub conformance: String,
    /// Known accessibility problems, one sentence each.
    #[serde(default)]
    pub known_issues: Vec<String>,
    /// Date the statement was first made (YYYY-MM-DD).
    #[serde(default)]
    pub published: Option<String>,
    /// Date it was last reviewed (YYYY-MM-DD).
    #[serde(default)]
    pub reviewed: Option<String>,
    /// How the assessment was made.
    #[serde(default)]
    pub method: Option<String>,
}

fn default_conformance() -> String {
    "full".into()
}

/// The largest `seloste.toml` read. Real ones are a few kilobytes.
pub const MAX_CONFIG_BYTES: u64 = 256 * 1024;

/// The largest `stale_months`: a century.
pub const MAX_STALE_MONTHS: u32 = 1200;

/// Reads a configuration file: a regular file of at most
/// [`MAX_CONFIG_BYTES`] (not a device or a pipe such as `/dev/zero`).
fn read_bounded(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(format!(
            "the file is larger than {MAX_CONFIG_BYTES} bytes; a configuration is a few kilobytes"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "the file is not UTF-8".to_owned())
}

/// Whether `s` is a CSS hex colour (`#rgb` or `#rrggbb`).
/// The minimum contrast of text (WCAG 2.1 AA, success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// The default accent colour (`templates/style.css`).
pub const DEFAULT_ACCENT: &str = "#1f4e79";

/// The default text colour on the accent (`templates/style.css`).
pub const DEFAULT_ACCENT_TEXT: &str = "#ffffff";

/// The WCAG 2.1 contrast ratio of two hex colours (`#rgb` or `#rrggbb`),
/// from 1 to 21.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    fn luminance(hex: &str) -> Option<f64> {
        let h = hex.strip_prefix('#')?;
        let full: String = match h.len() {
            3 => h.chars().flat_map(|c| [c, c]).collect(),
            6 => h.to_owned(),
            _ => return None,
        };
        let channel = |i: usize| -> Option<f64> {
            let v = f64::from(u8::from_str_radix(full.get(i..i + 2)?, 16).ok()?) / 255.0;
            Some(if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            })
        };
        Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
    }
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

impl Colours {
    /// The contrast of the text on the accent colour.
    pub fn contrast(&self) -> Option<f64> {
        contrast(
            &self.accent,
            self.accent_text.as_deref().unwrap_or(DEFAULT_ACCENT_TEXT),
        )
    }
}

fn hex_colour(s: &str) -> bool {
    s.strip_prefix('#')
        .is_some_and(|h| matches!(h.len(), 3 | 6) && h.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Whether `s` is an absolute `http(s)` URL without spaces, quotes or
/// angle brackets.
fn web_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > 8
        && !s.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`')
        })
}

impl SiteConfig {
    /// `base_url` with a trailing slash, for joining site paths to it.
    pub fn base(&self) -> Option<String> {
        self.base_url.as_ref().map(|b| {
            if b.ends_with('/') {
                b.clone()
            } else {
                format!("{b}/")
            }
        })
    }

    /// The most notices listed on one page (`notices_per_page`).
    pub fn per_page(&self) -> usize {
        self.notices_per_page
            .unwrap_or(DEFAULT_NOTICES_PER_PAGE)
            .clamp(1, MAX_NOTICES_PER_PAGE)
    }

    /// The languages of the site's own pages, the first the main one:
    /// `languages`, else `lang`, else Finnish (duplicates dropped).
    pub fn site_languages(&self) -> Vec<crate::model::Lang> {
        use crate::model::Lang;
        let mut out: Vec<Lang> = match &self.languages {
            Some(ls) => ls.iter().filter_map(|l| Lang::from_code(l)).collect(),
            None => self
                .lang
                .as_deref()
                .and_then(Lang::from_code)
                .into_iter()
                .collect(),
        };
        if out.is_empty() {
            out.push(Lang::Fi);
        }
        let mut seen = Vec::new();
        out.retain(|l| {
            let new = !seen.contains(l);
            seen.push(*l);
            new
        });
        out
    }

    /// Checks the values that reach the pages: colours are hex colours,
    /// links are `http(s)` URLs, the e-mail address is an address, and the
    /// logo is a relative path inside the configuration's folder.
    fn validate(&self) -> Result<(), String> {
        if let Some(n) = self.notices_per_page
            && !(1..=MAX_NOTICES_PER_PAGE).contains(&n)
        {
            return Err(format!(
                "site.notices_per_page = {n}: use a number from 1 to {MAX_NOTICES_PER_PAGE}"
            ));
        }
        if let Some(c) = &self.colours {
            for (key, v) in [
                ("accent", Some(&c.accent)),
                ("accent_text", c.accent_text.as_ref()),
            ] {
                if let Some(v) = v
                    && !hex_colour(v)
                {
                    return Err(format!(
                        "site.colours.{key} = \"{v}\": use a hex colour such as \"#00594f\""
                    ));
                }
            }
            // The accent is the background of the header band and the skip
            // link, with `accent_text` on it.
            if let Some(ratio) = c.contrast()
                && ratio < MIN_CONTRAST
            {
                return Err(format!(
                    "site.colours: text {} on accent {} has a contrast of {:.2}:1; WCAG 2.1 AA \
                     (success criterion 1.4.3) needs at least {MIN_CONTRAST}:1",
                    c.accent_text.as_deref().unwrap_or(DEFAULT_ACCENT_TEXT),
                    c.accent,
                    (ratio * 100.0).floor() / 100.0
                ));
            }
        }
        for (key, v) in [
            ("base_url", self.base_url.as_ref()),
            (
                "feedback.url",
                self.feedback.as_ref().and_then(|f| f.url.as_ref()),
            ),
        ] {
            if let Some(v) = v
                && !web_url(v)
            {
                return Err(format!(
                    "site.{key} = \"{v}\": use an http:// or https:// address"
                ));
            }
        }
        if let Some(e) = self.feedback.as_ref().and_then(|f| f.email.as_ref()) {
            let ok = e.split_once('@').is_some_and(|(a, d)| {
                !a.is_empty()
                    && d.contains('.')
                    && !e.chars().any(|c| {
                        c.is_whitespace()
                            || c.is_control()
                            || matches!(c, '"' | '\'' | '<' | '>' | ':' | '/')
                    })
            });
            if !ok {
                return Err(format!(
                    "site.feedback.email = \"{e}\": not an e-mail address"
                ));
            }
        }
        if let Some(l) = &self.logo {
            let p = Path::new(&l.file);
            let inside = p
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
            if l.file.is_empty() || !inside {
                return Err(format!(
                    "site.logo.file = \"{}\": give a path relative to seloste.toml, inside its folder (no `..`, no absolute path)",
                    l.file
                ));
            }
        }
        Ok(())
    }
}

struct Override {
    set: GlobSet,
    rules: BTreeMap<String, Level>,
    stale_months: Option<u32>,
    standard_texts: Option<StandardTexts>,
}

/// A loaded configuration file.
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    dir: PathBuf,
    as_of: Option<Date>,
    stale_months: Option<u32>,
    standard_texts: Option<StandardTexts>,
    rules: BTreeMap<String, Level>,
    overrides: Vec<Override>,
    /// `[site]`.
    pub site: SiteConfig,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config").field("path", &self.path).finish()
    }
}

/// A configuration problem: the file, and what is wrong.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ConfigError {
    /// The configuration file.
    pub path: String,
    /// What is wrong (with line and column where known).
    pub message: String,
}

fn check_ids(path: &Path, rules: &BTreeMap<String, Level>) -> Result<(), ConfigError> {
    let ids: Vec<&str> = rules::all().iter().map(|r| r.code.id).collect();
    for id in rules.keys() {
        if !ids.contains(&id.as_str()) {
            let hint = crate::schema::did_you_mean(id, ids.iter().copied())
                .map(|d| format!("; did you mean `{d}`?"))
                .unwrap_or_default();
            return Err(ConfigError {
                path: path.display().to_string(),
                message: format!("unknown rule `{id}` in the rule levels{hint}"),
            });
        }
    }
    Ok(())
}

impl Config {
    /// Reads a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let err = |message: String| ConfigError {
            path: path.display().to_string(),
            message,
        };
        let text = read_bounded(path).map_err(err)?;
        let raw: RawConfig =
            toml::from_str(&text).map_err(|e| err(e.to_string().trim().to_owned()))?;
        let as_of = match raw.as_of {
            Some(s) => Some(
                Date::parse(&s)
                    .ok_or_else(|| err(format!("as_of `{s}` is not a date YYYY-MM-DD")))?,
            ),
            None => None,
        };
        check_ids(path, &raw.rules)?;
        for m in std::iter::once(raw.stale_months)
            .chain(raw.overrides.iter().map(|o| o.stale_months))
            .flatten()
        {
            if !(1..=MAX_STALE_MONTHS).contains(&m) {
                return Err(err(format!(
                    "stale_months = {m}: use a number of months from 1 to {MAX_STALE_MONTHS}"
                )));
            }
        }
        let mut overrides = Vec::new();
        for o in raw.overrides {
            check_ids(path, &o.rules)?;
            let mut b = GlobSetBuilder::new();
            for p in &o.paths {
                b.add(Glob::new(p).map_err(|e| err(format!("override path `{p}`: {e}")))?);
            }
            overrides.push(Override {
                set: b.build().map_err(|e| err(e.to_string()))?,
                rules: o.rules,
                stale_months: o.stale_months,
                standard_texts: o.standard_texts,
            });
        }
        if let Some(site) = &raw.site
            && let Some(l) = &site.lang
            && crate::model::Lang::from_code(l).is_none()
        {
            return Err(err(format!("site.lang `{l}` is not fi, sv or en")));
        }
        if let Some(site) = &raw.site
            && let Some(ls) = &site.languages
        {
            if ls.is_empty() {
                return Err(err("site.languages is empty: list fi, sv or en".to_owned()));
            }
            for l in ls {
                if crate::model::Lang::from_code(l).is_none() {
                    return Err(err(format!("site.languages: `{l}` is not fi, sv or en")));
                }
            }
        }
        if let Some(site) = &raw.site {
            site.validate().map_err(err)?;
        }
        // Absolute, so that override paths match whatever the current
        // folder and however the file was named (`--config ./seloste.toml`).
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(Config {
            path: path.to_path_buf(),
            dir,
            as_of,
            stale_months: raw.stale_months,
            standard_texts: raw.standard_texts,
            rules: raw.rules,
            overrides,
            site: raw.site.unwrap_or_default(),
        })
    }

    /// The nearest `seloste.toml` in `start` (a file's directory or a
    /// directory) or one of its parents.
    pub fn discover(start: &Path) -> Result<Option<Config>, ConfigError> {
        let start = if start.is_file() {
            start.parent().unwrap_or(start)
        } else {
            start
        };
        let abs = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        for dir in abs.ancestors() {
            let candidate = dir.join(FILE_NAME);
            if candidate.is_file() {
                return Config::load(&candidate).map(Some);
            }
        }
        Ok(None)
    }

    /// The directory the configuration file is in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The settings for checking `file`: the base settings with this
    /// configuration's levels, then the matching overrides applied. An
    /// `as_of` given on the command line (`cli_as_of`) wins over the file's.
    pub fn settings_for(&self, file: &Path, base: &Settings, cli_as_of: bool) -> Settings {
        let mut s = base.clone();
        if !cli_as_of && let Some(d) = self.as_of {
            s.as_of = d;
        }
        if let Some(m) = self.stale_months {
            s.stale_months = m;
        }
        if let Some(t) = self.standard_texts {
            s.standard_texts = t;
        }
        for (id, level) in &self.rules {
            s.levels.insert(id.clone(), level.severity());
        }
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let rel = abs.strip_prefix(&self.dir).unwrap_or(&abs);
        for o in &self.overrides {
            if o.set.is_match(rel) {
                for (id, level) in &o.rules {
                    s.levels.insert(id.clone(), level.severity());
                }
                if let Some(m) = o.stale_months {
                    s.stale_months = m;
                }
                if let Some(t) = o.standard_texts {
                    s.standard_texts = t;
                }
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_contrast_is_the_wcag_ratio_and_low_contrast_is_refused() {
        let r = |a, b| (contrast(a, b).unwrap() * 100.0).round() / 100.0;
        assert_eq!(r("#000000", "#ffffff"), 21.0);
        assert_eq!(r("#fff", "#ffffff"), 1.0);
        assert_eq!(r("#1f4e79", "#ffffff"), 8.66);
        assert_eq!(r("#777777", "#ffffff"), 4.48);
        let site = |accent: &str, text: Option<&str>| SiteConfig {
            colours: Some(Colours {
                accent: accent.to_owned(),
                accent_text: text.map(str::to_owned),
            }),
            ..SiteConfig::default()
        };
        let e = site("#777777", None).validate().unwrap_err();
        assert!(e.contains("4.47:1") && e.contains("4.5:1"), "{e}");
        assert!(site("#9fd3ff", Some("#ffffff")).validate().is_err());
        assert!(site("#9fd3ff", Some("#000000")).validate().is_ok());
        assert!(site("#1f4e79", None).validate().is_ok());
    }

    fn write(dir: &Path, text: &str) -> PathBuf {
        let p = dir.join(FILE_NAME);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn levels_and_overrides() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            d.path(),
            "as_of = \"2025-01-01\"\n[rules]\nhedging-words = \"allow\"\n[[overrides]]\npaths = [\"assoc/**\"]\nrules = { dpo-required = \"deny\" }\n",
        );
        let c = Config::load(&p).unwrap();
        let base = Settings::new(Date::parse("2026-11-22").unwrap());
        let s = c.settings_for(&d.path().join("assoc/a.yaml"), &base, false);
        assert_eq!(s.as_of, Date::parse("2025-01-01").unwrap());
        assert_eq!(s.levels.get("hedging-words"), Some(&None));
        assert_eq!(s.levels.get("dpo-required"), Some(&Some(Severity::Error)));
        let other = c.settings_for(&d.path().join("b.yaml"), &base, true);
        assert_eq!(other.as_of, base.as_of);
        assert!(!other.levels.contains_key("dpo-required"));
    }

    #[test]
    fn unknown_rule_is_an_error_with_a_hint() {
        let d = tempfile::tempdir().unwrap();
        let p = write(d.path(), "[rules]\nhedging-word = \"allow\"\n");
        let e = Config::load(&p).unwrap_err().to_string();
        assert!(e.contains("did you mean `hedging-words`"), "{e}");
    }

    #[test]
    fn bad_level_reports_line() {
        let d = tempfile::tempdir().unwrap();
        let p = write(d.path(), "[rules]\nhedging-words = \"off\"\n");
        let e = Config::load(&p).unwrap_err().to_string();
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn discovered_upward() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "stale_months = 12\n");
        let sub = d.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let c = Config::discover(&sub).unwrap().unwrap();
        assert_eq!(c.stale_months, Some(12));
    }
}

/// Where the settings of a notice come from, the same for `check`, `build`
/// and `render`: the file given with `--config` for every notice; none with
/// `--no-config`; else the nearest `seloste.toml` above each notice
/// (discovered once per folder). `--as-of` wins over `as_of` of the file.
#[derive(Debug, Default)]
pub struct Resolver {
    explicit: Option<Arc<Config>>,
    disabled: bool,
    by_dir: HashMap<PathBuf, Option<Arc<Config>>>,
}

impl Resolver {
    /// A resolver for `--config FILE` / `--no-config` / neither.
    pub fn new(explicit: Option<&Path>, disabled: bool) -> Result<Resolver, ConfigError> {
        Ok(Resolver {
            explicit: explicit.map(Config::load).transpose()?.map(Arc::new),
            disabled,
            by_dir: HashMap::new(),
        })
    }

    /// The configuration that applies to `path` (a notice, or the folder of
    /// a site's notices).
    pub fn for_path(&mut self, path: &Path) -> Result<Option<Arc<Config>>, ConfigError> {
        if self.disabled {
            return Ok(None);
        }
        if let Some(c) = &self.explicit {
            return Ok(Some(c.clone()));
        }
        let dir = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent().unwrap_or(Path::new(".")).to_path_buf()
        };
        if let Some(c) = self.by_dir.get(&dir) {
            return Ok(c.clone());
        }
        let c = Config::discover(&dir)?.map(Arc::new);
        self.by_dir.insert(dir, c.clone());
        Ok(c)
    }

    /// The settings of the notice at `file`: `base` (as of, from the command
    /// line or today) with the applicable configuration's levels,
    /// overrides, `as_of` (unless `cli_as_of`) and `stale_months`.
    pub fn settings_for(
        &mut self,
        file: &Path,
        base: &Settings,
        cli_as_of: bool,
    ) -> Result<Settings, ConfigError> {
        Ok(match self.for_path(file)? {
            Some(c) => c.settings_for(file, base, cli_as_of),
            None => base.clone(),
        })
    }
}
