//! `seloste rules` and `seloste explain`: the rule catalog from the rule
//! declarations.

use serde::Serialize;

use crate::rules::{self, MessageLang, Rule};

#[derive(Serialize)]
struct RuleJson<'a> {
    id: &'a str,
    article: &'a str,
    scope: rules::Scope,
    severity: &'a str,
    message: rules::Msg,
    help: rules::Msg,
    what: &'a str,
    why: &'a str,
    fail_example: &'a str,
    pass_example: &'a str,
}

fn to_json(r: &Rule) -> RuleJson<'_> {
    RuleJson {
        id: r.id,
        article: r.article,
        scope: r.scope,
        severity: r.severity.as_str(),
        message: r.message,
        help: r.help,
        what: r.what,
        why: r.why,
        fail_example: r.fail,
        pass_example: r.pass,
    }
}

/// The catalog as JSON.
pub fn catalog_json() -> String {
    let all: Vec<RuleJson<'_>> = rules::all().into_iter().map(to_json).collect();
    let mut s = serde_json::to_string_pretty(&all).unwrap_or_default();
    s.push('\n');
    s
}

fn scope_text(s: rules::Scope) -> &'static str {
    match s {
        rules::Scope::Art13 => "Art 13",
        rules::Scope::Art14 => "Art 14",
        rules::Scope::Both => "Art 13+14",
    }
}

/// The catalog as a plain-text table.
pub fn catalog_table(lang: MessageLang) -> String {
    let all = rules::all();
    let w = all.iter().map(|r| r.id.len()).max().unwrap_or(10);
    let mut out = format!(
        "{:<w$}  {:<8}  {:<9}  {}\n",
        "RULE", "SEVERITY", "APPLIES", "ARTICLE / WHAT"
    );
    for r in &all {
        out.push_str(&format!(
            "{:<w$}  {:<8}  {:<9}  {}\n{:<w$}  {:<8}  {:<9}  {}\n",
            r.id,
            r.severity.as_str(),
            scope_text(r.scope),
            r.article,
            "",
            "",
            "",
            r.message.render(lang, &[]),
        ));
    }
    out.push_str(&format!(
        "\n{} rules. `seloste explain RULE` shows one in full.\n",
        all.len()
    ));
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}\n"))
        .collect::<String>()
}

/// One rule in full, as Markdown-flavoured text.
pub fn explain(r: &Rule, lang: MessageLang) -> String {
    format!(
        "# {id}\n\n\
         Article: {article}\n\
         Applies to: {scope}\n\
         Default severity: {severity}\n\n\
         ## What it checks\n\n{what}\n\n\
         ## Why\n\n{why}\n\n\
         ## Message\n\n{message}\n\n\
         ## How to fix\n\n{help}\n\n\
         ## Example that fails\n\n{fail}\n\
         ## Example that passes\n\n{pass}\n\
         (The examples show the relevant part of a notice; the rest is a complete notice.)\n\
         Turn the rule off or change its level in seloste.toml: `[rules]` `{id} = \"allow\"`.\n",
        id = r.id,
        article = r.article,
        scope = scope_text(r.scope),
        severity = r.severity.as_str(),
        what = r.what,
        why = r.why,
        message = r.message.render(lang, &[]),
        help = r.help.render(lang, &[]),
        fail = indent(r.fail),
        pass = indent(r.pass),
    )
}
