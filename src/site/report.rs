//! `seloste build --report FILE`: the internal report for the organisation
//! (not part of the public site): per notice its completeness, finding
//! counts, the standard statements seloste publishes in the controller's
//! name, and every finding. One self-contained HTML page in the language of
//! the findings, no scripts, no external resources.

use std::fmt::Write as _;

use crate::diag::{FileReport, Severity};
use crate::i18n::{self, Arg, Lang, keys};
use crate::render::rich::escape_html as esc;

/// The report page.
pub(super) fn html(reports: &[FileReport], lines: &[Vec<String>], lang: Lang) -> String {
    let t = |k: keys::Key| esc(&i18n::text(lang, k));
    let mut out = String::new();
    let title = t(keys::REPORT_TITLE);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n<title>{title}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{}</p>\n",
        lang.code(),
        t(keys::REPORT_INTRO),
    );
    let _ = write!(
        out,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        t(keys::REPORT_SUMMARY),
        t(keys::REPORT_NOTICE),
        t(keys::REPORT_COMPLETENESS),
        t(keys::REPORT_ERRORS),
        t(keys::REPORT_WARNINGS),
        t(keys::REPORT_INFOS),
        t(keys::REPORT_ADDED),
    );
    // The notice id the check found, else the file.
    let name = |i: usize| {
        reports[i]
            .id
            .clone()
            .unwrap_or_else(|| reports[i].path.clone())
    };
    let added = |r: &FileReport| {
        r.diagnostics
            .iter()
            .filter(|d| crate::rules::is_standard_statement(d.code))
            .count()
    };
    for (i, r) in reports.iter().enumerate() {
        let percent = r
            .completeness
            .as_ref()
            .map_or_else(String::new, |c| format!("{:.1} %", c.percent));
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#n{i}\">{}</a></th><td>{percent}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&name(i)),
            r.count(Severity::Error),
            r.count(Severity::Warning),
            r.count(Severity::Info),
            added(r),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for (i, r) in reports.iter().enumerate() {
        let _ = writeln!(
            out,
            "<section id=\"n{i}\" aria-labelledby=\"h{i}\">\n<h2 id=\"h{i}\">{}</h2>\n<p><code>{}</code></p>",
            esc(&name(i)),
            esc(&r.path)
        );
        if let Some(c) = &r.completeness {
            let line = i18n::message(
                lang,
                keys::COMPLETENESS.0,
                &[
                    ("file", Arg::from(r.path.as_str())),
                    ("percent", Arg::Dec(c.percent)),
                    ("met", c.met.into()),
                    ("applicable", c.applicable.into()),
                ],
            );
            let _ = writeln!(out, "<p>{}</p>", esc(&line));
        }
        let own = lines.get(i).map(Vec::as_slice).unwrap_or_default();
        let (std_lines, other): (Vec<_>, Vec<_>) = r
            .diagnostics
            .iter()
            .zip(own)
            .partition(|(d, _)| crate::rules::is_standard_statement(d.code));
        for (heading, list) in [
            (keys::REPORT_ADDED_HEADING, std_lines),
            (keys::REPORT_FINDINGS_HEADING, other),
        ] {
            let _ = writeln!(out, "<h3>{}</h3>", t(heading));
            if list.is_empty() {
                let _ = writeln!(out, "<p>{}</p>", t(keys::REPORT_NONE));
                continue;
            }
            out.push_str("<ul>\n");
            for (d, line) in list {
                let _ = writeln!(
                    out,
                    "<li class=\"{}\">{}</li>",
                    d.severity.as_str(),
                    esc(line)
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

const STYLE: &str = "body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1a1a1a;background:#fff}\
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #999;padding:.3rem .5rem;text-align:left}\
caption{text-align:left;font-weight:bold}li{overflow-wrap:anywhere}.error{color:#a00000}.warning{color:#6b4e00}\
a{color:#0b4f9c}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8cc4ff}.error{color:#ff9c9c}.warning{color:#f0c860}}";
