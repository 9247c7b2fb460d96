//! The command line's help in the user's language: the about line of every
//! command and the help of every option are Fluent messages
//! (`locales/<lang>/help.ftl`, ids `help-<command path>[-<option>]`). The
//! English file is generated from the doc comments of the clap definitions
//! (a test keeps it current: `UPDATE_CLI_HELP=1 cargo test --lib cli_help`);
//! the other languages translate it. clap's own words (Usage, Options, the
//! possible values' notes) stay English.

use clap::Command;

use crate::i18n::{self, Lang};

/// The message id of a command path (`seloste-check`) or option.
fn id(path: &str, arg: Option<&str>) -> String {
    match arg {
        Some(a) => format!("help-{path}-{a}"),
        None => format!("help-{path}"),
    }
}

/// Whether clap supplies this option itself.
fn builtin(arg: &str) -> bool {
    matches!(arg, "help" | "version")
}

/// The command with its help in `lang` (English: as declared).
pub(super) fn localize(cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    let name = cmd.get_name().to_owned();
    walk(cmd, &name, lang)
}

fn lookup(lang: Lang, id: &str) -> Option<String> {
    let mut errors = Vec::new();
    i18n::format_checked(lang, id, None, &[], &mut errors).filter(|_| errors.is_empty())
}

fn walk(mut cmd: Command, path: &str, lang: Lang) -> Command {
    if let Some(t) = lookup(lang, &id(path, None)) {
        cmd = cmd.about(t).long_about(None);
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|a| !builtin(a))
        .collect();
    for a in args {
        if let Some(t) = lookup(lang, &id(path, Some(&a))) {
            cmd = cmd.mut_arg(&a, |arg| arg.help(t).long_help(None));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_owned())
        .collect();
    for s in subs {
        let sub_path = format!("{path}-{s}");
        cmd = cmd.mut_subcommand(&s, |sc| walk(sc, &sub_path, lang));
    }
    cmd
}

/// The English help file, generated from the clap definitions.
#[cfg(test)]
fn english(cmd: &Command) -> String {
    fn escape(s: &str) -> String {
        let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
        one_line.replace('{', "{\"{\"}").replace('}', "{\"}\"}")
    }
    fn go(cmd: &Command, path: &str, out: &mut String) {
        if let Some(about) = cmd.get_about() {
            out.push_str(&format!(
                "{} = {}\n",
                id(path, None),
                escape(&about.to_string())
            ));
        }
        for a in cmd.get_arguments() {
            let name = a.get_id().to_string();
            if builtin(&name) {
                continue;
            }
            if let Some(h) = a.get_help() {
                out.push_str(&format!(
                    "{} = {}\n",
                    id(path, Some(&name)),
                    escape(&h.to_string())
                ));
            }
        }
        for s in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            out.push('\n');
            go(s, &format!("{path}-{}", s.get_name()), out);
        }
    }
    let mut out = String::from(
        "# The help of the command line: generated from the clap definitions by\n\
         # `UPDATE_CLI_HELP=1 cargo test --lib cli_help`; translate it in the other languages.\n\n",
    );
    go(cmd, cmd.get_name(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn cli_help_in_english_is_current_and_translated() {
        let cmd = super::super::Cli::command();
        let generated = english(&cmd);
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/help.ftl");
        if std::env::var_os("UPDATE_CLI_HELP").is_some() {
            std::fs::write(path, &generated).expect("write help.ftl");
        }
        let committed = std::fs::read_to_string(path).expect("help.ftl");
        assert!(
            committed == generated,
            "locales/en/help.ftl is out of date: UPDATE_CLI_HELP=1 cargo test --lib cli_help"
        );
        // Every command and option has its help in the other languages
        // (the i18n tests check that the ids match); localizing changes it.
        for lang in [Lang::Fi, Lang::Sv] {
            let mut local = localize(super::super::Cli::command(), lang);
            let help = local.render_help().to_string();
            let english = super::super::Cli::command().render_help().to_string();
            assert_ne!(help, english, "{lang}");
            let check = local
                .find_subcommand_mut("check")
                .expect("check")
                .render_help()
                .to_string();
            assert!(!check.contains("Output format"), "{lang}: {check}");
        }
    }
}
