//! The command line's own words, through the translation system: the build's
//! summary and failures, and the errors of the invocation (typed errors of
//! `check` and `site`, worded here per language). Errors that carry another
//! library's text (I/O, TOML, template engines) keep that text as an argument.

use crate::check::InputError;
use crate::i18n::{self, Arg, Lang, keys};
use crate::site::BuildError;

/// A message by key with arguments.
pub(super) fn text(lang: Lang, key: keys::Key, args: &[(&str, Arg)]) -> String {
    i18n::message(lang, key.0, args)
}

/// An invocation error in `lang`.
pub(super) fn input_error(e: &InputError, lang: Lang) -> String {
    let (kind, args): (&str, Vec<(&str, Arg)>) = match e {
        InputError::NotFound(p) => ("not-found", vec![("path", p.into())]),
        InputError::NoNotices(p) => ("no-notices", vec![("path", p.into())]),
        InputError::LinkOutside { link, target, root } => (
            "link-outside",
            vec![
                ("link", link.into()),
                ("target", target.into()),
                ("root", root.into()),
            ],
        ),
        InputError::Io { .. } => return e.to_string(),
    };
    let mut args = args;
    args.push(("kind", kind.into()));
    text(lang, keys::ERROR_INPUT, &args)
}

/// A build failure in `lang` (the caller adds that the site was not changed).
pub(super) fn build_error(e: &BuildError, lang: Lang) -> String {
    let s = |v: &String| Arg::from(v.as_str());
    let (kind, args): (&str, Vec<(&str, Arg)>) = match e {
        BuildError::OutContainsInput { out, input } => (
            "out-contains-input",
            vec![("out", s(out)), ("input", s(input))],
        ),
        BuildError::OutIsRoot => ("out-is-root", vec![]),
        BuildError::OutHasNoName => ("out-has-no-name", vec![]),
        BuildError::OutIsFile(out) => ("out-is-file", vec![("out", s(out))]),
        BuildError::OutNotBuilt(out) => ("out-not-built", vec![("out", s(out))]),
        BuildError::OutHasOtherFiles { out, count, shown } => (
            "out-has-other-files",
            vec![
                ("out", s(out)),
                ("count", (*count).into()),
                ("shown", s(shown)),
            ],
        ),
        BuildError::Locked { out, lock } => ("locked", vec![("out", s(out)), ("lock", s(lock))]),
        BuildError::ReportInOut { report, out } => (
            "report-in-out",
            vec![("report", s(report)), ("out", s(out))],
        ),
        BuildError::BadId { path, id } => ("bad-id", vec![("path", s(path)), ("id", s(id))]),
        BuildError::DuplicateId { first, second, id } => (
            "duplicate-id",
            vec![("first", s(first)), ("second", s(second)), ("id", s(id))],
        ),
        BuildError::Changed(path) => ("changed", vec![("path", s(path))]),
        BuildError::Input(e) => return input_error(e, lang),
        _ => return e.to_string(),
    };
    let mut args = args;
    args.push(("kind", kind.into()));
    text(lang, keys::ERROR_BUILD, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every build and input error words in every language without a
    /// missing argument.
    #[test]
    fn every_error_has_its_words_in_every_language() {
        let s = || "x".to_owned();
        let errors = [
            BuildError::OutContainsInput {
                out: s(),
                input: s(),
            },
            BuildError::OutIsRoot,
            BuildError::OutHasNoName,
            BuildError::OutIsFile(s()),
            BuildError::OutNotBuilt(s()),
            BuildError::OutHasOtherFiles {
                out: s(),
                count: 2,
                shown: s(),
            },
            BuildError::Locked {
                out: s(),
                lock: s(),
            },
            BuildError::ReportInOut {
                report: s(),
                out: s(),
            },
            BuildError::BadId { path: s(), id: s() },
            BuildError::DuplicateId {
                first: s(),
                second: s(),
                id: s(),
            },
            BuildError::Changed(s()),
            BuildError::Input(InputError::NotFound(s())),
            BuildError::Input(InputError::NoNotices(s())),
            BuildError::Input(InputError::LinkOutside {
                link: s(),
                target: s(),
                root: s(),
            }),
        ];
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for e in &errors {
                let text = build_error(e, lang);
                assert!(
                    !text.contains("{$") && !text.contains("error-build"),
                    "{text}"
                );
                assert!(seen.insert(text.clone()), "{lang}: two errors say {text}");
                if lang != Lang::En {
                    assert_ne!(text, build_error(e, Lang::En));
                }
            }
        }
    }
}
