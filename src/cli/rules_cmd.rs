//! `seloste rules` and `seloste explain`: the catalog of findings, from
//! [`crate::catalog`] and the messages of [`crate::i18n`].

use serde::Serialize;

use crate::catalog::{self, Entry};
use crate::diag::{HELP, Severity};
use crate::i18n::{self, Lang, keys};
use crate::rules::Scope;

/// The attribute of the documentation message `<id>-doc` that says what a
/// check checks.
const WHAT: &str = "what";
/// The attribute of `<id>-doc` that says why.
const WHY: &str = "why";

/// The documentation message of a code.
fn doc_id(id: &str) -> String {
    format!("{id}-doc")
}

/// A text in every language, for JSON.
#[derive(Serialize)]
struct PerLang {
    fi: String,
    sv: String,
    en: String,
}

impl PerLang {
    fn of(f: impl Fn(Lang) -> String) -> PerLang {
        PerLang {
            fi: f(Lang::Fi),
            sv: f(Lang::Sv),
            en: f(Lang::En),
        }
    }
}

#[derive(Serialize)]
struct EntryJson {
    id: &'static str,
    stage: &'static str,
    article: Option<&'static str>,
    scope: Option<Scope>,
    severity: &'static str,
    message: PerLang,
    help: PerLang,
    what: PerLang,
    why: PerLang,
    fail_example: Option<String>,
    pass_example: Option<&'static str>,
}

fn message(e: &Entry, lang: Lang) -> String {
    i18n::without_placeholders(&e.code.message(lang, &[]))
}

fn help(e: &Entry, lang: Lang) -> String {
    i18n::without_placeholders(&i18n::attribute(lang, e.code.id, HELP, &[]).unwrap_or_default())
}

fn doc(e: &Entry, attr: &str, lang: Lang) -> String {
    i18n::attribute(lang, &doc_id(e.code.id), attr, &[]).unwrap_or_default()
}

fn to_json(e: &Entry) -> EntryJson {
    EntryJson {
        id: e.code.id,
        stage: e.code.stage.as_str(),
        article: e.code.article,
        scope: e.rule.map(|r| r.scope),
        severity: e.code.severity.as_str(),
        message: PerLang::of(|l| message(e, l)),
        help: PerLang::of(|l| help(e, l)),
        what: PerLang::of(|l| doc(e, WHAT, l)),
        why: PerLang::of(|l| doc(e, WHY, l)),
        fail_example: e.fail_text(),
        pass_example: e.rule.map(|r| r.pass),
    }
}

/// The catalog as JSON.
pub(super) fn catalog_json() -> String {
    let all: Vec<EntryJson> = catalog::entries().iter().map(to_json).collect();
    let mut s = serde_json::to_string_pretty(&all).unwrap_or_default();
    s.push('\n');
    s
}

fn scope_text(s: Option<Scope>, lang: Lang) -> String {
    let key = match s {
        Some(Scope::Art13) => "art13",
        Some(Scope::Art14) => "art14",
        Some(Scope::Both) => "both",
        None => "stage",
    };
    i18n::message(lang, keys::SCOPE_NAME.0, &[("scope", key.into())])
}

fn severity_text(s: Severity, lang: Lang) -> String {
    i18n::message(
        lang,
        keys::SEVERITY_NAME.0,
        &[("severity", s.as_str().into())],
    )
}

/// The catalog as a plain-text table: the rules, then the other checks.
pub(super) fn catalog_table(lang: Lang) -> String {
    let entries = catalog::entries();
    let w = entries.iter().map(|e| e.code.id.len()).max().unwrap_or(10);
    let head = |k| i18n::text(lang, k).to_uppercase();
    let mut out = format!(
        "{:<w$}  {:<8}  {:<9}  {}\n",
        head(keys::HEAD_ID),
        head(keys::HEAD_SEVERITY),
        head(keys::HEAD_STAGE),
        head(keys::HEAD_ARTICLE),
    );
    let (rules, stages): (Vec<&Entry>, Vec<&Entry>) =
        entries.iter().partition(|e| e.rule.is_some());
    for e in rules.iter().chain(&stages) {
        let applies = match e.rule {
            Some(r) => scope_text(Some(r.scope), lang),
            None => e.code.stage.as_str().to_owned(),
        };
        out.push_str(&format!(
            "{:<w$}  {:<8}  {:<9}  {}\n{:<w$}  {:<8}  {:<9}  {}\n",
            e.code.id,
            severity_text(e.code.severity, lang),
            applies,
            e.code.article.unwrap_or(""),
            "",
            "",
            "",
            message(e, lang),
        ));
    }
    out.push_str(&format!(
        "\n{}\n",
        i18n::message(
            lang,
            keys::CATALOG_FOOTER.0,
            &[
                ("rules", rules.len().into()),
                ("checks", stages.len().into())
            ]
        )
    ));
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}\n"))
        .collect::<String>()
}

/// One entry in full, as Markdown-flavoured text.
pub(super) fn explain(e: &Entry, lang: Lang) -> String {
    let t = |k| i18n::text(lang, k);
    let mut out = format!("# {}\n\n", e.code.id);
    if let Some(a) = e.code.article {
        out.push_str(&format!("{}: {a}\n", t(keys::EXPLAIN_ARTICLE)));
    }
    out.push_str(&format!(
        "{}: {}\n{}: {}\n\n",
        t(keys::EXPLAIN_SCOPE),
        scope_text(e.rule.map(|r| r.scope), lang),
        t(keys::EXPLAIN_SEVERITY),
        severity_text(e.code.severity, lang),
    ));
    out.push_str(&format!(
        "## {}\n\n{}\n\n## {}\n\n{}\n\n## {}\n\n{}\n\n## {}\n\n{}\n\n",
        t(keys::EXPLAIN_WHAT),
        doc(e, WHAT, lang),
        t(keys::EXPLAIN_WHY),
        doc(e, WHY, lang),
        t(keys::EXPLAIN_MESSAGE),
        message(e, lang),
        t(keys::EXPLAIN_FIX),
        help(e, lang),
    ));
    match (e.rule, e.example) {
        (Some(r), _) => {
            out.push_str(&format!(
                "## {}\n\n{}\n## {}\n\n{}\n{}\n{}\n",
                t(keys::EXPLAIN_FAILING),
                indent(r.fail),
                t(keys::EXPLAIN_PASSING),
                indent(r.pass),
                t(keys::EXPLAIN_EXAMPLES_NOTE),
                i18n::message(lang, keys::EXPLAIN_CONFIG.0, &[("id", e.code.id.into())]),
            ));
        }
        (None, Some(ex)) => {
            out.push_str(&format!(
                "## {}\n\n{}\n",
                t(keys::EXPLAIN_FAILING),
                indent(&ex.text())
            ));
        }
        (None, None) => {}
    }
    out
}

/// The message for an id that is not in the catalog, with a suggestion.
pub(super) fn unknown(id: &str, lang: Lang) -> String {
    let suggestion =
        crate::schema::did_you_mean(id, catalog::all().map(|c| c.id)).unwrap_or("none");
    i18n::message(
        lang,
        keys::UNKNOWN_ID.0,
        &[("id", id.into()), ("suggestion", suggestion.into())],
    )
}

/// The published documentation of every code: `docs/rules/<id>.md` (the
/// English `explain` page) and `docs/rules/README.md` (the index), as
/// `(file name, text)` pairs.
#[cfg(test)]
fn doc_pages() -> Vec<(String, String)> {
    let entries = catalog::entries();
    let mut index = String::from(
        "# Rules and checks\n\nGenerated from the catalog by `UPDATE_RULE_DOCS=1 cargo test --lib rule_docs`; \
         `seloste explain ID --message-lang fi|sv|en` shows the same in Finnish, Swedish or English.\n\n\
         | id | severity | applies | what it checks |\n|---|---|---|---|\n",
    );
    let mut pages = Vec::new();
    for e in &entries {
        let applies = match e.rule {
            Some(r) => scope_text(Some(r.scope), Lang::En),
            None => e.code.stage.as_str().to_owned(),
        };
        index.push_str(&format!(
            "| [`{id}`]({id}.md) | {} | {applies} | {} |\n",
            e.code.severity.as_str(),
            doc(e, WHAT, Lang::En).replace('|', "\\|"),
            id = e.code.id,
        ));
        pages.push((format!("{}.md", e.code.id), explain(e, Lang::En)));
    }
    pages.push(("README.md".to_owned(), index));
    pages
}

#[cfg(test)]
mod tests {
    /// `docs/rules/` is what the catalog says (SARIF's `helpUri` points there).
    #[test]
    fn rule_docs_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
        let pages = super::doc_pages();
        if std::env::var_os("UPDATE_RULE_DOCS").is_some() {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("docs/rules");
            for (name, text) in &pages {
                std::fs::write(dir.join(name), text).expect("write");
            }
        }
        let mut stale = Vec::new();
        for (name, text) in &pages {
            if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
                stale.push(name.clone());
            }
        }
        let files = std::fs::read_dir(&dir).map(Iterator::count).unwrap_or(0);
        assert!(
            stale.is_empty() && files == pages.len(),
            "docs/rules is out of date ({stale:?}); run UPDATE_RULE_DOCS=1 cargo test --lib rule_docs"
        );
    }
}
