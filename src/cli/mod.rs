//! The command line: parses arguments, calls the library, writes output and
//! maps the outcome to an exit code. This is the only module that prints.
//!
//! Exit codes: 0 no error-level finding, 1 at least one error-level finding,
//! 2 usage or I/O failure.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

use clap::{Parser, Subcommand, ValueEnum};

mod help;
mod messages;
mod rules_cmd;

use crate::check;
use crate::config::Resolver;
use crate::diag::{self, FileReport, Severity};
use crate::i18n::keys;
use crate::model::{Date, Lang};
use crate::rules::Settings;
use crate::schema;

/// Exit code: no error-level finding.
pub const EXIT_OK: u8 = 0;
/// Exit code: at least one error-level finding.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage or I/O failure.
pub const EXIT_FAILURE: u8 = 2;

/// seloste: GDPR privacy notices (tietosuojaseloste) from YAML, checked and published.
#[derive(Debug, Parser)]
#[command(name = "seloste", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check notices: YAML, schema, GDPR rules and render limits, each finding
    /// at its line and column with the article and a fix.
    Check(CheckArgs),
    /// List the rules and the checks before them (file, YAML, schema, limits).
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Language of messages: fi, sv or en (default: from LANG / LC_ALL /
        /// LC_MESSAGES, else English).
        #[arg(long, value_enum)]
        message_lang: Option<MsgLang>,
    },
    /// Explain one rule or check: what it checks, why, examples, how to fix.
    Explain {
        /// The rule or check id, e.g. `dpo-required` or `schema-type`.
        rule: String,
        /// Language of messages: fi, sv or en (default: from LANG / LC_ALL /
        /// LC_MESSAGES, else English).
        #[arg(long, value_enum)]
        message_lang: Option<MsgLang>,
    },
    /// Build the static website of a folder of notices: index, HTML, PDF and
    /// Markdown of every notice in every language, notices.json, sitemap and
    /// accessibility statement.
    Build(BuildArgs),
    /// Render notices as Markdown, HTML or PDF, one document per notice and language.
    Render(RenderArgs),
    /// What changed between two versions of a notice, section by section,
    /// which changes the data subjects must be told of before the new
    /// processing (Art 13(3), 14(4)), and a `changes` entry to record them.
    Diff(DiffArgs),
    /// Preview a folder of notices in the browser: each page checked and
    /// rendered again as you save, with the findings inside the page next
    /// to the section they concern. Listens on 127.0.0.1 only, unless told
    /// otherwise.
    Serve(ServeArgs),
    /// A language server for editors (standard input and output): every
    /// finding of `check` as you type, hover help from the schema in your
    /// language, completion of keys and values, and quick fixes.
    Lsp {
        /// Language of hover help and findings: fi, sv or en (default: the
        /// editor's `initializationOptions.lang` or locale, else LANG /
        /// LC_ALL / LC_MESSAGES, else English).
        #[arg(long, value_enum)]
        message_lang: Option<MsgLang>,
    },
    /// A YAML draft from a legacy notice (plain text, Markdown, HTML or Word .docx):
    /// its sections mapped to the fields, contact details, statutes and
    /// lists taken apart, nothing dropped (the original stands as comments,
    /// the rest under `notes`); then what `check` says is missing.
    Import(ImportArgs),
    /// Start a new notice: asks for the controller, its kind, the languages
    /// and the register's name on a terminal (else takes them as options),
    /// and writes every section with the gaps marked TODO, and the editors'
    /// schema beside it.
    Init(InitArgs),
    /// Work with the templates.
    Templates {
        #[command(subcommand)]
        command: TemplatesCommand,
    },
    /// Print the JSON Schema of the notice format.
    Schema {
        /// Write the schema to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// JSON Schema dialect: 2020-12 for validators, 07 for editors
        /// (yaml-language-server fully understands draft-07 only).
        #[arg(long, value_enum, default_value = "2020-12")]
        draft: DraftArg,
        /// Only this language in the descriptions (what an editor shows on
        /// hover); all three by default.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Benchmark baseline: read and parse the YAML of each file, nothing
    /// more (`bench/run` compares `check` with it).
    #[command(name = "__parse", hide = true)]
    ParseOnly {
        /// Files or folders.
        paths: Vec<PathBuf>,
    },
}

/// Where settings come from, the same for `check`, `build` and `render`
/// (README, "Configuration").
#[derive(Debug, clap::Args)]
struct ConfigArgs {
    /// Judge the notice as of this date (YYYY-MM-DD) instead of today:
    /// repealed acts, the 2023 transfer to wellbeing services counties and
    /// staleness; overrides `as_of` in seloste.toml.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<Date>,
    /// Use this configuration file for every notice instead of the nearest
    /// `seloste.toml` above each notice.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Ignore `seloste.toml` files.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
}

impl ConfigArgs {
    fn resolver(&self) -> Result<Resolver, crate::config::ConfigError> {
        Resolver::new(self.config.as_deref(), self.no_config)
    }

    fn base(&self) -> Settings {
        Settings::new(self.as_of.unwrap_or_else(Date::today))
    }
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// The folder of notices.
    #[arg(default_value = "notices")]
    input: PathBuf,
    /// The site folder; replaced as a whole when the build succeeds.
    #[arg(long, default_value = "public")]
    out: PathBuf,
    /// Fail (and keep the previous site) when any notice has an error-level finding.
    #[arg(long)]
    strict: bool,
    /// No progress bar and no findings; only errors.
    #[arg(long, short)]
    quiet: bool,
    /// A folder whose files replace built-in templates of the same name.
    #[arg(long)]
    templates: Option<PathBuf>,
    #[command(flatten)]
    settings: ConfigArgs,
    /// Worker threads (default: one per core).
    #[arg(long, short, default_value_t = 0)]
    jobs: usize,
    /// Also write an internal report for the organisation to this HTML file
    /// (outside the site): each notice's completeness, findings and the
    /// standard statements published in the controller's name
    #[arg(long)]
    report: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum TemplatesCommand {
    /// Write the built-in templates into DIR to start your own from
    /// (existing files are never overwritten).
    Eject {
        /// The folder to write into (created if needed).
        dir: PathBuf,
    },
    /// Print the JSON Schema of the view model the notice templates receive
    /// (`n` in notice.html and notice.md, /data.json in notice.typ).
    Schema,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RenderFormat {
    /// CommonMark.
    Md,
    /// Accessible HTML5 (WCAG 2.1 AA), self-contained.
    Html,
    /// PDF/A-2a and PDF/UA-1 (tagged, archival).
    Pdf,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DraftArg {
    /// JSON Schema 2020-12.
    #[value(name = "2020-12")]
    Draft2020_12,
    /// JSON Schema draft-07.
    #[value(name = "07")]
    Draft07,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    Fi,
    Sv,
    En,
}

impl LangArg {
    fn lang(self) -> Lang {
        match self {
            LangArg::Fi => Lang::Fi,
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// The earlier version: a file, or `REV:PATH` for a git revision of one
    /// (e.g. `HEAD~1:notices/x.yaml`, read with `git show`).
    old: String,
    /// The later version: a file, or `REV:PATH`.
    new: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: DiffFormat,
    /// The date of the proposed `changes` entry (default: today).
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Language of messages: fi, sv or en (default: from LANG / LC_ALL /
    /// LC_MESSAGES, else English).
    #[arg(long, value_enum)]
    message_lang: Option<MsgLang>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// For people, in the message language.
    Human,
    /// For programs.
    Json,
    /// A Markdown table, e.g. for a pull request.
    Md,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// The folder of notices.
    #[arg(default_value = "notices")]
    dir: PathBuf,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// The port (0: any free port).
    #[arg(long, default_value_t = 8000)]
    port: u16,
    /// Allow an address other than the loopback interface: anyone who can
    /// reach it sees the unpublished notices.
    #[arg(long)]
    allow_remote: bool,
    /// A folder whose files replace built-in templates of the same name.
    #[arg(long)]
    templates: Option<PathBuf>,
    #[command(flatten)]
    settings: ConfigArgs,
    /// Language of the preview's own words: fi, sv or en (default: from
    /// LANG / LC_ALL / LC_MESSAGES, else English).
    #[arg(long, value_enum)]
    message_lang: Option<MsgLang>,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// The legacy notice (.txt, .md, .html, .docx).
    file: PathBuf,
    /// The draft to write (default: the id and `.yaml`, in the current folder).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Replace the draft if it exists.
    #[arg(long)]
    force: bool,
    /// Language of messages: fi, sv or en (default: from LANG / LC_ALL /
    /// LC_MESSAGES, else English).
    #[arg(long, value_enum)]
    message_lang: Option<MsgLang>,
}

#[derive(Debug, clap::Args)]
struct InitArgs {
    /// The file to write (default: the id and `.yaml`, in the current folder).
    file: Option<PathBuf>,
    /// The controller's name, e.g. "Liedon kunta".
    #[arg(long)]
    controller: Option<String>,
    /// The controller's kind of organisation (default: as its name makes
    /// clear, e.g. "kunta" → municipality).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(crate::init::KINDS.map(|k| k.key())))]
    kind: Option<String>,
    /// The notice's languages, the main one first: fi, sv, en (e.g. fi,sv).
    #[arg(long, value_enum, value_delimiter = ',')]
    languages: Vec<LangArg>,
    /// The register's name, e.g. "Lastensuojelun asiakasrekisteri".
    #[arg(long)]
    title: Option<String>,
    /// The notice's id (default: from the register's name).
    #[arg(long)]
    id: Option<String>,
    /// Replace the file if it exists.
    #[arg(long)]
    force: bool,
    /// Language of questions and messages: fi, sv or en (default: from LANG
    /// / LC_ALL / LC_MESSAGES, else English).
    #[arg(long, value_enum)]
    message_lang: Option<MsgLang>,
}

#[derive(Debug, clap::Args)]
struct RenderArgs {
    /// The notice files; several are rendered in one process, into the
    /// output folder.
    #[arg(required = true)]
    notices: Vec<PathBuf>,
    /// Output format; several formats, comma-separated or repeated
    /// (`--format html,md`), are rendered from one reading of each notice.
    #[arg(long, value_enum, required = true, value_delimiter = ',')]
    format: Vec<RenderFormat>,
    /// Only this language (default: every language the notice declares).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Output file (one notice in one language) or folder (several); `-`
    /// writes a single Markdown or HTML document to standard output.
    /// Default: the current folder, files named `<id>.<lang>.<ext>`.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// A folder whose files replace built-in templates of the same name.
    #[arg(long)]
    templates: Option<PathBuf>,
    #[command(flatten)]
    settings: ConfigArgs,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Notice files or directories (searched for *.yaml and *.yml).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    #[command(flatten)]
    settings: ConfigArgs,
    /// Language of messages and help texts: fi, sv or en (default: from
    /// LANG / LC_ALL / LC_MESSAGES, else English).
    #[arg(long, value_enum)]
    message_lang: Option<MsgLang>,
    /// Colours in human output: auto (when writing to a terminal and NO_COLOR is unset), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// Readable reports with source snippets.
    Human,
    /// One line per finding (path:line:column: severity[id] message), then
    /// the completeness and summary lines.
    Short,
    /// One JSON document (see README, "JSON output").
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum MsgLang {
    Fi,
    Sv,
    En,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn msg_lang(arg: Option<MsgLang>) -> Lang {
    match arg {
        Some(MsgLang::Fi) => Lang::Fi,
        Some(MsgLang::Sv) => Lang::Sv,
        Some(MsgLang::En) => Lang::En,
        None => env_lang(),
    }
}

/// The message language from the environment's locale (`fi_FI.UTF-8`,
/// `sv_FI`, ...): Finnish or Swedish when it says so, else English.
fn env_lang() -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
        {
            return Lang::from_code(v.get(..2).unwrap_or_default()).unwrap_or(Lang::En);
        }
    }
    Lang::En
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Runs the command line with the process arguments.
pub fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let cmd = help::localize(Cli::command(), env_lang());
    let cli = match cmd
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            });
        }
    };
    ExitCode::from(run(cli))
}

fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Rules {
            format,
            message_lang,
        } => {
            let lang = msg_lang(message_lang);
            match format {
                Format::Json => print_out(&rules_cmd::catalog_json()),
                Format::Sarif => print_out(&diag::sarif::render(
                    &[],
                    &crate::catalog::sarif_descriptors(),
                    lang,
                )),
                Format::Github => fail(&messages::text(lang, keys::RULES_NO_GITHUB, &[])),
                Format::Human | Format::Short => print_out(&rules_cmd::catalog_table(lang)),
            }
        }
        Command::Explain { rule, message_lang } => match crate::catalog::find(&rule) {
            Some(e) => print_out(&rules_cmd::explain(&e, msg_lang(message_lang))),
            None => fail(&rules_cmd::unknown(&rule, msg_lang(message_lang))),
        },
        Command::Render(args) => run_render(args),
        Command::Init(args) => run_init(args),
        Command::Diff(args) => run_diff(args),
        Command::Serve(args) => run_serve(args),
        Command::Import(args) => run_import(args),
        Command::Lsp { message_lang } => {
            match crate::lsp::run(message_lang.map(|m| msg_lang(Some(m))), env_lang()) {
                Ok(()) => EXIT_OK,
                Err(e) => fail(&e),
            }
        }
        Command::Build(args) => run_build(args),
        Command::Templates {
            command: TemplatesCommand::Eject { dir },
        } => match crate::render::TemplateSet::eject(&dir) {
            Ok(files) => {
                let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
                print_out(&list)
            }
            Err(e) => fail(&e.to_string()),
        },
        Command::Templates {
            command: TemplatesCommand::Schema,
        } => {
            let mut text =
                serde_json::to_string_pretty(&crate::render::view::schema()).unwrap_or_default();
            text.push('\n');
            print_out(&text)
        }
        Command::ParseOnly { paths } => {
            let files = match check::collect_files(&paths) {
                Ok(f) => f,
                Err(e) => return fail(&messages::input_error(&e, env_lang())),
            };
            let parsed = files
                .par_iter()
                .filter(|f| {
                    std::fs::read(f)
                        .ok()
                        .is_some_and(|b| crate::load::parse(&crate::load::decode(&b).text).is_ok())
                })
                .count();
            print_out(&format!("{parsed} of {} files parsed\n", files.len()))
        }
        Command::Schema {
            output,
            draft,
            lang,
        } => {
            let dialect = match draft {
                DraftArg::Draft2020_12 => schema::Dialect::Draft2020_12,
                DraftArg::Draft07 => schema::Dialect::Draft07,
            };
            let lang = lang.map(LangArg::lang);
            let text = schema::schema_string_for(schema::Form { dialect, lang });
            match output {
                Some(path) => match crate::fsutil::write_atomic(&path, text.as_bytes()) {
                    Ok(()) => EXIT_OK,
                    Err(e) => fail(&format!("{}: {e}", path.display())),
                },
                None => print_out(&text),
            }
        }
    }
}

/// One side of `seloste diff`: a file, or `REV:PATH` read with `git show`.
fn diff_side(spec: &str, lang: Lang) -> Result<(String, Vec<u8>), String> {
    let path = Path::new(spec);
    if path.exists() || !spec.contains(':') {
        return match check::read_bounded(path) {
            Ok(Ok(bytes)) => Ok((spec.to_owned(), bytes)),
            Ok(Err(d)) => Err(d.message(lang)),
            Err(e) => Err(messages::input_error(&e, lang)),
        };
    }
    // A revision never starts with `-`, so git cannot take it for an option.
    let git_error = |error: String| {
        let error = if error.is_empty() {
            "none".to_owned()
        } else {
            error
        };
        messages::text(
            lang,
            keys::DIFF_GIT,
            &[("spec", spec.into()), ("error", error.into())],
        )
    };
    if spec.starts_with('-') {
        return Err(git_error(String::new()));
    }
    let out = std::process::Command::new("git")
        .args(["--no-pager", "show", spec])
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| git_error(e.to_string()))?;
    if !out.status.success() {
        return Err(git_error(
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        ));
    }
    if out.stdout.len() as u64 > crate::load::MAX_FILE_BYTES {
        return Err(git_error(format!(
            "more than {} bytes",
            crate::load::MAX_FILE_BYTES
        )));
    }
    Ok((spec.to_owned(), out.stdout))
}

fn run_diff(args: DiffArgs) -> u8 {
    use crate::diff;
    let lang = msg_lang(args.message_lang);
    let fail = |message: &str| fail_in(lang, message);
    let settings = crate::rules::Settings::new(Date::today());
    let mut notices = Vec::new();
    for spec in [&args.old, &args.new] {
        let (name, bytes) = match diff_side(spec, lang) {
            Ok(x) => x,
            Err(e) => return fail(&e),
        };
        let checked = check::check_bytes(name, &bytes, &settings);
        let Some(loaded) = checked.loaded else {
            let opts = diag::human::HumanOptions {
                color: false,
                width: 100,
                lang,
            };
            let _ = write!(
                std::io::stderr(),
                "{}",
                diag::human::render_file(&checked.report, opts)
            );
            return EXIT_FINDINGS;
        };
        notices.push(loaded.notice);
    }
    let (old, new) = (&notices[0], &notices[1]);
    let changes = diff::diff(old, new, lang);
    let inform = changes.iter().filter(|c| c.inform_first).count();
    // The entry is written in each language of the notice, its items in
    // that language.
    let date = args.date.unwrap_or_else(Date::today);
    let entries: Vec<(Lang, String)> = new
        .languages
        .iter()
        .map(|l| (*l, diff::changes_entry(&diff::diff(old, new, *l), *l)))
        .collect();
    let description = match entries.as_slice() {
        [(_, one)] => serde_json::Value::String(one.clone()),
        many => serde_json::Value::Object(
            many.iter()
                .map(|(l, e)| (l.code().to_owned(), serde_json::Value::String(e.clone())))
                .collect(),
        ),
    };
    let text = match args.format {
        DiffFormat::Json => {
            let v = serde_json::json!({
                "old": args.old,
                "new": args.new,
                "changes": changes,
                "inform_first": inform,
                "proposed_change": (!changes.is_empty()).then(|| serde_json::json!({
                    "date": date.to_string(),
                    "description": description,
                })),
            });
            let mut t = serde_json::to_string_pretty(&v).unwrap_or_default();
            t.push('\n');
            t
        }
        DiffFormat::Human | DiffFormat::Md => {
            let md = matches!(args.format, DiffFormat::Md);
            let mut t = String::new();
            let mark = messages::text(lang, keys::DIFF_INFORM, &[]);
            if changes.is_empty() {
                t.push_str(&messages::text(lang, keys::DIFF_NONE, &[]));
                t.push('\n');
            } else if md {
                t.push_str(&format!("### {} → {}\n\n", args.old, args.new));
                for c in &changes {
                    let line = diff::describe(c, lang);
                    let flag = if c.inform_first {
                        format!(" **{mark}**")
                    } else {
                        String::new()
                    };
                    t.push_str(&format!(
                        "- {}{flag}\n",
                        crate::render::rich::escape_md(&line)
                    ));
                }
            } else {
                t.push_str(&format!("{} → {}\n", args.old, args.new));
                for c in &changes {
                    let sign = match c.kind {
                        diff::Kind::Added => '+',
                        diff::Kind::Removed => '-',
                        diff::Kind::Changed => '~',
                    };
                    let flag = if c.inform_first {
                        format!("  [{mark}]")
                    } else {
                        String::new()
                    };
                    t.push_str(&format!("  {sign} {}{flag}\n", diff::describe(c, lang)));
                }
            }
            if inform > 0 {
                t.push('\n');
                t.push_str(&messages::text(
                    lang,
                    keys::DIFF_INFORM_SUMMARY,
                    &[("count", inform.into())],
                ));
                t.push('\n');
            }
            if !changes.is_empty() {
                t.push('\n');
                t.push_str(&messages::text(lang, keys::DIFF_PROPOSAL, &[]));
                t.push_str("\n\n");
                let mut yaml = format!("changes:\n  - date: {date}\n    description:");
                match entries.as_slice() {
                    [(_, one)] => {
                        yaml.push_str(&format!(
                            " {}\n",
                            serde_json::to_string(one).unwrap_or_default()
                        ));
                    }
                    many => {
                        yaml.push('\n');
                        for (l, e) in many {
                            yaml.push_str(&format!(
                                "      {}: {}\n",
                                l.code(),
                                serde_json::to_string(e).unwrap_or_default()
                            ));
                        }
                    }
                }
                if md {
                    t.push_str(&format!("```yaml\n{yaml}```\n"));
                } else {
                    for l in yaml.lines() {
                        t.push_str(&format!("  {l}\n"));
                    }
                }
            }
            t
        }
    };
    let _ = settings;
    print_out(&text)
}

fn run_serve(args: ServeArgs) -> u8 {
    use crate::serve::{Options, Preview, ServeError};
    let lang = msg_lang(args.message_lang);
    let opts = Options {
        dir: args.dir.clone(),
        addr: std::net::SocketAddr::new(args.bind, args.port),
        allow_remote: args.allow_remote,
        lang,
        base: args.settings.base(),
        config: args.settings.config.clone(),
        no_config: args.settings.no_config,
        as_of_given: args.settings.as_of.is_some(),
        templates: args.templates.clone(),
    };
    let message = |e: &ServeError| match e {
        ServeError::NotLoopback(addr) => messages::text(
            lang,
            keys::SERVE_NOT_LOOPBACK,
            &[("addr", addr.to_string().into())],
        ),
        e => e.to_string(),
    };
    let preview = match Preview::new(opts) {
        Ok(p) => p,
        Err(e) => {
            error_line(lang, &message(&e));
            return EXIT_FAILURE;
        }
    };
    let dir = args.dir.display().to_string();
    let result = preview.run(|addr| {
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            messages::text(
                lang,
                keys::SERVE_LISTENING,
                &[
                    ("dir", dir.as_str().into()),
                    ("url", format!("http://{addr}/").into())
                ],
            )
        );
    });
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            error_line(lang, &message(&e));
            EXIT_FAILURE
        }
    }
}

fn run_import(args: ImportArgs) -> u8 {
    let lang = msg_lang(args.message_lang);
    let fail = |message: &str| fail_in(lang, message);
    let bytes = match check::read_bounded(&args.file) {
        Ok(Ok(b)) => b,
        Ok(Err(d)) => return fail(&d.message(lang)),
        Err(e) => return fail(&messages::input_error(&e, lang)),
    };
    let docx = args
        .file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let source = if docx {
        match crate::import::docx_text(&bytes) {
            Ok(t) => t,
            Err(e) => {
                return fail(&messages::text(
                    lang,
                    keys::IMPORT_DOCX,
                    &[
                        ("file", args.file.display().to_string().into()),
                        ("error", e.into()),
                    ],
                ));
            }
        }
    } else {
        crate::load::decode(&bytes).text
    };
    let name = args.file.display().to_string();
    let imported = crate::import::import(&source, &name, crate::init::SCHEMA_FILE);
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.yaml", imported.id)));
    if out.exists() && !args.force {
        return fail(&messages::text(
            lang,
            keys::INIT_EXISTS,
            &[("file", out.display().to_string().into())],
        ));
    }
    if let Err(e) = crate::fsutil::write_atomic(&out, imported.yaml.as_bytes()) {
        return fail(&format!("{}: {e}", out.display()));
    }
    let mapped = imported
        .sections
        .iter()
        .filter(|s| s.field.is_some())
        .count();
    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "{}",
        messages::text(
            lang,
            keys::IMPORT_WROTE,
            &[
                ("file", out.display().to_string().into()),
                ("sections", mapped.into()),
            ],
        )
    );
    if let Err(e) = schema_beside(&out, lang) {
        return fail(&e);
    }
    // What is still missing: check's findings of the draft, one per line.
    let checked = check::check_bytes(
        out.display().to_string(),
        imported.yaml.as_bytes(),
        &crate::rules::Settings::new(Date::today()),
    );
    let _ = write!(
        err,
        "{}",
        diag::human::safe_text(&diag::human::short(
            std::slice::from_ref(&checked.report),
            lang
        ))
    );
    EXIT_OK
}

/// Writes the editors' schema in `lang` beside `notice` (the name its
/// modeline gives), unless a file of that name is there: its path, and
/// whether it was written.
fn schema_beside(notice: &Path, lang: Lang) -> Result<(PathBuf, bool), String> {
    let path = notice
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join(crate::init::SCHEMA_FILE);
    if path.exists() {
        return Ok((path, false));
    }
    let form = schema::Form {
        dialect: schema::Dialect::Draft07,
        lang: Some(lang),
    };
    crate::fsutil::write_atomic(&path, schema::schema_string_for(form).as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((path, true))
}

fn run_init(args: InitArgs) -> u8 {
    use crate::init::{self, Answers};
    use std::io::IsTerminal;
    let lang = msg_lang(args.message_lang);
    let fail = |message: &str| fail_in(lang, message);
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut missing = Vec::new();
    let ask = |key: keys::Key, args: &[(&str, crate::i18n::Arg)]| -> Option<String> {
        if !interactive {
            return None;
        }
        let mut err = std::io::stderr();
        let _ = write!(err, "{}: ", messages::text(lang, key, args));
        let _ = err.flush();
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).ok()?;
        Some(line.trim().to_owned())
    };

    let controller = args
        .controller
        .clone()
        .or_else(|| ask(keys::INIT_ASK_CONTROLLER, &[]))
        .filter(|c| !c.trim().is_empty());
    if controller.is_none() {
        missing.push("--controller");
    }
    let guess = controller
        .as_deref()
        .and_then(|c| crate::rules::kind_by_name(&crate::model::Text::Plain(c.to_owned())));
    let kind = match (&args.kind, guess) {
        (Some(k), _) => init::kind_of(k),
        (None, guess) if interactive => {
            let list = init::kinds(lang);
            let mut err = std::io::stderr();
            for (i, (k, meaning)) in list.iter().enumerate() {
                let _ = writeln!(err, "  {:>2}. {:<26} {meaning}", i + 1, k.key());
            }
            let answer = ask(
                keys::INIT_ASK_KIND,
                &[("guess", guess.map_or("none", |g| g.key()).into())],
            )
            .unwrap_or_default();
            if answer.is_empty() {
                guess
            } else if let Ok(n) = answer.parse::<usize>() {
                list.get(n.wrapping_sub(1)).map(|(k, _)| *k)
            } else {
                match init::kind_of(&answer) {
                    Some(k) => Some(k),
                    None => {
                        let kinds: Vec<&str> = init::KINDS.iter().map(|k| k.key()).collect();
                        return fail(&messages::text(
                            lang,
                            keys::INIT_BAD_KIND,
                            &[
                                ("value", answer.as_str().into()),
                                ("kinds", kinds.join(", ").into()),
                            ],
                        ));
                    }
                }
            }
        }
        (None, guess) => guess,
    };
    if kind.is_none() && controller.is_some() {
        missing.push("--kind");
    }
    let languages: Vec<Lang> = if !args.languages.is_empty() {
        args.languages.iter().map(|l| l.lang()).collect()
    } else {
        let answer = ask(keys::INIT_ASK_LANGUAGES, &[]).unwrap_or_default();
        let mut out = Vec::new();
        for code in answer.split([',', ' ']).filter(|c| !c.is_empty()) {
            match Lang::from_code(&code.to_lowercase()) {
                Some(l) if !out.contains(&l) => out.push(l),
                Some(_) => {}
                None => {
                    return fail(&messages::text(
                        lang,
                        keys::INIT_BAD_LANGUAGE,
                        &[("value", code.into())],
                    ));
                }
            }
        }
        if out.is_empty() { vec![Lang::Fi] } else { out }
    };
    let title = args
        .title
        .clone()
        .or_else(|| ask(keys::INIT_ASK_TITLE, &[]))
        .filter(|t| !t.trim().is_empty());
    if title.is_none() {
        missing.push("--title");
    }
    let (Some(controller), Some(kind), Some(title)) = (controller, kind, title) else {
        return fail(&messages::text(
            lang,
            keys::INIT_MISSING,
            &[("flags", missing.join(", ").into())],
        ));
    };
    let id = args.id.clone().unwrap_or_else(|| init::id_from(&title));
    let id_ok = !id.is_empty()
        && id.len() <= 80
        && id.split('-').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
    if !id_ok {
        return fail(&messages::text(
            lang,
            keys::INIT_BAD_ID,
            &[("id", id.as_str().into())],
        ));
    }
    let file = args
        .file
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{id}.yaml")));
    if file.exists() && !args.force {
        return fail(&messages::text(
            lang,
            keys::INIT_EXISTS,
            &[("file", file.display().to_string().into())],
        ));
    }
    let answers = Answers {
        id,
        title: title.trim().to_owned(),
        controller: controller.trim().to_owned(),
        kind,
        languages,
        today: Date::today(),
    };
    let text = init::notice(&answers);
    if let Err(e) = crate::fsutil::write_atomic(&file, text.as_bytes()) {
        return fail(&format!("{}: {e}", file.display()));
    }
    let todo = text.matches(init::TODO).count();
    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "{}",
        messages::text(
            lang,
            keys::INIT_WROTE,
            &[
                ("file", file.display().to_string().into()),
                ("count", todo.into())
            ],
        )
    );
    // The editors' schema beside the notice, in the notice's main language,
    // unless a file of that name is already there.
    let main = answers.languages.first().copied().unwrap_or(Lang::Fi);
    let (schema_file, key) = match schema_beside(&file, main) {
        Ok((path, true)) => (path, keys::INIT_SCHEMA_WROTE),
        Ok((path, false)) => (path, keys::INIT_SCHEMA_KEPT),
        Err(e) => return fail(&e),
    };
    let _ = writeln!(
        err,
        "{}",
        messages::text(
            lang,
            key,
            &[("file", schema_file.display().to_string().into())]
        )
    );
    EXIT_OK
}

fn run_build(args: BuildArgs) -> u8 {
    use crate::site::{BuildError, BuildOptions, build};
    let settings = args.settings.base();
    let lang = env_lang();
    let opts = BuildOptions {
        lang,
        input: args.input.clone(),
        out: args.out.clone(),
        strict: args.strict,
        templates: args.templates.clone(),
        settings,
        cli_as_of: args.settings.as_of.is_some(),
        config: args.settings.config.clone(),
        no_config: args.settings.no_config,
        jobs: args.jobs,
        report: args.report.clone(),
    };
    let show_bar =
        !args.quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let bar = indicatif::ProgressBar::hidden();
    if show_bar {
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} notices {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
    }
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let result = build(&opts, &progress);
    bar.finish_and_clear();
    let mut err = std::io::stderr().lock();
    match result {
        Ok(report) => {
            if !args.quiet {
                for line in &report.findings {
                    let _ = writeln!(err, "{line}");
                }
                let _ = writeln!(err, "{}", diag::human::summary(&report.reports, lang));
                let line = messages::text(
                    lang,
                    keys::BUILT,
                    &[
                        ("out", args.out.display().to_string().into()),
                        ("files", report.files.into()),
                        ("rendered", report.rendered.len().into()),
                        ("reused", report.reused.len().into()),
                    ],
                );
                let _ = writeln!(err, "{}", diag::human::safe_text(&line));
            }
            EXIT_OK
        }
        Err(BuildError::NotLoaded(reports)) => {
            let opts = diag::human::HumanOptions {
                color: false,
                width: 100,
                lang,
            };
            for r in &reports {
                let _ = write!(err, "{}", diag::human::render_file(r, opts));
            }
            let what = messages::text(lang, keys::NOT_LOADED, &[("count", reports.len().into())]);
            error_line(lang, &unchanged(lang, &what));
            EXIT_FINDINGS
        }
        Err(BuildError::Strict(n)) => {
            let what = messages::text(lang, keys::STRICT, &[("count", n.into())]);
            error_line(lang, &unchanged(lang, &what));
            EXIT_FINDINGS
        }
        Err(e) => {
            error_line(lang, &unchanged(lang, &messages::build_error(&e, lang)));
            EXIT_FAILURE
        }
    }
}

fn run_render(args: RenderArgs) -> u8 {
    use crate::render::{Renderer, TemplateSet};
    let set = match &args.templates {
        Some(dir) => TemplateSet::with_overrides(dir),
        None => Ok(TemplateSet::builtin()),
    };
    // One renderer (templates parsed once, one PDF engine) for every notice.
    let mut renderer = match set.and_then(Renderer::new) {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    let mut resolver = match args.settings.resolver() {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    let mut ids = std::collections::HashMap::new();
    let mut out = crate::fsutil::AtomicBatch::new();
    let mut status = EXIT_OK;
    for notice in &args.notices {
        let code = render_notice(
            &args,
            notice,
            &mut resolver,
            &mut renderer,
            &mut ids,
            &mut out,
        );
        // A failure outranks findings, findings outrank success.
        if code == EXIT_FAILURE || status == EXIT_OK {
            status = code;
        }
        if code == EXIT_FAILURE && args.notices.len() == 1 {
            break;
        }
    }
    // The documents written so far are kept, also after a failure.
    match out.commit() {
        Ok(paths) => wrote(&paths),
        Err(e) => fail(&e.to_string()),
    }
    .max(status)
}

/// Reports the files a render replaced, one "wrote FILE" line each; gives
/// success.
fn wrote(paths: &[PathBuf]) -> u8 {
    let mut err = std::io::stderr().lock();
    for p in paths {
        let _ = writeln!(err, "wrote {}", p.display());
    }
    EXIT_OK
}

/// Renders one notice of `seloste render`; `ids` holds the ids already
/// written in this run, so that two notices never write the same files.
fn render_notice(
    args: &RenderArgs,
    path: &Path,
    resolver: &mut Resolver,
    renderer: &mut crate::render::Renderer,
    ids: &mut std::collections::HashMap<String, PathBuf>,
    out: &mut crate::fsutil::AtomicBatch,
) -> u8 {
    use crate::render::Format as F;
    let settings =
        match resolver.settings_for(path, &args.settings.base(), args.settings.as_of.is_some()) {
            Ok(s) => s,
            Err(e) => return fail(&e.to_string()),
        };
    let checked = match check::check_file(path, &settings) {
        Ok(c) => c,
        Err(e) => return fail(&messages::input_error(&e, env_lang())),
    };
    let Some(loaded) = checked.loaded else {
        // The notice does not load: show why, as `check` would.
        let opts = diag::human::HumanOptions {
            color: false,
            width: 100,
            lang: env_lang(),
        };
        let _ = write!(
            std::io::stderr(),
            "{}",
            diag::human::render_file(&checked.report, opts)
        );
        return EXIT_FINDINGS;
    };
    let errors = checked.report.count(Severity::Error);
    if errors > 0 {
        let line = crate::i18n::message(
            env_lang(),
            crate::i18n::keys::RENDER_HAS_ERRORS.0,
            &[
                ("file", path.display().to_string().into()),
                ("errors", errors.into()),
            ],
        );
        let _ = writeln!(std::io::stderr(), "{}", diag::human::safe_text(&line));
    }
    // Each format once, in the order given.
    let mut formats: Vec<F> = Vec::with_capacity(args.format.len());
    for f in &args.format {
        let f = match f {
            RenderFormat::Md => F::Md,
            RenderFormat::Html => F::Html,
            RenderFormat::Pdf => F::Pdf,
        };
        if !formats.contains(&f) {
            formats.push(f);
        }
    }
    let notice = &loaded.notice;
    if let Some(first) = ids.get(&notice.id) {
        return fail(&messages::text(
            env_lang(),
            keys::RENDER_SAME_ID,
            &[
                ("file", path.display().to_string().into()),
                ("id", notice.id.clone().into()),
                ("other", first.display().to_string().into()),
            ],
        ));
    }
    ids.insert(notice.id.clone(), path.to_path_buf());
    let effective = crate::effective::Effective::new(notice, settings.standard_texts);
    let langs: Vec<Lang> = match args.lang {
        Some(l) => {
            let l = l.lang();
            if !notice.languages.contains(&l) {
                let languages: Vec<&str> = notice.languages.iter().map(|l| l.code()).collect();
                return fail(&messages::text(
                    env_lang(),
                    keys::RENDER_NOT_DECLARED,
                    &[
                        ("file", path.display().to_string().into()),
                        ("lang", l.code().into()),
                        ("languages", languages.join(", ").into()),
                    ],
                ));
            }
            vec![l]
        }
        None => notice.languages.clone(),
    };
    let to_stdout = args.output.as_deref() == Some(Path::new("-"));
    if to_stdout
        && (langs.len() > 1
            || formats.len() > 1
            || formats.contains(&F::Pdf)
            || args.notices.len() > 1)
    {
        return fail(&messages::text(env_lang(), keys::RENDER_STDOUT_ONE, &[]));
    }
    // One document goes to `-o FILE`; several go into `-o FOLDER`.
    let one_document = langs.len() == 1 && formats.len() == 1 && args.notices.len() == 1;
    for lang in langs.iter().copied() {
        // One view model per language serves every format.
        let view = crate::render::view::build(&effective, lang, None);
        let documents = match renderer.render_formats(notice, lang, &formats, &view) {
            Ok(d) => d,
            Err(e) => return fail(&e.to_string()),
        };
        for (&format, bytes) in formats.iter().zip(documents) {
            if to_stdout {
                return print_out(&String::from_utf8_lossy(&bytes));
            }
            let name = crate::render::view::file_name(&notice.id, lang, format.ext());
            let path = match &args.output {
                Some(o) if one_document && !o.is_dir() => o.clone(),
                Some(o) => o.join(&name),
                None => PathBuf::from(&name),
            };
            if let Some(parent) = path.parent()
                && !parent.as_os_str().is_empty()
                && let Err(e) = std::fs::create_dir_all(parent)
            {
                return fail(&format!("{}: {e}", parent.display()));
            }
            match out.write(&path, &bytes) {
                Ok(done) => wrote(&done),
                Err(e) => return fail(&format!("{}: {e}", path.display())),
            };
        }
    }
    EXIT_OK
}

/// Writes an error line in the locale's language; a usage failure.
fn fail(message: &str) -> u8 {
    error_line(env_lang(), message);
    EXIT_FAILURE
}

/// Writes "error: …" in `lang` and gives the exit code of a failure.
fn fail_in(lang: Lang, message: &str) -> u8 {
    error_line(lang, message);
    EXIT_FAILURE
}

/// Writes "error: …" (in `lang`) to standard error.
fn error_line(lang: Lang, message: &str) {
    let prefix = crate::i18n::text(lang, keys::ERROR_PREFIX);
    let _ = writeln!(
        std::io::stderr(),
        "{prefix}: {}",
        diag::human::safe_text(message)
    );
}

/// "…; the site was not changed" in `lang`.
fn unchanged(lang: Lang, what: &str) -> String {
    format!("{what}; {}", crate::i18n::text(lang, keys::SITE_UNCHANGED))
}

fn print_out(text: &str) -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => EXIT_OK,
        // A closed pipe (e.g. `| head`) is not worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => fail(&e.to_string()),
    }
}

/// Appends the Markdown job summary to the file GitHub Actions names in
/// `GITHUB_STEP_SUMMARY`, when it is set (`--format github`). A summary that
/// cannot be written is a warning: the annotations are already out.
fn step_summary(reports: &[FileReport], lang: Lang) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    let text = diag::github::step_summary(reports, lang);
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        let line = messages::text(
            lang,
            keys::GH_SUMMARY_FAILED,
            &[
                (
                    "path",
                    std::path::Path::new(&path).display().to_string().into(),
                ),
                ("error", e.to_string().into()),
            ],
        );
        let _ = writeln!(std::io::stderr(), "{}", diag::human::safe_text(&line));
    }
}

fn run_check(args: CheckArgs) -> u8 {
    let files = match check::collect_files(&args.paths) {
        Ok(f) => f,
        Err(e) => return fail(&messages::input_error(&e, env_lang())),
    };
    let settings = args.settings.base();
    let lang = msg_lang(args.message_lang);
    let mut configs = match args.settings.resolver() {
        Ok(c) => c,
        Err(e) => return fail(&e.to_string()),
    };
    // Settings per file first (configuration discovered once per folder),
    // then the files checked in parallel; reports keep the input order.
    let mut per_file = Vec::with_capacity(files.len());
    for file in &files {
        match configs.settings_for(file, &settings, args.settings.as_of.is_some()) {
            Ok(s) => per_file.push(s),
            Err(e) => return fail(&e.to_string()),
        }
    }
    let results: Vec<Result<FileReport, check::InputError>> = files
        .par_iter()
        .zip(per_file.par_iter())
        .map(|(file, settings)| check::check_file(file, settings).map(|c| c.report))
        .collect();
    let mut reports: Vec<FileReport> = Vec::with_capacity(files.len());
    for r in results {
        match r {
            Ok(report) => reports.push(report),
            Err(e) => return fail(&messages::input_error(&e, env_lang())),
        }
    }
    let text = match args.format {
        Format::Json => diag::json::render(&reports, lang),
        Format::Sarif => diag::sarif::render(&reports, &crate::catalog::sarif_descriptors(), lang),
        Format::Github => diag::github::render(&reports, lang),
        Format::Short => diag::human::short(&reports, lang),
        Format::Human => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
            let opts = diag::human::HumanOptions {
                color,
                width: 100,
                lang,
            };
            let mut s = String::new();
            for r in &reports {
                s.push_str(&diag::human::render_file(r, opts));
            }
            s.push_str(&diag::human::summary(&reports, lang));
            s.push('\n');
            s
        }
    };
    let printed = print_out(&text);
    if printed != EXIT_OK {
        return printed;
    }
    if matches!(args.format, Format::Github) {
        step_summary(&reports, lang);
    }
    let errors = reports.iter().any(|r| r.count(Severity::Error) > 0);
    if errors { EXIT_FINDINGS } else { EXIT_OK }
}
