//! One translation system for every user-facing string of the tool: Project
//! Fluent files under `locales/<lang>/<area>.ftl`, embedded in the binary.
//!
//! A message is looked up by its id (a finding's id, or a key declared in
//! [`keys`]) and formatted with named arguments ([`Args`]). Numbers select
//! plural forms per language; dates are written per language ([`Arg::Date`]:
//! d.m.yyyy in Finnish and Swedish, yyyy-mm-dd in English). Adding a language
//! is adding its files to [`FILES`] and a variant to [`Lang`]; a test checks
//! that every message exists in every language with the same arguments.

pub mod keys;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};

use crate::model::Date;
pub use crate::model::Lang;

/// The Fluent files of one language, one per area.
pub struct LangFiles {
    /// The language.
    pub lang: Lang,
    /// `(area, source)` pairs.
    pub files: &'static [(&'static str, &'static str)],
}

macro_rules! lang_files {
    ($lang:expr, $code:literal) => {
        LangFiles {
            lang: $lang,
            files: &[
                (
                    "checks",
                    include_str!(concat!("../../locales/", $code, "/checks.ftl")),
                ),
                (
                    "rules",
                    include_str!(concat!("../../locales/", $code, "/rules.ftl")),
                ),
                (
                    "explain",
                    include_str!(concat!("../../locales/", $code, "/explain.ftl")),
                ),
                (
                    "cli",
                    include_str!(concat!("../../locales/", $code, "/cli.ftl")),
                ),
                (
                    "notice",
                    include_str!(concat!("../../locales/", $code, "/notice.ftl")),
                ),
                (
                    "help",
                    include_str!(concat!("../../locales/", $code, "/help.ftl")),
                ),
            ],
        }
    };
}

/// Every Fluent file of the tool.
pub static FILES: &[LangFiles] = &[
    lang_files!(Lang::Fi, "fi"),
    lang_files!(Lang::Sv, "sv"),
    lang_files!(Lang::En, "en"),
];

/// A message argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Str(String),
    /// A count or other number: selects plural forms.
    Num(i64),
    /// A decimal number, written with the language's decimal separator.
    Dec(f64),
    /// A date, written in the language's form.
    Date(Date),
    /// A text that differs by language (e.g. a field's description from the
    /// schema), in the order of [`Lang::ALL`].
    Local(Box<[String; 3]>),
    /// A message of the tool (without arguments) by its id, formatted in
    /// the report's language when the report is written: only the
    /// languages reported in are read.
    Message(String),
}

impl Arg {
    /// A text made for each language by `f`.
    pub fn local(f: impl Fn(Lang) -> String) -> Arg {
        Arg::Local(Box::new(Lang::ALL.map(f)))
    }

    /// The message `key`, in the report's language.
    pub fn message(key: keys::Key) -> Arg {
        Arg::Message(key.0.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}
impl From<Date> for Arg {
    fn from(d: Date) -> Self {
        Arg::Date(d)
    }
}

/// Named message arguments.
pub type Args = Vec<(&'static str, Arg)>;

/// A date in the form of `lang`: 1.2.2026 (fi, sv), 2026-02-01 (en).
pub fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", d.day, d.month, d.year),
        Lang::En => d.to_string(),
    }
}

/// A decimal number in the form of `lang` (one decimal at most; decimal
/// comma in Finnish and Swedish).
pub fn decimal(x: f64, lang: Lang) -> String {
    let s = if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    };
    match lang {
        Lang::Fi | Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The areas of a language's messages, in the bundles they are parsed
/// into on first use: a check reads only the first (`explain` and `help`
/// are about half of the text). Message ids are unique across areas
/// (tested), so which bundle holds one changes nothing but the time.
const BUNDLE_AREAS: [&[&str]; 3] = [
    &["checks", "rules", "cli", "notice"],
    &["explain"],
    &["help"],
];

type Bundle = FluentBundle<FluentResource>;

/// The bundles of each language of [`FILES`], in the order of
/// [`BUNDLE_AREAS`], each made on first use.
static BUNDLES: [[OnceLock<Bundle>; BUNDLE_AREAS.len()]; Lang::ALL.len()] =
    [const { [const { OnceLock::new() }; BUNDLE_AREAS.len()] }; Lang::ALL.len()];

fn make_bundle(files: &LangFiles, areas: &[&str]) -> Bundle {
    let id: unic_langid::LanguageIdentifier =
        files.lang.code().parse().expect("language codes are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (area, src) in files.files.iter().filter(|(a, _)| areas.contains(a)) {
        // The files are part of the binary; a test parses them all.
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, _)| {
            debug_assert!(false, "{}/{area}.ftl does not parse", files.lang);
            res
        });
        let _ = bundle.add_resource(res);
    }
    bundle
}

/// The bundles of `lang` (the first language's when it has no files), made
/// as they are asked for.
fn bundles(lang: Lang) -> impl Iterator<Item = &'static Bundle> {
    let i = FILES.iter().position(|f| f.lang == lang).unwrap_or(0);
    BUNDLE_AREAS
        .iter()
        .zip(&BUNDLES[i])
        .map(move |(areas, cell)| cell.get_or_init(|| make_bundle(&FILES[i], areas)))
}

/// Formats message `id` (or its attribute `attr`) in `lang`, collecting
/// formatting errors (a missing message or argument) into `errors`. A message
/// that does not exist formats as its id.
pub fn format_checked(
    lang: Lang,
    id: &str,
    attr: Option<&str>,
    args: &[(&str, Arg)],
    errors: &mut Vec<String>,
) -> Option<String> {
    let Some((b, msg)) = bundles(lang).find_map(|b| b.get_message(id).map(|m| (b, m))) else {
        errors.push(format!("{lang}: no message `{id}`"));
        return None;
    };
    let pattern = match attr {
        None => msg.value(),
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
    }?;
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        let value: FluentValue<'_> = match v {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Dec(x) => FluentValue::from(decimal(*x, lang)),
            Arg::Date(d) => FluentValue::from(date(*d, lang)),
            Arg::Local(texts) => {
                let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
                FluentValue::from(texts[i].as_str())
            }
            Arg::Message(id) => FluentValue::from(message(lang, id, &[])),
        };
        fargs.set(*k, value);
    }
    let mut errs: Vec<FluentError> = Vec::new();
    let s: Cow<'_, str> = b.format_pattern(pattern, Some(&fargs), &mut errs);
    errors.extend(errs.into_iter().map(|e| format!("{lang}: {id}: {e}")));
    Some(s.into_owned())
}

/// Message `id` in `lang` with `args`; the id itself when the message does
/// not exist (tests make sure that never happens).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format_checked(lang, id, None, args, &mut Vec::new()).unwrap_or_else(|| id.to_owned())
}

/// Attribute `attr` of message `id` in `lang`, if the message has it.
pub fn attribute(lang: Lang, id: &str, attr: &str, args: &[(&str, Arg)]) -> Option<String> {
    format_checked(lang, id, Some(attr), args, &mut Vec::new())
}

/// The ids of the messages of one area's file in `lang`, in file order.
pub fn message_ids(lang: Lang, area: &str) -> Vec<String> {
    let Some(src) = FILES
        .iter()
        .find(|f| f.lang == lang)
        .and_then(|f| f.files.iter().find(|(a, _)| *a == area))
        .map(|(_, s)| *s)
    else {
        return Vec::new();
    };
    let res = match fluent_syntax::parser::parse(src) {
        Ok(r) | Err((r, _)) => r,
    };
    res.body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A message formatted without its arguments, for the catalog: each
/// placeholder (`{$n}`, as Fluent prints a missing argument) becomes `<n>`.
pub fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("{$") {
        out.push_str(&rest[..i]);
        match rest[i..].find('}') {
            Some(j) => {
                out.push('<');
                out.push_str(&rest[i + 2..i + j]);
                out.push('>');
                rest = &rest[i + j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A message without arguments, by its declared key.
pub fn text(lang: Lang, key: keys::Key) -> String {
    message(lang, key.0, &[])
}

#[cfg(test)]
mod tests;
